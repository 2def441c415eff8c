import { describe, expect, it } from 'vitest';
import { sharedMeetings } from '../../src/suggest/shared-meetings.js';
import { occurrenceKeys, pieceOf, type Piece } from '../../src/suggest/team.js';
import { W47, occ, type OccSpec } from './helpers.js';

const keyOf = occurrenceKeys();
const piece = (s: OccSpec): Piece => {
  const o = occ(s);
  return pieceOf(o, W47, keyOf(o));
};

describe('sharedMeetings', () => {
  // A weekly board on Monday and Tuesday: a and c share Tuesday's (1 h each), b and c Monday's
  // (b 1 h, c 1.5 h as c stays on); a alone at Wednesday's.
  const mon = (person: string, hours = 1) => piece({ person, uid: 'board', day: 0, hours, recurring: true });
  const tue = (person: string) => piece({ person, uid: 'board', day: 1, hours: 1, recurring: true });
  const wed = (person: string) => piece({ person, uid: 'board', day: 2, hours: 1, recurring: true });
  const shared = sharedMeetings([
    ['a', [tue('a'), wed('a')]],
    ['b', [mon('b')]],
    ['c', [mon('c', 1.5), tue('c')]],
    ['d', [piece({ person: 'd', uid: 'alone', hours: 2 })]],
  ]);

  it('counts each occurrence two or more attend once, and what going alone would save', () => {
    expect(shared).toHaveLength(1);
    const [board] = shared;
    expect([...board!.attendees].sort()).toEqual(['a', 'b', 'c']);
    expect(board!.occurrences).toBe(2); // Monday and Tuesday; Wednesday has one attendee
    expect(board!.hours).toBe(2.5); // Monday's longest copy 1.5 h + Tuesday 1 h
    expect(board!.saved).toBe(2); // (1 + 1.5 − 1.5) + (1 + 1 − 1)
  });

  it('names the meeting by its earliest shared occurrence, whichever attendee is met first', () => {
    expect(shared[0]!.first.occ.start).toBe(mon('b').occ.start);
  });
});
