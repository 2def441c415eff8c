import { round4 } from '../measure/calendar-time.js';
import type { Measurement } from '../measure/index.js';
import { displayTitle } from '../display-title.js';
import type { Analysis, TaggedOccurrence } from '../types.js';
import type { FlaggedMeeting } from './types.js';

/** How many meetings are listed behind each flagged week. */
export const MEETINGS_PER_FLAGGED_WEEK = 8;

/**
 * The meetings behind each warn or critical week, grouped by UID (a series counts as one line)
 * and system, largest first. Titles go through displayTitle, so private ones never leave here.
 */
export function flaggedMeetings(
  analysis: Analysis,
  { days, personWeeks }: Measurement,
  redact: boolean,
): FlaggedMeeting[] {
  const flagged = new Set(personWeeks.filter((w) => w.level !== 'ok').map((w) => `${w.person} ${w.week}`));
  if (flagged.size === 0) return [];
  const groups = new Map<
    string,
    { first: TaggedOccurrence; week: string; ms: number; starts: Set<number>; private: boolean }
  >();
  const flaggedPeople = new Set(personWeeks.filter((w) => w.level !== 'ok').map((w) => w.person));
  for (const o of analysis.occurrences) {
    if (!o.counts || !flaggedPeople.has(o.person)) continue;
    const week = days.weekOf(o.start);
    if (!flagged.has(`${o.person} ${week}`)) continue;
    const key = `${o.person}\u0000${week}\u0000${o.uid}\u0000${o.system}\u0000${o.workstream ?? ''}`;
    const group = groups.get(key) ?? { first: o, week, ms: 0, starts: new Set<number>(), private: false };
    group.ms += o.end - o.start;
    // Pieces of one occurrence split at midnight share its start and count once.
    group.starts.add(o.occurrenceStart);
    group.private ||= o.private;
    groups.set(key, group);
  }
  const meetings: FlaggedMeeting[] = [...groups.values()].map((g) => ({
    person: g.first.person,
    week: g.week,
    title: displayTitle({ private: g.private, title: g.first.title }, redact),
    system: g.first.system,
    workstream: g.first.workstream,
    hours: round4(g.ms / 3_600_000),
    occurrences: g.starts.size,
  }));
  // Position of each person-week in the report (first one wins, as indexOf did); a lookup, not a scan.
  const order = new Map<string, number>();
  personWeeks.forEach((w, i) => {
    const key = `${w.person} ${w.week}`;
    if (!order.has(key)) order.set(key, i);
  });
  const position = (m: FlaggedMeeting): number => order.get(`${m.person} ${m.week}`) ?? -1;
  meetings.sort(
    (a, b) =>
      position(a) - position(b) ||
      b.hours - a.hours ||
      a.system.localeCompare(b.system) ||
      a.title.localeCompare(b.title),
  );
  const kept: FlaggedMeeting[] = [];
  const perWeek = new Map<string, number>();
  for (const m of meetings) {
    const key = `${m.person} ${m.week}`;
    const n = perWeek.get(key) ?? 0;
    if (n < MEETINGS_PER_FLAGGED_WEEK) kept.push(m);
    perWeek.set(key, n + 1);
  }
  return kept;
}
