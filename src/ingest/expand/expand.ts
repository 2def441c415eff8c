import { fromWall, toWall, type CalTime, type Duration } from '../parse/datetime.js';
import type { EventProblem, RawEvent } from '../parse/event.js';
import { expandRule } from './recurrence.js';
import { RuleError } from './rrule/rule.js';
import type { Series } from './series.js';
import type { ZoneResolver } from '../zones/zones.js';
import { instantToLocal, localToInstant, type ZoneRules } from '../zones/zone-rules.js';

/** One instance of a series, with the component whose properties it carries. */
export interface Instance {
  start: number;
  end: number;
  source: RawEvent;
  /** Instant of the instance's original start, for recurring series; else null. */
  recurrenceId: number | null;
  isDate: boolean;
  /** TZID that fell back to the default zone, if any. */
  fallbackZone: string | null;
}

export interface ExpandContext {
  resolver: ZoneResolver;
  /** Rules of the report zone, for all-day (DATE) values. */
  reportZone: ZoneRules;
  windowStart: number;
  windowEnd: number;
  maxInstancesPerEvent: number;
  maxIterationsPerEvent: number;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

interface Timed {
  instant: number;
  rules: ZoneRules;
  fallback: string | null;
}

function timeOf(t: CalTime, ctx: ExpandContext): Timed {
  if (t.isDate) return { instant: localToInstant(t, ctx.reportZone), rules: ctx.reportZone, fallback: null };
  const z = ctx.resolver.resolve(t.tzid, t.utc);
  return {
    instant: localToInstant(t, z.rules),
    rules: z.rules,
    fallback: z.via === 'fallback' ? t.tzid : null,
  };
}

/**
 * How long an event lasts. `ms` counts each nominal day as 24 h (for bounds and DATE events); the
 * `days` of a DURATION are nominal in `rules` (RFC 5545 §3.3.6: P1D over a clock change is 23 or 25 h).
 */
interface Length {
  ms: number;
  days: number;
  rules: ZoneRules;
}

/** The end of an instance starting at `start`. */
function endAfter(start: number, len: Length): number {
  if (len.days === 0) return start + len.ms;
  const wall = toWall(instantToLocal(start, len.rules)) + len.days * DAY;
  return localToInstant(fromWall(wall), len.rules) + (len.ms - len.days * DAY);
}

function durationLength(d: Duration, rules: ZoneRules): Length {
  return { ms: (d.days * 86_400 + d.seconds) * 1000, days: d.days, rules };
}

/**
 * Length of an event: DTEND − DTSTART, else DURATION, else 0 (a DATE start lasts one day).
 * For a DATE start the result is whole days, applied to local dates.
 */
function durationOf(e: RawEvent, start: Timed, ctx: ExpandContext, problems: EventProblem[]): Length {
  let len: Length;
  if (e.end) {
    const ms =
      e.start!.isDate && e.end.isDate
        ? toWall(e.end) - toWall(e.start!)
        : timeOf(e.end, ctx).instant - start.instant;
    len = { ms, days: 0, rules: start.rules };
  } else if (e.duration !== null) {
    len = e.start!.isDate
      ? { ms: (e.duration.days * 86_400 + e.duration.seconds) * 1000, days: 0, rules: start.rules }
      : durationLength(e.duration, start.rules);
  } else {
    len = { ms: e.start!.isDate ? DAY : 0, days: 0, rules: start.rules };
  }
  if (len.ms < 0 || (len.days !== 0 && endAfter(start.instant, len) < start.instant)) {
    problems.push({ line: e.line, code: 'ingest.negative-duration', data: { uid: e.uid } });
    return { ms: 0, days: 0, rules: start.rules };
  }
  return len;
}

/** Instances of a DATE series keep whole local days in the report zone. */
function dateInstance(wall: number, days: number, ctx: ExpandContext): { start: number; end: number } {
  const start = localToInstant(fromWall(wall), ctx.reportZone);
  return { start, end: days > 0 ? localToInstant(fromWall(wall + days), ctx.reportZone) : start };
}

function overlaps(start: number, end: number, ctx: ExpandContext): boolean {
  return end > ctx.windowStart
    ? start < ctx.windowEnd
    : start === end && start >= ctx.windowStart && start < ctx.windowEnd;
}

/** Whether an instance (by original start) is named by an EXDATE: same instant, or same local date for DATE values. */
function excluder(master: RawEvent, ctx: ExpandContext): (original: number, wall: number) => boolean {
  const instants = new Set<number>();
  const dates = new Set<number>();
  for (const x of master.exdates) {
    if (x.isDate || master.start?.isDate) dates.add(Date.UTC(x.year, x.month - 1, x.day));
    else instants.add(timeOf(x, ctx).instant);
  }
  return (original, wall) =>
    instants.has(original) || (dates.size > 0 && dates.has(wall - (((wall % DAY) + DAY) % DAY)));
}

function isoWritten(t: CalTime): string {
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  const date = `${p(t.year, 4)}${p(t.month)}${p(t.day)}`;
  return t.isDate ? date : `${date}T${p(t.hour)}${p(t.minute)}${p(t.second)}${t.utc ? 'Z' : ''}`;
}

/**
 * A recurring master's instances (original starts, EXDATEs left out) on one local date of its zone:
 * the date of `instant` there, or a given date (ms of its midnight, as if UTC).
 */
function instancesOnDay(
  m: RawEvent,
  start: Timed,
  ctx: ExpandContext,
): (instant: number, day: number | null, skipExcluded: boolean) => number[] {
  const isExcluded = excluder(m, ctx);
  const firstWall = toWall(m.start!);
  return (instant, day, skipExcluded) => {
    const wall = toWall(instantToLocal(instant, start.rules));
    const from = day ?? wall - (((wall % DAY) + DAY) % DAY);
    const to = from + DAY;
    const walls = new Set<number>();
    if (firstWall >= from && firstWall < to) walls.add(firstWall);
    for (const rule of m.rrules) {
      try {
        const x = expandRule(rule, m.start!, {
          startWall: from,
          endWall: to - 1,
          instantOf: (w) => localToInstant(fromWall(w), start.rules),
          reaches: () => true,
          maxInstances: 1000,
          maxIterations: ctx.maxIterationsPerEvent,
        });
        for (const w of x.walls) walls.add(w);
      } catch (err) {
        // A rule that cannot be read is reported, with the parser's reason, where the master is expanded.
        if (!(err instanceof RuleError)) throw err;
      }
    }
    const out: number[] = [];
    for (const w of walls) {
      const at = localToInstant(fromWall(w), start.rules);
      if (!skipExcluded || !isExcluded(at, w)) out.push(at);
    }
    for (const r of m.rdates) {
      const w = toWall(r.time);
      if (!r.time.isDate && w >= from && w < to) out.push(timeOf(r.time, ctx).instant);
    }
    return out;
  };
}

/**
 * All instances of a series that reach the window, applying RRULE, RDATE, EXDATE and RECURRENCE-ID
 * overrides (RANGE=THISANDFUTURE included). An override replaces the instance it names, wherever
 * either of them falls; a moved instance is kept or dropped by its actual time.
 */
export function expandSeries(series: Series, ctx: ExpandContext, problems: EventProblem[]): Instance[] {
  const out: Instance[] = [];
  const master = series.master;
  // A private series stays private in its moved instances, even when an override omits CLASS.
  if (master?.private) for (const o of series.overrides) o.private = true;
  const overrides = new Map<number, RawEvent>();
  const futures: { from: number; shift: number; duration: Length; source: RawEvent }[] = [];
  const isExcluded = master ? excluder(master, ctx) : () => false;
  const matcher =
    master?.start && !master.start.isDate && (master.rrules.length > 0 || master.rdates.length > 0)
      ? instancesOnDay(master, timeOf(master.start, ctx), ctx)
      : null;
  // Overrides that name an instance exactly first, so that a near match never takes one of theirs.
  const named: { o: RawEvent; rid: number; exact: boolean }[] = [];
  for (const o of series.overrides) {
    if (!o.start) {
      problems.push({ line: o.line, code: 'ingest.missing-dtstart', data: { uid: o.uid } });
      continue;
    }
    const rid = timeOf(o.recurrenceId!, ctx).instant;
    const exact = !matcher || matcher(rid, null, false).includes(rid);
    named.push({ o, rid, exact });
  }
  const exactIds = new Set(named.filter((n) => n.exact).map((n) => n.rid));
  const dayOf = (t: CalTime): string => `${t.year}-${t.month}-${t.day}`;
  // Two inexact overrides on one date cannot both be "the" instance of that date: neither replaces it.
  const inexactPerDay = new Map<string, number>();
  for (const n of named) {
    if (!n.exact)
      inexactPerDay.set(dayOf(n.o.recurrenceId!), (inexactPerDay.get(dayOf(n.o.recurrenceId!)) ?? 0) + 1);
  }
  for (const n of named.sort((a, b) => Number(b.exact) - Number(a.exact))) {
    let rid = n.rid;
    const o = n.o;
    if (!n.exact) {
      // Non-conforming, but meant: a RECURRENCE-ID in another zone than its series, or at 00:00 of
      // the day (Exchange). When exactly one instance falls on that local date, the override is it.
      const r = o.recurrenceId!;
      const onDay = matcher!(rid, Date.UTC(r.year, r.month - 1, r.day), true).filter(
        (i) => !exactIds.has(i) && !overrides.has(i),
      );
      const data = {
        uid: o.uid,
        value: isoWritten(r),
        count: onDay.length,
        overrides: inexactPerDay.get(dayOf(r)) ?? 1,
      };
      if (onDay.length === 1 && inexactPerDay.get(dayOf(r)) === 1) {
        rid = onDay[0]!;
        problems.push({ line: o.line, code: 'ingest.override-inexact', data });
      } else {
        problems.push({ line: o.line, code: 'ingest.override-unmatched', data });
      }
    }
    overrides.set(rid, o);
    if (o.thisAndFuture) {
      const start = timeOf(o.start!, ctx);
      futures.push({
        from: rid,
        shift: start.instant - rid,
        duration: durationOf(o, start, ctx, problems),
        source: o,
      });
    }
  }
  futures.sort((a, b) => a.from - b.from);

  if (master) {
    if (!master.start) {
      problems.push({ line: master.line, code: 'ingest.missing-dtstart', data: { uid: master.uid } });
    } else {
      expandMaster(
        master,
        series.overrides.length > 0 || master.rrules.length > 0 || master.rdates.length > 0,
      );
    }
  }
  for (const [rid, o] of overrides) {
    const ridLocal = o.recurrenceId!;
    const wall = toWall(ridLocal);
    if (master && isExcluded(rid, wall)) continue;
    const start = timeOf(o.start!, ctx);
    let duration = durationOf(o, start, ctx, problems);
    if (!o.end && o.duration === null && master?.start && !o.start!.isDate) {
      duration = durationOf(master, timeOf(master.start, ctx), ctx, problems);
    }
    const end =
      o.start!.isDate && o.end?.isDate ? timeOf(o.end, ctx).instant : endAfter(start.instant, duration);
    if (overlaps(start.instant, end, ctx)) {
      out.push({
        start: start.instant,
        end,
        source: o,
        recurrenceId: rid,
        isDate: o.start!.isDate,
        fallbackZone: start.fallback,
      });
    }
  }
  return out;

  function expandMaster(m: RawEvent, recurring: boolean): void {
    const start = timeOf(m.start!, ctx);
    const duration = durationOf(m, start, ctx, problems);
    const isDate = m.start!.isDate;
    const emit = (original: number, wall: number): void => {
      if (overrides.has(original) || isExcluded(original, wall)) return;
      let source = m;
      let s = original;
      let len = duration;
      const future = futures.findLast((f) => f.from <= original);
      if (future) {
        source = future.source;
        s = original + future.shift;
        len = future.duration;
      }
      let e = endAfter(s, len);
      if (isDate && !future) ({ start: s, end: e } = dateInstance(wall, len.ms, ctx));
      if (overlaps(s, e, ctx)) {
        out.push({
          start: s,
          end: e,
          source,
          recurrenceId: recurring ? original : null,
          isDate,
          fallbackZone: start.fallback,
        });
      }
    };
    const firstWall = toWall(m.start!);
    const instant = (wall: number): number =>
      isDate ? localToInstant(fromWall(wall), ctx.reportZone) : localToInstant(fromWall(wall), start.rules);
    const seen = new Set<number>();
    const take = (original: number, wall: number): void => {
      if (seen.has(original)) return;
      seen.add(original);
      emit(original, wall);
    };
    if (m.rrules.length === 0) {
      take(start.instant, firstWall);
    } else {
      // Instances that can reach the window: starting up to one duration (and any THISANDFUTURE shift) before it.
      const shift = Math.max(0, ...futures.map((f) => Math.abs(f.shift)));
      const bounds = {
        startWall: ctx.windowStart - duration.ms - 2 * HOUR - shift - 14 * HOUR,
        endWall: ctx.windowEnd + shift + 14 * HOUR,
        instantOf: instant,
        reaches: (wall: number) => {
          const at = instant(wall);
          const reachesStart =
            duration.ms > 0
              ? endAfter(at, duration) + shift > ctx.windowStart
              : at + shift >= ctx.windowStart;
          return reachesStart && at - shift < ctx.windowEnd;
        },
        maxInstances: ctx.maxInstancesPerEvent,
        maxIterations: ctx.maxIterationsPerEvent,
      };
      // DTSTART is always the first instance (RFC 5545 §3.8.5.3).
      if (firstWall >= bounds.startWall && firstWall <= bounds.endWall) take(start.instant, firstWall);
      m.rrules.forEach((rule, i) => {
        let expansion;
        try {
          expansion = expandRule(rule, m.start!, bounds);
        } catch (err) {
          if (!(err instanceof RuleError)) throw err;
          problems.push({
            line: m.rruleLines[i] ?? m.line,
            code: 'ingest.bad-rrule',
            data: {
              uid: m.uid,
              rule: rule.length > 80 ? `${rule.slice(0, 80)}…` : rule,
              reason: err.message.slice(0, 120),
            },
          });
          return;
        }
        if (expansion.capped) {
          problems.push({
            line: m.line,
            code: 'ingest.occurrence-cap',
            data: {
              uid: m.uid,
              cap: expansion.capped === 'instances' ? ctx.maxInstancesPerEvent : ctx.maxIterationsPerEvent,
              kind: expansion.capped,
            },
          });
        }
        for (const wall of expansion.walls) take(instant(wall), wall);
      });
    }
    for (const r of m.rdates) {
      const t = timeOf(r.time, ctx);
      const len: Length =
        r.duration !== null
          ? durationLength(r.duration, t.rules)
          : r.end
            ? { ms: timeOf(r.end, ctx).instant - t.instant, days: 0, rules: t.rules }
            : duration;
      const wall = toWall(r.time);
      if (overrides.has(t.instant) || isExcluded(t.instant, wall) || seen.has(t.instant)) continue;
      seen.add(t.instant);
      const e = r.time.isDate
        ? dateInstance(wall, len.ms, ctx)
        : { start: t.instant, end: Math.max(t.instant, endAfter(t.instant, len)) };
      if (overlaps(e.start, e.end, ctx)) {
        out.push({
          start: e.start,
          end: e.end,
          source: m,
          recurrenceId: t.instant,
          isDate: r.time.isDate,
          fallbackZone: t.fallback,
        });
      }
    }
  }
}
