import { mayBeNamed, propertyName } from './parse/event.js';
import type { EventBlock } from './read/lines.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A parameter's value, quoted or not (compiled once: this runs on every ATTENDEE line of a file). */
const EMAIL_PARAM = /;EMAIL=("[^"]*"|[^;]*)/i;
const CN_PARAM = /;CN=("[^"]*"|[^;]*)/i;

/** The calendar's owner as its events name them: an address and, where an ATTENDEE/ORGANIZER line gives one, a CN. */
export interface FileOwner {
  email: string;
  name: string | null;
}

/** The value after the first colon outside quotes, and the CN and EMAIL parameters before it. */
function party(text: string): { email: string; cn: string | null } | null {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22)
      quoted = !quoted; // "
    else if (c === 0x3a && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const params = text.slice(0, colon);
  const param = (pattern: RegExp): string | null => {
    const m = pattern.exec(params);
    return m ? m[1]!.replace(/^"|"$/g, '').trim() : null;
  };
  const email = (param(EMAIL_PARAM) ?? text.slice(colon + 1))
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
  if (!EMAIL.test(email)) return null;
  const cn = param(CN_PARAM);
  return { email, cn: cn && cn.toLowerCase() !== email && !cn.includes('@') ? cn : null };
}

function mostFrequent(counts: ReadonlyMap<string, number>): string | null {
  let best: [string, number] | null = null;
  for (const entry of counts) {
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  }
  return best ? best[0] : null;
}

/** The lines that may name a party to the event. */
const PARTIES = mayBeNamed(['ATTENDEE', 'ORGANIZER']);

/**
 * Whose calendar a file is, from all of its events: the calendar name when it is an address (Google
 * names the calendar after its owner); else the address on most events as organizer or attendee,
 * when it is on at least half of the events that list anyone, on two or more, and ahead of the next.
 * The name is the CN written most often beside that address.
 */
export function fileOwner(calendarName: string | null, events: readonly EventBlock[]): FileOwner | null {
  const counts = new Map<string, number>();
  const names = new Map<string, Map<string, number>>();
  let withPeople = 0;
  // A calendar repeats its ATTENDEE and ORGANIZER lines word for word: each text is read once.
  const parties = new Map<string, { email: string; cn: string | null } | null>();
  const partyOf = (text: string): { email: string; cn: string | null } | null => {
    let p = parties.get(text);
    if (p === undefined) {
      const name = propertyName(text);
      p = name === 'ATTENDEE' || name === 'ORGANIZER' ? party(text) : null;
      parties.set(text, p);
    }
    return p;
  };
  for (const block of events) {
    const here = new Set<string>();
    for (const l of block.linesWhere(PARTIES)) {
      const p = partyOf(l.text);
      if (!p) continue;
      here.add(p.email);
      if (p.cn) {
        const byName = names.get(p.email) ?? new Map<string, number>();
        byName.set(p.cn, (byName.get(p.cn) ?? 0) + 1);
        names.set(p.email, byName);
      }
    }
    if (here.size === 0) continue;
    withPeople++;
    for (const address of here) counts.set(address, (counts.get(address) ?? 0) + 1);
  }
  const named = calendarName?.trim().toLowerCase() ?? '';
  const nameOf = (email: string): string | null => {
    const byName = names.get(email);
    return byName ? mostFrequent(byName) : null;
  };
  if (EMAIL.test(named)) return { email: named, name: nameOf(named) };
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [top, second] = ranked;
  if (!top || top[1] * 2 < withPeople || top[1] < 2 || (second && second[1] === top[1])) return null;
  return { email: top[0], name: nameOf(top[0]) };
}

/** "jane.example@trust.nhs.uk" → "Jane Example": a name for an address that no line gives a CN. */
export function nameFromAddress(email: string): string {
  return email
    .split('@')[0]!
    .split(/[._]+/)
    .filter((w) => w !== '')
    .map((w) => w.replace(/(^|-)(\p{L})/gu, (_m, sep: string, l: string) => sep + l.toUpperCase()))
    .join(' ');
}
