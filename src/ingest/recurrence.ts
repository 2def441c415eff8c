import ICAL from 'ical.js';
import { toWall, type CalTime, type LocalTime } from './datetime.js';

/** Where the expansion of one rule stops, as wall-clock limits in the series' zone (plus an instant test for UTC UNTIL). */
export interface RuleBounds {
  /** Stop once an instance's wall time passes this. */
  endWall: number;
  /** Instances whose wall time is before this are not needed (the caller still filters by instant). */
  startWall: number;
  /** Converts an instance's wall time to its instant, for a UTC UNTIL. */
  instantOf: (wall: number) => number;
  /** Whether an instance starting at this wall time can reach the window; only those are kept and capped. */
  reaches: (wall: number) => boolean;
  /** Most instances to produce inside the bounds, and most iterations in all. */
  maxInstances: number;
  maxIterations: number;
}

export interface RuleExpansion {
  /** Wall times (ms, as if UTC) of the rule's instances within the bounds. */
  walls: number[];
  capped: 'instances' | 'iterations' | null;
}

const DAY = 86_400_000;
const PERIOD: Record<string, number> = {
  SECONDLY: 1000,
  MINUTELY: 60_000,
  HOURLY: 3_600_000,
  DAILY: DAY,
  WEEKLY: 7 * DAY,
};
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function utcWeekday(wall: number): string {
  return WEEKDAYS[new Date(wall).getUTCDay()]!;
}

/**
 * How far the start may jump forward without changing the rule's instances: whole periods of a
 * simple rule whose start is itself an instance. Rules with COUNT, BYSETPOS or other BY-parts are
 * walked from their first instance.
 */
function jumpablePeriod(recur: ICAL.Recur, startWall: number): number | null {
  const period = PERIOD[recur.freq];
  if (!period || recur.count) return null;
  const parts = Object.keys(recur.parts as Record<string, unknown>).filter((p) => p !== 'WKST');
  if (recur.freq === 'WEEKLY') {
    if (parts.some((p) => p !== 'BYDAY')) return null;
    const byday = (recur.parts as Record<string, string[] | undefined>).BYDAY;
    if (byday && !byday.some((d) => d === utcWeekday(startWall))) return null;
  } else if (parts.length > 0) {
    return null;
  }
  return period * (recur.interval || 1);
}

function icalTime(t: LocalTime, isDate: boolean): ICAL.Time {
  return ICAL.Time.fromData({
    year: t.year,
    month: t.month,
    day: t.day,
    hour: t.hour,
    minute: t.minute,
    second: t.second,
    isDate,
  });
}

/** UNTIL as a test on an instance's wall time. A UTC UNTIL is compared as an instant (RFC 5545 §3.3.10). */
function untilTest(recur: ICAL.Recur, bounds: RuleBounds): ((wall: number) => boolean) | null {
  const until = recur.until;
  if (!until) return null;
  recur.until = null;
  if (until.isDate) {
    const last = Date.UTC(until.year, until.month - 1, until.day) + DAY;
    return (wall) => wall < last;
  }
  const untilWall = toWall(until);
  if (until.zone === ICAL.Timezone.utcTimezone) return (wall) => bounds.instantOf(wall) <= untilWall;
  return (wall) => wall <= untilWall;
}

const SUB_MONTHLY = new Set(['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY']);

function dayOfYear(d: Date): number {
  return (d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / DAY + 1;
}

/**
 * ical.js compares BYMONTHDAY and BYYEARDAY of sub-monthly rules as written, so negative values
 * (-1 = last day) never match and its iterator loops for ever. Such limits are taken out of the
 * rule and applied here, with COUNT counted here too (COUNT counts the instances that pass).
 */
function takeOutDayLimits(
  recur: ICAL.Recur,
): { accepts: (wall: number) => boolean; count: number | null } | null {
  const parts = recur.parts as Record<string, number[] | undefined>;
  const monthDays = parts.BYMONTHDAY;
  const yearDays = parts.BYYEARDAY;
  if (!SUB_MONTHLY.has(recur.freq) || (!monthDays && !yearDays)) return null;
  delete parts.BYMONTHDAY;
  delete parts.BYYEARDAY;
  const count = recur.count ?? null;
  recur.count = null;
  const accepts = (wall: number): boolean => {
    const d = new Date(wall);
    const dim = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    const diy = dayOfYear(new Date(Date.UTC(d.getUTCFullYear(), 11, 31)));
    const day = d.getUTCDate();
    const doy = dayOfYear(d);
    return (
      (!monthDays || monthDays.some((m) => m === day || m === day - dim - 1)) &&
      (!yearDays || yearDays.some((y) => y === doy || y === doy - diy - 1))
    );
  };
  return { accepts, count };
}

/** RFC 5545 §3.3.10's MUST NOTs; ical.js loops for ever on some of them, so such rules are refused. */
function checkRule(recur: ICAL.Recur): void {
  const parts = recur.parts as Record<string, (string | number)[] | undefined>;
  const freq = recur.freq;
  if (!freq) throw new Error('RRULE has no FREQ');
  if (freq !== 'MONTHLY' && freq !== 'YEARLY' && parts.BYDAY?.some((d) => /\d/.test(String(d)))) {
    throw new Error(`a numbered BYDAY needs FREQ=MONTHLY or YEARLY, not ${freq}`);
  }
  if (parts.BYWEEKNO && freq !== 'YEARLY') throw new Error('BYWEEKNO needs FREQ=YEARLY');
  if (parts.BYYEARDAY && (freq === 'DAILY' || freq === 'WEEKLY' || freq === 'MONTHLY')) {
    throw new Error(`BYYEARDAY cannot be used with FREQ=${freq}`);
  }
  if (parts.BYMONTHDAY && freq === 'WEEKLY') throw new Error('BYMONTHDAY cannot be used with FREQ=WEEKLY');
}

/** Expands one RRULE from a start (wall time, with or without a time of day) within bounds. */
export function expandRule(rule: string, start: CalTime, bounds: RuleBounds): RuleExpansion {
  const recur = ICAL.Recur.fromString(rule);
  checkRule(recur);
  const within = untilTest(recur, bounds);
  let startWall = toWall(start);
  const jump = jumpablePeriod(recur, startWall);
  const limits = takeOutDayLimits(recur);
  const step =
    (PERIOD[recur.freq] ?? (recur.freq === 'MONTHLY' ? 28 * DAY : 365 * DAY)) * (recur.interval || 1);
  if (step > 400 * 365 * DAY) {
    // ical.js walks huge intervals one unit at a time; the second instance is centuries away anyway.
    const first = toWall(start);
    return {
      walls: first >= bounds.startWall && first <= bounds.endWall && bounds.reaches(first) ? [first] : [],
      capped: null,
    };
  }
  if (jump && bounds.startWall - startWall > jump) {
    startWall += Math.floor((bounds.startWall - startWall) / jump) * jump;
  }
  const from = new Date(startWall);
  const dtstart = icalTime(
    {
      year: from.getUTCFullYear(),
      month: from.getUTCMonth() + 1,
      day: from.getUTCDate(),
      hour: from.getUTCHours(),
      minute: from.getUTCMinutes(),
      second: from.getUTCSeconds(),
    },
    start.isDate,
  );
  const iterator = recur.iterator(dtstart);
  const walls: number[] = [];
  let iterations = 0;
  let accepted = 0;
  for (let next = iterator.next(); next; next = iterator.next()) {
    const wall = toWall(next);
    if (wall > bounds.endWall) break;
    if (within && !within(wall)) break;
    if (++iterations > bounds.maxIterations) return { walls, capped: 'iterations' };
    if (limits) {
      // DTSTART is the first instance whatever the rule says (as ical.js counts it).
      if (iterations > 1 && !limits.accepts(wall)) continue;
      if (limits.count !== null && ++accepted > limits.count) break;
    }
    if (wall < bounds.startWall || !bounds.reaches(wall)) continue;
    walls.push(wall);
    if (walls.length >= bounds.maxInstances) return { walls, capped: 'instances' };
  }
  return { walls, capped: null };
}
