import type { Config } from '../config/types.js';
import type { Occurrence, TagReason, TaggedOccurrence } from '../types.js';
import { compileRules, type TagRules } from './compile.js';
import { tagInputOf, type TagInput } from './input.js';
import { tagSystem } from './system.js';
import { tagWorkstream } from './workstream.js';

export { compileRules, type TagRules } from './compile.js';

interface Tag {
  system: string;
  workstream: string | null;
  systemReason: TagReason | null;
  workstreamReason: TagReason | null;
}

function tagOf(rules: TagRules, input: TagInput): Tag {
  const s = tagSystem(rules, input);
  const w = tagWorkstream(rules, input);
  return { system: s.system, systemReason: s.reason, workstream: w.workstream, workstreamReason: w.reason };
}

/**
 * Gives every occurrence one system (or "unassigned") and at most one workstream, with reasons.
 * The tag depends only on the occurrence's own fields, so a series' occurrences share one tag unless an
 * override changed them; rules are compiled once and tags cached per distinct combination of fields,
 * which keeps national-scale runs (hundreds of thousands of occurrences) to a few thousand matches.
 */
export function tagOccurrences(occurrences: Occurrence[], config: Config): TaggedOccurrence[] {
  const rules = compileRules(config);
  const cache = new Map<string, Tag>();
  return occurrences.map((o) => {
    const { input, key } = tagInputOf(o);
    let tag = cache.get(key);
    if (!tag) {
      tag = tagOf(rules, input);
      cache.set(key, tag);
    }
    return withTag(o, tag);
  });
}

/**
 * One literal with every field named: V8 keeps it a small fast object. Object.assign({}, o, tag)
 * made each of these 27-field objects a dictionary (measured on 220k: 2.4 s and 342 MB, against
 * 0.26 s and 52 MB), and spread is no better. The mapped type makes a new Occurrence field, even an
 * optional one, a compile error here rather than a field silently dropped.
 */
function withTag(o: Occurrence, tag: Tag): { [K in keyof Required<TaggedOccurrence>]: TaggedOccurrence[K] } {
  return {
    person: o.person,
    calendar: o.calendar,
    uid: o.uid,
    recurrenceId: o.recurrenceId,
    start: o.start,
    end: o.end,
    occurrenceStart: o.occurrenceStart,
    occurrenceEnd: o.occurrenceEnd,
    hours: o.hours,
    status: o.status,
    counts: o.counts,
    statusReason: o.statusReason,
    response: o.response,
    recurring: o.recurring,
    absence: o.absence,
    private: o.private,
    title: o.title,
    description: o.description,
    location: o.location,
    categories: o.categories,
    organizer: o.organizer,
    attendees: o.attendees,
    zoneFallback: o.zoneFallback,
    system: tag.system,
    systemReason: tag.systemReason,
    workstream: tag.workstream,
    workstreamReason: tag.workstreamReason,
  };
}
