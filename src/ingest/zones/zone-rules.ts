import { IANAZone } from 'luxon';
import { fromWall, toWall, type LocalTime } from '../parse/datetime.js';

/** A zone as a function from instant to UTC offset (minutes east of UTC). */
export interface ZoneRules {
  /** IANA name, or the TZID of the file's VTIMEZONE, or "UTC". */
  id: string;
  offsetAt(instant: number): number;
}

export const UTC_RULES: ZoneRules = { id: 'UTC', offsetAt: () => 0 };

const ianaCache = new Map<string, ZoneRules | null>();

const WEEK = 7 * 86_400_000;

/**
 * Offsets of a tz-database zone without asking Intl for every instant (it is slow): each year's
 * changes are found once by weekly samples and bisection to the minute, then looked up.
 */
function cachedOffsets(zone: IANAZone): (instant: number) => number {
  const years = new Map<number, { start: number; changes: [number, number][] }>();
  const yearTable = (year: number): { start: number; changes: [number, number][] } => {
    let table = years.get(year);
    if (!table) {
      const from = Date.UTC(year, 0, 1);
      const to = Date.UTC(year + 1, 0, 1);
      const start = zone.offset(from);
      const changes: [number, number][] = [];
      let before = from;
      let offset = start;
      for (let t = Math.min(from + WEEK, to); ; t = Math.min(t + WEEK, to)) {
        const now = zone.offset(t);
        if (now !== offset) {
          let lo = before;
          let hi = t; // offset(lo) = offset, offset(hi) = now: find the first minute of the new offset
          while (hi - lo > 60_000) {
            const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
            if (zone.offset(mid) === offset) lo = mid;
            else hi = mid;
          }
          changes.push([hi, now]);
          offset = now;
        }
        before = t;
        if (t === to) break;
      }
      table = { start, changes };
      years.set(year, table);
    }
    return table;
  };
  // Look-ups come in runs within one year: the last year's table is kept at hand (no Date per look-up).
  let current = { from: 0, to: 0, table: { start: 0, changes: [] as [number, number][] } };
  return (instant) => {
    if (!(instant >= current.from && instant < current.to)) {
      const year = new Date(instant).getUTCFullYear();
      // No instant a calendar can give is beyond Date's range; one that is has no year to tabulate.
      if (Number.isNaN(year)) return zone.offset(instant);
      current = { from: Date.UTC(year, 0, 1), to: Date.UTC(year + 1, 0, 1), table: yearTable(year) };
    }
    const { table } = current;
    let offset = table.start;
    for (const [at, value] of table.changes) {
      if (at > instant) break;
      offset = value;
    }
    return offset;
  };
}

/** A real tz-database zone (luxon / Intl), or null when the name is not one. */
export function ianaRules(name: string): ZoneRules | null {
  let rules = ianaCache.get(name);
  if (rules === undefined) {
    const zone = IANAZone.isValidZone(name) ? IANAZone.create(name) : null;
    rules = zone ? { id: zone.name, offsetAt: cachedOffsets(zone) } : null;
    ianaCache.set(name, rules);
  }
  return rules;
}

const DAY = 86_400_000;

/**
 * Wall-clock time in a zone to an instant (RFC 5545 §3.3.5): a time repeated when clocks go back is
 * the first occurrence; a time skipped when clocks go forward moves forward by the gap.
 */
export function localToInstant(t: LocalTime, rules: ZoneRules): number {
  const wall = toWall(t);
  const before = rules.offsetAt(wall - DAY);
  const after = rules.offsetAt(wall + DAY);
  const candidates: number[] = [];
  for (const offset of before === after ? [before] : [before, after]) {
    const instant = wall - offset * 60_000;
    if (rules.offsetAt(instant) === offset) candidates.push(instant);
  }
  if (candidates.length > 0) return Math.min(...candidates);
  // In the gap: read the wall time with the offset in force before the change.
  return wall - before * 60_000;
}

export function instantToLocal(instant: number, rules: ZoneRules): LocalTime {
  return fromWall(instant + rules.offsetAt(instant) * 60_000);
}
