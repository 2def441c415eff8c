import { monthLength } from '../expand/rrule/civil.js';

/** Wall-clock values as written in the file, before any zone is applied. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** A DATE or DATE-TIME value with where its zone comes from. */
export interface CalTime extends LocalTime {
  isDate: boolean;
  /** Written with a trailing Z. */
  utc: boolean;
  /** TZID parameter as written (quotes removed), or null. */
  tzid: string | null;
}

/** The number written in `n` ASCII digits of `s` from `at`, or -1 when one is not a digit (as `\d`). */
export function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (!(d >= 0 && d <= 9)) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * ical.js's jCal form ("2026-11-16T09:00:00Z", "2026-11-16") when `extended`, else the basic form
 * ("20261116T090000Z", "20261116"), nothing before or after; read by position, without a regex.
 */
function readForm(v: string, extended: boolean, tzid: string | null): CalTime | null {
  const w = extended ? 1 : 0; // width of a separator
  const dateLength = 8 + 2 * w;
  const isDate = v.length === dateLength;
  const utc = v.length === dateLength + 8 + 2 * w;
  if (!isDate && !utc && v.length !== dateLength + 7 + 2 * w) return null;
  if (extended && (v.charCodeAt(4) !== 0x2d || v.charCodeAt(7) !== 0x2d)) return null; // -
  const year = digits(v, 0, 4);
  const month = digits(v, 4 + w, 2);
  const day = digits(v, 6 + 2 * w, 2);
  if (year < 0 || month < 0 || day < 0) return null;
  if (isDate) return checked(year, month, day, 0, 0, 0, true, false, tzid);
  const t = dateLength; // where T is
  if (v.charCodeAt(t) !== 0x54) return null; // T
  if (extended && (v.charCodeAt(t + 3) !== 0x3a || v.charCodeAt(t + 6) !== 0x3a)) return null; // :
  if (utc && v.charCodeAt(v.length - 1) !== 0x5a) return null; // Z
  const hour = digits(v, t + 1, 2);
  const minute = digits(v, t + 3 + w, 2);
  const second = digits(v, t + 5 + 2 * w, 2);
  if (hour < 0 || minute < 0 || second < 0) return null;
  return checked(year, month, day, hour, minute, second, false, utc, tzid);
}

/** A CalTime of these written numbers, or null for a day or time that does not exist. */
function checked(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  isDate: boolean,
  utc: boolean,
  tzid: string | null,
): CalTime | null {
  const t: CalTime = { year, month, day, hour, minute, second, isDate, utc, tzid: utc ? null : tzid };
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > monthLength(t.year, t.month)) return null;
  if (t.hour > 24 || t.minute > 59 || t.second > 60) return null;
  if (t.hour === 24) {
    // 24:00:00 is the next day's midnight; some exporters write it.
    if (t.minute !== 0 || t.second !== 0) return null;
    Object.assign(t, fromWall(toWall({ ...t, hour: 0 }) + 86_400_000));
  }
  if (t.second === 60) t.second = 59;
  return t;
}

/**
 * A written DATE or DATE-TIME value read as ical.js's strict mode reads it, by position whatever
 * stands between (plain-values' jcalDate and jcalDateTime, then parseCalTime): "20261116T090000Z"
 * is 2026-11-16T09:00:00Z, and so is "20261116X090000Z…"; "20170325" is no DATE-TIME.
 */
export function cutCalTime(v: string, isDate: boolean, tzid: string | null): CalTime | null {
  const year = digits(v, 0, 4);
  const month = digits(v, 4, 2);
  const day = digits(v, 6, 2);
  if (year < 0 || month < 0 || day < 0) return null;
  if (isDate) return checked(year, month, day, 0, 0, 0, true, false, tzid);
  const hour = digits(v, 9, 2);
  const minute = digits(v, 11, 2);
  const second = digits(v, 13, 2);
  if (hour < 0 || minute < 0 || second < 0) return null;
  return checked(year, month, day, hour, minute, second, false, v.charCodeAt(15) === 0x5a, tzid);
}

/** Parses ical.js's jCal form ("2026-11-16T09:00:00Z") or the basic form ("20261116T090000Z"). */
export function parseCalTime(value: string, tzid: string | null): CalTime | null {
  return readForm(value, true, tzid) ?? readForm(value.trim(), false, tzid);
}

/** Wall time as if it were UTC, in ms: the arithmetic base for local times. */
export function toWall(t: LocalTime): number {
  if (t.year >= 100) return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  const d = new Date(0); // Date.UTC reads years 0–99 as 1900–1999
  d.setUTCFullYear(t.year, t.month - 1, t.day);
  d.setUTCHours(t.hour, t.minute, t.second, 0);
  return d.getTime();
}

export function fromWall(ms: number): LocalTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/**
 * An RFC 5545 §3.3.6 duration: days (weeks are seven days) are nominal, so that P1D over a clock
 * change lasts 23 or 25 hours; hours, minutes and seconds are exact. Both parts carry the sign.
 */
export interface Duration {
  days: number;
  seconds: number;
}

/** Longest DURATION read as meant: a year. Longer ones are errors, never a meeting that runs for ages. */
export const MAX_DURATION_DAYS = 366;

/** The duration of `value`, or null when malformed. Sizes are not checked here (see durationProblem). */
export function parseDuration(value: string): Duration | null {
  const v = value.trim();
  const m = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(v);
  if (!m || v === 'P' || /T$/.test(v) || /^[+-]?P$/.test(v)) return null;
  const [, sign, w, d, h, min, sec] = m;
  const k = sign === '-' ? -1 : 1;
  return {
    days: k * (Number(w ?? 0) * 7 + Number(d ?? 0)),
    seconds: k * (Number(h ?? 0) * 3600 + Number(min ?? 0) * 60 + Number(sec ?? 0)),
  };
}

/** Why a well-formed duration cannot be used (longer than MAX_DURATION_DAYS), or null. */
export function durationTooLong(d: Duration): boolean {
  return Math.abs(d.days) + Math.abs(d.seconds) / 86_400 > MAX_DURATION_DAYS;
}
