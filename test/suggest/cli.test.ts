import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SuggestionSet } from '../../src/suggest/types.js';
import { cli, requireBuild, ROOT } from '../helpers/cli.js';

/** End to end through the built CLI, on fixtures/suggest-basic. */
const CONFIG = path.join(ROOT, 'fixtures', 'suggest-basic', 'engage-load.yaml');
const ARGS = ['suggest', '-c', CONFIG, '--week', '2026-W47'];

beforeAll(requireBuild);

describe('engage-load suggest', () => {
  // See the fixture's config for the hand-worked answer: cmo (8 h, warn at 7.5 h) steps back from the
  // LSC board that coo already attends: cmo 8 → 6 h, coo stays at 3 h.
  it('prints the step-back as JSON with nothing else on stdout', () => {
    const r = cli([...ARGS, '--format', 'json']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { schemaVersion: string; kind: string; suggestions: SuggestionSet };
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
    expect(r.stdout).toContain('cmo steps back from "LSC board"');
    expect(r.stdout).toContain('Not chosen: dof has less authority than cmo.');
  });

  it('writes CSV rows and Markdown sections', () => {
    expect(cli([...ARGS, '--format', 'csv']).stdout).toContain('cmo,2026-W47,lsc,,step_back,2,coo\r\n');
    expect(cli([...ARGS, '--format', 'markdown']).stdout).toContain('### System lead plan');
  });

  it('exits 2 on a bad format', () => {
    expect(cli([...ARGS, '--format', 'pdfx']).status).toBe(2);
  });
});
