import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SuggestionSet } from '../../src/suggest/types.js';
import { cli, requireBuild, ROOT, type CliResult } from '../helpers/cli.js';

/** End to end through the built CLI, on fixtures/suggest-basic. */
const CONFIG = path.join(ROOT, 'fixtures', 'suggest-basic', 'engage-load.yaml');
const ARGS = ['suggest', '-c', CONFIG, '--week', '2026-W47'];

/** `suggest … --format json`, run once for the tests that read it. */
let json: CliResult;
beforeAll(() => {
  requireBuild();
  json = cli([...ARGS, '--format', 'json']);
});

/** The suggestion set inside suggest's JSON document. */
function suggestions(stdout: string): SuggestionSet {
  return (JSON.parse(stdout) as { suggestions: SuggestionSet }).suggestions;
}

describe('engage-load suggest', () => {
  // See the fixture's config for the hand-worked answer: cmo (8 h, warn at 7.5 h) steps back from the
  // LSC board that coo already attends: cmo 8 → 6 h, coo stays at 3 h.
  it('prints the step-back as JSON with nothing else on stdout', () => {
    expect(json.status).toBe(0);
    const doc = JSON.parse(json.stdout) as {
      schemaVersion: string;
      kind: string;
      suggestions: SuggestionSet;
    };
    expect([doc.schemaVersion, doc.kind]).toEqual(['1.0', 'engage-load-suggest']);
    const set = doc.suggestions;
    expect(set.moves).toHaveLength(1);
    expect(set.moves[0]).toMatchObject({ person: 'cmo', hoursBefore: 8, hoursAfter: 6, outcome: 'resolved' });
    expect(set.moves[0]!.moves[0]).toMatchObject({ kind: 'step-back', from: 'cmo', to: 'coo' });
    expect(set.leadPlan).not.toBeNull();
  });

  it('says why the other colleagues were not chosen with --verbose', () => {
    const r = cli([...ARGS, '--verbose']);
    expect(r.status).toBe(0);
    // People by name: cmo is Casey Synthetic, dof Sam Synthetic.
    expect(r.stdout).toContain('Casey Synthetic steps back from "LSC board"');
    expect(r.stdout).toContain('Not chosen: Sam Synthetic has less authority than Casey Synthetic.');
  });

  it('writes CSV rows and Markdown sections', () => {
    expect(cli([...ARGS, '--format', 'csv']).stdout).toContain('cmo,2026-W47,lsc,,step_back,2,coo\r\n');
    expect(cli([...ARGS, '--format', 'markdown']).stdout).toContain('### System lead plan');
  });

  it('exits 2 on a bad format', () => {
    expect(cli([...ARGS, '--format', 'pdfx']).status).toBe(2);
  });
});

describe('engage-load suggest --plan, --write-plan, --apply', () => {
  it('keeps the minimum-peak plan as --plan balanced', () => {
    const set = suggestions(cli([...ARGS, '--format', 'json', '--plan', 'balanced']).stdout);
    expect(set.leadPlan).toMatchObject({ objective: 'balanced', frontier: [], recommendation: null });
    const frontier = suggestions(json.stdout);
    expect(frontier.leadPlan?.objective).toBe('frontier');
  });

  it('writes the plan and recomputes with it applied', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'engage-plan-'));
    const file = path.join(dir, 'plan.yaml');
    expect(cli([...ARGS, '--write-plan', file]).status).toBe(0);
    const text = readFileSync(file, 'utf8');
    // The fixture's one system lsc has designated lead coo. With coo leading it, cmo keeps the 4 h
    // executive team and coo has 2 + 2 + 1 = 5 h: nobody over warn, so no change is recommended.
    expect(text).toContain('lsc: coo');
    const applied = cli([...ARGS, '--apply', file, '--format', 'json']);
    expect(applied.status).toBe(0);
    expect(applied.stderr).toContain('what-if');
    // With coo leading lsc, cmo keeps only the 4 h executive team: no week at or above warn.
    expect(suggestions(applied.stdout).moves).toEqual([]);
  });

  it('refuses a bad plan file with one sentence naming the file (exit 2)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'engage-plan-'));
    const file = path.join(dir, 'bad.yaml');
    writeFileSync(file, 'leads:\n  lsc: nobody\n');
    const r = cli([...ARGS, '--apply', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}: leads.lsc: "nobody" is not a person of the configuration`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const missing = cli([...ARGS, '--apply', path.join(dir, 'none.yaml')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('none.yaml: cannot read the plan file (no such file)');
  });
});
