import { ofKind } from '../../findings/kinds.js';
import { hoursText, percentText, plural } from '../../findings/numbers.js';
import type { Flow } from './flow.js';
import { drawTable, type Row } from './table.js';
import { ratio, systemLabel, type PackView } from './view.js';
import { levelWord } from './summary.js';

/** The weeks explained meeting by meeting: every flagged week, heaviest first, at most `limit`. */
export function drawFlaggedWeeks(flow: Flow, view: PackView, limit = 12): void {
  const { report, names } = view;
  const flagged = report.personWeeks
    .filter((w) => w.level !== 'ok')
    .sort((a, b) => ratio(b) - ratio(a) || a.week.localeCompare(b.week));
  flow.heading('Behind the flagged weeks', 60);
  if (flagged.length === 0) {
    flow.paragraph('No person-week reached warn in the window.');
    return;
  }
  if (flagged.length > limit)
    flow.note(
      `The ${limit} heaviest of ${plural(flagged.length, 'flagged week')}; the heat map shows them all.`,
    );
  for (const w of flagged.slice(0, limit)) {
    const meetings = report.flaggedMeetings.filter((m) => m.person === w.person && m.week === w.week);
    flow.heading(
      `${names.personWithRole(w.person)}, ${w.week}: ${hoursText(w.scheduled)} h against ${hoursText(w.capacity)} h capacity (${percentText(ratio(w))}, ${levelWord(w.level)})`,
      40,
      9.5,
    );
    const systems = Object.entries(w.bySystem)
      .sort((a, b) => b[1] - a[1])
      .map(([s, h]) => `${systemLabel(view, s)} ${hoursText(h)} h`);
    flow.paragraph(
      `By system: ${systems.join(' · ')}.${w.absenceDays > 0 ? ` ${plural(w.absenceDays, 'day')} of leave.` : ''}`,
      8,
    );
    if (meetings.length === 0) continue;
    const rows: Row[] = meetings.map((m) => ({
      cells: [
        m.title,
        systemLabel(view, m.system),
        m.workstream ? names.workstream(m.workstream) : '–',
        hoursText(m.hours),
        String(m.occurrences),
      ],
    }));
    drawTable(
      flow,
      [
        { header: 'Largest meetings', width: 44 },
        { header: 'System', width: 24 },
        { header: 'Workstream', width: 20, wrap: true },
        { header: 'Hours', width: 7, align: 'right' },
        { header: 'Times', width: 6, align: 'right' },
      ],
      rows,
    );
  }
}

/** Every input, config and data-quality finding, as sentences naming people by name. */
export function drawQuality(flow: Flow, view: PackView): void {
  const { report, names } = view;
  flow.heading('Data quality: what might make a figure wrong', 60);
  const findings = report.findings.filter((f) => !ofKind(f, 'overload', 'load'));
  const unread = report.inputs.filter((i) => !i.readable);
  flow.paragraph(
    `${plural(report.inputs.length, 'calendar')} given, ${plural(unread.length, 'unreadable', 'unreadable')}. ` +
      `${percentText(report.summary.unassignedShare)} of counted hours matched no system rule (shown as Unassigned).`,
    9,
  );
  if (findings.length === 0) {
    flow.paragraph('No data-quality findings.', 9);
  } else {
    const rows: Row[] = findings.map((f) => ({
      cells: [f.severity, names.finding(f)],
      bold: f.severity === 'error',
    }));
    drawTable(
      flow,
      [
        { header: 'Severity', width: 12 },
        { header: 'Finding', width: 88, wrap: true },
      ],
      rows,
    );
  }
  const load = report.findings.filter((f) => ofKind(f, 'load') && f.severity !== 'info');
  if (load.length > 0) {
    flow.heading('Other load flags', 40, 10);
    drawTable(
      flow,
      [{ header: 'Flag', width: 100, wrap: true }],
      load.map((f) => ({ cells: [names.finding(f)] })),
    );
  }
}
