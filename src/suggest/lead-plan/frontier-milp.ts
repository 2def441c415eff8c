import { betterKey, keyOf, type FrontierKey } from './frontier-search.js';
import type { PlanInstance } from './instance.js';
import { num, run, x, type SolveResult } from './milp.js';

const o = (p: number, w: number): string => `o_${p}_${w}`;

function terms(list: { coef: number; name: string }[]): string {
  return list
    .map((t, i) => {
      const sign = t.coef < 0 ? '-' : '+';
      const head = i === 0 ? (t.coef < 0 ? '- ' : '') : ` ${sign} `;
      return `${head}${num(Math.abs(t.coef))} ${t.name}`;
    })
    .join('');
}

/** The person-weeks a plan can change, with each one's terms Σ hours·x. */
function weekRows(
  instance: PlanInstance,
): { p: number; w: number; load: { coef: number; name: string }[] }[] {
  const rows: { p: number; w: number; load: { coef: number; name: string }[] }[] = [];
  instance.people.forEach((_, p) =>
    instance.weeks.forEach((__, w) => {
      if (instance.cap[p]![w]! <= 0) return;
      const load = instance.systems.flatMap((s, si) =>
        s.eligible.includes(p) && s.hours[w]! > 0 ? [{ coef: s.hours[w]!, name: x(si, p) }] : [],
      );
      if (load.length > 0) rows.push({ p, w, load });
    }),
  );
  return rows;
}

/** Σ of the overload variables' values for an assignment: the overload of the person-weeks a plan changes. */
function variableOverload(
  instance: PlanInstance,
  assignment: number[],
  rows: ReturnType<typeof weekRows>,
): number {
  return rows.reduce((sum, { p, w }) => {
    let load = instance.base[p]![w]!;
    instance.systems.forEach((s, si) => {
      if (assignment[si] === p) load += s.hours[w]!;
    });
    return sum + Math.max(0, load - instance.warnAt[p]![w]!);
  }, 0);
}

/**
 * One frontier step by HiGHS: the lexicographic optimum (hours above warn, highest load/capacity,
 * hours moved between leads) over assignments with at most `maxChanges` units away from today's lead.
 * Binary x[s,p]; o[p,w] ≥ Σ hours·x + base − warn, o ≥ 0; Σ_{p ≠ today's lead} x ≤ maxChanges.
 * Stage 1 minimises Σ o; stage 2 holds Σ o at that optimum and minimises z, the highest load/capacity;
 * stage 3 holds both and minimises the hours of units away from today's lead. Each stage's answer is
 * re-measured in plain arithmetic and kept only when it beats the best so far.
 */
export async function solveFrontierStep(
  instance: PlanInstance,
  maxChanges: number,
  start: number[],
  timeLimit: number,
): Promise<SolveResult> {
  const rows = weekRows(instance);
  const one = instance.systems.map(
    (s, si) => ` one_${si}: ${terms(s.eligible.map((p) => ({ coef: 1, name: x(si, p) })))} = 1`,
  );
  const away = instance.systems.flatMap((s, si) =>
    s.eligible.filter((p) => p !== s.designated).map((p) => ({ coef: 1, name: x(si, p), hours: s.total })),
  );
  const budget =
    maxChanges < instance.systems.length && away.length > 0
      ? [` changes: ${terms(away)} <= ${maxChanges}`]
      : [];
  const over = rows.map(
    ({ p, w, load }) =>
      ` over_${p}_${w}: ${terms([...load, { coef: -1, name: o(p, w) }])} <= ${num(instance.warnAt[p]![w]! - instance.base[p]![w]!)}`,
  );
  const overSum = terms(rows.map(({ p, w }) => ({ coef: 1, name: o(p, w) })));
  const binaries = instance.systems.flatMap((s, si) => s.eligible.map((p) => x(si, p)));
  const lp = (objective: string, extra: string[], bounds: string[]): string =>
    [
      'Minimize',
      ` obj: ${objective}`,
      'Subject To',
      ...one,
      ...budget,
      ...over,
      ...extra,
      'Bounds',
      ...bounds,
      'Binaries',
      ` ${binaries.join(' ')}`,
      'End',
      '',
    ].join('\n');

  let best = start;
  let bestKey: FrontierKey = keyOf(instance, best);
  let exact = true;
  let status = 'Optimal';
  const take = (a: number[] | null, stage: string): void => {
    if (stage !== 'Optimal') {
      exact = false;
      status = stage;
    }
    if (!a) return;
    const changed = a.filter((p, si) => p !== instance.systems[si]!.designated).length;
    if (changed > maxChanges) return;
    const key = keyOf(instance, a);
    if (betterKey(key, bestKey)) {
      best = a;
      bestKey = key;
    }
  };

  if (rows.length > 0) {
    const first = await run(instance, lp(overSum, [], []), timeLimit);
    take(first.assignment, first.status);
  }
  const hold = (): string[] =>
    rows.length > 0
      ? [` total_over: ${overSum} <= ${num(variableOverload(instance, best, rows) * (1 + 1e-10) + 1e-8)}`]
      : [];

  // Stage 2: the highest load/capacity, with the overload held.
  let floor = 0;
  instance.people.forEach((_, p) =>
    instance.weeks.forEach((__, w) => {
      const cap = instance.cap[p]![w]!;
      if (cap > 0 && !rows.some((r) => r.p === p && r.w === w))
        floor = Math.max(floor, instance.base[p]![w]! / cap);
    }),
  );
  const peakRows = rows.map(
    ({ p, w, load }) =>
      ` load_${p}_${w}: ${terms([...load, { coef: -instance.cap[p]![w]!, name: 'z' }])} <= ${num(-instance.base[p]![w]!)}`,
  );
  if (rows.length > 0) {
    const second = await run(instance, lp('z', [...hold(), ...peakRows], [` z >= ${num(floor)}`]), timeLimit);
    take(second.assignment, second.status);
  }

  // Stage 3: the hours moved between leads, with the overload and the peak held.
  if (away.length > 0) {
    const peak = bestKey.peak;
    const capped = rows.map(
      ({ p, w, load }) =>
        ` cap_${p}_${w}: ${terms(load)} <= ${num(peak * (1 + 1e-9) * instance.cap[p]![w]! - instance.base[p]![w]! + 1e-9)}`,
    );
    const moved = terms(away.filter((a) => a.hours > 0).map((a) => ({ coef: a.hours, name: a.name })));
    if (moved !== '') {
      const third = await run(instance, lp(moved, [...hold(), ...capped], []), timeLimit);
      take(third.assignment, third.status);
    }
  }
  return { assignment: best, exact, status };
}
