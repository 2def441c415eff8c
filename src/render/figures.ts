import { hoursColumn } from '../findings/numbers.js';
import type { Report } from '../report/types.js';
import { onLeave } from '../measure/capacity.js';
import type { Level, PersonWeek } from '../types.js';

/** Shared views of the report for the human formats (table and markdown). */

export function loadPercent(w: PersonWeek): string {
  // A week of leave has no load ratio (its meetings need cover); so has one with no capacity at all.
  if (w.capacity <= 0) return w.scheduled > 0 && !onLeave(w) ? '∞' : '–';
  return `${Math.round((w.scheduled / w.capacity) * 100)}%`;
}

export function levelLabel(level: Level): string {
  return level === 'critical' ? 'CRITICAL' : level === 'warn' ? 'warn' : 'ok';
}

/** The columns of a person-week row, in the order both human formats show them. */
export const WEEK_COLUMNS = [
  'Person',
  'Week',
  'Sched',
  'Occup',
  'Confl',
  'Out-h',
  'Wkend',
  'Run',
  'Sys',
  'Cap',
  'Load',
  'Level',
] as const;

/** A person-week's row; `name` is the person's display name (their id where none is configured). */
export function weekRow(w: PersonWeek, name: string = w.person): string[] {
  return [
    name,
    w.week,
    hoursColumn(w.scheduled),
    hoursColumn(w.occupied),
    hoursColumn(w.conflict),
    hoursColumn(w.outOfHours),
    hoursColumn(w.weekend),
    hoursColumn(w.longestRun),
    String(w.systemCount),
    hoursColumn(w.capacity),
    loadPercent(w),
    onLeave(w) ? 'leave' : levelLabel(w.level),
  ];
}

/** Person-weeks shown in detail: every one for a single week, else only the flagged ones. */
export function detailWeeks(report: Report): PersonWeek[] {
  return report.window.weeks.length === 1
    ? report.personWeeks
    : report.personWeeks.filter((w) => w.level !== 'ok');
}

export function windowTitle(report: Report): string {
  const w = report.window;
  const weeks =
    w.weeks.length === 1
      ? `week ${w.weeks[0]}`
      : `${w.weeks.length} weeks (${w.weeks[0]} – ${w.weeks.at(-1)})`;
  return `${w.from} to ${w.to}, ${weeks}, ${w.zone}`;
}

export function personTotal(report: Report, person: string): number {
  return report.personWeeks.filter((w) => w.person === person).reduce((s, w) => s + w.scheduled, 0);
}
