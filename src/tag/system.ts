import type { TagReason } from '../types.js';
import { UNASSIGNED } from '../types.js';
import { systemOfDomain, type TagRules } from './compile.js';
import { byCategories } from './categories.js';
import { shown, type TagInput } from './input.js';
import { firstMatch, haystack } from './match.js';
import { RuleMemo, textKey } from './memo.js';

export interface SystemTag {
  system: string;
  reason: TagReason | null;
}

/** E-mail domains: the system with most distinct organizer/attendee addresses wins; ties go to config order. */
function byDomains(rules: TagRules, input: TagInput): SystemTag | null {
  const counts = new Map<number, { n: number; organizer: boolean; domains: Map<string, number> }>();
  for (const address of input.addresses) {
    const hit = systemOfDomain(rules, address.domain);
    if (!hit) continue;
    const entry = counts.get(hit.index) ?? { n: 0, organizer: false, domains: new Map<string, number>() };
    entry.n += 1;
    entry.organizer ||= address.organizer;
    entry.domains.set(hit.domain, (entry.domains.get(hit.domain) ?? 0) + 1);
    counts.set(hit.index, entry);
  }
  let best: number | null = null;
  for (const [index, entry] of counts) {
    const current = best === null ? null : counts.get(best)!;
    if (!current || entry.n > current.n || (entry.n === current.n && index < best!)) best = index;
  }
  if (best === null) return null;
  const winner = counts.get(best)!;
  const system = rules.systems[best]!;
  const [domain] = [...winner.domains].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  const field = winner.n === 1 && winner.organizer ? 'organizer' : 'attendees';
  const text = winner.n === 1 ? domain : `${domain} (${winner.n} of ${input.addresses.length} addresses)`;
  return { system: system.id, reason: { rule: `systems.${system.id}.domains`, field, text } };
}

const memo = new RuleMemo<SystemTag>();

function byText(
  rules: TagRules,
  input: TagInput,
  field: 'location' | 'summary' | 'description',
): SystemTag | null {
  const text = field === 'location' ? input.location : field === 'summary' ? input.title : input.description;
  if (text === '') return null;
  return memo.get(rules, textKey(field, input.private, text), () => matchText(rules, input, field, text));
}

function matchText(
  rules: TagRules,
  input: TagInput,
  field: 'location' | 'summary' | 'description',
  text: string,
): SystemTag | null {
  const hay = haystack(text);
  for (const system of rules.systems) {
    const keywords = field === 'location' ? system.locations : system.keywords;
    const m = firstMatch(keywords, hay);
    if (m) {
      const rule = `systems.${system.id}.${field === 'location' ? 'locations' : 'keywords'}`;
      return { system: system.id, reason: { rule, field, text: shown(input, m.matched) } };
    }
  }
  return null;
}

/** Precedence: correction → categories → e-mail domains → location → summary → description. */
export function tagSystem(rules: TagRules, input: TagInput): SystemTag {
  const correction = rules.corrections.get(input.uid);
  if (correction?.system) {
    return { system: correction.system, reason: { rule: 'correction', field: 'uid', text: input.uid } };
  }
  const category = byCategories(rules.systems, 'systems', input);
  if (category) return { system: category.id, reason: category.reason };
  const addresses = input.addresses.map((a) => (a.organizer ? `*${a.domain}` : a.domain)).join(' ');
  return (
    memo.get(rules, `domains\u0000${addresses}`, () => byDomains(rules, input)) ??
    byText(rules, input, 'location') ??
    byText(rules, input, 'summary') ??
    byText(rules, input, 'description') ?? { system: UNASSIGNED, reason: null }
  );
}
