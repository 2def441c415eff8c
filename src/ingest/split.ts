import { DateTime } from 'luxon';
import type { ReportWindow } from '../types.js';

/** Local midnights of every day of the window (and the window's end), ascending. */
export function dayBoundaries(window: ReportWindow): number[] {
  const out: number[] = [];
  let d = DateTime.fromMillis(window.start, { zone: window.zone }).startOf('day');
  while (d.toMillis() < window.end) {
    out.push(d.toMillis());
    d = d.plus({ days: 1 }).startOf('day');
  }
  out.push(window.end);
  return out;
}

/**
 * Clips [start, end) to the window and cuts it at local midnights, so that every piece lies in one
 * day (and so one ISO week) of the report zone. A zero-length occurrence inside the window is one piece.
 */
export function splitAtDays(start: number, end: number, boundaries: number[]): [number, number][] {
  const windowStart = boundaries[0]!;
  const windowEnd = boundaries[boundaries.length - 1]!;
  if (start === end) return start >= windowStart && start < windowEnd ? [[start, end]] : [];
  const s = Math.max(start, windowStart);
  const e = Math.min(end, windowEnd);
  if (s >= e) return [];
  // First boundary strictly after s.
  let lo = 0;
  let hi = boundaries.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boundaries[mid]! > s) hi = mid;
    else lo = mid + 1;
  }
  const pieces: [number, number][] = [];
  let from = s;
  for (let i = lo; i < boundaries.length && boundaries[i]! < e; i++) {
    pieces.push([from, boundaries[i]!]);
    from = boundaries[i]!;
  }
  pieces.push([from, e]);
  return pieces;
}
