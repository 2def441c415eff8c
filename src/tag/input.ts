import type { EventFields } from '../ingest/read-calendar.js';
import { domainOf, normaliseAddress } from './match.js';

/** The fields of an occurrence that tagging reads: equal inputs get equal tags. */
export interface TagInput {
  uid: string;
  title: string;
  description: string;
  location: string;
  categories: string[];
  private: boolean;
  /** One entry per distinct address: its domain, and whether it is the organizer's. Sorted. */
  addresses: { domain: string; organizer: boolean }[];
}

/** Reasons never quote a private occurrence's own text. */
export function shown(input: TagInput, text: string): string {
  return input.private ? '(private)' : text;
}

const SEP = '\u0000';

/** The fields of an occurrence (or of the event it comes from) that tagging reads: an event's own. */
export type TagFields = EventFields;

/**
 * By domain, the organizer's first among equal domains. By insertion, in place: a list holds a few
 * addresses, and this runs for every event (Array.prototype.sort allocates a copy for each call).
 */
function sortAddresses(list: TagInput['addresses']): void {
  for (let i = 1; i < list.length; i++) {
    const x = list[i]!;
    let j = i - 1;
    while (
      j >= 0 &&
      (list[j]!.domain > x.domain || (list[j]!.domain === x.domain && x.organizer && !list[j]!.organizer))
    ) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = x;
  }
}

/**
 * Reduces an occurrence (or its event) to its tag input and a key under which its tag can be cached;
 * `keyedByUid` false leaves the UID out of the key, for a UID no correction names.
 */
export function tagInputOf(
  o: TagFields,
  keyedByUid = true,
  /** normaliseAddress, or the same remembered per address (eventTagger: calendars repeat them). */
  normalise: (address: string) => string = normaliseAddress,
): { input: TagInput; key: string } {
  const organizer = o.organizer ? normalise(o.organizer) : null;
  const seen = new Set<string>();
  const addresses: TagInput['addresses'] = [];
  const add = (address: string) => {
    if (seen.has(address)) return;
    seen.add(address);
    const domain = domainOf(address);
    if (domain) addresses.push({ domain, organizer: address === organizer });
  };
  if (organizer) add(organizer);
  for (const a of o.attendees) add(normalise(a.email));
  sortAddresses(addresses);
  const input: TagInput = {
    uid: o.uid,
    title: o.title,
    description: o.description,
    location: o.location,
    categories: o.categories,
    private: o.private,
    addresses,
  };
  const key = [
    keyedByUid ? o.uid : '',
    o.title,
    o.description,
    o.location,
    o.categories.join('\u0001'),
    o.private ? 'p' : '',
    addresses.map((a) => (a.organizer ? `*${a.domain}` : a.domain)).join(' '),
  ].join(SEP);
  return { input, key };
}
