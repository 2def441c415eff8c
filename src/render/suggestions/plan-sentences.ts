import { hoursText, percentText, plural } from '../../findings/numbers.js';
import type { LeadChange, LeadPlan, PlanKind, UnnecessaryMove } from '../../suggest/types.js';
import {
  blockerSentence,
  meetingName,
  namesText,
  removedSentence,
  type SuggestionLabels,
} from './sentences.js';

const KIND: Record<PlanKind, string> = {
  clinical: 'clinical',
  strategic: 'strategic',
  operational: 'operational',
  none: 'untagged',
};

/** A system as the plan names it: "Moorside ICS", or "Moorside ICS (clinical)" with granularity system-and-kind. */
export function unitName(system: string, kind: PlanKind | null, labels: SuggestionLabels): string {
  return kind === null ? labels.system(system) : `${labels.system(system)} (${KIND[kind]})`;
}

export function changeText(c: LeadChange, labels: SuggestionLabels): string {
  return `${unitName(c.system, c.kind, labels)}: ${labels.person(c.from)} → ${labels.person(c.to)}`;
}

/**
 * A frontier step's "lead changes" cell: why it changes nothing, as one phrase, or the changes
 * themselves, for the caller to join or wrap.
 */
export function frontierChanges(
  f: LeadPlan['frontier'][number],
  labels: SuggestionLabels,
): string | string[] {
  if (!f.improves && f.maxChanges > 0) return `no better than ${f.maxChanges - 1}`;
  if (f.changes.length === 0) return f.maxChanges === 0 ? 'designated leads' : '–';
  return f.changes.map((x) => changeText(x, labels));
}

function solverText(plan: LeadPlan): string {
  const solver = plan.solver === 'highs' ? 'HiGHS' : 'exact search';
  return plan.exact ? `optimal (${solver})` : `best found by ${solver}, not proved optimal (${plan.status})`;
}

/**
 * The plan's headline: with the frontier, the recommendation in one sentence with its cost (which
 * systems change lead, from whom to whom, the hours that move, and who the plan itself leaves or puts
 * over warn), beside today's actual peak; with balanced, the minimum-peak plan's figures.
 */
export function planHeadline(plan: LeadPlan, labels: SuggestionLabels): string {
  if (plan.objective === 'balanced' || !plan.recommendation) {
    const worse =
      plan.maxLoadPlan > plan.maxLoadToday
        ? ' One lead per system cannot match today, where several people share each system’s meetings.'
        : '';
    return (
      `Balanced system lead plan (minimum peak), ${solverText(plan)}: highest load ${percentText(plan.maxLoadToday)} of capacity as attended today, ` +
      `${percentText(plan.maxLoadDesignated)} if the designated leads took every meeting of their systems, ` +
      `${percentText(plan.maxLoadPlan)} under this plan; ${hoursText(plan.hoursChangingHands)} h change hands, ` +
      `${plural(plan.assignments.filter((a) => a.changed).length, 'system')} away from the designated lead.${worse} ` +
      (plan.underWarn ? 'Everyone is under warn.' : 'Not everyone can be brought under warn.')
    );
  }
  const r = plan.recommendation;
  const last = plan.frontier[plan.frontier.length - 1]!;
  const what =
    r.changes.length === 0
      ? 'keep the designated leads'
      : `${plural(r.changes.length, 'lead change')}: ${r.changes
          .map(
            (c) =>
              `${unitName(c.system, c.kind, labels)} from ${labels.person(c.from)} to ${labels.person(c.to)}`,
          )
          .join(', ')}, moving ${hoursText(r.hoursMoved)} h of meetings between leads`;
  const relief =
    r.bestReduction <= 0
      ? `no lead change reduces the ${hoursText(plan.overloadDesignated)} h above warn`
      : `hours above warn ${hoursText(plan.overloadDesignated)} → ${hoursText(r.overload)} h` +
        (r.maxChanges === last.maxChanges
          ? ' (the best any plan reaches)'
          : ` (${percentText(r.overloadReduction / r.bestReduction)} of the best reduction, which takes ${plural(last.maxChanges, 'change')})`);
  const peak = `peak ${percentText(plan.maxLoadDesignated)} → ${percentText(r.maxLoad)} (${percentText(plan.maxLoadToday)} as attended today)`;
  const newly = r.newlyOverWarn.map(labels.person);
  const still = r.overWarn.filter((p) => !r.newlyOverWarn.includes(p)).map(labels.person);
  const who =
    r.overWarn.length === 0
      ? 'Under it nobody is at or above warn.'
      : [
          still.length > 0
            ? `Under it ${namesText(still)} ${still.length === 1 ? 'stays' : 'stay'} at or above warn`
            : '',
          newly.length > 0
            ? `${still.length > 0 ? '; ' : 'Under it '}the plan itself puts ${namesText(newly)} at or above warn`
            : '',
        ].join('') + '.';
  return `Recommended, ${solverText(plan)}: ${what}; ${relief}, ${peak}. ${who}`;
}

export function unnecessarySentence(u: UnnecessaryMove, labels: SuggestionLabels): string {
  const system = labels.system(u.meeting.system);
  const verb =
    u.kind === 'step-back'
      ? `${labels.person(u.from)} stepping back from ${meetingName(u.meeting, labels)}`
      : `moving ${meetingName(u.meeting, labels)} from ${labels.person(u.from)} to ${labels.person(u.to)}`;
  const why =
    u.kind === 'move' && u.planLead === u.to
      ? `the plan gives ${system} to ${labels.person(u.to)} for the whole window`
      : `under the plan only its lead, ${labels.person(u.planLead)}, attends ${system}'s meetings`;
  return `${u.week}: ${verb} (${hoursText(u.hoursInWeek)} h) — ${why}.`;
}

/** One of the lists that close a lead plan, in every format that writes them. */
export interface PlanList {
  kind: 'unnecessary-moves' | 'removed-double-attendance' | 'blockers';
  heading: string;
  sentences: string[];
  /** A long list may show only its first items (the JSON and CSV have all); the blockers never are cut. */
  cut: boolean;
}

/** The lists after a lead plan's tables, in order; empty ones are left out. */
export function planLists(plan: LeadPlan, labels: SuggestionLabels): PlanList[] {
  const lists: PlanList[] = [
    {
      kind: 'unnecessary-moves',
      heading: `Moves for flagged weeks that the plan would make unnecessary (${plan.unnecessaryMoves.length}):`,
      sentences: plan.unnecessaryMoves.map((u) => unnecessarySentence(u, labels)),
      cut: true,
    },
    {
      kind: 'removed-double-attendance',
      heading: 'Double attendance the plan removes:',
      sentences: plan.removedDoubleAttendance.map((r) => removedSentence(r, labels)),
      cut: true,
    },
    {
      kind: 'blockers',
      heading: 'What keeps the plan at or above warn:',
      sentences: plan.blockers.map((b) => blockerSentence(b, labels)),
      cut: false,
    },
  ];
  return lists.filter((l) => l.sentences.length > 0);
}
