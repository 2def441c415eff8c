import type { Config } from './config/types.js';
import { ingestCalendars } from './ingest/ingest.js';
import { tagOccurrences } from './tag/index.js';
import type { CalendarSource, Finding, IngestResult, ReportWindow, TaggedOccurrence } from './types.js';

export interface AnalyseInput {
  config: Config;
  window: ReportWindow;
  sources: CalendarSource[];
}

/** Everything the reports are made from: the tagged occurrences in the window and what was found on the way. */
export interface Analysis {
  config: Config;
  window: ReportWindow;
  calendars: IngestResult['calendars'];
  occurrences: TaggedOccurrence[];
  findings: Finding[];
}

/** ingest → tag. Pure: the sources are already read, the window and zone are given. */
export function analyse(input: AnalyseInput): Analysis {
  const ingested = ingestCalendars(input.sources, input.config, input.window);
  const occurrences = tagOccurrences(ingested.occurrences, input.config);
  return {
    config: input.config,
    window: input.window,
    calendars: ingested.calendars,
    occurrences,
    findings: ingested.findings,
  };
}
