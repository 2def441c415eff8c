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

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z)?)?$/;
const BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;

/** Parses ical.js's jCal form ("2026-11-16T09:00:00Z") or the basic form ("20261116T090000Z"). */
export function parseCalTime(value: string, tzid: string | null): CalTime | null {
  const m = DATE_TIME.exec(value) ?? BASIC.exec(value.trim());
  if (!m) return null;
  const t: CalTime = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: m[4] === undefined ? 0 : Number(m[4]),
    minute: m[5] === undefined ? 0 : Number(m[5]),
    second: m[6] === undefined ? 0 : Number(m[6]),
    isDate: m[4] === undefined,
    utc: m[7] === 'Z',
    tzid: m[7] === 'Z' ? null : tzid,
  };
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

/** The duration in seconds with each day as 24 hours: for rough spans only (prefiltering, bounds). */
export function parseDurationSeconds(value: string): number | null {
  const d = parseDuration(value);
  return d === null ? null : d.days * 86_400 + d.seconds;
}
