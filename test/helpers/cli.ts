import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The one way tests start a process: the built CLI (`npm run build` first), a shell line with
 * `engage-load` on the PATH, or another program (npm, npx). Each runs with NO_COLOR, no FORCE_COLOR
 * and no SOURCE_DATE_EPOCH unless given. Keep such tests few — most checks call the API in-process
 * (test/helpers/run.ts); a process test is for what only a process shows: exit codes, streams,
 * files written, argument parsing, the environment.
 */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'engage-load.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The same, with stdout as bytes (a PDF). */
export interface CliBytesResult {
  status: number | null;
  stdout: Buffer;
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

function runSync(program: string, args: readonly string[], options: CliOptions): CliBytesResult {
  const result = spawnSync(program, args, {
    cwd: options.cwd ?? ROOT,
    env: environment(options.env),
    input: options.input,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/** The built CLI with these arguments. */
export function cli(args: readonly string[], options: CliOptions = {}): CliResult {
  const r = runSync(process.execPath, [BIN, ...args], options);
  return { ...r, stdout: r.stdout.toString('utf8') };
}

/** The built CLI, its stdout as bytes: for a PDF on stdout. */
export function cliBytes(args: readonly string[], options: CliOptions = {}): CliBytesResult {
  return runSync(process.execPath, [BIN, ...args], options);
}

export interface ShellOptions extends CliOptions {
  /** A folder from makeShim, put first on the PATH. */
  shim: string;
  /** bash -e -o pipefail, as a CI runner starts a step's script. */
  strict?: boolean;
}

/**
 * A shell command line as a user types it (pipes, redirections, globs), with `engage-load` on the
 * PATH standing for the built CLI. Asynchronous, so that a test can serve a feed meanwhile.
 */
export function shell(command: string, options: ShellOptions): Promise<CliResult> {
  const flags = options.strict ? ['-e', '-o', 'pipefail'] : [];
  return finished(
    spawn('bash', [...flags, '-c', command], {
      cwd: options.cwd ?? ROOT,
      env: environment({
        ...options.env,
        PATH: `${options.shim}${path.delimiter}${process.env['PATH'] ?? ''}`,
      }),
    }),
  );
}

/** A child's exit status and its output as text, once it has closed. */
function finished(child: ChildProcessWithoutNullStreams): Promise<CliResult> {
  return new Promise((resolve, reject) => {
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

/**
 * Throws when the CLI that bin runs (the bundle in dist/cli) is missing or older than tsc's output,
 * so that a CLI test fails with the reason rather than a spawn error or a run of yesterday's code.
 */
export function requireBuild(): void {
  const bundle = path.join(ROOT, 'dist', 'cli', 'main.js');
  const compiled = path.join(ROOT, 'dist', 'src');
  if (!existsSync(bundle) || !existsSync(compiled)) {
    throw new Error('dist/ is missing: run `npm run build` before the CLI tests');
  }
  const newest = Math.max(
    ...readdirSync(compiled, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'))
      .map((f) => statSync(path.join(compiled, f)).mtimeMs),
  );
  if (statSync(bundle).mtimeMs < newest) {
    throw new Error(
      'dist/cli is older than dist/src: run `npm run bundle` (or `npm run build`) before the CLI tests',
    );
  }
}

/** Any other program (npm, npx), with the same environment: for the package test. */
export function command(program: string, args: readonly string[], cwd: string): CliResult {
  const r = runSync(program, args, { cwd });
  return { ...r, stdout: r.stdout.toString('utf8') };
}

/** The same, asynchronous: for programs that can run side by side. */
export function commandAsync(program: string, args: readonly string[], cwd: string): Promise<CliResult> {
  return finished(spawn(program, args, { cwd, env: environment() }));
}
