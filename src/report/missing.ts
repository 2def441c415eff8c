import { ofKind } from '../findings/kinds.js';
import type { Analysis, Finding } from '../types.js';
import type { MissingInput } from './types.js';

/**
 * The calendars whose figures are missing from the report, wholly (nothing could be read) or in
 * part (some events were left out), from the run's error findings. Every format shows these at
 * the top, so that a partial report never reads as a complete one.
 */
export function missingInputs(analysis: Analysis, findings: readonly Finding[]): MissingInput[] {
  const byCalendar = new Map<string, MissingInput>();
  const names = new Map(analysis.config.people.map((p) => [p.id, p.name]));
  for (const f of findings) {
    // Reading and ingest errors concern a calendar; config errors never reach a report.
    if (f.severity !== 'error' || !f.file || !ofKind(f, 'input', 'ingest')) continue;
    const known = byCalendar.get(f.file);
    if (known) {
      known.errors++;
      continue;
    }
    const summary = analysis.calendars.find((c) => c.name === f.file);
    const person = summary?.person || f.person || null;
    byCalendar.set(f.file, {
      calendar: f.file,
      person,
      personName: person === null ? null : (names.get(person) ?? person),
      extent: summary?.readable ? 'part' : 'all',
      code: f.code,
      errors: 1,
    });
  }
  return [...byCalendar.values()].sort((a, b) => a.calendar.localeCompare(b.calendar));
}
