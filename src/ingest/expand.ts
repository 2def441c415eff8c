import { fromWall, toWall, type CalTime } from './datetime.js';
import type { EventProblem, RawEvent } from './event.js';
import { expandRule } from './recurrence.js';
import type { Series } from './series.js';
import type { ZoneResolver } from './zones.js';
import { localToInstant, type ZoneRules } from './zone-rules.js';

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
 * Length of an event: DTEND − DTSTART, else DURATION, else 0 (a DATE start lasts one day).
 * For a DATE start the result is whole days, applied to local dates.
 */
function durationOf(e: RawEvent, start: Timed, ctx: ExpandContext, problems: EventProblem[]): number {
  let ms: number;
  if (e.end) {
    ms =
      e.start!.isDate && e.end.isDate
        ? toWall(e.end) - toWall(e.start!)
        : timeOf(e.end, ctx).instant - start.instant;
  } else if (e.durationSeconds !== null) {
    ms = e.durationSeconds * 1000;
  } else {
    ms = e.start!.isDate ? DAY : 0;
  }
  if (ms < 0) {
    problems.push({ line: e.line, code: 'ingest.negative-duration', data: { uid: e.uid } });
    return 0;
  }
  return ms;
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
  const futures: { from: number; shift: number; duration: number; source: RawEvent }[] = [];
  for (const o of series.overrides) {
    if (!o.start) {
      problems.push({ line: o.line, code: 'ingest.missing-dtstart', data: { uid: o.uid } });
      continue;
    }
    const rid = timeOf(o.recurrenceId!, ctx).instant;
    overrides.set(rid, o);
    if (o.thisAndFuture) {
      const start = timeOf(o.start, ctx);
      futures.push({
        from: rid,
        shift: start.instant - rid,
        duration: durationOf(o, start, ctx, problems),
        source: o,
      });
    }
  }
  futures.sort((a, b) => a.from - b.from);
  const isExcluded = master ? excluder(master, ctx) : () => false;

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
    if (!o.end && o.durationSeconds === null && master?.start && !o.start!.isDate) {
      duration = durationOf(master, timeOf(master.start, ctx), ctx, problems);
    }
    const end = o.start!.isDate && o.end?.isDate ? timeOf(o.end, ctx).instant : start.instant + duration;
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
      let e = s + len;
      if (isDate && !future) ({ start: s, end: e } = dateInstance(wall, len, ctx));
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
        startWall: ctx.windowStart - duration - shift - 14 * HOUR,
        endWall: ctx.windowEnd + shift + 14 * HOUR,
        instantOf: instant,
        reaches: (wall: number) => {
          const at = instant(wall);
          const reachesStart =
            duration > 0 ? at + duration + shift > ctx.windowStart : at + shift >= ctx.windowStart;
          return reachesStart && at - shift < ctx.windowEnd;
        },
        maxInstances: ctx.maxInstancesPerEvent,
        maxIterations: ctx.maxIterationsPerEvent,
      };
      // DTSTART is always the first instance (RFC 5545 §3.8.5.3).
      if (firstWall >= bounds.startWall && firstWall <= bounds.endWall) take(start.instant, firstWall);
      for (const rule of m.rrules) {
        let expansion;
        try {
          expansion = expandRule(rule, m.start!, bounds);
        } catch {
          problems.push({
            line: m.line,
            code: 'ingest.bad-rrule',
            data: { uid: m.uid, rule: rule.slice(0, 80) },
          });
          continue;
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
      }
    }
    for (const r of m.rdates) {
      const t = timeOf(r.time, ctx);
      const len =
        r.durationSeconds !== null
          ? r.durationSeconds * 1000
          : r.end
            ? timeOf(r.end, ctx).instant - t.instant
            : duration;
      const wall = toWall(r.time);
      if (overrides.has(t.instant) || isExcluded(t.instant, wall) || seen.has(t.instant)) continue;
      seen.add(t.instant);
      const e = r.time.isDate
        ? dateInstance(wall, len, ctx)
        : { start: t.instant, end: t.instant + Math.max(0, len) };
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
