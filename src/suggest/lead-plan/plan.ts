import type { Config } from '../../config/types.js';
import { meetingRef, ratio, round, type Piece, type Team } from '../team.js';
import type {
  LeadAssignment,
  LeadPlan,
  LoadPoint,
  PlanBlocker,
  PlanPerson,
  RemovedDoubleAttendance,
} from '../types.js';
import { buildInstance, changeCost, incumbent, maxRatio, planLoads, type PlanInstance } from './instance.js';
import { solveLeadPlan } from './milp.js';
import { searchLeadPlan } from './search.js';

export interface PlanOptions {
  /** HiGHS time limit per stage, in seconds (default 60). */
  timeLimitSeconds?: number;
  /**
   * auto (default): the exact search when it finishes within its node budget, else HiGHS.
   * Tests force one or the other to check both against brute force.
   */
  solver?: 'auto' | 'search' | 'highs';
}

async function solve(instance: PlanInstance, start: number[], options: PlanOptions) {
  if (instance.systems.length === 0)
    return { assignment: start, exact: true, status: 'Optimal', solver: 'search' as const };
  const mode = options.solver ?? 'auto';
  if (mode !== 'highs') {
    const found = searchLeadPlan(instance, start, mode === 'search' ? Number.POSITIVE_INFINITY : undefined);
    if (found) return { assignment: found, exact: true, status: 'Optimal', solver: 'search' as const };
  }
  const solved = await solveLeadPlan(instance, start, options.timeLimitSeconds ?? 60);
  return { ...solved, solver: 'highs' as const };
}

function peakOf(instance: PlanInstance, p: number, loads: number[][]): LoadPoint | null {
  let best: LoadPoint | null = null;
  instance.weeks.forEach((week, w) => {
    const hours = loads[p]![w]!;
    const r = ratio(hours, instance.cap[p]![w]!);
    const better = !best || (r ?? -1) > (best.ratio ?? -1) || (r === best.ratio && hours > best.hours);
    if (better) best = { week, hours: round(hours), ratio: r === null ? null : round(r) };
  });
  return best;
}

function people(instance: PlanInstance, assignment: number[], loads: number[][]): PlanPerson[] {
  const n = Math.max(1, instance.weeks.length);
  return instance.people.map((person, p) => ({
    person,
    leads: instance.systems.filter((_, si) => assignment[si] === p).map((s) => s.id),
    todayHours: round(instance.today[p]!.reduce((a, b) => a + b, 0) / n),
    planHours: round(loads[p]!.reduce((a, b) => a + b, 0) / n),
    todayPeak: peakOf(instance, p, instance.today),
    planPeak: peakOf(instance, p, loads),
    weeks: instance.weeks.map((week, w) => ({
      week,
      today: round(instance.today[p]![w]!),
      plan: round(loads[p]![w]!),
      capacity: round(instance.cap[p]![w]!),
      warnAt: round(instance.warnAt[p]![w]!),
    })),
  }));
}

/** Meetings in planned systems with two or more attendees today: under the plan only the lead goes. */
function removedDoubles(team: Team, instance: PlanInstance, assignment: number[]): RemovedDoubleAttendance[] {
  const out: RemovedDoubleAttendance[] = [];
  instance.systems.forEach((s, si) => {
    const byKey = new Map<string, Map<number, Piece[]>>();
    instance.attended.forEach((bySystem, p) => {
      for (const piece of bySystem.get(s.id) ?? []) {
        const who = byKey.get(piece.key) ?? new Map<number, Piece[]>();
        who.set(p, [...(who.get(p) ?? []), piece]);
        byKey.set(piece.key, who);
      }
    });
    const byUid = new Map<string, { first: Piece; attendees: Set<number>; saved: number }>();
    for (const who of byKey.values()) {
      if (who.size < 2) continue;
      const copies = [...who.values()];
      const spent = copies.reduce((sum, c) => sum + c.reduce((t, x) => t + x.occ.hours, 0), 0);
      const once = Math.max(...copies.map((c) => c.reduce((t, x) => t + x.occ.hours, 0)));
      const first = copies.flat().sort((a, b) => a.occ.start - b.occ.start)[0]!;
      const entry = byUid.get(first.occ.uid) ?? { first, attendees: new Set<number>(), saved: 0 };
      for (const p of who.keys()) entry.attendees.add(p);
      entry.saved += spent - once;
      byUid.set(first.occ.uid, entry);
    }
    for (const e of byUid.values()) {
      out.push({
        system: s.id,
        meeting: meetingRef(team, e.first.occ),
        attendees: [...e.attendees].map((p) => instance.people[p]!).sort(),
        lead: instance.people[assignment[si]!]!,
        hoursSaved: round(e.saved),
      });
    }
  });
  return out.sort((a, b) => b.hoursSaved - a.hoursSaved || (a.meeting.uid < b.meeting.uid ? -1 : 1));
}

function blockers(instance: PlanInstance, assignment: number[], loads: number[][]): PlanBlocker[] {
  const out: PlanBlocker[] = instance.uncovered.map((u) => ({
    code: 'no-eligible-lead' as const,
    system: u.id,
    hours: round(u.total),
  }));
  instance.people.forEach((person, p) =>
    instance.weeks.forEach((week, w) => {
      const hours = loads[p]![w]!;
      const warnAt = instance.warnAt[p]![w]!;
      // A week of full absence has no capacity: a standing lead's deputy covers it, as today.
      if (instance.cap[p]![w]! <= 0 || hours < warnAt - 1e-9) return;
      const leads = instance.systems.filter((_, si) => assignment[si] === p);
      out.push({
        code: 'over-warn',
        person,
        week,
        hours: round(hours),
        warnAt: round(warnAt),
        baseHours: round(instance.base[p]![w]!),
        leads: leads.map((s) => s.id),
        soleEligibleFor: leads.filter((s) => s.eligible.length === 1).map((s) => s.id),
      });
    }),
  );
  return out;
}

/**
 * One lead per system for the whole team, found exactly: the highest load relative to capacity is
 * minimised first, then the hours that change hands, then systems away from their designated lead.
 * Small instances are solved by an exact branch and bound; larger ones by HiGHS (MILP). Systems
 * nobody covers keep today's attendees and are reported as blockers.
 */
export async function planLeads(team: Team, config: Config, options: PlanOptions = {}): Promise<LeadPlan> {
  const instance = buildInstance(team, config);
  const start = incumbent(instance);
  const solved = await solve(instance, start, options);
  const assignment = solved.assignment;
  const loads = planLoads(instance, assignment);
  const leadOf = new Map(instance.systems.map((s, si) => [s.id, instance.people[assignment[si]!]!]));
  const nWeeks = Math.max(1, instance.weeks.length);
  const assignments: LeadAssignment[] = config.systems.map((system) => {
    const s = instance.systems.find((x) => x.id === system.id);
    const attendeesToday = instance.people
      .map((person, p) => ({
        person,
        hours: round((instance.attended[p]!.get(system.id) ?? []).reduce((t, x) => t + x.occ.hours, 0)),
      }))
      .filter((a) => a.hours > 0);
    const uncovered = instance.uncovered.find((u) => u.id === system.id);
    const total = s?.total ?? uncovered?.total ?? 0;
    const idleLead =
      system.lead && team.people.get(system.lead)?.covers.includes(system.id) ? system.lead : null;
    const idleEligible =
      instance.people.find((id) => team.people.get(id)?.covers.includes(system.id)) ?? null;
    return {
      system: system.id,
      lead: s ? leadOf.get(system.id)! : uncovered ? null : (idleLead ?? idleEligible),
      designatedLead: system.lead,
      meetings: s?.meetings ?? 0,
      hours: round(total),
      hoursPerWeek: round(total / nWeeks),
      changesHands: s ? round(s.cost[s.eligible.indexOf(assignment[instance.systems.indexOf(s)]!)]!) : 0,
      attendeesToday,
      note: uncovered ? 'no-eligible-lead' : s ? null : 'no-meetings',
    };
  });
  const blocked = blockers(instance, assignment, loads);
  return {
    solver: solved.solver,
    exact: solved.exact,
    status: solved.status,
    maxLoadToday: round(maxRatio(instance, instance.today)),
    maxLoadPlan: round(maxRatio(instance, loads)),
    maxLoadDesignated: round(maxRatio(instance, planLoads(instance, start))),
    underWarn: !blocked.some((b) => b.code === 'over-warn'),
    hoursChangingHands: round(changeCost(instance, assignment)),
    assignments,
    people: people(instance, assignment, loads),
    removedDoubleAttendance: removedDoubles(team, instance, assignment),
    blockers: blocked.some((b) => b.code === 'over-warn') ? blocked : [],
  };
}
