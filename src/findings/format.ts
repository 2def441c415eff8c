import type { Finding } from '../types.js';
import { configMessages } from './config-messages.js';
import { ingestMessages } from './ingest-messages.js';
import { planMessages } from './plan-messages.js';
import { reportMessages } from './report-messages.js';
import type { MessageMap } from './message-map.js';

/**
 * Every area's sentences. An area adds its codes by exporting a MessageMap from
 * src/findings/<area>-messages.ts and listing it here; the first map that knows a code wins.
 */
const MESSAGE_MAPS: readonly MessageMap[] = [configMessages, ingestMessages, reportMessages, planMessages];

/** Keys that could carry free text from a calendar; a generic sentence never shows them. */
const UNSAFE_KEYS = new Set(['title', 'summary', 'description', 'location']);

function where(f: Finding): string {
  if (!f.file) return '';
  return f.line !== undefined ? `${f.file}:${f.line}: ` : `${f.file}: `;
}

/** For codes no area describes yet: the code and its figures, readable if not elegant. */
function genericSentence(f: Finding): string {
  const parts: string[] = [];
  if (f.person) parts.push(`person ${f.person}`);
  if (f.week) parts.push(`week ${f.week}`);
  for (const [key, value] of Object.entries(f.data ?? {})) {
    if (!UNSAFE_KEYS.has(key.toLowerCase())) parts.push(`${key} ${String(value)}`);
  }
  return `${f.code.replace(/[.-]/g, ' ')}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}.`;
}

function lookup(code: string): ((f: Finding) => string) | undefined {
  for (const map of MESSAGE_MAPS) {
    if (Object.hasOwn(map, code)) return map[code];
  }
  return undefined;
}

/** One sentence for a finding, prefixed with its file and line where it has them. */
export function formatFinding(f: Finding): string {
  const message = lookup(f.code);
  return `${where(f)}${message ? message(f) : genericSentence(f)}`;
}

/** True when some area has a sentence for the code (tests use it to catch codes nobody describes). */
export function hasMessage(code: string): boolean {
  return lookup(code) !== undefined;
}
