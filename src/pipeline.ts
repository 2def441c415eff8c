/**
 * The whole flow of a report, each stage called once, in the order it runs:
 *
 *   config → window → read → ingest → tag      loadAnalysis (analyse: ingest and tag each calendar, in worker
 *                                              threads when there are many, then merge them)
 *   → measure → detect → report                buildReport (the window's days indexed once, passed down)
 *   → suggest                                  withSuggestions (from the report's own person-weeks)
 *   → render                                   renderers[format](report) (src/render/)
 *
 * runReport is all of it in one call. The command line calls the same functions, stopping after tag
 * to print the findings so far, to stop on --strict, and (suggest --apply) to put a plan file in force.
 */
import { DateTime } from 'luxon';
import { calendarInputs, withOwner } from './calendar-inputs.js';
import { loadConfig, type LoadedConfig } from './config/file.js';
import type { Config } from './config/types.js';
import { detectFindings } from './detect/index.js';
import { findInputs, type CalendarInput } from './ingest/read/read.js';
import { BASELINE_WEEKS, measure } from './measure/index.js';
import { assembleReport, type BuildReportOptions } from './report/build.js';
import type { Report } from './report/types.js';
import type { SuggestionSet, SuggestOptions } from './suggest/types.js';
import type { Analysis, Finding, IngestResult, ReportWindow, TaggedOccurrence } from './types.js';
import { resolveWindow, type WindowOptions } from './window.js';
import { readCalendars, readCalendarsHere, type ReadCalendarsOptions } from './workers/calendars.js';

export interface AnalyseInput {
  config: Config;
  window: ReportWindow;
  /** Calendars read, or files to read as each is ingested (findInputs). */
  sources: readonly CalendarInput[];
  /** Whole weeks before the window also read, only for each person's baseline. Default 0; the command line reads 12. */
  historyWeeks?: number;
}

/** ingest → tag, each calendar on its own, then merged. Pure: the sources are already read, the window and zone are given. */
export function analyse(input: AnalyseInput): Analysis {
  return analysisOf(input, readCalendarsHere(input.sources, input.config, readWindow(input)));
}

/**
 * analyse, with the calendars ingested and tagged in worker threads when there are enough of them
 * (see workers/calendars.ts): the same result.
 */
export async function analyseInParallel(input: AnalyseInput & ReadCalendarsOptions): Promise<Analysis> {
  const { config, sources, window: _window, historyWeeks: _weeks, ...options } = input;
  return analysisOf(input, await readCalendars(sources, config, readWindow(input), options));
}

/** The window ingest reads: the report's, from `historyWeeks` before its start. */
function readWindow(input: AnalyseInput): ReportWindow {
  const { window } = input;
  const weeks = input.historyWeeks ?? 0;
  if (weeks <= 0) return window;
  return {
    ...window,
    start: DateTime.fromMillis(window.start, { zone: window.zone }).minus({ weeks }).toMillis(),
  };
}

/** The window's occurrences, and the history before it apart. */
function analysisOf(input: AnalyseInput, ingested: IngestResult<TaggedOccurrence>): Analysis {
  const { config, window } = input;
  const weeks = input.historyWeeks ?? 0;
  const tagged = ingested.occurrences;
  return {
    config,
    window,
    calendars: ingested.calendars,
    occurrences: weeks > 0 ? tagged.filter((o) => o.start >= window.start) : tagged,
    history: weeks > 0 ? tagged.filter((o) => o.start < window.start) : [],
    findings: ingested.findings,
  };
}

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
  /** Occurrences without what only tagging reads (ReadCalendarsOptions.lean): for report, suggest and export. */
  lean?: boolean;
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

/** config → window → read → ingest → tag. `now` is a parameter so that results are reproducible. */
export async function loadAnalysis(options: LoadAnalysisOptions): Promise<LoadedAnalysis> {
  const { config, findings: configFindings } =
    options.loadedConfig ??
    (await loadConfig({ path: options.config, cwd: options.cwd, timezone: options.timezone }));
  const window = resolveWindow({ ...options, zone: config.timezone });
  const { names, baseDir } = calendarInputs(options.calendars, config, options.cwd);
  // Files are read as they are ingested (by the worker threads, when there are any), one or two at
  // a time: the run never holds every calendar's bytes.
  const read = await findInputs(names, { cwd: baseDir, readStdin: options.readStdin });
  const analysis = await analyseInParallel({
    config,
    window,
    sources: read.inputs,
    historyWeeks: BASELINE_WEEKS,
    // Standard input and feeds were read for this alone: their bytes move to the threads that read them.
    transferBytes: true,
    lean: options.lean ?? false,
  });
  // A file that could not be read when its turn came is reported with those found unreadable before.
  const late = analysis.findings.filter(
    (f): f is Finding<'input.unreadable'> => f.code === 'input.unreadable',
  );
  const rest =
    late.length === 0 ? analysis.findings : analysis.findings.filter((f) => f.code !== 'input.unreadable');
  const unread = [...read.findings, ...late].map((f) => withOwner(f, baseDir, config));
  const findings = [...configFindings, ...unread, ...rest];
  return {
    analysis,
    findings,
    inputFailed: findings.some((f) => f.severity === 'error'),
    readable: analysis.calendars.filter((c) => c.readable).length,
  };
}

/** measure → detect → report, without suggestions (synchronous: the lead plan's solver is not needed). */
export function buildReport(analysis: Analysis, options: BuildReportOptions): Report {
  const measurement = measure(analysis);
  const flags = detectFindings(analysis, measurement);
  return assembleReport(analysis, measurement, flags, options);
}

/** suggest: the redistribution of a built report, from its own person-weeks (so the figures agree). */
export async function withSuggestions(
  report: Report,
  analysis: Analysis,
  options: SuggestOptions = {},
): Promise<Report & { suggestions: SuggestionSet }> {
  // Loaded when asked for, so that export, explain and validate never load the lead plan's solver.
  const { suggest } = await import('./suggest/index.js');
  const suggestions = await suggest(
    { analysis, personWeeks: report.personWeeks },
    { redact: report.redacted, ...options },
  );
  return { ...report, suggestions };
}

export interface RunReportOptions extends LoadAnalysisOptions {
  /** Hide every meeting title. */
  redact: boolean;
  /** ISO 8601 timestamp to stamp the report with; default the end of the window (the data's date). */
  generatedAt?: string;
  /** Options of the suggestions; false leaves them out. */
  suggest?: SuggestOptions | false;
}

/** From calendars to the report, the whole flow; render it with renderers[format](run.report, …). */
export async function runReport(options: RunReportOptions): Promise<LoadedAnalysis & { report: Report }> {
  const run = await loadAnalysis(options);
  const { redact, generatedAt } = options;
  // The trend shows the window's weeks: with --weeks N, the last N.
  const weeks = options.weeks === undefined ? undefined : Number(options.weeks);
  const report = buildReport(run.analysis, { weeks, redact, generatedAt, findings: run.findings });
  if (options.suggest === false) return { ...run, report };
  return { ...run, report: await withSuggestions(report, run.analysis, options.suggest) };
}
