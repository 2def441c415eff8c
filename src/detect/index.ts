import { DayIndex } from '../measure/day-index.js';
import type { Analysis, Finding, PersonWeek } from '../types.js';
import { loadFindings } from './load.js';
import { qualityFindings } from './quality.js';

export { DETECT_DEFAULTS } from './defaults.js';

/**
 * The report's flags: overload and load per person-week (in person-week order), then data quality.
 * Ingest's own findings are not repeated here.
 */
export function detectFindings(analysis: Analysis, personWeeks: readonly PersonWeek[]): Finding[] {
  const { window, config } = analysis;
  const days = new DayIndex(window.zone, config.workingHours, window);
  const withData = new Set(analysis.occurrences.map((o) => `${o.person} ${days.weekOf(o.start)}`));
  return [
    ...personWeeks.flatMap((w) => loadFindings(analysis.config, w)),
    ...qualityFindings(analysis, personWeeks, withData),
  ];
}
