import path from 'node:path';
import type { Config, Person } from '../config/types.js';
import type { CalendarSource } from '../types.js';
import { nameFromAddress, type FileOwner } from './owner.js';

/**
 * Calendar names that say nothing about whose calendar it is: the default names of Outlook, Google,
 * Apple and Thunderbird in a few languages, with or without a suffix such as "(Outlook)".
 */
const GENERIC_CALENDAR_NAMES = new Set([
  'calendar',
  'calendars',
  'my calendar',
  'calendar 1',
  'work',
  'home',
  'personal',
  'private',
  'family',
  'default',
  'main',
  'outlook',
  'exchange',
  'icloud',
  'untitled',
  'events',
  'kalender',
  'kalendar',
  'calendrier',
  'calendario',
  'calendário',
  'agenda',
  'arbeit',
  'privat',
  'travail',
  'privé',
  'trabajo',
  'jobb',
  'werk',
  'thuis',
]);

export function isGenericCalendarName(name: string): boolean {
  const bare = name
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[-–—_:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return bare === '' || GENERIC_CALENDAR_NAMES.has(bare);
}

/** Who a calendar belongs to, before ids are made unique across files. */
export interface Identity {
  /** Files with one key are one person: "config:<id>", "owner:<address>" or "file:<name>". */
  key: string;
  /** The id the person would like: the config id, else a display name. */
  id: string;
  person: Person | null;
  via: 'config' | 'owner' | 'calendar-name' | 'file-name';
  /** The owner's address, when the identity comes from it. */
  email: string | null;
}

function fileBase(source: CalendarSource): string {
  const base = path.basename(source.name === '-' ? 'stdin' : source.name.replace(/[?#].*$/, ''));
  return base.replace(/\.(ics|ical|ifb|icalendar|txt)$/i, '') || 'calendar';
}

/**
 * Whose calendar a source is (SPEC "Whose calendar"): the person whose `calendars` list it (or a
 * folder holding it), or one of whose addresses is the calendar's name or its owner's address; else
 * the owner's address (named by its CN); else a calendar name that is not generic; else the file name.
 */
export function identify(
  source: CalendarSource,
  calendarName: string | null,
  /** The owner as the events name them: asked only when the config does not list the file. */
  ownerOf: () => FileOwner | null,
  config: Config,
): Identity {
  const configured = (p: Person): Identity => ({
    key: `config:${p.id}`,
    id: p.id,
    person: p,
    via: 'config',
    email: null,
  });
  const byCalendar = config.people.find((p) =>
    p.calendars.some(
      (c) => c === source.location || source.location.startsWith(c.endsWith(path.sep) ? c : c + path.sep),
    ),
  );
  if (byCalendar) return configured(byCalendar);
  const owner = ownerOf();
  const name = calendarName?.trim() ?? '';
  const addresses = [name.toLowerCase(), owner?.email ?? ''].filter((a) => a !== '');
  const byEmail = config.people.find((p) => addresses.some((a) => p.emails.includes(a)));
  if (byEmail) return configured(byEmail);
  if (owner) {
    return {
      key: `owner:${owner.email}`,
      id: owner.name ?? nameFromAddress(owner.email),
      person: null,
      via: 'owner',
      email: owner.email,
    };
  }
  const file = { key: `file:${source.name}`, person: null, email: null };
  if (name && !name.includes('@') && !isGenericCalendarName(name))
    return { ...file, id: name, via: 'calendar-name' };
  return { ...file, id: fileBase(source), via: 'file-name' };
}

/**
 * Person ids unique across the files of one run: the first identity to want an id has it; another
 * that wants the same one is told apart by its address or file name ("Jane Example (jane@b.nhs.uk)").
 */
export class PersonIds {
  private readonly byKey = new Map<string, string>();
  private readonly taken = new Map<string, string>();

  constructor(config: Config) {
    for (const p of config.people) this.taken.set(p.id, `config:${p.id}`);
  }

  idFor(identity: Identity, source: Pick<CalendarSource, 'name'>): string {
    const known = this.byKey.get(identity.key);
    if (known !== undefined) return known;
    let id = identity.id;
    const holder = this.taken.get(id);
    if (holder !== undefined && holder !== identity.key) {
      const base = `${id} (${identity.email ?? path.basename(source.name)})`;
      id = base;
      for (let n = 2; this.taken.has(id); n++) id = `${base} ${n}`;
    }
    this.taken.set(id, identity.key);
    this.byKey.set(identity.key, id);
    return id;
  }
}
