import type { Config } from '../../config/types.js';
import { sharedMeetings } from '../shared-meetings.js';
import { meetingRef, ratio, round, type Team } from '../team.js';
import type {
  FrontierStep,
  LeadAssignment,
  LeadChange,
  LeadPlan,
  LoadPoint,
  PlanBlocker,
  PlanPerson,
  RemovedDoubleAttendance,
} from '../types.js';
import { recommendedStep, solveFrontier, type SolvedStep, type SolverMode } from './frontier.js';
import {
  buildInstance,
  changeCost,
  incumbent,
  leadChanges,
  maxRatio,
  overload,
  overWarn,
  planLoads,
  type Granularity,
  type PlanInstance,
} from './instance.js';
import { solveLeadPlan } from './milp.js';
import { searchLeadPlan } from './search.js';

export interface PlanOptions {
  /** HiGHS time limit per stage, in seconds (default 60). */
  timeLimitSeconds?: number;
  /**
   * auto (default): the exact search when it finishes within its node budget, else HiGHS.
   * Tests force one or the other to check both against brute force.
   */
  solver?: SolverMode;
  /** frontier (default): fewest lead changes for most relief; balanced: the minimum-peak plan. */
  objective?: 'frontier' | 'balanced';
  /** Default: the config's plan.granularity, else system. */
  granularity?: Granularity;
  /** Today's lead per unit id (system, or system/kind), overriding the config (an applied plan file). */
  designated?: ReadonlyMap<string, string>;
  /** Default: the config's plan.recommendWithin, else 0.1. */
  within?: number;
}

interface Solved {
  assignment: number[];
  exact: boolean;
  status: string;
  solver: 'search' | 'highs';
}

async function solveBalanced(instance: PlanInstance, start: number[], options: PlanOptions): Promise<Solved> {
  if (instance.systems.length === 0)
    return { assignment: start, exact: true, status: 'Optimal', solver: 'search' };
  const mode = options.solver ?? 'auto';
  if (mode !== 'highs') {
    const found = searchLeadPlan(instance, start, mode === 'search' ? Number.POSITIVE_INFINITY : undefined);
    if (found) return { assignment: found, exact: true, status: 'Optimal', solver: 'search' };
  }
  const solved = await solveLeadPlan(instance, start, options.timeLimitSeconds ?? 60);
  return { ...solved, solver: 'highs' };
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
    leads: [...new Set(instance.systems.filter((_, si) => assignment[si] === p).map((s) => s.system))],
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
    const attendance = instance.attended.map((bySystem, p) => [p, bySystem.get(s.id) ?? []] as const);
    for (const e of sharedMeetings(attendance)) {
      out.push({
        system: s.system,
        meeting: meetingRef(team, e.first),
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
      const sole = leads.filter((s) => s.eligible.length === 1).map((s) => s.system);
      out.push({
        code: 'over-warn',
        person,
        week,
        hours: round(hours),
        warnAt: round(warnAt),
        baseHours: round(instance.base[p]![w]!),
        leads: [...new Set(leads.map((s) => s.system))],
        soleEligibleFor: [...new Set(sole)],
      });
    }),
  );
  return out;
}

function changesOf(instance: PlanInstance, assignment: number[]): LeadChange[] {
  return instance.systems.flatMap((s, si) =>
    assignment[si] === s.designated
      ? []
      : [
          {
            system: s.system,
            kind: s.kind,
            from: instance.people[s.designated]!,
            to: instance.people[assignment[si]!]!,
            hours: round(s.total),
          },
        ],
  );
}

function frontierStep(instance: PlanInstance, step: SolvedStep): FrontierStep {
  const loads = planLoads(instance, step.assignment);
  return {
    maxChanges: step.maxChanges,
    changes: changesOf(instance, step.assignment),
    overload: round(step.key.overload),
    maxLoad: round(step.key.peak),
    hoursMoved: round(step.key.moved),
    overWarn: overWarn(instance, loads).map((p) => instance.people[p]!),
    improves: step.improves,
    solver: step.solver,
    exact: step.exact,
  };
}

function assignmentRows(
  team: Team,
  config: Config,
  instance: PlanInstance,
  assignment: number[],
): LeadAssignment[] {
  const nWeeks = Math.max(1, instance.weeks.length);
  const attendees = (unit: string): { person: string; hours: number }[] =>
    instance.people
      .map((person, p) => ({
        person,
        hours: round((instance.attended[p]!.get(unit) ?? []).reduce((t, x) => t + x.hours, 0)),
      }))
      .filter((a) => a.hours > 0);
  return config.systems.flatMap((system): LeadAssignment[] => {
    const units = instance.systems.flatMap((s, si) => (s.system === system.id ? [{ s, si }] : []));
    if (units.length > 0) {
      return units.map(({ s, si }) => ({
        system: system.id,
        kind: s.kind,
        lead: instance.people[assignment[si]!]!,
        designatedLead: system.lead,
        todayLead: instance.people[s.designated]!,
        changed: assignment[si] !== s.designated,
        meetings: s.meetings,
        hours: round(s.total),
        hoursPerWeek: round(s.total / nWeeks),
        changesHands: round(s.cost[s.eligible.indexOf(assignment[si]!)]!),
        attendeesToday: attendees(s.id),
        note: null,
      }));
    }
    const uncovered = instance.uncovered.find((u) => u.id === system.id);
    const idleLead =
      system.lead && team.people.get(system.lead)?.covers.includes(system.id) ? system.lead : null;
    const idleEligible =
      instance.people.find((id) => team.people.get(id)?.covers.includes(system.id)) ?? null;
    const lead = uncovered ? null : (idleLead ?? idleEligible);
    const total = uncovered?.total ?? 0;
    const today = team.ids
      .map((person) => ({
        person,
        hours: round(
          (team.pieces.get(person) ?? [])
            .filter((x) => x.system === system.id)
            .reduce((t, x) => t + x.hours, 0),
        ),
      }))
      .filter((a) => a.hours > 0);
    return [
      {
        system: system.id,
        kind: null,
        lead,
        designatedLead: system.lead,
        todayLead: lead,
        changed: false,
        meetings: 0,
        hours: round(total),
        hoursPerWeek: round(total / nWeeks),
        changesHands: 0,
        attendeesToday: today,
        note: uncovered ? 'no-eligible-lead' : 'no-meetings',
      },
    ];
  });
}

/**
 * One lead per system for the whole team, found exactly. By default a frontier: for 0, 1, 2 … lead
 * changes from today's arrangement (each system's designated lead, else its main attendee), the best
 * plan by hours above warn, then peak, then hours moved between leads, and the recommended step (the
 * fewest changes within a share of the best relief). With objective balanced, the plan minimising the
 * highest load relative to capacity, then the hours that change hands, then systems away from their
 * designated lead. Small instances are solved by an exact branch and bound; larger ones by HiGHS.
 * Systems nobody covers keep today's attendees and are reported as blockers.
 */
export async function planLeads(team: Team, config: Config, options: PlanOptions = {}): Promise<LeadPlan> {
  const granularity = options.granularity ?? config.plan?.granularity ?? 'system';
  const instance = buildInstance(team, config, {
    granularity,
    ...(options.designated ? { designated: options.designated } : {}),
  });
  const start = incumbent(instance);
  const objective = options.objective ?? 'frontier';
  const timeLimit = options.timeLimitSeconds ?? 60;
  let solved: Solved;
  let frontier: FrontierStep[] = [];
  let recommendation: LeadPlan['recommendation'] = null;
  const designatedLoads = planLoads(instance, start);
  if (objective === 'balanced') {
    solved = await solveBalanced(instance, start, options);
  } else {
    const steps = await solveFrontier(instance, options.solver ?? 'auto', timeLimit);
    const within = options.within ?? config.plan?.recommendWithin ?? 0.1;
    const chosen = recommendedStep(steps, within);
    const inexact = steps.find((x) => !x.exact);
    solved = {
      assignment: chosen.assignment,
      exact: !inexact,
      status: inexact?.status ?? 'Optimal',
      solver: steps.some((x) => x.solver === 'highs') ? 'highs' : 'search',
    };
    frontier = steps.map((x) => frontierStep(instance, x));
    const rec = frontier[steps.indexOf(chosen)]!;
    const before = new Set(overWarn(instance, designatedLoads).map((p) => instance.people[p]!));
    recommendation = {
      maxChanges: rec.maxChanges,
      within,
      changes: rec.changes,
      overload: rec.overload,
      maxLoad: rec.maxLoad,
      hoursMoved: rec.hoursMoved,
      overloadReduction: round(steps[0]!.key.overload - chosen.key.overload),
      bestReduction: round(steps[0]!.key.overload - steps[steps.length - 1]!.key.overload),
      overWarn: rec.overWarn,
      newlyOverWarn: rec.overWarn.filter((p) => !before.has(p)),
    };
  }
  const assignment = solved.assignment;
  const loads = planLoads(instance, assignment);
  const blocked = blockers(instance, assignment, loads);
  return {
    objective,
    granularity,
    solver: solved.solver,
    exact: solved.exact,
    status: solved.status,
    maxLoadToday: round(maxRatio(instance, instance.today)),
    maxLoadPlan: round(maxRatio(instance, loads)),
    maxLoadDesignated: round(maxRatio(instance, designatedLoads)),
    overloadToday: round(overload(instance, instance.today)),
    overloadDesignated: round(overload(instance, designatedLoads)),
    overloadPlan: round(overload(instance, loads)),
    underWarn: !blocked.some((b) => b.code === 'over-warn'),
    hoursChangingHands: round(changeCost(instance, assignment)),
    hoursMovedBetweenLeads: round(leadChanges(instance, assignment).hours),
    frontier,
    recommendation,
    unnecessaryMoves: [],
    assignments: assignmentRows(team, config, instance, assignment),
    people: people(instance, assignment, loads),
    removedDoubleAttendance: removedDoubles(team, instance, assignment),
    blockers: blocked.some((b) => b.code === 'over-warn') ? blocked : [],
  };
}
