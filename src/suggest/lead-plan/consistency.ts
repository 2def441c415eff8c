import type { Config } from '../../config/types.js';
import type { LeadAssignment, LeadPlan, MeetingRef, PlanKind, WeekMoves } from '../types.js';

/** The plan's row for a meeting: its system, or its system and workstream kind. */
export function assignmentFor(
  plan: LeadPlan,
  config: Config,
  meeting: MeetingRef,
): LeadAssignment | undefined {
  const rows = plan.assignments.filter((a) => a.system === meeting.system);
  if (plan.granularity === 'system') return rows[0];
  const kind: PlanKind =
    (meeting.workstream && config.workstreams.find((w) => w.id === meeting.workstream)?.kind) || 'none';
  return rows.find((a) => a.kind === kind);
}

/**
 * One story: this week's moves are made under today's leads; the plan is for the quarter. Each move
 * whose system (or system and kind) the plan gives to someone other than today's lead names the plan's
 * lead, and the plan lists the moves it makes unnecessary (under the plan the person handing over does
 * not hold the meeting: only its lead does).
 */
export function tellOneStory(
  moves: WeekMoves[],
  plan: LeadPlan,
  config: Config,
): { moves: WeekMoves[]; plan: LeadPlan } {
  const unnecessary: LeadPlan['unnecessaryMoves'] = [];
  const annotated = moves.map((w) => ({
    ...w,
    moves: w.moves.map((m) => {
      const row = assignmentFor(plan, config, m.meeting);
      if (!row?.lead) return m;
      if (row.lead !== m.from)
        unnecessary.push({
          week: w.week,
          kind: m.kind,
          from: m.from,
          to: m.to,
          meeting: m.meeting,
          hoursInWeek: m.hoursInWeek,
          planLead: row.lead,
        });
      return row.changed ? { ...m, planLead: row.lead } : m;
    }),
  }));
  return { moves: annotated, plan: { ...plan, unnecessaryMoves: unnecessary } };
}
