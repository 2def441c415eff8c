/** Splitting at local midnights and ISO week boundaries, clipping at the window's edge, and de-duplication. */
import { describe, expect, it } from 'vitest';
import { weekKey } from '../../src/window.js';
import { ingest, ingestInline, inlineCalendar, local, rows } from './helpers.js';

describe('splitting and clipping', () => {
  it('cuts at local midnight and at the Sunday/Monday week boundary', () => {
    const r = ingest('split.ics', { from: '2026-11-16', to: '2026-11-29' });
    expect(rows(r)).toEqual([
      // Sun 15 22:00 – Mon 16 03:00, the window starts Mon 00:00: only the 3 h inside count.
      ['2026-11-16T00:00+00:00', 3],
      // Tue 22:00 – Wed 02:00: 2 h + 2 h.
      ['2026-11-17T22:00+00:00', 2],
      ['2026-11-18T00:00+00:00', 2],
      // Sun 22 23:00 – Mon 23 01:00: 1 h in week 47, 1 h in week 48.
      ['2026-11-22T23:00+00:00', 1],
      ['2026-11-23T00:00+00:00', 1],
    ]);
    expect(r.occurrences.map((o) => weekKey(o.start, 'Europe/London'))).toEqual([
      '2026-W47',
      '2026-W47',
      '2026-W47',
      '2026-W47',
      '2026-W48',
    ]);
    // Pieces keep the whole occurrence's span.
    const clipped = r.occurrences[0]!;
    expect([local(clipped.occurrenceStart), local(clipped.occurrenceEnd)]).toEqual([
      '2026-11-15T22:00+00:00',
      '2026-11-16T03:00+00:00',
    ]);
  });

  it("contributes only the part inside the window at the window's end", () => {
    const r = ingest('split.ics', { week: '2026-W47' });
    expect(rows(r, 'over-week-boundary@google.com')).toEqual([['2026-11-22T23:00+00:00', 1]]);
    expect(r.occurrences.reduce((h, o) => h + o.hours, 0)).toBe(3 + 2 + 2 + 1);
  });
});

describe('duplicates', () => {
  const r = ingest(['dedupe-jo-shared.ics', 'dedupe-jo-work.ics', 'dedupe-kit.ics'], { week: '2026-W47' });
  const of = (person: string): [string, number][] => rows(r.occurrences.filter((o) => o.person === person));

  it("the same UID + RECURRENCE-ID in one person's calendars counts once", () => {
    // X-WR-CALNAME jo.synthetic@… (no CN anywhere): "Jo Synthetic", from the address.
    // jo: the board appears twice in one file and once more in the other; the weekly call's override in both.
    expect(of('Jo Synthetic')).toEqual([
      ['2026-11-17T10:00+00:00', 1],
      ['2026-11-19T13:00+00:00', 0.5],
    ]);
  });

  it("the same meeting in two people's calendars counts for each of them", () => {
    expect(of('Kit Synthetic')).toEqual([
      ['2026-11-17T10:00+00:00', 1],
      ['2026-11-19T13:00+00:00', 0.5],
    ]);
    expect(r.occurrences).toHaveLength(4);
  });
});

describe('one meeting in several of one person’s calendars', () => {
  it('counts a single meeting once across one person’s calendars: the higher SEQUENCE wins, whatever the file order', () => {
    const older = inlineCalendar(
      'a.ics',
      'BEGIN:VEVENT\r\nUID:m1\r\nSEQUENCE:0\r\nSUMMARY:Board\r\nDTSTART:20261117T090000Z\r\nDTEND:20261117T100000Z\r\nEND:VEVENT',
    );
    const newer = inlineCalendar(
      'b.ics',
      'BEGIN:VEVENT\r\nUID:m1\r\nSEQUENCE:2\r\nSUMMARY:Board\r\nDTSTART:20261117T140000Z\r\nDTEND:20261117T150000Z\r\nEND:VEVENT',
    );
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const r = ingestInline(order);
      // One meeting, moved to 14:00 (GMT = UTC in November): 1 h, not 2.
      expect(r.occurrences.map((o) => [new Date(o.start).toISOString(), o.hours, o.calendar])).toEqual([
        ['2026-11-17T14:00:00.000Z', 1, 'b.ics'],
      ]);
    }
  });
});
