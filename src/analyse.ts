import { DateTime } from 'luxon';
import type { Config } from './config/types.js';
import { ingestCalendars } from './ingest/ingest.js';
import { tagOccurrences } from './tag/index.js';
import type { Analysis, CalendarSource, ReportWindow } from './types.js';

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

/** ingest → tag. Pure: the sources are already read, the window and zone are given. */
export function analyse(input: AnalyseInput): Analysis {
  const { window } = input;
  const weeks = input.historyWeeks ?? 0;
  const readFrom =
    weeks > 0
      ? DateTime.fromMillis(window.start, { zone: window.zone }).minus({ weeks }).toMillis()
      : window.start;
  const ingested = ingestCalendars(input.sources, input.config, { ...window, start: readFrom });
  const tagged = tagOccurrences(ingested.occurrences, input.config);
  return {
    config: input.config,
    window,
    calendars: ingested.calendars,
    occurrences: weeks > 0 ? tagged.filter((o) => o.start >= window.start) : tagged,
    history: weeks > 0 ? tagged.filter((o) => o.start < window.start) : [],
    findings: ingested.findings,
  };
}
