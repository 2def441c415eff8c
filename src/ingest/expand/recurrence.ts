import { toWall, type CalTime } from '../parse/datetime.js';
import { walkRule } from './rrule/generate.js';
import { parseRule, type Until } from './rrule/rule.js';

/** Where the expansion of one rule stops, as wall-clock limits in the series' zone (plus an instant test for UTC UNTIL). */
export interface RuleBounds {
  /** Stop once an instance's wall time passes this. */
  endWall: number;
  /** Instances whose wall time is before this are not needed (the caller still filters by instant). */
  startWall: number;
  /** Converts an instance's wall time to its instant, for a UTC UNTIL. */
  instantOf: (wall: number) => number;
  /** Whether an instance starting at this wall time can reach the window; only those are kept and capped. */
  reaches: (wall: number) => boolean;
  /** Most instances to produce inside the bounds, and most iterations in all. */
  maxInstances: number;
  maxIterations: number;
}

export interface RuleExpansion {
  /** Wall times (ms, as if UTC) of the rule's instances within the bounds. */
  walls: number[];
  capped: 'instances' | 'iterations' | null;
}

const DAY = 86_400_000;

/** UNTIL as a test on an instance's wall time. A UTC UNTIL is compared as an instant (RFC 5545 §3.3.10). */
function untilTest(until: Until | null, bounds: RuleBounds): ((wall: number) => boolean) | null {
  if (!until) return null;
  if (until.isDate) {
    const last = toWall({ ...until, hour: 0, minute: 0, second: 0 }) + DAY;
    return (wall) => wall < last;
  }
  const untilWall = toWall(until);
  if (until.utc) return (wall) => bounds.instantOf(wall) <= untilWall;
  return (wall) => wall <= untilWall;
}

/**
 * Expands one RRULE from a start (wall time, with or without a time of day) within bounds. DTSTART
 * is the first instance and counts towards COUNT whether or not the rule selects it (RFC 5545
 * §3.8.5.3); it is returned too when inside the bounds. Throws a RuleError on a rule RFC 5545 forbids.
 */
export function expandRule(rule: string, start: CalTime, bounds: RuleBounds): RuleExpansion {
  const parsed = parseRule(rule);
  const within = untilTest(parsed.until, bounds);
  const walls: number[] = [];
  let capped: RuleExpansion['capped'] = null;
  let produced = 0;
  const take = (wall: number): boolean => {
    if (wall > bounds.endWall) return false;
    if (within && !within(wall)) return false;
    if (parsed.count !== null && ++produced > parsed.count) return false;
    if (wall < bounds.startWall || !bounds.reaches(wall)) return true;
    walls.push(wall);
    if (walls.length >= bounds.maxInstances) {
      capped = 'instances';
      return false;
    }
    return true;
  };
  if (!take(toWall(start)) || capped) return { walls, capped };
  const options = {
    // Without COUNT nothing before the window needs walking: jump to the period just before it.
    skipBefore: parsed.count === null ? bounds.startWall : null,
    endWall: bounds.endWall,
    maxIterations: bounds.maxIterations,
  };
  if (walkRule(parsed, start, options, take)) capped = 'iterations';
  return { walls, capped };
}
