import { hoursColumn, hoursText, percentText, plural } from '../findings/numbers.js';
import type { Report } from '../report/types.js';
import { UNASSIGNED } from '../types.js';
import { detailWeeks, personTotal, WEEK_COLUMNS, weekRow, windowTitle } from './figures.js';
import { findingsView } from './findings-view.js';
import { mdEscape } from './markdown-escape.js';
import { missingLines } from './missing.js';
import { sparkBar } from './sparkline.js';
import { namesFrom } from './names.js';
import { labelsFrom } from './suggestions/sentences.js';
import { suggestionMarkdown } from './suggestions/markdown.js';
import type { Renderer } from './types.js';

function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  right: ReadonlySet<number> = new Set(),
): string[] {
  const rule = head.map((_, i) => (right.has(i) ? '---:' : '---'));
  return [head, rule, ...rows].map((r) => `| ${r.join(' | ')} |`);
}

function loadSection(report: Report): string[] {
  const weeks = detailWeeks(report);
  const title = report.window.weeks.length === 1 ? '## Load by person' : '## Flagged weeks';
  if (weeks.length === 0) return [title, '', 'No week at or above warn.'];
  const names = namesFrom(report);
  const rows = weeks.map((w) => {
    const row = weekRow(w, names.person(w.person)).map(mdEscape);
    if (w.level === 'critical') row[11] = `**${row[11]}**`;
    if (w.level === 'critical') row[2] = `**${row[2]}**`;
    return row;
  });
  return [
    title,
    '',
    ...table(WEEK_COLUMNS, rows, new Set([2, 3, 4, 5, 6, 7, 8, 9, 10])),
    '',
    '_Hours. Sched: sum of meetings; Occup: diary blocked; Confl: double-booked; Out-h: outside working hours on ' +
      'working days; Wkend: weekend; Run: longest back-to-back run; Sys: systems; Cap: capacity._',
  ];
}

function trendSection(report: Report): string[] {
  if (report.window.weeks.length < 2 || report.trend.length === 0) return [];
  const weeks = report.trend[0]!.weeks;
  // One scale for everyone, as in the table.
  const max = Math.max(0, ...report.trend.flatMap((t) => t.scheduled));
  const names = namesFrom(report);
  const rows = report.trend.map((t) => [
    mdEscape(names.person(t.person)),
    t.scheduled.map((v) => sparkBar(v, max)).join(''),
    t.scheduled.map(hoursText).join(' · '),
  ]);
  return [
    `## Trend: scheduled hours per week, ${weeks[0]} – ${weeks.at(-1)}`,
    '',
    ...table(['Person', 'Trend', 'Hours per week'], rows),
  ];
}

function systemsSection(report: Report): string[] {
  const systems = [...new Set(report.totals.bySystem.filter((t) => t.hours > 0).map((t) => t.system))].sort(
    (a, b) => Number(a === UNASSIGNED) - Number(b === UNASSIGNED) || a.localeCompare(b),
  );
  const hoursOf = (person: string, system: string): string => {
    const t = report.totals.bySystem.find((x) => x.person === person && x.system === system);
    return t && t.hours > 0 ? hoursColumn(t.hours) : '';
  };
  const names = namesFrom(report);
  const rows = report.people.map((p) => [
    mdEscape(names.person(p.id)),
    mdEscape(p.role || '–'),
    hoursColumn(personTotal(report, p.id)),
    ...systems.map((s) => hoursOf(p.id, s)),
  ]);
  const right = new Set(systems.map((_, i) => i + 3).concat(2));
  const head = ['Person', 'Role', 'Total', ...systems.map((s) => mdEscape(names.system(s)))];
  return ['## Hours by system', '', ...table(head, rows, right)];
}

function meetingsSection(report: Report): string[] {
  const names = namesFrom(report);
  const out: string[] = [];
  for (const w of report.personWeeks.filter((pw) => pw.level !== 'ok')) {
    const meetings = report.flaggedMeetings.filter((m) => m.person === w.person && m.week === w.week);
    if (meetings.length === 0) continue;
    out.push(
      '',
      `### ${mdEscape(names.personWithRole(w.person))} · ${w.week} · ${w.level}: ${hoursText(w.scheduled)} h against ${hoursText(w.capacity)} h`,
      '',
      ...table(
        ['Meeting', 'System', 'Workstream', 'Hours', 'n'],
        meetings.map((m) => [
          mdEscape(m.title),
          mdEscape(names.system(m.system)),
          mdEscape(m.workstream ? names.workstream(m.workstream) : '–'),
          hoursColumn(m.hours),
          String(m.occurrences),
        ]),
        new Set([3, 4]),
      ),
    );
  }
  return out.length > 0 ? ['## Behind the flagged weeks', ...out] : [];
}

function findingsSection(report: Report, verbose: boolean): string[] {
  const view = findingsView(report.findings, verbose);
  if (view.listed.length === 0 && !view.infoSummary) return [];
  return [
    '## Flags and data quality',
    '',
    ...view.listed.map((f) => `- **${f.severity}**: ${mdEscape(namesFrom(report).finding(f))}`),
    ...(view.infoSummary ? [`- **info**: ${mdEscape(view.infoSummary)}`] : []),
  ];
}

/** A GitHub alert, so that an incomplete report cannot be mistaken for a complete one. */
function missingSection(report: Report): string[] {
  const [headline, ...calendars] = missingLines(report);
  if (!headline) return [];
  return ['> [!WARNING]', `> **${mdEscape(headline)}**`, ...calendars.map((l) => `> - ${mdEscape(l)}`)];
}

function inputsSection(report: Report): string[] {
  const rows = report.inputs.map((i) => [
    mdEscape(i.name),
    mdEscape(namesFrom(report).person(i.person)),
    i.producer,
    String(i.events),
    String(i.occurrences),
    i.readable ? 'yes' : '**no**',
  ]);
  return [
    '## Inputs',
    '',
    ...table(['Calendar', 'Person', 'Producer', 'Events', 'In window', 'Readable'], rows, new Set([3, 4])),
  ];
}

/** Headings and GitHub tables, fit for a CI job summary. */
export const renderMarkdown: Renderer = (report, options) => {
  const s = report.summary;
  const head = [
    `# engage-load report: ${mdEscape(windowTitle(report))}`,
    '',
    `${plural(s.people, 'person', 'people')} · ${hoursText(s.scheduled)} h scheduled · ` +
      `**${plural(s.criticalWeeks, 'critical week')}** · ${plural(s.warnWeeks, 'warn week')} · ` +
      `${percentText(s.unassignedShare)} unassigned`,
  ];
  const sections = [
    head,
    missingSection(report),
    loadSection(report),
    trendSection(report),
    systemsSection(report),
    meetingsSection(report),
    report.suggestions ? suggestionMarkdown(report.suggestions, { labels: labelsFrom(report) }) : [],
    findingsSection(report, options.verbose === true),
    inputsSection(report),
  ].filter((x) => x.length > 0);
  return `${sections.map((x) => x.join('\n')).join('\n\n')}\n`;
};
