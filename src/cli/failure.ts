import { CommanderError } from 'commander';
import { ConfigError, ExitCode, InputError, UsageError } from '../errors.js';

/** Every error line starts the same way, whoever found the problem (commander, config, input). */
export const ERROR_PREFIX = 'engage-load: error: ';

/** Turns any thrown error into one sentence on stderr and the SPEC's exit code. */
export function reportFailure(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message (or the help text).
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  const known = error instanceof UsageError || error instanceof ConfigError || error instanceof InputError;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    known
      ? `${ERROR_PREFIX}${message}\n`
      : `${ERROR_PREFIX}internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`,
  );
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return error instanceof InputError ? ExitCode.input : known ? ExitCode.usage : ExitCode.internal;
}
