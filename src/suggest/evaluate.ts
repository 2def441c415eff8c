import { hoursByWeek, hoursOf, piecesOf, type MoveState, type Unit } from './move-state.js';
import { authorityRank, figuresOf, type Piece } from './team.js';
import type { Rejection } from './types.js';

/** A feasible way to take a unit off its owner. */
export interface Option {
  unit: Unit;
  to: string;
  kind: 'step-back' | 'move';
  /** The unit's pieces the colleague does not already attend. */
  adding: Piece[];
  isLead: boolean;
  engaged: boolean;
}

/** What a colleague attends now: occurrence keys and systems. Computed once per colleague per round. */
export interface Held {
  keys: Set<string>;
  systems: Set<string>;
}

export function heldBy(state: MoveState, person: string): Held {
  const pieces = piecesOf(state, person);
  return { keys: new Set(pieces.map((p) => p.key)), systems: new Set(pieces.map((p) => p.occ.system)) };
}

/** Allowance for floating-point sums of hours. */
const EPS = 1e-9;

const overlaps = (a: Piece, b: Piece): boolean => a.occ.start < b.occ.end && b.occ.start < a.occ.end;

/**
 * Can `to` take `unit` off `from`? The checks run in order and the first that fails is the reason:
 * already attends every occurrence (a step-back: always feasible, nobody gains hours); covers the
 * system; authority at least the owner's unless `to` is the designated lead; not absent in an affected
 * week; free at every moved occurrence (against their own counted meetings); under warn in every
 * affected week and not above the team's current highest load.
 */
export function evaluate(
  state: MoveState,
  from: string,
  to: string,
  unit: Unit,
  maxLoad: number,
  held: Held = heldBy(state, to),
): { option: Option } | { rejection: Rejection } {
  const { team } = state;
  const engaged = held.systems.has(unit.system);
  const isLead = team.leadOf.get(unit.system) === to;
  const adding = unit.pieces.filter((p) => !held.keys.has(p.key));
  if (adding.length === 0) return { option: { unit, to, kind: 'step-back', adding, isLead, engaged } };

  const person = team.people.get(to);
  if (!person?.covers.includes(unit.system)) return { rejection: { person: to, reason: 'not-eligible' } };
  if (!isLead && authorityRank(person) < authorityRank(team.people.get(from))) {
    return { rejection: { person: to, reason: 'authority' } };
  }
  const gained = hoursByWeek(adding);
  for (const week of gained.keys()) {
    const f = figuresOf(team, to, week);
    if (f.capacity <= 0) return { rejection: { person: to, reason: 'absent', week } };
  }
  const clashes = adding.filter((a) => piecesOf(state, to, a.week).some((b) => overlaps(a, b))).length;
  if (clashes > 0) return { rejection: { person: to, reason: 'busy', clashes } };
  for (const [week, hours] of [...gained].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const f = figuresOf(team, to, week);
    const after = hoursOf(state, to, week) + hours;
    if (after >= f.warnAt - EPS || after / f.capacity > maxLoad + EPS) {
      return {
        rejection: { person: to, reason: 'would-overload', week, hoursAfter: after, warnAt: f.warnAt },
      };
    }
  }
  return { option: { unit, to, kind: 'move', adding, isLead, engaged } };
}
