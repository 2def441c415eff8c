import { plural } from '../findings/numbers.js';
import type { Finding, FindingCode } from '../types.js';

/** What the info codes are about, for the one-line summary. */
const INFO_TOPICS: Readonly<Partial<Record<FindingCode, [one: string, many: string]>>> = {
  'load.above-baseline': [
    'week well above the person’s usual hours',
    'weeks well above the person’s usual hours',
  ],
  'data.unassigned': ['note on hours no system rule claims', 'notes on hours no system rule claims'],
  'data.no-data-week': ['week with no meetings in the data', 'weeks with no meetings in the data'],
};

export interface FindingsView {
  /** Findings listed one a line. */
  listed: Finding[];
  /** One line standing for the info findings not listed, or null when every finding is listed. */
  infoSummary: string | null;
}

/**
 * The findings a human format lists: errors and warnings always; info findings only with --verbose
 * (or when there is just one), else one line counting them — so that 49 "well above the usual"
 * notes never bury the one critical week.
 */
export function findingsView(findings: readonly Finding[], verbose: boolean): FindingsView {
  const info = findings.filter((f) => f.severity === 'info');
  if (verbose || info.length <= 1) return { listed: [...findings], infoSummary: null };
  const counts = new Map<FindingCode, number>();
  for (const f of info) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  const topics = [...counts].map(([code, n]) => {
    const topic = INFO_TOPICS[code];
    return topic ? `${n} ${n === 1 ? topic[0] : topic[1]}` : `${n} × ${code}`;
  });
  return {
    listed: findings.filter((f) => f.severity !== 'info'),
    infoSummary: `${plural(info.length, 'note')} not listed (${topics.join(', ')}); run with --verbose to list them.`,
  };
}
