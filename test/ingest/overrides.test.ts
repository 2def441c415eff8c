/**
 * EXDATE and RECURRENCE-ID overrides (RFC 5545 §3.8.4.4, §3.8.5.1). Week 47 of 2026 is Mon 16 – Sun 22 Nov,
 * all GMT, so local times there equal UTC.
 */
import { describe, expect, it } from 'vitest';
import { ingest, ingestInline, inlineCalendar, rows, statusRows } from './helpers.js';

describe('EXDATE', () => {
  it('Outlook comma list in a Windows zone removes exactly the instances it names', () => {
    // Weekdays 09:30–09:45 (0.25 h); EXDATE 17 and 19 Nov 09:30 "GMT Standard Time" → Mon, Wed, Fri remain.
    const r = ingest('exdate-outlook.ics', { week: '2026-W47' });
    expect(rows(r)).toEqual([
      ['2026-11-16T09:30+00:00', 0.25],
      ['2026-11-18T09:30+00:00', 0.25],
      ['2026-11-20T09:30+00:00', 0.25],
    ]);
  });

  it('Google one-per-line, in UTC on a London series, matches by instant', () => {
    const r = ingest('exdate-google.ics', { from: '2026-09-01', to: '2026-11-30' });
    // Wednesdays 09:00 London from 2 Sep. Removed: 16 Sep (08:00Z = 09:00 BST), 11 Nov (09:00Z = 09:00 GMT),
    // 18 Nov (written in London time). Kept: 23 Sep, whose EXDATE 09:00Z is 10:00 BST and names no instance.
    expect(rows(r)).toEqual([
      ['2026-09-02T09:00+01:00', 1],
      ['2026-09-09T09:00+01:00', 1],
      ['2026-09-23T09:00+01:00', 1],
      ['2026-09-30T09:00+01:00', 1],
      ['2026-10-07T09:00+01:00', 1],
      ['2026-10-14T09:00+01:00', 1],
      ['2026-10-21T09:00+01:00', 1],
      ['2026-10-28T09:00+00:00', 1],
      ['2026-11-04T09:00+00:00', 1],
      ['2026-11-25T09:00+00:00', 1],
    ]);
  });

  it('an EXDATE naming an overridden instance removes the override too', () => {
    // Daily 12:00 × 5 from Mon 16 Nov; 18 Nov was moved to 17:00 and then deleted (EXDATE 18 Nov 12:00).
    const r = ingest('exdate-override.ics', { week: '2026-W47' });
    expect(rows(r)).toEqual([
      ['2026-11-16T12:00+00:00', 1],
      ['2026-11-17T12:00+00:00', 1],
      ['2026-11-19T12:00+00:00', 1],
      ['2026-11-20T12:00+00:00', 1],
    ]);
  });
});

describe('RECURRENCE-ID overrides', () => {
  it('are kept or dropped by their actual start, not by the instance they replace', () => {
    // Weekly Tuesday 10:00. 10 Nov (week 46) moved to Thu 19 Nov 16:00 (week 47): counts in 47, not in 46.
    // 17 Nov (week 47) moved to Tue 24 Nov 15:00 (week 48): not in 47, in 48 beside the regular 24 Nov 10:00.
    const w46 = ingest('override-moved.ics', { week: '2026-W46' });
    expect(rows(w46)).toEqual([]);
    const w47 = ingest('override-moved.ics', { week: '2026-W47' });
    expect(rows(w47)).toEqual([['2026-11-19T16:00+00:00', 1]]);
    expect(w47.occurrences[0]!.recurrenceId).toBe('2026-11-10T10:00:00+00:00');
    const w48 = ingest('override-moved.ics', { week: '2026-W48' });
    expect(rows(w48)).toEqual([
      ['2026-11-24T10:00+00:00', 1],
      ['2026-11-24T15:00+00:00', 1],
    ]);
    expect(w48.occurrences.map((o) => o.recurrenceId)).toEqual([
      '2026-11-24T10:00:00+00:00',
      '2026-11-17T10:00:00+00:00',
    ]);
  });

  it('Outlook: re-timed, shortened and cancelled instances replace theirs', () => {
    // Weekly Monday 09:00–10:00. 16 Nov → 11:00–12:00; 23 Nov → 09:00–09:30; 30 Nov cancelled (with BUSYSTATUS FREE:
    // cancelled wins, SPEC precedence).
    const r = ingest('override-retimed.ics', { from: '2026-11-16', to: '2026-11-30' });
    expect(statusRows(r)).toEqual([
      ['2026-11-16T11:00+00:00', 1, 'counted', true],
      ['2026-11-23T09:00+00:00', 0.5, 'counted', true],
      ['2026-11-30T09:00+00:00', 1, 'cancelled', false],
    ]);
  });

  it('a RECURRENCE-ID written in UTC names a London instance by its instant', () => {
    // Weekly Tuesday 10:00 BST; RECURRENCE-ID 14 Jul 09:00Z = 10:00 BST names the 14 Jul instance,
    // which moved to 14:00Z = 15:00 BST. One occurrence, not two.
    const r = ingest('override-utc-rid.ics', { from: '2026-07-13', to: '2026-07-19' });
    expect(rows(r)).toEqual([['2026-07-14T15:00+01:00', 1]]);
    expect(r.occurrences[0]!.recurrenceId).toBe('2026-07-14T10:00:00+01:00');
  });

  it('an override written before its master still replaces its instance', () => {
    // Weekly Tuesday 10:00 from 3 Nov; the 17 Nov instance moved to Wed 18 Nov 15:00.
    const r = ingest('override-before-master.ics', { week: '2026-W47' });
    expect(rows(r)).toEqual([['2026-11-18T15:00+00:00', 1]]);
    expect(rows(ingest('override-before-master.ics', { week: '2026-W46' }))).toEqual([
      ['2026-11-10T10:00+00:00', 1],
    ]);
  });

  it('an override without its master is one occurrence at its own time', () => {
    const r = ingest('override-orphan.ics', { week: '2026-W47' });
    expect(rows(r)).toEqual([['2026-11-19T13:30+00:00', 1]]);
    expect(r.occurrences[0]!.recurrenceId).toBe('2026-11-19T13:00:00+00:00');
  });

  it('RANGE=THISANDFUTURE moves and re-lengthens every later instance', () => {
    // Weekly Monday 09:00–10:00; from 16 Nov on: 14:00–15:30 (shift +5 h, 1.5 h long).
    const r = ingest('override-thisandfuture.ics', { from: '2026-11-02', to: '2026-11-29' });
    expect(rows(r)).toEqual([
      ['2026-11-02T09:00+00:00', 1],
      ['2026-11-09T09:00+00:00', 1],
      ['2026-11-16T14:00+00:00', 1.5],
      ['2026-11-23T14:00+00:00', 1.5],
    ]);
  });
});

describe('the same UID twice', () => {
  it('the higher SEQUENCE wins, whichever comes first in the file', () => {
    // rescheduled-once: SEQUENCE 2 (18 Nov 11:00) is written before SEQUENCE 0 (17 Nov 10:00).
    const r = ingest('sequence.ics', { week: '2026-W47' });
    expect(rows(r, 'rescheduled-once@google.com')).toEqual([['2026-11-18T11:00+00:00', 1]]);
  });

  it('the higher SEQUENCE counts where it now lies', () => {
    // rescheduled-out: SEQUENCE 1 moved the 19 Nov meeting to 15 Dec 10:00.
    const dec = ingest('sequence.ics', { from: '2026-12-14', to: '2026-12-20' });
    expect(rows(dec, 'rescheduled-out@google.com')).toEqual([['2026-12-15T10:00+00:00', 1]]);
  });

  it('the higher SEQUENCE wins even when it lies outside the window (older copy written first)', () => {
    // rescheduled-out: SEQUENCE 0 on 19 Nov (week 47), then SEQUENCE 1 moving it to 15 Dec: nothing in week 47.
    const r = ingest('sequence.ics', { week: '2026-W47' });
    expect(rows(r, 'rescheduled-out@google.com')).toEqual([]);
  });
});

describe('privacy across overrides', () => {
  it('keeps a private series private in a moved instance whose override has no CLASS', () => {
    const r = ingestInline([
      inlineCalendar(
        'p.ics',
        [
          'BEGIN:VEVENT',
          'UID:s',
          'CLASS:PRIVATE',
          'SUMMARY:Grievance hearing',
          'DTSTART:20261116T090000Z',
          'DTEND:20261116T100000Z',
          'RRULE:FREQ=DAILY;COUNT=3',
          'END:VEVENT',
          'BEGIN:VEVENT',
          'UID:s',
          'RECURRENCE-ID:20261117T090000Z',
          'SUMMARY:Grievance hearing',
          'DTSTART:20261117T110000Z',
          'DTEND:20261117T120000Z',
          'END:VEVENT',
        ].join('\r\n'),
      ),
    ]);
    expect(r.occurrences).toHaveLength(3);
    expect(r.occurrences.every((o) => o.private)).toBe(true);
  });
});
