/**
 * Properties of the time arithmetic under the hours: wall time → instant agrees with the tz
 * database read through luxon (RFC 5545 §3.3.5 for the repeated and the skipped hour), and cutting
 * an occurrence at local midnights loses and adds nothing.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { fromWall } from '../../src/ingest/parse/datetime.js';
import { dayBoundaries, splitAtDays } from '../../src/ingest/expand/split.js';
import { ianaRules, localToInstant } from '../../src/ingest/zones/zone-rules.js';
import { resolveWindow } from '../../src/window.js';

const MINUTE = 60_000;
const ZONES = [
  'Europe/London',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'America/Sao_Paulo',
];

/** Every instant whose local time in `zone` is `wall` (ms as if UTC), by asking luxon. */
function luxonInstants(wall: number, zone: string): number[] {
  const offsets = new Set<number>();
  for (const probe of [wall - 86_400_000, wall, wall + 86_400_000])
    offsets.add(DateTime.fromMillis(probe, { zone }).offset);
  return [...offsets]
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => {
      const local = DateTime.fromMillis(instant, { zone });
      return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute) === wall;
    })
    .sort((a, b) => a - b);
}

describe('localToInstant', () => {
  it('agrees with luxon: the first of a repeated time, the offset before a skipped one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        // Minutes from 1990 to 2040, so every kind of transition of these zones is met.
        fc.integer({ min: 0, max: 50 * 366 * 24 * 60 }),
        (zone, minutes) => {
          const wall = Date.UTC(1990, 0, 1) + minutes * MINUTE;
          const rules = ianaRules(zone)!;
          const got = localToInstant(fromWall(wall), rules);
          const instants = luxonInstants(wall, zone);
          if (instants.length > 0) expect(got).toBe(instants[0]);
          else {
            // Skipped: read with the offset in force before the gap, so it lands after the gap.
            const before = DateTime.fromMillis(wall - 86_400_000, { zone }).offset;
            expect(got).toBe(wall - before * MINUTE);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('meets every transition of Europe/London in 2026 exactly', () => {
    // Clocks go forward at 01:00 UTC on 29 March and back at 01:00 UTC on 25 October 2026.
    const rules = ianaRules('Europe/London')!;
    const at = (h: number, m: number, month: number, day: number): number =>
      localToInstant({ year: 2026, month, day, hour: h, minute: m, second: 0 }, rules);
    expect(at(0, 59, 3, 29)).toBe(Date.UTC(2026, 2, 29, 0, 59));
    expect(at(1, 30, 3, 29)).toBe(Date.UTC(2026, 2, 29, 1, 30)); // skipped: 01:30 GMT = 02:30 BST
    expect(at(2, 0, 3, 29)).toBe(Date.UTC(2026, 2, 29, 1, 0));
    expect(at(1, 30, 10, 25)).toBe(Date.UTC(2026, 9, 25, 0, 30)); // repeated: the BST one first
    expect(at(2, 0, 10, 25)).toBe(Date.UTC(2026, 9, 25, 2, 0));
  });
});

describe('splitAtDays', () => {
  const window = resolveWindow({
    from: '2026-03-23',
    to: '2026-04-05',
    zone: 'Europe/London',
    now: new Date(),
  });
  const boundaries = dayBoundaries(window);

  it('cuts a span into contiguous pieces, each inside one local day, summing to the clipped span', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: window.start - 3 * 86_400_000, max: window.end + 86_400_000 }),
        fc.integer({ min: 1, max: 5 * 86_400_000 }),
        (start, length) => {
          const end = start + length;
          const pieces = splitAtDays(start, end, boundaries);
          const clipped = Math.max(0, Math.min(end, window.end) - Math.max(start, window.start));
          expect(pieces.reduce((sum, [s, e]) => sum + (e - s), 0)).toBe(clipped);
          for (let i = 0; i < pieces.length; i++) {
            const [s, e] = pieces[i]!;
            expect(e).toBeGreaterThan(s);
            if (i > 0) expect(s).toBe(pieces[i - 1]![1]);
            // No boundary strictly inside a piece: each piece lies within one local day.
            expect(boundaries.some((b) => b > s && b < e)).toBe(false);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('knows the short day: 29 March 2026 in London is 23 hours', () => {
    const day = Date.UTC(2026, 2, 29) - 0; // local midnight = 00:00 GMT
    const pieces = splitAtDays(day, day + 48 * 3_600_000, boundaries);
    expect(pieces.map(([s, e]) => (e - s) / 3_600_000)).toEqual([23, 24, 1]);
  });
});
