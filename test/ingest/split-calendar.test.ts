/** The one-pass splitter: line endings, folds, nesting and line numbers, worked out by hand from RFC 5545 §3.1. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayBeNamed, propertyName } from '../../src/ingest/parse/event.js';
import { splitCalendar } from '../../src/ingest/read/lines.js';

const own = (text: string, i = 0): [string, number][] =>
  splitCalendar(text).events[i]!.lines.map((l) => [l.text, l.line]);

describe('splitCalendar', () => {
  it('ends lines at CRLF, LF and a lone CR alike, and numbers them as a text editor does', () => {
    const text = 'BEGIN:VEVENT\r\nUID:a\nSUMMARY:Board\rDTSTART:20261116T090000Z\r\nEND:VEVENT\r';
    expect(own(text)).toEqual([
      ['UID:a', 2],
      ['SUMMARY:Board', 3],
      ['DTSTART:20261116T090000Z', 4],
    ]);
  });

  it('joins a continuation to the line before without its one leading space or tab, across empty lines, numbered where it starts', () => {
    const text = [
      'BEGIN:VEVENT',
      'SUMMARY:Board',
      '  meeting',
      '',
      '\tof the ICS',
      'UID:a',
      'END:VEVENT',
    ].join('\r\n');
    expect(own(text)).toEqual([
      ['SUMMARY:Board meetingof the ICS', 2],
      ['UID:a', 6],
    ]);
    // A lone CR inside a folded line still ends it.
    expect(own('BEGIN:VEVENT\rUID:ab\r cd\rEND:VEVENT')).toEqual([['UID:abcd', 2]]);
  });

  it('reads BEGIN and END after unfolding, in any case and with spaces around the colon', () => {
    const text = ['BEGIN:VEV', ' ENT', 'UID:a', 'end : vevent ', 'BEGIN:VEVENT', 'UID:b', 'END:VEVENT'].join(
      '\n',
    );
    const split = splitCalendar(text);
    expect(split.events.map((e) => [e.line, e.closed])).toEqual([
      [1, true],
      [5, true],
    ]);
    expect(own(text, 1)).toEqual([['UID:b', 6]]);
    expect(split.looksLikeCalendar).toBe(true);
  });

  it("leaves a VALARM's lines out of its event, keeps a VTIMEZONE's nested lines, and keeps calendar properties apart", () => {
    const text = [
      'BEGIN:VCALENDAR',
      'X-WR-CALNAME:Jo',
      'BEGIN:VTIMEZONE',
      'TZID:Zone',
      'BEGIN:STANDARD',
      'TZOFFSETTO:+0000',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:a',
      'BEGIN:VALARM',
      'DURATION:PT15M',
      'END:VALARM',
      'DTSTART:20261116T090000Z',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const split = splitCalendar(text);
    expect(split.properties.map((l) => [l.text, l.line])).toEqual([['X-WR-CALNAME:Jo', 2]]);
    expect(split.timezones[0]!.lines.map((l) => l.text)).toEqual([
      'TZID:Zone',
      'BEGIN:STANDARD',
      'TZOFFSETTO:+0000',
      'END:STANDARD',
    ]);
    expect(own(text)).toEqual([
      ['UID:a', 10],
      ['DTSTART:20261116T090000Z', 14],
    ]);
    expect(split.problems).toEqual([]);
  });

  it('reports an event left open by the next BEGIN:VEVENT or by the end of the file, and a stray END', () => {
    const text = ['BEGIN:VEVENT', 'UID:a', 'BEGIN:VEVENT', 'UID:b', 'END:VTODO', 'X-LAST:1'].join('\n');
    const split = splitCalendar(text);
    expect(split.problems).toEqual([
      { line: 1, code: 'ingest.unclosed-component', data: { component: 'VEVENT', why: 'begin', at: 3 } },
      { line: 5, code: 'ingest.unexpected-end', data: { component: 'VTODO' } },
      { line: 3, code: 'ingest.unclosed-component', data: { component: 'VEVENT', why: 'eof', at: 6 } },
    ]);
    expect(own(text, 1)).toEqual([
      ['UID:b', 4],
      ['X-LAST:1', 6],
    ]);
  });

  it('keeps every line of a file of short lines (more than its first guess of room)', () => {
    // 2,000 lines of 6 characters: 14,023 characters, room guessed for 438 lines.
    const body = Array.from({ length: 2000 }, (_, i) => `X-N:${String(i % 100).padStart(2, '0')}`);
    const lines = own(['BEGIN:VEVENT', ...body, 'END:VEVENT'].join('\n'));
    expect(lines).toHaveLength(2000);
    expect(lines[1999]).toEqual(['X-N:99', 2001]);
    expect(lines[1000]).toEqual(['X-N:00', 1002]);
  });

  it('gives only the lines a test keeps, unfolded', () => {
    const text = [
      'BEGIN:VEVENT',
      'SUMMARY:x',
      'DTST',
      ' ART:20261116',
      'dtend:20261117',
      'UID:a',
      'END:VEVENT',
    ].join('\n');
    const kept = splitCalendar(text).events[0]!.linesWhere(mayBeNamed(['DTSTART', 'DTEND']));
    expect(kept.map((l) => [l.text, l.line])).toEqual([
      ['DTSTART:20261116', 3],
      ['dtend:20261117', 5],
    ]);
  });
});

describe('mayBeNamed', () => {
  const names = ['DTSTART', 'DTEND', 'RRULE', 'UID'];
  const test = mayBeNamed(names);

  it('passes over lines that certainly have another name', () => {
    expect(test('SUMMARY:Board', 0)).toBe(false);
    expect(test('DTSTAMP:20261116T090000Z', 0)).toBe(false);
    expect(test('DTSTARTX:1', 0)).toBe(false);
    expect(test('UIDS;X=1:2', 0)).toBe(false);
    expect(test('X:DTSTART:1', 2)).toBe(true);
  });

  it('keeps every line that propertyName names as one of the names, however it is written or folded', () => {
    const piece = fc.constantFrom(
      'D',
      'T',
      'S',
      'A',
      'R',
      'E',
      'N',
      'U',
      'L',
      'I',
      'd',
      't',
      'u',
      ' ',
      '\t',
      ':',
      ';',
      '-',
      'X',
      '1',
      '\r\n ',
      '\n\t',
    );
    fc.assert(
      fc.property(
        fc.constantFrom('', ...names),
        fc.array(piece, { maxLength: 8 }),
        fc.array(piece, { maxLength: 8 }),
        (name, before, after) => {
          const raw = before.join('') + name + after.join('');
          // A raw line never starts with a continuation: the splitter would have joined it to the line before.
          fc.pre(raw.length > 0 && raw[0] !== ' ' && raw[0] !== '\t' && raw[0] !== '\r' && raw[0] !== '\n');
          const unfolded = raw.replace(/\r?\n[ \t]/g, '');
          if (names.includes(propertyName(unfolded))) expect(test(raw, 0)).toBe(true);
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
