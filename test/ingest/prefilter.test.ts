/** The glance that decides, before parsing, whether an event can reach the window. Worked by hand. */
import { describe, expect, it } from 'vitest';
import { glance, outsideWindow } from '../../src/ingest/parse/prefilter.js';
import { splitCalendar } from '../../src/ingest/read/lines.js';

const DAY = 86_400_000;
const NOV_16 = Date.UTC(2026, 10, 16);
const look = (...lines: string[]) =>
  glance(splitCalendar(['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n')).events[0]!);

describe('glance', () => {
  it("reads the written dates, a date-time's end counted to the end of its day", () => {
    const g = look(
      'UID:a',
      'SEQUENCE:3',
      'DTSTART;TZID=GMT Standard Time:20261116T090000',
      'DTEND;TZID=GMT Standard Time:20261116T100000',
    );
    expect(g).toEqual({ uid: 'a', sequence: 3, start: NOV_16, end: NOV_16 + DAY, recurring: false });
    // A DATE end is exclusive already; the extended form and a leading space are read too.
    expect(look('DTSTART;VALUE=DATE:2026-11-16', 'DTEND;VALUE=DATE: 20261118')).toMatchObject({
      start: NOV_16,
      end: NOV_16 + 2 * DAY,
    });
  });

  it('without DTEND, ends a day after DTSTART plus its DURATION; a runaway DURATION gives no end', () => {
    expect(look('DTSTART:20261116T090000Z').end).toBe(NOV_16 + DAY);
    expect(look('DTSTART:20261116T090000Z', 'DURATION:P2D').end).toBe(NOV_16 + 3 * DAY);
    expect(look('DTSTART:20261116T090000Z', 'DURATION:P999999999999999999W').end).toBeNull();
  });

  it('leaves an impossible or unreadable date to the parser, and marks what recurs', () => {
    expect(look('DTSTART:20260230T090000Z').start).toBeNull();
    expect(look('DTSTART:2026-1X-16').start).toBeNull();
    expect(look('DTSTART:20261116T090000Z', 'RRULE:FREQ=WEEKLY').recurring).toBe(true);
    expect(look('RECURRENCE-ID:20261116T090000Z', 'DTSTART:20261117T090000Z').recurring).toBe(true);
  });
});

describe('outsideWindow', () => {
  const week = { start: NOV_16, end: NOV_16 + 7 * DAY };
  const g = (start: number, end: number, recurring = false) => ({
    uid: 'a',
    sequence: 0,
    start,
    end,
    recurring,
  });

  it('skips a single event only when it is more than two days clear of the window', () => {
    expect(outsideWindow(g(NOV_16 + 10 * DAY, NOV_16 + 11 * DAY), week.start, week.end)).toBe(true);
    expect(outsideWindow(g(NOV_16 + 9 * DAY, NOV_16 + 10 * DAY), week.start, week.end)).toBe(false);
    expect(outsideWindow(g(NOV_16 - 4 * DAY, NOV_16 - 3 * DAY), week.start, week.end)).toBe(true);
    expect(outsideWindow(g(NOV_16 - 3 * DAY, NOV_16 - 2 * DAY), week.start, week.end)).toBe(false);
    expect(outsideWindow(g(NOV_16 + 10 * DAY, NOV_16 + 11 * DAY, true), week.start, week.end)).toBe(false);
  });
});
