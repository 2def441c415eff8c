/**
 * resolveWindow: ISO weeks (Monday start) in the report zone, both --from/--to days included.
 * ISO week 1 of 2026 starts Mon 29 Dec 2025 (1 Jan 2026 is a Thursday), so week N starts 29 Dec 2025 + 7(N−1) days;
 * 2026 has 53 ISO weeks (it starts on a Thursday), 2027 has 52 (it starts on a Friday).
 */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { resolveWindow, weekKey, type WindowOptions } from '../../src/window.js';

const NOW = new Date('2026-11-23T12:00:00Z'); // Monday of week 48
const zone = 'Europe/London';
const win = (o: Partial<WindowOptions>): ReturnType<typeof resolveWindow> =>
  resolveWindow({ zone, now: NOW, ...o });
const H = 3_600_000;

describe('--week', () => {
  it('2026-W47 is Mon 16 Nov 00:00 GMT to Mon 23 Nov 00:00', () => {
    // 29 Dec 2025 + 46·7 = 322 days = 16 Nov 2026.
    expect(win({ week: '2026-W47' })).toEqual({
      start: Date.UTC(2026, 10, 16),
      end: Date.UTC(2026, 10, 23),
      zone,
      weeks: ['2026-W47'],
      from: '2026-11-16',
      to: '2026-11-22',
    });
  });

  it('"last" is the full week before now, "this" the week holding now; nothing given means "last"', () => {
    expect(win({ week: 'last' }).from).toBe('2026-11-16');
    expect(win({}).weeks).toEqual(['2026-W47']);
    expect(win({ week: 'this' })).toMatchObject({
      from: '2026-11-23',
      to: '2026-11-29',
      weeks: ['2026-W48'],
    });
  });

  it('"last" is judged in the report zone, not in UTC', () => {
    // 28 Jun 2026 23:30Z is Mon 29 Jun 00:30 BST (week 27), so "last" is week 26: Mon 22 – Sun 28 Jun.
    const w = resolveWindow({ week: 'last', zone, now: new Date('2026-06-28T23:30:00Z') });
    expect(w).toMatchObject({ weeks: ['2026-W26'], from: '2026-06-22', to: '2026-06-28' });
    // Midnight BST = 23:00 UTC the day before.
    expect(w.start).toBe(Date.UTC(2026, 5, 21, 23));
  });

  it('in another zone the week starts at that zone’s midnight', () => {
    const w = resolveWindow({ week: '2026-W47', zone: 'America/New_York', now: NOW });
    // 00:00 EST = 05:00Z.
    expect([w.start, w.end]).toEqual([Date.UTC(2026, 10, 16, 5), Date.UTC(2026, 10, 23, 5)]);
  });

  it('--weeks N stretches back to N whole weeks ending with --week', () => {
    // Week 44 starts 29 Dec 2025 + 43·7 = 301 days = 26 Oct 2026 (already GMT).
    expect(win({ week: '2026-W47', weeks: 4 })).toMatchObject({
      start: Date.UTC(2026, 9, 26),
      from: '2026-10-26',
      to: '2026-11-22',
      weeks: ['2026-W44', '2026-W45', '2026-W46', '2026-W47'],
    });
    expect(win({ week: '2026-W47', weeks: '1' }).weeks).toEqual(['2026-W47']);
  });

  it('week 53 exists in 2026 and spans the new year', () => {
    expect(win({ week: '2026-W53' })).toMatchObject({ from: '2026-12-28', to: '2027-01-03' });
  });
});

describe('--from / --to', () => {
  it('2026-09-28 .. 2026-12-27 is 13 whole ISO weeks, both days included', () => {
    const w = win({ from: '2026-09-28', to: '2026-12-27' });
    // Mon 28 Sep is week 40 (29 Dec 2025 + 273 days); Sun 27 Dec ends week 52.
    expect(w.weeks).toEqual(Array.from({ length: 13 }, (_, i) => `2026-W${40 + i}`));
    // Starts at midnight BST (23:00Z on the 27th), ends at midnight GMT after Sun 27 Dec.
    expect(w.start).toBe(Date.UTC(2026, 8, 27, 23));
    expect(w.end).toBe(Date.UTC(2026, 11, 28));
    // 91 days of 24 h, plus the hour gained on 25 October.
    expect((w.end - w.start) / H).toBe(91 * 24 + 1);
  });

  it('a single day is a window of that day', () => {
    expect(win({ from: '2026-10-25', to: '2026-10-25' })).toMatchObject({
      start: Date.UTC(2026, 9, 24, 23),
      end: Date.UTC(2026, 9, 26),
      weeks: ['2026-W43'],
    });
  });
});

describe('bad input is a UsageError', () => {
  it.each<[string, Partial<WindowOptions>]>([
    ['a week that is not ISO', { week: '2026-47' }],
    ['a word', { week: 'next' }],
    ['week 53 of a 52-week year', { week: '2027-W53' }],
    ['week 0', { week: '2026-W00' }],
    ['month 13', { from: '2026-13-01', to: '2026-12-31' }],
    ['30 February', { from: '2026-02-30', to: '2026-03-31' }],
    ['a date in another format', { from: '28/09/2026', to: '2026-12-27' }],
    ['--from without --to', { from: '2026-09-28' }],
    ['--to before --from', { from: '2026-12-27', to: '2026-09-28' }],
    ['--week with --from/--to', { week: '2026-W47', from: '2026-11-16', to: '2026-11-22' }],
    ['--weeks 0', { weeks: 0 }],
    ['--weeks 1.5', { weeks: 1.5 }],
    ['--weeks x', { weeks: 'x' }],
    ['an unknown zone', { zone: 'Mars/Olympus_Mons' }],
  ])('%s', (_, options) => {
    expect(() => win(options)).toThrow(UsageError);
  });
});

describe('weekKey', () => {
  it('uses ISO weeks in the given zone', () => {
    // Sun 22 Nov 23:30 London is week 47; the same instant is Mon 23 Nov 00:30 in Paris, week 48.
    const t = Date.UTC(2026, 10, 22, 23, 30);
    expect(weekKey(t, 'Europe/London')).toBe('2026-W47');
    expect(weekKey(t, 'Europe/Paris')).toBe('2026-W48');
    // Fri 1 Jan 2027 belongs to week 53 of 2026.
    expect(weekKey(Date.UTC(2027, 0, 1, 12), zone)).toBe('2026-W53');
  });
});
