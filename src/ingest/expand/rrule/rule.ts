import type { LocalTime } from '../../parse/datetime.js';
/** An RRULE value (RFC 5545 §3.3.10) parsed into typed parts, with the section's MUST NOTs refused. */

export type Freq = 'SECONDLY' | 'MINUTELY' | 'HOURLY' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

const FREQS = new Set<string>(['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
export const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** A BYDAY entry: weekday 0 = Sunday … 6 = Saturday; ordinal 0 means every such weekday. */
export interface WeekdayNum {
  ordinal: number;
  weekday: number;
}

export interface Until extends LocalTime {
  isDate: boolean;
  utc: boolean;
}

/** A rule RFC 5545 does not allow; the message is the reason, for the finding ("BYWEEKNO needs FREQ=YEARLY"). */
export class RuleError extends Error {
  override readonly name = 'RuleError';
}

export interface Rule {
  freq: Freq;
  interval: number;
  count: number | null;
  until: Until | null;
  bySecond: number[] | null;
  byMinute: number[] | null;
  byHour: number[] | null;
  byDay: WeekdayNum[] | null;
  byMonthDay: number[] | null;
  byYearDay: number[] | null;
  byWeekNo: number[] | null;
  byMonth: number[] | null;
  bySetPos: number[] | null;
  wkst: number;
}

function integer(text: string, part: string): number {
  if (!/^[+-]?\d{1,10}$/.test(text)) throw new RuleError(`${part}: ${text} is not an integer`);
  return Number(text);
}

/** A sorted list of distinct values, each in [min, max] and, when `signed`, also in [-max, -min]. */
function numbers(text: string, part: string, min: number, max: number, signed: boolean): number[] {
  const values = text.split(',').map((v) => integer(v.trim(), part));
  for (const v of values) {
    const ok = (v >= min && v <= max) || (signed && v <= -min && v >= -max && v !== 0);
    if (!ok) throw new RuleError(`${part}: ${v} is out of range`);
  }
  return [...new Set(values)].sort((a, b) => a - b);
}

function weekday(code: string, part: string): number {
  const i = WEEKDAY_CODES.indexOf(code);
  if (i < 0) throw new RuleError(`${part}: ${code} is not a weekday`);
  return i;
}

function byDay(text: string): WeekdayNum[] {
  const out = new Map<string, WeekdayNum>();
  for (const raw of text.split(',')) {
    const m = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(raw.trim());
    if (!m) throw new RuleError(`BYDAY: ${raw} is not a weekday`);
    const ordinal = m[1] === undefined ? 0 : Number(m[1]);
    // An explicit 0 (0MO) is no valid ordinal; such entries are ignored, as ical.net does.
    if (m[1] !== undefined && ordinal === 0) continue;
    if (Math.abs(ordinal) > 53) throw new RuleError(`BYDAY: ${raw} is out of range`);
    const wd = weekday(m[2]!, 'BYDAY');
    out.set(`${ordinal}${wd}`, { ordinal, weekday: wd });
  }
  if (out.size === 0) throw new RuleError('BYDAY has no valid weekday');
  return [...out.values()];
}

function until(text: string): Until {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(text);
  if (!m) throw new RuleError(`UNTIL: ${text} is not a date or date-time`);
  const u: Until = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    isDate: m[4] === undefined,
    utc: m[7] === 'Z',
  };
  // Date.UTC would roll 2012-34-56 over to a real date: refuse it instead.
  const lastDay = new Date(Date.UTC(u.year, u.month, 0)).getUTCDate();
  if (
    u.month < 1 ||
    u.month > 12 ||
    u.day < 1 ||
    u.day > lastDay ||
    u.hour > 23 ||
    u.minute > 59 ||
    u.second > 60
  )
    throw new RuleError(`UNTIL: ${text} is not a real date or time`);
  return u;
}

function checkRule(r: Rule): void {
  if (r.byDay?.some((d) => d.ordinal !== 0) && r.freq !== 'MONTHLY' && r.freq !== 'YEARLY') {
    throw new RuleError(`a numbered BYDAY needs FREQ=MONTHLY or YEARLY, not ${r.freq}`);
  }
  if (r.byWeekNo && r.freq !== 'YEARLY') throw new RuleError('BYWEEKNO needs FREQ=YEARLY');
  if (r.byYearDay && (r.freq === 'DAILY' || r.freq === 'WEEKLY' || r.freq === 'MONTHLY')) {
    throw new RuleError(`BYYEARDAY cannot be used with FREQ=${r.freq}`);
  }
  if (r.byMonthDay && r.freq === 'WEEKLY') throw new RuleError('BYMONTHDAY cannot be used with FREQ=WEEKLY');
}

/** Parses "FREQ=WEEKLY;BYDAY=MO,WE;…"; throws a RuleError on anything RFC 5545 does not allow. */
export function parseRule(text: string): Rule {
  const rule: Rule = {
    freq: 'DAILY',
    interval: 1,
    count: null,
    until: null,
    bySecond: null,
    byMinute: null,
    byHour: null,
    byDay: null,
    byMonthDay: null,
    byYearDay: null,
    byWeekNo: null,
    byMonth: null,
    bySetPos: null,
    wkst: 1,
  };
  let freq: string | null = null;
  for (const piece of text
    .trim()
    .replace(/^RRULE:/i, '')
    .split(';')) {
    if (piece.trim() === '') continue;
    const parts = piece.split('=');
    if (parts.length !== 2) throw new RuleError(`rule part ${piece} is not NAME=VALUE`);
    const name = parts[0]!.trim().toUpperCase();
    const value = parts[1]!.trim().toUpperCase();
    if (value === '') throw new RuleError(`${name} has no value`);
    switch (name) {
      case 'FREQ':
        if (!FREQS.has(value)) throw new RuleError(`FREQ=${value} is not a frequency`);
        freq = value;
        break;
      case 'INTERVAL':
        rule.interval = integer(value, name);
        if (rule.interval < 1) throw new RuleError('INTERVAL must be positive');
        break;
      case 'COUNT':
        rule.count = integer(value, name);
        break;
      case 'UNTIL':
        rule.until = until(value);
        break;
      case 'BYSECOND':
        rule.bySecond = numbers(value, name, 0, 60, false);
        break;
      case 'BYMINUTE':
        rule.byMinute = numbers(value, name, 0, 59, false);
        break;
      case 'BYHOUR':
        rule.byHour = numbers(value, name, 0, 23, false);
        break;
      case 'BYDAY':
        rule.byDay = byDay(value);
        break;
      case 'BYMONTHDAY':
        rule.byMonthDay = numbers(value, name, 1, 31, true);
        break;
      case 'BYYEARDAY':
        rule.byYearDay = numbers(value, name, 1, 366, true);
        break;
      case 'BYWEEKNO':
        rule.byWeekNo = numbers(value, name, 1, 53, true);
        break;
      case 'BYMONTH':
        rule.byMonth = numbers(value, name, 1, 12, false);
        break;
      case 'BYSETPOS':
        rule.bySetPos = numbers(value, name, 1, 366, true);
        break;
      case 'WKST':
        rule.wkst = weekday(value, name);
        break;
      case 'RSCALE':
        // RFC 7529 calendars other than the Gregorian one are not implemented: refuse rather than guess.
        if (value !== 'GREGORIAN') throw new RuleError(`RSCALE=${value} is not supported`);
        break;
      default:
        // Other names (X- extensions, SKIP of RFC 7529) do not change the Gregorian instances here.
        break;
    }
  }
  if (!freq) throw new RuleError('RRULE has no FREQ');
  if (rule.count !== null && rule.count < 1) {
    // Some exporters write COUNT=-1 beside UNTIL to mean "no count": UNTIL still bounds the rule.
    if (!rule.until) throw new RuleError('COUNT must be positive');
    rule.count = null;
  }
  rule.freq = freq as Freq;
  checkRule(rule);
  return rule;
}
