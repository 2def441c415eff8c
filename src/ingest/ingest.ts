import type { Config } from '../config/types.js';
import type {
  CalendarSource,
  CalendarSummary,
  Finding,
  FindingCode,
  IngestResult,
  Occurrence,
  ReportWindow,
} from '../types.js';
import type { FindingValue } from '../findings/types.js';
import { decodeCalendar } from './decode.js';
import { parseEvent, propertyName, type EventProblem, type RawEvent } from './event.js';
import { expandSeries, type Instance } from './expand.js';
import { splitCalendar, unfoldLines, type ContentLine } from './lines.js';
import { byPersonStartUid } from './order.js';
import { fileOwner } from './owner.js';
import { identify, PersonIds, type Identity } from './person.js';
import { glance, outsideWindow } from './prefilter.js';
import { groupSeries } from './series.js';
import { dayBoundaries, splitAtDays } from './split.js';
import { statusOf } from './status.js';
import { ianaRules } from './zone-rules.js';
import { ZoneResolver } from './zones.js';
import { toIsoInZone } from './iso.js';
import { own } from './own.js';

export interface IngestOptions {
  /** Most instances of one event inside the window (FREQ=SECONDLY and friends). */
  maxInstancesPerEvent?: number;
  /** Most rule iterations for one event, before and inside the window. */
  maxIterationsPerEvent?: number;
  /** Most findings of one code per file; the rest are counted in one more finding. */
  maxFindingsPerCode?: number;
}

const HOUR = 3_600_000;

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
  const calendars: CalendarSummary[] = [];
  const findings: Finding[] = [];
  const boundaries = dayBoundaries(window);
  /**
   * Per person, each instance once: a single event by its UID, a recurring one by UID and
   * RECURRENCE-ID, across all of that person's calendars. The higher SEQUENCE wins (first seen on a tie).
   */
  const kept = new Map<
    string,
    Map<string, { sequence: number; summary: CalendarSummary; pieces: Occurrence[] }>
  >();
  const reportZone = ianaRules(window.zone)!;
  const ids = new PersonIds(config);
  /** Files read as one person because they share an owner address, for the "merged" finding. */
  const byOwner = new Map<string, { person: string; email: string; files: string[] }>();
  for (const source of [...sources].sort((a, b) => a.name.localeCompare(b.name))) {
    const result = ingestOne(source);
    calendars.push(result);
  }
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

  function ingestOne(source: CalendarSource): CalendarSummary {
    const fileFindings = new FindingSink(source.name, options.maxFindingsPerCode ?? 20);
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
    const decoded = decodeCalendar(source.bytes);
    const personOf = (identity: Identity): string => {
      const id = ids.idFor(identity, source);
      if (identity.via === 'owner' && identity.email) {
        const m = byOwner.get(identity.key) ?? { person: id, email: identity.email, files: [] };
        m.files.push(source.name);
        byOwner.set(identity.key, m);
      }
      return id;
    };
    if (!decoded.ok) {
      summary.person = personOf(identify(source, null, null, config));
      fileFindings.add({ code: `ingest.${decoded.reason}`, severity: 'error' });
      findings.push(...fileFindings.done());
      return summary;
    }
    if (decoded.encoding === 'windows-1252')
      fileFindings.add({ code: 'ingest.encoding', severity: 'warning', data: { encoding: 'Windows-1252' } });
    const split = splitCalendar(unfoldLines(decoded.text));
    const calendarName = calendarProperty(split.properties, 'X-WR-CALNAME');
    const owner = fileOwner(calendarName, split.events);
    const identity = identify(source, calendarName, owner, config);
    const who = { id: personOf(identity), person: identity.person };
    Object.assign(summary, {
      person: who.id,
      calendarName,
      producer: producerOf(calendarProperty(split.properties, 'PRODID')),
    });
    if (!split.looksLikeCalendar) {
      const html = /^\s*<|<html|<!doctype/i.test(decoded.text.slice(0, 2000));
      fileFindings.add({ code: html ? 'ingest.html' : 'ingest.not-calendar', severity: 'error' });
      findings.push(...fileFindings.done());
      return summary;
    }
    summary.readable = true;
    for (const p of split.problems) fileFindings.add({ ...p, severity: 'warning' });

    // Glance at every event; parse only those that can reach the window.
    const events: RawEvent[] = [];
    const skipped = new Map<string, number>();
    for (const block of split.events) {
      summary.events++;
      const g = glance(block);
      if (g.start !== null) summary.firstStart = Math.min(summary.firstStart ?? g.start, g.start);
      if (g.end !== null && !g.recurring) summary.lastEnd = Math.max(summary.lastEnd ?? g.end, g.end);
      if (outsideWindow(g, window.start, window.end)) {
        if (g.uid) skipped.set(g.uid, Math.max(skipped.get(g.uid) ?? -1, g.sequence));
        continue;
      }
      const e = parseEvent(block);
      for (const p of e.problems) fileFindings.add(problemFinding(p));
      // A value no client means (a DURATION of millennia) leaves the event out rather than guessing.
      if (e.problems.some((p) => p.code === 'ingest.out-of-range')) continue;
      if (!e.start) {
        if (!e.problems.some((p) => p.code === 'ingest.bad-date')) {
          fileFindings.add({ code: 'ingest.missing-dtstart', severity: 'error', line: e.line });
        }
        continue;
      }
      if (!e.start.isDate) {
        summary.timedEvents++;
        if (/^\s*(busy|)\s*$/i.test(e.summary)) summary.busyOnlyTitles++;
      }
      events.push(e);
    }
    // A newer version of an event (higher SEQUENCE) that lies outside the window replaced the one inside it.
    const current =
      skipped.size === 0
        ? events
        : events.filter((e) => e.recurrenceId || (skipped.get(e.uid) ?? -1) <= e.sequence);
    if (summary.events === 0) fileFindings.add({ code: 'ingest.no-events', severity: 'warning' });

    const configured = who.person?.emails ?? [];
    const owners = new Set(
      configured.length > 0 ? configured.map((e) => e.toLowerCase()) : owner ? [owner.email] : [],
    );
    summary.ownerEmails = [...owners];
    const xwr = calendarProperty(split.properties, 'X-WR-TIMEZONE');
    const fileDefault = (xwr && ianaRules(xwr)) || reportZone;
    const resolver = new ZoneResolver(split.timezones, reportZone, fileDefault);
    const ctx = {
      resolver,
      reportZone,
      windowStart: window.start,
      windowEnd: window.end,
      maxInstancesPerEvent: options.maxInstancesPerEvent ?? 10_000,
      maxIterationsPerEvent: options.maxIterationsPerEvent ?? 1_000_000,
    };
    let seen = kept.get(who.id);
    if (!seen) kept.set(who.id, (seen = new Map()));
    const fallbacks = new Map<string, number>();
    for (const series of groupSeries(current)) {
      const problems: EventProblem[] = [];
      const instances = expandSeries(series, ctx, problems);
      for (const p of problems) fileFindings.add(problemFinding(p));
      for (const instance of instances) {
        const key = instance.recurrenceId === null ? series.uid : `${series.uid}|${instance.recurrenceId}`;
        const before = seen.get(key);
        if (before && before.sequence >= instance.source.sequence) continue;
        if (instance.fallbackZone)
          fallbacks.set(instance.fallbackZone, (fallbacks.get(instance.fallbackZone) ?? 0) + 1);
        if (series.master?.rrules.length || series.master?.rdates.length) {
          summary.lastEnd = Math.max(summary.lastEnd ?? instance.end, instance.end);
        }
        seen.set(key, {
          sequence: instance.source.sequence,
          summary,
          pieces: piecesOf(source, who.id, series.uid, instance, owners),
        });
      }
    }
    for (const [zone, count] of fallbacks) {
      fileFindings.add({
        code: 'ingest.zone-fallback',
        severity: 'warning',
        data: { zone, count, fallback: fileDefault.id },
      });
    }
    findings.push(...fileFindings.done());
    return summary;
  }

  function piecesOf(
    source: CalendarSource,
    person: string,
    uid: string,
    instance: Instance,
    owners: Set<string>,
  ): Occurrence[] {
    const e = instance.source;
    const status = statusOf(e, instance.isDate || e.allDay, owners, config);
    return splitAtDays(instance.start, instance.end, boundaries).map(([start, end]) => ({
      person,
      calendar: source.name,
      uid,
      recurrenceId: instance.recurrenceId === null ? null : toIsoInZone(instance.recurrenceId, window.zone),
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
      title: e.summary,
      description: e.description,
      location: e.location,
      categories: e.categories,
      organizer: e.organizer,
      attendees: e.attendees,
      zoneFallback: instance.fallbackZone === null ? null : own(instance.fallbackZone),
    }));
  }
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
 * A finding's values (often cut from the file, such as a bad date) copied out of the file's text,
 * with control characters (an unescaped "\n" in a TZID) as spaces: a finding is one line.
 */
function ownData<D extends Readonly<Record<string, FindingValue>>>(data: D): D {
  const out: Record<string, FindingValue> = {};
  for (const [k, v] of Object.entries(data)) {
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    out[k] = typeof v === 'string' ? own(v.replace(/[\u0000-\u001f\u007f]+/g, ' ')) : v;
  }
  // The same keys with the same kinds of value: only the text of strings changed.
  return out as D;
}

/** A finding of the file, its data owned. */
function placed<F extends Finding>(f: F, file: string): F {
  return { ...f, file, ...(f.data && { data: ownData(f.data) }) };
}

/** Collects a file's findings, keeping at most N of each code and counting the rest. */
class FindingSink {
  private readonly list: Finding[] = [];
  private readonly counts = new Map<FindingCode, number>();
  constructor(
    private readonly file: string,
    private readonly max: number,
  ) {}
  add(f: Finding): void {
    const n = (this.counts.get(f.code) ?? 0) + 1;
    this.counts.set(f.code, n);
    if (n <= this.max) this.list.push(placed(f, this.file));
  }
  done(): Finding[] {
    for (const [code, n] of this.counts) {
      if (n > this.max) {
        this.list.push({
          code: 'ingest.more-problems',
          severity: 'warning',
          file: this.file,
          data: { of: code, more: n - this.max },
        });
      }
    }
    return this.list;
  }
}
