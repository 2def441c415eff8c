import type { Config, Correction, Keyword } from '../config/types.js';

/** One system or workstream with what its rules match on, ready for matching. */
export interface CompiledTarget {
  id: string;
  keywords: Keyword[];
  /** Lower-cased Outlook categories. */
  categories: Set<string>;
}

export interface CompiledSystem extends CompiledTarget {
  locations: Keyword[];
}

/** The config's tagging rules compiled once for a whole run. */
export interface TagRules {
  corrections: Map<string, Correction>;
  systems: CompiledSystem[];
  workstreams: CompiledTarget[];
  /** E-mail domain → index of the first system (in config order) that claims it. */
  domains: Map<string, number>;
}

export function compileRules(config: Config): TagRules {
  const domains = new Map<string, number>();
  config.systems.forEach((system, i) => {
    for (const domain of system.domains) if (!domains.has(domain)) domains.set(domain, i);
  });
  const corrections = new Map<string, Correction>();
  for (const c of config.corrections) if (!corrections.has(c.uid)) corrections.set(c.uid, c);
  return {
    corrections,
    systems: config.systems.map((s) => ({
      id: s.id,
      keywords: s.keywords,
      locations: s.locations,
      categories: new Set((s.categories ?? []).map((c) => c.toLowerCase())),
    })),
    workstreams: config.workstreams.map((w) => ({
      id: w.id,
      keywords: w.keywords,
      categories: new Set(w.categories.map((c) => c.toLowerCase())),
    })),
    domains,
  };
}

/** The system claiming an e-mail domain or one of its parent domains (mail.lsc.nhs.uk → lsc.nhs.uk). */
export function systemOfDomain(rules: TagRules, domain: string): { index: number; domain: string } | null {
  let candidate = domain;
  for (;;) {
    const index = rules.domains.get(candidate);
    if (index !== undefined) return { index, domain: candidate };
    const dot = candidate.indexOf('.');
    if (dot < 0) return null;
    candidate = candidate.slice(dot + 1);
  }
}
