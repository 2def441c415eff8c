/** The command-line options both bench scripts (main.ts, stages.ts) take for their data set. */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GenerateOptions } from '../demo/generate.js';

/** parseArgs options: which data set, where it lives, and whether results are JSON. */
export const DATA_OPTIONS = {
  trusts: { type: 'string', default: '10' },
  people: { type: 'string', default: '15' },
  weeks: { type: 'string', default: '104' },
  // Two years ending with the demo quarter (2026-W40…W52), so the last quarter holds the CMO's W47.
  from: { type: 'string', default: '2024-12-30' },
  seed: { type: 'string', default: '20261116' },
  dir: { type: 'string' },
  keep: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
} as const;

export interface DataArgs {
  trusts: string;
  people: string;
  weeks: string;
  from: string;
  seed: string;
  dir?: string;
  keep: boolean;
}

export function whole(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${flag} ${text} is not a whole number of at least 1`);
  return n;
}

export function generateOptions(values: DataArgs): GenerateOptions {
  return {
    seed: whole(values.seed, 'seed'),
    trusts: whole(values.trusts, 'trusts'),
    peoplePerTrust: whole(values.people, 'people'),
    weeks: whole(values.weeks, 'weeks'),
    from: values.from,
  };
}

/** The data's folder: --dir (kept), else a new temporary one, removed at the end unless --keep. */
export function dataDir(values: DataArgs): { dir: string; remove: boolean } {
  const dir = values.dir
    ? path.resolve(values.dir)
    : mkdtempSync(path.join(os.tmpdir(), 'engage-load-bench-'));
  return { dir, remove: !values.dir && !values.keep };
}
