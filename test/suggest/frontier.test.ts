import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTeam, planLeads } from '../../src/suggest/index.js';
import { searchFrontierStep } from '../../src/suggest/lead-plan/frontier-search.js';
import { buildInstance, incumbent } from '../../src/suggest/lead-plan/instance.js';
import { bruteForceFrontier } from './brute-force.js';
import { analysis, config, occ, personWeeks } from './helpers.js';
import { threeSystemTeam, twoSystemTeam } from './plan-teams.js';
import { teamArbitrary } from './team-arbitrary.js';

// Everyone contracts 10 h a week: warn at 7.5 h, critical at 10 h.

describe.each(['search', 'highs'] as const)('lead-plan frontier (%s)', (solver) => {
  const plan = (a: ReturnType<typeof analysis>, within?: number) =>
    planLeads(buildTeam(a, personWeeks(a)), a.config, {
      solver,
      ...(within === undefined ? {} : { within }),
    });

  it('finds each step’s optimum and recommends the fewest changes within 10% of the best relief', async () => {
    // Designated leads: s1 (6 h) a, s2 (4 h) a, s3 (3 h) a. a covers all; b covers s2, s3; c covers s3.
    // b has 2 h of internal meetings. Today's arrangement: a = 13 h (5.5 above warn 7.5), b = 2, c = 0.
    //   overload 5.5, peak 1.3.
    // 1 change: s2 → b: a 9 (1.5 over), b 6; s3 → b: a 10 (2.5 over); s3 → c: a 10 (2.5). Best s2 → b:
    //   overload 1.5, peak 0.9, 4 h moved. (s1 → b or c is impossible: they do not cover it.)
    // 2 changes: s2 → b and s3 → c: a 6, b 6, c 3: overload 0, peak 0.6, 7 h moved. (s2, s3 → b gives
    //   b 9: overload 1.5.) Nothing beats overload 0 and peak 0.6 (a must hold s1: 6 h), so it stops.
    // Best reduction 5.5; within 10% means a reduction of at least 4.95: 1 change gives only 4, so 2.
    const a = threeSystemTeam();
    const result = await plan(a);
    expect(result.objective).toBe('frontier');
    expect(
      result.frontier.map((s) => [s.maxChanges, s.overload, s.maxLoad, s.hoursMoved, s.overWarn]),
    ).toEqual([
      [0, 5.5, 1.3, 0, ['a']],
      [1, 1.5, 0.9, 4, ['a']],
      [2, 0, 0.6, 7, []],
    ]);
    expect(result.frontier[1]!.changes).toEqual([{ system: 's2', kind: null, from: 'a', to: 'b', hours: 4 }]);
    expect(result.recommendation).toMatchObject({
      maxChanges: 2,
      overloadReduction: 5.5,
      bestReduction: 5.5,
      overWarn: [],
      newlyOverWarn: [],
    });
    expect(result.assignments.map((x) => [x.system, x.lead, x.todayLead, x.changed])).toEqual([
      ['s1', 'a', 'a', false],
      ['s2', 'b', 'a', true],
      ['s3', 'c', 'a', true],
    ]);
    expect(result).toMatchObject({ overloadDesignated: 5.5, overloadPlan: 0, hoursMovedBetweenLeads: 7 });
    // Within 30%, a reduction of 5.5 × 0.7 = 3.85 is enough: 1 change (4) is recommended, leaving a over warn.
    expect((await plan(a, 0.3)).recommendation).toMatchObject({ maxChanges: 1, overWarn: ['a'] });
  });

  it('names the people the recommended plan itself pushes over warn', async () => {
    // s1 (4 h) and s2 (6 h), both led by a; b covers s1 only and has 4 h of internal meetings.
    // Today's leads: a 10 h (2.5 above warn 7.5), b 4 h: overload 2.5, peak 1.0.
    // 1 change, s1 → b: a 6, b 8 (0.5 above warn): overload 0.5, peak 0.8, 4 h moved. No other change
    // exists, so the frontier stops there; the recommendation relieves a and pushes b over warn.
    const a = twoSystemTeam();
    const result = await plan(a);
    expect(result.frontier.map((s) => [s.overload, s.maxLoad, s.hoursMoved])).toEqual([
      [2.5, 1, 0],
      [0.5, 0.8, 4],
    ]);
    expect(result.recommendation).toMatchObject({ maxChanges: 1, overWarn: ['b'], newlyOverWarn: ['b'] });
  });

  it('the balanced objective keeps the minimum-peak plan', async () => {
    // The same team as above: balanced minimises the peak first. s1 → b gives a 6, b 8 (0.8); s1 → a
    // gives a 10 (1.0). So s1 → b, peak 0.8; no frontier, no recommendation.
    const a = twoSystemTeam();
    const result = await planLeads(buildTeam(a, personWeeks(a)), a.config, { solver, objective: 'balanced' });
    expect(result).toMatchObject({
      objective: 'balanced',
      maxLoadPlan: 0.8,
      frontier: [],
      recommendation: null,
    });
    expect(result.assignments.map((x) => x.lead)).toEqual(['b', 'a']);
  });
});

describe('the frontier on generated teams', () => {
  // crowded teams (most people cover most systems, little capacity) give frontiers of several steps.
  it.each([
    ['search', false, false],
    ['highs', false, false],
    ['search', true, true],
    ['highs', true, true],
    ['search', false, true],
    ['highs', true, false],
  ] as const)(
    'equals brute force at every step (%s; per system and kind: %s; crowded: %s)',
    async (solver, kinds, crowded) => {
      await fc.assert(
        fc.asyncProperty(teamArbitrary({ kinds, crowded }), async (c) => {
          const pws = personWeeks(c.a);
          const plan = await planLeads(buildTeam(c.a, pws), c.a.config, { solver });
          const brute = bruteForceFrontier(c.a, pws);
          expect(plan.exact).toBe(true);
          expect(plan.frontier.length).toBe(brute.length);
          plan.frontier.forEach((step, k) => {
            expect(step.maxChanges).toBe(k);
            expect(step.changes.length).toBeLessThanOrEqual(k);
            expect(step.overload).toBeCloseTo(brute[k]!.overload, 4);
            expect(step.maxLoad).toBeCloseTo(brute[k]!.peak, 4);
            expect(step.hoursMoved).toBeCloseTo(brute[k]!.moved, 4);
          });
          // The recommendation: the first step within 10% of the best reduction.
          const reduction = (k: number) => brute[0]!.overload - brute[k]!.overload;
          const best = reduction(brute.length - 1);
          const k = best <= 1e-7 ? 0 : brute.findIndex((_, i) => reduction(i) >= 0.9 * best - 1e-7);
          expect(plan.recommendation?.maxChanges).toBe(k);
        }),
        { numRuns: 40 },
      );
    },
  );

  it('a search stopped by its node limit keeps the best plan found and says it is not proved', () => {
    // The first hand-worked team: today's leads are not optimal (5.5 h above warn; 0 is reachable).
    const a = threeSystemTeam();
    const instance = buildInstance(buildTeam(a, personWeeks(a)), a.config);
    const start = incumbent(instance);
    const stopped = searchFrontierStep(instance, 3, start, 1);
    expect(stopped.complete).toBe(false);
    expect(stopped.assignment).toEqual(start);
    const full = searchFrontierStep(instance, 3, start, Number.POSITIVE_INFINITY);
    expect(full.complete).toBe(true);
    expect(full.assignment).not.toEqual(start);
  });

  it('the exact search and HiGHS agree on larger teams', async () => {
    await fc.assert(
      fc.asyncProperty(teamArbitrary({ large: true }), async (c) => {
        const team = buildTeam(c.a, personWeeks(c.a));
        const search = await planLeads(team, c.a.config, { solver: 'search' });
        const highs = await planLeads(team, c.a.config, { solver: 'highs' });
        expect(highs.exact).toBe(true);
        expect(highs.frontier.length).toBe(search.frontier.length);
        search.frontier.forEach((step, k) => {
          expect(highs.frontier[k]!.overload).toBeCloseTo(step.overload, 4);
          expect(highs.frontier[k]!.maxLoad).toBeCloseTo(step.maxLoad, 4);
          expect(highs.frontier[k]!.hoursMoved).toBeCloseTo(step.hoursMoved, 4);
        });
      }),
      { numRuns: 10 },
    );
  });
});

describe.each(['search', 'highs'] as const)('plan per system and workstream kind (%s)', (solver) => {
  // a leads s1 and has 3 h of internal meetings; s1 has a 4 h clinical (stroke) and a 5 h strategic
  // (board) meeting. b and c also cover s1; c has 3 h of internal meetings.
  // Today's leads: a = 3 + 4 + 5 = 12 h (4.5 above warn 7.5), c 3 h.
  const cfg = config(
    [
      { id: 'a', covers: ['s1'] },
      { id: 'b', covers: ['s1'] },
      { id: 'c', covers: ['s1'] },
    ],
    [{ id: 's1', lead: 'a' }],
    [
      { id: 'stroke', kind: 'clinical' },
      { id: 'board', kind: 'strategic' },
    ],
  );
  const occs = [
    occ({ person: 'a', uid: 'int', day: 0, hours: 3 }),
    occ({ person: 'c', uid: 'int-c', day: 0, hours: 3 }),
    occ({ person: 'a', uid: 'm1', day: 1, hours: 4, system: 's1', workstream: 'stroke' }),
    occ({ person: 'a', uid: 'm2', day: 2, hours: 5, system: 's1', workstream: 'board' }),
  ];

  it('with granularity system, the whole system moves', async () => {
    // 1 change, s1 (9 h) → b: a 3, b 9 (1.5 above warn): overload 1.5, peak 0.9, 9 h moved (→ c: c 12,
    // 4.5 above warn). Nothing else.
    const a = analysis(cfg, occs);
    const result = await planLeads(buildTeam(a, personWeeks(a)), a.config, { solver });
    expect(result.granularity).toBe('system');
    expect(result.frontier.map((s) => [s.overload, s.maxLoad, s.hoursMoved])).toEqual([
      [4.5, 1.2, 0],
      [1.5, 0.9, 9],
    ]);
  });

  it('with granularity system-and-kind, the clinical and strategic meetings can have different leads', async () => {
    // Units s1/clinical (4 h) and s1/strategic (5 h), both with today's lead a.
    // 1 change: clinical → b gives a 8 (0.5 above warn); strategic → c gives c 8 (0.5); strategic → b
    //   gives a 7, b 5: overload 0, peak 0.7, 5 h moved. So strategic → b, uniquely.
    // No plan beats peak 0.7: a keeps 3 h; the 4 h clinical unit makes a 7, b 4 (with the 5 h: 9) or
    //   c 7; so someone is at 0.7 at best. 2 changes (clinical → c, strategic → b) only add hours moved,
    //   so the frontier stops at 1 change, which is recommended.
    const a = analysis({ ...cfg, plan: { granularity: 'system-and-kind', recommendWithin: 0.1 } }, occs);
    const result = await planLeads(buildTeam(a, personWeeks(a)), a.config, { solver });
    expect(result.granularity).toBe('system-and-kind');
    expect(result.frontier.map((s) => [s.overload, s.maxLoad, s.hoursMoved])).toEqual([
      [4.5, 1.2, 0],
      [0, 0.7, 5],
    ]);
    expect(result.recommendation?.changes).toEqual([
      { system: 's1', kind: 'strategic', from: 'a', to: 'b', hours: 5 },
    ]);
    expect(result.assignments.map((x) => [x.system, x.kind, x.lead])).toEqual([
      ['s1', 'clinical', 'a'],
      ['s1', 'strategic', 'b'],
    ]);
  });
});
