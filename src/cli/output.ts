import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Option } from 'commander';
import { UsageError } from '../errors.js';
import { formatFinding } from '../findings/format.js';
import type { Finding } from '../types.js';

/** Where one output goes: a file, or stdout (`null`, from no --out or `--out -`). */
export interface OutTarget<F extends string> {
  path: string | null;
  format: F;
}

/** The extensions that choose a format by themselves; any other takes --format. */
const EXTENSION_FORMATS: Record<string, string> = {
  '.pdf': 'pdf',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.csv': 'csv',
  '.txt': 'table',
};

/** `-o, --out <file>`, repeatable: each one is another output of the same run. */
export function outOption(description: string): Option {
  return new Option('-o, --out <file>', `${description} (repeatable; "-" is stdout)`).argParser(
    (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
  );
}

function why(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'its folder does not exist';
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
  if (error.code === 'EISDIR') return 'it is a folder';
  if (error.code === 'ENOTDIR') return 'part of its path is a file, not a folder';
  if (error.code === 'EROFS') return 'the file system is read-only';
  if (error.code === 'ENOSPC') return 'the disk is full';
  return error.code ?? error.message;
}

/** Fails before any work when an --out cannot be written: a missing folder, or a folder named as the file. */
function checkWritable(file: string, cwd: string): void {
  const full = path.resolve(cwd, file);
  let stat;
  try {
    stat = statSync(path.dirname(full));
  } catch (error) {
    throw new UsageError(`cannot write --out ${file}: ${why(error as NodeJS.ErrnoException)}`);
  }
  if (!stat.isDirectory())
    throw new UsageError(`cannot write --out ${file}: ${path.dirname(file)} is not a folder`);
  try {
    if (statSync(full).isDirectory()) throw new UsageError(`cannot write --out ${file}: it is a folder`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
}

/**
 * The outputs of one run. A known extension (.pdf .md .json .csv .txt) chooses the format; `-`, no --out
 * and any other extension take `format`. A format the command does not offer is a usage error.
 */
export function outTargets<F extends string>(
  outs: readonly string[] | string | undefined,
  format: F,
  formats: readonly F[],
  cwd: string,
): OutTarget<F>[] {
  const list = outs === undefined ? [] : typeof outs === 'string' ? [outs] : outs;
  if (list.length === 0) return [{ path: null, format }];
  if (list.filter((o) => o === '-').length > 1)
    throw new UsageError('--out - is given twice: stdout can take one output');
  return list.map((out) => {
    if (out === '-') return { path: null, format };
    const byExtension = EXTENSION_FORMATS[path.extname(out).toLowerCase()];
    const chosen = byExtension ?? format;
    if (!(formats as readonly string[]).includes(chosen))
      throw new UsageError(
        `--out ${out} asks for ${chosen}, which this command cannot write (${formats.join(', ')})`,
      );
    checkWritable(out, cwd);
    return { path: out, format: chosen as F };
  });
}

/** What a command writes: text, a binary document (a PDF), or text in chunks made as they are written. */
export type Output = string | Uint8Array | Iterable<string>;

/** True when the output is binary and stdout is a terminal: a PDF is never sprayed over one. */
export function refusesTerminal(content: Output): boolean {
  return content instanceof Uint8Array && process.stdout.isTTY === true;
}

function writeStdout(chunk: string | Uint8Array): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    process.stdout.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}

/** Writes the command's result to a file or stdout: stdout carries nothing but this. */
export async function writeOutput(content: Output, out: string | null | undefined): Promise<void> {
  if (out && out !== '-') {
    try {
      await writeFile(out, content);
    } catch (error) {
      throw new UsageError(`cannot write --out ${out}: ${why(error as NodeJS.ErrnoException)}`);
    }
    return;
  }
  if (refusesTerminal(content))
    throw new UsageError('a PDF is not for a terminal: give --out FILE.pdf, or redirect stdout to a file');
  if (typeof content === 'string' || content instanceof Uint8Array) await writeStdout(content);
  // One chunk at a time, each written before the next is made.
  else for (const chunk of content) await writeStdout(chunk);
}

/** Renders and writes every target; checks the terminal rule before writing anything. */
export async function writeTargets<F extends string>(
  targets: readonly OutTarget<F>[],
  render: (target: OutTarget<F>) => Output,
): Promise<void> {
  const outputs = targets.map((t) => ({ target: t, content: render(t) }));
  for (const o of outputs)
    if (o.target.path === null && refusesTerminal(o.content))
      throw new UsageError('a PDF is not for a terminal: give --out FILE.pdf, or redirect stdout to a file');
  for (const o of outputs) await writeOutput(o.content, o.target.path);
}

/** Findings go to stderr, one sentence a line. */
export function printFindings(findings: readonly Finding[]): void {
  for (const f of findings) process.stderr.write(`engage-load: ${f.severity}: ${formatFinding(f)}\n`);
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
