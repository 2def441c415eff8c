/**
 * SPEC "What counts": statuses and their precedence (cancelled, declined, all-day, free, tentative, counted),
 * the owner whose PARTSTAT decides "declined", the counting policy, absence, and event length.
 * All in week 47 of 2026 (Mon 16 – Sun 22 Nov, GMT).
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/types.js';
import { fixturePath, ingest, ingestInline, inlineCalendar, local, statusRows } from './helpers.js';

const W47 = { week: '2026-W47' };

describe('Google export, owner from X-WR-CALNAME (no config)', () => {
  const r = ingest('status-google.ics', W47);

  it('gives each occurrence its status by the SPEC precedence', () => {
    expect(r.calendars[0]!.ownerEmails).toEqual(['alex.synthetic@example.nhs.uk']);
    expect(statusRows(r)).toEqual([
      // DATE start → all-day (TRANSP:TRANSPARENT does not matter: all-day comes before free).
      ['2026-11-16T00:00+00:00', 24, 'all-day', false],
      // The owner's ATTENDEE is written MAILTO:Alex.Synthetic@Example.NHS.uk: recognised case-insensitively.
      ['2026-11-16T11:00+00:00', 1, 'declined', false],
      // Someone else declined; the owner accepted.
      ['2026-11-16T13:00+00:00', 1, 'counted', true],
      // The owner organises it.
      ['2026-11-16T15:00+00:00', 1, 'counted', true],
      // STATUS:TENTATIVE and the owner's PARTSTAT=TENTATIVE: counted by default, reported as tentative.
      ['2026-11-17T09:00+00:00', 1, 'tentative', true],
      ['2026-11-17T11:00+00:00', 1, 'tentative', true],
      // No reply (PARTSTAT=NEEDS-ACTION): counted by default, not reported as a plain "counted".
      ['2026-11-17T14:00+00:00', 1, 'tentative', true],
      // Annual leave.
      ['2026-11-18T00:00+00:00', 24, 'all-day', false],
      // Declined + all-day + transparent → declined comes first.
      ['2026-11-19T00:00+00:00', 24, 'declined', false],
      // Cancelled + declined → cancelled comes first.
      ['2026-11-19T10:00+00:00', 1, 'cancelled', false],
      // All-day + transparent → all-day.
      ['2026-11-20T00:00+00:00', 24, 'all-day', false],
      // Transparent + tentative → free comes first.
      ['2026-11-20T10:00+00:00', 1, 'free', false],
    ]);
  });

  it('marks absence only on all-day events whose title says so', () => {
    const absent = r.occurrences.filter((o) => o.absence).map((o) => o.uid);
    expect(absent).toEqual(['annual-leave@google.com']);
  });

  it('counting.tentative=exclude leaves tentative ones out; counting.needsAction=exclude the unanswered', () => {
    const counted = (config: Config): string[] =>
      ingest('status-google.ics', W47, config)
        .occurrences.filter((o) => o.counts)
        .map((o) => o.uid);
    const noTentative = defaultConfig('Europe/London');
    noTentative.counting.tentative = 'exclude';
    expect(counted(noTentative)).toEqual([
      'declined-by-someone-else@google.com',
      'organised-by-owner@google.com',
      'needs-action@google.com',
    ]);
    const noUnanswered = defaultConfig('Europe/London');
    noUnanswered.counting.needsAction = 'exclude';
    expect(counted(noUnanswered)).toEqual([
      'declined-by-someone-else@google.com',
      'organised-by-owner@google.com',
      'status-tentative@google.com',
      'partstat-tentative@google.com',
    ]);
  });
});

describe('Outlook export, owner from the config (alias address)', () => {
  const config = defaultConfig('Europe/London');
  config.people.push({
    id: 'sam',
    name: 'Sam Synthetic',
    role: 'Chief Operating Officer',
    authority: 'executive',
    emails: ['sam.synthetic@example.nhs.uk', 's.synthetic@nhs.net'],
    calendars: [fixturePath('status-outlook.ics')],
    contractedHours: 37.5,
    covers: [],
    thresholds: { warn: 0.75, critical: 1 },
  });
  const r = ingest('status-outlook.ics', W47, config);

  it('reads cancelled, free, declined and OOF the way Outlook writes them', () => {
    expect(r.occurrences.every((o) => o.person === 'sam')).toBe(true);
    expect(statusRows(r)).toEqual([
      // Series STATUS:CANCELLED with BUSYSTATUS FREE: cancelled wins.
      ['2026-11-16T14:00+00:00', 1, 'cancelled', false],
      // Single cancelled meeting, TRANSP:TRANSPARENT and BUSYSTATUS FREE: cancelled wins.
      ['2026-11-17T10:00+00:00', 1, 'cancelled', false],
      // X-MICROSOFT-CDO-BUSYSTATUS:FREE with TRANSP:OPAQUE → free.
      ['2026-11-18T12:00+00:00', 1, 'free', false],
      // TRANSP:TRANSPARENT → free.
      ['2026-11-18T15:00+00:00', 1, 'free', false],
      // ACCEPTED as MAILTO:SAM.SYNTHETIC@EXAMPLE.NHS.UK.
      ['2026-11-19T09:00+00:00', 1, 'counted', true],
      // DECLINED from the alias MAILTO:S.Synthetic@NHS.NET (declined beats its BUSYSTATUS FREE).
      ['2026-11-19T14:00+00:00', 1, 'declined', false],
      // All-day "Conference" with BUSYSTATUS OOF: all-day, and an absence.
      ['2026-11-20T00:00+00:00', 24, 'all-day', false],
    ]);
    expect(r.occurrences.at(-1)!.absence).toBe(true);
  });
});

describe('event length', () => {
  it('DTEND − DTSTART, else DURATION, else 0; a DATE with neither lasts one day', () => {
    const r = ingest('duration.ics', W47);
    expect(statusRows(r)).toEqual([
      ['2026-11-16T09:00+00:00', 1, 'counted', true],
      // PT45M = 0.75 h.
      ['2026-11-16T11:00+00:00', 0.75, 'counted', true],
      // Neither DTEND nor DURATION on a DATE-TIME: 0 h, still one occurrence.
      ['2026-11-16T13:00+00:00', 0, 'counted', true],
      // DATE with neither: one day (RFC 5545 §3.6.1).
      ['2026-11-17T00:00+00:00', 24, 'all-day', false],
      // P1DT2H from Wed 12:00 ends Thu 14:00: split at midnight into 12 h + 14 h.
      ['2026-11-18T12:00+00:00', 12, 'counted', true],
      ['2026-11-19T00:00+00:00', 14, 'counted', true],
    ]);
    const zero = r.occurrences.find((o) => o.uid === 'with-neither@example.com')!;
    expect(zero.end).toBe(zero.start);
    expect(local(r.occurrences.find((o) => o.uid === 'with-duration@example.com')!.end)).toBe(
      '2026-11-16T11:45+00:00',
    );
  });
});

describe('availability-only and private events', () => {
  it('counts "Busy"/empty titles for the data-quality check and flags CLASS:PRIVATE/CONFIDENTIAL', () => {
    const r = ingest('busy-private.ics', W47);
    // Three timed events, titled "Busy", "Busy" and nothing.
    expect(r.calendars[0]).toMatchObject({ timedEvents: 3, busyOnlyTitles: 3, producer: 'outlook' });
    expect(r.occurrences.map((o) => [o.uid, o.private, o.status])).toEqual([
      ['busy-16', false, 'counted'],
      ['busy-17', true, 'counted'],
      ['busy-18', true, 'counted'],
    ]);
  });
});

describe('Outlook export without PARTSTAT: the busy status decides (issue 9)', () => {
  // fixtures/ingest/status-outlook-busy.ics, no config. The owner olive.synthetic@… is on 9 of the
  // 10 events that list anyone (≥ half; the next, chair@north…, on 6), so her line is the one read. All times GMT (= UTC in November).
  const r = ingest('status-outlook-busy.ics', W47);
  const byUid = (uid: string) => r.occurrences.find((o) => o.uid === uid)!;
  const view = (uid: string) => {
    const o = byUid(uid);
    return [o.hours, o.status, o.counts, o.response, o.statusReason];
  };

  it('BUSY and a meeting shown OOF are accepted meetings; TENTATIVE is tentative; FREE is free', () => {
    expect(r.calendars[0]!.person).toBe('Olive Synthetic');
    expect(view('busy-no-partstat')).toEqual([
      1,
      'counted',
      true,
      'accepted',
      'accepted (busy status BUSY, no PARTSTAT)',
    ]);
    expect(view('oof-meeting-no-partstat')).toEqual([
      2,
      'counted',
      true,
      'accepted',
      'accepted (busy status OOF, no PARTSTAT)',
    ]);
    expect(view('tentative-no-partstat')).toEqual([
      1.5,
      'tentative',
      true,
      'needs-action',
      'tentative (busy status TENTATIVE, no PARTSTAT)',
    ]);
    expect(view('free-no-partstat')).toEqual([
      1,
      'free',
      false,
      'needs-action',
      'X-MICROSOFT-CDO-BUSYSTATUS:FREE',
    ]);
    // Organised by the owner (Outlook writes no ATTENDEE line for her) and shown busy: a plain meeting.
    expect(view('organised-busy')).toEqual([1, 'counted', true, 'organizer', '']);
    // Invited through a list (no line of hers at all), shown busy: counted.
    expect(view('no-owner-line-busy')).toEqual([1, 'counted', true, 'unknown', '']);
  });

  it('an explicit PARTSTAT always wins over the busy status', () => {
    expect(view('explicit-needs-action-busy')).toEqual([
      1,
      'tentative',
      true,
      'needs-action',
      'no response (PARTSTAT=NEEDS-ACTION)',
    ]);
    expect(view('explicit-accepted-tentative')).toEqual([1, 'counted', true, 'accepted', '']);
    expect(view('explicit-declined-busy')).toEqual([
      1,
      'declined',
      false,
      'declined',
      'declined (PARTSTAT=DECLINED)',
    ]);
    // No PARTSTAT and no busy status: RFC 5545's default, NEEDS-ACTION.
    expect(view('no-partstat-no-busy')).toEqual([
      1,
      'tentative',
      true,
      'needs-action',
      'no response (no PARTSTAT, which means NEEDS-ACTION)',
    ]);
  });

  it('keeps accepted Outlook meetings in the hours when unanswered ones are excluded', () => {
    const hours = (config: Config) =>
      ingest('status-outlook-busy.ics', W47, config)
        .occurrences.filter((o) => o.counts)
        .reduce((sum, o) => sum + o.hours, 0);
    // Default: busy 1 + tentative 1.5 + OOF meeting 2 + organised 1 + explicit NEEDS-ACTION 1
    //          + accepted/TENTATIVE 1 + no PARTSTAT, no busy status 1 + no line 1 = 9.5
    expect(hours(defaultConfig('Europe/London'))).toBe(9.5);
    // needsAction: exclude drops the two unanswered ones (1 + 1): 9.5 − 2 = 7.5
    const noUnanswered = defaultConfig('Europe/London');
    noUnanswered.counting.needsAction = 'exclude';
    expect(hours(noUnanswered)).toBe(7.5);
    // … and tentative: exclude drops the TENTATIVE one too: 7.5 − 1.5 = 6
    noUnanswered.counting.tentative = 'exclude';
    expect(hours(noUnanswered)).toBe(6);
  });
});

describe('Outlook’s all-day and out-of-office markers', () => {
  it('reads Outlook’s X-MICROSOFT-CDO-ALLDAYEVENT as all-day (leave reduces capacity), and a timed OOF block as free', () => {
    const r = ingestInline([
      inlineCalendar(
        'o.ics',
        [
          'BEGIN:VEVENT',
          'UID:leave',
          'SUMMARY:Annual leave',
          'DTSTART;TZID=Europe/London:20261118T000000',
          'DTEND;TZID=Europe/London:20261120T000000',
          'X-MICROSOFT-CDO-BUSYSTATUS:OOF',
          'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE',
          'END:VEVENT',
          'BEGIN:VEVENT',
          'UID:away',
          'SUMMARY:Dentist',
          'DTSTART:20261116T140000Z',
          'DTEND:20261116T160000Z',
          'X-MICROSOFT-CDO-BUSYSTATUS:OOF',
          'END:VEVENT',
        ].join('\r\n'),
      ),
    ]);
    const rows = r.occurrences.map((o) => [o.uid, o.status, o.absence, o.counts, o.hours]);
    // 18 and 19 Nov, one piece a day of 24 h; the 2-hour dentist block is free, not a meeting.
    expect(rows).toEqual([
      ['away', 'free', false, false, 2],
      ['leave', 'all-day', true, false, 24],
      ['leave', 'all-day', true, false, 24],
    ]);
  });
});
