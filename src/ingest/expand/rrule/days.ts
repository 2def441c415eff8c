/** The days of one period that the rule's date parts select (RFC 5545 §3.3.10 expand/limit table). */
import { civilOf, dayNumber, monthLength, weekdayOf, yearLength } from './civil.js';
import type { Plan } from './plan.js';

/** The period being expanded: its first day and the day after its last; for BYWEEKNO, its week count. */
export interface DayRange {
  first: number;
  end: number;
  weeks: number;
}

function signedMatch(values: number[], value: number, size: number): boolean {
  for (const v of values) if (v === value || v === value - size - 1) return true;
  return false;
}

/** Whether one day passes every date part of the plan. */
export function dayPasses(plan: Plan, dayNo: number, range: DayRange): boolean {
  const { year, month, day } = civilOf(dayNo);
  if (plan.months && !plan.months.includes(month)) return false;
  if (plan.weekNos) {
    const week = Math.floor((dayNo - range.first) / 7) + 1;
    if (!signedMatch(plan.weekNos, week, range.weeks)) return false;
  }
  let doy = 0;
  let diy = 0;
  if (plan.yearDays || (plan.byDay && !plan.ordinalInMonth)) {
    doy = dayNo - dayNumber(year, 1, 1) + 1;
    diy = yearLength(year);
  }
  if (plan.yearDays && !signedMatch(plan.yearDays, doy, diy)) return false;
  const dim = monthLength(year, month);
  if (plan.monthDays && !signedMatch(plan.monthDays, day, dim)) return false;
  if (plan.byDay) {
    const wd = weekdayOf(dayNo);
    let hit = false;
    for (const e of plan.byDay) {
      if (e.weekday !== wd) continue;
      if (e.ordinal === 0) hit = true;
      else if (plan.weekNos)
        hit = e.ordinal === 1 || e.ordinal === -1; // the one such day in its week
      else if (plan.ordinalInMonth) {
        hit =
          e.ordinal > 0
            ? Math.floor((day - 1) / 7) + 1 === e.ordinal
            : -(Math.floor((dim - day) / 7) + 1) === e.ordinal;
      } else {
        hit =
          e.ordinal > 0
            ? Math.floor((doy - 1) / 7) + 1 === e.ordinal
            : -(Math.floor((diy - doy) / 7) + 1) === e.ordinal;
      }
      if (hit) break;
    }
    if (!hit) return false;
  }
  return true;
}

/** Month days of a month, negative ones counted from its end, invalid ones (30 February) skipped. */
function monthDaysOf(plan: Plan, year: number, month: number, into: number[]): void {
  const dim = monthLength(year, month);
  const base = dayNumber(year, month, 1) - 1;
  const picked: number[] = [];
  for (const md of plan.monthDays!) {
    const d = md > 0 ? md : dim + md + 1;
    if (d >= 1 && d <= dim && !picked.includes(d)) picked.push(d);
  }
  picked.sort((a, b) => a - b);
  for (const d of picked) into.push(base + d);
}

/** The selected days of the range, ascending. */
export function selectDays(plan: Plan, range: DayRange, year: number, month: number): number[] {
  const out: number[] = [];
  if (plan.freq === 'MONTHLY' && plan.months && !plan.months.includes(month)) return out;
  const simple = plan.monthDays && !plan.byDay && !plan.yearDays && !plan.weekNos;
  if (simple && plan.freq === 'YEARLY') {
    for (const m of plan.months ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) monthDaysOf(plan, year, m, out);
    return out;
  }
  if (simple && plan.freq === 'MONTHLY') {
    monthDaysOf(plan, year, month, out);
    return out;
  }
  for (let n = range.first; n < range.end; n++) if (dayPasses(plan, n, range)) out.push(n);
  return out;
}
