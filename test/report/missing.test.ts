import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildReport, loadAnalysis } from '../../src/pipeline.js';
import { renderers } from '../../src/render/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONFIG = path.join(ROOT, 'fixtures', 'report-missing', 'engage-load.yaml');
const now = new Date('2026-11-25T12:00:00Z');

async function partialReport() {
  const run = await loadAnalysis({ calendars: [], config: CONFIG, week: '2026-W47', cwd: ROOT, now });
  return { run, report: buildReport(run.analysis, { redact: false, findings: run.findings }) };
}

describe('a report with figures missing', () => {
  it('names each calendar not read (or read in part) and whose it is', async () => {
    const { run, report } = await partialReport();
    expect(run.inputFailed).toBe(true);
    expect(run.readable).toBe(2); // alice.ics and carol.ics parse; bob.ics does not exist
    expect(report.missing).toEqual([
      {
        calendar: 'bob.ics',
        person: 'bob',
        personName: 'Bob Synthetic',
        extent: 'all',
        code: 'input.unreadable',
        errors: 1,
      },
      {
        calendar: 'carol.ics',
        person: 'carol',
        personName: 'Carol Synthetic',
        extent: 'part',
        code: 'ingest.bad-date',
        errors: 1,
      },
    ]);
    // What was read still counts: carol's good event, Wed 10:00–12:00 = 2 h; alice 5 × 7.6 = 38 h.
    const hours = Object.fromEntries(report.personWeeks.map((w) => [w.person, w.scheduled]));
    expect(hours).toEqual({ alice: 38, bob: 0, carol: 2 });
  });

  it('says so at the top of every format', async () => {
    const { report } = await partialReport();
    const table = renderers.table(report, { color: false }) as string;
    const [title, headline, ...rest] = table.split('\n');
    expect(title).toMatch(/^engage-load report · /);
    expect(headline).toMatch(
      /^INCOMPLETE: 1 calendar could not be read and 1 calendar could be read only in part/,
    );
    expect(rest.join('\n')).toMatch(/Figures missing for: Bob Synthetic, Carol Synthetic\./);
    expect(rest.slice(0, 4).join('\n')).toContain('bob.ics (Bob Synthetic): not read');

    const markdown = (renderers.markdown(report, { color: false }) as string).split('\n');
    expect(markdown.slice(2, 6)).toEqual([
      expect.stringMatching(/^\d+ people · /),
      '',
      '> [!WARNING]',
      expect.stringMatching(/^> \*\*INCOMPLETE: 1 calendar could not be read/),
    ]);

    const csv = (renderers.csv(report, { color: false }) as string).split('\r\n');
    expect(csv.slice(0, 3)).toEqual([
      'person,week,system,workstream,metric,value,text',
      'bob,,,,missing_all,1,bob.ics',
      'carol,,,,missing_part,1,carol.ics',
    ]);

    const json = JSON.parse(renderers.json(report, { color: false }) as string);
    expect(Object.keys(json).slice(0, 4)).toEqual(['schemaVersion', 'generatedAt', 'redacted', 'missing']);
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is empty, and no banner shows, when every calendar was read', async () => {
    const run = await loadAnalysis({
      calendars: [],
      config: path.join(ROOT, 'fixtures', 'report-basic', 'engage-load.yaml'),
      week: '2026-W47',
      cwd: ROOT,
      now,
    });
    const report = buildReport(run.analysis, { redact: false, findings: run.findings });
    expect(report.missing).toEqual([]);
    expect(renderers.table(report, { color: false })).not.toContain('INCOMPLETE');
  });

  it('counts nothing readable as readable 0 (the command line then prints no report)', async () => {
    const run = await loadAnalysis({ calendars: ['nope.ics'], week: '2026-W47', cwd: ROOT, now });
    expect(run.readable).toBe(0);
  });
});
