import type { Attendee } from '../../types.js';
import { own } from './own.js';
import type { PlainLine } from './plain-line.js';
import type { RawEvent } from './raw-event.js';

/**
 * What a content line does to its event, kept per line text for the rest of the file: a calendar
 * repeats most of its lines word for word (the same attendees, organizers, titles, statuses, Outlook
 * flags), and a repeated line is then read once. Lines that carry a time or a UID, or that give a
 * problem (with its line number), are read each time. Equal lines share what they give (one
 * Attendee object, one string), which nothing downstream changes.
 */
export type LineEffects = Map<string, (e: RawEvent) => void>;

export function remember(
  effects: LineEffects,
  text: string,
  effect: (e: RawEvent) => void,
): (e: RawEvent) => void {
  effects.set(text, effect);
  return effect;
}

/** The properties whose line, word for word, always has the same effect (see effectOf). */
export const EFFECT_PROPERTIES = [
  'SEQUENCE',
  'DTSTAMP',
  'STATUS',
  'TRANSP',
  'X-MICROSOFT-CDO-ALLDAYEVENT',
  'X-MICROSOFT-CDO-BUSYSTATUS',
  'X-MICROSOFT-CDO-INTENDEDSTATUS',
  'CLASS',
  'SUMMARY',
  'DESCRIPTION',
  'LOCATION',
  'CATEGORIES',
  'ORGANIZER',
  'ATTENDEE',
] as const;

export type EffectProperty = (typeof EFFECT_PROPERTIES)[number];

const EFFECT_NAMES: ReadonlySet<string> = new Set(EFFECT_PROPERTIES);

export function isEffectProperty(name: string): name is EffectProperty {
  return EFFECT_NAMES.has(name);
}

export function emailOf(value: string): string {
  return value
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
}

export type JCalProperty = [string, Record<string, string | string[]>, string, ...unknown[]];

export function param(p: JCalProperty, name: string): string | null {
  const v = p[1][name];
  if (v === undefined) return null;
  return Array.isArray(v) ? (v[0] ?? null) : v;
}

export function text(p: JCalProperty): string {
  return p
    .slice(3)
    .map((v) => String(v))
    .join(',');
}

/**
 * A plain ATTENDEE or ORGANIZER line's effect: the same values `effectOf` takes from ical.js's
 * parse. Every text an event keeps is copied out of the file's text (see `own`), so that the file
 * can be freed.
 */
export function addressEffect(name: 'ATTENDEE' | 'ORGANIZER', a: PlainLine): (e: RawEvent) => void {
  const email = own(emailOf(a.params.get('email') ?? a.value));
  if (name === 'ORGANIZER')
    return (e) => {
      e.organizer = email;
    };
  const attendee: Attendee = {
    email,
    partstat: own((a.params.get('partstat') ?? '').toUpperCase()),
    role: own((a.params.get('role') ?? 'REQ-PARTICIPANT').toUpperCase()),
  };
  return (e) => {
    e.attendees.push(attendee);
  };
}

/** What a property other than a time, RRULE, DURATION or UID sets on its event (its text copied, as above). */
export function effectOf(name: EffectProperty, p: JCalProperty): (e: RawEvent) => void {
  switch (name) {
    case 'SEQUENCE': {
      const sequence = Number.parseInt(text(p), 10) || 0;
      return (e) => {
        e.sequence = sequence;
      };
    }
    case 'DTSTAMP': {
      const dtstamp = own(text(p));
      return (e) => {
        e.dtstamp = dtstamp;
      };
    }
    case 'STATUS': {
      const status = own(text(p).trim().toUpperCase());
      return (e) => {
        e.status = status;
      };
    }
    case 'TRANSP': {
      const transp = own(text(p).trim().toUpperCase());
      return (e) => {
        e.transp = transp;
      };
    }
    case 'X-MICROSOFT-CDO-ALLDAYEVENT': {
      const allDay = text(p).trim().toUpperCase() === 'TRUE';
      return (e) => {
        e.allDay = allDay;
      };
    }
    case 'X-MICROSOFT-CDO-BUSYSTATUS': {
      // The busy status wins over the intended status when both are present.
      const busy = own(text(p).trim().toUpperCase());
      return (e) => {
        e.busyStatus = busy;
      };
    }
    case 'X-MICROSOFT-CDO-INTENDEDSTATUS': {
      const intended = own(text(p).trim().toUpperCase());
      return (e) => {
        if (e.busyStatus === '') e.busyStatus = intended;
      };
    }
    case 'CLASS': {
      const c = text(p).trim().toUpperCase();
      const isPrivate = c === 'PRIVATE' || c === 'CONFIDENTIAL';
      return (e) => {
        e.private = isPrivate;
      };
    }
    case 'SUMMARY': {
      const summary = own(text(p));
      return (e) => {
        e.summary = summary;
      };
    }
    case 'DESCRIPTION': {
      const description = own(text(p));
      return (e) => {
        e.description = description;
      };
    }
    case 'LOCATION': {
      const location = own(text(p));
      return (e) => {
        e.location = location;
      };
    }
    case 'CATEGORIES': {
      const categories = p
        .slice(3)
        .map((c) => String(c).trim())
        .filter((c) => c !== '')
        .map(own);
      return (e) => {
        e.categories.push(...categories);
      };
    }
    case 'ORGANIZER': {
      const organizer = own(emailOf(param(p, 'email') ?? text(p)));
      return (e) => {
        e.organizer = organizer;
      };
    }
    case 'ATTENDEE': {
      const attendee: Attendee = {
        email: own(emailOf(param(p, 'email') ?? text(p))),
        partstat: own((param(p, 'partstat') ?? '').toUpperCase()),
        role: own((param(p, 'role') ?? 'REQ-PARTICIPANT').toUpperCase()),
      };
      return (e) => {
        e.attendees.push(attendee);
      };
    }
  }
}
