import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { weekKey } from '../../src/window.js';

/** The definition: the ISO week-year and week number of the instant's local date in the zone. */
const direct = (instant: number, zone: string): string => {
  const d = DateTime.fromMillis(instant, { zone });
  return `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;
};

// Zones with DST at midnight (Sao Paulo until 2019, Havana), half-hour offsets, the southern summer.
const ZONES = [
  'Europe/London',
  'America/Sao_Paulo',
  'America/Havana',
  'Asia/Kolkata',
  'Pacific/Auckland',
  'UTC',
];

describe('weekKey', () => {
  it('gives Monday 00:00 to the new week and Sunday 23:59:59.999 to the old one (Europe/London)', () => {
    // Mon 16 Nov 2026 00:00 GMT is the start of 2026-W47; one millisecond before is 2026-W46.
    const monday = Date.UTC(2026, 10, 16);
    expect(weekKey(monday, 'Europe/London')).toBe('2026-W47');
    expect(weekKey(monday - 1, 'Europe/London')).toBe('2026-W46');
    // BST: Mon 30 Mar 2026 00:00 BST = Sun 29 Mar 23:00 UTC starts 2026-W14.
    expect(weekKey(Date.UTC(2026, 2, 29, 23), 'Europe/London')).toBe('2026-W14');
    expect(weekKey(Date.UTC(2026, 2, 29, 23) - 1, 'Europe/London')).toBe('2026-W13');
    // 29 Dec 2025 (a Monday) is in 2026-W01 of week-year 2026.
    expect(weekKey(Date.UTC(2025, 11, 29, 12), 'UTC')).toBe('2026-W01');
  });

  it('agrees with the direct conversion for any instant from 1990 to 2040, asked in any order', () => {
    const from = Date.UTC(1990, 0, 1);
    const to = Date.UTC(2040, 0, 1);
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.array(fc.integer({ min: from, max: to }), { minLength: 1, maxLength: 40 }),
        (zone, instants) => {
          for (const t of instants) expect(weekKey(t, zone)).toBe(direct(t, zone));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('agrees with the direct conversion far from the instants seen so far', () => {
    for (const t of [Date.UTC(1900, 5, 1), Date.UTC(2300, 0, 1), -1e15, 1e15])
      expect(weekKey(t, 'Europe/London')).toBe(direct(t, 'Europe/London'));
  });
});
