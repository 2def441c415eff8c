import { plural } from '../findings/numbers.js';
import type { Report } from '../report/types.js';

/**
 * The warning every format puts first when some calendar could not be read (wholly or in part):
 * a headline, then one line per calendar saying whose figures are missing. Empty for a complete report.
 */
export function missingLines(report: Report): string[] {
  if (report.missing.length === 0) return [];
  const all = report.missing.filter((m) => m.extent === 'all').length;
  const part = report.missing.length - all;
  const what = [
    all > 0 ? `${plural(all, 'calendar')} could not be read` : '',
    part > 0 ? `${plural(part, 'calendar')} could be read only in part` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const people = [...new Set(report.missing.map((m) => m.personName ?? m.person).filter((p) => p !== null))];
  const whose = people.length > 0 ? ` Figures missing for: ${people.join(', ')}.` : '';
  return [
    `INCOMPLETE: ${what}; the figures below leave them out.${whose}`,
    ...report.missing.map((m) => {
      const owner = m.personName ?? m.person;
      const state = m.extent === 'all' ? 'not read' : `read in part (${plural(m.errors, 'error')})`;
      return `${m.calendar}${owner ? ` (${owner})` : ''}: ${state}`;
    }),
  ];
}
