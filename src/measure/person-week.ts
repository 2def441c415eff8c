import type { Config } from '../config/types.js';
import { UNASSIGNED, type OccurrenceStatus, type PersonWeek, type TaggedOccurrence } from '../types.js';
import { msToHours, overlap } from './calendar-time.js';
import { levelHours, levelOf, onLeave, thresholdsFor, weekCapacity } from './capacity.js';
import type { DayIndex } from './day-index.js';
import { longestRun, unionLength, type Interval } from './intervals.js';

/** Meetings less than five minutes apart are one back-to-back run. */
export const BACK_TO_BACK_GAP_MS = 5 * 60_000;

interface TimeOfDaySplit {
  outOfHours: number;
  weekend: number;
}

/**
 * Splits a piece by the working day: time on a non-working day is weekend time; time on a working
 * day outside the working hours is out-of-hours time. The two are disjoint.
 */
function splitByWorkingHours(piece: TaggedOccurrence, days: DayIndex): TimeOfDaySplit {
  let outOfHours = 0;
  let weekend = 0;
  if (piece.end <= piece.start) return { outOfHours, weekend };
  for (const day of days.daysOf(piece.start, piece.end)) {
    const inDay = overlap(piece.start, piece.end, day.start, day.end);
    if (!day.working) weekend += inDay;
    else outOfHours += inDay - overlap(piece.start, piece.end, day.workStart, day.workEnd);
  }
  return { outOfHours, weekend };
}

function addTo(ms: Map<string, number>, key: string, by: number): void {
  ms.set(key, (ms.get(key) ?? 0) + by);
}

/** Milliseconds per key to hours per key, keys in order. */
function toHours(ms: ReadonlyMap<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of [...ms.keys()].sort()) out[key] = msToHours(ms.get(key)!);
  return out;
}

/** The measures of one person in one week, from that person's pieces in that week (any status). */
export function measurePersonWeek(
  config: Config,
  days: DayIndex,
  person: string,
  week: string,
  pieces: readonly TaggedOccurrence[],
  baseline: number | null,
): PersonWeek {
  const counted = pieces.filter((p) => p.counts);
  const durationMs = (p: TaggedOccurrence): number => Math.max(0, p.end - p.start);

  let scheduledMs = 0;
  let tentativeMs = 0;
  let outOfHoursMs = 0;
  let weekendMs = 0;
  const bySystem = new Map<string, number>();
  const byWorkstream = new Map<string, number>();
  for (const piece of counted) {
    const ms = durationMs(piece);
    scheduledMs += ms;
    if (piece.status === 'tentative') tentativeMs += ms;
    const split = splitByWorkingHours(piece, days);
    outOfHoursMs += split.outOfHours;
    weekendMs += split.weekend;
    addTo(bySystem, piece.system, ms);
    addTo(byWorkstream, piece.workstream ?? UNASSIGNED, ms);
  }

  const excludedMs: Partial<Record<OccurrenceStatus, number>> = {};
  for (const piece of pieces) {
    if (!piece.counts) excludedMs[piece.status] = (excludedMs[piece.status] ?? 0) + durationMs(piece);
  }
  const excluded: Partial<Record<OccurrenceStatus, number>> = {};
  for (const status of Object.keys(excludedMs).sort() as OccurrenceStatus[]) {
    excluded[status] = msToHours(excludedMs[status]!);
  }

  const intervals: Interval[] = counted.map((p) => [p.start, p.end]);
  const scheduled = msToHours(scheduledMs);
  const occupiedMs = unionLength(intervals);
  const occupied = msToHours(occupiedMs);
  const { capacity, absenceDays } = weekCapacity(config, days, person, week, pieces);
  const { warnAt, criticalAt } = levelHours(thresholdsFor(config, person), capacity);
  // The trust's own (internal) meetings are not a system the person is spread across.
  const internal = config.systems.filter((s) => s.internal).map((s) => s.id);
  let systemCount = 0;
  for (const [s, ms] of bySystem) if (s !== UNASSIGNED && ms > 0 && !internal.includes(s)) systemCount++;

  return {
    person,
    week,
    scheduled,
    occupied,
    conflict: msToHours(Math.max(0, scheduledMs - occupiedMs)),
    tentative: msToHours(tentativeMs),
    excluded,
    outOfHours: msToHours(outOfHoursMs),
    weekend: msToHours(weekendMs),
    longestRun: msToHours(longestRun(intervals, BACK_TO_BACK_GAP_MS)),
    systemCount,
    capacity,
    absenceDays,
    baseline,
    bySystem: toHours(bySystem),
    byWorkstream: toHours(byWorkstream),
    warnAt,
    criticalAt,
    level: levelOf(scheduled, warnAt, criticalAt, onLeave({ capacity, absenceDays })),
  };
}
