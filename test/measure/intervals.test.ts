import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestRun, unionLength, type Interval } from '../../src/measure/intervals.js';

/** Intervals on a grid of minutes, so a brute-force count of covered minutes is the truth. */
const intervals = fc.array(
  fc
    .tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 120 }))
    .map(([s, d]): Interval => [s, s + d]),
  { maxLength: 12 },
);

function coveredMinutes(list: readonly Interval[]): number {
  const covered = new Set<number>();
  for (const [s, e] of list) for (let m = s; m < e; m++) covered.add(m);
  return covered.size;
}

describe('unionLength', () => {
  it('is the number of covered minutes, never more than the sum', () => {
    fc.assert(
      fc.property(intervals, (list) => {
        const union = unionLength(list);
        expect(union).toBe(coveredMinutes(list));
        expect(union).toBeLessThanOrEqual(list.reduce((s, [a, b]) => s + b - a, 0));
      }),
    );
  });

  it('counts an overlap once', () => {
    // [0,60) ∪ [30,90) ∪ [120,150) = 90 + 30
    expect(
      unionLength([
        [0, 60],
        [30, 90],
        [120, 150],
      ]),
    ).toBe(120);
  });
});

describe('longestRun', () => {
  it('joins gaps shorter than the limit and no others', () => {
    // gap 4 joins (0–124), gap 5 does not (129–150 = 21)
    expect(
      longestRun(
        [
          [0, 60],
          [64, 124],
          [129, 150],
        ],
        5,
      ),
    ).toBe(124);
  });

  it('is at least the longest single meeting and at most the whole span', () => {
    fc.assert(
      fc.property(intervals, (list) => {
        const run = longestRun(list, 5);
        const longest = Math.max(0, ...list.map(([a, b]) => b - a));
        const span = list.length
          ? Math.max(...list.map(([, b]) => b)) - Math.min(...list.map(([a]) => a))
          : 0;
        expect(run).toBeGreaterThanOrEqual(longest);
        expect(run).toBeLessThanOrEqual(span);
      }),
    );
  });
});
