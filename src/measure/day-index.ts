import { DateTime } from 'luxon';
import type { WorkingHours } from '../config/types.js';
import type { ReportWindow } from '../types.js';
import { weekKey } from '../window.js';
import { localDay, workingInterval, type LocalDay } from './calendar-time.js';

export interface IndexedDay extends LocalDay {
  week: string;
  working: boolean;
  /** Working-hours interval of the day as instants (empty on non-working days). */
  workStart: number;
  workEnd: number;
}

/**
 * The local days of the window, computed once with luxon, so measuring a piece is a binary
 * search instead of zone arithmetic: national-scale inputs hold hundreds of thousands of pieces.
 * Instants outside the window (which clipped pieces never have) fall back to luxon.
 */
export class DayIndex {
  readonly days: IndexedDay[] = [];
  private readonly starts: number[] = [];
  private readonly workdaysByWeek = new Map<string, Set<string>>();

  constructor(
    private readonly zone: string,
    private readonly hours: WorkingHours,
    window: Pick<ReportWindow, 'start' | 'end'>,
  ) {
    let at = window.start;
    while (at < window.end) {
      const day = this.make(at);
      this.days.push(day);
      this.starts.push(day.start);
      let dates = this.workdaysByWeek.get(day.week);
      if (!dates) this.workdaysByWeek.set(day.week, (dates = new Set()));
      if (day.working) dates.add(day.date);
      at = day.end;
    }
  }

  private make(ms: number): IndexedDay {
    const day = localDay(DateTime.fromMillis(ms, { zone: this.zone }));
    const working = this.hours.days.includes(day.weekday);
    const [workStart, workEnd] = working
      ? workingInterval(day, this.hours, this.zone)
      : [day.start, day.start];
    return { ...day, week: weekKey(day.start, this.zone), working, workStart, workEnd };
  }

  /** Index of the day holding the instant, or -1 outside the window. */
  private indexOf(ms: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const day = this.days[mid]!;
      if (ms < day.start) hi = mid - 1;
      else if (ms >= day.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  dayAt(ms: number): IndexedDay {
    const i = this.indexOf(ms);
    return i >= 0 ? this.days[i]! : this.make(ms);
  }

  /** The days an interval [start, end) touches, in order; a zero-length interval touches its own day. */
  daysOf(start: number, end: number): IndexedDay[] {
    const out: IndexedDay[] = [];
    let day = this.dayAt(start);
    out.push(day);
    while (day.end < end) {
      day = this.dayAt(day.end);
      out.push(day);
    }
    return out;
  }

  /** The working days (YYYY-MM-DD) of a week that lie inside the window. */
  workdaysIn(week: string): ReadonlySet<string> {
    return this.workdaysByWeek.get(week) ?? new Set();
  }

  weekOf(ms: number): string {
    return this.dayAt(ms).week;
  }
}
