import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { plainLine } from '../../src/ingest/parse/plain-line.js';
import { plainProperty, splitUnescaped, unescapeText } from '../../src/ingest/parse/plain-values.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus');

function calendarFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return calendarFiles(p);
    return /\.(ics|txt)$/i.test(f) ? [p] : [];
  });
}

/** Every distinct unfolded line of the files under `dir` (the demo repeats most of its lines). */
function linesOf(dir: string): string[] {
  const lines = new Set<string>();
  for (const file of calendarFiles(dir)) {
    const text = readFileSync(file, 'utf8')
      .replace(/\r\n|\r/g, '\n')
      .replace(/\n[ \t]/g, '');
    for (const line of text.split('\n')) lines.add(line);
  }
  return [...lines];
}

function icalProperty(line: string): unknown {
  try {
    return ICAL.parse.property(line);
  } catch {
    return 'throws';
  }
}

/** How many lines plainProperty read, after checking each against ical.js. */
function agreeOn(lines: string[]): number {
  let read = 0;
  for (const line of lines) {
    const plain = plainLine(line);
    const p = plain && plainProperty(plain);
    if (!p) continue;
    read++;
    expect(p, line).toEqual(icalProperty(line));
  }
  return read;
}

describe('plainLine', () => {
  it('reads the name (upper-cased), the parameters (names lower-cased) and the value after the first colon', () => {
    const a = plainLine('attendee;ROLE=REQ-PARTICIPANT;PARTSTAT=accepted;CN=Jo Bloggs:mailto:jo@x.nhs.uk')!;
    expect(a.name).toBe('ATTENDEE');
    expect([...a.params]).toEqual([
      ['role', 'REQ-PARTICIPANT'],
      ['partstat', 'accepted'],
      ['cn', 'Jo Bloggs'],
    ]);
    expect(a.value).toBe('mailto:jo@x.nhs.uk');
    expect(plainLine('ORGANIZER:mailto:a@b.org')).toEqual({
      name: 'ORGANIZER',
      params: new Map(),
      value: 'mailto:a@b.org',
    });
  });

  it('leaves quoted, escaped, comma-separated, repeated or malformed parameters and names to ical.js', () => {
    for (const line of [
      'ATTENDEE;CN="Bloggs, Jo":mailto:jo@x.nhs.uk',
      "ATTENDEE;CN=Jo ^'Joe^' Bloggs:mailto:jo@x.nhs.uk",
      'ATTENDEE;DELEGATED-TO="mailto:a@b","mailto:c@d":mailto:jo@x.nhs.uk',
      'ATTENDEE;X-GROUPS=board,ics:mailto:jo@x.nhs.uk',
      'ATTENDEE;PARTSTAT=ACCEPTED;PARTSTAT=DECLINED:mailto:jo@x.nhs.uk',
      'ATTENDEE;RSVP:mailto:jo@x.nhs.uk',
      'ATTENDEE;CN=a=b:mailto:jo@x.nhs.uk',
      'ATTENDEE;;CN=a:mailto:jo@x.nhs.uk',
      'SUMMARY :Board',
      'ATTENDEE mailto',
    ])
      expect(plainLine(line), line).toBeNull();
  });
});

describe('plainProperty', () => {
  it('undoes the escapes of RFC 5545 §3.3.11 and leaves unknown ones as written, as ical.js does', () => {
    expect(unescapeText(String.raw`Board\, part 2\; minutes\nand \\ notes \t`)).toBe(
      'Board, part 2; minutes\nand \\ notes \\t',
    );
    // ical.js treats a comma after any backslash as escaped, even an escaped backslash.
    expect(splitUnescaped(String.raw`a,b\,c,,d`)).toEqual(['a', String.raw`b\,c`, '', 'd']);
  });

  it('gives exactly what ical.js gives on lines of every kind it reads', () => {
    const lines = [
      'SUMMARY;LANGUAGE=en-GB:Highcross partnership board',
      String.raw`DESCRIPTION:Line one\nline two\, with a comma\; and a semicolon \N \\`,
      'DESCRIPTION;LANGUAGE=en-GB:',
      'LOCATION:Crossways Centre\\, Room 8',
      'UID:040000008200E00074C5B7101A82E008',
      'STATUS:CONFIRMED',
      'TRANSP:TRANSPARENT',
      'CLASS:PRIVATE',
      'CATEGORIES:Board,Strategy\\, planning,,Finance',
      'CATEGORIES:One',
      'SEQUENCE:3',
      'SEQUENCE:0x10',
      'SEQUENCE:two',
      'DTSTAMP:20261229T083000Z',
      'DTSTART;TZID=GMT Standard Time:20241230T160000',
      'DTSTART;VALUE=DATE:20241230',
      'DTSTART;VALUE=DATE-TIME:20241230T160000Z',
      'DTSTART;VALUE=DATE:20241230T160000',
      'DTEND:20241230',
      'RECURRENCE-ID;TZID=Europe/London;RANGE=THISANDFUTURE:20250106T090000',
      'EXDATE;TZID=Europe/London:20250106T090000,20250113T090000',
      'EXDATE;VALUE=DATE:20250106,20250113',
      'RDATE:20250106T090000Z,20250107T090000Z',
      'RDATE;VALUE=DATE-TIME:20250106',
      'DTSTART:20170325',
      'DTSTART:2025-01-06T09:00:00',
      'DTSTART:20250106T0900',
      'DTSTART:20250106T090000 ',
      'DTSTART:20250106T090000,20250107T090000',
      'DTSTAMP:20250106',
      'EXDATE:20250106,',
      'RDATE:',
      'DURATION:PT1H30M',
      'X-MICROSOFT-CDO-BUSYSTATUS:OOF',
      'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE',
    ];
    expect(agreeOn(lines)).toBe(lines.length);
  });

  it('leaves to ical.js what it would read differently: periods, VALUE on text and stamps, rules', () => {
    for (const line of [
      'RDATE;VALUE=PERIOD:20250106T090000Z/PT1H',
      'SUMMARY;VALUE=TEXT:Board',
      'DTSTART;VALUE=PERIOD:20250106T090000Z',
      'DTSTAMP;VALUE=DATE:20250106',
      'RRULE:FREQ=WEEKLY',
      'X-WR-CALNAME:Board',
    ])
      expect(plainProperty(plainLine(line)!), line).toBeNull();
  });

  it('agrees with ical.js on every line of the fixtures that it reads', () => {
    // The fixtures have thousands of distinct plain lines: the check must have looked at them.
    expect(agreeOn(linesOf(fixtures))).toBeGreaterThan(2_000);
  });

  it.skipIf(!existsSync(corpus))('agrees with ical.js on every line of the corpus that it reads', () => {
    expect(agreeOn(linesOf(corpus))).toBeGreaterThan(1000);
  });
});
