import { csvField } from '../render/csv-lines.js';
import type { ReportWindow } from '../types.js';
import { EXPORT_COLUMNS, type ExportRow } from './rows.js';
import { EXPORT_SCHEMA_VERSION, type ExportDocument } from './types.js';

/** RFC 4180, like the report's CSV: CRLF line ends, quoted cells where needed. */
export function exportCsv(rows: readonly ExportRow[]): string {
  const line = (cells: readonly (string | number)[]): string => cells.map(csvField).join(',');
  const lines = [line(EXPORT_COLUMNS), ...rows.map((r) => line(EXPORT_COLUMNS.map((c) => r[c])))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The same rows as JSON, with the schema version and window so a script can check what it reads. */
export function exportDocument(rows: readonly ExportRow[], window: ReportWindow): ExportDocument {
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    kind: 'engage-load-export',
    window: { from: window.from, to: window.to, zone: window.zone, weeks: [...window.weeks] },
    // The CSV's column order, so that the two read alike.
    rows: rows.map((r) => ({
      person: r.person,
      calendar: r.calendar,
      uid: r.uid,
      recurrenceId: r.recurrence_id === '' ? null : r.recurrence_id,
      start: r.start,
      end: r.end,
      hours: r.hours,
      status: r.status,
      system: r.system,
      workstream: r.workstream === '' ? null : r.workstream,
      reason: r.reason,
    })),
  };
}

export function exportJson(rows: readonly ExportRow[], window: ReportWindow): string {
  return `${JSON.stringify(exportDocument(rows, window), null, 2)}\n`;
}
