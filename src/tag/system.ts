import type { TagReason } from '../types.js';
import { UNASSIGNED } from '../types.js';
import { systemOfDomain, type TagRules } from './compile.js';
import type { TagInput } from './input.js';
import { firstMatch } from './match.js';

export interface SystemTag {
  system: string;
  reason: TagReason | null;
}

/** Reasons never quote a private occurrence's own text. */
export function shown(input: TagInput, text: string): string {
  return input.private ? '(private)' : text;
}

/** Categories: a category listed under the system, else a system keyword found in a category. */
function byCategories(rules: TagRules, input: TagInput): SystemTag | null {
  if (input.categories.length === 0) return null;
  for (const system of rules.systems) {
    for (const category of input.categories) {
      if (system.categories.has(category.trim().toLowerCase())) {
        return {
          system: system.id,
          reason: {
            rule: `systems.${system.id}.categories`,
            field: 'categories',
            text: shown(input, category),
          },
        };
      }
    }
    for (const category of input.categories) {
      const m = firstMatch(system.keywords, category);
      if (m)
        return {
          system: system.id,
          reason: {
            rule: `systems.${system.id}.keywords`,
            field: 'categories',
            text: shown(input, m.matched),
          },
        };
    }
  }
  return null;
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

function byText(
  rules: TagRules,
  input: TagInput,
  field: 'location' | 'summary' | 'description',
): SystemTag | null {
  const text = field === 'location' ? input.location : field === 'summary' ? input.title : input.description;
  if (text === '') return null;
  for (const system of rules.systems) {
    const keywords = field === 'location' ? system.locations : system.keywords;
    const m = firstMatch(keywords, text);
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
  return (
    byCategories(rules, input) ??
    byDomains(rules, input) ??
    byText(rules, input, 'location') ??
    byText(rules, input, 'summary') ??
    byText(rules, input, 'description') ?? { system: UNASSIGNED, reason: null }
  );
}
