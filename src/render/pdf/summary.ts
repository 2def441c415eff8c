import { ofKind } from '../../findings/kinds.js';
import { hoursText, percentText, plural } from '../../findings/numbers.js';
import type { WeekMoves } from '../../suggest/types.js';
import { missingLines } from '../missing.js';
import { meetingName } from '../suggestions/sentences.js';
import { CONTENT_WIDTH, PAGE } from './document.js';
import type { Flow } from './flow.js';
import { moveCells } from './move-cells.js';
import { CRITICAL, INK, MUTED } from './palette.js';
import { drawTable, type Row } from './table.js';
import { ratio, type PackView } from './view.js';
import { loadBlock, systemsBlock } from './week-charts.js';

const MAX_PEOPLE = 8;
const MAX_MOVES = 8;

/** Calendars missing wholly or in part come first, in a box: a partial report must never read as an all-clear. */
function unreadableBanner(flow: Flow, view: PackView): void {
  const [headline, ...calendars] = missingLines(view.report);
  if (!headline) return;
  const text = `${headline} ${calendars.join('; ')}.`;
  const doc = flow.style(9, 'bold', CRITICAL);
  const h = doc.heightOfString(text, { width: CONTENT_WIDTH - 16 }) + 12;
  doc.rect(PAGE.left, flow.y, CONTENT_WIDTH, h).lineWidth(1.5).strokeColor(CRITICAL).stroke();
  doc.text(text, PAGE.left + 8, flow.y + 6, { width: CONTENT_WIDTH - 16 });
  flow.y += h + 8;
}

export function levelWord(level: string): string {
  return level === 'critical' ? '■ CRITICAL' : level === 'warn' ? '▲ warn' : 'ok';
}

function headline(view: PackView): string {
  const flagged = view.weekRows.filter((w) => w.level !== 'ok');
  if (flagged.length === 0)
    return `Everyone is under warn in ${view.week}: nobody's meetings reach their warn level.`;
  if (flagged.length === 1) {
    const w = flagged[0]!;
    return (
      `${view.names.personWithRole(w.person)} is ${w.level} in ${view.week}: ${hoursText(w.scheduled)} h of meetings ` +
      `against ${hoursText(w.capacity)} h capacity (${percentText(ratio(w))}).`
    );
  }
  const critical = flagged.filter((w) => w.level === 'critical').length;
  const warn = flagged.length - critical;
  const parts = [
    critical > 0 ? `${plural(critical, 'person', 'people')} critical` : '',
    warn > 0 ? `${warn} at warn` : '',
  ];
  return `${parts.filter(Boolean).join(' and ')} in ${view.week}, against capacity after leave:`;
}

function whoTable(flow: Flow, view: PackView): void {
  const flagged = view.weekRows.filter((w) => w.level !== 'ok');
  if (flagged.length === 0) return;
  const rows: Row[] = flagged.slice(0, MAX_PEOPLE).map((w) => ({
    cells: [
      view.names.person(w.person),
      view.names.role(w.person),
      hoursText(w.scheduled),
      `${hoursText(w.capacity)}${w.absenceDays > 0 ? ` (${w.absenceDays === 1 ? '1 day’s' : `${w.absenceDays} days’`} leave)` : ''}`,
      Number.isFinite(ratio(w)) ? percentText(ratio(w)) : '–',
      levelWord(w.level),
      `+${hoursText(w.scheduled - w.warnAt)}`,
    ],
    bold: w.level === 'critical',
    mark: w.level === 'critical' ? 'critical' : 'warn',
  }));
  drawTable(
    flow,
    [
      { header: 'Person', width: 24 },
      { header: 'Role', width: 22 },
      { header: 'Meetings h', width: 10, align: 'right' },
      { header: 'Capacity h', width: 18, align: 'right' },
      { header: 'Load', width: 7, align: 'right' },
      { header: 'Level', width: 11 },
      { header: 'Over warn h', width: 10, align: 'right' },
    ],
    rows,
  );
  if (flagged.length > MAX_PEOPLE) flow.note(`And ${flagged.length - MAX_PEOPLE} more: see the heat map.`);
}

function movesBlock(flow: Flow, view: PackView): void {
  const weeks: WeekMoves[] = (view.report.suggestions?.moves ?? []).filter((w) => w.week === view.week);
  if (weeks.length === 0) return;
  flow.heading('What to do on Monday', 60, 11);
  const rows: Row[] = [];
  for (const w of weeks) {
    const after =
      w.moves.length > 0 ? ` → ${hoursText(w.hoursAfter)} h after ${plural(w.moves.length, 'move')}` : '';
    const state = w.resolved ? `, under warn (${hoursText(w.warnAt)} h)` : `, still ${w.levelAfter}`;
    flow.paragraph(
      `${view.names.person(w.person)}: ${hoursText(w.hoursBefore)} h${after}${state}.`,
      9,
      'bold',
    );
    if (w.moves.length === 0) flow.note('No feasible move: see "Suggested moves".');
    for (const m of w.moves) {
      const { action, theirs, colleague } = moveCells(m, w.week, view);
      rows.push({
        cells: [meetingName(m.meeting, view.names), action, hoursText(m.hoursInWeek), theirs, colleague],
      });
    }
  }
  if (rows.length === 0) return;
  drawTable(
    flow,
    [
      { header: 'Meeting', width: 38, wrap: true },
      { header: 'Action', width: 29, wrap: true },
      { header: 'h', width: 5, align: 'right' },
      { header: 'Their hours', width: 14, align: 'right' },
      { header: 'Colleague’s hours', width: 14, align: 'right' },
    ],
    rows.slice(0, MAX_MOVES),
  );
  flow.note(
    `Hours in ${view.week} before → after each move, taken in order; every colleague stays under warn.`,
  );
  if (rows.length > MAX_MOVES) flow.note(`And ${rows.length - MAX_MOVES} more moves: see "Suggested moves".`);
}

function qualityLine(flow: Flow, view: PackView): void {
  const r = view.report;
  const read = r.inputs.filter((i) => i.readable).length;
  const warnings = r.findings.filter((f) => ofKind(f, 'data', 'ingest', 'input') && f.severity !== 'info');
  const first = warnings[0] ? ` First: ${view.names.finding(warnings[0])}` : '';
  const text =
    `Data quality: ${read} of ${plural(r.inputs.length, 'calendar')} read; ${percentText(r.summary.unassignedShare)} of hours not tagged to a system; ` +
    `${warnings.length === 0 ? 'no data warnings.' : `${plural(warnings.length, 'data warning')} (see "Data quality").${first}`}`;
  flow.y += 4;
  flow.paragraph(text, 8.5, 'body', warnings.length > 0 || read < r.inputs.length ? INK : MUTED);
}

/** Page 1: who is over and by how much, what to move, where the hours went, and how far to trust it. */
export function drawSummary(
  flow: Flow,
  view: PackView,
  title: { organisation?: string; subtitle: string },
): void {
  if (title.organisation) flow.line(title.organisation, 10, 'bold', MUTED, 2);
  flow.line(`Executive engagement load: week ${view.week}`, 18, 'bold', INK, 2);
  flow.line(title.subtitle, 9, 'body', MUTED, 10);
  unreadableBanner(flow, view);
  flow.paragraph(headline(view), 12, 'bold');
  whoTable(flow, view);
  movesBlock(flow, view);
  loadBlock(flow, view);
  systemsBlock(flow, view);
  qualityLine(flow, view);
}
