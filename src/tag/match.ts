import type { Keyword } from '../config/types.js';

/**
 * A text to search for keywords, with a folded copy for `Keyword.needle`: lower case, and U+017F (ſ)
 * as "s". Under the `iu` flags an ASCII letter matches only its two cases and, for "s" and "k", U+017F
 * and U+212A (Kelvin sign, lower case "k"): the only characters Unicode's simple case folding maps to
 * ASCII. So a text in which an ASCII keyword matches holds the keyword's words in this copy.
 */
export interface Haystack {
  text: string;
  folded: string;
}

export function haystack(text: string): Haystack {
  const lower = text.toLowerCase();
  return { text, folded: lower.includes('\u017f') ? lower.replaceAll('\u017f', 's') : lower };
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
