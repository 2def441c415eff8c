import { round4 } from '../measure/calendar-time.js';

/** The long CSV format's columns and rows, shared by the report's and the suggestions' CSV. */

export const CSV_COLUMNS = ['person', 'week', 'system', 'workstream', 'metric', 'value', 'text'] as const;

/**
 * One figure as the stages produce it: person, week, system, workstream, metric, value. A metric
 * may carry a word after a colon (`move_to:coo`) and a value may be a word (`level`, `finding`);
 * csvLines puts every word in the `text` column, so that `value` only ever holds a number.
 */
export type Row = [
  person: string,
  week: string,
  system: string,
  workstream: string,
  metric: string,
  value: string | number,
];

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(round4(value)) : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Splits a row's words from its number: metric "move_to:coo" → metric move_to, text coo. */
function csvCells(row: Row): (string | number)[] {
  const [person, week, system, workstream, metric, value] = row;
  const colon = metric.indexOf(':');
  const name = colon < 0 ? metric : metric.slice(0, colon);
  const words = [colon < 0 ? '' : metric.slice(colon + 1), typeof value === 'string' ? value : ''];
  return [
    person,
    week,
    system,
    workstream,
    name,
    typeof value === 'number' ? value : '',
    words.filter(Boolean).join(' '),
  ];
}

/** The header and rows as RFC 4180 text with CRLF line ends. */
export function csvLines(rows: readonly Row[]): string {
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => csvCells(r).map(csvField).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
