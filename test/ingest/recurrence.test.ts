/**
 * RRULE / RDATE expansion against hand-worked calendars (RFC 5545 §3.3.10, §3.8.5).
 * Calendar facts used below: 1 Jan 2026 is a Thursday; month starts in 2026 fall on
 * Feb Sun, Mar Sun, Apr Wed, May Fri, Jun Mon, Jul Wed, Aug Sat, Sep Tue, Oct Thu, Nov Sun, Dec Tue.
 * London is on BST (+01:00) from 29 Mar 2026 01:00 UTC to 25 Oct 2026 01:00 UTC.
 */
import { describe, expect, it } from 'vitest';
import { ingest, rows, statusRows } from './helpers.js';

describe('FREQ=DAILY', () => {
  it('COUNT=5 from Monday 2 Nov gives Monday to Friday at 08:30 GMT', () => {
    const r = ingest('rrule-daily.ics', { from: '2026-11-02', to: '2026-11-08' });
    // 2..6 Nov, 08:30–09:00 = 0.5 h each; the 6th instance would be Sat 7 Nov but COUNT stops at 5.
    expect(rows(r, 'daily-huddle@google.com')).toEqual([
      ['2026-11-02T08:30+00:00', 0.5],
      ['2026-11-03T08:30+00:00', 0.5],
      ['2026-11-04T08:30+00:00', 0.5],
      ['2026-11-05T08:30+00:00', 0.5],
      ['2026-11-06T08:30+00:00', 0.5],
    ]);
  });

  it('INTERVAL=3 keeps its phase from a DTSTART ten months before the window', () => {
    // DTSTART Thu 1 Jan 2026. Day offsets from 1 Jan: 2 Nov is day-of-year 306 → offset 305 = 3·101 + 2.
    // So instances fall on offsets 306 (3 Nov), 309 (6 Nov), 312 (9 Nov), 315 (12 Nov), 318 (15 Nov).
    const a = ingest('rrule-daily.ics', { from: '2026-11-02', to: '2026-11-08' });
    expect(rows(a, 'every-third-day@google.com')).toEqual([
      ['2026-11-03T10:00+00:00', 1],
      ['2026-11-06T10:00+00:00', 1],
    ]);
    const b = ingest('rrule-daily.ics', { week: '2026-W46' });
    expect(rows(b, 'every-third-day@google.com')).toEqual([
      ['2026-11-09T10:00+00:00', 1],
      ['2026-11-12T10:00+00:00', 1],
      ['2026-11-15T10:00+00:00', 1],
    ]);
  });
});

describe('FREQ=WEEKLY', () => {
  it('INTERVAL=2;BYDAY=TU,TH alternates weeks, at 14:00 local on both sides of the October change', () => {
    // DTSTART Tue 6 Oct. Weeks (WKST=MO) of Mon 5 Oct, 19 Oct, 2 Nov, 16 Nov are "on"; 1.5 h each.
    const autumn = ingest('rrule-weekly.ics', { from: '2026-10-05', to: '2026-10-25' });
    expect(rows(autumn)).toEqual([
      ['2026-10-06T14:00+01:00', 1.5],
      ['2026-10-08T14:00+01:00', 1.5],
      ['2026-10-20T14:00+01:00', 1.5],
      ['2026-10-22T14:00+01:00', 1.5],
    ]);
    const november = ingest('rrule-weekly.ics', { from: '2026-11-02', to: '2026-11-22' });
    expect(rows(november)).toEqual([
      ['2026-11-03T14:00+00:00', 1.5],
      ['2026-11-05T14:00+00:00', 1.5],
      ['2026-11-17T14:00+00:00', 1.5],
      ['2026-11-19T14:00+00:00', 1.5],
    ]);
  });

  it('COUNT is counted from DTSTART, not from the window', () => {
    // Mondays 2, 9, 16 Nov are the 3 instances; the window 9–29 Nov sees the 2nd and 3rd only (23 Nov would be the 4th).
    const r = ingest('rrule-count.ics', { from: '2026-11-09', to: '2026-11-29' });
    expect(rows(r)).toEqual([
      ['2026-11-09T11:00+00:00', 1],
      ['2026-11-16T11:00+00:00', 1],
    ]);
  });

  it('WKST changes which days an INTERVAL=2 rule picks (RFC 5545 §3.3.10 example, moved to Aug 2026)', () => {
    const r = ingest('rrule-wkst.ics', { from: '2026-08-03', to: '2026-09-06' });
    // WKST=MO: weeks Mon 3–Sun 9 Aug (Tue 4, Sun 9), skip 10–16, Mon 17–Sun 23 (Tue 18, Sun 23). COUNT=4.
    expect(rows(r, 'wkst-monday@google.com')).toEqual([
      ['2026-08-04T09:00+01:00', 1],
      ['2026-08-09T09:00+01:00', 1],
      ['2026-08-18T09:00+01:00', 1],
      ['2026-08-23T09:00+01:00', 1],
    ]);
    // WKST=SU: weeks Sun 2–Sat 8 (Tue 4; Sun 2 is before DTSTART), skip 9–15, Sun 16–Sat 22 (Sun 16, Tue 18),
    // skip 23–29, Sun 30 Aug. COUNT=4.
    expect(rows(r, 'wkst-sunday@google.com')).toEqual([
      ['2026-08-04T09:00+01:00', 1],
      ['2026-08-16T09:00+01:00', 1],
      ['2026-08-18T09:00+01:00', 1],
      ['2026-08-30T09:00+01:00', 1],
    ]);
  });
});

describe('FREQ=MONTHLY', () => {
  it('BYDAY=2WE and BYMONTHDAY=-1 in the last quarter', () => {
    const r = ingest('rrule-monthly.ics', { from: '2026-10-01', to: '2026-12-31' });
    // Second Wednesdays: Oct (1st is Thu → Wed 7, 14) 14 Oct in BST; Nov (Sun → 4, 11) 11 Nov; Dec (Tue → 2, 9) 9 Dec.
    // Last days: 31 Oct (after the change, GMT), 30 Nov, 31 Dec, at 16:00 for 0.5 h.
    expect(rows(r)).toEqual([
      ['2026-10-14T10:00+01:00', 1],
      ['2026-10-31T16:00+00:00', 0.5],
      ['2026-11-11T10:00+00:00', 1],
      ['2026-11-30T16:00+00:00', 0.5],
      ['2026-12-09T10:00+00:00', 1],
      ['2026-12-31T16:00+00:00', 0.5],
    ]);
  });

  it('BYMONTHDAY=-1 is 28 February in a common year', () => {
    // Feb 2026: 1st is Sunday → Wednesdays 4, 11 → second is 11 Feb; last day is 28 Feb (2026 is not a leap year).
    const r = ingest('rrule-monthly.ics', { from: '2026-02-01', to: '2026-02-28' });
    expect(rows(r)).toEqual([
      ['2026-02-11T10:00+00:00', 1],
      ['2026-02-28T16:00+00:00', 0.5],
    ]);
  });

  it('BYSETPOS=-1 over weekdays is the last weekday of the month', () => {
    // Oct 31 is a Saturday → Fri 30 Oct; Nov 30 is a Monday; Dec 31 is a Thursday.
    const r = ingest('rrule-bysetpos.ics', { from: '2026-10-01', to: '2026-12-31' });
    expect(rows(r)).toEqual([
      ['2026-10-30T17:00+00:00', 0.5],
      ['2026-11-30T17:00+00:00', 0.5],
      ['2026-12-31T17:00+00:00', 0.5],
    ]);
    // May 2026: 1st is Friday → 31st is a Sunday → last weekday Fri 29 May (BST).
    expect(rows(ingest('rrule-bysetpos.ics', { from: '2026-05-01', to: '2026-05-31' }))).toEqual([
      ['2026-05-29T17:00+01:00', 0.5],
    ]);
  });
});

describe('FREQ=YEARLY', () => {
  it('a plain yearly AGM from 2020 and BYMONTH=11;BYDAY=3TH land in week 47 of 2026', () => {
    const r = ingest('rrule-yearly.ics', { week: '2026-W47' });
    // AGM: 18 Nov every year, 13:00–15:00. Third Thursday of Nov 2026: 1st is Sunday → Thu 5, 12, 19.
    expect(rows(r)).toEqual([
      ['2026-11-18T13:00+00:00', 2],
      ['2026-11-19T09:00+00:00', 1],
    ]);
  });
});

describe('UNTIL', () => {
  it('UNTIL in UTC at exactly the last instance, with the series in BST, includes that instance', () => {
    // Thu 1 Oct 09:00 BST = 08:00 UTC = UNTIL. Thursdays 3, 10, 17, 24 Sep and 1 Oct; 8 Oct is past UNTIL.
    const r = ingest('until-utc-bst.ics', { from: '2026-08-31', to: '2026-10-11' });
    expect(rows(r)).toEqual([
      ['2026-09-03T09:00+01:00', 1],
      ['2026-09-10T09:00+01:00', 1],
      ['2026-09-17T09:00+01:00', 1],
      ['2026-09-24T09:00+01:00', 1],
      ['2026-10-01T09:00+01:00', 1],
    ]);
  });

  it('UNTIL as a DATE includes that whole day', () => {
    const r = ingest('until-date.ics', { from: '2026-11-02', to: '2026-11-15' });
    // Timed series, UNTIL=20261106: daily 2..6 Nov at 12:00 (0.5 h); Sat 7 Nov is after the UNTIL day.
    expect(rows(r, 'until-date-timed@google.com')).toEqual([
      ['2026-11-02T12:00+00:00', 0.5],
      ['2026-11-03T12:00+00:00', 0.5],
      ['2026-11-04T12:00+00:00', 0.5],
      ['2026-11-05T12:00+00:00', 0.5],
      ['2026-11-06T12:00+00:00', 0.5],
    ]);
    // All-day series, UNTIL=20261111 (a DATE, as RFC 5545 requires for a DATE DTSTART): 9, 10, 11 Nov, 24 h each.
    expect(statusRows(r, 'until-date-allday@google.com')).toEqual([
      ['2026-11-09T00:00+00:00', 24, 'all-day', false],
      ['2026-11-10T00:00+00:00', 24, 'all-day', false],
      ['2026-11-11T00:00+00:00', 24, 'all-day', false],
    ]);
  });
});

describe('RDATE', () => {
  it('adds instances: one on the same day as a regular instance is a second occurrence; PERIODs carry their own length', () => {
    const r = ingest('rdate.ics', { week: '2026-W47' });
    // Weekly Monday 10:00 (1 h) gives Mon 16 Nov. RDATE 16 Nov 15:00 London (takes the event's 1 h).
    // PERIOD 18 Nov 14:00Z/PT2H → 2 h; PERIOD 19 Nov 09:00Z–09:30Z → 0.5 h. November is GMT, so Z = local.
    expect(rows(r)).toEqual([
      ['2026-11-16T10:00+00:00', 1],
      ['2026-11-16T15:00+00:00', 1],
      ['2026-11-18T14:00+00:00', 2],
      ['2026-11-19T09:00+00:00', 0.5],
    ]);
    // Every instance of the series carries its original start as RECURRENCE-ID.
    expect(r.occurrences.map((o) => o.recurrenceId)).toEqual([
      '2026-11-16T10:00:00+00:00',
      '2026-11-16T15:00:00+00:00',
      '2026-11-18T14:00:00+00:00',
      '2026-11-19T09:00:00+00:00',
    ]);
  });
});
