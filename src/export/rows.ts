import { toIsoInZone } from '../ingest/zones/iso.js';
import { byPersonStartUid } from '../ingest/order.js';
import { round4 } from '../measure/calendar-time.js';
import { visibleReason } from '../tag/explain.js';
import type { OccurrenceStatus, TagReason, TaggedOccurrence } from '../types.js';

/** SPEC "Outputs": the export's columns, in this order. */
export const EXPORT_COLUMNS = [
  'person',
  'calendar',
  'uid',
  'recurrence_id',
  'start',
  'end',
  'hours',
  'status',
  'system',
  'workstream',
  'reason',
] as const;

export interface ExportRow {
  person: string;
  calendar: string;
  uid: string;
  recurrence_id: string;
  start: string;
  end: string;
  hours: number;
  status: OccurrenceStatus;
  system: string;
  workstream: string;
  reason: string;
}

function describe(kind: string, r: TagReason | null): string {
  return r ? `${kind} by ${r.rule} (${r.field}: ${r.text})` : '';
}

/** Why the row is where it is: the exclusion (or tentative) reason, then the tags' reasons. */
export function rowReason(o: TaggedOccurrence, redact = false): string {
  const parts = [
    o.statusReason,
    o.counts || o.status === 'tentative'
      ? describe('system', visibleReason(o.systemReason, redact)) || 'no system rule matched'
      : '',
    describe('workstream', visibleReason(o.workstreamReason, redact)),
  ];
  return parts.filter(Boolean).join('; ');
}

/** One row per occurrence piece, sorted by person, start, uid. Titles are never exported. */
export function exportRows(
  occurrences: readonly TaggedOccurrence[],
  zone: string,
  redact = false,
): ExportRow[] {
  return [...eachExportRow(occurrences, zone, redact)];
}

/** The same rows, each made when it is read: a writer of national data holds one chunk of them at a time. */
export function* eachExportRow(
  occurrences: readonly TaggedOccurrence[],
  zone: string,
  redact = false,
): Generator<ExportRow> {
  for (const o of [...occurrences].sort(byPersonStartUid))
    yield {
      person: o.person,
      calendar: o.calendar,
      uid: o.uid,
      recurrence_id: o.recurrenceId ?? '',
      start: toIsoInZone(o.start, zone),
      end: toIsoInZone(o.end, zone),
      hours: round4(o.hours),
      status: o.status,
      system: o.system,
      workstream: o.workstream ?? '',
      reason: rowReason(o, redact),
    };
}
