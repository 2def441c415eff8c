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
  const groups = new Map<string, { person: string; week: string; workstream: string; pieces: Piece[] }>();
  for (const [person, pieces] of team.pieces) {
    for (const piece of pieces) {
      const workstream = piece.occ.workstream;
      if (!workstream || !isSystemPiece(piece)) continue;
      const id = `${person}\u0000${piece.week}\u0000${workstream}`;
      const group = groups.get(id) ?? { person, week: piece.week, workstream, pieces: [] };
      group.pieces.push(piece);
      groups.set(id, group);
    }
  }
  const out: ConsolidationCandidate[] = [];
  for (const g of groups.values()) {
    const bySystem = new Map<string, { hours: number; keys: Set<string> }>();
    for (const p of g.pieces) {
      const s = bySystem.get(p.occ.system) ?? { hours: 0, keys: new Set<string>() };
      s.hours += p.occ.hours;
      s.keys.add(p.key);
      bySystem.set(p.occ.system, s);
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
  const byKey = new Map<string, Map<string, Piece[]>>();
  for (const [person, pieces] of team.pieces) {
    if (!isExecutive(team, person)) continue;
    for (const piece of pieces) {
      if (!isSystemPiece(piece)) continue;
      const attendees = byKey.get(piece.key) ?? new Map<string, Piece[]>();
      attendees.set(person, [...(attendees.get(person) ?? []), piece]);
      byKey.set(piece.key, attendees);
    }
  }
  const byUid = new Map<
    string,
    { first: Piece; attendees: Set<string>; occurrences: number; hours: number; saved: number }
  >();
  for (const attendees of byKey.values()) {
    if (attendees.size < 2) continue;
    const copies = [...attendees.values()];
    const hours = Math.max(...copies.map((c) => c.reduce((s, p) => s + p.occ.hours, 0)));
    const first = copies.flat().sort((a, b) => a.occ.start - b.occ.start)[0]!;
    const saved = copies.reduce((s, c) => s + c.reduce((t, p) => t + p.occ.hours, 0), 0) - hours;
    const entry = byUid.get(first.occ.uid) ?? {
      first,
      attendees: new Set<string>(),
      occurrences: 0,
      hours: 0,
      saved: 0,
    };
    if (first.occ.start < entry.first.occ.start) entry.first = first;
    for (const a of attendees.keys()) entry.attendees.add(a);
    entry.occurrences += 1;
    entry.hours += hours;
    entry.saved += saved;
    byUid.set(first.occ.uid, entry);
  }
  return [...byUid.values()]
    .map((e) => ({
      system: e.first.occ.system,
      meeting: meetingRef(team, e.first.occ),
      attendees: [...e.attendees].sort(),
      occurrences: e.occurrences,
      hours: round(e.hours),
      couldSave: round(e.saved),
    }))
    .sort((a, b) => b.couldSave - a.couldSave || (a.meeting.uid < b.meeting.uid ? -1 : 1));
}
