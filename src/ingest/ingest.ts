import type { Config } from '../config/types.js';
import type {
  CalendarSource,
  CalendarSummary,
  Finding,
  IngestResult,
  Occurrence,
  ReportWindow,
} from '../types.js';
import { FindingSink } from './finding-sink.js';
import { toIsoInZone } from './zones/iso.js';
import { byPersonStartUid } from './order.js';
import { own } from './parse/own.js';
import { PersonIds } from './person.js';
import { readCalendar, type CalendarRead, type IngestOptions, type InstanceRead } from './read-calendar.js';
import { dayBoundaries, splitAtDays } from './expand/split.js';

export type { IngestOptions } from './read-calendar.js';

const HOUR = 3_600_000;

/** What merging needs of a source: its name (its bytes are read by then). */
export type SourceName = Pick<CalendarSource, 'name'>;

/** Sources in the order ingest reads them: by name, so that ids and duplicates do not depend on the order given. */
export function inReadingOrder<T extends { name: string }>(sources: readonly T[]): T[] {
  return [...sources].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Calendars to occurrences: each calendar is decoded, split into events, expanded within the window,
 * given a status, split at day boundaries in the report zone and de-duplicated per person
 * (same UID and RECURRENCE-ID counts once). Pure: the bytes are already read.
 */
export function ingestCalendars(
  sources: CalendarSource[],
  config: Config,
  window: ReportWindow,
  options: IngestOptions = {},
): IngestResult {
  const ordered = inReadingOrder(sources);
  return mergeCalendars(
    ordered,
    ordered.map((s) => readCalendar(s, config, window, options)),
    config,
    window,
  );
}

/**
 * The part of ingest that needs every calendar: person ids unique across files, files of one owner
 * read as one person, and each instance once per person across that person's calendars (the higher
 * SEQUENCE wins, the first seen on a tie). `reads[i]` is `readCalendar(sources[i])`, in reading order.
 */
export function mergeCalendars(
  sources: readonly SourceName[],
  reads: readonly CalendarRead[],
  config: Config,
  window: ReportWindow,
): IngestResult;
/** mergeCalendars, each piece passed through `finish` (tagging, say) with its calendar's index and its event's. */
export function mergeCalendars<T extends Occurrence>(
  sources: readonly SourceName[],
  reads: readonly CalendarRead[],
  config: Config,
  window: ReportWindow,
  finish: (piece: Occurrence, read: number, event: number) => T,
): IngestResult<T>;
export function mergeCalendars(
  sources: readonly SourceName[],
  reads: readonly CalendarRead[],
  config: Config,
  window: ReportWindow,
  finish?: (piece: Occurrence, read: number, event: number) => Occurrence,
): IngestResult {
  const calendars: CalendarSummary[] = [];
  const findings: Finding[] = [];
  const boundaries = dayBoundaries(window);
  const kept = new Map<
    string,
    Map<string, { sequence: number; summary: CalendarSummary; pieces: Occurrence[] }>
  >();
  const ids = new PersonIds(config);
  // A recurrence id as text, once per instant: the same instance is in every attendee's calendar.
  const recurrenceIds = new Map<number, string>();
  const recurrenceIdText = (ms: number): string => {
    let text = recurrenceIds.get(ms);
    if (text === undefined) recurrenceIds.set(ms, (text = toIsoInZone(ms, window.zone)));
    return text;
  };
  /** Files read as one person because they share an owner address, for the "merged" finding. */
  const byOwner = new Map<string, { person: string; email: string; files: string[] }>();
  reads.forEach((read, i) => {
    const source = sources[i]!;
    const { summary, identity } = read;
    const id = ids.idFor(identity, source);
    if (identity.via === 'owner' && identity.email) {
      const m = byOwner.get(identity.key) ?? { person: id, email: identity.email, files: [] };
      m.files.push(source.name);
      byOwner.set(identity.key, m);
    }
    summary.person = id;
    calendars.push(summary);
    const sink = FindingSink.from(read.findings);
    let seen = kept.get(id);
    if (!seen) kept.set(id, (seen = new Map()));
    const fallbacks = new Map<string, number>();
    for (const instance of read.instances) {
      const before = seen.get(instance.key);
      if (before && before.sequence >= instance.sequence) continue;
      if (instance.fallbackZone)
        fallbacks.set(instance.fallbackZone, (fallbacks.get(instance.fallbackZone) ?? 0) + 1);
      if (instance.recurs) summary.lastEnd = Math.max(summary.lastEnd ?? instance.end, instance.end);
      seen.set(instance.key, {
        sequence: instance.sequence,
        summary,
        pieces: piecesOf(source.name, id, i, instance),
      });
    }
    for (const [zone, count] of fallbacks) {
      sink.add({
        code: 'ingest.zone-fallback',
        severity: 'warning',
        data: { zone, count, fallback: read.fallbackZone },
      });
    }
    findings.push(...sink.done());
  });
  for (const m of byOwner.values()) {
    if (m.files.length < 2) continue;
    findings.push({
      code: 'ingest.merged-calendars',
      severity: 'warning',
      person: m.person,
      data: { person: m.person, email: m.email, files: m.files.join(', '), count: m.files.length },
    });
  }
  const occurrences: Occurrence[] = [];
  for (const instances of kept.values()) {
    for (const k of instances.values()) {
      k.summary.occurrences += k.pieces.length;
      for (const piece of k.pieces) occurrences.push(piece);
    }
  }
  occurrences.sort(byPersonStartUid);
  return { occurrences, calendars, findings };

  function piecesOf(calendar: string, person: string, read: number, instance: InstanceRead): Occurrence[] {
    const e = reads[read]!.events[instance.event]!;
    const status = instance.status;
    const recurrenceId = instance.recurrenceId === null ? null : recurrenceIdText(instance.recurrenceId);
    return splitAtDays(instance.start, instance.end, boundaries).map(([start, end]) => {
      const piece: Occurrence = {
        person,
        calendar,
        uid: instance.uid,
        recurrenceId,
        start,
        end,
        occurrenceStart: instance.start,
        occurrenceEnd: instance.end,
        hours: (end - start) / HOUR,
        status: status.status,
        counts: status.counts,
        statusReason: status.reason,
        response: status.response,
        recurring: instance.recurrenceId !== null,
        absence: status.absence,
        private: e.private,
        title: e.title,
        description: e.description,
        location: e.location,
        categories: e.categories,
        organizer: e.organizer,
        attendees: e.attendees,
        zoneFallback: instance.fallbackZone === null ? null : own(instance.fallbackZone),
      };
      return finish ? finish(piece, read, instance.event) : piece;
    });
  }
}
