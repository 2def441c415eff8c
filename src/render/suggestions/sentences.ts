import type { Config } from '../../config/types.js';
import { hoursText, plural } from '../../findings/numbers.js';
import type {
  BlockedMeeting,
  ConsolidationCandidate,
  DoubleAttendance,
  MeetingRef,
  Move,
  PlanBlocker,
  Rejection,
  RemovedDoubleAttendance,
  SeatGap,
  WeekMoves,
} from '../../suggest/types.js';

/** Display names for ids; people and systems show as their ids when no name is known. */
export interface SuggestionLabels {
  person: (id: string) => string;
  system: (id: string) => string;
  workstream: (id: string) => string;
}

export function labelsFrom(source: {
  people?: readonly { id: string; name: string }[];
  systems: readonly { id: string; name: string }[];
  workstreams: readonly { id: string; name: string }[];
}): SuggestionLabels {
  const people = new Map((source.people ?? []).map((p) => [p.id, p.name]));
  const systems = new Map(source.systems.map((s) => [s.id, s.name]));
  const workstreams = new Map(source.workstreams.map((w) => [w.id, w.name]));
  return {
    person: (id) => people.get(id) || id,
    system: (id) => systems.get(id) ?? id,
    workstream: (id) => workstreams.get(id) ?? id,
  };
}

/** Names joined as a sentence: "A", "A and B", "A, B and C". */
export function namesText(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

export const labelsFromConfig = (config: Config): SuggestionLabels => labelsFrom(config);

/** A meeting's name for humans: its title, or its system and workstream when the title is hidden. */
export function meetingName(m: MeetingRef, labels: SuggestionLabels): string {
  if (!m.titleHidden) return `"${m.title}"`;
  const what = m.title === '(private)' ? 'a private' : 'a';
  return `${what} ${labels.system(m.system)} meeting${m.workstream ? ` on ${labels.workstream(m.workstream)}` : ''}`;
}

function perWeek(move: Move): string {
  const distinct = new Set(move.weeks.map((w) => w.hours));
  if (move.weeks.length <= 1) return `${hoursText(move.hoursInWeek)} h`;
  if (distinct.size === 1)
    return `${hoursText(move.hoursInWeek)} h a week over ${plural(move.weeks.length, 'week')}`;
  return move.weeks.map((w) => `${hoursText(w.hours)} h in ${w.week}`).join(', ');
}

export const WHY: Record<Move['why'][number], (system: string) => string> = {
  'already-attends': () => 'already attends it',
  'designated-lead': (s) => `designated lead for ${s}`,
  'engaged-with-system': (s) => `already engaged with ${s}`,
  'covers-system': (s) => `covers ${s}`,
};

/** One suggestion as a sentence, with both people's hours in the flagged week. */
export function moveSentence(move: Move, week: string, labels: SuggestionLabels): string {
  const w = move.weeks.find((x) => x.week === week) ?? move.weeks[0]!;
  const system = labels.system(move.meeting.system);
  const name = meetingName(move.meeting, labels);
  const unit =
    move.unit === 'series' && move.occurrences > 1
      ? `the series, ${plural(move.occurrences, 'occurrence')}`
      : 'one occurrence';
  const from = labels.person(move.from);
  const to = labels.person(move.to);
  // Moves are for this week under today's leads; say so when the lead plan gives the system to someone else.
  const plan = move.planLead
    ? ` The lead plan would make ${labels.person(move.planLead)} the lead for ${system} instead of today's lead.`
    : '';
  if (move.kind === 'step-back') {
    return (
      `${from} steps back from ${name} (${system}; ${unit}, ${perWeek(move)}): ${to} already attends. ` +
      `${from} ${hoursText(w.fromBefore)} → ${hoursText(w.fromAfter)} h; ${to} stays at ${hoursText(w.toAfter)} h.${plan}`
    );
  }
  const why = move.why
    .map((r) => (r === 'designated-lead' && move.planLead ? `${WHY[r](system)} today` : WHY[r](system)))
    .join(', ');
  // Weeks where the colleague gains nothing (they already attend) are not a burden the move adds.
  const peak = Math.max(0, ...move.weeks.filter((x) => x.gained > 0).map((x) => x.toAfter));
  const already = move.weeks.filter((x) => x.gained < x.hours).length;
  const stays =
    move.weeks.length > 1 ? `stays under warn every week (at most ${hoursText(peak)} h)` : 'stays under warn';
  return (
    `Move ${name} (${system}; ${unit}, ${perWeek(move)}) from ${from} to ${to}: ` +
    `${from} ${hoursText(w.fromBefore)} → ${hoursText(w.fromAfter)} h, ` +
    `${to} ${hoursText(w.toBefore)} → ${hoursText(w.toAfter)} h (warn at ${hoursText(w.toWarnAt)} h). ` +
    `Why ${to}: ${why}; free at every occurrence and ${stays}.` +
    (already > 0
      ? ` ${to} already attends it in ${plural(already, 'of these weeks', 'of these weeks')}.`
      : '') +
    plan
  );
}

export function rejectionText(
  r: Rejection,
  system: string,
  fromId: string,
  labels: SuggestionLabels,
): string {
  const person = labels.person(r.person);
  const from = labels.person(fromId);
  switch (r.reason) {
    case 'not-eligible':
      return `${person} does not cover ${system}`;
    case 'authority':
      return `${person} has less authority than ${from}`;
    case 'absent':
      return `${person} is absent in ${r.week ?? 'an affected week'}`;
    case 'busy':
      return `${person} is busy at ${plural(r.clashes ?? 1, 'occurrence')}`;
    case 'would-overload':
      return `${person} would reach ${hoursText(r.hoursAfter ?? 0)} h in ${r.week ?? ''} (warn at ${hoursText(r.warnAt ?? 0)} h)`;
    case 'less-preferred':
      return `${person} could take it but ranks lower`;
  }
}

export const BLOCK: Record<BlockedMeeting['reason'], (system: string) => string> = {
  'nobody-eligible': (s) => `nobody else may cover ${s}`,
  'everyone-busy': (s) => `everyone else who covers ${s} is busy then`,
  'everyone-overloaded': (s) => `everyone else who covers ${s} would reach warn`,
  'busy-or-overloaded': (s) => `everyone else who covers ${s} is busy then or would reach warn`,
};

export function blockedSentence(b: BlockedMeeting, labels: SuggestionLabels): string {
  const system = labels.system(b.meeting.system);
  return `${meetingName(b.meeting, labels)} (${system}, ${hoursText(b.hoursInWeek)} h): ${BLOCK[b.reason](system)}.`;
}

/** The headline of one flagged week: where it starts and where the suggestions leave it. */
export function weekHeadline(w: WeekMoves, labels: SuggestionLabels): string {
  const start = `${labels.person(w.person)} ${w.week}: ${hoursText(w.hoursBefore)} h (${w.levelBefore}; warn at ${hoursText(w.warnAt)} h)`;
  switch (w.outcome) {
    case 'resolved':
      return `${start} → ${hoursText(w.hoursAfter)} h after ${plural(w.moves.length, 'move')}.`;
    case 'resolved-earlier':
      return `${start}: already under warn after the moves for earlier weeks.`;
    case 'partly-resolved':
      return `${start} → ${hoursText(w.hoursAfter)} h (${w.levelAfter}): no further move is feasible.`;
    case 'no-system-meetings':
      return `${start}: nothing to move, no meeting that week is tagged to a system.`;
    case 'blocked':
      return `${start}: no feasible move.`;
  }
}

export function blockerSentence(b: PlanBlocker, labels: SuggestionLabels): string {
  if (b.code === 'no-eligible-lead') {
    return `${labels.system(b.system)}: nobody covers it, so its ${hoursText(b.hours)} h stay with today's attendees.`;
  }
  const parts = [
    `${labels.person(b.person)} ${b.week}: ${hoursText(b.hours)} h (warn at ${hoursText(b.warnAt)} h)`,
  ];
  if (b.baseHours > 0 && b.baseHours >= b.warnAt)
    parts.push(`${hoursText(b.baseHours)} h are meetings no lead plan moves`);
  else if (b.baseHours > 0) parts.push(`${hoursText(b.baseHours)} h outside the planned systems`);
  if (b.soleEligibleFor.length > 0)
    parts.push(`the only one who covers ${b.soleEligibleFor.map(labels.system).join(', ')}`);
  return `${parts.join('; ')}.`;
}

export function removedSentence(r: RemovedDoubleAttendance, labels: SuggestionLabels): string {
  return (
    `${meetingName(r.meeting, labels)} (${labels.system(r.system)}): ${namesText(r.attendees.map(labels.person))} attend today; ` +
    `only ${labels.person(r.lead)} under the plan, saving ${hoursText(r.hoursSaved)} person-hours.`
  );
}

export function consolidationSentence(c: ConsolidationCandidate, labels: SuggestionLabels): string {
  const systems = c.systems.map((s) => `${labels.system(s.system)} (${hoursText(s.hours)} h)`).join(', ');
  return (
    `${labels.person(c.person)} ${c.week}: ${labels.workstream(c.workstream)} in ${systems}. ` +
    `A joint forum could save ${hoursText(c.couldSave)} h.`
  );
}

export function doubleSentence(d: DoubleAttendance, labels: SuggestionLabels): string {
  return (
    `${meetingName(d.meeting, labels)} (${labels.system(d.system)}): ${namesText(d.attendees.map(labels.person))} at ` +
    `${plural(d.occurrences, 'occurrence')} (${hoursText(d.hours)} h). One stepping back saves ${hoursText(d.couldSave)} person-hours.`
  );
}

export function seatSentence(s: SeatGap, labels: SuggestionLabels): string {
  if (s.code === 'no-engagement') return `${labels.system(s.system)}: no engagement in the window.`;
  const untagged = s.untaggedHours ? ` and ${hoursText(s.untaggedHours)} h with no workstream` : '';
  return (
    `${labels.system(s.system)}: only operational workstreams (${hoursText(s.operationalHours ?? 0)} h${untagged}); ` +
    'nothing clinical or strategic.'
  );
}
