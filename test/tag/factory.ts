import { validateConfigText } from '../../src/config/validate.js';
import type { Config } from '../../src/config/types.js';
import type { Occurrence } from '../../src/types.js';
import { makeOccurrence } from '../helpers/occurrence.js';

const HOUR = 3_600_000;
/** Monday 2026-11-16 09:00 UTC (= 09:00 London, GMT in November). */
export const MONDAY_9 = Date.UTC(2026, 10, 16, 9);

/** A counted one-hour occurrence; tests override only the fields they are about. */
export function occurrence(fields: Partial<Occurrence> = {}): Occurrence {
  const start = fields.start ?? MONDAY_9;
  return makeOccurrence({ ...fields, start, end: fields.end ?? start + HOUR });
}

export function attendees(...emails: string[]): Occurrence['attendees'] {
  return emails.map((email) => ({ email, partstat: 'ACCEPTED', role: 'REQ-PARTICIPANT' }));
}

/** A Config from YAML text, through the real loader, so tests read like the user's file. */
export function configFrom(yaml: string): Config {
  return validateConfigText(yaml, { file: '/trust/engage-load.yaml', shown: 'engage-load.yaml' }).config;
}
