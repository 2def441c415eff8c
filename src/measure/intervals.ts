/** Interval arithmetic on [start, end) instants in epoch ms. */

export type Interval = readonly [number, number];

function sorted(intervals: readonly Interval[]): Interval[] {
  return [...intervals].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Total length of the union: time actually blocked, double bookings counted once. */
export function unionLength(intervals: readonly Interval[]): number {
  let total = 0;
  let runStart = Number.NEGATIVE_INFINITY;
  let runEnd = Number.NEGATIVE_INFINITY;
  for (const [start, end] of sorted(intervals)) {
    if (start > runEnd) {
      if (runEnd > runStart) total += runEnd - runStart;
      runStart = start;
      runEnd = end;
    } else if (end > runEnd) {
      runEnd = end;
    }
  }
  if (runEnd > runStart) total += runEnd - runStart;
  return total;
}

/**
 * Longest span from the start of a meeting to the end of the last one joined to it, where a gap
 * shorter than `joinGapMs` joins two meetings (walking between rooms is not a break).
 */
export function longestRun(intervals: readonly Interval[], joinGapMs: number): number {
  let longest = 0;
  let runStart = 0;
  let runEnd = Number.NEGATIVE_INFINITY;
  for (const [start, end] of sorted(intervals)) {
    if (start - runEnd >= joinGapMs) {
      runStart = start;
      runEnd = end;
    } else {
      runEnd = Math.max(runEnd, end);
    }
    longest = Math.max(longest, runEnd - runStart);
  }
  return longest;
}
