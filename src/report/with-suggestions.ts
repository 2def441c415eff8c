import type { Analysis } from '../types.js';
import { suggest } from '../suggest/index.js';
import type { SuggestOptions } from '../suggest/types.js';
import type { Report } from './types.js';

/**
 * Adds the redistribution suggestions to a built report. Asynchronous because the lead plan may load
 * the HiGHS solver; the suggestions read the report's own person-weeks, so the figures agree.
 */
export async function withSuggestions(
  report: Report,
  analysis: Analysis,
  options: SuggestOptions = {},
): Promise<Report> {
  const suggestions = await suggest(
    { analysis, personWeeks: report.personWeeks },
    { redact: report.redacted, ...options },
  );
  return { ...report, suggestions };
}
