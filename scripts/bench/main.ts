/**
 * `npm run bench`: national-scale data (SPEC "Scale") through the built command line, as a user runs
 * it — one child process per scenario, wall time and peak RSS of the whole process — beside a
 * straightforward ical.js script on the same data in the same run, so that the ratio stays
 * meaningful on a busy machine.
 *
 *   npm run bench                                      10 trusts × 15 people × 104 weeks (generated once per run)
 *   npm run bench -- --dir /tmp/national               generate into a folder once, reuse it next time
 *   npm run bench -- --trusts 3 --weeks 26             a smaller set
 *   npm run bench -- --repeat 3                        each scenario three times (median time, highest RSS)
 *   npm run bench -- --only report,export              scenarios whose name starts with one of these
 *   npm run bench -- --save out/                       each scenario's output, to diff before/after a change
 *   npm run bench -- --profile prof/                   a CPU profile (node --cpu-prof) of each CLI run
 *   npm run bench -- --json                            the results as JSON on stdout
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dayFromIso, isoDate } from '../demo/calendar-math.js';
import { DATA_OPTIONS, dataDir, generateOptions, whole } from './args.js';
import { runChild, type ChildRun } from './cli-run.js';
import { trustFolders } from './config.js';
import { existingData, generateData, type DataSet } from './data.js';
import { writeRegionConfig } from './region-config.js';

const { values } = parseArgs({
  options: {
    ...DATA_OPTIONS,
    repeat: { type: 'string', default: '1' },
    only: { type: 'string' },
    profile: { type: 'string' },
    save: { type: 'string' },
    teams: { type: 'boolean', default: false },
    reference: { type: 'boolean', default: true },
  },
  allowNegative: true,
});

const QUARTER_WEEKS = 13;
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..', '..');
const cli = path.join(repo, 'bin', 'engage-load.js');
const log = (line: string): void => void process.stderr.write(line + '\n');

interface Scenario {
  name: string;
  script: string;
  args: string[];
  /** People × weeks the scenario covers (0 for start-up). */
  personWeeks: number;
  /** Output file extension for --save. */
  ext: string;
  /** Occurrences the scenario handles: filled from the matching export run. */
  occurrencesFrom?: string;
  countRows?: boolean;
}

interface Result {
  name: string;
  command: string;
  runs: number;
  ms: number;
  allMs: number[];
  maxRssMB: number;
  personWeeks: number;
  occurrences: number | null;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function hasPdf(): Promise<boolean> {
  const help = await runChild({
    script: cli,
    args: ['report', '--help'],
    cwd: repo,
    nodeFlags: [],
    rssHook: path.join(here, 'rss-hook.js'),
    keepStdout: true,
  });
  return /\bpdf\b/.test(help.stdout ?? '');
}

async function scenarios(data: DataSet): Promise<Scenario[]> {
  const first = dayFromIso(data.options.from);
  const weeks = data.options.weeks;
  const last = isoDate(first + weeks * 7 - 1);
  const start = isoDate(first);
  const quarterFrom = isoDate(first + Math.max(0, weeks - QUARTER_WEEKS) * 7);
  const quarterWeeks = Math.min(weeks, QUARTER_WEEKS);
  const available = (await trustFolders(data.dir)).length;
  const counts = [...new Set([1, 3, 10, available].filter((n) => n <= available))].sort((a, b) => a - b);
  const people = data.options.peoplePerTrust ?? 8;
  const configs = new Map<number, string>();
  for (const n of counts) configs.set(n, await writeRegionConfig(data.dir, n, values.teams));
  const rel = (file: string): string => path.relative(data.dir, file);
  const list: Scenario[] = [
    { name: 'version', script: cli, args: ['--version'], personWeeks: 0, ext: 'txt' },
    { name: 'help', script: cli, args: ['--help'], personWeeks: 0, ext: 'txt' },
    { name: 'demo-quarter table', script: cli, args: ['report', '--demo'], personWeeks: 8 * 13, ext: 'txt' },
  ];
  if (await hasPdf()) {
    list.push({
      name: 'demo-quarter pdf',
      script: cli,
      args: ['report', '--demo', '--format', 'pdf'],
      personWeeks: 8 * 13,
      ext: 'pdf',
    });
  }
  list.push({
    name: 'trust-quarter report',
    script: cli,
    args: [
      'report',
      '--config',
      rel(configs.get(1)!),
      '--from',
      quarterFrom,
      '--to',
      last,
      '--format',
      'json',
    ],
    personWeeks: people * quarterWeeks,
    ext: 'json',
  });
  for (const n of counts) {
    const config = rel(configs.get(n)!);
    const window = ['--from', start, '--to', last];
    list.push({
      name: `export ${n}`,
      script: cli,
      args: ['export', '--config', config, ...window],
      personWeeks: n * people * weeks,
      ext: 'csv',
      countRows: true,
    });
    list.push({
      name: `report ${n}`,
      script: cli,
      args: ['report', '--config', config, ...window, '--format', 'json'],
      personWeeks: n * people * weeks,
      ext: 'json',
      occurrencesFrom: `export ${n}`,
    });
  }
  if (values.reference) {
    const n = counts[counts.length - 1]!;
    list.push({
      name: `ical.js ${n}`,
      script: path.join(here, 'icaljs.js'),
      args: ['--config', rel(configs.get(n)!), '--from', start, '--to', last],
      personWeeks: n * people * weeks,
      ext: 'json',
    });
  }
  const only = values.only?.split(',').filter(Boolean);
  return only ? list.filter((s) => only.some((o) => s.name.startsWith(o))) : list;
}

function countLines(file: string): number {
  const text = readFileSync(file);
  let n = 0;
  for (const byte of text) if (byte === 10) n++;
  return n;
}

async function run(data: DataSet, s: Scenario, scratch: string): Promise<Result> {
  const repeat = whole(values.repeat, 'repeat');
  const runs: ChildRun[] = [];
  const slug = s.name.replace(/[^a-z0-9]+/gi, '-');
  const saveDir = values.save ? path.resolve(values.save) : scratch;
  mkdirSync(saveDir, { recursive: true });
  const saveTo = path.join(saveDir, `${slug}.${s.ext}`);
  let occurrences: number | null = null;
  for (let i = 0; i < repeat; i++) {
    const nodeFlags: string[] = [];
    if (values.profile) {
      const dir = path.resolve(values.profile);
      mkdirSync(dir, { recursive: true });
      nodeFlags.push('--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${slug}-${i + 1}.cpuprofile`);
    }
    const keep = s.name.startsWith('ical.js');
    const r = await runChild({
      script: s.script,
      args: s.args,
      cwd: data.dir,
      nodeFlags,
      rssHook: path.join(here, 'rss-hook.js'),
      saveTo: keep ? undefined : saveTo,
      keepStdout: keep,
    });
    if (keep && r.stdout) occurrences = (JSON.parse(r.stdout) as { occurrences: number }).occurrences;
    runs.push(r);
    log(`  ${s.name}: ${(r.ms / 1000).toFixed(2)} s, ${r.maxRssMB} MB`);
  }
  if (s.countRows) occurrences = countLines(saveTo) - 1;
  const allMs = runs.map((r) => Math.round(r.ms));
  return {
    name: s.name,
    command: `${path.basename(s.script) === 'engage-load.js' ? 'engage-load' : path.basename(s.script)} ${s.args.join(' ')}`,
    runs: runs.length,
    ms: Math.round(median(allMs)),
    allMs,
    maxRssMB: Math.max(...runs.map((r) => r.maxRssMB)),
    personWeeks: s.personWeeks,
    occurrences,
  };
}

function table(results: Result[]): string {
  const reference = results.find((r) => r.name.startsWith('ical.js'));
  const rows: string[][] = [
    ['scenario', 'wall (median)', 'peak RSS', 'people × weeks', 'occurrences', 'occ/s', 'vs ical.js'],
  ];
  for (const r of results) {
    const ratio = reference && r.personWeeks === reference.personWeeks ? reference.ms / r.ms : null;
    rows.push([
      r.name,
      `${(r.ms / 1000).toFixed(2)} s${r.runs > 1 ? ` (${r.allMs.map((m) => (m / 1000).toFixed(2)).join(', ')})` : ''}`,
      `${r.maxRssMB} MB`,
      r.personWeeks ? String(r.personWeeks) : '–',
      r.occurrences === null ? '–' : String(r.occurrences),
      r.occurrences === null ? '–' : String(Math.round(r.occurrences / (r.ms / 1000))),
      ratio === null ? '' : r === reference ? '1' : `${ratio.toFixed(1)}× faster`,
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row) =>
    row
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
  for (const kind of ['report', 'export']) {
    const series = results.filter((r) => new RegExp(`^${kind} \\d+$`).test(r.name));
    const one = series[0];
    const most = series[series.length - 1];
    if (one && most && most !== one) {
      lines.push(
        `growth of ${kind}: ×${(most.personWeeks / one.personWeeks).toFixed(1)} people × weeks → ` +
          `×${(most.ms / one.ms).toFixed(2)} time (${one.name} → ${most.name})`,
      );
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const options = generateOptions(values);
  const { dir, remove } = dataDir(values);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'engage-load-bench-out-'));
  try {
    let data = values.dir ? existingData(dir) : null;
    if (data) log(`reusing ${dir} (${JSON.stringify(data.options)})`);
    else {
      const o = options;
      log(
        `generating ${o.trusts} trusts × ${o.peoplePerTrust} people × ${o.weeks} weeks from ${o.from} into ${dir} …`,
      );
      mkdirSync(dir, { recursive: true });
      data = generateData(dir, options);
      log(`generated in ${((data.generatedMs ?? 0) / 1000).toFixed(1)} s`);
    }
    log(`${data.files} calendars, ${(data.bytes / 1e6).toFixed(1)} MB of .ics`);
    const results: Result[] = [];
    for (const s of await scenarios(data)) {
      log(`running ${s.name}`);
      const r = await run(data, s, scratch);
      // A report handles the occurrences its export (same config and window) lists.
      if (s.occurrencesFrom)
        r.occurrences = results.find((x) => x.name === s.occurrencesFrom)?.occurrences ?? null;
      results.push(r);
    }
    const meta = {
      node: process.version,
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
      data: { ...data.options, files: data.files, bytes: data.bytes, dir: remove ? null : dir },
    };
    if (values.json) process.stdout.write(JSON.stringify({ ...meta, results }, null, 2) + '\n');
    else {
      process.stdout.write(
        `${data.files} calendars, ${(data.bytes / 1e6).toFixed(1)} MB; ${meta.cpus} cores, load ${meta.loadAverage.join(' ')}\n` +
          table(results) +
          '\n',
      );
    }
    if (values.profile) log(`CPU profiles in ${path.resolve(values.profile)}`);
    if (!remove) log(`data kept in ${dir}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    if (remove) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  log(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
