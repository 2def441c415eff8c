import type { Analysis, PersonWeek, TaggedOccurrence } from '../types.js';
import { weekKey } from '../window.js';
import { round4 } from './calendar-time.js';
import { DayIndex } from './day-index.js';
import { measurePersonWeek } from './person-week.js';

export { personTotals, type PersonSystemTotal, type PersonWorkstreamTotal } from './totals.js';
export { BACK_TO_BACK_GAP_MS } from './person-week.js';
export { DayIndex, type IndexedDay } from './day-index.js';

/** How many previous weeks the baseline averages. */
export const BASELINE_WEEKS = 12;

/** Everyone the report is about: the config's people in config order, then any other calendar owner, sorted. */
export function reportPeople(analysis: Analysis): string[] {
  const configured = analysis.config.people.map((p) => p.id);
  const known = new Set(configured);
  const others = new Set<string>();
  for (const c of analysis.calendars) if (!known.has(c.person)) others.add(c.person);
  for (const o of analysis.occurrences) if (!known.has(o.person)) others.add(o.person);
  return [...configured, ...[...others].sort()];
}

/** The pieces of each person in each week: person → week → pieces. */
export function groupByPersonWeek(
  analysis: Analysis,
  days: DayIndex,
): Map<string, Map<string, TaggedOccurrence[]>> {
  const groups = new Map<string, Map<string, TaggedOccurrence[]>>();
  for (const occ of analysis.occurrences) {
    const week = days.weekOf(occ.start);
    let weeks = groups.get(occ.person);
    if (!weeks) groups.set(occ.person, (weeks = new Map()));
    let pieces = weeks.get(week);
    if (!pieces) weeks.set(week, (pieces = []));
    pieces.push(occ);
  }
  return groups;
}

/**
 * Scheduled hours of each person's weeks before the window (analysis.history), oldest first, for the
 * weeks that hold any data.
 */
function scheduledBefore(analysis: Analysis): Map<string, number[]> {
  const byPerson = new Map<string, Map<string, number>>();
  for (const o of analysis.history) {
    const week = weekKey(o.start, analysis.window.zone);
    let weeks = byPerson.get(o.person);
    if (!weeks) byPerson.set(o.person, (weeks = new Map()));
    weeks.set(week, (weeks.get(week) ?? 0) + (o.counts ? o.end - o.start : 0));
  }
  const out = new Map<string, number[]>();
  for (const [person, weeks] of byPerson) {
    const ordered = [...weeks.keys()].sort();
    out.set(
      person,
      ordered.map((w) => round4(weeks.get(w)! / 3_600_000)),
    );
  }
  return out;
}

/** What the measure stage hands on: the window's local days (detect and the report use them too) and the person-weeks. */
export interface Measurement {
  days: DayIndex;
  personWeeks: PersonWeek[];
}

/** The measure stage: the window's days, indexed once, and every person-week measured over them. */
export function measure(analysis: Analysis): Measurement {
  const { config, window } = analysis;
  const days = new DayIndex(window.zone, config.workingHours, window);
  return { days, personWeeks: measurePersonWeeks(analysis, days) };
}

/**
 * Measures every person × every week of the window. A person's baseline for a week is the mean
 * scheduled hours of their previous weeks that hold any data (any status), up to BASELINE_WEEKS;
 * a week with no calendar entries at all says nothing about the person's norm.
 */
export function measurePersonWeeks(
  analysis: Analysis,
  days = new DayIndex(analysis.window.zone, analysis.config.workingHours, analysis.window),
): PersonWeek[] {
  const { config, window } = analysis;
  const groups = groupByPersonWeek(analysis, days);
  const past = scheduledBefore(analysis);
  const result: PersonWeek[] = [];
  for (const person of reportPeople(analysis)) {
    const weeks = groups.get(person);
    const history: number[] = past.get(person) ?? [];
    for (const week of window.weeks) {
      const pieces = weeks?.get(week) ?? [];
      const recent = history.slice(-BASELINE_WEEKS);
      const baseline = recent.length > 0 ? round4(recent.reduce((a, b) => a + b, 0) / recent.length) : null;
      const measured = measurePersonWeek(config, days, person, week, pieces, baseline);
      if (pieces.length > 0) history.push(measured.scheduled);
      result.push(measured);
    }
  }
  return result;
}
