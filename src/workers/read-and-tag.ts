import type { Config } from '../config/types.js';
import { readCalendar, type CalendarRead, type IngestOptions } from '../ingest/read-calendar.js';
import type { eventTagger, Tag } from '../tag/index.js';
import type { Attendee, CalendarSource, ReportWindow } from '../types.js';

/** One calendar ingested, with the tag of each of its events (CalendarRead.events). */
export interface TaggedRead {
  read: CalendarRead;
  tags: Tag[];
}

export interface WorkerSetup {
  config: Config;
  window: ReportWindow;
  options: IngestOptions;
  /** Leave out what only tagging reads, once it has read it (see ReadCalendarsOptions.lean). */
  lean?: boolean;
}

/** Reads one calendar and tags its events: each event once, whatever its number of occurrences. */
export function readAndTag(
  source: CalendarSource,
  setup: WorkerSetup,
  tagger: ReturnType<typeof eventTagger>,
): TaggedRead {
  const read = readCalendar(source, setup.config, setup.window, setup.options);
  const tags = read.events.map(tagger);
  return { read: setup.lean ? leanRead(read) : read, tags };
}

/**
 * The read with each event's description, location, categories, organizer and attendees left
 * empty: tagging has read them, and nothing after it does (measure, detect, report, suggest,
 * export). The calendar's events share one empty list of each.
 */
function leanRead(read: CalendarRead): CalendarRead {
  const categories: string[] = [];
  const attendees: Attendee[] = [];
  const events = read.events.map((e) => ({
    uid: e.uid,
    private: e.private,
    title: e.title,
    description: '',
    location: '',
    categories,
    organizer: null,
    attendees,
  }));
  return { ...read, events };
}
