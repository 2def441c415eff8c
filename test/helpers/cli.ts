import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The one way tests run the built CLI (`npm run build` first): a child process with NO_COLOR, no
 * FORCE_COLOR and no SOURCE_DATE_EPOCH unless given. Keep such tests few — most checks call the API.
 */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'engage-load.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Standard input. */
  input?: string;
}

export function cli(args: readonly string[], options: CliOptions = {}): CliResult {
  const { FORCE_COLOR: _force, SOURCE_DATE_EPOCH: _epoch, ...rest } = process.env;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...rest, NO_COLOR: '1', ...options.env },
    input: options.input,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Throws when dist/ is missing, so that a CLI test fails with the reason rather than a spawn error. */
export function requireBuild(): void {
  if (!existsSync(path.join(ROOT, 'dist', 'src', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` before the CLI tests');
  }
}
