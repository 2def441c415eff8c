/**
 * Writes generated calendars to disk. With no arguments it regenerates fixtures/demo/;
 * `--out DIR --trusts N --people M --weeks W --from YYYY-MM-DD --seed S` writes benchmark data.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_OPTIONS, generateFiles, type GenerateOptions } from './generate.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    seed: { type: 'string' },
    trusts: { type: 'string' },
    people: { type: 'string' },
    weeks: { type: 'string' },
    from: { type: 'string' },
  },
});

const num = (v: string | undefined, fallback: number | undefined): number | undefined =>
  v === undefined ? fallback : Number(v);
const options: GenerateOptions = {
  seed: num(values.seed, DEMO_OPTIONS.seed)!,
  trusts: num(values.trusts, DEMO_OPTIONS.trusts),
  peoplePerTrust: num(values.people, DEMO_OPTIONS.peoplePerTrust),
  weeks: num(values.weeks, DEMO_OPTIONS.weeks)!,
  from: values.from ?? DEMO_OPTIONS.from,
};
const out = values.out ? resolve(values.out) : join(repoRoot, 'fixtures', 'demo');

// Stale demo calendars from an earlier run must not linger beside the new ones.
if (!values.out) rmSync(join(out, 'calendars'), { recursive: true, force: true });
let bytes = 0;
let count = 0;
for (const f of generateFiles(options)) {
  count++;
  const target = join(out, f.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, f.text);
  bytes += Buffer.byteLength(f.text);
}
console.log(`wrote ${count} files (${(bytes / 1e6).toFixed(1)} MB) to ${out}`);
