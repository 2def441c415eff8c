import { ConfigError } from '../errors.js';
import type { ConfigCode } from '../findings/types.js';
import type { Finding } from '../types.js';
import { describeValue, formatPath, issueMessage, type ConfigIssue } from './issues.js';
import { normaliseConfig } from './normalise.js';
import { parseConfigText, type ParsedConfigText } from './parse.js';
import { checkRules, type ConfigWarning } from './rules.js';
import { configSchema, type ConfigFile } from './schema.js';
import type { Config } from './types.js';

export interface ConfigSource {
  /** Absolute path: calendars are resolved against its folder. */
  file: string;
  /** The name used in messages (as the user wrote it, or relative to the working directory). */
  shown: string;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Removes keys zod did not recognise, so the rest of the file can still be checked. */
function withoutKeys(data: unknown, at: readonly PropertyKey[], keys: string[]): void {
  let node: unknown = data;
  for (const part of at)
    node =
      isPlainObject(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[part] : undefined;
  if (isPlainObject(node)) for (const key of keys) Reflect.deleteProperty(node, key);
}

/** Line numbers make long files quick to fix; paths stay exact for scripts. */
function located(issue: ConfigIssue, parsed: ParsedConfigText, rawPath: readonly PropertyKey[]): ConfigIssue {
  const line = parsed.lineOf(rawPath);
  return line === null ? issue : { ...issue, message: `${issue.message} (line ${line})` };
}

/** "people[2].covers[0]" → ["people", 2, "covers", 0], to find its line. */
function splitPath(text: string): (string | number)[] {
  return [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/**
 * Validates config text and normalises it: syntax → zod schema → compiled keywords → semantic rules.
 * Throws ConfigError with every error found; returns warnings (unknown keys, shared keywords…) as findings.
 */
export function validateConfigText(
  text: string,
  source: ConfigSource,
): { config: Config; findings: Finding<ConfigCode>[] } {
  const parsed = parseConfigText(text, source.shown);
  const data: unknown = structuredClone(parsed.data);
  if (!isPlainObject(data)) {
    throw new ConfigError(source.shown, [
      {
        path: '',
        message: `expected a mapping of keys (timezone, people, systems…) at the top level, got ${describeValue(data)}`,
      },
    ]);
  }
  const findings: Finding<ConfigCode>[] = [];
  const warn = (w: ConfigWarning, rawPath: readonly PropertyKey[]) => {
    const line = parsed.lineOf(rawPath);
    findings.push({ ...w, severity: 'warning', file: source.shown, ...(line === null ? {} : { line }) });
  };

  let result = configSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const unknown = result.error.issues.filter((i) => i.code === 'unrecognized_keys');
    for (const issue of unknown) {
      for (const key of issue.keys) {
        const at = [...issue.path, key];
        warn({ code: 'config.unknown-key', data: { path: formatPath(at), key } }, at);
      }
      withoutKeys(data, issue.path, issue.keys);
    }
    if (unknown.length > 0) result = configSchema.safeParse(data, { reportInput: true });
  }
  if (!result.success) {
    throw new ConfigError(
      source.shown,
      result.error.issues.map((i) =>
        located({ path: formatPath(i.path), message: issueMessage(i) }, parsed, i.path),
      ),
    );
  }
  const file: ConfigFile = result.data;
  const { config, issues } = normaliseConfig(file, source.file);
  const rules = checkRules(file, config);
  const errors = [...issues, ...rules.errors];
  if (errors.length > 0) {
    throw new ConfigError(
      source.shown,
      errors.map((e) => located(e, parsed, splitPath(e.path))),
    );
  }
  for (const w of rules.warnings) warn(w, splitPath(w.data.path));
  return { config, findings };
}
