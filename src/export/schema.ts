import * as z from 'zod';
import { EXPORT_SCHEMA_VERSION, type ExportDocument } from './types.js';

/** The zod mirror of the export's JSON document, from which schema/export.schema.json is generated. */

const status = z.enum(['counted', 'tentative', 'declined', 'cancelled', 'free', 'all-day']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const exportDocumentSchema = z
  .object({
    schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
    kind: z.literal('engage-load-export'),
    window: z.object({ from: isoDate, to: isoDate, zone: z.string(), weeks: z.array(z.string()) }),
    rows: z.array(
      z.object({
        person: z.string(),
        calendar: z.string(),
        uid: z.string(),
        recurrenceId: z.string().nullable().describe('Original start of a recurring instance, else null.'),
        start: z.string().describe('ISO 8601 with offset, report zone.'),
        end: z.string(),
        hours: z.number(),
        status,
        system: z.string(),
        workstream: z.string().nullable(),
        reason: z.string(),
      }),
    ),
  })
  .meta({
    title: 'engage-load export',
    description:
      'The JSON document written by `engage-load export --format json`: the CSV rows, with camelCase keys.',
  });

type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const check = <T extends true>(): T | undefined => undefined;
check<Same<z.infer<typeof exportDocumentSchema>, ExportDocument>>();

/** The JSON Schema (draft 2020-12) shipped as schema/export.schema.json. */
export function exportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(exportDocumentSchema, { target: 'draft-2020-12' });
}
