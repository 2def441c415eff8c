import type { Occurrence } from './types.js';

/**
 * The one place a meeting title is chosen for humans: a private (CLASS:PRIVATE/CONFIDENTIAL) meeting's
 * title never appears, and --redact hides every title.
 */
export function displayTitle(occ: Pick<Occurrence, 'private' | 'title'>, redact: boolean): string {
  if (occ.private) return '(private)';
  if (redact) return '(redacted)';
  return occ.title;
}
