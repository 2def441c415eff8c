import type { Finding, FindingCode } from './types.js';

type KindOf<C> = C extends `${infer K}.${string}` ? K : never;

/** The part of a code before its dot, which groups codes: 'input', 'ingest', 'data', 'load', 'overload' … */
export type CodeKind = KindOf<FindingCode>;

/** The codes of some kinds ('load' → 'load.conflict' | 'load.out-of-hours' | …). */
export type CodeOfKind<K extends CodeKind> = Extract<FindingCode, `${K}.${string}`>;

/** Whether a finding's code is of one of the kinds; a kind no code has fails to compile. */
export function ofKind<F extends Finding, K extends CodeKind>(
  f: F,
  ...kinds: K[]
): f is Extract<F, { code: CodeOfKind<K> }> {
  return kinds.some((k) => f.code.startsWith(`${k}.`));
}
