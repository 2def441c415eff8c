import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { monthLength } from '../../src/ingest/expand/rrule/civil.js';
import { cutCalTime, parseCalTime } from '../../src/ingest/parse/datetime.js';
import { jcalDate, jcalDateTime } from '../../src/ingest/parse/plain-values.js';

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

describe('parseCalTime and cutCalTime (reading a written time without a regular expression)', () => {
  /** A time as "year-month-day hour:minute:second", then date / utc / in its TZID. */
  const at = (t: ReturnType<typeof parseCalTime>): string | null =>
    t &&
    `${t.year}-${t.month}-${t.day} ${t.hour}:${t.minute}:${t.second}` +
      `${t.isDate ? ' date' : ''}${t.utc ? ' utc' : ''}${t.tzid ? ` in ${t.tzid}` : ''}`;

  it('reads the basic and the jCal form, whole and trimmed, and nothing else', () => {
    expect(at(parseCalTime('20261116T090000Z', 'Europe/London'))).toBe('2026-11-16 9:0:0 utc');
    expect(at(parseCalTime(' 20261116T090000 ', 'Europe/London'))).toBe('2026-11-16 9:0:0 in Europe/London');
    expect(at(parseCalTime('2026-11-16T09:30:15', null))).toBe('2026-11-16 9:30:15');
    expect(at(parseCalTime('2026-11-16', null))).toBe('2026-11-16 0:0:0 date');
    // The jCal form is read untrimmed, as written by ical.js; a mixed or cut form is no time.
    for (const v of [
      ' 2026-11-16',
      '2026-1116',
      '20261116T0900',
      '20261116T090000ZZ',
      '2026111６',
      '20261116t090000',
      '2026-11-16T09:00',
    ])
      expect(parseCalTime(v, null), v).toBeNull();
  });

  it('reads 24:00 as the next midnight and a leap second as :59', () => {
    expect(at(parseCalTime('20261231T240000Z', null))).toBe('2027-1-1 0:0:0 utc');
    expect(parseCalTime('20261231T240100Z', null)).toBeNull();
    expect(at(parseCalTime('20261231T235960Z', null))).toBe('2026-12-31 23:59:59 utc');
    expect(parseCalTime('20261231T236000Z', null)).toBeNull();
  });

  it('cuts a value by position as ical.js strict mode does, whatever stands between', () => {
    expect(at(cutCalTime('20261116X090000Zjunk', false, 'Z1'))).toBe('2026-11-16 9:0:0 utc');
    expect(at(cutCalTime('20261116T090000', false, 'Z1'))).toBe('2026-11-16 9:0:0 in Z1');
    expect(at(cutCalTime('20261116T0900', true, null))).toBe('2026-11-16 0:0:0 date');
    // A DATE written where a DATE-TIME is expected is not a time (ical.js makes "2017-03-25T::" of it).
    expect(cutCalTime('20170325', false, null)).toBeNull();
    expect(cutCalTime('2017032', true, null)).toBeNull();
  });

  it('cutCalTime is parseCalTime of the jCal form plainProperty builds, for any text', () => {
    const piece = fc.constantFrom(...'0123456789-:TZ tzx'.split(''));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.boolean(), (chars, isDate) => {
        const v = chars.join('');
        const viaJcal = parseCalTime(isDate ? jcalDate(v) : jcalDateTime(v), 'Zone');
        expect(cutCalTime(v, isDate, 'Zone')).toEqual(viaJcal);
      }),
      { numRuns: 20_000 },
    );
  });
});
