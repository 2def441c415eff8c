import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvent, type LineEffects } from '../../src/ingest/parse/event.js';
import { decodeCalendar } from '../../src/ingest/read/decode.js';
import { splitCalendar, type EventBlock } from '../../src/ingest/read/lines.js';

function blocksOf(text: string): EventBlock[] {
  return splitCalendar(text).events;
}

/** The events of a calendar text, parsed in order with one table of line effects, as a file is. */
function parseAll(lines: string[]): ReturnType<typeof parseEvent>[] {
  const effects: LineEffects = new Map();
  return blocksOf(lines.join('\r\n')).map((b) => parseEvent(b, effects));
}

const event = (uid: string, ...lines: string[]): string[] => [
  'BEGIN:VEVENT',
  `UID:${uid}`,
  'DTSTART:20261123T090000Z',
  ...lines,
  'END:VEVENT',
];

const calendar = (): string[] => [
  'BEGIN:VCALENDAR',
  ...event(
    'a',
    'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
    'X-MICROSOFT-CDO-INTENDEDSTATUS:FREE',
    'ATTENDEE;PARTSTAT=ACCEPTED;CN=Jo:mailto:Jo@Trust.nhs.uk',
    'CATEGORIES:Kestrel,Board',
    'SUMMARY:Kestrel ICS board',
    'DURATION:PT1X',
  ),
  ...event(
    'b',
    'X-MICROSOFT-CDO-INTENDEDSTATUS:FREE',
    'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
    'ATTENDEE;PARTSTAT=ACCEPTED;CN=Jo:mailto:Jo@Trust.nhs.uk',
    'ATTENDEE;PARTSTAT=ACCEPTED;CN=Jo:mailto:Jo@Trust.nhs.uk',
    'CATEGORIES:Kestrel,Board',
    'DURATION:PT1X',
  ),
  ...event('c', 'X-MICROSOFT-CDO-INTENDEDSTATUS:FREE', 'SUMMARY:Kestrel ICS board'),
  'END:VCALENDAR',
];

describe('a line repeated across events', () => {
  it('does to each event what it does when read for the first time', () => {
    const [a, b, c] = parseAll(calendar());
    // The busy status wins over the intended one in either order; alone, the intended one counts.
    expect([a!.busyStatus, b!.busyStatus, c!.busyStatus]).toEqual(['BUSY', 'TENTATIVE', 'FREE']);
    const jo = { email: 'jo@trust.nhs.uk', partstat: 'ACCEPTED', role: 'REQ-PARTICIPANT' };
    expect(a!.attendees).toEqual([jo]);
    expect(b!.attendees).toEqual([jo, jo]); // written twice, listed twice, as before
    expect(c!.attendees).toEqual([]);
    expect([a!.categories, b!.categories, c!.categories]).toEqual([
      ['Kestrel', 'Board'],
      ['Kestrel', 'Board'],
      [],
    ]);
    expect([a!.summary, b!.summary, c!.summary]).toEqual(['Kestrel ICS board', '', 'Kestrel ICS board']);
    expect([a!.uid, b!.uid, c!.uid]).toEqual(['a', 'b', 'c']);
  });

  it('gives each event its own list of categories', () => {
    const [a, b] = parseAll(calendar());
    a!.categories.push('changed');
    expect(b!.categories).toEqual(['Kestrel', 'Board']);
  });

  it('reports a bad line again in each event, with its own line number', () => {
    const [a, b] = parseAll(calendar());
    // Line 10 in the first event, line 20 in the second (BEGIN:VCALENDAR is line 1).
    expect(a!.problems.map((p) => [p.code, p.line])).toEqual([['ingest.bad-duration', 10]]);
    expect(b!.problems.map((p) => [p.code, p.line])).toEqual([['ingest.bad-duration', 20]]);
  });

  it('gives every fixture event what it gives read alone', () => {
    const root = path.resolve(import.meta.dirname, '../../fixtures');
    const files = ['ingest', 'demo/calendars'].flatMap((d) =>
      readdirSync(path.join(root, d))
        .filter((f) => f.endsWith('.ics'))
        .map((f) => path.join(root, d, f)),
    );
    let events = 0;
    for (const file of files) {
      const decoded = decodeCalendar(new Uint8Array(readFileSync(file)));
      if (!decoded.ok) continue;
      const blocks = blocksOf(decoded.text);
      const shared: LineEffects = new Map();
      const together = blocks.map((b) => parseEvent(b, shared));
      const alone = blocks.map((b) => parseEvent(b, new Map()));
      expect(together, file).toEqual(alone);
      events += blocks.length;
    }
    expect(events).toBeGreaterThan(1000);
  });
});
