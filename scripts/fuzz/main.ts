/**
 * The long fuzz campaign (issue 9): `npm run fuzz -- --minutes 15 [--seed 1]`. Runs mutated fixture
 * calendars through the ingest until the time is up and prints what it ran and what broke.
 * Exit 1 on any violation (the first cases are printed with how to rebuild them).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { caseArb, fixtureFiles } from './cases.js';
import { checkCalendar } from './check.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) ? value : fallback;
}

/** A case slower than this is reported: "no hang" means bounded time per file. */
const SLOW_MS = 10_000;
const minutes = option('minutes', 1);
/** --progress FILE: the case being checked is written there first, to find a hang. */
const progressAt = process.argv.indexOf('--progress');
const progress = progressAt >= 0 ? process.argv[progressAt + 1] : undefined;
const seed = option('seed', 1);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const files = fixtureFiles(root);
const arb = caseArb(files);
const until = Date.now() + minutes * 60_000;
let cases = 0;
let bytes = 0;
let findings = 0;
let slowest = { ms: 0, how: '' };
let peakRss = 0;
const broken: { how: string; violations: string[] }[] = [];
for (let batch = 0; Date.now() < until; batch++) {
  for (const c of fc.sample(arb, { numRuns: 100, seed: seed * 1_000_003 + batch })) {
    if (progress) writeFileSync(progress, `${c.how}\n`);
    const r = checkCalendar(c.name, c.bytes, cases % 2);
    if (r.ms > SLOW_MS) r.violations.push(`took ${Math.round(r.ms)} ms`);
    cases++;
    bytes += c.bytes.length;
    findings += r.findings;
    if (r.ms > slowest.ms) slowest = { ms: r.ms, how: c.how };
    if (r.violations.length > 0 && broken.length < 20) broken.push({ how: c.how, violations: r.violations });
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const summary = {
  minutes,
  seed,
  fixtures: files.length,
  cases,
  megabytes: Math.round(bytes / 1e5) / 10,
  findings,
  slowestMs: Math.round(slowest.ms),
  slowestCase: slowest.how.slice(0, 200),
  peakRssMb: Math.round(peakRss / 1e6),
  violations: broken.length,
};
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
for (const b of broken) process.stdout.write(`\n${b.how}\n  ${b.violations.join('\n  ')}\n`);
process.exitCode = broken.length > 0 ? 1 : 0;
