import { describe, expect, it } from 'vitest';
import { formatFinding, hasMessage } from '../../src/findings/format.js';
import type { Finding } from '../../src/findings/types.js';
import { hoursColumn, hoursText, percentText } from '../../src/findings/numbers.js';

describe('formatFinding', () => {
  it('says the critical week with its hours, capacity and leave', () => {
    const sentence = formatFinding({
      code: 'overload.critical',
      severity: 'warning',
      person: 'cmo',
      week: '2026-W47',
      data: { hours: 38, capacity: 22.5, threshold: 22.5, ratio: 1.6889, absenceDays: 2 },
    });
    expect(sentence).toBe(
      'cmo, 2026-W47: critical: 38 h of meetings scheduled against a capacity of 22.5 h after 2 days of leave ' +
        '(169%); critical from 22.5 h.',
    );
  });

  it('prefixes the file and line', () => {
    expect(
      formatFinding({
        code: 'data.no-data-week',
        severity: 'info',
        file: 'a.ics',
        line: 12,
        person: 'p',
        week: '2026-W01',
      }),
    ).toBe('a.ics:12: p, 2026-W01: no calendar entries in this week.');
  });

  it('falls back to the code and figures for unknown codes, never showing a title', () => {
    // A code this version does not know, as read back from JSON another version wrote.
    const foreign: Finding = JSON.parse(
      '{"code":"ingest.brand-new","severity":"warning","file":"x.ics","data":{"uid":"u1","title":"Secret merger","count":3}}',
    );
    expect(formatFinding(foreign)).toBe('x.ics: ingest brand new (uid u1, count 3).');
  });

  it('has a sentence for every code detection emits', () => {
    for (const code of [
      'overload.critical',
      'overload.warn',
      'load.conflict',
      'load.out-of-hours',
      'load.systems',
      'load.above-baseline',
      'data.availability-only',
      'data.truncated-end',
      'data.truncated-start',
      'data.before-window',
      'data.no-data-person',
      'data.no-data-week',
      'data.unassigned',
    ]) {
      expect(hasMessage(code), code).toBe(true);
    }
  });
});

describe('number formats', () => {
  it('rounds hours to one decimal', () => {
    expect(hoursText(38)).toBe('38');
    expect(hoursText(16.875)).toBe('16.9');
    expect(hoursColumn(38)).toBe('38.0');
    expect(percentText(0.2549)).toBe('25%');
  });
});
