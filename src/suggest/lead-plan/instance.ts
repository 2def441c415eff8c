import type { Config } from '../../config/types.js';
import { figuresOf, isSystemPiece, type Piece, type Team } from '../team.js';
import type { PlanKind } from '../types.js';

/** What the plan gives to one lead: a whole system, or one system's meetings of one workstream kind. */
export type Granularity = 'system' | 'system-and-kind';

const KINDS: readonly PlanKind[] = ['clinical', 'strategic', 'operational', 'none'];

/** One unit whose meetings the plan gives to a single lead: a system, or a system's meetings of one kind. */
export interface PlanSystem {
  /** The system id, or `system/kind` with granularity system-and-kind. */
  id: string;
  system: string;
  /** Null with granularity system. */
  kind: PlanKind | null;
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
  /**
   * The lead in today's arrangement, which lead changes are counted against: the designated lead (or
   * the lead an applied plan file names) when eligible, else whoever attends most of it today.
   */
  designated: number;
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

export interface InstanceOptions {
  granularity?: Granularity;
  /** Today's lead per unit id, overriding the config's (an applied plan file). */
  designated?: ReadonlyMap<string, string>;
}

export const unitId = (system: string, kind: PlanKind | null): string =>
  kind === null ? system : `${system}/${kind}`;

export function buildInstance(team: Team, config: Config, options: InstanceOptions = {}): PlanInstance {
  const granularity = options.granularity ?? 'system';
  const kindOf = new Map(config.workstreams.map((w) => [w.id, w.kind]));
  const unitOf = (piece: Piece): string =>
    granularity === 'system'
      ? piece.system
      : unitId(piece.system, (piece.workstream && kindOf.get(piece.workstream)) || 'none');
  const people = team.ids;
  const weeks = team.weeks;
  const weekIndex = new Map(weeks.map((w, i) => [w, i]));
  const covered = new Map<string, number[]>();
  people.forEach((id, i) => {
    for (const s of team.people.get(id)?.covers ?? []) covered.set(s, [...(covered.get(s) ?? []), i]);
  });

  // A piece of a meeting (its occurrence key and its start: a meeting over midnight is two) as one number.
  const pieceIds = new Map<number, Map<number, number>>();
  let nextId = 0;
  const pieceId = (piece: Piece): number => {
    let starts = pieceIds.get(piece.key);
    if (!starts) pieceIds.set(piece.key, (starts = new Map<number, number>()));
    let n = starts.get(piece.start);
    if (n === undefined) starts.set(piece.start, (n = nextId++));
    return n;
  };
  const distinct = new Map<string, Map<number, Piece>>(); // system → piece id → one copy
  const attendedBySystem = people.map(() => new Map<string, Piece[]>());
  /** Per person, per unit: the piece ids they attend. */
  const attendedIds = people.map(() => new Map<string, Set<number>>());
  people.forEach((id, i) => {
    for (const piece of team.pieces.get(id) ?? []) {
      if (!isSystemPiece(piece)) continue;
      const s = unitOf(piece);
      const copies = distinct.get(s) ?? new Map<number, Piece>();
      const pid = pieceId(piece);
      if (!copies.has(pid)) copies.set(pid, piece);
      distinct.set(s, copies);
      const mine = attendedBySystem[i]!;
      const list = mine.get(s);
      if (list) list.push(piece);
      else mine.set(s, [piece]);
      const ids = attendedIds[i]!.get(s);
      if (ids) ids.add(pid);
      else attendedIds[i]!.set(s, new Set([pid]));
    }
  });

  const systems: PlanSystem[] = [];
  const uncovered: { id: string; total: number }[] = [];
  const idle: string[] = [];
  for (const system of config.systems) {
    const kinds: (PlanKind | null)[] = granularity === 'system' ? [null] : [...KINDS];
    const eligible = covered.get(system.id) ?? [];
    let systemTotal = 0;
    const units: PlanSystem[] = [];
    for (const kind of kinds) {
      const id = unitId(system.id, kind);
      const byId = distinct.get(id) ?? new Map<number, Piece>();
      const copies = [...byId.values()];
      const hours = weeks.map(() => 0);
      for (const p of copies) hours[weekIndex.get(p.week)!]! += p.hours;
      const total = hours.reduce((a, b) => a + b, 0);
      systemTotal += total;
      if (total <= 0 || eligible.length === 0) continue;
      const cost = eligible.map((p) => {
        const mine = attendedIds[p]!.get(id);
        let sum = 0;
        byId.forEach((c, pid) => {
          if (!mine?.has(pid)) sum += c.hours;
        });
        return sum;
      });
      const leadIndex = system.lead ? people.indexOf(system.lead) : -1;
      const lead = eligible.includes(leadIndex) ? leadIndex : null;
      const named = options.designated?.get(id);
      const namedIndex = named === undefined ? -1 : people.indexOf(named);
      // Whoever attends most of it today (the smallest hours they do not attend), ties to the first id.
      let main = 0;
      cost.forEach((c, i) => {
        if (c < cost[main]!) main = i;
      });
      const designated = eligible.includes(namedIndex) ? namedIndex : (lead ?? eligible[main]!);
      units.push({
        id,
        system: system.id,
        kind,
        hours,
        total,
        meetings: new Set(copies.map((c) => c.key)).size,
        eligible,
        cost,
        lead,
        designated,
      });
    }
    if (systemTotal <= 0) idle.push(system.id);
    else if (eligible.length === 0) uncovered.push({ id: system.id, total: systemTotal });
    else systems.push(...units);
  }

  const planned = new Set(systems.map((s) => s.id));
  const today = people.map((id) => weeks.map((w) => figuresOf(team, id, w).scheduled));
  const base = people.map((_, p) => {
    // Summed per week in the order of systems and pieces, as a week-by-week pass would.
    const moved = weeks.map(() => 0);
    for (const [s, pieces] of attendedBySystem[p]!) {
      if (!planned.has(s)) continue;
      for (const x of pieces) {
        const wi = weekIndex.get(x.week);
        if (wi !== undefined) moved[wi]! += x.hours;
      }
    }
    return weeks.map((_w, wi) => Math.max(0, today[p]![wi]! - moved[wi]!));
  });
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
 * Today's arrangement as a lead plan: each unit to its designated lead, else to whoever attends most of
 * its hours today (ties to the first id). Lead changes are counted against it.
 */
export function incumbent(instance: PlanInstance): number[] {
  return instance.systems.map((s) => s.designated);
}

/** Hours above warn summed over person-weeks with capacity (a week of full absence has no overload). */
export function overload(instance: PlanInstance, loads: number[][]): number {
  let sum = 0;
  loads.forEach((row, p) =>
    row.forEach((h, w) => {
      if (instance.cap[p]![w]! > 0) sum += Math.max(0, h - instance.warnAt[p]![w]!);
    }),
  );
  return sum;
}

/** People (indices) with some person-week with capacity at or above warn. */
export function overWarn(instance: PlanInstance, loads: number[][]): number[] {
  return instance.people.flatMap((_, p) =>
    loads[p]!.some((h, w) => instance.cap[p]![w]! > 0 && h >= instance.warnAt[p]![w]! - 1e-9) ? [p] : [],
  );
}

/** Units whose lead differs from today's arrangement, and the hours that move between leads with them. */
export function leadChanges(instance: PlanInstance, assignment: number[]): { count: number; hours: number } {
  let count = 0;
  let hours = 0;
  instance.systems.forEach((s, si) => {
    if (assignment[si] === s.designated) return;
    count++;
    hours += s.total;
  });
  return { count, hours };
}
