import { configMessages } from './config-messages.js';
import { ingestMessages } from './ingest-messages.js';
import { planMessages } from './plan-messages.js';
import { reportMessages } from './report-messages.js';
import type { Finding, FindingCode, FindingOf, FindingPlace, Messages } from './types.js';

/**
 * Every code's sentence. Each area exports the sentences of its codes from
 * src/findings/<area>-messages.ts; this map must hold them all, so a code without a sentence
 * fails to compile.
 */
const MESSAGES: Messages<FindingCode> = {
  ...configMessages,
  ...ingestMessages,
  ...reportMessages,
  ...planMessages,
};

/** Keys that could carry free text from a calendar; a generic sentence never shows them. */
const UNSAFE_KEYS = new Set(['title', 'summary', 'description', 'location']);

function where(f: FindingPlace): string {
  if (!f.file) return '';
  return f.line !== undefined ? `${f.file}:${f.line}: ` : `${f.file}: `;
}

/**
 * For a finding no version of the types let through (one read back from JSON that another
 * version wrote): the code and its figures, readable if not elegant.
 */
function genericSentence(f: Finding): string {
  const parts: string[] = [];
  if (f.person) parts.push(`person ${f.person}`);
  if (f.week) parts.push(`week ${f.week}`);
  for (const [key, value] of Object.entries(f.data ?? {})) {
    if (!UNSAFE_KEYS.has(key.toLowerCase())) parts.push(`${key} ${String(value)}`);
  }
  return `${f.code.replace(/[.-]/g, ' ')}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}.`;
}

function sentence<C extends FindingCode>(f: FindingOf<C>): string {
  const message: Messages<FindingCode>[C] = MESSAGES[f.code];
  return message(f);
}

/** A finding's sentence, without its file and line. */
export function findingSentence(f: Finding): string {
  return hasMessage(f.code) ? sentence(f) : genericSentence(f);
}

/** One sentence for a finding, prefixed with its file and line where it has them. */
export function formatFinding(f: Finding): string {
  return `${where(f)}${findingSentence(f)}`;
}

/** True when the code is one this version describes (findings read from elsewhere may not be). */
export function hasMessage(code: string): code is FindingCode {
  return Object.hasOwn(MESSAGES, code);
}
