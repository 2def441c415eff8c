import type { Occurrence, TaggedOccurrence } from '../../src/types.js';
import { UNASSIGNED } from '../../src/types.js';

const HOUR = 3_600_000;

/** A plain counted, accepted, untitled occurrence of `person` cmo; tests override what they are about. */
export function makeOccurrence(fields: Partial<Occurrence> & Pick<Occurrence, 'start' | 'end'>): Occurrence {
  return {
    person: 'cmo',
    calendar: 'cmo.ics',
    uid: 'uid-1',
    recurrenceId: null,
    occurrenceStart: fields.start,
    occurrenceEnd: fields.end,
    hours: (fields.end - fields.start) / HOUR,
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

/** The same, tagged: unassigned and without a workstream unless the test says otherwise. */
export function makeTagged(
  fields: Partial<TaggedOccurrence> & Pick<Occurrence, 'start' | 'end'>,
): TaggedOccurrence {
  return {
    ...makeOccurrence(fields),
    system: UNASSIGNED,
    workstream: null,
    systemReason: null,
    workstreamReason: null,
    ...fields,
  };
}
