import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { isFeedUrl } from '../../config/feed-url.js';
import type { CalendarSource, Finding } from '../../types.js';

export interface ReadOptions {
  /** Folder that relative paths are read from. */
  cwd: string;
  /** Reads standard input, for "-". Supplied by the CLI so that the core never touches process streams. */
  readStdin?: () => Promise<Uint8Array>;
  /** Feed URLs: give up after this long (default 20 s) or this many bytes (default 100 MB). */
  timeoutMs?: number;
  maxBytes?: number;
  /** Largest calendar file read (default 512 MiB). */
  maxFileBytes?: number;
}

export interface ReadResult {
  sources: CalendarSource[];
  /** One `input.*` error per input that could not be read. */
  findings: Finding<'input.unreadable'>[];
}

/**
 * A calendar file found (and within the size limit) but not yet read: whoever ingests it reads it
 * then, so that a run never holds every calendar's bytes at once (see findInputs).
 */
export interface CalendarFile {
  /** As CalendarSource.name: what the user named, for messages. */
  name: string;
  /** Absolute path. */
  location: string;
  size: number;
}

/** A calendar read already (standard input, a feed) or a file to read when it is ingested. */
export type CalendarInput = CalendarSource | CalendarFile;

export interface FoundInputs {
  inputs: CalendarInput[];
  findings: Finding<'input.unreadable'>[];
}

export const isFile = (input: CalendarInput): input is CalendarFile => !('bytes' in input);

/** The calendar's size in bytes, read or not. */
export const sizeOf = (input: CalendarInput): number => (isFile(input) ? input.size : input.bytes.length);

export const unreadable = (file: string, reason: string): Finding<'input.unreadable'> => ({
  code: 'input.unreadable',
  severity: 'error',
  file,
  data: { reason },
});

/**
 * An input of findInputs as a source: a file read now (or the finding that says why it cannot be
 * read), anything else as it came.
 */
export function readFound(input: CalendarInput): CalendarSource | Finding<'input.unreadable'> {
  if (!isFile(input)) return input;
  try {
    return { name: input.name, location: input.location, bytes: readFileSync(input.location) };
  } catch (error) {
    return unreadable(input.name, reasonOf(error));
  }
}

function tooLarge(max: number): string {
  return `larger than the ${max >= 1048576 ? `${Math.round(max / 1048576)} MB` : `${max}-byte`} limit`;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    // A link is read as what it links to (a link that leads nowhere is reported when found).
    else if ((entry.isFile() || entry.isSymbolicLink()) && /\.ics$/i.test(entry.name)) out.push(full);
  }
  return out;
}

async function fetchFeed(url: string, options: ReadOptions): Promise<Uint8Array> {
  const href = url.replace(/^webcal:\/\//i, 'https://');
  const response = await fetch(href, {
    signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
    redirect: 'follow',
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const max = options.maxBytes ?? 100 * 1024 * 1024;
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > max) throw new Error(tooLarge(max));
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      if (total > max) throw new Error(tooLarge(max));
      chunks.push(chunk);
    }
  }
  return Buffer.concat(chunks);
}

function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such file or folder';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'EISDIR') return 'is a folder';
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timed out';
    const cause = (error as Error & { cause?: { code?: string } }).cause;
    if (cause?.code === 'ECONNREFUSED') return 'connection refused';
    if (cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN') return 'host not found';
    return error.message;
  }
  return String(error);
}

/**
 * Reads calendars named on the command line or in the config: files, folders (every *.ics below
 * them), "-" for standard input and http(s)/webcal feed URLs. Inputs that cannot be read become
 * findings; the others are returned, in a stable order.
 */
export async function readInputs(specs: string[], options: ReadOptions): Promise<ReadResult> {
  const found = await findInputs(specs, options);
  const sources: CalendarSource[] = [];
  const findings = [...found.findings];
  for (const input of found.inputs) {
    const read = readFound(input);
    if ('code' in read) findings.push(read);
    else sources.push(read);
  }
  return { sources, findings };
}

/**
 * readInputs, except that files are found, not read: standard input and feeds are read (they can
 * be read only once), each file is given with its size, to be read when it is ingested (readFound).
 */
export async function findInputs(specs: string[], options: ReadOptions): Promise<FoundInputs> {
  const inputs: CalendarInput[] = [];
  const findings: Finding<'input.unreadable'>[] = [];
  const fail = (name: string, reason: string): void => {
    findings.push(unreadable(name, reason));
  };
  for (const spec of specs) {
    try {
      if (spec === '-') {
        if (!options.readStdin) throw new Error('standard input is not available');
        inputs.push({ name: '-', location: '-', bytes: await options.readStdin() });
      } else if (isFeedUrl(spec)) {
        inputs.push({ name: spec, location: spec, bytes: await fetchFeed(spec, options) });
      } else {
        const full = path.resolve(options.cwd, spec);
        const info = await stat(full);
        const files = info.isDirectory() ? await walk(full) : [full];
        if (info.isDirectory() && files.length === 0) fail(spec, 'folder holds no .ics files');
        for (const file of files) {
          const name = info.isDirectory() ? path.join(spec, path.relative(full, file)) : spec;
          let size: number;
          try {
            size = file === full ? info.size : (await stat(file)).size;
          } catch (error) {
            // One file of a folder that cannot be found is that file's finding: the others are read.
            fail(name, reasonOf(error));
            continue;
          }
          const maxFile = options.maxFileBytes ?? 512 * 1024 * 1024;
          if (size > maxFile) {
            fail(name, tooLarge(maxFile));
            continue;
          }
          inputs.push({ name, location: file, size });
        }
      }
    } catch (error) {
      fail(spec, reasonOf(error));
    }
  }
  return { inputs, findings };
}
