import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/types.js';
import { detectFindings } from '../../src/detect/index.js';
import { measure } from '../../src/measure/index.js';
import type { Finding } from '../../src/types.js';
import { analysis, at, calendar, config, occ, person, weeksWindow } from '../helpers/analysis.js';

const W47 = weeksWindow('2026-W47'); // Mon 16 – Sun 22 Nov 2026, GMT

function detect(a: Analysis): Finding[] {
  return detectFindings(a, measure(a));
}

function codes(findings: Finding[]): string[] {
  return findings.map((f) => f.code);
}

const fullDays = (id: string, from: string, to: string, extra = {}) =>
  ['16', '17', '18', '19', '20'].map((d) => occ(id, `2026-11-${d}T${from}`, `2026-11-${d}T${to}`, extra));

describe('detectFindings: load', () => {
  it('flags a critical and a warn week with hours and capacity', () => {
    const a = analysis(
      W47,
      [
        ...fullDays('cmo', '09:00', '16:36', { system: 'lsc' }),
        ...fullDays('coo', '09:00', '15:00', { system: 'lsc' }),
      ],
      config([person('cmo'), person('coo')]),
    );
    const found = detect(a);
    // cmo: 5 × 7.6 h = 38 h ≥ 37.5 → critical, ratio 38 / 37.5 = 1.0133
    expect(found.find((f) => f.person === 'cmo' && f.code.startsWith('overload.'))).toEqual({
      code: 'overload.critical',
      severity: 'warning',
      person: 'cmo',
      week: '2026-W47',
      data: { hours: 38, capacity: 37.5, threshold: 37.5, ratio: 1.0133, absenceDays: 0 },
    });
    // coo: 5 × 6 = 30 h ≥ 28.125 → warn
    expect(found.find((f) => f.person === 'coo' && f.code.startsWith('overload.'))?.code).toBe(
      'overload.warn',
    );
  });

  it('flags double bookings at 2 hours by default and at the configured limit', () => {
    const overlapping = [
      occ('cmo', '2026-11-16T09:00', '2026-11-16T11:00', { system: 'lsc' }),
      occ('cmo', '2026-11-16T09:00', '2026-11-16T11:00', { system: 'lsc' }), // 2 h conflict
    ];
    const found = detect(analysis(W47, overlapping, config([person('cmo')])));
    expect(found.find((f) => f.code === 'load.conflict')?.data).toMatchObject({ hours: 2, threshold: 2 });
    const strict = detect(analysis(W47, overlapping, config([person('cmo', {}, { conflictHours: 3 })])));
    expect(codes(strict)).not.toContain('load.conflict');
  });

  it('flags out-of-hours load counting weekend time', () => {
    const found = detect(
      analysis(W47, [
        occ('cmo', '2026-11-16T18:00', '2026-11-16T20:00', { system: 'lsc' }), // 2 h evening
        occ('cmo', '2026-11-22T10:00', '2026-11-22T12:00', { system: 'lsc' }), // 2 h Sunday
      ]),
    );
    expect(found.find((f) => f.code === 'load.out-of-hours')?.data).toEqual({
      hours: 4,
      outOfHours: 2,
      weekend: 2,
      threshold: 4,
    });
  });

  it('flags more systems than maxSystems only when configured', () => {
    const spread = ['a', 'b', 'c'].map((s, i) =>
      occ('cmo', `2026-11-1${6 + i}T09:00`, `2026-11-1${6 + i}T10:00`, { system: s }),
    );
    expect(codes(detect(analysis(W47, spread, config([person('cmo')]))))).not.toContain('load.systems');
    const found = detect(analysis(W47, spread, config([person('cmo', {}, { maxSystems: 2 })])));
    expect(found.find((f) => f.code === 'load.systems')?.data).toEqual({ systems: 3, max: 2 });
  });

  it('flags a week far above the baseline', () => {
    const window = weeksWindow('2026-W46', '2026-W47');
    const found = detect(
      analysis(window, [
        occ('cmo', '2026-11-09T09:00', '2026-11-09T13:00', { system: 'lsc' }), // W46: 4 h
        occ('cmo', '2026-11-16T08:00', '2026-11-16T18:00', { system: 'lsc' }), // W47: 10 h ≥ 1.5 × 4, +6 h ≥ 5
      ]),
    );
    expect(found.find((f) => f.code === 'load.above-baseline')).toMatchObject({
      week: '2026-W47',
      data: { hours: 10, baseline: 4, ratio: 2.5 },
    });
  });
});

describe('detectFindings: data quality', () => {
  it('reports availability-only exports', () => {
    const found = detect(
      analysis(W47, [], config(), [calendar('busy.ics', 'cmo', { busyOnlyTitles: 19, timedEvents: 20 })]),
    );
    expect(found.find((f) => f.code === 'data.availability-only')).toMatchObject({
      file: 'busy.ics',
      data: { busy: 19, timed: 20 },
    });
  });

  it('reports calendars that stop before the window ends or start after it begins', () => {
    const found = detect(
      analysis(weeksWindow('2026-W46', '2026-W47'), [], config(), [
        calendar('ends.ics', 'a', { firstStart: at('2026-01-01T09:00'), lastEnd: at('2026-11-12T17:00') }),
        calendar('starts.ics', 'b', { firstStart: at('2026-11-18T09:00'), lastEnd: at('2027-03-01T10:00') }),
        calendar('fine.ics', 'c', { firstStart: at('2026-01-01T09:00'), lastEnd: at('2026-11-20T17:00') }),
      ]),
    );
    const truncated = found.filter((f) => f.code.startsWith('data.truncated'));
    expect(truncated.map((f) => [f.code, f.file, f.data])).toEqual([
      ['data.truncated-end', 'ends.ics', { lastDate: '2026-11-12', windowEnd: '2026-11-22' }],
      ['data.truncated-start', 'starts.ics', { firstDate: '2026-11-18', windowStart: '2026-11-09' }],
    ]);
  });

  it('reports people with no data and empty weeks of people with data', () => {
    const found = detect(
      analysis(
        weeksWindow('2026-W46', '2026-W47'),
        [occ('coo', '2026-11-16T09:00', '2026-11-16T10:00', { system: 'lsc' })],
        config([person('cmo'), person('coo')]),
      ),
    );
    expect(
      found.filter((f) => f.code.startsWith('data.no-data')).map((f) => [f.code, f.person, f.week]),
    ).toEqual([
      ['data.no-data-person', 'cmo', undefined],
      ['data.no-data-week', 'coo', '2026-W46'],
    ]);
  });

  it('reports the unassigned share, as a warning from 20%', () => {
    const found = detect(
      analysis(W47, [
        occ('cmo', '2026-11-16T09:00', '2026-11-16T12:00', { system: 'lsc' }),
        occ('cmo', '2026-11-16T13:00', '2026-11-16T14:00'),
      ]),
    );
    // 1 of 4 hours unassigned = 0.25 ≥ 0.2
    expect(found.find((f) => f.code === 'data.unassigned')).toEqual({
      code: 'data.unassigned',
      severity: 'warning',
      data: { hours: 1, total: 4, share: 0.25 },
    });
  });
});
