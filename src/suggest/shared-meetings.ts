import type { Piece } from './team.js';

/** A meeting (one UID) that two or more attendees attend together, over the occurrences they share. */
export interface SharedMeeting<A> {
  /** The earliest piece of the earliest shared occurrence: the meeting as it is named. */
  first: Piece;
  /** Everyone at one or more of the shared occurrences. */
  attendees: Set<A>;
  /** Occurrences with two or more attendees. */
  occurrences: number;
  /** Those occurrences' hours, each counted once (its longest copy). */
  hours: number;
  /** Hours spent beyond once per occurrence: what sending one attendee alone would save. */
  saved: number;
}

const sum = (pieces: readonly Piece[]): number => pieces.reduce((t, p) => t + p.hours, 0);

/**
 * Double attendance: the occurrences (pieces with the same key) two or more attendees hold, grouped
 * by UID, in the order their first shared occurrence is met. Joint forums and the lead plan both
 * count it this way; who is an attendee (executives, people with a system's meetings) is theirs.
 */
export function sharedMeetings<A>(attendance: Iterable<readonly [A, Iterable<Piece>]>): SharedMeeting<A>[] {
  // Per occurrence key, its attendees' pieces: most occurrences have one attendee, kept without a map.
  const byKey = new Map<number, Map<A, Piece[]> | { only: A; pieces: Piece[] }>();
  for (const [attendee, pieces] of attendance) {
    for (const piece of pieces) {
      const seen = byKey.get(piece.key);
      if (seen === undefined) byKey.set(piece.key, { only: attendee, pieces: [piece] });
      else if (!(seen instanceof Map)) {
        if (seen.only === attendee) seen.pieces.push(piece);
        else
          byKey.set(
            piece.key,
            new Map([
              [seen.only, seen.pieces],
              [attendee, [piece]],
            ]),
          );
      } else {
        const theirs = seen.get(attendee);
        if (theirs) theirs.push(piece);
        else seen.set(attendee, [piece]);
      }
    }
  }
  const byUid = new Map<string, SharedMeeting<A>>();
  for (const who of byKey.values()) {
    if (!(who instanceof Map)) continue;
    const copies = [...who.values()];
    const once = Math.max(...copies.map(sum));
    const spent = copies.reduce((s, c) => s + sum(c), 0);
    const first = copies.flat().sort((a, b) => a.start - b.start)[0]!;
    const entry = byUid.get(first.uid) ?? {
      first,
      attendees: new Set<A>(),
      occurrences: 0,
      hours: 0,
      saved: 0,
    };
    if (first.start < entry.first.start) entry.first = first;
    for (const a of who.keys()) entry.attendees.add(a);
    entry.occurrences += 1;
    entry.hours += once;
    entry.saved += spent - once;
    byUid.set(first.uid, entry);
  }
  return [...byUid.values()];
}
