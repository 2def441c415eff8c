import { IANAZone } from 'luxon';
import { fromWall, toWall, type LocalTime } from './datetime.js';

/** A zone as a function from instant to UTC offset (minutes east of UTC). */
export interface ZoneRules {
  /** IANA name, or the TZID of the file's VTIMEZONE, or "UTC". */
  id: string;
  offsetAt(instant: number): number;
}

export const UTC_RULES: ZoneRules = { id: 'UTC', offsetAt: () => 0 };

const ianaCache = new Map<string, ZoneRules | null>();

/** A real tz-database zone (luxon / Intl), or null when the name is not one. */
export function ianaRules(name: string): ZoneRules | null {
  let rules = ianaCache.get(name);
  if (rules === undefined) {
    const zone = IANAZone.isValidZone(name) ? IANAZone.create(name) : null;
    rules = zone ? { id: zone.name, offsetAt: (t) => zone.offset(t) } : null;
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
