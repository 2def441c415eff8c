import { hoursText, plural } from '../../findings/numbers.js';
import type { SeatGap, SuggestionSet } from '../../suggest/types.js';
import { blockedSentence, meetingName } from '../suggestions/sentences.js';
import type { Flow } from './flow.js';
import { moveCells } from './move-cells.js';
import { capped, drawTable, type Row } from './table.js';
import type { PackView } from './view.js';
import { leadPlan } from './lead-plan.js';

function moves(flow: Flow, view: PackView, set: SuggestionSet): void {
  const { names } = view;
  flow.heading('Suggested moves for every flagged week', 60);
  if (set.moves.length === 0) flow.paragraph('No week reached warn, so no move is needed.');
  for (const w of set.moves) {
    const outcome =
      w.outcome === 'resolved' || w.outcome === 'partly-resolved'
        ? `→ ${hoursText(w.hoursAfter)} h after ${plural(w.moves.length, 'move')} (${w.resolved ? 'under warn' : w.levelAfter})`
        : w.outcome === 'resolved-earlier'
          ? ': already under warn after the moves for earlier weeks'
          : w.outcome === 'no-system-meetings'
            ? ': nothing to move (no meeting that week is tagged to a system)'
            : ': no feasible move';
    flow.heading(
      `${names.person(w.person)}, ${w.week}: ${hoursText(w.hoursBefore)} h (warn at ${hoursText(w.warnAt)} h)${outcome.startsWith(':') ? '' : ' '}${outcome}`,
      30,
      9.5,
    );
    if (w.moves.length > 0) {
      const rows: Row[] = w.moves.map((m) => {
        const { action, theirs, colleague } = moveCells(m, w.week, view);
        const unit = m.unit === 'series' && m.occurrences > 1 ? `series, ${m.occurrences}×` : 'once';
        return {
          cells: [
            meetingName(m.meeting, names),
            names.system(m.meeting.system),
            unit,
            action,
            theirs,
            colleague,
          ],
        };
      });
      drawTable(
        flow,
        [
          { header: 'Meeting', width: 30, wrap: true },
          { header: 'System', width: 17 },
          { header: 'Unit', width: 9 },
          { header: 'Action', width: 20, wrap: true },
          { header: 'Their h', width: 12, align: 'right' },
          { header: 'Colleague h', width: 12, align: 'right' },
        ],
        rows,
      );
    }
    for (const b of w.blocked.slice(0, 5))
      flow.paragraph(`Not movable: ${blockedSentence(b, names)}`, 8, 'body', '#5C5C5C', 8, 2);
  }
}

function forums(flow: Flow, view: PackView, set: SuggestionSet): void {
  const { names } = view;
  flow.heading('Joint forums: one workstream at several systems in a week (largest saving first)', 60);
  if (set.consolidation.length === 0)
    flow.paragraph('No candidate: nobody met about one workstream at several systems in one week.');
  else
    drawTable(
      flow,
      [
        { header: 'Person', width: 20 },
        { header: 'Week', width: 10 },
        { header: 'Workstream', width: 17, wrap: true },
        { header: 'Systems (hours)', width: 43, wrap: true },
        { header: 'Saves h', width: 10, align: 'right' },
      ],
      capped(
        flow,
        [...set.consolidation]
          .sort((a, b) => b.couldSave - a.couldSave)
          .map((c) => ({
            cells: [
              names.person(c.person),
              c.week,
              names.workstream(c.workstream),
              c.systems.map((s) => `${names.system(s.system)} (${hoursText(s.hours)})`).join(', '),
              hoursText(c.couldSave),
            ],
          })),
        'candidate',
      ),
    );
  flow.heading('Double attendance: two or more executives at the same meeting', 60);
  if (set.doubleAttendance.length === 0) flow.paragraph('No meeting had two executives from the team.');
  else
    drawTable(
      flow,
      [
        { header: 'Meeting', width: 32, wrap: true },
        { header: 'System', width: 18 },
        { header: 'Attendees', width: 28, wrap: true },
        { header: 'Times', width: 7, align: 'right' },
        { header: 'Saves h', width: 11, align: 'right' },
      ],
      capped(
        flow,
        [...set.doubleAttendance]
          .sort((a, b) => b.couldSave - a.couldSave)
          .map((d) => ({
            cells: [
              meetingName(d.meeting, names),
              names.system(d.system),
              d.attendees.map(names.person).join(', '),
              String(d.occurrences),
              hoursText(d.couldSave),
            ],
          })),
        'meeting',
      ),
    );
}

function seats(flow: Flow, view: PackView, list: readonly SeatGap[], team: string | null): void {
  flow.heading(
    `Seat at the table: systems without clinical or strategic engagement${team ? ` (${team})` : ''}`,
    50,
  );
  if (list.length === 0) {
    flow.paragraph('Every system has clinical or strategic engagement in the window.');
    return;
  }
  drawTable(
    flow,
    [
      { header: 'System', width: 35 },
      { header: 'Gap', width: 65, wrap: true },
    ],
    list.map((s) => ({
      cells: [
        view.names.system(s.system),
        s.code === 'no-engagement'
          ? 'No engagement in the window.'
          : `Only operational: ${hoursText(s.operationalHours ?? 0)} h operational${s.untaggedHours ? `, ${hoursText(s.untaggedHours)} h with no workstream` : ''}; nothing clinical or strategic.`,
      ],
    })),
  );
}

export function drawRedistribution(flow: Flow, view: PackView): void {
  const set = view.report.suggestions;
  if (!set) return;
  flow.newPage();
  moves(flow, view, set);
  // With teams, each team has its own lead plan and seats (suggestions never cross a team).
  const parts = set.teams
    ? set.teams.map((t) => ({ team: t.team ?? 'people without a team', plan: t.leadPlan, seats: t.seats }))
    : [{ team: null, plan: set.leadPlan, seats: set.seats }];
  flow.newPage();
  for (const p of parts) leadPlan(flow, view, p.plan, p.team);
  forums(flow, view, set);
  for (const p of parts) seats(flow, view, p.seats, p.team);
}
