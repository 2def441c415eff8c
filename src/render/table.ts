import { Chalk, type ChalkInstance } from 'chalk';
import { ofKind } from '../findings/kinds.js';
import { hoursColumn, hoursText, percentText, plural } from '../findings/numbers.js';
import type { Report } from '../report/types.js';
import { UNASSIGNED, type Level, type PersonWeek } from '../types.js';
import { detailWeeks, personTotal, WEEK_COLUMNS, weekRow, windowTitle } from './figures.js';
import { findingsView } from './findings-view.js';
import { missingLines } from './missing.js';
import { sparkBar } from './sparkline.js';
import { fit, textTable, wrapList, type Align } from './text-table.js';
import { namesFrom } from './names.js';
import { labelsFrom } from './suggestions/sentences.js';
import { suggestionTableSections } from './suggestions/table.js';
import type { Renderer } from './types.js';

/** Width the text is wrapped to, so the report reads in a 100-column terminal. */
const WIDTH = 100;
const PERSON_WIDTH = 22;

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function levelStyle(c: ChalkInstance, level: Level, text: string): string {
  if (level === 'critical') return c.bold.white.bgRed(text);
  if (level === 'warn') return c.yellow(text);
  return text;
}

function header(report: Report, c: ChalkInstance): string[] {
  const s = report.summary;
  const unreadable = report.inputs.filter((i) => !i.readable).length;
  return [
    c.bold(`engage-load report · ${windowTitle(report)}`),
    ...missingLines(report).map((line, i) =>
      i === 0 ? c.red.bold(wrap(line, WIDTH, '  ')) : c.red(`  ${line}`),
    ),
    [
      plural(s.people, 'person', 'people'),
      `${hoursText(s.scheduled)} h scheduled`,
      s.criticalWeeks > 0 ? c.red.bold(plural(s.criticalWeeks, 'critical week')) : '0 critical weeks',
      s.warnWeeks > 0 ? c.yellow(plural(s.warnWeeks, 'warn week')) : '0 warn weeks',
      `${percentText(s.unassignedShare)} unassigned`,
      `${plural(report.inputs.length, 'calendar')}${unreadable > 0 ? ` (${unreadable} unreadable)` : ''}`,
    ].join(' · '),
  ];
}

function loadSection(report: Report, c: ChalkInstance): string[] {
  const weeks = detailWeeks(report);
  const title = report.window.weeks.length === 1 ? 'Load by person' : 'Flagged weeks';
  if (weeks.length === 0) return [c.bold(title), 'No week at or above warn.'];
  const aligns: Align[] = ['left', 'left', ...Array<Align>(9).fill('right'), 'left'];
  const names = namesFrom(report);
  const rows = weeks.map((w) => {
    const row = weekRow(w, names.person(w.person));
    row[0] = fit(row[0]!, PERSON_WIDTH);
    if (w.level === 'critical') row[11] = `${row[11]} !!`;
    else if (w.level === 'warn') row[11] = `${row[11]} !`;
    return row;
  });
  const table = textTable(WEEK_COLUMNS, rows, aligns, (text, r, col) =>
    col === 11 || (col === 2 && weeks[r]!.level === 'critical') ? levelStyle(c, weeks[r]!.level, text) : text,
  );
  return [
    c.bold(title),
    table,
    c.dim(
      'Hours. Sched: sum of meetings; Occup: diary blocked; Confl: double-booked; Out-h: outside working',
    ),
    c.dim(
      'hours on working days; Wkend: weekend; Run: longest back-to-back run; Sys: systems; Cap: capacity.',
    ),
  ];
}

function trendSection(report: Report, c: ChalkInstance): string[] {
  if (report.window.weeks.length < 2 || report.trend.length === 0) return [];
  const weeks = report.trend[0]!.weeks;
  // One scale for everyone, so a tall bar means many hours whoever it belongs to.
  const max = Math.max(0, ...report.trend.flatMap((t) => t.scheduled));
  const names = namesFrom(report);
  const rows = report.trend.map((t) => {
    const peak = Math.max(0, ...t.scheduled);
    return [
      fit(names.person(t.person), PERSON_WIDTH),
      t.scheduled.map((v) => sparkBar(v, max)).join(''),
      hoursColumn(peak),
      peak > 0 ? (t.weeks[t.scheduled.indexOf(peak)] ?? '') : '',
      hoursColumn(t.scheduled.at(-1) ?? 0),
    ];
  });
  const aligns: Align[] = ['left', 'left', 'right', 'left', 'right'];
  const table = textTable(['Person', 'Trend', 'Peak', 'Week', 'Last'], rows, aligns, (text, r, col) => {
    if (col !== 1) return text;
    const t = report.trend[r]!;
    return t.scheduled.map((v, i) => levelStyle(c, t.levels[i]!, sparkBar(v, max))).join('');
  });
  return [c.bold(`Trend: scheduled hours per week, ${weeks[0]} – ${weeks.at(-1)}`), table];
}

function systemsSection(report: Report, c: ChalkInstance): string[] {
  const names = namesFrom(report);
  const ids = report.people.map((p) => p.id);
  const personWidth = Math.min(PERSON_WIDTH, Math.max(6, ...ids.map((id) => names.person(id).length)));
  const room = WIDTH - personWidth - 2 - 6 - 2;
  const rows = ids.map((id) => {
    const items = report.totals.bySystem
      .filter((t) => t.person === id && t.hours > 0)
      .map((t) => `${names.system(t.system)} ${hoursColumn(t.hours)}`);
    return [
      fit(names.person(id), PERSON_WIDTH),
      hoursColumn(personTotal(report, id)),
      items.length > 0 ? wrapList(items, ' · ', room) : '–',
    ];
  });
  const roles = report.people.filter((p) => p.role).map((p) => `${names.person(p.id)}: ${p.role}`);
  return [
    c.bold('Hours by system'),
    textTable(['Person', 'Total', 'Hours by system over the window'], rows, ['left', 'right', 'left']),
    ...(roles.length > 0 ? [c.dim(wrap(`Roles. ${roles.join('; ')}.`, WIDTH, ''))] : []),
  ];
}

/** The weeks explained in detail: every critical week, else the three heaviest warn weeks. */
function explainedWeeks(report: Report): PersonWeek[] {
  const critical = report.personWeeks.filter((w) => w.level === 'critical');
  if (critical.length > 0) return critical;
  return report.personWeeks
    .filter((w) => w.level === 'warn')
    .sort((x, y) => y.scheduled / Math.max(y.capacity, 1e-9) - x.scheduled / Math.max(x.capacity, 1e-9))
    .slice(0, 3);
}

function meetingsSection(report: Report, c: ChalkInstance): string[] {
  const names = namesFrom(report);
  const out: string[] = [];
  for (const w of explainedWeeks(report)) {
    const meetings = report.flaggedMeetings.filter((m) => m.person === w.person && m.week === w.week);
    const bySystem = Object.entries(w.bySystem)
      .sort((x, y) => Number(x[0] === UNASSIGNED) - Number(y[0] === UNASSIGNED) || y[1] - x[1])
      .map(([system, hours]) => `${names.system(system)} ${hoursColumn(hours)}`);
    out.push(
      '',
      levelStyle(
        c,
        w.level,
        `${names.personWithRole(w.person)} ${w.week} (${w.level}): ${hoursText(w.scheduled)} h against ${hoursText(w.capacity)} h capacity`,
      ),
      wrapList(bySystem, ' · ', WIDTH),
    );
    if (meetings.length === 0) continue;
    const rows = meetings.map((m) => [
      fit(m.title, 40),
      fit(names.system(m.system), 24),
      fit(m.workstream ? names.workstream(m.workstream) : '–', 16),
      hoursColumn(m.hours),
      String(m.occurrences),
    ]);
    out.push(
      textTable(['Meeting', 'System', 'Workstream', 'Hours', 'n'], rows, [
        'left',
        'left',
        'left',
        'right',
        'right',
      ]),
    );
  }
  return out.length > 0 ? [c.bold('Behind the flagged weeks'), ...out.slice(1)] : [];
}

function findingsSection(report: Report, c: ChalkInstance, verbose: boolean): string[] {
  // Overload flags are the rows of the load table already.
  const view = findingsView(
    report.findings.filter((f) => !ofKind(f, 'overload')),
    verbose,
  );
  if (view.listed.length === 0 && !view.infoSummary) return [];
  const mark = { error: c.red('error'), warning: c.yellow('warning'), info: c.dim('info') };
  return [
    c.bold('Flags and data quality'),
    ...view.listed.map((f) => wrap(`${mark[f.severity]}: ${namesFrom(report).finding(f)}`, WIDTH, '  ')),
    ...(view.infoSummary ? [wrap(`${mark.info}: ${view.infoSummary}`, WIDTH, '  ')] : []),
  ];
}

/** The terminal report: colour only when asked, and the critical week marked "!!" either way. */
export const renderTable: Renderer = (report, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const sections = [
    header(report, c),
    loadSection(report, c),
    trendSection(report, c),
    systemsSection(report, c),
    meetingsSection(report, c),
    ...(report.suggestions
      ? suggestionTableSections(report.suggestions, { labels: labelsFrom(report), color: options.color })
      : []),
    findingsSection(report, c, options.verbose === true),
  ].filter((s) => s.length > 0);
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
};
