import { DateTime } from 'luxon';
import type { Weekday, WorkingHours } from '../config/types.js';

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export const HOUR_MS = 3_600_000;

/** One local day: its bounds as instants (23, 24 or 25 hours long) and its weekday. */
export interface LocalDay {
  date: string;
  start: number;
  end: number;
  weekday: Weekday;
}

export function localDay(dt: DateTime): LocalDay {
  const start = dt.startOf('day');
  return {
    date: start.toISODate()!,
    start: start.toMillis(),
    end: start.plus({ days: 1 }).toMillis(),
    weekday: WEEKDAYS[start.weekday - 1]!,
  };
}

/**
 * The working-hours interval of a local day as instants. Wall-clock times are set, not added,
 * so 08:00 stays 08:00 on the days clocks change.
 */
export function workingInterval(day: LocalDay, hours: WorkingHours, zone: string): [number, number] {
  const midnight = DateTime.fromMillis(day.start, { zone });
  const at = (minutes: number): number =>
    minutes >= 24 * 60
      ? day.end
      : midnight.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis();
  return [at(hours.start), at(hours.end)];
}

export function overlap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
}

/** Hours rounded to 4 decimal places, the precision of every figure the report shows. */
export function round4(hours: number): number {
  return Math.round(hours * 10_000) / 10_000;
}

export function msToHours(ms: number): number {
  return round4(ms / HOUR_MS);
}
