import highsModule, { type Highs } from 'highs';
import { changeCost, maxRatio, planLoads, type PlanInstance } from './instance.js';

type Loader = typeof highsModule.default;

/**
 * highs is a CommonJS package whose types describe `module.exports.default`; Node's ESM import gives
 * the loader itself. Accept both.
 */
const loadHighs: Loader =
  typeof highsModule === 'function' ? (highsModule as unknown as Loader) : highsModule.default;

let loading: Promise<Highs> | null = null;

/** HiGHS compiled to WebAssembly, loaded once from the package's own highs.wasm (no network). */
function highs(): Promise<Highs> {
  loading ??= loadHighs();
  return loading;
}

export interface SolveResult {
  assignment: number[];
  /** Every stage proved optimal. */
  exact: boolean;
  status: string;
}

/** Relative slack when an optimum found in one stage becomes a constraint of the next. */
const SLACK = 1e-9;

const OPTIONS = {
  output_flag: false,
  mip_rel_gap: 0,
  mip_abs_gap: 0,
  mip_feasibility_tolerance: 1e-9,
  primal_feasibility_tolerance: 1e-9,
  random_seed: 0,
  threads: 1,
} as const;

export const x = (s: number, p: number): string => `x_${s}_${p}`;

export function num(n: number): string {
  // LP format reads plain decimals; avoid exponents for tiny values.
  return Number.isInteger(n) ? String(n) : n.toFixed(12).replace(/0+$/, '');
}

export function sum(terms: { coef: number; name: string }[]): string {
  return terms.map((t, i) => `${i === 0 ? '' : ' + '}${num(t.coef)} ${t.name}`).join('');
}

/**
 * The model in CPLEX LP format. Stage 1 minimises z, the highest load/capacity. Later stages cap every
 * person-week at the load the earlier optimum allows and minimise their own objective.
 */
function model(instance: PlanInstance, objective: string, peak: number | null, extra: string[]): string {
  const rows: string[] = [];
  instance.systems.forEach((s, si) =>
    rows.push(` one_${si}: ${sum(s.eligible.map((p) => ({ coef: 1, name: x(si, p) })))} = 1`),
  );
  let floor = 0;
  instance.people.forEach((_, p) =>
    instance.weeks.forEach((__, w) => {
      const cap = instance.cap[p]![w]!;
      if (cap <= 0) return;
      const base = instance.base[p]![w]!;
      const terms = instance.systems.flatMap((s, si) =>
        s.eligible.includes(p) && s.hours[w]! > 0 ? [{ coef: s.hours[w]!, name: x(si, p) }] : [],
      );
      if (terms.length === 0) {
        floor = Math.max(floor, base / cap);
        return;
      }
      if (peak === null) rows.push(` load_${p}_${w}: ${sum(terms)} - ${num(cap)} z <= ${num(-base)}`);
      else rows.push(` load_${p}_${w}: ${sum(terms)} <= ${num(peak * (1 + SLACK) * cap - base + SLACK)}`);
    }),
  );
  const binaries = instance.systems.flatMap((s, si) => s.eligible.map((p) => x(si, p)));
  return [
    'Minimize',
    ` obj: ${objective}`,
    'Subject To',
    ...rows,
    ...extra,
    'Bounds',
    peak === null ? ` z >= ${num(floor)}` : '',
    'Binaries',
    ` ${binaries.join(' ')}`,
    'End',
    '',
  ].join('\n');
}

function read(instance: PlanInstance, columns: Record<string, { Primal?: number }>): number[] | null {
  const assignment: number[] = [];
  for (const [si, s] of instance.systems.entries()) {
    const chosen = s.eligible.filter((p) => (columns[x(si, p)]?.Primal ?? 0) > 0.5);
    if (chosen.length !== 1) return null;
    assignment.push(chosen[0]!);
  }
  return assignment;
}

export async function run(
  instance: PlanInstance,
  lp: string,
  timeLimit: number,
): Promise<{ assignment: number[] | null; status: string }> {
  const solver = await highs();
  const result = solver.solve(lp, { ...OPTIONS, time_limit: timeLimit });
  const usable = result.Status === 'Optimal' || result.Status === 'Time limit reached';
  return { assignment: usable ? read(instance, result.Columns) : null, status: result.Status };
}

/**
 * Lexicographic optimum: (1) the highest load/capacity, (2) the hours that change hands, (3) the
 * number of systems not led by their designated lead. Each stage's answer is re-measured here, and a
 * later stage is only taken when it keeps the earlier objectives (within 1e-9).
 */
export async function solveLeadPlan(
  instance: PlanInstance,
  start: number[],
  timeLimit: number,
): Promise<SolveResult> {
  let best = start;
  let exact = true;
  let status = 'Optimal';
  const peakOf = (a: number[]): number => maxRatio(instance, planLoads(instance, a));
  const note = (stage: string): void => {
    if (stage === 'Optimal') return;
    exact = false;
    status = stage;
  };
  const within = (a: number, b: number): boolean => a <= b * (1 + 1e-9) + 1e-9;

  const first = await run(instance, model(instance, 'z', null, []), timeLimit);
  note(first.status);
  if (first.assignment && peakOf(first.assignment) < peakOf(best) - 1e-12) best = first.assignment;
  const peak = peakOf(best);

  const costTerms = instance.systems.flatMap((s, si) =>
    s.eligible.map((p, i) => ({ coef: s.cost[i]!, name: x(si, p) })),
  );
  const nonzero = costTerms.filter((t) => t.coef > 0);
  if (nonzero.length > 0) {
    const second = await run(instance, model(instance, sum(nonzero), peak, []), timeLimit);
    note(second.status);
    const a = second.assignment;
    if (a && within(peakOf(a), peak) && changeCost(instance, a) < changeCost(instance, best) - 1e-9) best = a;
  }

  const leads = instance.systems.flatMap((s, si) =>
    s.lead === null ? [] : [{ coef: 1, name: x(si, s.lead) }],
  );
  if (leads.length > 0) {
    const cost = changeCost(instance, best);
    const keep = nonzero.length > 0 ? [` hands: ${sum(nonzero)} <= ${num(cost + 1e-7)}`] : [];
    const objective = sum(leads.map((t) => ({ coef: -1, name: t.name }))).replace(/\+ -/g, '- ');
    const third = await run(instance, model(instance, objective, peak, keep), timeLimit);
    note(third.status);
    const a = third.assignment;
    const ledBy = (b: number[]): number =>
      instance.systems.filter((s, si) => s.lead !== null && b[si] === s.lead).length;
    if (a && within(peakOf(a), peak) && changeCost(instance, a) <= cost + 1e-7 && ledBy(a) > ledBy(best))
      best = a;
  }
  return { assignment: best, exact, status };
}
