import {
  holdsKey,
  holdsSystem,
  hoursByWeek,
  hoursOf,
  piecesOf,
  type MoveState,
  type Unit,
} from './move-state.js';
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

/** Allowance for floating-point sums of hours. */
const EPS = 1e-9;

const overlaps = (a: Piece, b: Piece): boolean => a.start < b.end && b.start < a.end;

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
): { option: Option } | { rejection: Rejection } {
  const { team } = state;
  const engaged = holdsSystem(state, to, unit.system);
  const isLead = team.leadOf.get(unit.system) === to;
  const person = team.people.get(to);
  let refusal: Rejection | null = null;
  if (!person?.covers.includes(unit.system)) refusal = { person: to, reason: 'not-eligible' };
  else if (!isLead && authorityRank(person) < authorityRank(team.people.get(from))) {
    refusal = { person: to, reason: 'authority' };
  }
  // Someone who may not take the meeting can still step back from it if they attend all of it:
  // that needs only as many look-ups as the unit has pieces, and stops at the first one they lack.
  if (refusal) {
    const attendsAll = unit.pieces.every((p) => holdsKey(state, to, p.key));
    return attendsAll
      ? { option: { unit, to, kind: 'step-back', adding: [], isLead, engaged } }
      : { rejection: refusal };
  }
  const adding = unit.pieces.filter((p) => !holdsKey(state, to, p.key));
  if (adding.length === 0) return { option: { unit, to, kind: 'step-back', adding, isLead, engaged } };

  const gained = hoursByWeek(adding);
  for (const week of gained.keys()) {
    const f = figuresOf(team, to, week);
    if (f.capacity <= 0) return { rejection: { person: to, reason: 'absent', week } };
  }
  let clashes = 0;
  for (const a of adding) if (piecesOf(state, to, a.week).some((b) => overlaps(a, b))) clashes++;
  if (clashes > 0) return { rejection: { person: to, reason: 'busy', clashes } };
  for (const week of [...gained.keys()].sort()) {
    const f = figuresOf(team, to, week);
    const after = hoursOf(state, to, week) + gained.get(week)!;
    if (after >= f.warnAt - EPS || after / f.capacity > maxLoad + EPS) {
      return {
        rejection: { person: to, reason: 'would-overload', week, hoursAfter: after, warnAt: f.warnAt },
      };
    }
  }
  return { option: { unit, to, kind: 'move', adding, isLead, engaged } };
}
