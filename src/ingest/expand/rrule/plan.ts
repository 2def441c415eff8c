/**
 * A rule with its defaults filled in from DTSTART (RFC 5545 §3.3.10: "information, not contained in
 * the rule, necessary to determine the various recurrence instance start time and dates are derived
 * from the Start Time"), ready for period-by-period expansion.
 */
import type { Freq, Rule, WeekdayNum } from './rule.js';

export interface Start {
  dayNo: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
  isDate: boolean;
}

export interface Plan {
  freq: Freq;
  interval: number;
  wkst: number;
  months: number[] | null;
  monthDays: number[] | null;
  yearDays: number[] | null;
  weekNos: number[] | null;
  byDay: WeekdayNum[] | null;
  /** Numbered BYDAY counts within the month (MONTHLY, or YEARLY with BYMONTH) rather than the year. */
  ordinalInMonth: boolean;
  /** Expanded in each day of a DAILY or longer period; limits for the sub-daily frequencies. */
  hours: number[];
  minutes: number[];
  seconds: number[];
  hourLimit: boolean[] | null;
  minuteLimit: boolean[] | null;
  secondLimit: boolean[] | null;
  setPos: number[] | null;
}

function mask(values: number[] | null, size: number): boolean[] | null {
  if (!values) return null;
  const m = new Array<boolean>(size).fill(false);
  for (const v of values) m[v] = true;
  return m;
}

export function makePlan(rule: Rule, start: Start): Plan {
  let { byMonth: months, byMonthDay: monthDays, byDay } = rule;
  const { byYearDay: yearDays, byWeekNo: weekNos } = rule;
  // A DATE start has no time of day, so the time parts cannot apply (as libical and ical.net do).
  const bySecond = start.isDate ? null : (rule.bySecond?.filter((s) => s < 60) ?? null);
  const byMinute = start.isDate ? null : rule.byMinute;
  const byHour = start.isDate ? null : rule.byHour;
  const own: WeekdayNum = { ordinal: 0, weekday: start.weekday };
  switch (rule.freq) {
    case 'YEARLY':
      if (!weekNos && !yearDays && !monthDays && !byDay) {
        months ??= [start.month];
        monthDays = [start.day];
      } else if (monthDays && !months && !weekNos && !yearDays) {
        // BYMONTHDAY expands within the months so far: DTSTART's own, without BYMONTH.
        months = [start.month];
      } else if (weekNos && !byDay && !monthDays && !yearDays) {
        byDay = [own];
      }
      break;
    case 'MONTHLY':
      if (!monthDays && !byDay) monthDays = [start.day];
      break;
    case 'WEEKLY':
      byDay ??= [own];
      break;
    default:
      break;
  }
  const subDaily = rule.freq === 'HOURLY' || rule.freq === 'MINUTELY' || rule.freq === 'SECONDLY';
  return {
    freq: rule.freq,
    interval: rule.interval,
    wkst: rule.wkst,
    months,
    monthDays,
    yearDays,
    weekNos,
    byDay,
    ordinalInMonth: rule.freq === 'MONTHLY' || rule.byMonth !== null,
    hours: byHour ?? [start.hour],
    minutes: byMinute ?? [start.minute],
    seconds: bySecond ?? [start.second],
    hourLimit: subDaily ? mask(byHour, 24) : null,
    minuteLimit: rule.freq === 'MINUTELY' || rule.freq === 'SECONDLY' ? mask(byMinute, 60) : null,
    secondLimit: rule.freq === 'SECONDLY' ? mask(bySecond, 60) : null,
    setPos: rule.bySetPos,
  };
}
