import path from 'node:path';
import { analyse } from './analyse.js';
import { BASELINE_WEEKS } from './measure/index.js';
import { loadConfig, type LoadedConfig } from './config/load.js';
import { UsageError } from './errors.js';
import { identify } from './ingest/person.js';
import { readInputs } from './ingest/read.js';
import type { Config } from './config/types.js';
import type { Analysis, Finding } from './types.js';
import { resolveWindow, type WindowOptions } from './window.js';

export interface LoadAnalysisOptions extends Omit<WindowOptions, 'zone'> {
  /** Calendar files, folders, "-" or URLs; when empty, the calendars listed under people in the config. */
  calendars: string[];
  /** A config file; when absent, engage-load.yaml|.yml|.json is looked for in `cwd`. */
  config?: string;
  /** Report zone; overrides the config's timezone. */
  timezone?: string;
  cwd: string;
  /** A config already loaded (validate lists config errors, then checks the calendars under the defaults). */
  loadedConfig?: LoadedConfig;
  /** Reads standard input for "-". */
  readStdin?: () => Promise<Uint8Array>;
}

export interface LoadedAnalysis {
  analysis: Analysis;
  /** Config warnings, unreadable inputs and ingest findings, in that order. */
  findings: Finding[];
  /** Some input could not be read, or part of one (exit 3 on the command line). */
  inputFailed: boolean;
  /** Calendars read and parsed as calendars; 0 means there is nothing to report on. */
  readable: number;
}

/**
 * What the command line does before it renders: find and validate the config, resolve the window,
 * read the calendars, then ingest and tag. `now` is a parameter so that results are reproducible.
 */
export async function loadAnalysis(options: LoadAnalysisOptions): Promise<LoadedAnalysis> {
  const loaded =
    options.loadedConfig ??
    (await loadConfig({ path: options.config, cwd: options.cwd, timezone: options.timezone }));
  const config = loaded.config;
  const window = resolveWindow({ ...options, zone: config.timezone });
  const fromCommandLine = options.calendars.length > 0;
  const specs = fromCommandLine ? options.calendars : config.people.flatMap((p) => p.calendars);
  if (specs.length === 0) {
    throw new UsageError(
      'no calendars given: name .ics files or folders, use --demo, or list calendars under people in the config',
    );
  }
  const baseDir = fromCommandLine || !config.file ? options.cwd : path.dirname(config.file);
  // Calendars from the config are named relative to it in outputs: no machine's paths in a report.
  const named = fromCommandLine
    ? specs
    : specs.map((s) => (/^[a-z]+:\/\//i.test(s) ? s : path.relative(baseDir, s)));
  const read = await readInputs(named, { cwd: baseDir, readStdin: options.readStdin });
  const analysis = analyse({ config, window, sources: read.sources, historyWeeks: BASELINE_WEEKS });
  // A calendar that could not be read still has an owner: the report says whose figures are missing.
  const unread = read.findings.map((f) =>
    f.file && f.person === undefined ? withOwner(f, f.file, baseDir, config) : f,
  );
  const findings = [...loaded.findings, ...unread, ...analysis.findings];
  return {
    analysis,
    findings,
    inputFailed: findings.some((f) => f.severity === 'error'),
    readable: analysis.calendars.filter((c) => c.readable).length,
  };
}

function locate(name: string, baseDir: string): string {
  return name === '-' || /^[a-z]+:\/\//i.test(name) ? name : path.resolve(baseDir, name);
}

/** An unread calendar's owner, when the config lists it (nothing else can be known without reading it). */
function withOwner(f: Finding, file: string, baseDir: string, config: Config): Finding {
  const source = { name: file, location: locate(file, baseDir), bytes: new Uint8Array() };
  const who = identify(source, null, null, config);
  return who.via === 'config' ? { ...f, person: who.id } : f;
}
