import type { Finding } from '../types.js';
import type { MessageMap } from './message-map.js';

function d(f: Finding, key: string): string {
  return String(f.data?.[key] ?? '');
}

/** Sentences for an applied plan file (`suggest --apply`); the formatter prefixes the file. */
export const planMessages: MessageMap = {
  'plan.applied': (f) =>
    `what-if: the report is recomputed as if this plan's ${d(f, 'leads')} leads and ${d(f, 'moves')} moves were in force.`,
  'plan.move-not-held': (f) =>
    `${d(f, 'path')}: ${d(f, 'from')} holds no counted occurrence of that meeting under the plan; move skipped.`,
};
