import type { CalendarRead, EventFields, InstanceRead } from '../ingest/read-calendar.js';
import type { StatusResult } from '../ingest/status.js';
import type { Attendee } from '../types.js';
import type { TaggedRead } from './read-and-tag.js';

/**
 * A calendar's read in the form that crosses between threads cheaply. Structured cloning copies
 * every string it meets (an attendee's address once per event, a series' UID once per instance)
 * and every object; here each distinct string of a calendar is sent once, events and instances are
 * numbers in typed arrays, and equal statuses, tags and attendee lists are one object each.
 */
export interface PackedRead {
  read: Omit<CalendarRead, 'events' | 'instances'>;
  strings: string[];
  /**
   * Descriptions, apart from the other strings: they are long, seldom the same in two calendars, and
   * after tagging nothing on the receiving thread reads them, so they are not interned there.
   */
  texts: string[];
  /**
   * Per event: uid, title, description (in texts), location, organizer (-1: none), private,
   * categories (n, …), attendees (n, email, partstat, role …).
   */
  events: Int32Array<ArrayBuffer>;
  eventCount: number;
  /** Per instance, INSTANCE_FIELDS numbers: event, sequence, start, end, recurrence id (NaN: none), recurs, fallback zone (-1: none), status. */
  instances: Float64Array<ArrayBuffer>;
  statuses: StatusResult[];
  tags: TaggedRead['tags'];
}

const INSTANCE_FIELDS = 8;

/** Each distinct string once, and its place in the list. */
function stringTable(): { list: string[]; ref: (s: string) => number } {
  const list: string[] = [];
  const refs = new Map<string, number>();
  return {
    list,
    ref: (s) => {
      let i = refs.get(s);
      if (i === undefined) {
        i = list.length;
        list.push(s);
        refs.set(s, i);
      }
      return i;
    },
  };
}

export function packRead({ read, tags }: TaggedRead): PackedRead {
  const { list: strings, ref } = stringTable();
  const { list: texts, ref: text } = stringTable();
  const events: number[] = [];
  for (const e of read.events) {
    events.push(ref(e.uid), ref(e.title), text(e.description), ref(e.location));
    events.push(e.organizer === null ? -1 : ref(e.organizer), e.private ? 1 : 0);
    events.push(e.categories.length, ...e.categories.map(ref));
    events.push(e.attendees.length);
    for (const a of e.attendees) events.push(ref(a.email), ref(a.partstat), ref(a.role));
  }
  const statuses: StatusResult[] = [];
  const statusRefs = new Map<string, number>();
  const instances = new Float64Array(read.instances.length * INSTANCE_FIELDS);
  read.instances.forEach((x, i) => {
    const s = x.status;
    const key = `${s.status}|${s.response}|${s.counts}|${s.absence}|${s.reason}`;
    let status = statusRefs.get(key);
    if (status === undefined) {
      status = statuses.length;
      statuses.push(s);
      statusRefs.set(key, status);
    }
    instances.set(
      [
        x.event,
        x.sequence,
        x.start,
        x.end,
        x.recurrenceId ?? Number.NaN,
        x.recurs ? 1 : 0,
        x.fallbackZone === null ? -1 : ref(x.fallbackZone),
        status,
      ],
      i * INSTANCE_FIELDS,
    );
  });
  const { events: _events, instances: _instances, ...rest } = read;
  return {
    read: rest,
    strings,
    texts,
    events: Int32Array.from(events),
    eventCount: read.events.length,
    instances,
    statuses,
    tags,
  };
}

/**
 * The read back from its packed form. `intern` gives one string object for equal strings across
 * calendars (descriptions aside, see PackedRead.texts), and equal attendee lists and category lists
 * are shared within one.
 */
export function unpackRead(p: PackedRead, intern: (s: string) => string): TaggedRead {
  const strings = p.strings.map(intern);
  const lists = new Map<string, Attendee[]>();
  const categoryLists = new Map<string, string[]>();
  const events: EventFields[] = [];
  const v = p.events;
  let at = 0;
  for (let n = 0; n < p.eventCount; n++) {
    const uid = strings[v[at++]!]!;
    const title = strings[v[at++]!]!;
    const description = p.texts[v[at++]!]!;
    const location = strings[v[at++]!]!;
    const organizerRef = v[at++]!;
    const isPrivate = v[at++] === 1;
    const categoryCount = v[at++]!;
    const categoryKey = v.subarray(at, at + categoryCount).join(',');
    let categories = categoryLists.get(categoryKey);
    if (!categories) {
      categories = Array.from(v.subarray(at, at + categoryCount), (i) => strings[i]!);
      categoryLists.set(categoryKey, categories);
    }
    at += categoryCount;
    const attendeeCount = v[at++]!;
    const listKey = v.subarray(at, at + attendeeCount * 3).join(',');
    let attendees = lists.get(listKey);
    if (!attendees) {
      attendees = [];
      for (let k = 0; k < attendeeCount; k++) {
        const o = at + k * 3;
        attendees.push({ email: strings[v[o]!]!, partstat: strings[v[o + 1]!]!, role: strings[v[o + 2]!]! });
      }
      lists.set(listKey, attendees);
    }
    at += attendeeCount * 3;
    events.push({
      uid,
      private: isPrivate,
      title,
      description,
      location,
      categories,
      organizer: organizerRef < 0 ? null : strings[organizerRef]!,
      attendees,
    });
  }
  const instances: InstanceRead[] = [];
  const x = p.instances;
  for (let i = 0; i < x.length; i += INSTANCE_FIELDS) {
    const event = x[i]!;
    const uid = events[event]!.uid;
    const rid = x[i + 4]!;
    const recurrenceId = Number.isNaN(rid) ? null : rid;
    const zone = x[i + 6]!;
    instances.push({
      key: recurrenceId === null ? uid : `${uid}|${recurrenceId}`,
      uid,
      sequence: x[i + 1]!,
      event,
      start: x[i + 2]!,
      end: x[i + 3]!,
      recurrenceId,
      fallbackZone: zone < 0 ? null : strings[zone]!,
      recurs: x[i + 5] === 1,
      status: p.statuses[x[i + 7]!]!,
    });
  }
  return { read: { ...p.read, events, instances }, tags: p.tags };
}
