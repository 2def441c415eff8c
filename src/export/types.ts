import type { ExportRow } from './rows.js';

export const EXPORT_SCHEMA_VERSION = '2.0';

/** A row of the JSON export: the CSV's columns with the JSON outputs' camelCase keys, and null for "none". */
export interface ExportJsonRow extends Omit<ExportRow, 'recurrence_id' | 'workstream'> {
  recurrenceId: string | null;
  workstream: string | null;
}

/** The JSON document of `export --format json`; schema.ts keeps its zod mirror in step at compile time. */
export interface ExportDocument {
  schemaVersion: typeof EXPORT_SCHEMA_VERSION;
  kind: 'engage-load-export';
  window: { from: string; to: string; zone: string; weeks: string[] };
  rows: ExportJsonRow[];
}
