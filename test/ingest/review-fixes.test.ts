/** Cases found in review: hand-written calendars inline, answers worked out by hand. */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { exportRows } from '../../src/export/rows.js';
import { ingestCalendars } from '../../src/ingest/ingest.js';
import { tagOccurrences } from '../../src/tag/index.js';
import type { CalendarSource } from '../../src/types.js';
import { ZONE, window } from './helpers.js';
import { validateConfigText } from '../../src/config/validate.js';

const W47 = { week: '2026-W47' };

/** The calendar name is the owner's address (as Google writes it): files with one name are one person. */
function cal(name: string, body: string, calname = 'jane.synthetic@example.nhs.uk'): CalendarSource {
  const text = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `X-WR-CALNAME:${calname}`,
    body.trim(),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  return { name, location: `/cal/${name}`, bytes: new TextEncoder().encode(text) };
}

function run(sources: CalendarSource[]) {
  return ingestCalendars(sources, defaultConfig(ZONE), window(W47));
}

describe('review fixes', () => {
  it('counts a single meeting once across one person’s calendars: the higher SEQUENCE wins, whatever the file order', () => {
    const older = cal(
      'a.ics',
      'BEGIN:VEVENT\r\nUID:m1\r\nSEQUENCE:0\r\nSUMMARY:Board\r\nDTSTART:20261117T090000Z\r\nDTEND:20261117T100000Z\r\nEND:VEVENT',
    );
    const newer = cal(
      'b.ics',
      'BEGIN:VEVENT\r\nUID:m1\r\nSEQUENCE:2\r\nSUMMARY:Board\r\nDTSTART:20261117T140000Z\r\nDTEND:20261117T150000Z\r\nEND:VEVENT',
    );
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const r = run(order);
      // One meeting, moved to 14:00 (GMT = UTC in November): 1 h, not 2.
      expect(r.occurrences.map((o) => [new Date(o.start).toISOString(), o.hours, o.calendar])).toEqual([
        ['2026-11-17T14:00:00.000Z', 1, 'b.ics'],
      ]);
    }
  });

  it('reads Outlook’s X-MICROSOFT-CDO-ALLDAYEVENT as all-day (leave reduces capacity), and a timed OOF block as free', () => {
    const r = run([
      cal(
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

  it('keeps a private series private in a moved instance whose override has no CLASS', () => {
    const r = run([
      cal(
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

  it('never repeats a broken line (a title that lost its fold) in a finding', () => {
    const r = run([
      cal(
        'b.ics',
        'BEGIN:VEVENT\r\nUID:x\r\nCLASS:PRIVATE\r\nSUMMARY:Meeting about\r\ncomplaint against Dr Smith\r\nDTSTART:20261116T090000Z\r\nEND:VEVENT',
      ),
    ]);
    const text = JSON.stringify(r.findings);
    // Lines: 1 BEGIN:VCALENDAR, 2 VERSION, 3 X-WR-CALNAME, 4 BEGIN:VEVENT, 5 UID, 6 CLASS, 7 SUMMARY, 8 the broken one.
    expect(r.findings.map((f) => [f.code, f.line])).toEqual([['ingest.bad-line', 8]]);
    expect(text).not.toMatch(/smith/i);
  });

  it('hides text matched in a title from the export reason with --redact', () => {
    const { config } = validateConfigText(
      'timezone: Europe/London\nsystems:\n  - id: lsc\n    keywords: ["/Lancashire.*/i"]\n',
      { file: 'engage-load.yaml', shown: 'engage-load.yaml' },
    );
    const source = cal(
      'l.ics',
      'BEGIN:VEVENT\r\nUID:l\r\nSUMMARY:Lancashire stroke review\r\nDTSTART:20261116T090000Z\r\nDTEND:20261116T100000Z\r\nEND:VEVENT',
    );
    const tagged = tagOccurrences(ingestCalendars([source], config, window(W47)).occurrences, config);
    expect(exportRows(tagged, ZONE)[0]!.reason).toContain('Lancashire stroke review');
    const redacted = exportRows(tagged, ZONE, true)[0]!.reason;
    expect(redacted).toContain('(redacted)');
    expect(redacted).not.toContain('Lancashire');
  });

  it('lets a person’s own ratio replace the global absolute hours for that level', () => {
    const { config } = validateConfigText(
      [
        'thresholds: { warnHours: 20, criticalHours: 30 }',
        'people:',
        '  - id: a',
        '    thresholds: { warn: 0.95, critical: 1.5 }',
        '  - id: b',
      ].join('\n'),
      { file: 'engage-load.yaml', shown: 'engage-load.yaml' },
    );
    const [a, b] = config.people;
    expect(a!.thresholds.warnHours).toBeUndefined();
    expect(a!.thresholds.criticalHours).toBeUndefined();
    expect([a!.thresholds.warn, a!.thresholds.critical]).toEqual([0.95, 1.5]);
    expect([b!.thresholds.warnHours, b!.thresholds.criticalHours]).toEqual([20, 30]);
  });

  it('takes a calendar’s last date-time end as the whole of its day, so truncation is never dated too early', () => {
    const r = run([
      cal(
        't.ics',
        'BEGIN:VEVENT\r\nUID:t\r\nDTSTART:20261116T090000Z\r\nDTEND:20261116T100000Z\r\nEND:VEVENT',
      ),
    ]);
    // DTEND 16 Nov 10:00 → the end of 16 Nov (00:00 on the 17th, UTC day arithmetic).
    expect(new Date(r.calendars[0]!.lastEnd!).toISOString()).toBe('2026-11-17T00:00:00.000Z');
  });
});
