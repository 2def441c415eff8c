import { describe, expect, it } from 'vitest';
import { parseEvent, type LineEffects } from '../../src/ingest/parse/event.js';
import { splitCalendar, unfoldLines } from '../../src/ingest/read/lines.js';

/** The events of a calendar text, parsed in order with one table of line effects, as a file is. */
function parseAll(lines: string[]): ReturnType<typeof parseEvent>[] {
  const effects: LineEffects = new Map();
  return splitCalendar(unfoldLines(lines.join('\r\n'))).events.map((b) => parseEvent(b, effects));
}

const event = (uid: string, ...lines: string[]): string[] => [
  'BEGIN:VEVENT',
  `UID:${uid}`,
  'DTSTART:20261123T090000Z',
  ...lines,
  'END:VEVENT',
];

describe('a line repeated across events', () => {
  const [a, b, c] = parseAll([
    'BEGIN:VCALENDAR',
    ...event(
      'a',
      'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
      'X-MICROSOFT-CDO-INTENDEDSTATUS:FREE',
      'ATTENDEE;PARTSTAT=ACCEPTED;CN=Jo:mailto:Jo@Trust.nhs.uk',
      'CATEGORIES:Kestrel,Board',
      'SUMMARY:Kestrel ICS board',
    ),
    ...event(
      'b',
      'X-MICROSOFT-CDO-INTENDEDSTATUS:FREE',
      'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
      'ATTENDEE;PARTSTAT=ACCEPTED;CN=Jo:mailto:Jo@Trust.nhs.uk',
      'ATTENDEE;PARTSTAT=ACCEPTED;CN=Jo:mailto:Jo@Trust.nhs.uk',
      'CATEGORIES:Kestrel,Board',
    ),
    ...event('c', 'X-MICROSOFT-CDO-INTENDEDSTATUS:FREE', 'SUMMARY:Kestrel ICS board'),
    'END:VCALENDAR',
  ]);

  it('does to each event what it does when read for the first time', () => {
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

  it('gives each event its own lists', () => {
    a!.categories.push('changed');
    expect(b!.categories).toEqual(['Kestrel', 'Board']);
    expect(a!.attendees).not.toBe(b!.attendees);
  });
});
