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
  const merger = new CalendarMerger(config, window);
  reads.forEach((read, i) => merger.add(sources[i]!, read, finish ? (p, e) => finish(p, i, e) : (p) => p));
  return merger.done();
}

interface Kept<T> {
  sequence: number;
  summary: CalendarSummary;
  pieces: T[];
}

/**
 * mergeCalendars one calendar at a time, in reading order: a caller that reads calendars as they come
 * (worker threads) merges each as soon as those before it are in, and lets its read go.
 */
export class CalendarMerger<T extends Occurrence = Occurrence> {
  private readonly calendars: CalendarSummary[] = [];
  private readonly findings: Finding[] = [];
  private readonly boundaries: ReturnType<typeof dayBoundaries>;
  /** person → instance key → the instance kept, with its pieces. */
  private readonly kept = new Map<string, Map<string, Kept<T>>>();
  private readonly ids: PersonIds;
  /** A recurrence id as text, once per instant: the same instance is in every attendee's calendar. */
  private readonly recurrenceIds = new Map<number, string>();
  /** Files read as one person because they share an owner address, for the "merged" finding. */
  private readonly byOwner = new Map<string, { person: string; email: string; files: string[] }>();
  /** done's answer: it counts each calendar's occurrences into its summary, which must happen once. */
  private result: IngestResult<T> | null = null;

  constructor(
    config: Config,
    private readonly window: ReportWindow,
  ) {
    this.boundaries = dayBoundaries(window);
    this.ids = new PersonIds(config);
  }

  /** The next calendar in reading order; `finish` makes each piece the occurrence kept (tags it, say), given its event's index. */
  add(source: SourceName, read: CalendarRead, finish: (piece: Occurrence, event: number) => T): void {
    if (this.result) throw new Error('a calendar added to a merge that is done');
    const { summary, identity } = read;
    const id = this.ids.idFor(identity, source);
    if (identity.via === 'owner' && identity.email) {
      const m = this.byOwner.get(identity.key) ?? { person: id, email: identity.email, files: [] };
      m.files.push(source.name);
      this.byOwner.set(identity.key, m);
    }
    summary.person = id;
    this.calendars.push(summary);
    const sink = FindingSink.from(read.findings);
    let seen = this.kept.get(id);
    if (!seen) this.kept.set(id, (seen = new Map()));
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
        pieces: this.piecesOf(source.name, id, read, instance, finish),
      });
    }
    for (const [zone, count] of fallbacks) {
      sink.add({
        code: 'ingest.zone-fallback',
        severity: 'warning',
        data: { zone, count, fallback: read.fallbackZone },
      });
    }
    this.findings.push(...sink.done());
  }

  /** Every calendar added: the occurrences by person, start and uid, the calendars and the findings (the same answer if asked again). */
  done(): IngestResult<T> {
    if (this.result) return this.result;
    const findings = [...this.findings];
    for (const m of this.byOwner.values()) {
      if (m.files.length < 2) continue;
      findings.push({
        code: 'ingest.merged-calendars',
        severity: 'warning',
        person: m.person,
        data: { person: m.person, email: m.email, files: m.files.join(', '), count: m.files.length },
      });
    }
    const occurrences: T[] = [];
    for (const instances of this.kept.values()) {
      for (const k of instances.values()) {
        k.summary.occurrences += k.pieces.length;
        for (const piece of k.pieces) occurrences.push(piece);
      }
    }
    occurrences.sort(byPersonStartUid);
    this.result = { occurrences, calendars: this.calendars, findings };
    return this.result;
  }

  private recurrenceIdText(ms: number): string {
    let text = this.recurrenceIds.get(ms);
    if (text === undefined) this.recurrenceIds.set(ms, (text = toIsoInZone(ms, this.window.zone)));
    return text;
  }

  private piecesOf(
    calendar: string,
    person: string,
    read: CalendarRead,
    instance: InstanceRead,
    finish: (piece: Occurrence, event: number) => T,
  ): T[] {
    const e = read.events[instance.event]!;
    const status = instance.status;
    const recurrenceId = instance.recurrenceId === null ? null : this.recurrenceIdText(instance.recurrenceId);
    return splitAtDays(instance.start, instance.end, this.boundaries).map(([start, end]) => {
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
      return finish(piece, instance.event);
    });
  }
}
