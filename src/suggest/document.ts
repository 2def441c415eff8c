import * as z from 'zod';
import type { ReportWindow } from '../types.js';
import { suggestionSetSchema } from './schema.js';
import type { SuggestionSet } from './types.js';

/** The JSON document `engage-load suggest --format json` writes: the suggestion set with a version and the window. */

export const SUGGEST_SCHEMA_VERSION = '1.0';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const suggestDocumentSchema = z
  .object({
    schemaVersion: z.literal(SUGGEST_SCHEMA_VERSION),
    kind: z.literal('engage-load-suggest'),
    window: z.object({ from: isoDate, to: isoDate, zone: z.string(), weeks: z.array(z.string()) }),
    suggestions: suggestionSetSchema,
  })
  .meta({
    title: 'engage-load suggest',
    description: 'The JSON document written by `engage-load suggest --format json`.',
  });

export type SuggestDocument = z.infer<typeof suggestDocumentSchema>;

export function suggestDocument(set: SuggestionSet, window: ReportWindow): SuggestDocument {
  return {
    schemaVersion: SUGGEST_SCHEMA_VERSION,
    kind: 'engage-load-suggest',
    window: { from: window.from, to: window.to, zone: window.zone, weeks: [...window.weeks] },
    suggestions: set,
  };
}

/** The JSON Schema (draft 2020-12) shipped as schema/suggest.schema.json. */
export function suggestJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(suggestDocumentSchema, { target: 'draft-2020-12' });
}
