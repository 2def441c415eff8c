import { describe, expect, it } from 'vitest';
import { bankHolidays } from '../../scripts/demo/absences.js';
import {
  dayFromIso,
  isoDate,
  isoWeekKey,
  londonToUtcStamp,
  mondayOfIsoWeek,
  weekday,
} from '../../scripts/demo/calendar-math.js';

describe('London wall-clock to UTC', () => {
  it('subtracts an hour in summer time and nothing in winter', () => {
    // Friday 23 Oct 2026 is BST (UTC+1): 09:00 local = 08:00Z. Monday 26 Oct is GMT: 09:00 = 09:00Z.
    expect(londonToUtcStamp(dayFromIso('2026-10-23'), 9 * 60)).toBe('20261023T080000Z');
    expect(londonToUtcStamp(dayFromIso('2026-10-26'), 9 * 60)).toBe('20261026T090000Z');
  });

  it('takes the repeated 01:30 on Sunday 25 Oct 2026 as its first (BST) occurrence', () => {
    // 01:30 BST = 00:30Z; the change is at 01:00Z, so 02:00 local is GMT = 02:00Z.
    expect(londonToUtcStamp(dayFromIso('2026-10-25'), 90)).toBe('20261025T003000Z');
    expect(londonToUtcStamp(dayFromIso('2026-10-25'), 120)).toBe('20261025T020000Z');
  });

  it('starts summer time at 01:00 GMT on Sunday 29 Mar 2026', () => {
    expect(londonToUtcStamp(dayFromIso('2026-03-29'), 30)).toBe('20260329T003000Z');
    expect(londonToUtcStamp(dayFromIso('2026-03-29'), 3 * 60)).toBe('20260329T020000Z');
  });
});

describe('weeks and days', () => {
  it('knows the demo quarter is 2026-W40 to 2026-W52', () => {
    expect(weekday(dayFromIso('2026-09-28'))).toBe(0); // Monday
    expect(isoWeekKey(dayFromIso('2026-09-28'))).toBe('2026-W40');
    expect(isoWeekKey(dayFromIso('2026-12-27'))).toBe('2026-W52');
    expect(isoDate(mondayOfIsoWeek('2026-W47'))).toBe('2026-11-16');
    // 1 Jan 2026 is a Thursday, so 2026 has 53 ISO weeks and Mon 28 Dec 2026 starts W53.
    expect(isoWeekKey(dayFromIso('2026-12-28'))).toBe('2026-W53');
  });
});

describe('bank holidays', () => {
  const names = (from: string, to: string): string[] =>
    bankHolidays(dayFromIso(from), dayFromIso(to)).map((h) => `${isoDate(h.day)} ${h.name}`);

  it('moves Boxing Day 2026 (a Saturday) to Monday 28 December', () => {
    expect(names('2026-12-01', '2027-01-01')).toEqual([
      '2026-12-25 Christmas Day',
      '2026-12-28 Boxing Day (substitute day)',
    ]);
  });

  it('observes a Saturday Christmas (2027) on Monday 27 and Boxing Day on Tuesday 28', () => {
    expect(names('2027-12-01', '2028-01-01')).toEqual([
      '2027-12-27 Christmas Day (substitute day)',
      '2027-12-28 Boxing Day (substitute day)',
    ]);
  });

  it('observes a Sunday Christmas (2022) on Tuesday 27, with Boxing Day on Monday 26', () => {
    expect(names('2022-12-01', '2023-01-01')).toEqual([
      '2022-12-26 Boxing Day',
      '2022-12-27 Christmas Day (substitute day)',
    ]);
  });

  it("moves New Year's Day 2028 (a Saturday) to Monday 3 January", () => {
    expect(names('2028-01-01', '2028-01-31')).toEqual(["2028-01-03 New Year's Day"]);
  });
});
