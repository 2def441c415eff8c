import { describe, expect, it } from 'vitest';
import { suggestSync } from '../../src/suggest/index.js';
import { W47, W48, analysis, config, occ, personWeeks } from './helpers.js';

// Every person contracts 10 hours: warn at 7.5 h (75%), critical at 10 h.

function run(a: ReturnType<typeof analysis>, verbose = false) {
  return suggestSync({ analysis: a, personWeeks: personWeeks(a) }, { verbose }).moves;
}

describe('moves for flagged weeks', () => {
  it('steps back from a meeting a colleague already attends before moving anything', () => {
    // a: 2 h "s1 board" (b attends too) + 2 h s1 meeting + 4 h unassigned = 8 h ≥ 7.5 → warn.
    // Stepping back from the shared board costs nobody anything: a 8 → 6 (< 7.5), b stays at 3.
    const cfg = config(
      [
        { id: 'a', covers: ['s1'] },
        { id: 'b', covers: ['s1'] },
      ],
      [{ id: 's1' }],
    );
    const a = analysis(cfg, [
      occ({ person: 'a', uid: 'board', day: 0, hour: 9, hours: 2, system: 's1' }),
      occ({ person: 'b', uid: 'board', day: 0, hour: 9, hours: 2, system: 's1' }),
      occ({ person: 'a', uid: 'm2', day: 1, hour: 9, hours: 2, system: 's1' }),
      occ({ person: 'a', uid: 'internal', day: 2, hour: 9, hours: 4 }),
      occ({ person: 'b', uid: 'b-own', day: 3, hour: 9, hours: 1, system: 's1' }),
    ]);
    const [week] = run(a);
    expect(week).toMatchObject({
      person: 'a',
      week: W47,
      levelBefore: 'warn',
      hoursBefore: 8,
      hoursAfter: 6,
    });
    expect(week!.outcome).toBe('resolved');
    expect(week!.moves).toHaveLength(1);
    const move = week!.moves[0]!;
    expect(move).toMatchObject({
      kind: 'step-back',
      from: 'a',
      to: 'b',
      why: ['already-attends'],
      hoursInWeek: 2,
    });
    expect(move.meeting.uid).toBe('board');
    // b gains nothing: 3 → 3.
    expect(move.weeks[0]).toMatchObject({ fromBefore: 8, fromAfter: 6, toBefore: 3, toAfter: 3, gained: 0 });
  });

  it('skips a colleague who is busy at that time and one who does not cover the system', () => {
    // a: 2 h s1 meeting Monday 09–11 + 6 h unassigned = 8 h (warn).
    // b covers s1 but is in a meeting Monday 10–11 → busy. d is free but does not cover s1 → not eligible.
    // c covers s1, is free and has 2 h: after the move c has 4 h < 7.5 → feasible. a: 8 → 6.
    const cfg = config(
      [
        { id: 'a', covers: ['s1'] },
        { id: 'b', covers: ['s1'] },
        { id: 'c', covers: ['s1'] },
        { id: 'd', covers: [] },
      ],
      [{ id: 's1' }],
    );
    const a = analysis(cfg, [
      occ({ person: 'a', uid: 'm', day: 0, hour: 9, hours: 2, system: 's1' }),
      occ({ person: 'a', uid: 'int', day: 1, hour: 9, hours: 6 }),
      occ({ person: 'b', uid: 'clash', day: 0, hour: 10, hours: 1 }),
      occ({ person: 'c', uid: 'c-own', day: 2, hour: 9, hours: 2 }),
    ]);
    const [week] = run(a, true);
    const move = week!.moves[0]!;
    expect(move).toMatchObject({ kind: 'move', from: 'a', to: 'c', why: ['covers-system'], hoursInWeek: 2 });
    expect(move.weeks[0]).toMatchObject({ fromBefore: 8, fromAfter: 6, toBefore: 2, toAfter: 4, gained: 2 });
    expect(move.alternatives).toEqual([
      { person: 'b', reason: 'busy', clashes: 1 },
      { person: 'd', reason: 'not-eligible' },
    ]);
    expect(week!.hoursAfter).toBe(6);
  });

  it('says why when no move is feasible', () => {
    // a: 2 h s1 + 7 h unassigned = 9 h (warn). b covers s1 but has 6 h: 6 + 2 = 8 ≥ 7.5 → would overload.
    // c does not cover s1. Nothing feasible: blocked, everyone eligible would be overloaded.
    const cfg = config(
      [{ id: 'a', covers: ['s1'] }, { id: 'b', covers: ['s1'] }, { id: 'c' }],
      [{ id: 's1' }],
    );
    const a = analysis(cfg, [
      occ({ person: 'a', uid: 'm', day: 0, hour: 9, hours: 2, system: 's1' }),
      occ({ person: 'a', uid: 'int', day: 1, hour: 9, hours: 7 }),
      occ({ person: 'b', uid: 'b-own', day: 2, hour: 9, hours: 6 }),
    ]);
    const [week] = run(a, true);
    expect(week).toMatchObject({ outcome: 'blocked', resolved: false, hoursAfter: 9, moves: [] });
    expect(week!.blocked).toHaveLength(1);
    expect(week!.blocked[0]).toMatchObject({
      reason: 'everyone-overloaded',
      counts: { 'would-overload': 1, 'not-eligible': 1 },
      hoursInWeek: 2,
    });
    expect(week!.blocked[0]!.rejections).toContainEqual({
      person: 'b',
      reason: 'would-overload',
      week: W47,
      hoursAfter: 8,
      warnAt: 7.5,
    });
  });

  it('says nobody is eligible, and that a week with only unassigned meetings has nothing to move', () => {
    // a: 8 h s1 (nobody else covers s1). z: 8 h unassigned only.
    const cfg = config([{ id: 'a', covers: ['s1'] }, { id: 'b' }, { id: 'z' }], [{ id: 's1' }]);
    const a = analysis(cfg, [
      occ({ person: 'a', uid: 'm', day: 0, hour: 9, hours: 8, system: 's1' }),
      occ({ person: 'z', uid: 'int', day: 0, hour: 9, hours: 8 }),
    ]);
    const weeks = run(a);
    expect(weeks.map((w) => [w.person, w.outcome])).toEqual([
      ['a', 'blocked'],
      ['z', 'no-system-meetings'],
    ]);
    expect(weeks[0]!.blocked[0]!.reason).toBe('nobody-eligible');
    expect(weeks[0]!.levelAfter).toBe('warn');
  });

  it('prefers the designated lead, then a colleague engaged with the system', () => {
    // a: 3 h s1 + 5 h unassigned = 8 h. b is the designated lead of s1 (0 h); c already attends an s1
    // meeting (1 h). Both are feasible: the lead wins. a: 8 → 5.
    const cfg = config(
      [
        { id: 'a', covers: ['s1'] },
        { id: 'b', covers: ['s1'] },
        { id: 'c', covers: ['s1'] },
      ],
      [{ id: 's1', lead: 'b' }],
    );
    const a = analysis(cfg, [
      occ({ person: 'a', uid: 'm', day: 0, hour: 9, hours: 3, system: 's1' }),
      occ({ person: 'a', uid: 'int', day: 1, hour: 9, hours: 5 }),
      occ({ person: 'c', uid: 'c-s1', day: 2, hour: 9, hours: 1, system: 's1' }),
    ]);
    const move = run(a)[0]!.moves[0]!;
    expect(move).toMatchObject({ to: 'b', why: ['designated-lead'] });

    // Without a designated lead, c (engaged with s1) is preferred over b.
    const cfg2 = config(
      [
        { id: 'a', covers: ['s1'] },
        { id: 'b', covers: ['s1'] },
        { id: 'c', covers: ['s1'] },
      ],
      [{ id: 's1' }],
    );
    const move2 = run(analysis(cfg2, a.occurrences))[0]!.moves[0]!;
    expect(move2).toMatchObject({ to: 'c', why: ['engaged-with-system'] });
  });

  it('requires at least the owner’s authority, except for the designated lead', () => {
    // a (executive): 2 h s1 + 6 h = 8 h. b is a director who covers s1 → authority rejection.
    const cfg = config(
      [
        { id: 'a', covers: ['s1'] },
        { id: 'b', covers: ['s1'], authority: 'director' },
      ],
      [{ id: 's1' }],
    );
    const occs = [
      occ({ person: 'a', uid: 'm', day: 0, hour: 9, hours: 2, system: 's1' }),
      occ({ person: 'a', uid: 'int', day: 1, hour: 9, hours: 6 }),
    ];
    expect(run(analysis(cfg, occs))[0]!.blocked[0]!.counts).toEqual({ authority: 1 });
    // As the system's designated lead, b is acceptable.
    const led = config(
      [
        { id: 'a', covers: ['s1'] },
        { id: 'b', covers: ['s1'], authority: 'director' },
      ],
      [{ id: 's1', lead: 'b' }],
    );
    expect(run(analysis(led, occs))[0]!.moves[0]).toMatchObject({ to: 'b', why: ['designated-lead'] });
  });

  it('moves a whole series the owner attends in every week, and checks the colleague in each week', () => {
    // A weekly 2 h s1 series on Mondays in W47 and W48. a: series + 6 h unassigned each week = 8 h (warn) twice.
    // b covers s1 with 5 h in W47 and 6 h in W48: after the move 7 and 8 → W48 would reach 7.5 → b overloaded.
    // c covers s1 with 5 h both weeks → 7 and 7 < 7.5: c takes the series; a: 8 → 6 in both weeks,
    // so W48's flagged week is already resolved when its turn comes.
    const cfg = config(
      [
        { id: 'a', covers: ['s1'] },
        { id: 'b', covers: ['s1'] },
        { id: 'c', covers: ['s1'] },
      ],
      [{ id: 's1' }],
    );
    const occs = [W47, W48].flatMap((week) => [
      occ({ person: 'a', uid: 'series', week, day: 0, hour: 9, hours: 2, system: 's1', recurring: true }),
      occ({ person: 'a', uid: `int-${week}`, week, day: 1, hour: 9, hours: 6 }),
      occ({ person: 'c', uid: `c-${week}`, week, day: 2, hour: 9, hours: 5 }),
    ]);
    occs.push(occ({ person: 'b', uid: 'b1', week: W47, day: 3, hours: 5 }));
    occs.push(occ({ person: 'b', uid: 'b2', week: W48, day: 3, hours: 6 }));
    const weeks = run(analysis(cfg, occs, [W47, W48]), true);
    expect(weeks.map((w) => [w.week, w.outcome])).toEqual([
      [W47, 'resolved'],
      [W48, 'resolved-earlier'],
    ]);
    const move = weeks[0]!.moves[0]!;
    expect(move).toMatchObject({ to: 'c', unit: 'series', occurrences: 2, hoursInWeek: 2, totalHours: 4 });
    expect(move.weeks.map((w) => [w.week, w.fromAfter, w.toAfter])).toEqual([
      [W47, 6, 7],
      [W48, 6, 7],
    ]);
    expect(move.alternatives).toContainEqual({
      person: 'b',
      reason: 'would-overload',
      week: W48,
      hoursAfter: 8,
      warnAt: 7.5,
    });
  });

  it('moves one occurrence when the owner declined part of the series, and never shows a private title', () => {
    // a declined the W48 instance, so the unit is the W47 occurrence only. The meeting is private.
    const cfg = config(
      [
        { id: 'a', covers: ['s1'] },
        { id: 'b', covers: ['s1'] },
      ],
      [{ id: 's1' }],
    );
    const occs = [
      occ({
        person: 'a',
        uid: 's',
        week: W47,
        hours: 2,
        system: 's1',
        recurring: true,
        private: true,
        title: 'Secret',
      }),
      occ({
        person: 'a',
        uid: 's',
        week: W48,
        hours: 2,
        system: 's1',
        recurring: true,
        private: true,
        counts: false,
      }),
      occ({ person: 'a', uid: 'int', week: W47, day: 1, hours: 6 }),
    ];
    const [week] = run(analysis(cfg, occs, [W47, W48]));
    const move = week!.moves[0]!;
    expect(move).toMatchObject({ unit: 'occurrence', occurrences: 1, totalHours: 2 });
    expect(move.meeting).toMatchObject({ title: '(private)', titleHidden: true, system: 's1' });
    expect(JSON.stringify(week)).not.toContain('Secret');
  });

  it('takes the fewest moves: one meeting that closes the gap beats two small ones', () => {
    // a: s1 meetings of 1 h, 1 h and 3 h + 5 h unassigned = 10 h (critical); gap to warn = 10 − 7.5 = 2.5.
    // Only the 3 h meeting closes it alone → one move to b; a: 10 → 7.
    const cfg = config(
      [
        { id: 'a', covers: ['s1'] },
        { id: 'b', covers: ['s1'] },
      ],
      [{ id: 's1' }],
    );
    const a = analysis(cfg, [
      occ({ person: 'a', uid: 'one', day: 0, hour: 8, hours: 1, system: 's1' }),
      occ({ person: 'a', uid: 'two', day: 0, hour: 10, hours: 1, system: 's1' }),
      occ({ person: 'a', uid: 'three', day: 0, hour: 12, hours: 3, system: 's1' }),
      occ({ person: 'a', uid: 'int', day: 1, hours: 5 }),
    ]);
    const [week] = run(a);
    expect(week!.levelBefore).toBe('critical');
    expect(week!.moves.map((m) => m.meeting.uid)).toEqual(['three']);
    expect(week).toMatchObject({ hoursAfter: 7, levelAfter: 'ok' });
  });
});
