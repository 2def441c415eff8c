import type { Analysis } from '../analyse.js';
import { weekKey } from '../measure/calendar-time.js';
import type { Finding, PersonWeek } from '../types.js';
import { loadFindings } from './load.js';
import { qualityFindings } from './quality.js';

export { DETECT_DEFAULTS } from './defaults.js';

/**
 * The report's flags: overload and load per person-week (in person-week order), then data quality.
 * Ingest's own findings are not repeated here.
 */
export function detectFindings(analysis: Analysis, personWeeks: readonly PersonWeek[]): Finding[] {
  const withData = new Set(
    analysis.occurrences.map((o) => `${o.person} ${weekKey(o.start, analysis.window.zone)}`),
  );
  return [
    ...personWeeks.flatMap((w) => loadFindings(analysis.config, w)),
    ...qualityFindings(analysis, personWeeks, withData),
  ];
}
