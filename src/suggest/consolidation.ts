import { sharedMeetings } from './shared-meetings.js';
import { isSystemPiece, meetingRef, round, type Piece, type Team } from './team.js';
import type { ConsolidationCandidate, DoubleAttendance } from './types.js';

/** Joint-forum candidates in report order: week, then person, then workstream. */
export const byWeekPersonWorkstream = (a: ConsolidationCandidate, b: ConsolidationCandidate): number =>
  a.week !== b.week
    ? a.week < b.week
      ? -1
      : 1
    : a.person !== b.person
      ? a.person < b.person
        ? -1
        : 1
      : a.workstream < b.workstream
        ? -1
        : 1;

/**
 * The same person discussing the same workstream in two or more systems in one week: a candidate
 * joint forum. The saving assumes one joint meeting as long as the longest system's share replaces them.
 */
export function findConsolidation(team: Team): ConsolidationCandidate[] {
  type Group = { person: string; week: string; workstream: string; pieces: Piece[] };
  const groups: Group[] = [];
  for (const [person, pieces] of team.pieces) {
    // week → workstream → group: week and workstream strings are shared, so no key is built per piece.
    const mine = new Map<string, Map<string, Group>>();
    for (const piece of pieces) {
      const workstream = piece.workstream;
      if (!workstream || !isSystemPiece(piece)) continue;
      let inWeek = mine.get(piece.week);
      if (!inWeek) {
        inWeek = new Map<string, Group>();
        mine.set(piece.week, inWeek);
      }
      let group = inWeek.get(workstream);
      if (!group) {
        group = { person, week: piece.week, workstream, pieces: [] };
        inWeek.set(workstream, group);
        groups.push(group);
      }
      group.pieces.push(piece);
    }
  }
  const out: ConsolidationCandidate[] = [];
  for (const g of groups) {
    const bySystem = new Map<string, { hours: number; keys: Set<number> }>();
    for (const p of g.pieces) {
      const s = bySystem.get(p.system) ?? { hours: 0, keys: new Set<number>() };
      s.hours += p.hours;
      s.keys.add(p.key);
      bySystem.set(p.system, s);
    }
    if (bySystem.size < 2) continue;
    const systems = [...bySystem]
      .map(([system, s]) => ({ system, hours: round(s.hours), meetings: s.keys.size }))
      .sort((a, b) => (a.system < b.system ? -1 : 1));
    const hours = [...bySystem.values()].reduce((sum, s) => sum + s.hours, 0);
    const longest = Math.max(...[...bySystem.values()].map((s) => s.hours));
    out.push({
      person: g.person,
      week: g.week,
      workstream: g.workstream,
      systems,
      hours: round(hours),
      couldSave: round(hours - longest),
    });
  }
  return out.sort(byWeekPersonWorkstream);
}

/**
 * Executives counted for double attendance: people whose authority is executive, or not given (the
 * people a trust tracks here are its executives unless the config says otherwise).
 */
function isExecutive(team: Team, person: string): boolean {
  const authority = team.people.get(person)?.authority ?? null;
  return authority === null || authority === 'executive';
}

/** Two or more executives at the same occurrence of a system meeting, grouped by UID. */
export function findDoubleAttendance(team: Team): DoubleAttendance[] {
  const executives = [...team.pieces]
    .filter(([person]) => isExecutive(team, person))
    .map(([person, pieces]) => [person, pieces.filter(isSystemPiece)] as const);
  return sharedMeetings(executives)
    .map((e) => ({
      system: e.first.system,
      meeting: meetingRef(team, e.first),
      attendees: [...e.attendees].sort(),
      occurrences: e.occurrences,
      hours: round(e.hours),
      couldSave: round(e.saved),
    }))
    .sort((a, b) => b.couldSave - a.couldSave || (a.meeting.uid < b.meeting.uid ? -1 : 1));
}
