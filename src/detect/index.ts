import type { Measurement } from '../measure/index.js';
import type { Analysis, Finding } from '../types.js';
import { personWeekFlags } from './week-flags.js';
import { qualityFindings } from './quality.js';

export { DETECT_DEFAULTS } from './defaults.js';

/**
 * The report's flags: overload and load per person-week (in person-week order), then data quality.
 * Ingest's own findings are not repeated here.
 */
export function detectFindings(analysis: Analysis, { days, personWeeks }: Measurement): Finding[] {
  const withData = new Set(analysis.occurrences.map((o) => `${o.person} ${days.weekOf(o.start)}`));
  return [
    ...personWeeks.flatMap((w) => personWeekFlags(analysis.config, w)),
    ...qualityFindings(analysis, personWeeks, withData),
  ];
}
