/** The known errors. The CLI maps them to exit codes; anything else is a bug and keeps its stack only with --debug. */

export const ExitCode = {
  ok: 0,
  overload: 1,
  usage: 2,
  input: 3,
  internal: 4,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A command-line or window mistake: exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A configuration file that cannot be used: exit 2. Each issue names the path inside the file. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly file: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(
      issues.length === 1
        ? `${file}: ${issues[0]!.path ? `${issues[0]!.path}: ` : ''}${issues[0]!.message}`
        : `${file} has ${issues.length} problems:\n` +
            issues.map((i) => `  ${i.path ? `${i.path}: ` : ''}${i.message}`).join('\n'),
    );
  }
}

/** An input that cannot be read at all (missing file, unreachable URL): exit 3 unless nothing else was readable. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(source ? `${source}: ${message}` : message);
  }
}
