import type { Occurrence } from '../types.js';

/** SPEC "Outputs": occurrences are ordered by person, then start, then UID (code-point order, not locale). */
export function byPersonStartUid(a: Occurrence, b: Occurrence): number {
  if (a.person !== b.person) return a.person < b.person ? -1 : 1;
  if (a.start !== b.start) return a.start - b.start;
  return a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0;
}
