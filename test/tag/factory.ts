import { validateConfigText } from '../../src/config/validate.js';
import type { Config } from '../../src/config/types.js';
import type { Occurrence } from '../../src/types.js';

const HOUR = 3_600_000;
/** Monday 2026-11-16 09:00 UTC (= 09:00 London, GMT in November). */
export const MONDAY_9 = Date.UTC(2026, 10, 16, 9);

/** A counted one-hour occurrence; tests override only the fields they are about. */
export function occurrence(fields: Partial<Occurrence> = {}): Occurrence {
  const start = fields.start ?? MONDAY_9;
  const end = fields.end ?? start + HOUR;
  return {
    person: 'cmo',
    calendar: 'cmo.ics',
    uid: 'uid-1',
    recurrenceId: null,
    start,
    end,
    occurrenceStart: start,
    occurrenceEnd: end,
    hours: (end - start) / HOUR,
    status: 'counted',
    counts: true,
    statusReason: '',
    response: 'accepted',
    recurring: false,
    absence: false,
    private: false,
    title: '',
    description: '',
    location: '',
    categories: [],
    organizer: null,
    attendees: [],
    zoneFallback: null,
    ...fields,
  };
}

export function attendees(...emails: string[]): Occurrence['attendees'] {
  return emails.map((email) => ({ email, partstat: 'ACCEPTED', role: 'REQ-PARTICIPANT' }));
}

/** A Config from YAML text, through the real loader, so tests read like the user's file. */
export function configFrom(yaml: string): Config {
  return validateConfigText(yaml, { file: '/trust/engage-load.yaml', shown: 'engage-load.yaml' }).config;
}
