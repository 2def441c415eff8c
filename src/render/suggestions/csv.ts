import type { LeadPlan, MeetingRef, SuggestionSet } from '../../suggest/types.js';
import type { Row } from '../csv-lines.js';

/** Rows in the report CSV's long format: person, week, system, workstream, metric, value. */
export type SuggestionRow = Row;

/** A figure about a meeting in a person's week: the meeting by its system and workstream, never its title. */
function meetingRow(person: string, week: string, meeting: MeetingRef, metric: string, hours: number): Row {
  return [person, week, meeting.system, meeting.workstream ?? '', metric, hours];
}

/** A figure of a whole plan: no person, week, system or workstream. */
const planRow = (metric: string, value: number): Row => ['', '', '', '', metric, value];

/** One lead plan's rows. */
function planRows(plan: LeadPlan): SuggestionRow[] {
  const rows: SuggestionRow[] = [];
  rows.push(
    planRow('plan_max_load_today', plan.maxLoadToday),
    planRow('plan_max_load_designated', plan.maxLoadDesignated),
    planRow('plan_max_load', plan.maxLoadPlan),
    planRow('plan_overload_designated', plan.overloadDesignated),
    planRow('plan_overload', plan.overloadPlan),
    planRow('plan_hours_moved_between_leads', plan.hoursMovedBetweenLeads),
  );
  // The frontier: k in the metric; each step's lead changes as rows with person = the new lead.
  for (const f of plan.frontier) {
    rows.push(
      planRow(`plan_frontier_overload:${f.maxChanges}`, f.overload),
      planRow(`plan_frontier_max_load:${f.maxChanges}`, f.maxLoad),
      planRow(`plan_frontier_hours_moved:${f.maxChanges}`, f.hoursMoved),
      planRow(`plan_frontier_over_warn:${f.maxChanges}`, f.overWarn.length),
    );
    for (const c of f.changes)
      rows.push([
        c.to,
        '',
        c.system,
        c.kind ?? '',
        `plan_frontier_change:${f.maxChanges}:${c.from}`,
        c.hours,
      ]);
  }
  if (plan.recommendation) rows.push(planRow('plan_recommended_changes', plan.recommendation.maxChanges));
  for (const u of plan.unnecessaryMoves)
    rows.push(meetingRow(u.from, u.week, u.meeting, `plan_makes_unnecessary:${u.to}`, u.hoursInWeek));
  for (const a of plan.assignments)
    rows.push([
      a.lead ?? '',
      '',
      a.system,
      a.kind ?? '',
      a.lead ? 'plan_lead' : `plan_lead:${a.note ?? 'none'}`,
      a.hoursPerWeek,
    ]);
  for (const p of plan.people) {
    rows.push(
      [p.person, '', '', '', 'plan_hours_per_week_today', p.todayHours],
      [p.person, '', '', '', 'plan_hours_per_week', p.planHours],
    );
    for (const w of p.weeks) rows.push([p.person, w.week, '', '', 'plan_hours', w.plan]);
  }
  for (const b of plan.blockers) {
    if (b.code === 'no-eligible-lead')
      rows.push(['', '', b.system, '', 'plan_blocker:no-eligible-lead', b.hours]);
    else rows.push([b.person, b.week, '', '', 'plan_blocker:over-warn', b.hours]);
  }
  return rows;
}

/**
 * The suggestions as long-format rows. The metric names the suggestion and, after a colon, the
 * other party or the reason; the value is hours (or a ratio for plan_max_load / plan_peak_ratio).
 * A private title never appears: meetings are identified by system and workstream.
 */
export function suggestionCsvRows(set: SuggestionSet): SuggestionRow[] {
  const rows: SuggestionRow[] = [];
  for (const w of set.moves) {
    for (const m of w.moves) {
      const metric = m.kind === 'step-back' ? `step_back:${m.to}` : `move_to:${m.to}`;
      rows.push(meetingRow(m.from, w.week, m.meeting, metric, m.hoursInWeek));
    }
    for (const b of w.blocked)
      rows.push(meetingRow(w.person, w.week, b.meeting, `no_move:${b.reason}`, b.hoursInWeek));
    rows.push([w.person, w.week, '', '', `after_moves:${w.outcome}`, w.hoursAfter]);
  }
  // With teams, each team's plan (plans never cross a team).
  for (const plan of [set.leadPlan, ...(set.teams ?? []).map((t) => t.leadPlan)]) {
    if (plan) rows.push(...planRows(plan));
  }
  for (const c of set.consolidation) {
    rows.push([
      c.person,
      c.week,
      c.systems.map((s) => s.system).join('+'),
      c.workstream,
      'joint_forum_saving',
      c.couldSave,
    ]);
  }
  for (const d of set.doubleAttendance) {
    rows.push(meetingRow(d.attendees.join('+'), '', d.meeting, 'double_attendance_saving', d.couldSave));
  }
  for (const s of set.seats) rows.push(['', '', s.system, '', `seat:${s.code}`, s.hours]);
  return rows;
}
