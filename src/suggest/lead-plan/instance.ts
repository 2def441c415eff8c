import type { Config } from '../../config/types.js';
import { figuresOf, isSystemPiece, type Piece, type Team } from '../team.js';

/** One system whose meetings the plan gives to a single lead. */
export interface PlanSystem {
  id: string;
  /** Hours of distinct meetings per week (index into weeks): each occurrence once, whoever attends. */
  hours: number[];
  total: number;
  meetings: number;
  /** Indices (into people) of those who may lead it, ascending. */
  eligible: number[];
  /** Per eligible person (same order): hours of this system's meetings they do not attend today. */
  cost: number[];
  /** Index of the designated lead when eligible, else null. */
  lead: number | null;
}

/**
 * The lead-plan problem in numbers. A person's load in a week under a plan is
 * base[p][w] + Σ hours[w] of the systems they lead; the plan minimises the highest load/capacity.
 */
export interface PlanInstance {
  people: string[];
  weeks: string[];
  systems: PlanSystem[];
  /** Hours a plan cannot move: meetings outside the planned systems (unassigned, or a system nobody covers). */
  base: number[][];
  today: number[][];
  cap: number[][];
  warnAt: number[][];
  /** Each person's hours today per planned system (index into systems), for attendance figures. */
  attended: Map<string, Piece[]>[];
  /** Systems with meetings but nobody who covers them: their hours stay in today's attendees' base. */
  uncovered: { id: string; total: number }[];
  /** Systems with no meeting in the window (a lead is named without load). */
  idle: string[];
}

export function buildInstance(team: Team, config: Config): PlanInstance {
  const people = team.ids;
  const weeks = team.weeks;
  const weekIndex = new Map(weeks.map((w, i) => [w, i]));
  const covered = new Map<string, number[]>();
  people.forEach((id, i) => {
    for (const s of team.people.get(id)?.covers ?? []) covered.set(s, [...(covered.get(s) ?? []), i]);
  });

  const distinct = new Map<string, Map<string, Piece>>(); // system → piece id → one copy
  const attendedBySystem = people.map(() => new Map<string, Piece[]>());
  people.forEach((id, i) => {
    for (const piece of team.pieces.get(id) ?? []) {
      if (!isSystemPiece(piece)) continue;
      const s = piece.occ.system;
      const copies = distinct.get(s) ?? new Map<string, Piece>();
      const pid = `${piece.key}\u0000${piece.occ.start}`;
      if (!copies.has(pid)) copies.set(pid, piece);
      distinct.set(s, copies);
      const mine = attendedBySystem[i]!;
      const list = mine.get(s);
      if (list) list.push(piece);
      else mine.set(s, [piece]);
    }
  });

  const systems: PlanSystem[] = [];
  const uncovered: { id: string; total: number }[] = [];
  const idle: string[] = [];
  for (const system of config.systems) {
    const copies = [...(distinct.get(system.id)?.values() ?? [])];
    const eligible = covered.get(system.id) ?? [];
    const hours = weeks.map(() => 0);
    for (const p of copies) hours[weekIndex.get(p.week)!]! += p.occ.hours;
    const total = hours.reduce((a, b) => a + b, 0);
    if (total <= 0) {
      idle.push(system.id);
      continue;
    }
    if (eligible.length === 0) {
      uncovered.push({ id: system.id, total });
      continue;
    }
    const cost = eligible.map((p) => {
      const mine = new Set(
        (attendedBySystem[p]!.get(system.id) ?? []).map((x) => `${x.key}\u0000${x.occ.start}`),
      );
      return copies
        .filter((c) => !mine.has(`${c.key}\u0000${c.occ.start}`))
        .reduce((s, c) => s + c.occ.hours, 0);
    });
    const leadIndex = system.lead ? people.indexOf(system.lead) : -1;
    systems.push({
      id: system.id,
      hours,
      total,
      meetings: new Set(copies.map((c) => c.key)).size,
      eligible,
      cost,
      lead: eligible.includes(leadIndex) ? leadIndex : null,
    });
  }

  const planned = new Set(systems.map((s) => s.id));
  const today = people.map((id) => weeks.map((w) => figuresOf(team, id, w).scheduled));
  const base = people.map((_, p) =>
    weeks.map((w, wi) => {
      let moved = 0;
      for (const [s, pieces] of attendedBySystem[p]!) {
        if (planned.has(s)) for (const x of pieces) if (x.week === w) moved += x.occ.hours;
      }
      return Math.max(0, today[p]![wi]! - moved);
    }),
  );
  return {
    people,
    weeks,
    systems,
    base,
    today,
    cap: people.map((id) => weeks.map((w) => figuresOf(team, id, w).capacity)),
    warnAt: people.map((id) => weeks.map((w) => figuresOf(team, id, w).warnAt)),
    attended: attendedBySystem,
    uncovered,
    idle,
  };
}

/** Each person's hours per week under an assignment (system index → person index). */
export function planLoads(instance: PlanInstance, assignment: number[]): number[][] {
  const loads = instance.base.map((row) => [...row]);
  instance.systems.forEach((s, si) => {
    const p = assignment[si]!;
    s.hours.forEach((h, w) => (loads[p]![w]! += h));
  });
  return loads;
}

/** The highest hours/capacity over person-weeks with capacity (a week of full absence has no ratio). */
export function maxRatio(instance: PlanInstance, loads: number[][]): number {
  let max = 0;
  loads.forEach((row, p) =>
    row.forEach((h, w) => {
      const cap = instance.cap[p]![w]!;
      if (cap > 0) max = Math.max(max, h / cap);
    }),
  );
  return max;
}

export function changeCost(instance: PlanInstance, assignment: number[]): number {
  return instance.systems.reduce((sum, s, si) => sum + s.cost[s.eligible.indexOf(assignment[si]!)]!, 0);
}

/**
 * Today's arrangement as a lead plan: each system to its designated lead, else to whoever attends
 * most of its hours today (ties to the first id). The solver's plan is never worse than this.
 */
export function incumbent(instance: PlanInstance): number[] {
  return instance.systems.map((s) => {
    if (s.lead !== null) return s.lead;
    let best = s.eligible[0]!;
    s.eligible.forEach((p, i) => {
      if (s.cost[i]! < s.cost[s.eligible.indexOf(best)]!) best = p;
    });
    return best;
  });
}
