/**
 * The recurrence engine against RFC 5545 §3.8.5.3's own examples. Expected instances are the RFC's
 * text (dates in America/New_York there; here plain wall times), written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { expandRule } from '../../../src/ingest/expand/recurrence.js';
import { parseCalTime } from '../../../src/ingest/parse/datetime.js';

function walls(
  rule: string,
  dtstart: string,
  opts: { from?: string; to?: string; max?: number } = {},
): string[] {
  const start = parseCalTime(dtstart, null)!;
  const at = (s: string): number => {
    const t = parseCalTime(s, null)!;
    return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  };
  const result = expandRule(rule, start, {
    startWall: opts.from ? at(opts.from) : -8.64e15,
    endWall: opts.to ? at(opts.to) : 8.64e15,
    instantOf: (w) => w,
    reaches: () => true,
    maxInstances: opts.max ?? 10_000,
    maxIterations: 1_000_000,
  });
  return result.walls.map((w) => {
    const iso = new Date(w).toISOString();
    return start.isDate
      ? iso.slice(0, 10).replace(/-/g, '')
      : `${iso.slice(0, 10).replace(/-/g, '')}T${iso.slice(11, 19).replace(/:/g, '')}`;
  });
}

/** "d1,d2,…" within one month → basic date-times at 09:00. */
function days(yearMonth: string, list: number[], time = '090000'): string[] {
  return list.map((d) => `${yearMonth}${String(d).padStart(2, '0')}T${time}`);
}

describe('RFC 5545 §3.8.5.3 examples', () => {
  it('daily for 10 occurrences', () => {
    expect(walls('FREQ=DAILY;COUNT=10', '19970902T090000')).toEqual(
      days('199709', [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
    );
  });

  it('every other day, forever (first instances)', () => {
    expect(walls('FREQ=DAILY;INTERVAL=2', '19970902T090000', { to: '19971004T000000' })).toEqual([
      ...days('199709', [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30]),
      ...days('199710', [2]),
    ]);
  });

  it('every 10 days, 5 occurrences', () => {
    expect(walls('FREQ=DAILY;INTERVAL=10;COUNT=5', '19970902T090000')).toEqual([
      ...days('199709', [2, 12, 22]),
      ...days('199710', [2, 12]),
    ]);
  });

  it('every day in January, for 3 years (yearly and daily forms agree)', () => {
    const jan = (y: number): string[] =>
      days(
        `${y}01`,
        Array.from({ length: 31 }, (_, i) => i + 1),
      );
    const expected = [...jan(1998), ...jan(1999), ...jan(2000)];
    const yearly = 'FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA';
    expect(walls(yearly, '19980101T090000')).toEqual(expected);
    expect(walls('FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1', '19980101T090000')).toEqual(expected);
  });

  it('weekly for 10 occurrences', () => {
    expect(walls('FREQ=WEEKLY;COUNT=10', '19970902T090000')).toEqual([
      ...days('199709', [2, 9, 16, 23, 30]),
      ...days('199710', [7, 14, 21, 28]),
      ...days('199711', [4]),
    ]);
  });

  it('weekly on Tuesday and Thursday for five weeks', () => {
    const expected = [...days('199709', [2, 4, 9, 11, 16, 18, 23, 25, 30]), ...days('199710', [2])];
    expect(walls('FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH', '19970902T090000')).toEqual(
      expected,
    );
    expect(walls('FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH', '19970902T090000')).toEqual(expected);
  });

  it('every other week on Monday, Wednesday and Friday until 24 Dec 1997, starting Tuesday 2 Sep (DTSTART counts)', () => {
    // RFC: 25 instances counting DTSTART (it excludes 2 Sep with an EXDATE, leaving 24).
    const got = walls(
      'FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR',
      '19970902T090000',
    );
    expect(got).toEqual([
      ...days('199709', [2, 3, 5, 15, 17, 19, 29]),
      ...days('199710', [1, 3, 13, 15, 17, 27, 29, 31]),
      ...days('199711', [10, 12, 14, 24, 26, 28]),
      ...days('199712', [8, 10, 12, 22]),
    ]);
  });

  it('monthly on the first Friday for 10 occurrences (DTSTART 5 Sep 1997)', () => {
    expect(walls('FREQ=MONTHLY;COUNT=10;BYDAY=1FR', '19970905T090000')).toEqual([
      '19970905T090000',
      '19971003T090000',
      '19971107T090000',
      '19971205T090000',
      '19980102T090000',
      '19980206T090000',
      '19980306T090000',
      '19980403T090000',
      '19980501T090000',
      '19980605T090000',
    ]);
  });

  it('every other month on the first and last Sunday, 10 occurrences', () => {
    expect(walls('FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU', '19970907T090000')).toEqual([
      ...days('199709', [7, 28]),
      ...days('199711', [2, 30]),
      ...days('199801', [4, 25]),
      ...days('199803', [1, 29]),
      ...days('199805', [3, 31]),
    ]);
  });

  it('monthly on the third-to-the-last day, 6 occurrences', () => {
    expect(walls('FREQ=MONTHLY;BYMONTHDAY=-3;COUNT=6', '19970928T090000')).toEqual([
      '19970928T090000',
      '19971029T090000',
      '19971128T090000',
      '19971229T090000',
      '19980129T090000',
      '19980226T090000',
    ]);
  });

  it('every 18 months on the 10th to 15th, 10 occurrences', () => {
    expect(
      walls('FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15', '19970910T090000'),
    ).toEqual([...days('199709', [10, 11, 12, 13, 14, 15]), ...days('199903', [10, 11, 12, 13])]);
  });

  it('yearly in June and July for 10 occurrences', () => {
    expect(walls('FREQ=YEARLY;COUNT=10;BYMONTH=6,7', '19970610T090000')).toEqual(
      [1997, 1998, 1999, 2000, 2001].flatMap((y) => [`${y}0610T090000`, `${y}0710T090000`]),
    );
  });

  it('every third year on the 1st, 100th and 200th day, 10 occurrences', () => {
    // Day 100 is 10 April (9 April in leap 2000); day 200 is 19 July (18 July in 2000).
    expect(walls('FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200', '19970101T090000')).toEqual([
      '19970101T090000',
      '19970410T090000',
      '19970719T090000',
      '20000101T090000',
      '20000409T090000',
      '20000718T090000',
      '20030101T090000',
      '20030410T090000',
      '20030719T090000',
      '20060101T090000',
    ]);
  });

  it('every 20th Monday of the year', () => {
    expect(walls('FREQ=YEARLY;BYDAY=20MO', '19970519T090000', { to: '19991231T000000' })).toEqual([
      '19970519T090000',
      '19980518T090000',
      '19990517T090000',
    ]);
  });

  it('Monday of ISO week 20', () => {
    expect(walls('FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO', '19970512T090000', { to: '19991231T000000' })).toEqual([
      '19970512T090000',
      '19980511T090000',
      '19990517T090000',
    ]);
  });

  it('every Thursday in March', () => {
    expect(walls('FREQ=YEARLY;BYMONTH=3;BYDAY=TH', '19970313T090000', { to: '19991231T000000' })).toEqual([
      ...days('199703', [13, 20, 27]),
      ...days('199803', [5, 12, 19, 26]),
      ...days('199903', [4, 11, 18, 25]),
    ]);
  });

  it('every Friday the 13th (DTSTART is the first instance even though it is no Friday the 13th)', () => {
    expect(
      walls('FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13', '19970902T090000', { to: '20001231T000000' }),
    ).toEqual([
      '19970902T090000',
      '19980213T090000',
      '19980313T090000',
      '19981113T090000',
      '19990813T090000',
      '20001013T090000',
    ]);
  });

  it('the first Saturday that follows the first Sunday of the month', () => {
    expect(
      walls('FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13', '19970913T090000', {
        to: '19980613T000000',
      }),
    ).toEqual([
      '19970913T090000',
      '19971011T090000',
      '19971108T090000',
      '19971213T090000',
      '19980110T090000',
      '19980207T090000',
      '19980307T090000',
      '19980411T090000',
      '19980509T090000',
    ]);
  });

  it('US presidential election day: every 4 years, first Tuesday after a Monday in November', () => {
    expect(
      walls('FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8', '19961105T090000', {
        to: '20041231T000000',
      }),
    ).toEqual(['19961105T090000', '20001107T090000', '20041102T090000']);
  });

  it('the third instance of Tuesday, Wednesday or Thursday in the month, 3 occurrences', () => {
    expect(walls('FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3', '19970904T090000')).toEqual([
      '19970904T090000',
      '19971007T090000',
      '19971106T090000',
    ]);
  });

  it('the second-to-last weekday of the month', () => {
    expect(
      walls('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2', '19970929T090000', { to: '19980331T000000' }),
    ).toEqual([
      '19970929T090000',
      '19971030T090000',
      '19971127T090000',
      '19971230T090000',
      '19980129T090000',
      '19980226T090000',
      '19980330T090000',
    ]);
  });

  it('every 3 hours from 09:00 to 17:00 on one day', () => {
    expect(walls('FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z', '19970902T090000')).toEqual([
      '19970902T090000',
      '19970902T120000',
      '19970902T150000',
    ]);
  });

  it('every 20 minutes from 9:00 to 16:40 every day (daily and minutely forms agree)', () => {
    const expected = ['02', '03'].flatMap((d) =>
      [9, 10, 11, 12, 13, 14, 15, 16].flatMap((h) =>
        [0, 20, 40].map((m) => `199709${d}T${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}00`),
      ),
    );
    const to = { to: '19970903T235959' };
    expect(walls('FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40', '19970902T090000', to)).toEqual(
      expected,
    );
    expect(walls('FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16', '19970902T090000', to)).toEqual(
      expected,
    );
  });

  it('WKST changes an INTERVAL=2 weekly rule: MO gives 5 Aug 10, 19, 24; SU gives 5, 17, 19, 31', () => {
    expect(walls('FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO', '19970805T090000')).toEqual(
      days('199708', [5, 10, 19, 24]),
    );
    expect(walls('FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU', '19970805T090000')).toEqual(
      days('199708', [5, 17, 19, 31]),
    );
  });

  it('an invalid date (15th..31st → 30 February) is skipped, not rolled over', () => {
    // RFC: FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5 from 15 Jan 2007 → Jan 15, 30; Feb 15; Mar 15, 30.
    expect(walls('FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5', '20070115T090000')).toEqual([
      '20070115T090000',
      '20070130T090000',
      '20070215T090000',
      '20070315T090000',
      '20070330T090000',
    ]);
  });
});

describe('beyond the RFC examples', () => {
  it('ISO week 53 exists only in long years: Tuesdays and Saturdays of week 53 from 2013 to 2016', () => {
    // 2015 starts on a Thursday, so it has 53 weeks; week 53 runs Mon 28 Dec 2015 – Sun 3 Jan 2016.
    expect(
      walls('FREQ=YEARLY;BYWEEKNO=53;BYDAY=TU,SA', '20151229T000000', { to: '20161231T000000' }),
    ).toEqual(['20151229T000000', '20160102T000000']);
  });

  it('a fast-forwarded daily rule from 2005 yields only the requested days', () => {
    expect(
      walls('FREQ=DAILY', '20050101T100000', { from: '20261116T000000', to: '20261118T235959' }),
    ).toEqual(['20261116T100000', '20261117T100000', '20261118T100000']);
  });

  it('a rule that can never match (30 February) ends', () => {
    expect(walls('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', '20240101T090000')).toEqual(['20240101T090000']);
  });

  it('refuses what RFC 5545 forbids', () => {
    expect(() => walls('FREQ=DAILY;BYDAY=1MO', '20240101')).toThrow();
    expect(() => walls('FREQ=MONTHLY;BYWEEKNO=10', '20240101')).toThrow();
    expect(() => walls('FREQ=WEEKLY;BYMONTHDAY=20', '20240101')).toThrow();
    expect(() => walls('FREQ=MONTHLY;BYYEARDAY=14', '20240101')).toThrow();
    expect(() => walls('BYDAY=MO', '20240101')).toThrow();
  });
});
