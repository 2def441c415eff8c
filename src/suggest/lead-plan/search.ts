import { changeCost, maxRatio, planLoads, type PlanInstance } from './instance.js';

const EPS = 1e-9;

/** The lexicographic objective: highest load/capacity, hours changing hands, systems away from their designated lead. */
interface Key {
  max: number;
  changes: number;
  away: number;
}

function better(a: Key, b: Key): boolean {
  if (a.max < b.max - EPS) return true;
  if (a.max > b.max + EPS) return false;
  if (a.changes < b.changes - EPS) return true;
  if (a.changes > b.changes + EPS) return false;
  return a.away < b.away;
}

/**
 * A partial key bounds every completion from below: loads, hours handed over and systems away from
 * their lead only grow as systems are assigned. So a branch whose partial key is not better than the
 * best complete key cannot lead to a better plan, and is cut. This makes the search exact.
 */
function hopeless(partial: Key, best: Key): boolean {
  return !better(partial, best);
}

/**
 * Exact depth-first branch and bound over the assignments, for instances small enough to finish
 * within `nodeLimit` nodes; returns null when the limit is reached (the caller then uses HiGHS).
 */
export function searchLeadPlan(
  instance: PlanInstance,
  start: number[],
  nodeLimit = 1_000_000,
): number[] | null {
  const { systems, weeks } = instance;
  // Largest systems first: they decide the peak, so bounds bite early.
  const order = systems.map((_, i) => i).sort((a, b) => systems[b]!.total - systems[a]!.total || a - b);
  const loads = instance.base.map((row) => [...row]);
  const rowMax = (p: number): number => {
    let m = 0;
    weeks.forEach((_, w) => {
      const cap = instance.cap[p]![w]!;
      if (cap > 0) m = Math.max(m, loads[p]![w]! / cap);
    });
    return m;
  };
  const keyOf = (a: number[]): Key => ({
    max: maxRatio(instance, planLoads(instance, a)),
    changes: changeCost(instance, a),
    away: systems.filter((s, si) => s.lead !== null && a[si] !== s.lead).length,
  });

  let best = [...start];
  let bestKey = keyOf(best);
  const current: number[] = new Array<number>(systems.length).fill(-1);
  let nodes = 0;
  let aborted = false;

  const visit = (depth: number, partial: Key): void => {
    if (aborted) return;
    if (++nodes > nodeLimit) {
      aborted = true;
      return;
    }
    if (depth === order.length) {
      if (better(partial, bestKey)) {
        best = [...current];
        bestKey = partial;
      }
      return;
    }
    const si = order[depth]!;
    const s = systems[si]!;
    const choices = s.eligible.map((p, i) => {
      s.hours.forEach((h, w) => (loads[p]![w]! += h));
      const max = Math.max(partial.max, rowMax(p));
      s.hours.forEach((h, w) => (loads[p]![w]! -= h));
      const key = {
        max,
        changes: partial.changes + s.cost[i]!,
        away: partial.away + (s.lead !== null && s.lead !== p ? 1 : 0),
      };
      return { p, key };
    });
    // Most promising first, so a good plan is found early and cuts the rest.
    choices.sort((a, b) => (better(a.key, b.key) ? -1 : better(b.key, a.key) ? 1 : a.p - b.p));
    for (const { p, key } of choices) {
      if (hopeless(key, bestKey)) continue;
      s.hours.forEach((h, w) => (loads[p]![w]! += h));
      current[si] = p;
      visit(depth + 1, key);
      s.hours.forEach((h, w) => (loads[p]![w]! -= h));
      current[si] = -1;
    }
  };

  const initial = Math.max(0, ...instance.people.map((_, p) => rowMax(p)));
  visit(0, { max: initial, changes: 0, away: 0 });
  return aborted ? null : best;
}
