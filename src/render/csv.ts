import type { Report } from '../report/types.js';
import type { PersonWeek } from '../types.js';
import { csvLines, type Row } from './csv-lines.js';
import { suggestionCsvRows } from './suggestions/csv.js';
import type { Renderer } from './types.js';

function weekRows(w: PersonWeek): Row[] {
  const row = (metric: string, value: string | number): Row => [w.person, w.week, '', '', metric, value];
  const rows: Row[] = [
    row('scheduled', w.scheduled),
    row('occupied', w.occupied),
    row('conflict', w.conflict),
    row('tentative', w.tentative),
  ];
  for (const [status, hours] of Object.entries(w.excluded)) rows.push(row(`excluded_${status}`, hours));
  rows.push(
    row('out_of_hours', w.outOfHours),
    row('weekend', w.weekend),
    row('longest_run', w.longestRun),
    row('systems', w.systemCount),
    row('capacity', w.capacity),
    row('absence_days', w.absenceDays),
  );
  if (w.baseline !== null) rows.push(row('baseline', w.baseline));
  rows.push(row('warn_at', w.warnAt), row('critical_at', w.criticalAt), row('level', w.level));
  for (const [system, hours] of Object.entries(w.bySystem))
    rows.push([w.person, w.week, system, '', 'hours', hours]);
  for (const [workstream, hours] of Object.entries(w.byWorkstream)) {
    rows.push([w.person, w.week, '', workstream, 'hours', hours]);
  }
  return rows;
}

/**
 * Long format, one row per figure: person-week measures, then hours by system and by workstream
 * (week empty = the whole window), then one `finding` row per finding with its code.
 */
export const renderCsv: Renderer = (report: Report) => {
  const rows: Row[] = report.personWeeks.flatMap(weekRows);
  for (const t of report.totals.bySystem) {
    rows.push([t.person, '', t.system, '', 'hours', t.hours], [t.person, '', t.system, '', 'share', t.share]);
  }
  for (const t of report.totals.byWorkstream) {
    rows.push(
      [t.person, '', '', t.workstream, 'hours', t.hours],
      [t.person, '', '', t.workstream, 'share', t.share],
    );
  }
  for (const f of report.findings) rows.push([f.person ?? '', f.week ?? '', '', '', 'finding', f.code]);
  if (report.suggestions) rows.push(...suggestionCsvRows(report.suggestions));
  return csvLines([...missingRows(report), ...rows]);
};

/** First, one row per calendar whose figures are missing: metric missing_all or missing_part, value its errors, text the calendar. */
function missingRows(report: Report): Row[] {
  return report.missing.map((m) => [
    m.person ?? '',
    '',
    '',
    '',
    `missing_${m.extent}:${m.calendar}`,
    m.errors,
  ]);
}
