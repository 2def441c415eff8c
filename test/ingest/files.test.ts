/** Files as they arrive: line endings, folding, encodings, missing wrappers, and files that are not calendars. */
import { describe, expect, it } from 'vitest';
import { codes, ingest, ingestInline, inlineCalendar, rows } from './helpers.js';

const W47 = { week: '2026-W47' };

describe('readable files', () => {
  it('LF and CRLF give the same occurrence', () => {
    const lf = ingest('files-lf.ics', W47);
    const crlf = ingest('files-crlf.ics', W47);
    expect(rows(lf)).toEqual([['2026-11-17T09:00+00:00', 1]]);
    expect(rows(crlf)).toEqual(rows(lf));
    expect(crlf.occurrences[0]!.title).toBe('Line endings');
    expect(codes(lf)).toEqual([]);
    expect(codes(crlf)).toEqual([]);
  });

  it('unfolds lines, including a fold that splits a multi-byte UTF-8 character and a tab continuation', () => {
    // DTSTART's TZID and DTEND's value are folded; SUMMARY is folded inside "é" (C3|A9) and inside "—" (E2 80|94).
    const r = ingest('folded.ics', W47);
    expect(rows(r)).toEqual([['2026-11-17T09:00+00:00', 1]]);
    expect(r.occurrences[0]!.title).toBe('Réunion des directeurs — café');
    expect(r.occurrences[0]!.description).toBe('Agenda: item one');
    expect(codes(r)).not.toContain('ingest.encoding');
  });

  it('reads non-UTF-8 bytes leniently, with a warning', () => {
    const r = ingest('cp1252.ics', W47);
    expect(rows(r)).toEqual([['2026-11-17T09:00+00:00', 1]]);
    // E9 is "é" in both Latin-1 and Windows-1252.
    expect(r.occurrences[0]!.title.startsWith('Café ')).toBe(true);
    expect(r.findings.find((f) => f.code === 'ingest.encoding')?.severity).toBe('warning');
  });

  it('decodes Windows-1252 punctuation (0x96 en dash, 0x92 right quote)', () => {
    const r = ingest('cp1252.ics', W47);
    expect(r.occurrences[0]!.title).toBe('Café – board’s review');
  });

  it('reads a VEVENT with no VCALENDAR around it; the person is the file name', () => {
    const r = ingest('no-vcalendar.ics', W47);
    expect(rows(r)).toEqual([['2026-11-17T09:00+00:00', 1]]);
    expect(r.occurrences[0]!.person).toBe('no-vcalendar');
  });
});

describe('files that are not calendars', () => {
  it.each([
    ['empty.ics', 'ingest.empty'],
    ['html.ics', 'ingest.html'],
    ['binary.ics', 'ingest.binary'],
  ])('%s gives the error %s, and the other calendars are still read', (file, code) => {
    const r = ingest([file, 'files-lf.ics'], W47);
    expect(r.findings).toEqual([expect.objectContaining({ code, severity: 'error', file })]);
    expect(r.calendars.find((c) => c.name === file)!.readable).toBe(false);
    expect(rows(r)).toEqual([['2026-11-17T09:00+00:00', 1]]);
  });
});

describe('a file that breaks after some good events', () => {
  const r = ingest('broken.ics', W47);

  it('still gives every readable event', () => {
    // Lines 6–17 good; 18–23 bad dates (dropped); 24 has no END (closed by the BEGIN on 29);
    // 29–35 has a line with no value (33); 36–41 good; 42 onwards cut off at the end of the file.
    expect(r.occurrences.map((o) => o.uid)).toEqual([
      'good-1@google.com',
      'good-2@google.com',
      'missing-end@google.com',
      'broken-line@google.com',
      'good-after@google.com',
      'truncated@google.com',
    ]);
    expect(rows(r).every(([, h]) => h === 1)).toBe(true);
  });

  it('names the line of each problem', () => {
    const at = (code: string): number[] => r.findings.filter((f) => f.code === code).map((f) => f.line!);
    // Events begun on lines 24 and 42 were never closed.
    expect(at('ingest.unclosed-component')).toEqual([24, 42]);
    // "DESCRIPTION;LANGUAGE=en-GB" on line 33 has no value.
    expect(r.findings.some((f) => f.line === 33)).toBe(true);
    expect(r.findings.every((f) => f.file === 'broken.ics')).toBe(true);
  });
});

describe('bad dates', () => {
  const r = ingest('bad-dates.ics', W47);
  const lines = (code: string): number[] => r.findings.filter((f) => f.code === code).map((f) => f.line!);

  it('an unreadable DTSTART drops its event with an error naming the line; an unreadable DTEND is a warning', () => {
    expect(r.occurrences.map((o) => o.uid)).not.toContain('bad-hour@example.com');
    expect(r.occurrences.map((o) => o.uid)).toContain('good@example.com');
    // Line 8: DTSTART at hour 25.
    expect(r.findings.find((f) => f.code === 'ingest.bad-date' && f.line === 8)?.severity).toBe('error');
    // Line 16: DTEND "tomorrow".
    expect(r.findings.find((f) => f.code === 'ingest.bad-date' && f.line === 16)?.severity).toBe('warning');
  });

  it('a DTSTART in month 13 is reported, not silently dropped', () => {
    expect(lines('ingest.bad-date')).toContain(22);
    // Same in the broken file: DTSTART:20261345T250000 on line 19.
    const broken = ingest('broken.ics', W47);
    expect(broken.findings.some((f) => f.code === 'ingest.bad-date' && f.line === 19)).toBe(true);
  });
});

describe('a broken line, and the extent a calendar covers', () => {
  it('never repeats a broken line (a title that lost its fold) in a finding', () => {
    const r = ingestInline([
      inlineCalendar(
        'b.ics',
        'BEGIN:VEVENT\r\nUID:x\r\nCLASS:PRIVATE\r\nSUMMARY:Meeting about\r\ncomplaint against Dr Smith\r\nDTSTART:20261116T090000Z\r\nEND:VEVENT',
      ),
    ]);
    const text = JSON.stringify(r.findings);
    // Lines: 1 BEGIN:VCALENDAR, 2 VERSION, 3 X-WR-CALNAME, 4 BEGIN:VEVENT, 5 UID, 6 CLASS, 7 SUMMARY, 8 the broken one.
    expect(r.findings.map((f) => [f.code, f.line])).toEqual([['ingest.bad-line', 8]]);
    expect(text).not.toMatch(/smith/i);
  });

  it('takes a calendar’s last date-time end as the whole of its day, so truncation is never dated too early', () => {
    const r = ingestInline([
      inlineCalendar(
        't.ics',
        'BEGIN:VEVENT\r\nUID:t\r\nDTSTART:20261116T090000Z\r\nDTEND:20261116T100000Z\r\nEND:VEVENT',
      ),
    ]);
    // DTEND 16 Nov 10:00 → the end of 16 Nov (00:00 on the 17th, UTC day arithmetic).
    expect(new Date(r.calendars[0]!.lastEnd!).toISOString()).toBe('2026-11-17T00:00:00.000Z');
  });
});
