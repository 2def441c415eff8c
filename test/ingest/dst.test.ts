/**
 * Daylight saving in London, 2026: clocks go forward at 01:00 UTC on Sun 29 March (01:00 GMT → 02:00 BST)
 * and back at 01:00 UTC on Sun 25 October (02:00 BST → 01:00 GMT).
 */
import { describe, expect, it } from 'vitest';
import { ingest, local, rows, statusRows } from './helpers.js';

const H = 3_600_000;

describe('a weekly 09:00 London meeting stays at 09:00 local', () => {
  for (const file of ['dst-weekly.ics', 'dst-weekly-outlook.ics']) {
    it(`${file}: across 29 March`, () => {
      const r = ingest(file, { from: '2026-03-23', to: '2026-04-05' });
      expect(rows(r)).toEqual([
        ['2026-03-23T09:00+00:00', 1],
        ['2026-03-30T09:00+01:00', 1],
      ]);
      // As instants: 09:00Z, then 08:00Z.
      expect(r.occurrences.map((o) => o.start)).toEqual([Date.UTC(2026, 2, 23, 9), Date.UTC(2026, 2, 30, 8)]);
    });

    it(`${file}: across 25 October`, () => {
      const r = ingest(file, { from: '2026-10-19', to: '2026-11-01' });
      expect(rows(r)).toEqual([
        ['2026-10-19T09:00+01:00', 1],
        ['2026-10-26T09:00+00:00', 1],
      ]);
      expect(r.occurrences.map((o) => o.start)).toEqual([Date.UTC(2026, 9, 19, 8), Date.UTC(2026, 9, 26, 9)]);
    });
  }
});

describe('the change nights', () => {
  const october = ingest('dst-night.ics', { week: '2026-W43' }); // Mon 19 – Sun 25 Oct
  const march = ingest('dst-night.ics', { from: '2026-03-22', to: '2026-03-29' });

  it('00:30–02:30 on 25 October lasts 3 hours of real time', () => {
    // 00:30 BST = 23:30Z (24th); 02:30 GMT = 02:30Z → 3 h elapsed; one piece, all on the 25th locally.
    const o = october.occurrences.filter((x) => x.uid === 'night-october@example.com');
    expect(rows(o)).toEqual([['2026-10-25T00:30+01:00', 3]]);
    expect(local(o[0]!.end)).toBe('2026-10-25T02:30+00:00');
  });

  it('00:30–02:30 on 29 March lasts 1 hour of real time', () => {
    // 00:30 GMT = 00:30Z; 02:30 BST = 01:30Z → 1 h.
    expect(rows(march, 'night-march@example.com')).toEqual([['2026-03-29T00:30+00:00', 1]]);
  });

  it('01:30 on 25 October is the first (BST) 01:30', () => {
    // 01:30 BST = 00:30Z, PT30M → 01:00Z (which is 01:00 GMT).
    const o = october.occurrences.filter((x) => x.uid === 'repeated-hour@example.com');
    expect(o.map((x) => [x.start, x.end])).toEqual([
      [Date.UTC(2026, 9, 25, 0, 30), Date.UTC(2026, 9, 25, 1)],
    ]);
    expect(rows(o)).toEqual([['2026-10-25T01:30+01:00', 0.5]]);
  });

  it('01:30 on 29 March does not exist and moves forward to 02:30 BST', () => {
    // Read with the offset before the gap (RFC 5545 §3.3.5): 01:30+00:00 = 01:30Z = 02:30 BST; ends 03:00 BST = 02:00Z.
    expect(rows(march, 'skipped-hour@example.com')).toEqual([['2026-03-29T02:30+01:00', 0.5]]);
    // A weekly Sunday 01:30 series: 22 Mar at 01:30 GMT, then 29 Mar moved to 02:30 BST, still 30 minutes.
    expect(rows(march, 'sunday-0130@example.com')).toEqual([
      ['2026-03-22T01:30+00:00', 0.5],
      ['2026-03-29T02:30+01:00', 0.5],
    ]);
  });

  it('an all-day event on a change day lasts that local day: 25 h in October, 23 h in March', () => {
    expect(statusRows(october, 'allday-october@example.com')).toEqual([
      ['2026-10-25T00:00+01:00', 25, 'all-day', false],
    ]);
    expect(statusRows(march, 'allday-march@example.com')).toEqual([
      ['2026-03-29T00:00+00:00', 23, 'all-day', false],
    ]);
    const [o] = october.occurrences.filter((x) => x.uid === 'allday-october@example.com');
    expect(o!.end - o!.start).toBe(25 * H);
  });
});
