import { csvField } from '../render/csv-lines.js';
import type { ReportWindow } from '../types.js';
import { EXPORT_COLUMNS, type ExportRow } from './rows.js';
import { EXPORT_SCHEMA_VERSION, type ExportDocument } from './types.js';

/** RFC 4180, like the report's CSV: CRLF line ends, quoted cells where needed. */
export function exportCsv(rows: readonly ExportRow[]): string {
  return [...exportCsvChunks(rows)].join('');
}

/** Lines per chunk of exportCsvChunks: a few hundred kilobytes of text. */
const CHUNK_LINES = 4096;

/**
 * The same CSV in chunks of whole lines, made as they are read: joined, they are exportCsv's text.
 * Two years of national data is 90 MB of CSV, which a writer then never holds at once.
 */
export function* exportCsvChunks(rows: Iterable<ExportRow>): Generator<string> {
  const line = (cells: readonly (string | number)[]): string => cells.map(csvField).join(',');
  let lines = [line(EXPORT_COLUMNS)];
  for (const r of rows) {
    lines.push(line(EXPORT_COLUMNS.map((c) => r[c])));
    if (lines.length === CHUNK_LINES) {
      yield `${lines.join('\r\n')}\r\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\r\n')}\r\n`;
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
