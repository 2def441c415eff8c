import { describe, expect, it } from 'vitest';
import { suggestionCsvRows } from '../../src/render/suggestions/csv.js';
import { suggestionMarkdown } from '../../src/render/suggestions/markdown.js';
import { planHeadline } from '../../src/render/suggestions/plan-sentences.js';
import { labelsFromConfig, moveSentence } from '../../src/render/suggestions/sentences.js';
import { renderSuggestionsTable } from '../../src/render/suggestions/table.js';
import { suggest } from '../../src/suggest/index.js';
import { W47, analysis, config, occ, personWeeks } from './helpers.js';
import { threeSystemTeam } from './plan-teams.js';

// a: a private 2 h s1 stroke meeting + a 1 h "Board" (s1) + 5 h unassigned = 8 h ≥ 7.5 (warn).
// b, the designated lead of s1, is free (0 h). Both meetings close the 0.5 h gap alone, so the smaller
// moves: the 1 h board; a 8 → 7, b 0 → 1.
const cfg = config(
  [
    { id: 'a', covers: ['s1'] },
    { id: 'b', covers: ['s1'] },
  ],
  [{ id: 's1', lead: 'b' }],
  [{ id: 'stroke', kind: 'clinical' }],
);
cfg.systems[0]!.name = 'Lakeside ICS';
cfg.workstreams[0]!.name = 'Stroke';
const occs = [
  occ({
    person: 'a',
    uid: 'p',
    day: 0,
    hours: 2,
    system: 's1',
    workstream: 'stroke',
    private: true,
    title: 'Secret',
  }),
  occ({ person: 'a', uid: 'board', day: 1, hours: 1, system: 's1', title: 'Board, "Q3"' }),
  occ({ person: 'a', uid: 'int', day: 2, hours: 5 }),
];

async function setFor(redact: boolean) {
  const a = analysis(cfg, occs);
  return suggest({ analysis: a, personWeeks: personWeeks(a) }, { redact, verbose: true });
}

describe('suggestion renderers', () => {
  it('says the move in one sentence with both people’s hours and why this colleague', async () => {
    const set = await setFor(false);
    const move = set.moves[0]!.moves[0]!;
    expect(moveSentence(move, W47, labelsFromConfig(cfg))).toBe(
      // People by name: the helpers name a and b "A" and "B".
      'Move "Board, "Q3"" (Lakeside ICS; one occurrence, 1 h) from A to B: A 8 → 7 h, B 0 → 1 h (warn at 7.5 h). ' +
        'Why B: designated lead for Lakeside ICS; free at every occurrence and stays under warn.',
    );
  });

  it('names a private meeting by system and workstream, and --redact hides every title', async () => {
    const labels = labelsFromConfig(cfg);
    for (const redact of [false, true]) {
      const set = await setFor(redact);
      const text = renderSuggestionsTable(set, { labels, color: false });
      const md = suggestionMarkdown(set, { labels }).join('\n');
      const csv = JSON.stringify(suggestionCsvRows(set));
      for (const out of [text, md, csv, JSON.stringify(set)]) expect(out).not.toContain('Secret');
      if (redact) for (const out of [text, md]) expect(out).not.toContain('Board');
    }
    // The lead plan lists the private meeting nowhere by title; the double-attendance list is empty here.
    const text = renderSuggestionsTable(await setFor(true), { labels, color: false });
    expect(text).toContain('a Lakeside ICS meeting');
    expect(text).not.toContain('\u001b[');
  });

  it('writes long-format CSV rows', async () => {
    const rows = suggestionCsvRows(await setFor(false));
    expect(rows).toContainEqual(['a', W47, 's1', '', 'move_to:b', 1]);
    expect(rows).toContainEqual(['a', W47, '', '', 'after_moves:resolved', 7]);
    // Lead plan: s1 has 3 h. Led by a: a 5 + 3 = 8 h (0.8); led by b: a 5 h (0.5), b 3 h (0.3). So b
    // leads, 3 h a week.
    expect(rows).toContainEqual(['b', '', 's1', '', 'plan_lead', 3]);
  });

  it('renders Markdown with escaped titles', async () => {
    const md = suggestionMarkdown(await setFor(false), { labels: labelsFromConfig(cfg) }).join('\n');
    expect(md).toContain('## Redistribution');
    expect(md).toContain('### System lead plan');
    expect(md).toContain('| Lakeside ICS | B | B |');
  });
});

describe('lead plan sentences', () => {
  it('state the recommendation in one sentence with its cost, and the frontier in every format', async () => {
    // The frontier test's first team: s1 6 h, s2 4 h, s3 3 h, all led by a; b covers s2, s3 (2 h internal);
    // c covers s3. Today a has 13 h (130%, 5.5 h above warn 7.5). Recommended: 2 changes, s2 → b and
    // s3 → c (7 h move), leaving a 6, b 6, c 3 h: 0 h above warn, peak 60%.
    const a = threeSystemTeam();
    const set = await suggest({ analysis: a, personWeeks: personWeeks(a) });
    const labels = labelsFromConfig(a.config);
    expect(planHeadline(set.leadPlan!, labels)).toBe(
      'Recommended, optimal (exact search): 2 lead changes: S2 from A to B, S3 from A to C, moving 7 h of ' +
        'meetings between leads; hours above warn 5.5 → 0 h (the best any plan reaches), peak 130% → 60% ' +
        '(130% as attended today). Under it nobody is at or above warn.',
    );
    const text = renderSuggestionsTable(set, { labels, color: false });
    expect(text).toMatch(/▶ 2 +nobody +0\.0 +60% +7\.0 +S2: A → B; S3: A → C/);
    expect(text).toMatch(/ {2}1 +1 +1\.5 +90% +4\.0 +S2: A → B/);
    const md = suggestionMarkdown(set, { labels }).join('\n');
    expect(md).toContain('| **2** (recommended) | nobody | 0 | 60% | 7 | S2: A → B; S3: A → C |');
    const csv = suggestionCsvRows(set);
    expect(csv).toContainEqual(['', '', '', '', 'plan_recommended_changes', 2]);
    expect(csv).toContainEqual(['c', '', 's3', '', 'plan_frontier_change:2:a', 3]);
    expect(csv).toContainEqual(['', '', '', '', 'plan_frontier_overload:1', 1.5]);
  });
});
