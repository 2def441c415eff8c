import { levelOf } from '../measure/capacity.js';
import type { PersonWeek } from '../types.js';
import { evaluate, type Option } from './evaluate.js';
import {
  applyMove,
  candidateUnits,
  createState,
  hoursByWeek,
  hoursOf,
  teamMax,
  type MoveState,
  type Unit,
} from './move-state.js';
import { figuresOf, meetingRef, round, type Team } from './team.js';
import type {
  BlockedMeeting,
  BlockReason,
  ChoiceReason,
  Move,
  MoveWeek,
  Rejection,
  RejectionReason,
  WeekMoves,
} from './types.js';

const EPS = 1e-9;

/**
 * Lower is better, compared in order: a step-back before a move; the system's designated lead; a
 * colleague already engaged with the system; a unit that alone brings the owner under warn (fewest
 * moves), the smallest such, else the largest; the fewest hours the colleague gains; then names, for
 * a stable answer.
 */
function rank(option: Option, week: string, gap: number): (number | string)[] {
  const shed = hoursByWeek(option.unit.pieces).get(week) ?? 0;
  const closes = shed >= gap - EPS;
  const gained = option.adding.reduce((s, p) => s + p.hours, 0);
  return [
    option.kind === 'step-back' ? 0 : 1,
    option.isLead ? 0 : 1,
    option.engaged ? 0 : 1,
    closes ? 0 : 1,
    closes ? shed : -shed,
    gained,
    option.to,
    option.unit.uid,
    option.unit.pieces[0]?.start ?? 0,
  ];
}

function compare(a: (number | string)[], b: (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') {
      if (Math.abs(x - y) > EPS) return x - y;
      continue;
    }
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

function why(option: Option): ChoiceReason[] {
  if (option.kind === 'step-back') return ['already-attends'];
  const reasons: ChoiceReason[] = [];
  if (option.isLead) reasons.push('designated-lead');
  if (option.engaged) reasons.push('engaged-with-system');
  if (reasons.length === 0) reasons.push('covers-system');
  return reasons;
}

function describeMove(state: MoveState, from: string, option: Option, week: string): Move {
  const shed = hoursByWeek(option.unit.pieces);
  const gained = hoursByWeek(option.adding);
  const weeks: MoveWeek[] = [...shed.keys()].sort().map((w) => {
    const fromBefore = hoursOf(state, from, w);
    const toBefore = hoursOf(state, option.to, w);
    const hours = shed.get(w) ?? 0;
    const gain = gained.get(w) ?? 0;
    return {
      week: w,
      hours: round(hours),
      gained: round(gain),
      fromBefore: round(fromBefore),
      fromAfter: round(fromBefore - hours),
      toBefore: round(toBefore),
      toAfter: round(toBefore + gain),
      toWarnAt: round(figuresOf(state.team, option.to, w).warnAt),
    };
  });
  const first = option.unit.pieces[0]!;
  return {
    kind: option.kind,
    from,
    to: option.to,
    meeting: meetingRef(state.team, first),
    unit: option.unit.kind,
    occurrences: new Set(option.unit.pieces.map((p) => p.key)).size,
    hoursInWeek: round(shed.get(week) ?? 0),
    totalHours: round([...shed.values()].reduce((s, h) => s + h, 0)),
    weeks,
    why: why(option),
  };
}

export function blockReason(rejections: Rejection[]): BlockReason {
  const eligible = rejections.filter((r) => r.reason !== 'not-eligible' && r.reason !== 'authority');
  if (eligible.length === 0) return 'nobody-eligible';
  const overloaded = eligible.filter((r) => r.reason === 'would-overload').length;
  if (overloaded === 0) return 'everyone-busy';
  return overloaded === eligible.length ? 'everyone-overloaded' : 'busy-or-overloaded';
}

export function countReasons(rejections: Rejection[]): Partial<Record<RejectionReason, number>> {
  const counts: Partial<Record<RejectionReason, number>> = {};
  for (const r of rejections) counts[r.reason] = (counts[r.reason] ?? 0) + 1;
  return counts;
}

interface Evaluated {
  unit: Unit;
  options: Option[];
  rejections: Rejection[];
}

function evaluateAll(state: MoveState, person: string, week: string): Evaluated[] {
  const maxLoad = teamMax(state);
  const colleagues = state.team.ids.filter((id) => id !== person);
  return candidateUnits(state, person, week).map((unit) => {
    const options: Option[] = [];
    const rejections: Rejection[] = [];
    for (const to of colleagues) {
      const result = evaluate(state, person, to, unit, maxLoad);
      if ('option' in result) options.push(result.option);
      else rejections.push(result.rejection);
    }
    return { unit, options, rejections };
  });
}

/** Greedy moves for one flagged person-week, applied to the state as they are chosen. */
function movesForWeek(state: MoveState, pw: PersonWeek, verbose: boolean): WeekMoves {
  const { person, week } = pw;
  const f = figuresOf(state.team, person, week);
  const hoursBefore = hoursOf(state, person, week);
  const moves: Move[] = [];
  let blocked: BlockedMeeting[] = [];
  let hadUnits = false;
  while (hoursOf(state, person, week) >= f.warnAt - EPS) {
    const evaluated = evaluateAll(state, person, week);
    if (evaluated.length > 0) hadUnits = true;
    const gap = hoursOf(state, person, week) - f.warnAt;
    let best: { option: Option; key: (number | string)[]; from: Evaluated } | null = null;
    for (const e of evaluated) {
      for (const option of e.options) {
        const key = rank(option, week, gap);
        if (!best || compare(key, best.key) < 0) best = { option, key, from: e };
      }
    }
    if (!best) {
      blocked = evaluated.map((e) => ({
        meeting: meetingRef(state.team, e.unit.pieces[0]!),
        unit: e.unit.kind,
        hoursInWeek: round(hoursByWeek(e.unit.pieces).get(week) ?? 0),
        reason: blockReason(e.rejections),
        counts: countReasons(e.rejections),
        ...(verbose ? { rejections: e.rejections } : {}),
      }));
      break;
    }
    const move = describeMove(state, person, best.option, week);
    if (verbose) {
      const others: Rejection[] = best.from.options
        .filter((o) => o !== best.option)
        .map((o) => ({ person: o.to, reason: 'less-preferred' as const }));
      move.alternatives = [...others, ...best.from.rejections].sort((a, b) => (a.person < b.person ? -1 : 1));
    }
    applyMove(state, person, best.option.to, best.option.unit, best.option.adding);
    moves.push(move);
  }
  const hoursAfter = hoursOf(state, person, week);
  const resolved = hoursAfter < f.warnAt - EPS;
  let outcome: WeekMoves['outcome'];
  if (resolved) outcome = moves.length > 0 ? 'resolved' : 'resolved-earlier';
  else if (moves.length > 0) outcome = 'partly-resolved';
  else outcome = hadUnits ? 'blocked' : 'no-system-meetings';
  return {
    person,
    week,
    levelBefore: pw.level === 'critical' ? 'critical' : 'warn',
    levelAfter: levelOf(hoursAfter, f.warnAt, f.criticalAt),
    capacity: round(f.capacity),
    warnAt: round(f.warnAt),
    criticalAt: round(f.criticalAt),
    hoursBefore: round(hoursBefore),
    hoursAfter: round(hoursAfter),
    moves,
    resolved,
    outcome,
    blocked,
  };
}

/**
 * Moves for every flagged (warn or critical) person-week, in week then person order. Each week's
 * moves are applied before the next week is considered, so no colleague is offered the same free
 * hours twice.
 */
export function suggestMoves(team: Team, personWeeks: PersonWeek[], verbose = false): WeekMoves[] {
  const state = createState(team);
  const flagged = personWeeks
    .filter((pw) => pw.level !== 'ok')
    .sort((a, b) => (a.week === b.week ? (a.person < b.person ? -1 : 1) : a.week < b.week ? -1 : 1));
  return flagged.map((pw) => movesForWeek(state, pw, verbose));
}
