import type { LocalTime } from '../../parse/datetime.js';
/**
 * Instances of a rule, period by period of FREQ (RFC 5545 §3.3.10): each period's candidates are the
 * selected days × the selected times of day, BYSETPOS picks among them, and those after DTSTART are
 * emitted in order. Wall times are ms "as if UTC", like datetime.ts's toWall.
 */
import { civilOf, DAY_MS, dayNumber, weekdayOf, weekOneStart, weekYearOf } from './civil.js';
import { selectDays, type DayRange } from './days.js';
import { makePlan, type Plan } from './plan.js';
import type { Rule } from './rule.js';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const UNIT_MS: Record<string, number> = { HOURLY: HOUR_MS, MINUTELY: MINUTE_MS, SECONDLY: 1000 };
/** A rule whose periods have produced nothing for this long never will (leap days repeat within 400 years). */
const BARREN_MS = 401 * 366 * DAY_MS;

export interface WalkOptions {
  /** Periods wholly before this wall time may be skipped (only for rules without COUNT). */
  skipBefore: number | null;
  /** Stop after the first instance past this wall time. */
  endWall: number;
  maxIterations: number;
}

/** Sets a period's selected instances: day numbers × ms within the day, both ascending. */
interface Candidates {
  days: number[];
  times: number[];
}

function timesOfDay(plan: Plan): number[] {
  const out: number[] = [];
  for (const h of plan.hours)
    for (const m of plan.minutes)
      for (const s of plan.seconds) out.push(h * HOUR_MS + m * MINUTE_MS + s * 1000);
  return out.sort((a, b) => a - b);
}

/** Unit index of a day for DAILY-or-longer frequencies. */
function unitOfDay(plan: Plan, dayNo: number): number {
  switch (plan.freq) {
    case 'YEARLY':
      return plan.weekNos ? weekYearOf(dayNo, plan.wkst) : civilOf(dayNo).year;
    case 'MONTHLY': {
      const c = civilOf(dayNo);
      return c.year * 12 + c.month - 1;
    }
    case 'WEEKLY':
      return Math.floor((dayNo - weekAnchor(plan.wkst)) / 7);
    default:
      return dayNo;
  }
}

/** A day number that falls on the week start. */
function weekAnchor(wkst: number): number {
  return (wkst - weekdayOf(0) + 7) % 7;
}

function rangeOf(plan: Plan, unit: number): { range: DayRange; year: number; month: number } {
  switch (plan.freq) {
    case 'YEARLY': {
      if (plan.weekNos) {
        const first = weekOneStart(unit, plan.wkst);
        const end = weekOneStart(unit + 1, plan.wkst);
        return { range: { first, end, weeks: (end - first) / 7 }, year: unit, month: 1 };
      }
      return {
        range: { first: dayNumber(unit, 1, 1), end: dayNumber(unit + 1, 1, 1), weeks: 0 },
        year: unit,
        month: 1,
      };
    }
    case 'MONTHLY': {
      const year = Math.floor(unit / 12);
      const month = unit - year * 12 + 1;
      const first = dayNumber(year, month, 1);
      const end = month === 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, month + 1, 1);
      return { range: { first, end, weeks: 0 }, year, month };
    }
    case 'WEEKLY': {
      const first = unit * 7 + weekAnchor(plan.wkst);
      return { range: { first, end: first + 7, weeks: 0 }, year: 0, month: 0 };
    }
    default:
      return { range: { first: unit, end: unit + 1, weeks: 0 }, year: 0, month: 0 };
  }
}

/** A sub-daily period: its one day and times, or the first unit worth trying when it is empty. */
function subDaily(plan: Plan, unit: number, unitMs: number): Candidates | { skipTo: number } {
  const at = unit * unitMs;
  const day = Math.floor(at / DAY_MS);
  const within = at - day * DAY_MS;
  if (!dayPassesAlone(plan, day)) return { skipTo: Math.ceil(((day + 1) * DAY_MS) / unitMs) };
  const hour = Math.floor(within / HOUR_MS);
  if (plan.hourLimit && !plan.hourLimit[hour])
    return { skipTo: Math.ceil((day * DAY_MS + (hour + 1) * HOUR_MS) / unitMs) };
  const minute = Math.floor((within - hour * HOUR_MS) / MINUTE_MS);
  if (plan.minuteLimit && !plan.minuteLimit[minute]) {
    return { skipTo: Math.ceil((day * DAY_MS + hour * HOUR_MS + (minute + 1) * MINUTE_MS) / unitMs) };
  }
  const second = Math.floor((within - hour * HOUR_MS - minute * MINUTE_MS) / 1000);
  if (plan.secondLimit && !plan.secondLimit[second]) return { skipTo: unit + 1 };
  const times: number[] = [];
  if (plan.freq === 'HOURLY') {
    for (const m of plan.minutes)
      for (const s of plan.seconds) times.push(hour * HOUR_MS + m * MINUTE_MS + s * 1000);
    times.sort((a, b) => a - b);
  } else if (plan.freq === 'MINUTELY') {
    for (const s of plan.seconds) times.push(hour * HOUR_MS + minute * MINUTE_MS + s * 1000);
  } else {
    times.push(within);
  }
  return { days: [day], times };
}

function dayPassesAlone(plan: Plan, day: number): boolean {
  return selectDays(plan, { first: day, end: day + 1, weeks: 0 }, 0, 0).length === 1;
}

/** Indexes into a period's sorted candidates that BYSETPOS keeps (all when there is no BYSETPOS). */
function positions(setPos: number[], total: number): number[] {
  const picked = new Set<number>();
  for (const p of setPos) {
    const i = p > 0 ? p - 1 : total + p;
    if (i >= 0 && i < total) picked.add(i);
  }
  return [...picked].sort((a, b) => a - b);
}

/**
 * Calls `emit` with each instance after DTSTART (not DTSTART itself), in order, until it returns
 * false or an instance passes `endWall`. Returns true when it stopped at maxIterations instead.
 */
export function walkRule(
  rule: Rule,
  start: LocalTime & { isDate: boolean },
  options: WalkOptions,
  emit: (wall: number) => boolean,
): boolean {
  const dayNo = dayNumber(start.year, start.month, start.day);
  const startWall = dayNo * DAY_MS + (start.hour * 3600 + start.minute * 60 + start.second) * 1000;
  const plan = makePlan(rule, { ...start, dayNo, weekday: weekdayOf(dayNo) });
  const unitMs = UNIT_MS[plan.freq];
  const dayUnit = (wall: number): number => unitOfDay(plan, Math.floor(wall / DAY_MS));
  const u0 = unitMs ? Math.floor(startWall / unitMs) : dayUnit(startWall);
  const step = plan.interval;
  let k = 0;
  if (options.skipBefore !== null && options.skipBefore > startWall) {
    const target = (unitMs ? Math.floor(options.skipBefore / unitMs) : dayUnit(options.skipBefore)) - 1;
    k = Math.max(0, Math.floor((target - u0) / step));
  }
  const times = unitMs ? [] : timesOfDay(plan);
  let iterations = 0;
  // A rule fast-forwarded over centuries has not been barren all that time.
  let lastHit = k > 0 ? options.skipBefore! : startWall;
  for (;;) {
    if (++iterations > options.maxIterations) return true;
    const unit = u0 + k * step;
    let candidates: Candidates;
    let periodStart: number;
    if (unitMs) {
      periodStart = unit * unitMs;
      if (periodStart > options.endWall) return false;
      const got = subDaily(plan, unit, unitMs);
      if ('skipTo' in got) {
        k = Math.max(k + 1, Math.ceil((got.skipTo - u0) / step));
        if (periodStart - lastHit > BARREN_MS) return false;
        continue;
      }
      candidates = got;
    } else {
      const { range, year, month } = rangeOf(plan, unit);
      periodStart = range.first * DAY_MS;
      if (periodStart > options.endWall) return false;
      candidates = { days: selectDays(plan, range, year, month), times };
    }
    if (periodStart - lastHit > BARREN_MS) return false;
    const { days, times: dayTimes } = candidates;
    const perDay = dayTimes.length;
    const total = days.length * perDay;
    const picks = plan.setPos ? positions(plan.setPos, total) : null;
    const count = picks ? picks.length : total;
    for (let j = 0; j < count; j++) {
      const i = picks ? picks[j]! : j;
      const wall = days[Math.floor(i / perDay)]! * DAY_MS + dayTimes[i % perDay]!;
      if (wall <= startWall) continue;
      if (wall > options.endWall) return false;
      if (++iterations > options.maxIterations) return true;
      lastHit = wall;
      if (!emit(wall)) return false;
    }
    k++;
  }
}
