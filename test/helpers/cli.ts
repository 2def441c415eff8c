import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
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

function environment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _force, SOURCE_DATE_EPOCH: _epoch, ...rest } = process.env;
  return { ...rest, NO_COLOR: '1', ...extra };
}

export function cli(args: readonly string[], options: CliOptions = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: environment(options.env),
    input: options.input,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A shell command line as a user types it (pipes, redirections, globs), with `engage-load` on the
 * PATH standing for the built CLI. Asynchronous, so that a test can serve a feed meanwhile.
 */
export function shell(command: string, options: CliOptions & { shim: string }): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', command], {
      cwd: options.cwd ?? ROOT,
      env: environment({ PATH: `${options.shim}:${process.env['PATH'] ?? ''}`, ...options.env }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A folder holding an `engage-load` executable that runs the built CLI, for `shell`. */
export function makeShim(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'engage-load');
  writeFileSync(file, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(file, 0o755);
  return dir;
}

/** Throws when dist/ is missing, so that a CLI test fails with the reason rather than a spawn error. */
export function requireBuild(): void {
  if (!existsSync(path.join(ROOT, 'dist', 'src', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` before the CLI tests');
  }
}

/** Any other program (npm, npx), with the same environment: for the package test. */
export function command(program: string, args: readonly string[], cwd: string): CliResult {
  const result = spawnSync(program, args, { cwd, encoding: 'utf8', env: environment() });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
