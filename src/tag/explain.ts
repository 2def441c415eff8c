import { displayTitle } from '../display-title.js';
import { UNASSIGNED, type TagReason, type TaggedOccurrence } from '../types.js';
import { toIsoInZone } from '../ingest/zones/iso.js';
import { byPersonStartUid } from '../ingest/order.js';

/** Fields whose matched text comes from the meeting itself, hidden by --redact. */
const TEXT_FIELDS = new Set(['summary', 'description', 'location', 'categories']);

export interface ExplainedOccurrence {
  person: string;
  calendar: string;
  uid: string;
  recurrenceId: string | null;
  /** ISO 8601 with offset, in the report zone. */
  start: string;
  end: string;
  hours: number;
  status: TaggedOccurrence['status'];
  counts: boolean;
  /** Why it is excluded (or tentative); empty for plain counted. */
  statusReason: string;
  title: string;
  system: string;
  systemReason: TagReason | null;
  workstream: string | null;
  workstreamReason: TagReason | null;
}

/** A reason as it may be shown: with --redact, text matched in a title, description, location or category is hidden. */
export function visibleReason(reason: TagReason | null, redact: boolean): TagReason | null {
  if (!reason || !redact || !TEXT_FIELDS.has(reason.field)) return reason;
  return { ...reason, text: '(redacted)' };
}

/** The occurrences as explain shows them: sorted by person, start, uid; titles through displayTitle. */
export function explainOccurrences(
  occurrences: readonly TaggedOccurrence[],
  options: { zone: string; redact: boolean; uid?: string; person?: string },
): ExplainedOccurrence[] {
  return occurrences
    .filter(
      (o) =>
        (options.uid === undefined || o.uid === options.uid) &&
        (options.person === undefined || o.person === options.person),
    )
    .sort(byPersonStartUid)
    .map((o) => ({
      person: o.person,
      calendar: o.calendar,
      uid: o.uid,
      recurrenceId: o.recurrenceId,
      start: toIsoInZone(o.start, options.zone),
      end: toIsoInZone(o.end, options.zone),
      hours: o.hours,
      status: o.status,
      counts: o.counts,
      statusReason: o.statusReason,
      title: displayTitle(o, options.redact),
      system: o.system,
      systemReason: visibleReason(o.systemReason, options.redact),
      workstream: o.workstream,
      workstreamReason: visibleReason(o.workstreamReason, options.redact),
    }));
}

export interface UntaggedTitle {
  title: string;
  /** Counted occurrences (pieces after day splits are merged back by occurrence). */
  count: number;
  hours: number;
}

export interface UntaggedSummary {
  titles: UntaggedTitle[];
  unassignedHours: number;
  countedHours: number;
}

/**
 * Counted occurrences no system rule tagged, grouped by the title shown to humans (so private ones
 * group as "(private)"), most hours first, then most occurrences, then by title.
 */
export function untaggedTitles(occurrences: readonly TaggedOccurrence[], redact: boolean): UntaggedSummary {
  const groups = new Map<string, { count: Set<string>; hours: number }>();
  let countedHours = 0;
  let unassignedHours = 0;
  for (const o of occurrences) {
    if (!o.counts) continue;
    countedHours += o.hours;
    if (o.system !== UNASSIGNED) continue;
    unassignedHours += o.hours;
    const title = displayTitle(o, redact);
    const group = groups.get(title) ?? { count: new Set<string>(), hours: 0 };
    // A meeting split at midnight is one occurrence: count it by person, uid and its original start.
    group.count.add(`${o.person}\u0000${o.uid}\u0000${o.occurrenceStart}`);
    group.hours += o.hours;
    groups.set(title, group);
  }
  const titles = [...groups].map(([title, g]) => ({ title, count: g.count.size, hours: g.hours }));
  titles.sort(
    (a, b) => b.hours - a.hours || b.count - a.count || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
  );
  return { titles, unassignedHours, countedHours };
}
