/**
 * The README's first usage line, on the demo's eight calendars without a config (issue 9): three
 * Outlook exports are all "X-WR-CALNAME:Calendar" and the Apple one "Work"; none of them may name a
 * person. Everyone is found by their owner address and named by its CN (docs/demo.md lists them).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAnalysis } from '../../src/pipeline.js';
import { measurePersonWeeks } from '../../src/measure/index.js';

const CALENDARS = fileURLToPath(new URL('../../fixtures/demo/calendars', import.meta.url));
const empty = mkdtempSync(path.join(tmpdir(), 'engage-load-no-config-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('demo without a config, week 2026-W47', async () => {
  const { analysis, findings } = await loadAnalysis({
    calendars: [CALENDARS],
    week: '2026-W47',
    cwd: empty,
    now: new Date('2026-11-23T12:00:00Z'),
  });
  const weeks = measurePersonWeeks(analysis);

  it('finds the eight executives, by name', () => {
    expect(analysis.config.file).toBeNull();
    expect(weeks.map((w) => w.person).sort()).toEqual([
      'Aisha Rahman-Cole',
      'Daniel Featherstone',
      'Dr Samuel Okafor-Reid',
      'Grace Whitfield',
      'Nadia Petrosyan',
      'Priya Lindqvist',
      'Rachel Thornbury',
      'Tom Halloran',
    ]);
    // One calendar each: nothing to merge.
    expect(findings.filter((f) => f.code === 'ingest.merged-calendars')).toEqual([]);
  });

  it('flags only the week designed as critical', () => {
    // docs/demo.md: the CMO's W47 is 8 + 8 + 8 + 6.5 + 7.5 = 38.0 h against 37.5 h (101%); every other
    // person-week of the quarter is below critical.
    const cmo = weeks.find((w) => w.person === 'Dr Samuel Okafor-Reid')!;
    expect(cmo.scheduled).toBe(38);
    expect(cmo.level).toBe('critical');
    expect(weeks.filter((w) => w.level === 'critical').map((w) => w.person)).toEqual([
      'Dr Samuel Okafor-Reid',
    ]);
  });
});
