import type { DayIndex, IndexedDay, Measurement } from '../measure/index.js';
import type { Analysis, Finding } from '../types.js';
import { personWeekFlags } from './week-flags.js';
import { qualityFindings } from './quality.js';

export { DETECT_DEFAULTS } from './defaults.js';

/**
 * The report's flags: overload and load per person-week (in person-week order), then data quality.
 * Ingest's own findings are not repeated here.
 */
export function detectFindings(analysis: Analysis, { days, personWeeks }: Measurement): Finding[] {
  const withData = weeksWithData(analysis, days);
  return [
    ...personWeeks.flatMap((w) => personWeekFlags(analysis.config, w)),
    ...qualityFindings(analysis, personWeeks, withData),
  ];
}

/** "person week" for each person-week that holds any occurrence. */
function weeksWithData(analysis: Analysis, days: DayIndex): Set<string> {
  const out = new Set<string>();
  let person: string | null = null;
  let day: IndexedDay | null = null;
  for (const o of analysis.occurrences) {
    // Occurrences come by person, then start: most are on the day of the one before, already counted.
    if (o.person === person && day !== null && o.start >= day.start && o.start < day.end) continue;
    person = o.person;
    day = days.dayAt(o.start);
    out.add(`${person} ${day.week}`);
  }
  return out;
}
