import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { measurePersonWeeks } from '../../src/measure/index.js';
import { suggest } from '../../src/suggest/index.js';
import { applyPlanFile, parsePlanFile, planFileText } from '../../src/suggest/plan-file.js';
import { W47, analysis, at, config, occ } from './helpers.js';

// Everyone contracts 10 h a week: warn at 7.5 h.
const cfg = config(
  [
    { id: 'a', covers: ['s1', 's2'] },
    { id: 'b', covers: ['s1', 's2'] },
  ],
  [{ id: 's1', lead: 'a' }, { id: 's2' }],
  [{ id: 'stroke', kind: 'clinical' }],
);

function problems(text: string): string {
  try {
    parsePlanFile(text, 'plan.yaml', cfg);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the plan file to be refused');
}

describe('plan files (--write-plan, --apply)', () => {
  it('refuse a bad file with one sentence per problem, naming the file and the place', () => {
    expect(problems('leads: [')).toMatch(/^plan\.yaml: not valid YAML/);
    expect(problems('leads:\n  s9: a\n')).toBe(
      'plan.yaml: leads.s9: "s9" is not a system of the configuration',
    );
    expect(problems('leads:\n  s1: zed\n')).toBe(
      'plan.yaml: leads.s1: "zed" is not a person of the configuration',
    );
    expect(problems('leads:\n  s1/clinical: a\n')).toBe(
      'plan.yaml: leads.s1/clinical: with granularity system, name the system alone',
    );
    expect(problems('granularity: system-and-kind\nleads:\n  s1/surgical: a\n')).toMatch(
      /^plan\.yaml: leads\.s1\/surgical: with granularity system-and-kind, write system\/kind/,
    );
    expect(problems('leads: {}\nmoves:\n  - { uid: m, from: a, to: b, start: yesterday }\n')).toBe(
      'plan.yaml: moves[0].start: "yesterday" is not an ISO 8601 date-time',
    );
    expect(problems('leads: {}\nextra: 1\n')).toMatch(/^plan\.yaml: .*extra/);
    const two = problems('leads:\n  s9: a\n  s1: zed\n');
    expect(two).toContain('plan.yaml has 2 problems');
  });

  it('applies the leads and moves: each planned meeting is held by its lead alone', async () => {
    // W47. s1: m1 (2 h, a and b attend), m2 (3 h, a only). s2: m3 (1 h, b). a also has 4 h unassigned.
    // Today: a 2 + 3 + 4 = 9 h, b 2 + 1 = 3 h.
    // Plan: s1 → b, s2 → b. b keeps m1 (own copy), gains m2 (a copy), keeps m3: b 6 h; a keeps 4 h.
    // Move m3 from b to a: b 5 h, a 5 h. A move of m2 from a is skipped: a no longer holds it.
    const a = analysis(cfg, [
      occ({ person: 'a', uid: 'm1', day: 0, hours: 2, system: 's1' }),
      occ({ person: 'b', uid: 'm1', day: 0, hours: 2, system: 's1' }),
      occ({ person: 'a', uid: 'm2', day: 1, hours: 3, system: 's1' }),
      occ({ person: 'b', uid: 'm3', day: 2, hours: 1, system: 's2' }),
      occ({ person: 'a', uid: 'int', day: 3, hours: 4 }),
    ]);
    const file = parsePlanFile(
      'leads:\n  s1: b\n  s2: b\nmoves:\n  - { uid: m3, from: b, to: a }\n  - { uid: m2, from: a, to: b }\n',
      'plan.yaml',
      cfg,
    );
    const applied = applyPlanFile(a, file, 'plan.yaml');
    const hours = (p: string) =>
      measurePersonWeeks(applied.analysis).find((w) => w.person === p && w.week === W47)!;
    expect(hours('a').scheduled).toBe(5);
    expect(hours('b').scheduled).toBe(5);
    expect(
      applied.findings.map((f) => [f.code, f.code === 'plan.move-not-held' ? f.data.path : null]),
    ).toEqual([
      ['plan.move-not-held', 'moves[1]'],
      ['plan.applied', null],
    ]);
    // The applied leads are today's leads for the plan: with nobody over warn, no change is recommended.
    const set = await suggest(
      { analysis: applied.analysis, personWeeks: measurePersonWeeks(applied.analysis) },
      { designatedLeads: file.leads },
    );
    expect(set.leadPlan!.assignments.map((x) => [x.system, x.todayLead, x.lead])).toEqual([
      ['s1', 'b', 'b'],
      ['s2', 'b', 'b'],
    ]);
    expect(set.leadPlan!.recommendation).toMatchObject({ maxChanges: 0, changes: [] });
  });

  it('writes the plan so that reading it back gives the same leads', async () => {
    // a holds s1 (8 h) and is over warn; s1's designated lead a; b covers s1: the recommendation moves s1 to b.
    const a = analysis(cfg, [
      occ({ person: 'a', uid: 'm1', day: 0, hours: 8, system: 's1' }),
      occ({ person: 'b', uid: 'm2', day: 1, hours: 1, system: 's2' }),
    ]);
    const set = await suggest({ analysis: a, personWeeks: measurePersonWeeks(a) });
    const text = planFileText(set.leadPlan!, set.moves, 'UTC');
    const back = parsePlanFile(text, 'plan.yaml', cfg);
    expect([...back.leads]).toEqual(set.leadPlan!.assignments.map((x) => [x.system, x.lead]));
    expect(back.granularity).toBe('system');
    for (const m of back.moves) expect(m.start === null || m.start >= at(W47, 0, 0)).toBe(true);
  });
});
