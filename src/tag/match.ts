import type { Keyword } from '../config/types.js';

/** The first keyword (in config order) found in the text, and the text it matched. */
export function firstMatch(keywords: Keyword[], text: string): { keyword: Keyword; matched: string } | null {
  if (text === '') return null;
  for (const keyword of keywords) {
    const m = keyword.pattern.exec(text);
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
