import type { Config } from '../config/types.js';
import type { CalendarSource, CalendarSummary, Finding, Occurrence, ReportWindow } from '../types.js';
import { decodeCalendar } from './read/decode.js';
import {
  parseEvent,
  propertyName,
  type EventProblem,
  type LineEffects,
  type RawEvent,
} from './parse/event.js';
import { expandSeries } from './expand/expand.js';
import { FindingSink, type SinkState } from './finding-sink.js';
import { splitCalendar, type ContentLine } from './read/lines.js';
import { own } from './parse/own.js';
import { fileOwner, type FileOwner } from './owner.js';
import { identify, type Identity } from './person.js';
import { glance, outsideWindow } from './parse/prefilter.js';
import { groupSeries } from './expand/series.js';
import { statusOf, type StatusResult } from './status.js';
import { ianaRules } from './zones/zone-rules.js';
import { ZoneResolver } from './zones/zones.js';

export interface IngestOptions {
  /** Most instances of one event inside the window (FREQ=SECONDLY and friends). */
  maxInstancesPerEvent?: number;
  /** Most rule iterations for one event, before and inside the window. */
  maxIterationsPerEvent?: number;
  /** Most findings of one code per file; the rest are counted in one more finding. */
  maxFindingsPerCode?: number;
}

/** The fields of an event that its occurrences carry (and that tagging reads). */
export type EventFields = Pick<
  Occurrence,
  'uid' | 'private' | 'title' | 'description' | 'location' | 'categories' | 'organizer' | 'attendees'
>;

/** One instance of a series as read from its calendar, before it meets the person's other calendars. */
export interface InstanceRead {
  /** The series' UID, and with RECURRENCE-ID for a recurring one: what makes an instance the same across files. */
  key: string;
  uid: string;
  sequence: number;
  /** Index into CalendarRead.events. */
  event: number;
  start: number;
  end: number;
  recurrenceId: number | null;
  fallbackZone: string | null;
  /** The series recurs (RRULE or RDATE): its instances tell where the calendar's data ends. */
  recurs: boolean;
  status: StatusResult;
}

/**
 * What one calendar gives when read on its own: everything of ingest that needs no other calendar.
 * Plain data (no classes, no functions), so that a worker thread can send it to the main thread.
 */
export interface CalendarRead {
  /** The calendar's summary; `person` is filled in when ids are given across files. */
  summary: CalendarSummary;
  identity: Identity;
  /** The file's findings so far; the zone fall-backs are counted once duplicates are known. */
  findings: SinkState;
  events: EventFields[];
  instances: InstanceRead[];
  /** The zone a TZID that cannot be resolved falls back to. */
  fallbackZone: string;
}

function calendarProperty(lines: ContentLine[], name: string): string | null {
  const l = lines.find((x) => propertyName(x.text) === name);
  return l ? own(l.text.slice(l.text.indexOf(':') + 1).trim()) || null : null;
}

function producerOf(prodid: string | null): CalendarSummary['producer'] {
  const p = (prodid ?? '').toLowerCase();
  if (p.includes('microsoft')) return 'outlook';
  if (p.includes('google')) return 'google';
  if (p.includes('apple')) return 'apple';
  return 'other';
}

function problemFinding(p: EventProblem): Finding {
  const dropsEvent =
    p.code === 'ingest.missing-dtstart' ||
    p.code === 'ingest.bad-rrule' ||
    p.code === 'ingest.out-of-range' ||
    (p.code === 'ingest.bad-date' && p.data.property === 'DTSTART');
  return { ...p, severity: dropsEvent ? 'error' : 'warning' };
}

/**
 * One calendar's bytes to its instances in the window (read from `window.start`), each with its
 * status: decoded, split into events, each event that can reach the window parsed and expanded. Pure.
 */
export function readCalendar(
  source: CalendarSource,
  config: Config,
  window: ReportWindow,
  options: IngestOptions = {},
): CalendarRead {
  const sink = new FindingSink(source.name, options.maxFindingsPerCode ?? 20);
  const reportZone = ianaRules(window.zone)!;
  const summary: CalendarSummary = {
    name: source.name,
    person: '',
    calendarName: null,
    producer: 'other',
    events: 0,
    occurrences: 0,
    firstStart: null,
    lastEnd: null,
    busyOnlyTitles: 0,
    timedEvents: 0,
    ownerEmails: [],
    readable: false,
  };
  let fallback = reportZone;
  const result = (
    identity: Identity,
    events: EventFields[] = [],
    instances: InstanceRead[] = [],
  ): CalendarRead => ({
    summary,
    identity,
    findings: sink.state(),
    events,
    instances,
    fallbackZone: fallback.id,
  });
  const decoded = decodeCalendar(source.bytes);
  if (!decoded.ok) {
    const identity = identify(source, null, () => null, config);
    sink.add({ code: `ingest.${decoded.reason}`, severity: 'error' });
    return result(identity);
  }
  if (decoded.encoding === 'windows-1252')
    sink.add({ code: 'ingest.encoding', severity: 'warning', data: { encoding: 'Windows-1252' } });
  const split = splitCalendar(decoded.text);
  const calendarName = calendarProperty(split.properties, 'X-WR-CALNAME');
  // Reading every ATTENDEE and ORGANIZER line is left out when the config says whose file it is.
  let owner: { found: FileOwner | null } | undefined;
  const ownerOf = (): FileOwner | null => (owner ??= { found: fileOwner(calendarName, split.events) }).found;
  const identity = identify(source, calendarName, ownerOf, config);
  summary.calendarName = calendarName;
  summary.producer = producerOf(calendarProperty(split.properties, 'PRODID'));
  if (!split.looksLikeCalendar) {
    const html = /^\s*<|<html|<!doctype/i.test(decoded.text.slice(0, 2000));
    sink.add({ code: html ? 'ingest.html' : 'ingest.not-calendar', severity: 'error' });
    return result(identity);
  }
  summary.readable = true;
  for (const p of split.problems) sink.add({ ...p, severity: 'warning' });

  // Glance at every event; parse only those that can reach the window.
  const parsed: RawEvent[] = [];
  const skipped = new Map<string, number>();
  const effects: LineEffects = new Map();
  for (const block of split.events) {
    summary.events++;
    const g = glance(block);
    if (g.start !== null) summary.firstStart = Math.min(summary.firstStart ?? g.start, g.start);
    if (g.end !== null && !g.recurring) summary.lastEnd = Math.max(summary.lastEnd ?? g.end, g.end);
    if (outsideWindow(g, window.start, window.end)) {
      if (g.uid) skipped.set(g.uid, Math.max(skipped.get(g.uid) ?? -1, g.sequence));
      continue;
    }
    const e = parseEvent(block, effects);
    for (const p of e.problems) sink.add(problemFinding(p));
    // A value no client means (a DURATION of millennia) leaves the event out rather than guessing.
    if (e.problems.some((p) => p.code === 'ingest.out-of-range')) continue;
    if (!e.start) {
      if (!e.problems.some((p) => p.code === 'ingest.bad-date')) {
        sink.add({ code: 'ingest.missing-dtstart', severity: 'error', line: e.line });
      }
      continue;
    }
    if (!e.start.isDate) {
      summary.timedEvents++;
      if (/^\s*(busy|)\s*$/i.test(e.summary)) summary.busyOnlyTitles++;
    }
    parsed.push(e);
  }
  // A newer version of an event (higher SEQUENCE) that lies outside the window replaced the one inside it.
  const current =
    skipped.size === 0
      ? parsed
      : parsed.filter((e) => e.recurrenceId || (skipped.get(e.uid) ?? -1) <= e.sequence);
  if (summary.events === 0) sink.add({ code: 'ingest.no-events', severity: 'warning' });

  const configured = identity.person?.emails ?? [];
  const fromEvents = configured.length > 0 ? null : ownerOf();
  const owners = new Set(
    configured.length > 0 ? configured.map((e) => e.toLowerCase()) : fromEvents ? [fromEvents.email] : [],
  );
  summary.ownerEmails = [...owners];
  const xwr = calendarProperty(split.properties, 'X-WR-TIMEZONE');
  fallback = (xwr && ianaRules(xwr)) || reportZone;
  const ctx = {
    resolver: new ZoneResolver(split.timezones, reportZone, fallback),
    reportZone,
    windowStart: window.start,
    windowEnd: window.end,
    maxInstancesPerEvent: options.maxInstancesPerEvent ?? 10_000,
    maxIterationsPerEvent: options.maxIterationsPerEvent ?? 1_000_000,
  };
  const events: EventFields[] = [];
  const eventIndex = new Map<RawEvent, number>();
  const indexOf = (e: RawEvent, uid: string): number => {
    let i = eventIndex.get(e);
    if (i === undefined) {
      i = events.length;
      eventIndex.set(e, i);
      events.push({
        uid,
        private: e.private,
        title: e.summary,
        description: e.description,
        location: e.location,
        categories: e.categories,
        organizer: e.organizer,
        attendees: e.attendees,
      });
    }
    return i;
  };
  const instances: InstanceRead[] = [];
  for (const series of groupSeries(current)) {
    const problems: EventProblem[] = [];
    const expanded = expandSeries(series, ctx, problems);
    for (const p of problems) sink.add(problemFinding(p));
    const recurs = Boolean(series.master?.rrules.length || series.master?.rdates.length);
    for (const instance of expanded) {
      const e = instance.source;
      instances.push({
        key: instance.recurrenceId === null ? series.uid : `${series.uid}|${instance.recurrenceId}`,
        uid: series.uid,
        sequence: e.sequence,
        event: indexOf(e, series.uid),
        start: instance.start,
        end: instance.end,
        recurrenceId: instance.recurrenceId,
        fallbackZone: instance.fallbackZone,
        recurs,
        status: statusOf(e, instance.isDate || e.allDay, owners, config),
      });
    }
  }
  return result(identity, events, instances);
}
