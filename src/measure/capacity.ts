import type { Config, Thresholds } from '../config/types.js';
import { DEFAULT_CONTRACTED_HOURS } from '../config/defaults.js';
import type { Level, TaggedOccurrence } from '../types.js';
import { round4 } from './calendar-time.js';
import type { DayIndex } from './day-index.js';

export interface WeekCapacity {
  capacity: number;
  absenceDays: number;
  /** Working days of the week inside the window (5 for a whole week under the defaults). */
  workingDays: number;
}

export function contractedHours(config: Config, person: string): number {
  return config.people.find((p) => p.id === person)?.contractedHours ?? DEFAULT_CONTRACTED_HOURS;
}

export function thresholdsFor(config: Config, person: string): Thresholds {
  return config.people.find((p) => p.id === person)?.thresholds ?? config.thresholds;
}

/**
 * Contracted hours less absence. Each working day lost to an all-day absence removes
 * contracted / (working days per week) — a fifth under the defaults. A week the window only
 * partly covers gets the share of its working days inside the window, so a three-day window is
 * judged against three days' capacity.
 */
export function weekCapacity(
  config: Config,
  days: DayIndex,
  person: string,
  week: string,
  pieces: readonly TaggedOccurrence[],
): WeekCapacity {
  const workdaysPerWeek = new Set(config.workingHours.days).size;
  const contracted = contractedHours(config, person);
  const perDay = workdaysPerWeek > 0 ? contracted / workdaysPerWeek : 0;

  const inWindow = days.workdaysIn(week);
  const absent = new Set<string>();
  for (const piece of pieces) {
    if (!piece.absence || piece.status !== 'all-day') continue;
    for (const day of days.daysOf(piece.start, Math.max(piece.end, piece.start + 1))) {
      if (inWindow.has(day.date)) absent.add(day.date);
    }
  }

  const workingDays = inWindow.size;
  const capacity = workdaysPerWeek > 0 ? perDay * (workingDays - absent.size) : contracted;
  return { capacity: round4(capacity), absenceDays: absent.size, workingDays };
}

/** Hours at which the week becomes warn / critical: absolute hours when set, else ratios of capacity. */
export function levelHours(thresholds: Thresholds, capacity: number): { warnAt: number; criticalAt: number } {
  return {
    warnAt: round4(thresholds.warnHours ?? thresholds.warn * capacity),
    criticalAt: round4(thresholds.criticalHours ?? thresholds.critical * capacity),
  };
}

/**
 * A whole week of leave: every working day of it absent, so no capacity is left. Its load has no
 * ratio; its meetings need cover (SPEC "Overload"), they are not overload.
 */
export function onLeave(week: { capacity: number; absenceDays: number }): boolean {
  return week.absenceDays > 0 && week.capacity <= 0;
}

/**
 * Hours left after moves are sums and differences of floats; a threshold reached but for such noise
 * is reached. (Measured hours and thresholds are rounded to 4 places, so for them this is exact.)
 */
const EPS = 1e-9;

/**
 * A week with no meeting hours is never flagged, and neither is a week of leave (`leave`): its
 * meetings are reported as needing cover instead. The one rule for a week's level, measured or
 * after suggested moves.
 */
export function levelOf(scheduled: number, warnAt: number, criticalAt: number, leave = false): Level {
  if (scheduled <= 0 || leave) return 'ok';
  if (scheduled >= criticalAt - EPS) return 'critical';
  if (scheduled >= warnAt - EPS) return 'warn';
  return 'ok';
}
