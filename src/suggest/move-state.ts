import { cell, figuresOf, isSystemPiece, type Piece, type Team } from './team.js';

/**
 * The team's calendars as the suggestions so far would leave them. Moves for one flagged week change
 * the hours later weeks start from, so the suggestions for the whole window are consistent.
 */
export interface MoveState {
  team: Team;
  hours: Map<string, number>;
  /** Counted pieces each person holds, by week. */
  held: Map<string, Map<string, Piece[]>>;
}

/** A movable meeting: a whole series in the window, or one occurrence (all its pieces). */
export interface Unit {
  kind: 'series' | 'occurrence';
  uid: string;
  system: string;
  /** The owner's pieces of it, in start order. */
  pieces: Piece[];
}

export function createState(team: Team): MoveState {
  const hours = new Map<string, number>();
  for (const id of team.ids)
    for (const week of team.weeks) hours.set(cell(id, week), figuresOf(team, id, week).scheduled);
  const held = new Map<string, Map<string, Piece[]>>();
  for (const [person, pieces] of team.pieces) {
    const byWeek = new Map<string, Piece[]>();
    for (const p of pieces) byWeek.set(p.week, [...(byWeek.get(p.week) ?? []), p]);
    held.set(person, byWeek);
  }
  return { team, hours, held };
}

export const hoursOf = (state: MoveState, person: string, week: string): number =>
  state.hours.get(cell(person, week)) ?? 0;

export function piecesOf(state: MoveState, person: string, week?: string): Piece[] {
  const byWeek = state.held.get(person);
  if (!byWeek) return [];
  return week === undefined ? [...byWeek.values()].flat() : (byWeek.get(week) ?? []);
}

/** The highest hours/capacity of any person-week in the state. */
export function teamMax(state: MoveState): number {
  let max = 0;
  for (const id of state.team.ids) {
    for (const week of state.team.weeks) {
      const cap = figuresOf(state.team, id, week).capacity;
      if (cap > 0) max = Math.max(max, hoursOf(state, id, week) / cap);
    }
  }
  return max;
}

/** The owner's movable units in a week: their counted meetings tagged to a system. */
export function candidateUnits(state: MoveState, person: string, week: string): Unit[] {
  const inWeek = piecesOf(state, person, week).filter(isSystemPiece);
  const all = piecesOf(state, person);
  const units = new Map<string, Unit>();
  for (const piece of inWeek) {
    const series = piece.occ.recurring && state.team.wholeSeries.has(cell(person, piece.occ.uid));
    const id = series ? `s\u0000${piece.occ.uid}` : `o\u0000${piece.key}`;
    if (units.has(id)) continue;
    const pieces = all.filter((p) => (series ? p.occ.uid === piece.occ.uid : p.key === piece.key));
    pieces.sort((a, b) => a.occ.start - b.occ.start);
    units.set(id, {
      kind: series ? 'series' : 'occurrence',
      uid: piece.occ.uid,
      system: piece.occ.system,
      pieces,
    });
  }
  return [...units.values()];
}

export function hoursByWeek(pieces: Piece[]): Map<string, number> {
  const byWeek = new Map<string, number>();
  for (const p of pieces) byWeek.set(p.week, (byWeek.get(p.week) ?? 0) + p.occ.hours);
  return byWeek;
}

/** Takes the unit's pieces from `from`; gives `to` the pieces it does not already hold. */
export function applyMove(state: MoveState, from: string, to: string, unit: Unit, adding: Piece[]): void {
  const fromWeeks = state.held.get(from)!;
  for (const piece of unit.pieces) {
    const list = fromWeeks.get(piece.week) ?? [];
    fromWeeks.set(
      piece.week,
      list.filter((p) => p !== piece),
    );
    const c = cell(from, piece.week);
    state.hours.set(c, (state.hours.get(c) ?? 0) - piece.occ.hours);
  }
  const toWeeks = state.held.get(to) ?? new Map<string, Piece[]>();
  state.held.set(to, toWeeks);
  for (const piece of adding) {
    toWeeks.set(piece.week, [...(toWeeks.get(piece.week) ?? []), piece]);
    const c = cell(to, piece.week);
    state.hours.set(c, (state.hours.get(c) ?? 0) + piece.occ.hours);
  }
}
