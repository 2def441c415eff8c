import { hoursText } from '../findings/numbers.js';
import type { Report } from '../report/types.js';
import type { Level } from '../types.js';

export type FailOn = Exclude<Level, 'ok'>;

/** The person-weeks at or above --fail-on's level, in the report's order. */
export function failingWeeks(report: Report, failOn: FailOn | undefined): Report['personWeeks'] {
  if (!failOn) return [];
  return report.personWeeks.filter(
    (w) => w.level === 'critical' || (failOn === 'warn' && w.level === 'warn'),
  );
}

/** The one sentence on stderr that says why the run exits 1: which person-weeks, by name. */
export function failOnSentence(report: Report, failOn: FailOn): string | null {
  const weeks = failingWeeks(report, failOn);
  if (weeks.length === 0) return null;
  const names = new Map(report.people.map((p) => [p.id, p.name]));
  const list = weeks.map((w) => {
    const threshold = w.level === 'critical' ? w.criticalAt : w.warnAt;
    return `${names.get(w.person) ?? w.person} ${w.week} (${hoursText(w.scheduled)} h, ${w.level} from ${hoursText(threshold)} h)`;
  });
  const count = weeks.length === 1 ? '1 person-week is' : `${weeks.length} person-weeks are`;
  return `--fail-on ${failOn}: exit 1 because ${count} at or above ${failOn}: ${list.join('; ')}`;
}
