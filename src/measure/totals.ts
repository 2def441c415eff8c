import { UNASSIGNED, type PersonWeek } from '../types.js';
import { round4 } from './calendar-time.js';

export interface PersonSystemTotal {
  person: string;
  system: string;
  hours: number;
  /** Share of the person's scheduled hours over the window, 0–1. */
  share: number;
}

export interface PersonWorkstreamTotal {
  person: string;
  /** "unassigned" for hours with no workstream. */
  workstream: string;
  hours: number;
  share: number;
}

function sumRecords(
  weeks: readonly PersonWeek[],
  pick: (w: PersonWeek) => Record<string, number>,
): Map<string, number> {
  const sums = new Map<string, number>();
  for (const w of weeks)
    for (const [key, hours] of Object.entries(pick(w))) sums.set(key, (sums.get(key) ?? 0) + hours);
  return sums;
}

/** Keys by hours descending, "unassigned" last, ties by name: the order every format shows. */
function ordered(sums: Map<string, number>): [string, number][] {
  return [...sums.entries()].sort(
    (a, b) =>
      Number(a[0] === UNASSIGNED) - Number(b[0] === UNASSIGNED) || b[1] - a[1] || a[0].localeCompare(b[0]),
  );
}

/** Person × system and person × workstream hours over the whole window, with each share of the person's total. */
export function personTotals(personWeeks: readonly PersonWeek[]): {
  bySystem: PersonSystemTotal[];
  byWorkstream: PersonWorkstreamTotal[];
} {
  const people = [...new Set(personWeeks.map((w) => w.person))];
  const bySystem: PersonSystemTotal[] = [];
  const byWorkstream: PersonWorkstreamTotal[] = [];
  for (const person of people) {
    const weeks = personWeeks.filter((w) => w.person === person);
    const total = weeks.reduce((sum, w) => sum + w.scheduled, 0);
    const share = (hours: number): number => (total > 0 ? round4(hours / total) : 0);
    for (const [system, hours] of ordered(sumRecords(weeks, (w) => w.bySystem))) {
      bySystem.push({ person, system, hours: round4(hours), share: share(hours) });
    }
    for (const [workstream, hours] of ordered(sumRecords(weeks, (w) => w.byWorkstream))) {
      byWorkstream.push({ person, workstream, hours: round4(hours), share: share(hours) });
    }
  }
  return { bySystem, byWorkstream };
}
