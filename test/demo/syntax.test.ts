import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { DEMO_OPTIONS, generateTrust } from '../../scripts/demo/generate.js';
import { fold } from '../../scripts/demo/ics-lines.js';

const calendars = generateTrust(DEMO_OPTIONS).files.filter((f) => f.path.endsWith('.ics'));
const octets = (s: string): number => Buffer.byteLength(s, 'utf8');
const unfold = (text: string): string[] =>
  text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .slice(0, -1);
const styleOf = (text: string): string => /^PRODID:(.*)$/m.exec(text)![1]!.trim();

describe('fold', () => {
  it('cuts at 75 octets, then 74 plus the leading space', () => {
    // 100 ASCII characters: 75 on the first line, the other 25 after a space.
    expect(fold('x'.repeat(100))).toEqual(['x'.repeat(75), ` ${'x'.repeat(25)}`]);
  });

  it('never splits a multi-byte character', () => {
    // 74 ASCII octets + "–" (3 octets) = 77 > 75, so the dash moves whole to the next line.
    expect(fold(`${'a'.repeat(74)}–b`)).toEqual(['a'.repeat(74), ' –b']);
  });
});

describe.each(calendars.map((f) => [f.path, f.text] as const))('%s', (path, text) => {
  const lines = unfold(text);

  it('balances BEGIN and END, inside one VCALENDAR', () => {
    const stack: string[] = [];
    let calendars = 0;
    for (const line of lines) {
      const begin = /^BEGIN:(.+)$/.exec(line);
      const end = /^END:(.+)$/.exec(line);
      if (begin) {
        if (stack.length === 0) calendars++;
        stack.push(begin[1]!);
      } else if (end) {
        expect(stack.pop(), line).toBe(end[1]);
      } else {
        expect(stack.length, line).toBeGreaterThan(0);
      }
    }
    expect(stack).toEqual([]);
    expect(calendars).toBe(1);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
  });

  it('keeps every physical line within 75 octets', () => {
    const long = text.split(/\r?\n/).filter((l) => octets(l) > 75);
    expect(long).toEqual([]);
  });

  it('uses the line ending of its exporter', () => {
    const lf = path.startsWith('calendars/tom.halloran@');
    if (lf) {
      expect(text.includes('\r')).toBe(false);
    } else {
      // Every LF is part of a CRLF, and no CR stands alone.
      expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
      expect(text.replace(/\r\n/g, '').includes('\r')).toBe(false);
    }
  });

  it('gives every event a UID, DTSTAMP, DTSTART and DTEND', () => {
    const events = text.split('BEGIN:VEVENT').slice(1);
    expect(events.length).toBeGreaterThan(50);
    for (const ev of events) {
      const body = unfold(`X\r\n${ev}`);
      for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND']) {
        expect(
          body.filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`)).length,
          `${name} in ${ev.slice(0, 200)}`,
        ).toBe(1);
      }
    }
  });

  it('looks like its exporter', () => {
    const style = styleOf(text);
    if (style === 'Microsoft Exchange Server 2010') {
      expect(lines).toContain('TZID:GMT Standard Time');
      expect(lines).toContain('DTSTART:16010101T020000');
      expect(lines.some((l) => l.startsWith('X-MICROSOFT-CDO-BUSYSTATUS:'))).toBe(true);
      expect(lines.some((l) => /^DTSTART;TZID=Europe/.test(l))).toBe(false);
    } else if (style.startsWith('-//Google Inc//Google Calendar 70.9054//EN')) {
      expect(lines).toContain('X-WR-TIMEZONE:Europe/London');
      expect(lines.find((l) => l.startsWith('X-WR-CALNAME:'))).toMatch(
        /^X-WR-CALNAME:[^@]+@northmoor-ambulance\.example\.nhs\.uk$/,
      );
      // Google writes one-off meetings in UTC and series in the calendar's zone.
      expect(lines.some((l) => /^DTSTART:\d{8}T\d{6}Z$/.test(l))).toBe(true);
      expect(lines.some((l) => l.startsWith('DTSTART;TZID=Europe/London:'))).toBe(true);
    } else {
      expect(style).toBe('-//Apple Inc.//macOS 15.1//EN');
      expect(lines).toContain('X-WR-CALNAME:Work');
    }
  });

  it('parses with ical.js', () => {
    expect(() => new ICAL.Component(ICAL.parse(text))).not.toThrow();
  });
});

describe('the set of calendars', () => {
  const byStyle = (s: string): number => calendars.filter((f) => styleOf(f.text).startsWith(s)).length;

  it('has half Outlook, the rest Google and one Apple', () => {
    expect([byStyle('Microsoft'), byStyle('-//Google'), byStyle('-//Apple')]).toEqual([4, 3, 1]);
  });

  it('has one Google export without a VTIMEZONE, relying on the IANA TZID alone', () => {
    const without = calendars.filter(
      (f) => styleOf(f.text).startsWith('-//Google') && !f.text.includes('BEGIN:VTIMEZONE'),
    );
    expect(without.map((f) => f.path)).toEqual([
      'calendars/daniel.featherstone@northmoor-ambulance.example.nhs.uk.ics',
    ]);
  });

  it('has a comma-separated EXDATE list in Outlook style and one-per-line EXDATEs in Google style', () => {
    const all = calendars.map((f) => unfold(f.text)).flat();
    expect(all.some((l) => /^EXDATE;TZID=GMT Standard Time:\d{8}T\d{6},\d{8}T\d{6}/.test(l))).toBe(true);
    expect(all.some((l) => /^EXDATE;TZID=Europe\/London:\d{8}T\d{6}$/.test(l))).toBe(true);
  });

  it('has private, declined, tentative, cancelled and free entries', () => {
    const all = calendars.map((f) => unfold(f.text)).flat();
    expect(all.filter((l) => l === 'CLASS:PRIVATE').length).toBeGreaterThanOrEqual(2);
    expect(all.some((l) => l.startsWith('ATTENDEE') && l.includes('PARTSTAT=DECLINED'))).toBe(true);
    expect(all.some((l) => l.startsWith('ATTENDEE') && l.includes('PARTSTAT=TENTATIVE'))).toBe(true);
    expect(all).toContain('STATUS:CANCELLED');
    expect(all).toContain('TRANSP:TRANSPARENT');
    expect(all.some((l) => /^RRULE:.*UNTIL=/.test(l))).toBe(true);
    expect(all.some((l) => /^RRULE:.*COUNT=/.test(l))).toBe(true);
    expect(all.some((l) => /^RRULE:.*BYSETPOS=/.test(l))).toBe(true);
  });
});
