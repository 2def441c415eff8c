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

/** The ISO week key ("2026-W47") of an instant in a zone. */
export function weekKey(instant: number, zone: string): string {
  const d = DateTime.fromMillis(instant, { zone });
  return `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;
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
