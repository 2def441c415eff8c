import { csvField } from '../render/csv.js';
import type { ReportWindow } from '../types.js';
import { EXPORT_COLUMNS, type ExportRow } from './rows.js';

export const EXPORT_SCHEMA_VERSION = '1.0';

/** RFC 4180, like the report's CSV: CRLF line ends, quoted cells where needed. */
export function exportCsv(rows: readonly ExportRow[]): string {
  const line = (cells: readonly (string | number)[]): string => cells.map(csvField).join(',');
  const lines = [line(EXPORT_COLUMNS), ...rows.map((r) => line(EXPORT_COLUMNS.map((c) => r[c])))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The same rows as JSON, with the schema version and window so a script can check what it reads. */
export function exportJson(rows: readonly ExportRow[], window: ReportWindow): string {
  const doc = {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    kind: 'engage-load-export',
    window: { from: window.from, to: window.to, zone: window.zone },
    columns: EXPORT_COLUMNS,
    rows,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
