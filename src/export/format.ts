import type { ReportWindow } from '../types.js';
import { csvLine } from './csv.js';
import { EXPORT_COLUMNS, type ExportRow } from './rows.js';

export const EXPORT_SCHEMA_VERSION = '1.0';

export function exportCsv(rows: readonly ExportRow[]): string {
  const lines = [csvLine(EXPORT_COLUMNS), ...rows.map((r) => csvLine(EXPORT_COLUMNS.map((c) => r[c])))];
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
