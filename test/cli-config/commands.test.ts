import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli as run, requireBuild, ROOT } from '../helpers/cli.js';
import { loadConfig } from '../../src/config/file.js';
import { explainOutput } from '../helpers/commands.js';

/** End to end through the built CLI: streams, exit codes and files written (explain's options in-process: test/tag/explain-output.test.ts). */
const CLI_CONFIG = path.join(ROOT, 'fixtures', 'config-cli', 'engage-load.yaml');
const W47 = ['-c', CLI_CONFIG, '--week', '2026-W47'];
const PRIVATE_TITLE = /Confidential|restructure/i;
const cli = (args: string[], cwd = ROOT) => run(args, { cwd });

let tmp = '';
beforeAll(() => {
  requireBuild();
  tmp = mkdtempSync(path.join(tmpdir(), 'engage-load-config-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('explain', () => {
  it('gives every occurrence its status, system, workstream and reason, as the library does', async () => {
    const r = cli(['explain', ...W47]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(await explainOutput({ config: CLI_CONFIG, week: '2026-W47' }));
    expect(r.stdout.match(/^ {2}system {6}/gm)).toHaveLength(4); // four occurrences in the fixture's week
    expect(r.stdout).toContain(
      'system      north: systems.north.domains matched "north.example.nhs.uk (2 of 3 addresses)" in attendees',
    );
    expect(r.stdout).toContain('system      south: correction for UID pinned@test');
    expect(r.stdout).toContain('system      unassigned: no system rule matched');
    expect(r.stdout).not.toMatch(PRIVATE_TITLE);
  });

  it('stops with exit 2 and one sentence naming file, path and expectation on a config error', () => {
    const r = cli(['explain', '-c', 'fixtures/config-bad/engage-load.yaml', '--week', '2026-W47']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('engage-load: error: fixtures/config-bad/engage-load.yaml has 3 problems:');
    expect(r.stderr).toContain(
      'people[0].covers[0]: expected a system id defined under systems (north), got "nowhere" (line 4)',
    );
    expect(r.stderr).not.toContain('    at '); // no stack trace
  });
});

describe('validate', () => {
  it('exit 0 and a one-line verdict when all is well', () => {
    const r = cli(['validate', '-c', CLI_CONFIG]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('valid (fixtures/config-cli/engage-load.yaml, 1 calendar read, 0 warnings)\n');
  });

  it('exit 2 and every config error, one a line', () => {
    const r = cli(['validate', '-c', 'fixtures/config-bad/engage-load.yaml']);
    expect(r.status).toBe(2);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^error: fixtures\/config-bad\/engage-load.yaml: systems\[0\]\.keywords\[0\]: expected a valid regular expression/,
    );
    expect(lines[1]).toBe(
      'error: fixtures/config-bad/engage-load.yaml: people[0].covers[0]: expected a system id defined under systems (north), got "nowhere" (line 4)',
    );
    expect(lines[2]).toMatch(
      /^error: .*people\[1\]\.calendars\[0\]: expected each calendar to belong to one person/,
    );
    expect(lines[3]).toBe('invalid: 3 config errors (config not usable)');
  });

  it('exit 3 when a calendar cannot be read', () => {
    const r = cli(['validate', '-c', CLI_CONFIG, 'fixtures/config-cli/calendars/jane.ics', 'no-such.ics']);
    expect(r.status).toBe(3);
    expect(r.stdout).toMatch(/^error: no-such.ics: cannot be read/m);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      'invalid: 1 calendar with errors (fixtures/config-cli/engage-load.yaml, 1 calendar read, 0 warnings)',
    );
  });

  it('warnings do not fail', () => {
    const dir = path.join(tmp, 'warn');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'engage-load.yaml'), 'timezone: UTC\ncolour: blue\n');
    const r = cli(['validate'], dir);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'warning: engage-load.yaml:2: colour: unknown key "colour" ignored (check its spelling).',
    );
    expect(lines[1]).toBe('valid (engage-load.yaml, 0 calendars read, 1 warning)');
  });
});

describe('init', () => {
  it('names a calendar it cannot read (empty here) and exits 3, still writing the config from the others', () => {
    const dir = path.join(tmp, 'init-bad');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'empty.ics'), '');
    const calendar = path.join(ROOT, 'fixtures', 'config-cli', 'calendars', 'jane.ics');
    const r = cli(['init', calendar, 'empty.ics'], dir);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe('engage-load: error: empty.ics: is empty: no calendar in it.\n');
    expect(existsSync(path.join(dir, 'engage-load.yaml'))).toBe(true);
  });

  it('writes a starter config that loads, and refuses to overwrite it without --force', async () => {
    const dir = path.join(tmp, 'init');
    mkdirSync(dir, { recursive: true });
    const calendar = path.join(ROOT, 'fixtures', 'config-cli', 'calendars', 'jane.ics');
    const first = cli(['init', calendar], dir);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^wrote engage-load.yaml: 1 people, /);
    const { config, findings } = await loadConfig({ cwd: dir });
    // The fixture meets no other organisation, so no candidate system: the config says so.
    expect(findings.map((f) => f.code)).toEqual(['config.no-systems']);
    expect(config.people.map((p) => [p.id, p.calendars])).toEqual([['jane-example', [calendar]]]);
    expect(readFileSync(path.join(dir, 'engage-load.yaml'), 'utf8')).not.toMatch(PRIVATE_TITLE);

    const again = cli(['init', calendar], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(
      'engage-load: error: engage-load.yaml already exists: use --force to overwrite it, or --out to write elsewhere\n',
    );
    expect(cli(['init', calendar, '--force'], dir).status).toBe(0);
  });
});
