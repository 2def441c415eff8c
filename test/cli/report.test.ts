import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli as run, requireBuild, ROOT, type CliResult } from '../helpers/cli.js';
import { reportRun } from '../helpers/commands.js';

/**
 * End to end through the built CLI: streams, exit codes, the environment and files written. What
 * the formats hold, and redaction, are tested in-process in test/report/formats.test.ts.
 */
const FIXTURE = path.join(ROOT, 'fixtures', 'report-basic');
const CONFIG = path.join(FIXTURE, 'engage-load.yaml');
const ESC = '\u001b[';
const cli = (args: string[], env: Record<string, string> = {}) => run(args, { env });

const W47 = ['report', '-c', CONFIG, '--week', '2026-W47'];
let tmp = '';
/** `report … --format json`, run once for the tests that read it. */
let json: CliResult;

beforeAll(() => {
  requireBuild();
  tmp = mkdtempSync(path.join(tmpdir(), 'engage-load-report-'));
  json = cli([...W47, '--format', 'json']);
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

  it('writes only JSON to stdout, the same bytes as the library gives in-process', async () => {
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.summary).toMatchObject({ scheduled: 40, criticalWeeks: 1, warnWeeks: 0 });
    expect(json.stdout).toBe((await reportRun({ config: CONFIG, week: '2026-W47' })).text('json'));
  });

  it('is dated by SOURCE_DATE_EPOCH when set, else by its data, never the clock', () => {
    const r = cli([...W47, '--format', 'json'], { SOURCE_DATE_EPOCH: '1790000000' });
    expect(JSON.parse(r.stdout).generatedAt).toBe('2026-09-21T14:13:20+00:00');
    // W47 ends on Sunday 22 November; the report speaks for up to midnight after it (GMT).
    expect(JSON.parse(json.stdout).generatedAt).toBe('2026-11-23T00:00:00+00:00');
  });

  it('writes to --out and nothing to stdout', () => {
    const out = path.join(tmp, 'report.md');
    const r = cli([...W47, '--format', 'markdown', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('## Load by person');
  });

  it('takes --redact: no title on stdout or stderr', () => {
    const redacted = cli([...W47, '--redact']);
    expect(redacted.status).toBe(0);
    expect(redacted.stdout + redacted.stderr).not.toContain('UEC board');
    expect(redacted.stdout).toContain('(redacted)');
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
