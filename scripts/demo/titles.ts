/**
 * Meeting titles as people actually write them. System meetings always carry a keyword, a location or
 * an organiser domain that the demo config tags; internal and untaggable titles carry none.
 */
import type { DemoSystem, DemoWorkstream } from './cast.js';
import type { Rng } from './prng.js';

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export type TagRoute = 'title' | 'location' | 'domain';

export function systemTitle(rng: Rng, sys: DemoSystem, ws: DemoWorkstream | null, route: TagRoute): string {
  const short = rng.pick(sys.short);
  if (!ws) {
    return rng.pick([
      `${short} partnership board`,
      `${short} system leaders' meeting`,
      `${short} quality committee`,
      `${short} chief executives' group`,
      `${sys.name} board development session`,
    ]);
  }
  const label = rng.pick(ws.labels);
  if (route === 'location') return `${cap(label)} delivery group`;
  if (route === 'domain') return `${cap(label)} task and finish group`;
  return rng.pick([
    `${short} ${label} board`,
    `${short} ${label} group`,
    `${cap(label)} – ${short}`,
    `${short}: ${label} programme`,
    `${short} ${label} delivery group`,
    `${cap(label)} workshop (${short})`,
  ]);
}

export const INTERNAL_TITLES = [
  'Senior leadership team',
  'Finance and Performance Committee',
  'Quality Committee',
  'Audit and Risk Committee',
  'People Committee',
  'EOC visit',
  'Budget review',
  'Corporate risk review',
  'Patient safety incident review',
  'Directors’ catch-up',
  'Board papers sign-off',
  'Clinical safety huddle',
];

export const UNTAGGABLE_TITLES = [
  'Call with regional team',
  'Catch-up re winter letter',
  'Ambulance sector chief executives call',
  'Pre-meet',
  'Follow-up from last week',
  'Site visit',
  'Teams call',
];

export const ABSENCE_TITLES = ['Annual leave', 'Annual leave', 'AL', 'Out of office', 'Leave'];
