import type { ReportWindow } from '../../types.js';
import { fromWall } from '../parse/datetime.js';
import { ianaRules, instantToLocal, localToInstant } from '../zones/zone-rules.js';

const DAY = 86_400_000;

const memo = new Map<string, number[]>();

/** Local midnights of every day of the window, then the window's end, ascending (kept per window). */
export function dayBoundaries(window: ReportWindow): number[] {
  const key = `${window.zone}|${window.start}|${window.end}`;
  let boundaries = memo.get(key);
  if (!boundaries) {
    boundaries = computeBoundaries(window);
    if (memo.size > 32) memo.clear();
    memo.set(key, boundaries);
  }
  return boundaries;
}

function computeBoundaries(window: ReportWindow): number[] {
  const rules = ianaRules(window.zone)!;
  const first = instantToLocal(window.start, rules);
  const out: number[] = [];
  for (let wall = Date.UTC(first.year, first.month - 1, first.day); ; wall += DAY) {
    const midnight = localToInstant(fromWall(wall), rules);
    if (midnight >= window.end) break;
    out.push(midnight);
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
