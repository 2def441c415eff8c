import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportRun, ROOT, type ReportRun } from '../helpers/commands.js';

/**
 * The report's formats, trend and redaction on fixtures/report-basic, in-process: what
 * `engage-load report -c fixtures/report-basic/engage-load.yaml --week 2026-W47` writes for each
 * --format (test/cli/report.test.ts holds the command line to the same bytes).
 */
const CONFIG = path.join(ROOT, 'fixtures', 'report-basic', 'engage-load.yaml');
const W47 = { config: CONFIG, week: '2026-W47' };
const validateReport = new Ajv2020({ strict: false }).compile(
  JSON.parse(readFileSync(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8')) as object,
);

let plain: ReportRun;
let redacted: ReportRun;
beforeAll(async () => {
  [plain, redacted] = await Promise.all([reportRun(W47), reportRun({ ...W47, redact: true })]);
});

describe('report formats', () => {
  it('json is valid against the shipped schema, and the same bytes every run', async () => {
    const json = plain.text('json');
    const report = JSON.parse(json);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.summary).toMatchObject({ scheduled: 40, criticalWeeks: 1, warnWeeks: 0 });
    expect((await reportRun(W47)).text('json')).toBe(json);
  });

  it('writes csv and markdown', () => {
    const lines = plain.text('csv').split('\r\n');
    expect(lines[0]).toBe('person,week,system,workstream,metric,value,text');
    expect(lines).toContain('alice,2026-W47,lsc,,hours,38,');
    const md = plain.text('markdown');
    expect(md.startsWith('# engage-load report: 2026-11-16 to 2026-11-22')).toBe(true);
    expect(md).toContain('| Alice Synthetic | 2026-W47 | **38.0** |');
  });

  it('shows a trend with --weeks', async () => {
    const table = (await reportRun({ ...W47, weeks: 2 })).text('table');
    expect(table).toContain('Trend: scheduled hours per week, 2026-W46 – 2026-W47');
    // alice 0 then 38 on one scale: ▁█
    expect(table).toMatch(/Alice Synthetic\s+▁█/);
  });
});

describe('report redaction', () => {
  it('never shows a private title, and no title with --redact', () => {
    // Titles appear in the table and markdown (meetings behind flagged weeks) and in the JSON; csv has none.
    expect(plain.text('json')).toContain('Lancashire and South Cumbria UEC board');
    for (const format of ['table', 'json', 'markdown'] as const) {
      expect(plain.text(format), format).not.toContain('Zebra');
      // What stderr would print comes from these findings.
      expect(redacted.text(format) + redacted.findingsText, format).not.toContain('UEC board');
      expect(redacted.text(format), format).toContain('(redacted)');
    }
  });
});

describe('report --demo', () => {
  it('shows the chief medical officer’s 38-hour week as critical, and its JSON validates', async () => {
    const report = JSON.parse((await reportRun({ demo: true, week: '2026-W47' })).text('json'));
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    const cmo = report.personWeeks.find((w: { person: string }) => w.person === 'cmo');
    expect(cmo).toMatchObject({ week: '2026-W47', scheduled: 38, level: 'critical' });
  });
});
