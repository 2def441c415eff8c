/** Building blocks for events: identifiers in each exporter's shape, system contacts, defaults. */
import type { CalEvent, ExportStyle, Party } from './model.js';
import type { DemoPerson, DemoSystem } from './cast.js';
import type { Rng } from './prng.js';

const HEX = '0123456789ABCDEF';
const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** UIDs look like the exporter that created the meeting would make them. */
export function newUid(style: ExportStyle, rng: Rng): string {
  if (style === 'outlook') {
    return `040000008200E00074C5B7101A82E00800000000${rng.chars(16, HEX)}0000000000000000100000${rng.chars(32, HEX)}`;
  }
  if (style === 'google') return `${rng.chars(26, LOWER)}@google.com`;
  const h = rng.chars(32, HEX);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const CONTACT_FIRST = [
  'Helen',
  'Marcus',
  'Siobhan',
  'Idris',
  'Fiona',
  'Kwame',
  'Louise',
  'Rhys',
  'Anjali',
  'Callum',
  'Bronwen',
];
const CONTACT_LAST = [
  'Ackroyd',
  'Bellamy',
  'Crossley',
  'Dewhurst',
  'Ellery',
  'Fairbairn',
  'Greenhalgh',
  'Heywood',
  'Illingworth',
];

/** The people at a system who send its invitations: a board office and a named programme lead. */
export function systemContacts(sys: DemoSystem, index: number): Party[] {
  const first = CONTACT_FIRST[index % CONTACT_FIRST.length]!;
  const last = CONTACT_LAST[(index * 4) % CONTACT_LAST.length]!;
  return [
    { name: `${sys.name} Board Office`, email: `board.office@${sys.domain}` },
    { name: `${first} ${last}`, email: `${first.toLowerCase()}.${last.toLowerCase()}@${sys.domain}` },
  ];
}

export function partyOf(p: DemoPerson): Party {
  return { name: p.name, email: p.emails[0]! };
}

export type EventInit = Pick<CalEvent, 'uid' | 'summary' | 'day' | 'start' | 'dur' | 'organizer' | 'kind'> &
  Partial<CalEvent>;

export function makeEvent(init: EventInit): CalEvent {
  return {
    allDay: false,
    exdates: [],
    overrides: [],
    location: '',
    description: '',
    categories: [],
    attendees: [],
    ownerPartstat: 'ACCEPTED',
    transparent: false,
    private: false,
    cancelled: false,
    system: null,
    workstream: null,
    sequence: 0,
    ...init,
  };
}

/** A copy whose exception lists can change for one calendar without touching the others. */
export function cloneEvent(ev: CalEvent): CalEvent {
  return {
    ...ev,
    exdates: [...ev.exdates],
    overrides: ev.overrides.map((o) => ({ ...o })),
    categories: [...ev.categories],
    attendees: [...ev.attendees],
    rule: ev.rule ? { ...ev.rule, byday: [...ev.rule.byday] } : undefined,
  };
}
