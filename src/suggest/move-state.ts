import { cell, figuresOf, isSystemPiece, type Piece, type Team } from './team.js';

/**
 * The team's calendars as the suggestions so far would leave them. Moves for one flagged week change
 * the hours later weeks start from, so the suggestions for the whole window are consistent.
 *
 * Besides each person's pieces by week, the state keeps indexes that the moves update as they are
 * applied, so that checking a candidate costs in proportion to the meetings it moves, not to the
 * colleague's whole window: which systems each person holds (with counts), each person's pieces by
 * series UID and by occurrence key (so, which occurrences they hold), and each person's highest
 * hours/capacity over the window.
 */
export interface MoveState {
  team: Team;
  /** person → week → hours the person holds. */
  hours: Map<string, Map<string, number>>;
  /** Counted pieces each person holds, by week. */
  held: Map<string, Map<string, Piece[]>>;
  /** person → system → pieces held of that system. */
  systemCount: Map<string, Map<string, number>>;
  /** person → series UID → pieces held, in the order they were taken (start order, then moves). */
  byUid: Map<string, Map<string, Piece[]>>;
  /** person → occurrence key → pieces held, in the same order. */
  byKey: Map<string, Map<number, Piece[]>>;
  /** person → highest hours/capacity of their weeks with capacity (0 when none). */
  peak: Map<string, number>;
}

/** A movable meeting: a whole series in the window, or one occurrence (all its pieces). */
export interface Unit {
  kind: 'series' | 'occurrence';
  uid: string;
  system: string;
  /** The owner's pieces of it, in start order. */
  pieces: Piece[];
}

function inner<K, V>(outer: Map<string, Map<K, V>>, person: string): Map<K, V> {
  let map = outer.get(person);
  if (!map) {
    map = new Map<K, V>();
    outer.set(person, map);
  }
  return map;
}

const bump = <K>(map: Map<K, number>, key: K, by: number): void => {
  const n = (map.get(key) ?? 0) + by;
  if (n === 0) map.delete(key);
  else map.set(key, n);
};

/** Adds a piece to a person's indexes: their system counts, pieces by series UID and by occurrence key. */
function index(
  systems: Map<string, number>,
  uids: Map<string, Piece[]>,
  keys: Map<number, Piece[]>,
  piece: Piece,
): void {
  bump(systems, piece.system, 1);
  const byUid = uids.get(piece.uid);
  if (byUid) byUid.push(piece);
  else uids.set(piece.uid, [piece]);
  const byKey = keys.get(piece.key);
  if (byKey) byKey.push(piece);
  else keys.set(piece.key, [piece]);
}

function addPiece(state: MoveState, person: string, piece: Piece): void {
  index(inner(state.systemCount, person), inner(state.byUid, person), inner(state.byKey, person), piece);
}

function removeFrom<K>(map: Map<K, Piece[]>, key: K, piece: Piece): void {
  const list = map.get(key);
  if (!list) return;
  const rest = list.filter((p) => p !== piece);
  if (rest.length === 0) map.delete(key);
  else map.set(key, rest);
}

function removePiece(state: MoveState, person: string, piece: Piece): void {
  bump(inner(state.systemCount, person), piece.system, -1);
  removeFrom(inner(state.byUid, person), piece.uid, piece);
  removeFrom(inner(state.byKey, person), piece.key, piece);
}

/** The person's highest hours/capacity over the window's weeks with capacity. */
function peakOf(state: MoveState, person: string): number {
  let max = 0;
  for (const week of state.team.weeks) {
    const cap = figuresOf(state.team, person, week).capacity;
    if (cap > 0) max = Math.max(max, hoursOf(state, person, week) / cap);
  }
  return max;
}

export function createState(team: Team): MoveState {
  const hours = new Map<string, Map<string, number>>();
  for (const id of team.ids)
    hours.set(id, new Map(team.weeks.map((week) => [week, figuresOf(team, id, week).scheduled])));
  const state: MoveState = {
    team,
    hours,
    held: new Map(),
    systemCount: new Map(),
    byUid: new Map(),
    byKey: new Map(),
    peak: new Map(),
  };
  for (const [person, pieces] of team.pieces) {
    const byWeek = new Map<string, Piece[]>();
    const systems = inner(state.systemCount, person);
    const uids = inner(state.byUid, person);
    const keys = inner(state.byKey, person);
    // Pieces come in start order, so a week's pieces come together.
    let week: string | null = null;
    let list: Piece[] = [];
    for (const p of pieces) {
      if (p.week !== week) {
        week = p.week;
        list = byWeek.get(week) ?? [];
        byWeek.set(week, list);
      }
      list.push(p);
      index(systems, uids, keys, p);
    }
    state.held.set(person, byWeek);
  }
  for (const id of team.ids) state.peak.set(id, peakOf(state, id));
  return state;
}

export const hoursOf = (state: MoveState, person: string, week: string): number =>
  state.hours.get(person)?.get(week) ?? 0;

function addHours(state: MoveState, person: string, week: string, by: number): void {
  const weeks = inner(state.hours, person);
  weeks.set(week, (weeks.get(week) ?? 0) + by);
}

export function piecesOf(state: MoveState, person: string, week: string): Piece[] {
  return state.held.get(person)?.get(week) ?? [];
}

/** Whether the person holds a piece of this occurrence. */
export const holdsKey = (state: MoveState, person: string, key: number): boolean =>
  state.byKey.get(person)?.has(key) ?? false;

/** Whether the person holds a piece of a meeting of this system. */
export const holdsSystem = (state: MoveState, person: string, system: string): boolean =>
  state.systemCount.get(person)?.has(system) ?? false;

/** The highest hours/capacity of any person-week in the state. */
export function teamMax(state: MoveState): number {
  let max = 0;
  for (const id of state.team.ids) max = Math.max(max, state.peak.get(id) ?? 0);
  return max;
}

const byStart = (a: Piece, b: Piece): number => a.start - b.start;

/** The owner's movable units in a week: their counted meetings tagged to a system. */
export function candidateUnits(state: MoveState, person: string, week: string): Unit[] {
  const inWeek = piecesOf(state, person, week).filter(isSystemPiece);
  const units = new Map<string, Unit>();
  for (const piece of inWeek) {
    const series = piece.recurring && state.team.wholeSeries.has(cell(person, piece.uid));
    const id = series ? `s\u0000${piece.uid}` : `o\u0000${piece.key}`;
    if (units.has(id)) continue;
    // Pieces that start together are in the same week, where both lists keep the same order, so the
    // stable sort orders them as a sort of all the person's pieces would.
    const index = series ? state.byUid.get(person)?.get(piece.uid) : state.byKey.get(person)?.get(piece.key);
    const pieces = [...(index ?? [])].sort(byStart);
    units.set(id, {
      kind: series ? 'series' : 'occurrence',
      uid: piece.uid,
      system: piece.system,
      pieces,
    });
  }
  return [...units.values()];
}

export function hoursByWeek(pieces: Piece[]): Map<string, number> {
  const byWeek = new Map<string, number>();
  for (const p of pieces) byWeek.set(p.week, (byWeek.get(p.week) ?? 0) + p.hours);
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
    removePiece(state, from, piece);
    addHours(state, from, piece.week, -piece.hours);
  }
  const toWeeks = state.held.get(to) ?? new Map<string, Piece[]>();
  state.held.set(to, toWeeks);
  for (const piece of adding) {
    toWeeks.set(piece.week, [...(toWeeks.get(piece.week) ?? []), piece]);
    addPiece(state, to, piece);
    addHours(state, to, piece.week, piece.hours);
  }
  state.peak.set(from, peakOf(state, from));
  state.peak.set(to, peakOf(state, to));
}
