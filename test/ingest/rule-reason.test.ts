/**
 * A rule RFC 5545 forbids keeps the parser's reason in its finding and sentence, once per rule,
 * even when overrides of the series look for instances on their dates (they read the rule too).
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { formatFinding } from '../../src/findings/format.js';
import { ingestCalendars } from '../../src/ingest/ingest.js';
import type { CalendarSource } from '../../src/types.js';
import { rows, window, ZONE } from './helpers.js';

const CALENDAR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//test//rule reason//EN',
  'BEGIN:VEVENT',
  'UID:board',
  'DTSTAMP:20261101T000000Z',
  'DTSTART:20261116T090000Z',
  'DTEND:20261116T100000Z',
  'SUMMARY:Board',
  'RRULE:FREQ=WEEKLY;BYWEEKNO=47',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:board',
  'DTSTAMP:20261101T000000Z',
  'RECURRENCE-ID:20261116T090000Z',
  'DTSTART:20261116T140000Z',
  'DTEND:20261116T150000Z',
  'SUMMARY:Board (moved)',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('an RRULE the parser refuses', () => {
  const source: CalendarSource = {
    name: 'board.ics',
    location: '/t/board.ics',
    bytes: new TextEncoder().encode(CALENDAR),
  };
  const r = ingestCalendars([source], defaultConfig(ZONE), window({ week: '2026-W47' }));

  it('is one error whose sentence gives the parser’s reason', () => {
    expect(r.findings.map((f) => [f.code, f.severity, formatFinding(f)])).toEqual([
      [
        'ingest.bad-rrule',
        'error',
        'board.ics:10: RRULE "FREQ=WEEKLY;BYWEEKNO=47" cannot be read (BYWEEKNO needs FREQ=YEARLY); only the event\'s first instance is kept.',
      ],
    ]);
    expect(r.findings[0]!.data).toEqual({
      uid: 'board',
      rule: 'FREQ=WEEKLY;BYWEEKNO=47',
      reason: 'BYWEEKNO needs FREQ=YEARLY',
    });
  });

  it('keeps the first instance, which the override moves from 09:00 to 14:00', () => {
    expect(rows(r)).toEqual([['2026-11-16T14:00+00:00', 1]]);
  });
});
