/**
 * Local dates as day numbers (days since 1970-01-01) and times as minutes after local midnight.
 * Only Europe/London is needed, so its rule is written out here rather than pulling in a tz library.
 */

export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayFromIso(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY);
}

export function ymd(day: Day): { y: number; m: number; d: number } {
  const date = new Date(day * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function dayOf(y: number, m: number, d: number): Day {
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(day: Day): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function mondayOf(day: Day): Day {
  return day - weekday(day);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isoDate(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function compactDate(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${y}${pad(m)}${pad(d)}`;
}

export function compactLocal(day: Day, minutes: number): string {
  return `${compactDate(day)}T${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}00`;
}

export function hhmm(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function lastSunday(y: number, m: number): Day {
  const last = dayOf(y, m + 1, 0);
  return last - ((weekday(last) + 1) % 7);
}

/** UK summer time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. */
export function londonOffsetMinutes(day: Day, minutes: number): number {
  const { y } = ymd(day);
  const springDay = lastSunday(y, 3);
  const autumnDay = lastSunday(y, 10);
  const afterSpring = day > springDay || (day === springDay && minutes >= 120);
  // The repeated hour on the autumn night is taken as its first (summer) occurrence, as RFC 5545 says.
  const beforeAutumn = day < autumnDay || (day === autumnDay && minutes < 120);
  return afterSpring && beforeAutumn ? 60 : 0;
}

/** The UTC instant of a London wall-clock time, as an iCalendar UTC date-time (…Z). */
export function londonToUtcStamp(day: Day, minutes: number): string {
  const total = day * 1440 + minutes - londonOffsetMinutes(day, minutes);
  const utcDay = Math.floor(total / 1440);
  return `${compactLocal(utcDay, total - utcDay * 1440)}Z`;
}

/** The ISO week key (e.g. 2026-W47) of a day. */
export function isoWeekKey(day: Day): string {
  const thursday = mondayOf(day) + 3;
  const { y } = ymd(thursday);
  const week = Math.floor((thursday - dayOf(y, 1, 1)) / 7) + 1;
  return `${y}-W${pad(week)}`;
}

/** The Monday of an ISO week key. */
export function mondayOfIsoWeek(key: string): Day {
  const m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!m) throw new Error(`not an ISO week: ${key}`);
  const jan4 = dayOf(Number(m[1]), 1, 4);
  return mondayOf(jan4) + (Number(m[2]) - 1) * 7;
}
