import path from 'node:path';
import { analyse, type Analysis } from '../analyse.js';
import { loadConfig } from '../config/load.js';
import { UsageError } from '../errors.js';
import { readInputs } from '../ingest/read.js';
import type { Finding } from '../types.js';
import { resolveWindow } from '../window.js';
import { readStdin } from './output.js';
import { demoConfigPath } from './package-info.js';
import type { RunOptions } from './options.js';

/** The demo trust's quarter, used when --demo is given without a window. */
const DEMO_WINDOW = { from: '2026-09-28', to: '2026-12-27' };

export interface Run {
  analysis: Analysis;
  /** Config warnings, unreadable inputs and ingest findings, in that order. */
  findings: Finding[];
  /** True when some input could not be read (exit 3). */
  inputFailed: boolean;
}

/** From command-line options to an analysis: config, window, reading, then the pure pipeline. */
export async function prepareRun(
  calendars: string[],
  options: RunOptions,
  io: { cwd: string; now: Date },
): Promise<Run> {
  const configPath = options.demo ? demoConfigPath : options.config;
  const loaded = await loadConfig({ path: configPath, cwd: io.cwd, timezone: options.tz });
  const config = loaded.config;
  const useDemoWindow = options.demo && !options.week && !options.from && !options.to;
  const window = resolveWindow({
    week: options.week,
    from: useDemoWindow ? DEMO_WINDOW.from : options.from,
    to: useDemoWindow ? DEMO_WINDOW.to : options.to,
    weeks: options.weeks,
    zone: config.timezone,
    now: io.now,
  });
  const specs = calendars.length > 0 ? calendars : config.people.flatMap((p) => p.calendars);
  if (specs.length === 0) {
    throw new UsageError(
      'no calendars given: name .ics files or folders, use --demo, or list calendars under people in the config',
    );
  }
  const baseDir = calendars.length > 0 || !config.file ? io.cwd : path.dirname(config.file);
  const read = await readInputs(specs, { cwd: baseDir, readStdin });
  const analysis = analyse({ config, window, sources: read.sources });
  const findings = [...loaded.findings, ...read.findings, ...analysis.findings];
  return { analysis, findings, inputFailed: findings.some((f) => f.severity === 'error') };
}
