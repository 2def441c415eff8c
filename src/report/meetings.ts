import { round4 } from '../measure/calendar-time.js';
import type { Measurement } from '../measure/index.js';
import { displayTitle } from '../display-title.js';
import type { Analysis, TaggedOccurrence } from '../types.js';
import type { FlaggedMeeting } from './types.js';

/** How many meetings are listed behind each flagged week. */
export const MEETINGS_PER_FLAGGED_WEEK = 8;

/** One line behind a flagged week, as it is summed: a UID's pieces of one system and workstream. */
interface Group {
  first: TaggedOccurrence;
  week: string;
  ms: number;
  starts: Set<number>;
  private: boolean;
}

/**
 * The meetings behind each warn or critical week, grouped by UID (a series counts as one line)
 * and system, largest first. Titles go through displayTitle, so private ones never leave here.
 */
export function flaggedMeetings(
  analysis: Analysis,
  { days, personWeeks }: Measurement,
  redact: boolean,
): FlaggedMeeting[] {
  // person → week → uid → the groups of that UID (one per system and workstream), in the order met.
  const flagged = new Map<string, Map<string, Map<string, Group[]>>>();
  for (const w of personWeeks) {
    if (w.level === 'ok') continue;
    let weeks = flagged.get(w.person);
    if (!weeks) {
      weeks = new Map<string, Map<string, Group[]>>();
      flagged.set(w.person, weeks);
    }
    weeks.set(w.week, new Map<string, Group[]>());
  }
  if (flagged.size === 0) return [];
  const groups: Group[] = [];
  for (const o of analysis.occurrences) {
    if (!o.counts) continue;
    const weeks = flagged.get(o.person);
    if (!weeks) continue;
    const week = days.weekOf(o.start);
    const byUid = weeks.get(week);
    if (!byUid) continue;
    let same = byUid.get(o.uid);
    if (!same) {
      same = [];
      byUid.set(o.uid, same);
    }
    const workstream = o.workstream ?? '';
    let group = same.find((g) => g.first.system === o.system && (g.first.workstream ?? '') === workstream);
    if (!group) {
      group = { first: o, week, ms: 0, starts: new Set<number>(), private: false };
      same.push(group);
      groups.push(group);
    }
    group.ms += o.end - o.start;
    // Pieces of one occurrence split at midnight share its start and count once.
    group.starts.add(o.occurrenceStart);
    group.private ||= o.private;
  }
  // Position of each person-week in the report (first one wins, as indexOf did); a lookup, not a scan.
  const order = new Map<string, number>();
  personWeeks.forEach((w, i) => {
    const key = `${w.person} ${w.week}`;
    if (!order.has(key)) order.set(key, i);
  });
  const placed = groups.map((g) => ({
    position: order.get(`${g.first.person} ${g.week}`) ?? -1,
    meeting: {
      person: g.first.person,
      week: g.week,
      title: displayTitle({ private: g.private, title: g.first.title }, redact),
      system: g.first.system,
      workstream: g.first.workstream,
      hours: round4(g.ms / 3_600_000),
      occurrences: g.starts.size,
    } satisfies FlaggedMeeting,
  }));
  placed.sort(
    (a, b) =>
      a.position - b.position ||
      b.meeting.hours - a.meeting.hours ||
      a.meeting.system.localeCompare(b.meeting.system) ||
      a.meeting.title.localeCompare(b.meeting.title),
  );
  const meetings = placed.map((p) => p.meeting);
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
