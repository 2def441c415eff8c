import type { Report } from '../../report/types.js';
import { UNASSIGNED, type PersonWeek } from '../../types.js';
import { namesFrom, type Names } from '../names.js';
import { CATEGORY, OTHER, UNASSIGNED_FILL } from './palette.js';

/** What every page of the pack shares: names, the week in focus, and one colour per system. */
export interface PackView {
  report: Report;
  names: Names;
  /** The window's last week: the week a weekly pack is about. */
  week: string;
  /** Person-weeks of that week, heaviest load first. */
  weekRows: PersonWeek[];
  /** Systems with hours in the window, most hours first, unassigned last. */
  systems: string[];
  colour: (system: string) => string;
  /** Systems drawn in their own colour; the others are grouped as "Other systems". */
  named: (system: string) => boolean;
}

export const ratio = (w: PersonWeek): number =>
  w.capacity > 0 ? w.scheduled / w.capacity : w.scheduled > 0 ? Infinity : 0;

export function packView(report: Report): PackView {
  const week = report.window.weeks.at(-1) ?? '';
  const hours = new Map<string, number>();
  for (const t of report.totals.bySystem)
    if (t.hours > 0) hours.set(t.system, (hours.get(t.system) ?? 0) + t.hours);
  const systems = [...hours.entries()]
    .sort(
      (a, b) =>
        Number(a[0] === UNASSIGNED) - Number(b[0] === UNASSIGNED) || b[1] - a[1] || a[0].localeCompare(b[0]),
    )
    .map(([s]) => s);
  const ranked = systems.filter((s) => s !== UNASSIGNED);
  // With one more system than colours, that one gets the "other" grey itself rather than a group of one.
  const coloured = ranked.length <= CATEGORY.length + 1 ? ranked : ranked.slice(0, CATEGORY.length);
  const index = new Map(coloured.map((s, i) => [s, i]));
  return {
    report,
    names: namesFrom(report),
    week,
    weekRows: report.personWeeks.filter((w) => w.week === week).sort((a, b) => ratio(b) - ratio(a)),
    systems,
    colour: (s) => (s === UNASSIGNED ? UNASSIGNED_FILL : (CATEGORY[index.get(s) ?? -1] ?? OTHER)),
    named: (s) => s === UNASSIGNED || index.has(s),
  };
}

/** A system's name for charts, "Unassigned" for hours no rule tagged. */
export function systemLabel(view: PackView, system: string): string {
  return system === UNASSIGNED ? 'Unassigned' : view.names.system(system);
}

/** "16–22 November 2026" for an ISO week's Monday and Sunday. */
export function dayRange(from: string, to: string): string {
  const d = (iso: string): Date => new Date(`${iso}T12:00:00Z`);
  const month = (x: Date): string => x.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  const a = d(from);
  const b = d(to);
  if (a.getUTCFullYear() !== b.getUTCFullYear())
    return `${a.getUTCDate()} ${month(a)} ${a.getUTCFullYear()} – ${b.getUTCDate()} ${month(b)} ${b.getUTCFullYear()}`;
  if (a.getUTCMonth() !== b.getUTCMonth())
    return `${a.getUTCDate()} ${month(a)} – ${b.getUTCDate()} ${month(b)} ${b.getUTCFullYear()}`;
  return `${a.getUTCDate()}–${b.getUTCDate()} ${month(b)} ${b.getUTCFullYear()}`;
}
