import type { Analysis } from '../../src/types.js';
import type { PersonWeek } from '../../src/types.js';
import { at } from './helpers.js';

/** A counted system piece as the oracles see it; `system` is the unit a lead is chosen for. */
interface Counted {
  uid: string;
  occurrenceStart: number;
  start: number;
  hours: number;
  person: string;
  system: string;
}

interface Meeting {
  hours: number;
  week: string;
  attendees: Set<string>;
}

/**
 * What both oracles read from the raw occurrences: each unit's meetings (one per piece, with who
 * attends it), and a person-week's load when `choice[si]` leads `systems[si]`: the hours that stay
 * whatever the plan (everything but the planned units' meetings) plus the chosen units' meetings.
 */
function plannedWorld(
  a: Analysis,
  pws: PersonWeek[],
  counted: readonly Counted[],
  systems: readonly string[],
) {
  const weeks = a.window.weeks;
  const weekOf = (ms: number): string => weeks.find((w) => ms >= at(w, 0, 0) && ms < at(w, 7, 0))!;
  const meetings = new Map<string, Map<string, Meeting>>();
  for (const o of counted) {
    if (!systems.includes(o.system)) continue;
    const m = meetings.get(o.system) ?? new Map<string, Meeting>();
    const id = `${o.uid}|${o.occurrenceStart}|${o.start}`;
    const entry = m.get(id) ?? { hours: o.hours, week: weekOf(o.start), attendees: new Set<string>() };
    entry.attendees.add(o.person);
    m.set(id, entry);
    meetings.set(o.system, m);
  }
  const pw = (p: string, w: string) => pws.find((x) => x.person === p && x.week === w)!;
  const stays = (p: string, w: string): number =>
    pw(p, w).scheduled -
    counted
      .filter((o) => o.person === p && systems.includes(o.system) && weekOf(o.start) === w)
      .reduce((s, o) => s + o.hours, 0);
  const load = (p: string, w: string, choice: readonly string[]): number => {
    let hours = stays(p, w);
    systems.forEach((s, si) => {
      if (choice[si] !== p) return;
      for (const m of meetings.get(s)!.values()) if (m.week === w) hours += m.hours;
    });
    return hours;
  };
  return { weeks, meetings, pw, load };
}

/** Calls `visit` with every assignment that gives unit i one of eligible[i] (the array is reused). */
function forEachAssignment(eligible: readonly string[][], visit: (choice: readonly string[]) => void): void {
  const choice: string[] = [];
  const step = (i: number): void => {
    if (i === eligible.length) return visit(choice);
    for (const p of eligible[i]!) {
      choice[i] = p;
      step(i + 1);
    }
  };
  step(0);
}

/**
 * An independent lead-plan optimum by enumerating every assignment, computed from the raw occurrences
 * (not from the suggest module's instance). Lexicographic: highest hours/capacity, then the hours
 * handed to a lead who does not attend them today.
 */
export function bruteForcePlan(
  a: Analysis,
  pws: PersonWeek[],
): { max: number; changes: number; count: number } {
  const counted = a.occurrences.filter((o) => o.counts && o.system !== 'unassigned');
  const systems = a.config.systems
    .map((s) => s.id)
    .filter((s) => counted.some((o) => o.system === s) && a.config.people.some((p) => p.covers.includes(s)));
  const { weeks, meetings, pw, load } = plannedWorld(a, pws, counted, systems);
  const people = [...new Set([...a.config.people.map((p) => p.id), ...pws.map((p) => p.person)])];
  const eligible = systems.map((s) => a.config.people.filter((p) => p.covers.includes(s)).map((p) => p.id));

  let best = { max: Infinity, changes: Infinity, count: 0 };
  forEachAssignment(eligible, (choice) => {
    best.count++;
    let max = 0;
    for (const p of people) {
      for (const w of weeks) {
        const cap = pw(p, w).capacity;
        if (cap > 0) max = Math.max(max, load(p, w, choice) / cap);
      }
    }
    let changes = 0;
    systems.forEach((s, si) => {
      for (const m of meetings.get(s)!.values()) if (!m.attendees.has(choice[si]!)) changes += m.hours;
    });
    const better =
      max < best.max - 1e-9 || (Math.abs(max - best.max) <= 1e-9 && changes < best.changes - 1e-9);
    if (better) best = { max, changes, count: best.count };
  });
  return best;
}

export interface BruteStep {
  overload: number;
  peak: number;
  moved: number;
}

/**
 * An independent frontier by enumerating every assignment from the raw occurrences: for k = 0, 1, …
 * the lexicographic best (hours above warn over person-weeks with capacity, highest hours/capacity,
 * hours of systems away from today's lead) among plans with at most k systems away from today's lead
 * (the designated lead when they cover the system, else whoever attends most of it, ties to the first
 * id). Steps stop at the first k that reaches the best plan with no limit.
 */
export function bruteForceFrontier(a: Analysis, pws: PersonWeek[]): BruteStep[] {
  // With granularity system-and-kind, a "system" below is a system's meetings of one workstream kind.
  const byKind = a.config.plan?.granularity === 'system-and-kind';
  const kindOf = (ws: string | null): string => a.config.workstreams.find((w) => w.id === ws)?.kind ?? 'none';
  const counted = a.occurrences
    .filter((o) => o.counts && o.system !== 'unassigned')
    .map((o) => ({
      ...o,
      home: o.system,
      system: byKind ? `${o.system}/${kindOf(o.workstream)}` : o.system,
    }));
  const people = [...new Set([...a.config.people.map((p) => p.id), ...pws.map((p) => p.person)])].sort();
  const homeOf = (unit: string): string => unit.split('/')[0]!;
  const systems = [...new Set(counted.map((o) => o.system))]
    .sort()
    .filter((s) => a.config.people.some((p) => p.covers.includes(homeOf(s))));
  const { weeks, meetings, pw, load } = plannedWorld(a, pws, counted, systems);
  const total = (s: string): number => [...meetings.get(s)!.values()].reduce((t, m) => t + m.hours, 0);
  const eligible = systems.map((s) =>
    people.filter((p) => a.config.people.find((x) => x.id === p)?.covers.includes(homeOf(s))),
  );
  const today = systems.map((s, si) => {
    const lead = a.config.systems.find((x) => x.id === homeOf(s))!.lead;
    if (lead && eligible[si]!.includes(lead)) return lead;
    const attended = (p: string): number =>
      [...meetings.get(s)!.values()].filter((m) => m.attendees.has(p)).reduce((t, m) => t + m.hours, 0);
    let best = eligible[si]![0]!;
    for (const p of eligible[si]!) if (attended(p) > attended(best)) best = p;
    return best;
  });

  const all: (BruteStep & { changes: number })[] = [];
  forEachAssignment(eligible, (choice) => {
    let overload = 0;
    let peak = 0;
    for (const p of people) {
      for (const w of weeks) {
        const cap = pw(p, w).capacity;
        if (cap <= 0) continue;
        const hours = load(p, w, choice);
        peak = Math.max(peak, hours / cap);
        overload += Math.max(0, hours - pw(p, w).warnAt);
      }
    }
    const away = systems.filter((_, si) => choice[si] !== today[si]);
    all.push({ overload, peak, moved: away.reduce((t, s) => t + total(s), 0), changes: away.length });
  });
  const better = (x: BruteStep, y: BruteStep): boolean =>
    x.overload < y.overload - 1e-7 ||
    (Math.abs(x.overload - y.overload) <= 1e-7 &&
      (x.peak < y.peak - 1e-9 || (Math.abs(x.peak - y.peak) <= 1e-9 && x.moved < y.moved - 1e-7)));
  const bestWithin = (k: number): BruteStep =>
    all.filter((x) => x.changes <= k).reduce((b, x) => (better(x, b) ? x : b));
  const unlimited = bestWithin(systems.length);
  const steps = [bestWithin(0)];
  for (let k = 1; k <= systems.length && better(unlimited, steps[k - 1]!); k++) steps.push(bestWithin(k));
  return steps;
}
