import { loadAnalysis, type LoadedAnalysis } from '../load.js';
import { readStdin } from './output.js';
import { demoConfigPath } from './package-info.js';
import type { RunOptions } from './options.js';

/** The demo trust's quarter, used when --demo is given without a window. */
const DEMO_WINDOW = { from: '2026-09-28', to: '2026-12-27' };

export type Run = LoadedAnalysis;

/** From command-line options to an analysis; --demo stands for the bundled trust's config and quarter. */
export async function prepareRun(
  calendars: string[],
  options: RunOptions,
  io: { cwd: string; now: Date },
): Promise<Run> {
  const useDemoWindow = options.demo && !options.week && !options.from && !options.to;
  return loadAnalysis({
    calendars,
    config: options.demo ? demoConfigPath : options.config,
    timezone: options.tz,
    week: options.week,
    from: useDemoWindow ? DEMO_WINDOW.from : options.from,
    to: useDemoWindow ? DEMO_WINDOW.to : options.to,
    weeks: options.weeks,
    cwd: io.cwd,
    now: io.now,
    readStdin,
  });
}
