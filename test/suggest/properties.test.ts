import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Authority } from '../../src/config/types.js';
import { buildTeam, planLeads, suggestSync } from '../../src/suggest/index.js';
import type { WeekMoves } from '../../src/suggest/types.js';
import { bruteForcePlan } from './brute-force.js';
import { at, personWeeks } from './helpers.js';
import { teamArbitrary } from './team-arbitrary.js';

interface Held {
  uid: string;
  occurrenceStart: number;
  start: number;
  end: number;
  hours: number;
  week: string;
  system: string;
}

const RANK: Record<string, number> = { executive: 3, director: 2, 'senior-manager': 1 };
const rank = (a: Authority | null): number => (a ? RANK[a]! : 0);

/**
 * Replays the suggested moves on an independent copy of everyone's counted meetings and checks each
 * one as it happens: step-backs only where the colleague already attends every moved occurrence (they
 * gain nothing);
 * otherwise the colleague covers the system (with authority, or is its designated lead), is free at
 * every occurrence they gain, ends every affected week under warn, and the team's highest load does
 * not rise.
 */
function replay(
  c: ReturnType<typeof teamArbitrary> extends fc.Arbitrary<infer T> ? T : never,
  all: WeekMoves[],
): void {
  const { a } = c;
  const pws = personWeeks(a);
  const weekOf = (ms: number): string => a.window.weeks.find((w) => ms >= at(w, 0, 0) && ms < at(w, 7, 0))!;
  const held = new Map<string, Held[]>();
  for (const o of a.occurrences) {
    if (!o.counts) continue;
    const h: Held = {
      uid: o.uid,
      occurrenceStart: o.occurrenceStart,
      start: o.start,
      end: o.end,
      hours: o.hours,
      week: weekOf(o.start),
      system: o.system,
    };
    held.set(o.person, [...(held.get(o.person) ?? []), h]);
  }
  const hours = (p: string, w: string): number =>
    (held.get(p) ?? []).filter((h) => h.week === w).reduce((s, h) => s + h.hours, 0);
  const figures = (p: string, w: string) => pws.find((x) => x.person === p && x.week === w)!;
  const teamMax = (): number => Math.max(...pws.map((pw) => hours(pw.person, pw.week) / pw.capacity));
  const personOf = (id: string) => a.config.people.find((p) => p.id === id);

  for (const week of all) {
    for (const move of week.moves) {
      expect(move.meeting.system).not.toBe('unassigned');
      const mine = held.get(move.from) ?? [];
      const moved = mine.filter(
        (h) =>
          h.uid === move.meeting.uid && (move.unit === 'series' || h.occurrenceStart === move.meeting.start),
      );
      expect(moved.length).toBeGreaterThan(0);
      const theirs = held.get(move.to) ?? [];
      const attends = (h: Held) =>
        theirs.some((t) => t.uid === h.uid && t.occurrenceStart === h.occurrenceStart);
      const gaining = moved.filter((h) => !attends(h));
      const before = teamMax();
      if (move.kind === 'step-back') {
        expect(gaining).toEqual([]);
      } else {
        const to = personOf(move.to)!;
        const system = a.config.systems.find((s) => s.id === move.meeting.system)!;
        expect(to.covers).toContain(move.meeting.system);
        if (system.lead !== move.to)
          expect(rank(to.authority)).toBeGreaterThanOrEqual(rank(personOf(move.from)?.authority ?? null));
        for (const g of gaining) {
          expect(theirs.some((t) => t.start < g.end && g.start < t.end)).toBe(false);
        }
      }
      held.set(
        move.from,
        mine.filter((h) => !moved.includes(h)),
      );
      held.set(move.to, [...theirs, ...gaining]);
      // A step-back adds nothing to the colleague, who may be flagged too; a move must leave them under warn.
      if (move.kind === 'move') {
        for (const w of new Set(moved.map((h) => h.week))) {
          expect(hours(move.to, w)).toBeLessThan(figures(move.to, w).warnAt);
        }
      }
      expect(teamMax()).toBeLessThanOrEqual(before + 1e-9);
      const reported = move.weeks.find((w) => w.week === week.week)!;
      expect(reported.fromAfter).toBeCloseTo(hours(move.from, week.week), 3);
      expect(reported.toAfter).toBeCloseTo(hours(move.to, week.week), 3);
    }
    expect(week.hoursAfter).toBeCloseTo(hours(week.person, week.week), 3);
    expect(week.resolved).toBe(week.hoursAfter < week.warnAt);
  }
}

describe('properties on generated teams', () => {
  it('every suggested move is feasible and never raises the team’s highest load', () => {
    fc.assert(
      fc.property(teamArbitrary(), (c) => {
        const moves = suggestSync({ analysis: c.a, personWeeks: personWeeks(c.a) }).moves;
        replay(c, moves);
      }),
      { numRuns: 200 },
    );
  });

  it.each(['search', 'highs'] as const)(
    'the lead plan (%s) equals brute force and is never worse than today’s one-lead arrangement',
    async (solver) => {
      await fc.assert(
        fc.asyncProperty(teamArbitrary({ mainAttendee: true }), async (c) => {
          const pws = personWeeks(c.a);
          const plan = await planLeads(buildTeam(c.a, pws), c.a.config, { solver, objective: 'balanced' });
          const brute = bruteForcePlan(c.a, pws);
          expect(plan.exact).toBe(true);
          expect(plan.maxLoadPlan).toBeCloseTo(brute.max, 4);
          expect(plan.hoursChangingHands).toBeCloseTo(brute.changes, 4);
          expect(plan.maxLoadPlan).toBeLessThanOrEqual(plan.maxLoadToday);
          expect(plan.maxLoadPlan).toBeLessThanOrEqual(plan.maxLoadDesignated);
        }),
        { numRuns: 60 },
      );
    },
  );

  it('on any team, the lead plan is never worse than giving each system to its designated lead', async () => {
    await fc.assert(
      fc.asyncProperty(teamArbitrary(), async (c) => {
        const pws = personWeeks(c.a);
        const plan = await planLeads(buildTeam(c.a, pws), c.a.config, { objective: 'balanced' });
        expect(plan.maxLoadPlan).toBeLessThanOrEqual(plan.maxLoadDesignated);
        expect(plan.maxLoadPlan).toBeCloseTo(bruteForcePlan(c.a, pws).max, 4);
        expect(plan.hoursChangingHands).toBeCloseTo(bruteForcePlan(c.a, pws).changes, 4);
      }),
      { numRuns: 100 },
    );
  });

  it('the exact search and HiGHS agree on larger teams', async () => {
    // Too many assignments to enumerate by brute force: the two exact methods check each other.
    await fc.assert(
      fc.asyncProperty(teamArbitrary({ large: true }), async (c) => {
        const team = buildTeam(c.a, personWeeks(c.a));
        const search = await planLeads(team, c.a.config, { solver: 'search', objective: 'balanced' });
        const highs = await planLeads(team, c.a.config, { solver: 'highs', objective: 'balanced' });
        expect(highs.exact).toBe(true);
        expect(search.maxLoadPlan).toBeCloseTo(highs.maxLoadPlan, 4);
        expect(search.hoursChangingHands).toBeCloseTo(highs.hoursChangingHands, 4);
      }),
      { numRuns: 15 },
    );
  });
});
