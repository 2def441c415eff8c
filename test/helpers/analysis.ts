/** Hand-built analyses for unit tests: occurrences given in report-zone wall-clock times. */
import { DateTime } from 'luxon';
import type { Analysis } from '../../src/types.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config, Person, Thresholds } from '../../src/config/types.js';
import { makeTagged } from './occurrence.js';
import type { CalendarSummary, ReportWindow, TaggedOccurrence } from '../../src/types.js';

export const ZONE = 'Europe/London';

export function at(local: string, zone = ZONE): number {
  return DateTime.fromISO(local, { zone }).toMillis();
}

/** A window of whole ISO weeks, e.g. weeksWindow('2026-W46', '2026-W47'). */
export function weeksWindow(first: string, last: string = first, zone = ZONE): ReportWindow {
  const monday = (w: string): DateTime => {
    const [y, n] = w.split('-W').map(Number);
    return DateTime.fromObject({ weekYear: y!, weekNumber: n!, weekday: 1 }, { zone });
  };
  const start = monday(first);
  const end = monday(last).plus({ days: 7 });
  const weeks: string[] = [];
  for (let d = start; d < end; d = d.plus({ days: 7 }))
    weeks.push(`${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`);
  return {
    start: start.toMillis(),
    end: end.toMillis(),
    zone,
    weeks,
    from: start.toISODate()!,
    to: end.minus({ days: 1 }).toISODate()!,
  };
}

let counter = 0;

/** A counted meeting from local start to local end (same day), tagged as given. */
export function occ(
  person: string,
  startLocal: string,
  endLocal: string,
  extra: Partial<TaggedOccurrence> = {},
): TaggedOccurrence {
  const start = at(startLocal);
  const end = at(endLocal);
  counter += 1;
  return makeTagged({
    person,
    calendar: `${person}.ics`,
    uid: `uid-${counter}`,
    start,
    end,
    title: `Meeting ${counter}`,
    ...extra,
  });
}

/** An all-day absence on one local date. */
export function leave(person: string, date: string): TaggedOccurrence {
  const start = DateTime.fromISO(date, { zone: ZONE });
  return occ(person, start.toISO()!, start.plus({ days: 1 }).toISO()!, {
    status: 'all-day',
    counts: false,
    absence: true,
    title: 'Annual leave',
  });
}

export function person(
  id: string,
  overrides: Partial<Person> = {},
  thresholds: Partial<Thresholds> = {},
): Person {
  return {
    id,
    name: `Person ${id}`,
    role: 'Executive',
    authority: 'executive',
    emails: [],
    calendars: [],
    contractedHours: 37.5,
    covers: [],
    thresholds: { warn: 0.75, critical: 1.0, ...thresholds },
    ...overrides,
  };
}

export function config(people: Person[] = [], overrides: Partial<Config> = {}): Config {
  return { ...defaultConfig(ZONE), people, ...overrides };
}

export function calendar(
  name: string,
  personId: string,
  overrides: Partial<CalendarSummary> = {},
): CalendarSummary {
  return {
    name,
    person: personId,
    calendarName: null,
    producer: 'other',
    events: 10,
    occurrences: 10,
    firstStart: null,
    lastEnd: null,
    busyOnlyTitles: 0,
    timedEvents: 10,
    ownerEmails: [],
    readable: true,
    ...overrides,
  };
}

export function analysis(
  window: ReportWindow,
  occurrences: TaggedOccurrence[],
  cfg: Config = config(),
  calendars: CalendarSummary[] = [],
): Analysis {
  return { config: cfg, window, calendars, occurrences, history: [], findings: [] };
}
