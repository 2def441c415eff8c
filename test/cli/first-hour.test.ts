import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, requireBuild, ROOT } from '../helpers/cli.js';

/** A newcomer's first commands through the built CLI: never an all-clear on bad input. */
let empty = '';
beforeAll(() => {
  requireBuild();
  empty = mkdtempSync(path.join(tmpdir(), 'engage-load-empty-'));
});
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('never an all-clear on bad input', () => {
  it('a mistyped command is named, with the likely one, exit 2', () => {
    const r = cli(['reprot', '--demo']);
    expect(r).toEqual({
      status: 2,
      stdout: '',
      stderr: "engage-load: error: unknown command 'reprot'; did you mean 'report'?\n",
    });
  });

  it('no calendar readable: no report, one error, exit 3', () => {
    expect(cli(['report', 'nope.ics', '--week', '2026-W47'])).toEqual({
      status: 3,
      stdout: '',
      stderr:
        'engage-load: error: no calendar could be read, so there is nothing to report: nope.ics: no such file or folder\n',
    });
    const folder = cli(['report', empty, '--week', '2026-W47', '--format', 'json']);
    expect([folder.status, folder.stdout]).toEqual([3, '']);
    expect(folder.stderr).toMatch(
      /^engage-load: error: no calendar could be read.*folder holds no \.ics files\n$/,
    );
  });

  it('init with nothing readable writes no config (exit 3)', () => {
    const r = cli(['init', 'nope.ics'], { cwd: empty });
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(
      'engage-load: error: no calendar could be read, so there is nothing to report: nope.ics: no such file or folder\n',
    );
    expect(existsSync(path.join(empty, 'engage-load.yaml'))).toBe(false);
  });

  it('bare engage-load with no calendars and no config prints the help, exit 2', () => {
    const r = cli([], { cwd: empty });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: engage-load /);
    expect(r.stderr).toContain('The default command is report');
    expect(r.stderr).toContain('--fail-on <level>');
    expect(r.stderr).toMatch(/Docs: .*README\.md/);
  });
});

describe('one runner: validate reads as report reads', () => {
  const carol = 'fixtures/report-missing/carol.ics';
  it('a bad DTSTART is file:line and exit 3 in both', () => {
    const validate = cli(['validate', carol, '--week', '2026-W47']);
    const report = cli(['report', carol, '--week', '2026-W47']);
    expect(validate.status).toBe(3);
    expect(report.status).toBe(3);
    // Line 7 of the fixture is the DTSTART that is not a date.
    expect(validate.stdout).toMatch(/^error: fixtures\/report-missing\/carol\.ics:7: DTSTART value /m);
    expect(report.stderr).toMatch(
      /^engage-load: error: fixtures\/report-missing\/carol\.ics:7: DTSTART value /m,
    );
    expect(validate.stdout).not.toContain(ROOT);
  });
});
