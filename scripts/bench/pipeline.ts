/**
 * One benchmark scenario in a fresh process, so that its peak RSS is its own: the real pipeline as
 * `engage-load report <dir> --format json` runs it (read → analyse = ingest + tag → measure → detect + report → render),
 * timed stage by stage, with nothing printed but one JSON line on stdout.
 *
 *   node dist/scripts/bench/pipeline.js --dir DIR --from YYYY-MM-DD --to YYYY-MM-DD --name NAME [--save FILE]
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readInputs } from '../../src/ingest/read/read.js';
import { detectFindings } from '../../src/detect/index.js';
import { BASELINE_WEEKS, measure } from '../../src/measure/index.js';
import { analyse } from '../../src/pipeline.js';
import { renderers } from '../../src/render/index.js';
import { assembleReport } from '../../src/report/build.js';
import { resolveWindow } from '../../src/window.js';
import { mergedConfig } from './config.js';
import type { ScenarioResult, StageResult } from './types.js';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    name: { type: 'string' },
    save: { type: 'string' },
    live: { type: 'boolean', default: false },
  },
});
if (!values.dir || !values.from || !values.to) throw new Error('pipeline needs --dir, --from and --to');
const dir = values.dir;

const MB = 1024 * 1024;
let heapPeak = 0;
const sample = (): number => {
  const used = process.memoryUsage().heapUsed;
  if (used > heapPeak) heapPeak = used;
  return used;
};
// Fires only while the process waits (reading files); synchronous stages are sampled at their end.
const sampler = setInterval(sample, 5);

const stages: StageResult[] = [];
async function stage<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await run();
  const ms = performance.now() - started;
  const heap = sample();
  const result: StageResult = { name, ms: Math.round(ms), heapUsedMB: Math.round(heap / MB) };
  // --live (node --expose-gc): what the stage leaves alive, collected outside the timed part.
  if (values.live && typeof globalThis.gc === 'function') {
    globalThis.gc();
    result.liveHeapMB = Math.round(process.memoryUsage().heapUsed / MB);
  }
  stages.push(result);
  return value;
}

const total = performance.now();
const { config, findings: configFindings } = await stage('config', () => mergedConfig(dir));
const window = resolveWindow({
  from: values.from,
  to: values.to,
  zone: config.timezone,
  now: new Date(0),
});
let read: Awaited<ReturnType<typeof readInputs>> | null = await stage('read', () =>
  readInputs([dir], { cwd: dir }),
);
const bytes = read.sources.reduce((sum, s) => sum + s.bytes.length, 0);
const files = read.sources.length;
// The same call as loadAnalysis (src/pipeline.ts): ingest and tag, with the baseline weeks before the window.
const analysis = await stage('analyse', () =>
  analyse({ config, window, sources: read!.sources, historyWeeks: BASELINE_WEEKS }),
);
const readFindings = read.findings;
read = null; // the command line lets go of the bytes once they are ingested
const occurrences = analysis.occurrences;
// The stages of buildReport (src/pipeline.ts), timed apart.
const measurement = await stage('measure', () => measure(analysis));
const personWeeks = measurement.personWeeks;
const report = await stage('report', () =>
  assembleReport(analysis, measurement, detectFindings(analysis, measurement), {
    redact: false,
    findings: [...configFindings, ...readFindings, ...analysis.findings],
  }),
);
const json = await stage('render', () => renderers.json(report, { color: false }));
const totalMs = performance.now() - total;
clearInterval(sampler);
// The report itself, to check that a performance change left every figure as it was.
if (values.save) writeFileSync(values.save, json);

const errors = report.findings.filter((f) => f.severity === 'error');
const result: ScenarioResult = {
  name: values.name ?? `${values.from}..${values.to}`,
  window: { from: window.from, to: window.to, weeks: window.weeks.length },
  files,
  bytes,
  occurrences: occurrences.length,
  personWeeks: personWeeks.length,
  people: report.summary.people,
  findings: report.findings.length,
  errors: errors.map((f) => `${f.code}${f.file ? ` ${f.file}` : ''}`).slice(0, 5),
  reportBytes: Buffer.byteLength(json),
  stages,
  totalMs: Math.round(totalMs),
  heapPeakMB: Math.round(heapPeak / MB),
  // resourceUsage().maxRSS is in kilobytes (KiB on Linux).
  maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
};
process.stdout.write(JSON.stringify(result) + '\n');
