import { foldForNeedles } from '../config/keywords.js';
import type { Keyword } from '../config/types.js';

/** A text to search for keywords, and its fold for their needles (config/keywords.ts). */
export interface Haystack {
  text: string;
  folded: string;
}

export function haystack(text: string): Haystack {
  return { text, folded: foldForNeedles(text) };
}

/** The first keyword (in config order) found in the text, and the text it matched. */
export function firstMatch(
  keywords: readonly Keyword[],
  hay: Haystack,
): { keyword: Keyword; matched: string } | null {
  if (hay.text === '') return null;
  for (const keyword of keywords) {
    // Most keywords are absent from most texts: a substring test rules them out before the pattern runs.
    if (keyword.needle !== undefined && !hay.folded.includes(keyword.needle)) continue;
    const m = keyword.pattern.exec(hay.text);
    if (m) return { keyword, matched: m[0] };
  }
  return null;
}

/** An address as written in ORGANIZER/ATTENDEE ("mailto:Jane@X.nhs.uk") → "jane@x.nhs.uk". */
export function normaliseAddress(address: string): string {
  return address
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
}

export function domainOf(address: string): string | null {
  const at = address.lastIndexOf('@');
  return at < 0 || at === address.length - 1 ? null : address.slice(at + 1);
}
