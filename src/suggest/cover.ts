import { onLeave } from '../measure/capacity.js';
import type { PersonWeek } from '../types.js';
import { evaluate, type Option } from './evaluate.js';
import { applyMove, createState, hoursOf, piecesOf, type MoveState, type Unit } from './move-state.js';
import { blockReason, countReasons } from './moves.js';
import { figuresOf, isSystemPiece, meetingRef, round, type Piece, type Team } from './team.js';
import type { ChoiceReason, Cover, LeaveCover, Rejection } from './types.js';

/** Each occurrence in the week on its own: cover is for the leave, never a whole series. */
function occurrenceUnits(pieces: Piece[]): Unit[] {
  const units = new Map<number, Unit>();
  for (const p of pieces) {
    const unit = units.get(p.key) ?? {
      kind: 'occurrence' as const,
      uid: p.uid,
      system: p.system,
      pieces: [],
    };
    unit.pieces.push(p);
    units.set(p.key, unit);
  }
  return [...units.values()];
}

/** Who should go instead: one who attends anyway, then the system's lead, one already engaged, the least loaded, by name. */
function better(a: Option, b: Option, state: MoveState, week: string): boolean {
  const key = (o: Option): (number | string)[] => [
    o.kind === 'step-back' ? 0 : 1,
    o.isLead ? 0 : 1,
    o.engaged ? 0 : 1,
    hoursOf(state, o.to, week),
    o.to,
  ];
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]!;
  return false;
}

function why(option: Option): ChoiceReason[] {
  if (option.kind === 'step-back') return ['already-attends'];
  const reasons: ChoiceReason[] = [];
  if (option.isLead) reasons.push('designated-lead');
  if (option.engaged) reasons.push('engaged-with-system');
  return reasons.length > 0 ? reasons : ['covers-system'];
}

function coverFor(state: MoveState, person: string, week: string, unit: Unit, maxLoad: number): Cover {
  const options: Option[] = [];
  const rejections: Rejection[] = [];
  for (const to of state.team.ids) {
    if (to === person) continue;
    const result = evaluate(state, person, to, unit, maxLoad);
    if ('option' in result) options.push(result.option);
    else rejections.push(result.rejection);
  }
  const hours = round(unit.pieces.reduce((s, p) => s + p.hours, 0));
  const meeting = meetingRef(state.team, unit.pieces[0]!);
  const best = options.reduce<Option | null>((b, o) => (!b || better(o, b, state, week) ? o : b), null);
  if (!best) {
    return {
      meeting,
      hours,
      to: null,
      kind: null,
      why: [],
      toBefore: null,
      toAfter: null,
      toWarnAt: null,
      reason: blockReason(rejections),
      counts: countReasons(rejections),
    };
  }
  const before = hoursOf(state, best.to, week);
  const gained = best.adding.reduce((s, p) => s + p.hours, 0);
  applyMove(state, person, best.to, unit, best.adding);
  return {
    meeting,
    hours,
    to: best.to,
    kind: best.kind,
    why: why(best),
    toBefore: round(before),
    toAfter: round(before + gained),
    toWarnAt: round(figuresOf(state.team, best.to, week).warnAt),
    reason: null,
    counts: {},
  };
}

/**
 * Cover for the meetings of a week of leave (SPEC "Overload": they need cover, they are not
 * overload). Each occurrence tagged to a system is offered to colleagues under the same feasibility
 * rules as a move (src/suggest/evaluate.ts: covers the system, authority, present, free, stays under
 * warn; the team's highest load does not apply, as cover relieves none); chosen covers are applied in turn, so nobody is offered the same free hour twice. Meetings
 * no system is tagged to are counted but nobody is proposed for them.
 */
export function suggestCover(team: Team, personWeeks: PersonWeek[]): LeaveCover[] {
  const weeks = personWeeks
    .filter((pw) => onLeave(pw) && pw.scheduled > 0)
    .sort((a, b) => (a.week === b.week ? (a.person < b.person ? -1 : 1) : a.week < b.week ? -1 : 1));
  // The state indexes every piece of the team: built only when some week of leave needs cover.
  if (weeks.length === 0) return [];
  const state = createState(team);
  // A move must not raise the team's highest load; cover relieves no load (the leave week has no
  // ratio), so only "stays under warn" bounds the colleague.
  const maxLoad = Number.POSITIVE_INFINITY;
  return weeks.map((pw) => {
    const pieces = piecesOf(state, pw.person, pw.week);
    const tagged = pieces.filter(isSystemPiece);
    const unassigned = pieces.filter((p) => !isSystemPiece(p)).reduce((s, p) => s + p.hours, 0);
    const meetings = occurrenceUnits(tagged)
      .sort((a, b) => a.pieces[0]!.start - b.pieces[0]!.start)
      .map((unit) => coverFor(state, pw.person, pw.week, unit, maxLoad));
    return {
      person: pw.person,
      week: pw.week,
      hours: round(pw.scheduled),
      unassignedHours: round(unassigned),
      meetings,
    };
  });
}
