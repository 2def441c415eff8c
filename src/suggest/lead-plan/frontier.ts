import { searchFrontierStep, betterKey, keyOf, type FrontierKey } from './frontier-search.js';
import { solveFrontierStep } from './frontier-milp.js';
import { incumbent, type PlanInstance } from './instance.js';

export type SolverMode = 'auto' | 'search' | 'highs';

/** The search's node budget per step in auto mode; beyond it HiGHS solves the step. */
const AUTO_NODES = 200_000;

export interface SolvedStep {
  maxChanges: number;
  assignment: number[];
  key: FrontierKey;
  solver: 'search' | 'highs';
  exact: boolean;
  status: string;
  improves: boolean;
}

async function step(
  instance: PlanInstance,
  maxChanges: number,
  start: number[],
  mode: SolverMode,
  timeLimit: number,
): Promise<Omit<SolvedStep, 'improves' | 'maxChanges'>> {
  if (mode !== 'highs') {
    const found = searchFrontierStep(
      instance,
      maxChanges,
      start,
      mode === 'search' ? Number.POSITIVE_INFINITY : AUTO_NODES,
    );
    if (found)
      return {
        assignment: found,
        key: keyOf(instance, found),
        solver: 'search',
        exact: true,
        status: 'Optimal',
      };
  }
  const solved = await solveFrontierStep(instance, maxChanges, start, timeLimit);
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
  const unlimited = await step(instance, n, start, mode, timeLimit);
  for (let k = 1; k <= n; k++) {
    const previous = steps[k - 1]!;
    if (!betterKey(unlimited.key, previous.key)) break;
    const found = k === n ? unlimited : await step(instance, k, previous.assignment, mode, timeLimit);
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
