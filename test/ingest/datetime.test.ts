import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { monthLength } from '../../src/ingest/expand/rrule/civil.js';
import { parseCalTime } from '../../src/ingest/parse/datetime.js';

describe('monthLength (the days of a month that dates are checked against)', () => {
  it('agrees with luxon for every month of years 1 to 2400, leap centuries included', () => {
    const wrong: string[] = [];
    for (let year = 1; year <= 2400; year++) {
      for (let month = 1; month <= 12; month++) {
        const expected = DateTime.utc(year, month, 1).daysInMonth;
        if (monthLength(year, month) !== expected) wrong.push(`${year}-${month}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives February 29 days in 2000, 2024 and 2400, and 28 in 1900, 2100 and 2026', () => {
    expect([2000, 2024, 2400].map((y) => monthLength(y, 2))).toEqual([29, 29, 29]);
    expect([1900, 2100, 2026].map((y) => monthLength(y, 2))).toEqual([28, 28, 28]);
  });

  it('lets a date through only when its day exists in its month', () => {
    expect(parseCalTime('20240229', null)?.day).toBe(29);
    expect(parseCalTime('20260229', null)).toBeNull();
    expect(parseCalTime('21000229T090000Z', null)).toBeNull();
    expect(parseCalTime('20260431', null)).toBeNull();
    expect(parseCalTime('20261231T235959Z', null)?.second).toBe(59);
    // Year 0 is a leap year in the proleptic Gregorian calendar (Date.UTC would read it as 1900).
    expect(parseCalTime('00000229', null)?.day).toBe(29);
  });
});
