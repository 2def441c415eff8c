import { DateTime, IANAZone } from 'luxon';
import { UsageError } from './errors.js';
import type { ReportWindow } from './types.js';

export interface WindowOptions {
  /** "2026-W47", "last" or "this". */
  week?: string;
  /** YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
  /** Whole ISO weeks ending with --week (or the last full week). */
  weeks?: string | number;
  zone: string;
  now: Date;
}

const ISO_WEEK = /^(\d{4})-?W(\d{2})$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const keyOf = (d: DateTime): string => `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;

/**
 * Per zone, the starts of consecutive ISO weeks (bounds[i] … bounds[i + 1] is week keys[i]), grown
 * as instants outside it are asked for: a binary search instead of a time-zone conversion per call.
 */
interface WeekTable {
  bounds: number[];
  keys: string[];
}
const tables = new Map<string, WeekTable>();
/** Instants further than this from the table are converted directly rather than grow it. */
const MAX_GROWTH_WEEKS = 1000;

function weekStart(instant: number, zone: string): DateTime {
  return DateTime.fromMillis(instant, { zone }).startOf('week');
}

function covering(instant: number, zone: string): WeekTable | null {
  let table = tables.get(zone);
  if (!table) {
    const start = weekStart(instant, zone);
    table = { bounds: [start.toMillis(), start.plus({ weeks: 1 }).toMillis()], keys: [keyOf(start)] };
    tables.set(zone, table);
  }
  const { bounds, keys } = table;
  const span = 7 * 86_400_000;
  if (instant < bounds[0]! && (bounds[0]! - instant) / span > MAX_GROWTH_WEEKS) return null;
  if (
    instant >= bounds[bounds.length - 1]! &&
    (instant - bounds[bounds.length - 1]!) / span > MAX_GROWTH_WEEKS
  )
    return null;
  while (instant < bounds[0]!) {
    const before = weekStart(bounds[0]! - 1, zone);
    bounds.unshift(before.toMillis());
    keys.unshift(keyOf(before));
  }
  while (instant >= bounds[bounds.length - 1]!) {
    const next = DateTime.fromMillis(bounds[bounds.length - 1]!, { zone });
    bounds.push(next.plus({ weeks: 1 }).startOf('week').toMillis());
    keys.push(keyOf(next));
  }
  return table;
}

/** The ISO week key ("2026-W47") of an instant in a zone. */
export function weekKey(instant: number, zone: string): string {
  const table = Number.isFinite(instant) ? covering(instant, zone) : null;
  if (!table) return keyOf(DateTime.fromMillis(instant, { zone }));
  const { bounds, keys } = table;
  let lo = 0;
  let hi = keys.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]! <= instant) lo = mid;
    else hi = mid - 1;
  }
  return keys[lo]!;
}

function parseWeek(text: string, zone: string, now: Date): DateTime {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  if (text === 'this') return today.startOf('week');
  if (text === 'last') return today.startOf('week').minus({ weeks: 1 });
  const m = ISO_WEEK.exec(text);
  if (!m) throw new UsageError(`--week ${text} is not an ISO week: use 2026-W47, "last" or "this"`);
  const monday = DateTime.fromObject(
    { weekYear: Number(m[1]), weekNumber: Number(m[2]), weekday: 1 },
    { zone },
  );
  if (!monday.isValid || monday.weekNumber !== Number(m[2])) {
    throw new UsageError(`--week ${text} does not exist: ${m[1]} has no week ${m[2]}`);
  }
  return monday;
}

function parseDay(text: string, flag: string, zone: string): DateTime {
  const d = DATE.test(text) ? DateTime.fromISO(text, { zone }) : null;
  if (!d?.isValid) throw new UsageError(`${flag} ${text} is not a date: use YYYY-MM-DD`);
  return d.startOf('day');
}

function parseCount(value: string | number | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 520) {
    throw new UsageError(`--weeks ${value} is not a whole number of weeks from 1 to 520`);
  }
  return n;
}

/**
 * The report window from the command-line options. With nothing given it is the last full ISO week
 * before `now`; --weeks N stretches it back to N whole weeks ending with that week (or --week).
 */
export function resolveWindow(options: WindowOptions): ReportWindow {
  const { zone, now } = options;
  if (!IANAZone.isValidZone(zone)) throw new UsageError(`time zone ${zone} is not an IANA zone name`);
  const count = parseCount(options.weeks);
  if (options.week && (options.from || options.to)) {
    throw new UsageError('--week cannot be combined with --from/--to');
  }
  let first: DateTime;
  let last: DateTime; // last day, included
  if (options.from || options.to) {
    if (!options.from || !options.to) throw new UsageError('--from and --to go together');
    if (count !== null) throw new UsageError('--weeks cannot be combined with --from/--to');
    first = parseDay(options.from, '--from', zone);
    last = parseDay(options.to, '--to', zone);
    if (last < first) throw new UsageError(`--to ${options.to} is before --from ${options.from}`);
  } else {
    const monday = parseWeek(options.week ?? 'last', zone, now);
    last = monday.plus({ days: 6 });
    first = monday.minus({ weeks: (count ?? 1) - 1 });
  }
  return windowOfDays(first, last, zone);
}

function windowOfDays(first: DateTime, last: DateTime, zone: string): ReportWindow {
  const end = last.plus({ days: 1 }).startOf('day');
  const weeks: string[] = [];
  for (let d = first.startOf('week'); d < end; d = d.plus({ weeks: 1 })) {
    weeks.push(weekKey(d.toMillis(), zone));
  }
  return {
    start: first.toMillis(),
    end: end.toMillis(),
    zone,
    weeks,
    from: first.toISODate()!,
    to: last.toISODate()!,
  };
}
