import { DateTime } from 'luxon';
import type { Config } from './config/types.js';
import { readCalendars, readCalendarsHere } from './workers/calendars.js';
import type { CalendarSource, Finding, IngestResult, ReportWindow, TaggedOccurrence } from './types.js';

export interface AnalyseInput {
  config: Config;
  window: ReportWindow;
  sources: CalendarSource[];
  /**
   * Whole weeks before the window also read, only to give each person a baseline (their norm)
   * for the window's weeks. Default 0; the command line reads 12.
   */
  historyWeeks?: number;
}

/** Everything the reports are made from: the tagged occurrences in the window and what was found on the way. */
export interface Analysis {
  config: Config;
  window: ReportWindow;
  calendars: IngestResult['calendars'];
  occurrences: TaggedOccurrence[];
  /** Occurrences of the `historyWeeks` before the window: for baselines only, never reported. */
  history: TaggedOccurrence[];
  findings: Finding[];
}

/** ingest → tag, each calendar on its own, then merged. Pure: the sources are already read, the window and zone are given. */
export function analyse(input: AnalyseInput): Analysis {
  return split(input, readCalendarsHere(input.sources, input.config, readWindow(input)));
}

/** analyse, with the calendars read in worker threads when there are enough of them (see workers/calendars.ts). */
export async function analyseInParallel(input: AnalyseInput & { threads?: number }): Promise<Analysis> {
  const options = input.threads === undefined ? {} : { threads: input.threads };
  return split(input, await readCalendars(input.sources, input.config, readWindow(input), options));
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

/** The window's occurrences and the history before it. */
function split(input: AnalyseInput, ingested: IngestResult<TaggedOccurrence>): Analysis {
  const { window } = input;
  const weeks = input.historyWeeks ?? 0;
  const tagged = ingested.occurrences;
  return {
    config: input.config,
    window,
    calendars: ingested.calendars,
    occurrences: weeks > 0 ? tagged.filter((o) => o.start >= window.start) : tagged,
    history: weeks > 0 ? tagged.filter((o) => o.start < window.start) : [],
    findings: ingested.findings,
  };
}
