import { leadChanges, maxRatio, overload, planLoads, type PlanInstance } from './instance.js';

/** Overload is a sum of hours: compare it with an absolute tolerance well below any real difference. */
const EPS = 1e-7;

/** The frontier's lexicographic objective: hours above warn, then the highest load/capacity, then hours moved between leads. */
export interface FrontierKey {
  overload: number;
  peak: number;
  moved: number;
}

export function betterKey(a: FrontierKey, b: FrontierKey): boolean {
  if (a.overload < b.overload - EPS) return true;
  if (a.overload > b.overload + EPS) return false;
  if (a.peak < b.peak - 1e-9) return true;
  if (a.peak > b.peak + 1e-9) return false;
  return a.moved < b.moved - EPS;
}

export function keyOf(instance: PlanInstance, assignment: number[]): FrontierKey {
  const loads = planLoads(instance, assignment);
  return {
    overload: overload(instance, loads),
    peak: maxRatio(instance, loads),
    moved: leadChanges(instance, assignment).hours,
  };
}

/**
 * Exact depth-first branch and bound for one frontier step: the best assignment with at most
 * `maxChanges` units away from today's lead. Returns null when `nodeLimit` is reached.
 *
 * Bounds (each is a lower bound on every completion, so nothing better is ever cut):
 * - overload: the partial overload plus, for every unassigned unit, the least overload it adds to any
 *   person it may still go to, given the loads so far. Overload per person-week, max(0, load − warn),
 *   is convex in the load, so giving a person two units adds at least the sum of what each adds
 *   alone; and loads only grow.
 * - peak and hours moved: the partial values (loads and moved hours only grow).
 */
export function searchFrontierStep(
  instance: PlanInstance,
  maxChanges: number,
  start: number[],
  nodeLimit = 1_000_000,
): number[] | null {
  const { systems, weeks } = instance;
  const order = systems.map((_, i) => i).sort((a, b) => systems[b]!.total - systems[a]!.total || a - b);
  const loads = instance.base.map((row) => [...row]);
  const warn = instance.warnAt;
  const cap = instance.cap;

  /** Overload that giving unit si to person p adds, at the current loads. */
  const added = (si: number, p: number): number => {
    let sum = 0;
    const hours = systems[si]!.hours;
    for (let w = 0; w < weeks.length; w++) {
      const h = hours[w]!;
      if (h <= 0 || cap[p]![w]! <= 0) continue;
      const before = loads[p]![w]! - warn[p]![w]!;
      sum += Math.max(0, before + h) - Math.max(0, before);
    }
    return sum;
  };
  const rowMax = (p: number): number => {
    let m = 0;
    for (let w = 0; w < weeks.length; w++) {
      const c = cap[p]![w]!;
      if (c > 0) m = Math.max(m, loads[p]![w]! / c);
    }
    return m;
  };
  const choicesAt = (si: number, changes: number): number[] => {
    const s = systems[si]!;
    return changes >= maxChanges ? [s.designated] : s.eligible;
  };
  /** Least overload the units from `depth` on add, whatever their leads (within the change budget). */
  const remainingBound = (depth: number, changes: number): number => {
    let sum = 0;
    for (let d = depth; d < order.length; d++) {
      const si = order[d]!;
      let least = Infinity;
      for (const p of choicesAt(si, changes)) least = Math.min(least, added(si, p));
      sum += least;
    }
    return sum;
  };

  let best = [...start];
  let bestKey = keyOf(instance, best);
  const current = new Array<number>(systems.length).fill(-1);
  let nodes = 0;
  let aborted = false;

  const visit = (depth: number, key: FrontierKey, changes: number): void => {
    if (aborted) return;
    if (++nodes > nodeLimit) {
      aborted = true;
      return;
    }
    if (depth === order.length) {
      if (betterKey(key, bestKey)) {
        best = [...current];
        bestKey = key;
      }
      return;
    }
    const si = order[depth]!;
    const s = systems[si]!;
    const options = choicesAt(si, changes).map((p) => {
      const extra = added(si, p);
      s.hours.forEach((h, w) => (loads[p]![w]! += h));
      const peak = Math.max(key.peak, rowMax(p));
      s.hours.forEach((h, w) => (loads[p]![w]! -= h));
      const away = p !== s.designated;
      return {
        p,
        away,
        key: { overload: key.overload + extra, peak, moved: key.moved + (away ? s.total : 0) },
      };
    });
    // Most promising first, so a good plan is found early and cuts the rest.
    options.sort((a, b) => (betterKey(a.key, b.key) ? -1 : betterKey(b.key, a.key) ? 1 : a.p - b.p));
    for (const { p, away, key: next } of options) {
      const nextChanges = changes + (away ? 1 : 0);
      s.hours.forEach((h, w) => (loads[p]![w]! += h));
      const bound = { ...next, overload: next.overload + remainingBound(depth + 1, nextChanges) };
      if (betterKey(bound, bestKey)) {
        current[si] = p;
        visit(depth + 1, next, nextChanges);
        current[si] = -1;
      }
      s.hours.forEach((h, w) => (loads[p]![w]! -= h));
    }
  };

  const initial = Math.max(0, ...instance.people.map((_, p) => rowMax(p)));
  visit(0, { overload: overload(instance, instance.base), peak: initial, moved: 0 }, 0);
  return aborted ? null : best;
}
