import type { Config } from '../config/types.js';
import { readCalendar, type CalendarRead, type IngestOptions } from '../ingest/read-calendar.js';
import type { eventTagger, Tag } from '../tag/index.js';
import type { CalendarSource, ReportWindow } from '../types.js';

/** One calendar ingested, with the tag of each of its events (CalendarRead.events). */
export interface TaggedRead {
  read: CalendarRead;
  tags: Tag[];
}

export interface WorkerSetup {
  config: Config;
  window: ReportWindow;
  options: IngestOptions;
}

/** Reads one calendar and tags its events: each event once, whatever its number of occurrences. */
export function readAndTag(
  source: CalendarSource,
  setup: WorkerSetup,
  tagger: ReturnType<typeof eventTagger>,
): TaggedRead {
  const read = readCalendar(source, setup.config, setup.window, setup.options);
  return { read, tags: read.events.map(tagger) };
}
