import * as z from 'zod';
import type { ReportWindow } from '../types.js';
import type { ExplainedOccurrence, UntaggedSummary } from './explain.js';

/** The zod mirror of explain's JSON documents, from which schema/explain.schema.json is generated. */

export const EXPLAIN_SCHEMA_VERSION = '2.0';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const window = z.object({ from: isoDate, to: isoDate, zone: z.string(), weeks: z.array(z.string()) });
const reason = z
  .object({ rule: z.string(), field: z.string(), text: z.string() })
  .nullable()
  .describe('Which rule tagged it, on which field, matching which text; null when no rule matched.');

export const explainedOccurrenceSchema = z.object({
  person: z.string(),
  calendar: z.string(),
  uid: z.string(),
  recurrenceId: z.string().nullable(),
  start: z.string(),
  end: z.string(),
  hours: z.number(),
  status: z.enum(['counted', 'tentative', 'declined', 'cancelled', 'free', 'all-day']),
  counts: z.boolean(),
  statusReason: z.string(),
  title: z.string().describe('"(private)" for private meetings, "(redacted)" under --redact.'),
  system: z.string(),
  systemReason: reason,
  workstream: z.string().nullable(),
  workstreamReason: reason,
});

export const untaggedSummarySchema = z.object({
  titles: z.array(z.object({ title: z.string(), count: z.number().int(), hours: z.number() })),
  unassignedHours: z.number(),
  countedHours: z.number(),
});

export const explainDocumentSchema = z
  .union([
    z.object({
      schemaVersion: z.literal(EXPLAIN_SCHEMA_VERSION),
      kind: z.literal('engage-load-explain'),
      window,
      occurrences: z.array(explainedOccurrenceSchema),
    }),
    z.object({
      schemaVersion: z.literal(EXPLAIN_SCHEMA_VERSION),
      kind: z.literal('engage-load-untagged'),
      window,
      ...untaggedSummarySchema.shape,
    }),
  ])
  .meta({
    title: 'engage-load explain',
    description:
      'The JSON document written by `engage-load explain --format json` (kind engage-load-explain) or with --untagged (kind engage-load-untagged).',
  });

export type ExplainDocument = z.infer<typeof explainDocumentSchema>;

type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const check = <T extends true>(): T | undefined => undefined;
check<Same<z.infer<typeof explainedOccurrenceSchema>, ExplainedOccurrence>>();
check<Same<z.infer<typeof untaggedSummarySchema>, UntaggedSummary>>();

/** The JSON Schema (draft 2020-12) shipped as schema/explain.schema.json. */
export function explainJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(explainDocumentSchema, { target: 'draft-2020-12' });
}

function windowOf(w: ReportWindow): ExplainDocument['window'] {
  return { from: w.from, to: w.to, zone: w.zone, weeks: [...w.weeks] };
}

/** `explain --format json`: the occurrences with their reasons. */
export function explainDocument(occurrences: ExplainedOccurrence[], w: ReportWindow): ExplainDocument {
  return {
    schemaVersion: EXPLAIN_SCHEMA_VERSION,
    kind: 'engage-load-explain',
    window: windowOf(w),
    occurrences,
  };
}

/** `explain --untagged --format json`: the counted titles no system rule tags. */
export function untaggedDocument(summary: UntaggedSummary, w: ReportWindow): ExplainDocument {
  return {
    schemaVersion: EXPLAIN_SCHEMA_VERSION,
    kind: 'engage-load-untagged',
    window: windowOf(w),
    ...summary,
  };
}
