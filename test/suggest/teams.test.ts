import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/types.js';
import { loadConfig } from '../../src/config/file.js';
import { suggest, suggestSync } from '../../src/suggest/index.js';
import { W47, analysis, config, occ, personWeeks } from './helpers.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');

// Every person contracts 10 hours: warn at 7.5 h (75%), critical at 10 h.

function withTeams(cfg: Config, teams: Record<string, string>): Config {
  return { ...cfg, people: cfg.people.map((p) => (teams[p.id] ? { ...p, team: teams[p.id] } : p)) };
}

/** a (team t1) is at 8 h with a 2 h s1 meeting; b (team t2) is s1's designated lead and free; c (t1) covers s1 and has 3 h. */
function crossTeam(teams: Record<string, string>) {
  const cfg = config(
    [
      { id: 'a', covers: ['s1'] },
      { id: 'b', covers: ['s1'] },
      { id: 'c', covers: ['s1'] },
    ],
    [{ id: 's1', lead: 'b' }],
  );
  return analysis(withTeams(cfg, teams), [
    occ({ person: 'a', uid: 'm', day: 0, hour: 9, hours: 2, system: 's1' }),
    occ({ person: 'a', uid: 'int', day: 1, hour: 9, hours: 6 }),
    occ({ person: 'c', uid: 'c-own', day: 2, hour: 9, hours: 3 }),
  ]);
}

describe('teams', () => {
  it('never moves a meeting to someone in another team', () => {
    // Without teams the designated lead b ranks first: a 8 → 6, b 0 → 2.
    const one = crossTeam({});
    const [before] = suggestSync({ analysis: one, personWeeks: personWeeks(one) }).moves;
    expect(before!.moves.map((m) => m.to)).toEqual(['b']);
    expect(before!.moves[0]!.why).toEqual(['designated-lead']);

    // With a and c in t1 and b in t2, only c is a colleague: c 3 + 2 = 5 h < 7.5 → feasible; a 8 → 6.
    const split = crossTeam({ a: 't1', b: 't2', c: 't1' });
    const [week] = suggestSync({ analysis: split, personWeeks: personWeeks(split) }, { verbose: true }).moves;
    expect(week).toMatchObject({
      person: 'a',
      week: W47,
      hoursBefore: 8,
      hoursAfter: 6,
      outcome: 'resolved',
    });
    expect(week!.moves).toHaveLength(1);
    expect(week!.moves[0]).toMatchObject({ kind: 'move', to: 'c', why: ['covers-system'] });
    expect(week!.moves[0]!.weeks[0]).toMatchObject({ toBefore: 3, toAfter: 5 });
    // b is not even a rejected alternative: the other team is not looked at.
    expect(week!.moves[0]!.alternatives).toEqual([]);
  });

  it('never steps back in favour of someone in another team', () => {
    // a (t1) and b (t2) both attend the 2 h s1 "board"; a has 8 h (2 board + 6 unassigned) → warn.
    // Without teams: a steps back (b already attends). With teams a has no colleague: blocked, nobody eligible.
    const cfg = config(
      [
        { id: 'a', covers: ['s1'] },
        { id: 'b', covers: ['s1'] },
      ],
      [{ id: 's1' }],
    );
    const occurrences = [
      occ({ person: 'a', uid: 'board', day: 0, hour: 9, hours: 2, system: 's1' }),
      occ({ person: 'b', uid: 'board', day: 0, hour: 9, hours: 2, system: 's1' }),
      occ({ person: 'a', uid: 'int', day: 1, hour: 9, hours: 6 }),
    ];
    const one = analysis(cfg, occurrences);
    const [joint] = suggestSync({ analysis: one, personWeeks: personWeeks(one) }).moves;
    expect(joint!.moves.map((m) => m.kind)).toEqual(['step-back']);

    const split = analysis(withTeams(cfg, { a: 't1', b: 't2' }), occurrences);
    const [alone] = suggestSync({ analysis: split, personWeeks: personWeeks(split) }).moves;
    expect(alone).toMatchObject({ outcome: 'blocked', hoursAfter: 8, moves: [] });
    expect(alone!.blocked.map((b) => [b.meeting.uid, b.reason])).toEqual([['board', 'nobody-eligible']]);
  });

  it('plans leads per team, a designated lead only in their own team', async () => {
    // Team t1 = a, c; team t2 = b. s1's designated lead b is in t2.
    // t1: s1's only meeting (a's 2 h "m") goes to a t1 person with no designated lead.
    // t2: b has no s1 meeting, so t2 plans s1 with b designated and no meetings.
    const split = crossTeam({ a: 't1', b: 't2', c: 't1' });
    const set = await suggest({ analysis: split, personWeeks: personWeeks(split) }, { timeLimitSeconds: 5 });
    expect(set.leadPlan).toBeNull();
    expect(set.seats).toEqual([]);
    expect(set.teams!.map((t) => [t.team, t.people])).toEqual([
      ['t1', ['a', 'c']],
      ['t2', ['b']],
    ]);
    const t1 = set.teams![0]!.leadPlan!.assignments.find((x) => x.system === 's1')!;
    expect(t1.designatedLead).toBeNull();
    expect(['a', 'c']).toContain(t1.lead);
    expect(t1.hours).toBe(2);
    const t2 = set.teams![1]!.leadPlan!.assignments.find((x) => x.system === 's1')!;
    expect(t2.designatedLead).toBe('b');
    expect(t2.meetings).toBe(0);
    // The moves are the union of the teams' moves: a's week, resolved by c (as above).
    expect(set.moves.map((w) => [w.person, w.moves.map((m) => m.to)])).toEqual([['a', ['c']]]);
  });

  it('without a team anywhere, is one team as before (no teams list)', () => {
    const one = crossTeam({});
    expect(suggestSync({ analysis: one, personWeeks: personWeeks(one) }).teams).toBeUndefined();
  });

  it('reads people[].team from the config, absent meaning no team', async () => {
    const { config: cfg, findings } = await loadConfig({ cwd: path.join(fixtures, 'config-teams') });
    expect(findings).toEqual([]);
    expect(cfg.people.map((p) => [p.id, p.team])).toEqual([
      ['north.cmo', 'north'],
      ['south.cmo', 'south'],
      ['adviser', undefined],
    ]);
  });
});
