import type { Config } from '../../config/types.js';
import { hoursText, percentText, plural } from '../../findings/numbers.js';
import type {
  BlockedMeeting,
  ConsolidationCandidate,
  DoubleAttendance,
  LeadPlan,
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
  system: (id: string) => string;
  workstream: (id: string) => string;
}

export function labelsFrom(source: {
  systems: readonly { id: string; name: string }[];
  workstreams: readonly { id: string; name: string }[];
}): SuggestionLabels {
  const systems = new Map(source.systems.map((s) => [s.id, s.name]));
  const workstreams = new Map(source.workstreams.map((w) => [w.id, w.name]));
  return {
    system: (id) => systems.get(id) ?? id,
    workstream: (id) => workstreams.get(id) ?? id,
  };
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
  if (move.kind === 'step-back') {
    return (
      `${move.from} steps back from ${name} (${system}; ${unit}, ${perWeek(move)}): ${move.to} already attends. ` +
      `${move.from} ${hoursText(w.fromBefore)} → ${hoursText(w.fromAfter)} h; ${move.to} stays at ${hoursText(w.toAfter)} h.`
    );
  }
  const why = move.why.map((r) => WHY[r](system)).join(', ');
  // Weeks where the colleague gains nothing (they already attend) are not a burden the move adds.
  const peak = Math.max(0, ...move.weeks.filter((x) => x.gained > 0).map((x) => x.toAfter));
  const already = move.weeks.filter((x) => x.gained < x.hours).length;
  const stays =
    move.weeks.length > 1 ? `stays under warn every week (at most ${hoursText(peak)} h)` : 'stays under warn';
  return (
    `Move ${name} (${system}; ${unit}, ${perWeek(move)}) from ${move.from} to ${move.to}: ` +
    `${move.from} ${hoursText(w.fromBefore)} → ${hoursText(w.fromAfter)} h, ` +
    `${move.to} ${hoursText(w.toBefore)} → ${hoursText(w.toAfter)} h (warn at ${hoursText(w.toWarnAt)} h). ` +
    `Why ${move.to}: ${why}; free at every occurrence and ${stays}.` +
    (already > 0
      ? ` ${move.to} already attends it in ${plural(already, 'of these weeks', 'of these weeks')}.`
      : '')
  );
}

export function rejectionText(r: Rejection, system: string, from: string): string {
  switch (r.reason) {
    case 'not-eligible':
      return `${r.person} does not cover ${system}`;
    case 'authority':
      return `${r.person} has less authority than ${from}`;
    case 'absent':
      return `${r.person} is absent in ${r.week ?? 'an affected week'}`;
    case 'busy':
      return `${r.person} is busy at ${plural(r.clashes ?? 1, 'occurrence')}`;
    case 'would-overload':
      return `${r.person} would reach ${hoursText(r.hoursAfter ?? 0)} h in ${r.week ?? ''} (warn at ${hoursText(r.warnAt ?? 0)} h)`;
    case 'less-preferred':
      return `${r.person} could take it but ranks lower`;
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
export function weekHeadline(w: WeekMoves): string {
  const start = `${w.person} ${w.week}: ${hoursText(w.hoursBefore)} h (${w.levelBefore}; warn at ${hoursText(w.warnAt)} h)`;
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

export function planHeadline(plan: LeadPlan): string {
  const solver = plan.solver === 'highs' ? 'HiGHS' : 'exact search';
  const how = plan.exact ? `optimal (${solver})` : `best found by HiGHS, not proved optimal (${plan.status})`;
  const worse =
    plan.maxLoadPlan > plan.maxLoadToday
      ? ' One lead per system cannot match today, where several people share each system’s meetings.'
      : '';
  return (
    `System lead plan, ${how}: highest load ${percentText(plan.maxLoadToday)} of capacity as attended today, ` +
    `${percentText(plan.maxLoadDesignated)} if the designated leads took every meeting of their systems, ` +
    `${percentText(plan.maxLoadPlan)} under this plan; ${hoursText(plan.hoursChangingHands)} h change hands.${worse} ` +
    (plan.underWarn ? 'Everyone is under warn.' : 'Not everyone can be brought under warn.')
  );
}

export function blockerSentence(b: PlanBlocker, labels: SuggestionLabels): string {
  if (b.code === 'no-eligible-lead') {
    return `${labels.system(b.system)}: nobody covers it, so its ${hoursText(b.hours)} h stay with today's attendees.`;
  }
  const parts = [`${b.person} ${b.week}: ${hoursText(b.hours)} h (warn at ${hoursText(b.warnAt)} h)`];
  if (b.baseHours > 0 && b.baseHours >= b.warnAt)
    parts.push(`${hoursText(b.baseHours)} h are meetings no lead plan moves`);
  else if (b.baseHours > 0) parts.push(`${hoursText(b.baseHours)} h outside the planned systems`);
  if (b.soleEligibleFor.length > 0)
    parts.push(`the only one who covers ${b.soleEligibleFor.map(labels.system).join(', ')}`);
  return `${parts.join('; ')}.`;
}

export function removedSentence(r: RemovedDoubleAttendance, labels: SuggestionLabels): string {
  return (
    `${meetingName(r.meeting, labels)} (${labels.system(r.system)}): ${r.attendees.join(', ')} attend today; ` +
    `only ${r.lead} under the plan, saving ${hoursText(r.hoursSaved)} person-hours.`
  );
}

export function consolidationSentence(c: ConsolidationCandidate, labels: SuggestionLabels): string {
  const systems = c.systems.map((s) => `${labels.system(s.system)} (${hoursText(s.hours)} h)`).join(', ');
  return (
    `${c.person} ${c.week}: ${labels.workstream(c.workstream)} in ${systems}. ` +
    `A joint forum could save ${hoursText(c.couldSave)} h.`
  );
}

export function doubleSentence(d: DoubleAttendance, labels: SuggestionLabels): string {
  return (
    `${meetingName(d.meeting, labels)} (${labels.system(d.system)}): ${d.attendees.join(', ')} at ` +
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
