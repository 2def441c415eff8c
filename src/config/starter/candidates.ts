import type { CalendarSummary, Occurrence } from '../../types.js';
import { literalKey } from '../keywords.js';
import { looksLikeSystem, titlePhrases } from './phrases.js';

/** Public mail services and the NHS-wide address: every system uses them, so they identify none. */
const SHARED_DOMAINS = new Set([
  'nhs.net',
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'icloud.com',
  'yahoo.com',
  'live.com',
]);

export interface CandidatePerson {
  name: string;
  emails: string[];
  /** As the user named them on the command line. */
  calendars: string[];
}

export interface CandidateSystem {
  name: string;
  keywords: string[];
  domains: string[];
  /** Evidence, for a comment in the file. */
  meetings: number;
  hours: number;
}

export interface StarterCandidates {
  people: CandidatePerson[];
  systems: CandidateSystem[];
  /** Frequent title phrases no candidate system took, for the user to place. */
  phrases: { phrase: string; meetings: number; hours: number }[];
}

function domainOf(address: string): string | null {
  const m = /@([^@\s>]+)$/.exec(
    address
      .trim()
      .replace(/^mailto:/i, '')
      .toLowerCase(),
  );
  return m ? m[1]! : null;
}

interface Tally {
  series: Set<string>;
  hours: number;
  /** Domain → the series with this phrase that include it. */
  byDomain: Map<string, Set<string>>;
}

function tally(map: Map<string, Tally>, key: string, o: Occurrence, domains: string[]): void {
  const t = map.get(key) ?? { series: new Set<string>(), hours: 0, byDomain: new Map<string, Set<string>>() };
  t.series.add(o.uid);
  t.hours += o.hours;
  for (const d of domains) t.byDomain.set(d, (t.byDomain.get(d) ?? new Set<string>()).add(o.uid));
  map.set(key, t);
}

const byEvidence = (a: [string, Tally], b: [string, Tally]) =>
  b[1].series.size - a[1].series.size || b[1].hours - a[1].hours || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * What a starter config can guess from calendars: one person per calendar owner, systems from the
 * e-mail domains people meet with most (not their own) and from title phrases that name a system.
 * Private titles are never read.
 */
export function starterCandidates(
  calendars: readonly CalendarSummary[],
  occurrences: readonly Occurrence[],
  limits = { systems: 15, phrases: 12 },
): StarterCandidates {
  const people = new Map<string, CandidatePerson>();
  for (const c of calendars.filter((c) => c.readable)) {
    const emails = c.ownerEmails.map((e) => e.toLowerCase());
    // Ingest already decided who is who (src/ingest/person.ts): one person per id, named as in a report.
    const key = c.person;
    const person = people.get(key) ?? { name: c.person, emails: [], calendars: [] };
    person.calendars.push(c.name);
    for (const e of emails) if (!person.emails.includes(e)) person.emails.push(e);
    people.set(key, person);
  }
  const own = new Set(
    [...people.values()].flatMap((p) => p.emails.map(domainOf)).filter((d): d is string => d !== null),
  );
  const domains = new Map<string, Tally>();
  const phrases = new Map<string, Tally>();
  for (const o of occurrences) {
    if (!o.counts) continue;
    const found = [o.organizer ?? '', ...o.attendees.map((a) => a.email)].map(domainOf);
    const theirs = [...new Set(found)].filter(
      (d): d is string => d !== null && !own.has(d) && !SHARED_DOMAINS.has(d),
    );
    for (const d of theirs) tally(domains, d, o, []);
    if (o.private) continue;
    const seen = new Set<string>();
    for (const p of titlePhrases(o.title)) {
      const key = literalKey(p)!;
      if (!seen.has(key)) tally(phrases, key, o, theirs);
      seen.add(key);
    }
  }
  const spelling = new Map<string, string>();
  for (const o of occurrences)
    if (!o.private)
      for (const p of titlePhrases(o.title))
        if (!spelling.has(literalKey(p)!)) spelling.set(literalKey(p)!, p);
  const used = new Set<string>();
  // "Coast ICS" is already covered once "Harbour Coast ICS" is a keyword, and "Moorside ICS" once "Moorside" is.
  const overlapsUsed = (key: string): boolean => [...used].some((u) => u.includes(key) || key.includes(u));
  const systems: CandidateSystem[] = [];
  for (const [domain, t] of [...domains].sort(byEvidence)) {
    if (systems.length >= limits.systems || t.series.size < 2) break;
    // A phrase names this domain's system when most of its meetings include that domain.
    const keywords: string[] = [];
    const specific = [...phrases]
      .filter(
        ([k, p]) =>
          !used.has(k) && p.series.size >= 2 && (p.byDomain.get(domain)?.size ?? 0) / p.series.size >= 0.6,
      )
      // Phrases that name a system first ("Moorside ICS"), then the most frequent, longer among equals.
      .sort(
        (a, b) =>
          Number(looksLikeSystem(b[0])) - Number(looksLikeSystem(a[0])) ||
          b[1].series.size - a[1].series.size ||
          b[0].length - a[0].length ||
          byEvidence(a, b),
      );
    // Up to two phrases that name a system; failing those, the one phrase most tied to the domain.
    for (const [k] of specific) {
      const fits =
        looksLikeSystem(k) || (keywords.length === 0 && !specific.some(([x]) => looksLikeSystem(x)));
      if (fits && keywords.length < 2 && !keywords.some((x) => x.includes(k) || k.includes(x)))
        keywords.push(k);
    }
    keywords.forEach((k) => used.add(k));
    const named =
      keywords[0] !== undefined && looksLikeSystem(keywords[0]) ? spelling.get(keywords[0]) : undefined;
    systems.push({
      name: named ?? domain,
      keywords: keywords.map((k) => spelling.get(k) ?? k),
      domains: [domain],
      meetings: t.series.size,
      hours: t.hours,
    });
  }
  for (const [key, t] of [...phrases].sort(byEvidence)) {
    if (systems.length >= limits.systems) break;
    const phrase = spelling.get(key) ?? key;
    if (overlapsUsed(key) || t.series.size < 2 || !looksLikeSystem(phrase)) continue;
    used.add(key);
    systems.push({ name: phrase, keywords: [phrase], domains: [], meetings: t.series.size, hours: t.hours });
  }
  const rest = [...phrases]
    // Single words ("care", "ICS") are too broad to suggest; phrases already placed are left out.
    .filter(([k, t]) => k.includes(' ') && !overlapsUsed(k) && t.series.size >= 2)
    .sort(byEvidence)
    .slice(0, limits.phrases)
    .map(([k, t]) => ({ phrase: spelling.get(k) ?? k, meetings: t.series.size, hours: t.hours }));
  return { people: [...people.values()], systems, phrases: rest };
}
