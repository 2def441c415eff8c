import type { Config } from '../config/types.js';
import { round, type Team } from './team.js';
import type { SeatGap } from './types.js';

/**
 * Systems where the trust is not at the table: no counted meeting in the window, or meetings only in
 * operational workstreams (none clinical or strategic). Hours count each meeting once, whoever attends.
 */
export function findSeatGaps(team: Team, config: Config): SeatGap[] {
  const kindOf = new Map(config.workstreams.map((w) => [w.id, w.kind]));
  /** Occurrence key → starts of the pieces counted (an occurrence split at midnight has several). */
  const seen = new Map<number, number[]>();
  const hours = new Map<string, { total: number; operational: number; untagged: number; other: number }>();
  for (const pieces of team.pieces.values()) {
    for (const p of pieces) {
      // A piece is one person's copy of a meeting: count each meeting's piece once.
      const starts = seen.get(p.key);
      if (starts?.includes(p.start)) continue;
      if (starts) starts.push(p.start);
      else seen.set(p.key, [p.start]);
      const h = hours.get(p.system) ?? { total: 0, operational: 0, untagged: 0, other: 0 };
      h.total += p.hours;
      const kind = p.workstream === null ? null : (kindOf.get(p.workstream) ?? null);
      if (p.workstream === null) h.untagged += p.hours;
      else if (kind === 'operational') h.operational += p.hours;
      else h.other += p.hours;
      hours.set(p.system, h);
    }
  }
  const gaps: SeatGap[] = [];
  for (const system of config.systems) {
    const h = hours.get(system.id);
    if (!h || h.total <= 0) gaps.push({ code: 'no-engagement', system: system.id, hours: 0 });
    else if (h.other === 0 && h.operational > 0) {
      gaps.push({
        code: 'only-operational',
        system: system.id,
        hours: round(h.total),
        operationalHours: round(h.operational),
        untaggedHours: round(h.untagged),
      });
    }
  }
  return gaps;
}
