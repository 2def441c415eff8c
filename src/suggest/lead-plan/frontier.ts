import { searchFrontierStep, betterKey, keyOf, type FrontierKey } from './frontier-search.js';
import { solveFrontierStep } from './frontier-milp.js';
import { incumbent, type PlanInstance } from './instance.js';

export type SolverMode = 'auto' | 'search' | 'highs';

/**
 * Auto mode's node budgets: per step, and for the whole frontier (so that a region-sized team without
 * `people[].team` still finishes). A step that runs out of its own budget goes to HiGHS; once the whole
 * budget is spent, later steps get a small search each and say they are not proved optimal.
 */
const AUTO_NODES = 150_000;
const AUTO_TOTAL = 400_000;
const AUTO_FLOOR = 10_000;

export interface SolvedStep {
  maxChanges: number;
  assignment: number[];
  key: FrontierKey;
  solver: 'search' | 'highs';
  exact: boolean;
  status: string;
  improves: boolean;
}

/** HiGHS's time limit per stage when it takes over a step the search could not finish (seconds). */
const FALLBACK_SECONDS = 3;

interface Budget {
  spent: number;
}

async function step(
  instance: PlanInstance,
  maxChanges: number,
  start: number[],
  mode: SolverMode,
  timeLimit: number,
  budget: Budget,
): Promise<Omit<SolvedStep, 'improves' | 'maxChanges'>> {
  let begin = start;
  if (mode !== 'highs') {
    const limit =
      mode === 'search'
        ? Number.POSITIVE_INFINITY
        : Math.max(AUTO_FLOOR, Math.min(AUTO_NODES, AUTO_TOTAL - budget.spent));
    const found = searchFrontierStep(instance, maxChanges, start, limit);
    budget.spent += found.nodes;
    const key = keyOf(instance, found.assignment);
    if (found.complete)
      return { assignment: found.assignment, key, solver: 'search', exact: true, status: 'Optimal' };
    if (budget.spent >= AUTO_TOTAL)
      return {
        assignment: found.assignment,
        key,
        solver: 'search',
        exact: false,
        status: 'Node limit reached',
      };
    begin = found.assignment;
  }
  // HiGHS from the search's best so far: kept only where it is better, optimal only if HiGHS proves it.
  const seconds = mode === 'highs' ? timeLimit : Math.min(timeLimit, FALLBACK_SECONDS);
  const solved = await solveFrontierStep(instance, maxChanges, begin, seconds);
  return { ...solved, key: keyOf(instance, solved.assignment), solver: 'highs' };
}

/**
 * The frontier: for k = 0, 1, 2, … the exact best plan with at most k units away from today's lead
 * (least hours above warn, then lowest peak, then fewest hours moved between leads). The best plan
 * with no limit is solved first; the steps stop at the first k that reaches it, since no further change
 * can improve anything. Each step starts from the one before, so the frontier never gets worse.
 */
export async function solveFrontier(
  instance: PlanInstance,
  mode: SolverMode,
  timeLimit: number,
): Promise<SolvedStep[]> {
  const start = incumbent(instance);
  const steps: SolvedStep[] = [
    {
      maxChanges: 0,
      assignment: start,
      key: keyOf(instance, start),
      solver: 'search',
      exact: true,
      status: 'Optimal',
      improves: false,
    },
  ];
  const n = instance.systems.length;
  if (n === 0) return steps;
  const budget: Budget = { spent: 0 };
  const unlimited = await step(instance, n, start, mode, timeLimit, budget);
  for (let k = 1; k <= n; k++) {
    const previous = steps[k - 1]!;
    if (!betterKey(unlimited.key, previous.key)) break;
    const found = k === n ? unlimited : await step(instance, k, previous.assignment, mode, timeLimit, budget);
    steps.push({ ...found, maxChanges: k, improves: betterKey(found.key, previous.key) });
  }
  return steps;
}

/**
 * The smallest step whose overload reduction is within `within` (a share) of the best reduction the
 * frontier reaches. With no reduction possible, no change is recommended.
 */
export function recommendedStep(steps: SolvedStep[], within: number): SolvedStep {
  const first = steps[0]!;
  const best = first.key.overload - steps[steps.length - 1]!.key.overload;
  if (best <= 1e-7) return first;
  return steps.find((s) => first.key.overload - s.key.overload >= best * (1 - within) - 1e-7) ?? first;
}
