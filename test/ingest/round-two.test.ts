/**
 * Issue 9, instances and values: overrides whose RECURRENCE-ID names no instance exactly, a floating
 * DTEND beside a zoned DTSTART, nominal DURATION days across a clock change, and values out of range.
 * Expected values worked out by hand in the comments (London is GMT = UTC in November).
 */
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/findings/format.js';
import { ianaRules } from '../../src/ingest/zones/zone-rules.js';
import { ingest, ingestInline, inlineCalendar, rows } from './helpers.js';

const W47 = { week: '2026-W47' };
const sentences = (r: ReturnType<typeof ingest>, code: string): string[] =>
  r.findings.filter((f) => f.code === code).map(formatFinding);

describe('overrides that name no instance exactly', () => {
  const r = ingest('override-inexact.ics', W47);

  it('replace the one instance on that local date, and otherwise stand beside the series', () => {
    expect(rows(r)).toEqual([
      // Ceuta series: Mon 16 Nov 10:00 CET = 09:00 UTC. The override's RECURRENCE-ID is 10:00 Lisbon
      // (WET) = 10:00 UTC: no instance then, but one on 16 Nov, so the override (14:00 CET = 13:00
      // UTC, 1 h) replaces it. Not 09:00 + 13:00.
      ['2026-11-16T13:00+00:00', 1],
      // Daily huddle 09:30–10:30 on 17, 18, 19 Nov; the override's RECURRENCE-ID is 18 Nov 00:00
      // (Exchange), the one instance that day moves to 15:00–16:00.
      ['2026-11-17T09:30+00:00', 1],
      ['2026-11-18T15:00+00:00', 1],
      ['2026-11-19T09:30+00:00', 1],
      // BYHOUR=9,14;COUNT=2: 09:00 and 14:00 on 20 Nov, 30 min each. RECURRENCE-ID 00:00 that day
      // cannot say which: both stay and the override (17:00, 30 min) is added, as before.
      ['2026-11-20T09:00+00:00', 0.5],
      ['2026-11-20T14:00+00:00', 0.5],
      ['2026-11-20T17:00+00:00', 0.5],
      // 10:00–11:00 on 21 and 22 Nov; two overrides name 21 Nov at 09:00 and 15:00 (neither an
      // instance): which one is "the" 10:00 cannot be told, so both are added and 10:00 stays.
      ['2026-11-21T09:00+00:00', 1],
      ['2026-11-21T10:00+00:00', 1],
      ['2026-11-21T15:00+00:00', 1],
      ['2026-11-22T10:00+00:00', 1],
    ]);
  });

  it('warn, naming the RECURRENCE-ID as written and its line', () => {
    // The override components begin on lines 13, 27, 41, 55 and 62.
    expect(sentences(r, 'ingest.override-inexact')).toEqual([
      'override-inexact.ics:13: RECURRENCE-ID 20261116T100000 names no instance of its series exactly; it replaces the one instance on that date.',
      'override-inexact.ics:27: RECURRENCE-ID 20261118T000000 names no instance of its series exactly; it replaces the one instance on that date.',
    ]);
    expect(sentences(r, 'ingest.override-unmatched')).toEqual([
      'override-inexact.ics:41: RECURRENCE-ID 20261120T000000 names no instance of its series (2 on that date); counted as an extra occurrence beside the series.',
      'override-inexact.ics:55: RECURRENCE-ID 20261121T090000 names no instance of its series (1 on that date, and 2 overrides name that date); counted as an extra occurrence beside the series.',
      'override-inexact.ics:62: RECURRENCE-ID 20261121T150000 names no instance of its series (1 on that date, and 2 overrides name that date); counted as an extra occurrence beside the series.',
    ]);
  });
});

describe('a floating DTEND beside a zoned DTSTART', () => {
  const r = ingest('floating-end.ics', W47);

  it('is read in DTSTART’s zone, with a warning', () => {
    expect(rows(r)).toEqual([
      // 09:00–10:30 New York (EST, UTC−5) = 14:00–15:30 UTC: 1.5 h (read in London it would end
      // before it starts and last 0).
      ['2026-11-16T14:00+00:00', 1.5],
      // 09:00Z to a floating 09:45, read in UTC: 0.75 h.
      ['2026-11-17T09:00+00:00', 0.75],
    ]);
    expect(sentences(r, 'ingest.floating-end')).toEqual([
      'floating-end.ics:7: DTEND has no time zone while DTSTART has one; read in America/New_York, as mail clients mean it.',
      'floating-end.ics:13: DTEND has no time zone while DTSTART has one; read in UTC, as mail clients mean it.',
    ]);
  });
});

describe('DURATION days and weeks are nominal (RFC 5545 §3.3.6)', () => {
  it('P1D over the October change lasts 25 h; PT24H lasts 24 h', () => {
    const r = ingest('duration-nominal.ics', { from: '2026-10-19', to: '2026-10-25' });
    // Sat 24 Oct 12:00 BST → Sun 25 Oct 12:00 GMT; clocks go back an hour at 02:00 on Sunday.
    // Saturday 12:00–24:00 = 12 h; Sunday 00:00–12:00 spans 13 elapsed hours. 12 + 13 = 25.
    expect(rows(r, 'p1d-autumn@example.nhs.uk')).toEqual([
      ['2026-10-24T12:00+01:00', 12],
      ['2026-10-25T00:00+01:00', 13],
    ]);
    // PT24H is exact: 24 h after 11:00 UTC Saturday is 11:00 UTC = 11:00 GMT Sunday: 12 + 12.
    expect(rows(r, 'pt24h-autumn@example.nhs.uk')).toEqual([
      ['2026-10-24T12:00+01:00', 12],
      ['2026-10-25T00:00+01:00', 12],
    ]);
  });

  it('P1D over the March change lasts 23 h; P1W lasts 167 h', () => {
    const r = ingest('duration-nominal.ics', { from: '2027-03-22', to: '2027-03-28' });
    // Sat 27 Mar 2027 12:00 GMT → Sun 28 Mar 12:00 BST (clocks go forward at 01:00): 12 + 11 = 23.
    expect(rows(r, 'p1d-spring@example.nhs.uk')).toEqual([
      ['2027-03-27T12:00+00:00', 12],
      ['2027-03-28T00:00+00:00', 11],
    ]);
    // Mon 22 Mar 09:00 GMT → Mon 29 Mar 09:00 BST = 7 × 24 − 1 = 167 elapsed hours.
    const week = r.occurrences.filter((o) => o.uid === 'p1w-spring@example.nhs.uk');
    expect((week[0]!.occurrenceEnd - week[0]!.occurrenceStart) / 3_600_000).toBe(167);
    // In the window (to Sun 28 Mar 24:00 BST): Mon 15 + Tue–Sat 5 × 24 + Sun 23 = 158.
    expect(week.reduce((sum, o) => sum + o.hours, 0)).toBe(158);
  });
});

describe('values out of range', () => {
  const r = ingest('bad-values.ics', W47);

  it('are errors naming file, line and the value as written; the rest is still read', () => {
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => [f.code, formatFinding(f)])).toEqual([
      [
        'ingest.out-of-range',
        'bad-values.ics:7: DURATION value "P999999999999999999W" is out of range (at most 366 days); the event is left out.',
      ],
      [
        'ingest.bad-date',
        'bad-values.ics:20: DTSTART value "20210527T" is not an RFC 5545 date or date-time; the event is left out.',
      ],
      [
        'ingest.out-of-range',
        'bad-values.ics:33: DTEND value "20300120T090000Z" is out of range (at most 366 days after DTSTART); the event is left out.',
      ],
      [
        'ingest.bad-rrule',
        'bad-values.ics:15: RRULE "FREQ=DAILY;UNTIL=20123456" cannot be read (UNTIL: 20123456 is not a real date or time); only the event\'s first instance is kept.',
      ],
    ]);
    // The runaway event is left out; the rolled-over rule keeps its first instance (17 Nov, 1 h);
    // the fine event is 19 Nov, 1 h.
    expect(rows(r)).toEqual([
      ['2026-11-17T09:00+00:00', 1],
      ['2026-11-19T09:00+00:00', 1],
    ]);
  });
});

describe('a runaway DURATION on a single event (found in the corpus: python-icalendar)', () => {
  it("says nothing of where the calendar's data ends", () => {
    const body = [
      'BEGIN:VEVENT',
      'UID:runaway@example.nhs.uk',
      'DTSTART:20261116T090000Z',
      'DURATION:P999999999999999999W',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:fine@example.nhs.uk',
      'DTSTART:20261118T090000Z',
      'DTEND:20261118T100000Z',
      'END:VEVENT',
    ].join('\r\n');
    const r = ingestInline([inlineCalendar('runaway.ics', body)]);
    expect(r.findings.map((f) => [f.code, f.line])).toEqual([['ingest.out-of-range', 7]]);
    // The fine event's end (18 Nov 10:00Z) rounded up to the end of its day; before, 1.2e19 weeks on.
    expect(r.calendars[0]!.lastEnd).toBe(Date.UTC(2026, 10, 19));
  });

  it("an instant beyond Date's range has no offset, and asking does not loop", () => {
    expect(ianaRules('Europe/London')!.offsetAt(6e26)).toBeNaN();
    expect(ianaRules('Europe/London')!.offsetAt(Date.UTC(2026, 10, 18))).toBe(0);
  });
});
