import { describe, expect, it } from 'vitest';
import { closestCommand, checkFirstArgument } from '../../src/cli/unknown-command.js';
import { DEMO_WINDOW, windowOptions } from '../../src/cli/runner.js';
import { findingsView } from '../../src/render/findings-view.js';
import { resolveWindow } from '../../src/window.js';
import type { Finding } from '../../src/types.js';

const COMMANDS = ['report', 'export', 'explain', 'init', 'validate', 'suggest'];

describe('unknown commands', () => {
  it('finds the command a typo meant: one swap, one letter, or nothing close', () => {
    expect(closestCommand('reprot', COMMANDS)).toBe('report'); // one transposition
    expect(closestCommand('exprot', COMMANDS)).toBe('export');
    expect(closestCommand('valdate', COMMANDS)).toBe('validate'); // one deletion
    expect(closestCommand('inti', COMMANDS)).toBe('init');
    expect(closestCommand('jane', COMMANDS)).toBeNull();
    expect(closestCommand('exports', COMMANDS)).toBe('export'); // …but an existing folder wins, below
  });

  it('leaves files, folders, "-", URLs and options alone', () => {
    const cwd = import.meta.dirname;
    for (const first of ['-', '--demo', 'https://example.org/reprot', 'report', 'runner.test.ts'])
      expect(() => checkFirstArgument([first], COMMANDS, cwd)).not.toThrow();
    expect(() => checkFirstArgument(['reprot'], COMMANDS, cwd)).toThrow(
      "unknown command 'reprot'; did you mean 'report'?",
    );
  });
});

describe('--demo windows', () => {
  it('--weeks N alone ends with the demo quarter’s last week, and resolves', () => {
    const options = windowOptions({ demo: true, weeks: '4' });
    expect(options).toEqual({ week: DEMO_WINDOW.lastWeek, weeks: '4' });
    // 2026-W49 (Mon 30 Nov) to 2026-W52 (Sun 27 Dec): 4 weeks, ending on the quarter's last day.
    const w = resolveWindow({ ...options, zone: 'Europe/London', now: new Date('2030-01-01T00:00:00Z') });
    expect([w.from, w.to, w.weeks.length]).toEqual(['2026-11-30', DEMO_WINDOW.to, 4]);
  });

  it('the whole quarter without a window; the user’s window otherwise', () => {
    expect(windowOptions({ demo: true })).toEqual({ from: '2026-09-28', to: '2026-12-27' });
    expect(windowOptions({ demo: true, week: '2026-W47', weeks: '2' })).toEqual({
      week: '2026-W47',
      from: undefined,
      to: undefined,
      weeks: '2',
    });
  });
});

describe('info findings', () => {
  const info = (person: string): Finding => ({
    code: 'load.above-baseline',
    severity: 'info',
    person,
    week: '2026-W47',
    data: { hours: 30, baseline: 15, ratio: 2 },
  });
  const warning: Finding = {
    code: 'load.conflict',
    severity: 'warning',
    person: 'cmo',
    week: '2026-W47',
    data: { hours: 3, scheduled: 30, occupied: 27, threshold: 2 },
  };

  it('are one line unless --verbose; errors and warnings are always listed', () => {
    const findings = [
      info('cmo'),
      warning,
      info('coo'),
      { code: 'data.unassigned', severity: 'info' } as Finding,
    ];
    const view = findingsView(findings, false);
    expect(view.listed).toEqual([warning]);
    expect(view.infoSummary).toBe(
      '3 notes not listed (2 weeks well above the person’s usual hours, 1 note on hours no system rule claims); run with --verbose to list them.',
    );
    expect(findingsView(findings, true)).toEqual({ listed: findings, infoSummary: null });
  });

  it('a single info finding is listed as it is', () => {
    expect(findingsView([info('cmo')], false)).toEqual({ listed: [info('cmo')], infoSummary: null });
  });
});
