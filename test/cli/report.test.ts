import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli as run, requireBuild, ROOT } from '../helpers/cli.js';

/** End to end through the built CLI: streams and exit codes. */
const FIXTURE = path.join(ROOT, 'fixtures', 'report-basic');
const CONFIG = path.join(FIXTURE, 'engage-load.yaml');
const ESC = '\u001b[';
const cli = (args: string[], env: Record<string, string> = {}) => run(args, { env });

const W47 = ['report', '-c', CONFIG, '--week', '2026-W47'];
let tmp = '';

beforeAll(() => {
  requireBuild();
  tmp = mkdtempSync(path.join(tmpdir(), 'engage-load-report-'));
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('engage-load report: exit 0', () => {
  it('prints the table without colour under NO_COLOR, the critical week marked', () => {
    const r = cli(W47);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain(ESC);
    // Alice Synthetic (alice): 5 × 7.6 h = 38 h ≥ 37.5 h; bob: 2 h of 37.5 h = 5%
    expect(r.stdout).toMatch(/Alice Synthetic\s+2026-W47\s+38\.0.*CRITICAL !!/);
    expect(r.stdout).toMatch(/Bob Synthetic\s+2026-W47\s+2\.0.*5%\s+ok/);
    expect(r.stdout).toContain('Lancashire and South Cumbria ICS 38.0');
  });

  it('is the default command', () => {
    const r = cli(W47.slice(1));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Alice Synthetic\s+2026-W47\s+38\.0/);
  });

  it('writes only JSON to stdout, valid against the shipped schema, the same bytes every run', () => {
    const r = cli([...W47, '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.summary).toMatchObject({ scheduled: 40, criticalWeeks: 1, warnWeeks: 0 });
    expect(cli([...W47, '--format', 'json']).stdout).toBe(r.stdout);
  });

  it('is dated by SOURCE_DATE_EPOCH when set, else by its data, never the clock', () => {
    const r = cli([...W47, '--format', 'json'], { SOURCE_DATE_EPOCH: '1790000000' });
    expect(JSON.parse(r.stdout).generatedAt).toBe('2026-09-21T14:13:20+00:00');
    // W47 ends on Sunday 22 November; the report speaks for up to midnight after it (GMT).
    const plain = cli([...W47, '--format', 'json']);
    expect(JSON.parse(plain.stdout).generatedAt).toBe('2026-11-23T00:00:00+00:00');
  });

  it('writes csv and markdown', () => {
    const csv = cli([...W47, '--format', 'csv']);
    expect(csv.status).toBe(0);
    const lines = csv.stdout.split('\r\n');
    expect(lines[0]).toBe('person,week,system,workstream,metric,value,text');
    expect(lines).toContain('alice,2026-W47,lsc,,hours,38,');
    const md = cli([...W47, '--format', 'markdown']);
    expect(md.stdout.startsWith('# engage-load report: 2026-11-16 to 2026-11-22')).toBe(true);
    expect(md.stdout).toContain('| Alice Synthetic | 2026-W47 | **38.0** |');
  });

  it('shows a trend with --weeks', () => {
    const r = cli([...W47, '--weeks', '2']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Trend: scheduled hours per week, 2026-W46 – 2026-W47');
    // alice 0 then 38 on one scale: ▁█
    expect(r.stdout).toMatch(/Alice Synthetic\s+▁█/);
  });

  it('writes to --out and nothing to stdout', () => {
    const out = path.join(tmp, 'report.md');
    const r = cli([...W47, '--format', 'markdown', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('## Load by person');
  });

  it('never shows a private title, and no title with --redact', () => {
    // Titles appear in the table and markdown (meetings behind flagged weeks) and in the JSON; csv has none.
    const json = cli([...W47, '--format', 'json']).stdout;
    expect(json).toContain('Lancashire and South Cumbria UEC board');
    for (const format of ['table', 'json', 'markdown']) {
      const plain = format === 'json' ? json : cli([...W47, '--format', format]).stdout;
      expect(plain, format).not.toContain('Zebra');
      const redacted = cli([...W47, '--format', format, '--redact']);
      expect(redacted.stdout + redacted.stderr, format).not.toContain('UEC board');
      expect(redacted.stdout, format).toContain('(redacted)');
    }
  });
});

describe('engage-load report: exit 1 with --fail-on', () => {
  it('exits 1 when a week reaches the level, still printing the report', () => {
    const critical = cli([...W47, '--fail-on', 'critical']);
    expect(critical.status).toBe(1);
    expect(critical.stdout).toContain('CRITICAL');
    // Says which person-week, by name: alice 5 × 7.6 = 38 h, critical from 100% of 37.5 h.
    expect(critical.stderr).toBe(
      'engage-load: --fail-on critical: exit 1 because 1 person-week is at or above critical: ' +
        'Alice Synthetic 2026-W47 (38 h, critical from 37.5 h)\n',
    );
    expect(cli([...W47, '--fail-on', 'warn']).status).toBe(1);
  });

  it('exits 0 when no week reaches it', () => {
    const bobOnly = ['report', path.join(FIXTURE, 'bob.ics'), '--week', '2026-W47', '--fail-on', 'warn'];
    expect(cli(bobOnly).status).toBe(0);
  });
});

describe('engage-load report: exit 2 for usage errors', () => {
  it.each([
    [['--week', '2026-W99']],
    [['--week', 'yesterday-ish']],
    [['--week', '2026-W47', '--format', 'docx']],
    [['--week', '2026-W47', '--fail-on', 'sometimes']],
    [['--week', '2026-W47', '--no-such-option']],
  ])('%j', (args) => {
    const r = cli(['report', '-c', CONFIG, ...args]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('engage-load report: exit 2 for config errors', () => {
  it('names the file, the path inside it and the line', () => {
    const bad = path.join(ROOT, 'fixtures', 'report-bad-config', 'engage-load.yaml');
    const r = cli(['report', '-c', bad, path.join(FIXTURE, 'alice.ics'), '--week', '2026-W47']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/engage-load\.yaml: thresholds\.warn: .*line 3/);
  });
});

describe('engage-load report: exit 3 when a calendar cannot be read', () => {
  const args = [
    'report',
    path.join(FIXTURE, 'alice.ics'),
    path.join(FIXTURE, 'missing.ics'),
    '--week',
    '2026-W47',
  ];

  it('reports the readable calendar and names the unreadable one on stderr', () => {
    const r = cli(args);
    expect(r.status).toBe(3);
    expect(r.stdout).toMatch(/alice\s+2026-W47\s+38\.0/);
    expect(r.stderr).toMatch(/missing\.ics: cannot be read/);
  });

  it('stops before reporting with --strict', () => {
    const r = cli([...args, '--strict']);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/missing\.ics/);
  });

  it('exit 3 wins over --fail-on', () => {
    expect(cli([...args, '--fail-on', 'critical']).status).toBe(3);
  });
});

describe('engage-load report --demo', () => {
  it('shows the chief medical officer’s 38-hour week as critical, and its JSON validates', () => {
    const r = cli(['report', '--demo', '--week', '2026-W47', '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const cmo = report.personWeeks.find((w: { person: string }) => w.person === 'cmo');
    expect(cmo).toMatchObject({ week: '2026-W47', scheduled: 38, level: 'critical' });
  });
});
