/**
 * `node dist/scripts/bench/stages.js` (after `npm run build`): the pipeline in-process, with the time of
 * each stage and the peak memory. Each scenario runs in its own Node process, so that the peak RSS
 * is that scenario's and not the generator's or another scenario's.
 *
 *   node dist/scripts/bench/stages.js                                   10 trusts × 15 people × 104 weeks, both scenarios
 *   node dist/scripts/bench/stages.js --trusts 1 --people 8 --weeks 13  a quick small run
 *   node dist/scripts/bench/stages.js --dir /tmp/national --keep        generate once into a folder, reuse it next time
 *   node dist/scripts/bench/stages.js --json                            the results as JSON on stdout
 *   node dist/scripts/bench/stages.js --scenario whole --profile prof/  a CPU profile (node --cpu-prof) of one scenario
 *   node dist/scripts/bench/stages.js --live                            also the live heap after each stage (forces a GC there)
 *   node dist/scripts/bench/stages.js --save out/                       each scenario's JSON report, to diff before/after a change
 */
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { dayFromIso, isoDate } from '../demo/calendar-math.js';
import { DATA_OPTIONS, dataDir, generateOptions } from './args.js';
import { existingData, generateData, type DataSet } from './data.js';
import { formatResults } from './table.js';
import type { ScenarioResult } from './types.js';

const { values } = parseArgs({
  options: {
    ...DATA_OPTIONS,
    scenario: { type: 'string', default: 'both' },
    profile: { type: 'string' },
    save: { type: 'string' },
    live: { type: 'boolean', default: false },
  },
});

const QUARTER_WEEKS = 13;
const here = path.dirname(fileURLToPath(import.meta.url));
const log = (line: string): void => void process.stderr.write(line + '\n');

function scenarios(data: DataSet): { name: string; from: string; to: string }[] {
  const first = dayFromIso(data.options.from);
  const last = first + data.options.weeks * 7 - 1;
  const quarterFrom = first + Math.max(0, data.options.weeks - QUARTER_WEEKS) * 7;
  const all = [
    { name: 'quarter', from: isoDate(quarterFrom), to: isoDate(last) },
    { name: 'whole', from: isoDate(first), to: isoDate(last) },
  ];
  if (values.scenario === 'both') return all;
  const one = all.filter((s) => s.name === values.scenario);
  if (one.length === 0) throw new Error(`--scenario ${values.scenario}: use quarter, whole or both`);
  return one;
}

async function runScenario(
  dir: string,
  s: { name: string; from: string; to: string },
): Promise<ScenarioResult> {
  const flags = ['--enable-source-maps'];
  if (values.profile) {
    const profileDir = path.resolve(values.profile);
    mkdirSync(profileDir, { recursive: true });
    flags.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=bench-${s.name}.cpuprofile`);
  }
  if (values.live) flags.push('--expose-gc');
  const script = path.join(here, 'pipeline.js');
  const args = [...flags, script, '--dir', dir, '--from', s.from, '--to', s.to, '--name', s.name];
  if (values.live) args.push('--live');
  if (values.save) {
    const saveDir = path.resolve(values.save);
    mkdirSync(saveDir, { recursive: true });
    args.push('--save', path.join(saveDir, `report-${s.name}.json`));
  }
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as ScenarioResult;
}

async function main(): Promise<void> {
  const options = generateOptions(values);
  const { dir, remove } = dataDir(values);
  try {
    let data = values.dir ? existingData(dir) : null;
    if (data) {
      log(`reusing ${dir} (${JSON.stringify(data.options)})`);
    } else {
      const o = options;
      log(
        `generating ${o.trusts} trusts × ${o.peoplePerTrust} people × ${o.weeks} weeks from ${o.from} into ${dir} …`,
      );
      mkdirSync(dir, { recursive: true });
      data = generateData(dir, options);
      log(`generated in ${((data.generatedMs ?? 0) / 1000).toFixed(1)} s`);
    }
    log(`${data.files} calendars, ${(data.bytes / 1e6).toFixed(1)} MB of .ics`);

    const results: ScenarioResult[] = [];
    for (const s of scenarios(data)) {
      log(`running ${s.name}: ${s.from} … ${s.to}`);
      results.push(await runScenario(dir, s));
    }
    const meta = {
      node: process.version,
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
      data: { ...data.options, files: data.files, bytes: data.bytes, dir: remove ? null : dir },
    };
    if (values.json) process.stdout.write(JSON.stringify({ ...meta, results }, null, 2) + '\n');
    else process.stdout.write(formatResults(results) + '\n');
    if (values.profile) log(`CPU profiles in ${path.resolve(values.profile)}`);
    if (!remove) log(`data kept in ${dir}`);
  } finally {
    if (remove) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  log(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
