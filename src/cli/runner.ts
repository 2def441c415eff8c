import { formatFinding } from '../findings/format.js';
import { ofKind } from '../findings/kinds.js';
import { ExitCode, InputError } from '../errors.js';
import type { LoadedConfig } from '../config/file.js';
import { loadAnalysis, type LoadedAnalysis } from '../pipeline.js';
import type { Finding } from '../types.js';
import type { RunOptions } from './options.js';
import { printFindings, readStdin } from './output.js';
import { demoConfigPath } from './package-info.js';
import { startProgress } from './progress.js';

/** The demo trust's quarter, used when --demo is given without a window; --weeks N ends with its last week. */
export const DEMO_WINDOW = { from: '2026-09-28', to: '2026-12-27', lastWeek: '2026-W52' } as const;

/** One command's loaded input, plus what the command line decided about its output. */
export interface CommandRun extends LoadedAnalysis {
  /** ANSI colours on stdout (table formats only). */
  color: boolean;
}

/** Colour only on a terminal, never with NO_COLOR or --no-color; FORCE_COLOR asks for it in CI logs. */
export function useColor(options: {
  color?: boolean;
  out?: string | readonly string[];
  format?: string;
}): boolean {
  const toFile = [options.out ?? []].flat().some((o) => o !== '-');
  if (options.color === false || toFile || (options.format && options.format !== 'table')) return false;
  const env = process.env;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  return process.stdout.isTTY === true;
}

/** The window options, with --demo standing for the bundled trust's quarter when no window is given. */
export function windowOptions(options: RunOptions): Pick<RunOptions, 'week' | 'from' | 'to' | 'weeks'> {
  const { week, from, to, weeks } = options;
  if (!options.demo || week || from || to) return { week, from, to, weeks };
  return weeks !== undefined
    ? { week: DEMO_WINDOW.lastWeek, weeks }
    : { from: DEMO_WINDOW.from, to: DEMO_WINDOW.to };
}

/** Why nothing could be read, calendar by calendar, in one sentence. */
export function nothingReadSentence(findings: readonly Finding[]): string {
  const reasons = new Map<string, string>();
  for (const f of findings) {
    if (f.severity !== 'error' || !f.file || reasons.has(f.file)) continue;
    if (!ofKind(f, 'input', 'ingest')) continue;
    const sentence = f.code === 'input.unreadable' ? `${f.file}: ${f.data.reason}` : formatFinding(f);
    reasons.set(f.file, sentence.replace(/\.$/, ''));
  }
  const list = [...reasons.values()];
  if (list.length === 0) return 'no calendar could be read, so there is nothing to report';
  return `no calendar could be read, so there is nothing to report: ${list.join('; ')}`;
}

/** Config, window, reading (with progress on a terminal), ingest and tagging: what every command starts with. */
export async function loadRun(
  calendars: string[],
  options: RunOptions,
  loadedConfig?: LoadedConfig,
  lean = false,
): Promise<LoadedAnalysis> {
  const progress = startProgress('reading calendars');
  try {
    return await loadAnalysis({
      calendars,
      config: options.demo ? demoConfigPath : options.config,
      loadedConfig,
      timezone: options.tz,
      ...windowOptions(options),
      cwd: process.cwd(),
      now: new Date(),
      readStdin,
      lean,
    });
  } finally {
    progress.stop();
  }
}

/** The config file --demo or --config names (or the one in the working directory): for validate. */
export function configPath(options: RunOptions): string | undefined {
  return options.demo ? demoConfigPath : options.config;
}

/**
 * The one way in for every command that reads calendars: config, window (and --demo), reading with
 * progress on a terminal, ingest and tagging, the findings on stderr, --strict, and the rule that a
 * run where no calendar could be read has nothing to report (exit 3, one error, no output).
 */
export async function openRun(
  calendars: string[],
  options: RunOptions & { out?: string | readonly string[]; format?: string },
  /** The command reads nothing of an occurrence that only tagging reads (see LoadAnalysisOptions.lean). */
  { lean = false }: { lean?: boolean } = {},
): Promise<CommandRun> {
  const loaded = await loadRun(calendars, options, undefined, lean);
  if (loaded.readable === 0) throw new InputError('', nothingReadSentence(loaded.findings));
  printFindings(loaded.findings);
  if (loaded.inputFailed && options.strict) {
    throw new InputError('--strict', 'stopped because a calendar could not be read');
  }
  return { ...loaded, color: useColor(options) };
}

/** The exit code every command ends with: 3 when some input could not be read, else 1 on overload asked for by --fail-on. */
export function finishRun(run: Pick<LoadedAnalysis, 'inputFailed'>, overload = false): void {
  if (run.inputFailed) process.exitCode = ExitCode.input;
  else if (overload) process.exitCode = ExitCode.overload;
}
