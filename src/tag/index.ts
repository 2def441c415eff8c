import type { Config } from '../config/types.js';
import { UNASSIGNED, type Occurrence, type TaggedOccurrence } from '../types.js';

/**
 * Gives every occurrence one system (or "unassigned") and at most one workstream, with reasons.
 * SCAFFOLD: no rules applied yet; the tagging module replaces this.
 */
export function tagOccurrences(occurrences: Occurrence[], _config: Config): TaggedOccurrence[] {
  return occurrences.map((o) => ({
    ...o,
    system: UNASSIGNED,
    workstream: null,
    systemReason: null,
    workstreamReason: null,
  }));
}
