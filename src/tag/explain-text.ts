import { DateTime } from 'luxon';
import type { TagReason } from '../types.js';
import type { ExplainedOccurrence, UntaggedSummary } from './explain.js';

function hours(h: number): string {
  return `${Number(h.toFixed(2))} h`;
}

function why(reason: TagReason | null, what: string): string {
  if (!reason) return `no ${what} rule matched`;
  if (reason.rule === 'correction') return `correction for UID ${reason.text}`;
  return `${reason.rule} matched "${reason.text}" in ${reason.field}`;
}

function when(o: ExplainedOccurrence): string {
  const start = DateTime.fromISO(o.start, { setZone: true });
  const end = DateTime.fromISO(o.end, { setZone: true });
  if (o.status === 'all-day') return `${start.toFormat('ccc yyyy-MM-dd')} all day`;
  return `${start.toFormat('ccc yyyy-MM-dd HH:mm')}–${end.toFormat('HH:mm')}`;
}

/** One block per occurrence: when, status (and why it is excluded), then the tags with their reasons. */
export function explainText(rows: readonly ExplainedOccurrence[]): string {
  if (rows.length === 0) return 'No occurrences in the window.\n';
  const blocks = rows.map((o) => {
    const status = o.statusReason ? `${o.status} (${o.statusReason})` : o.status;
    return [
      `${o.person}  ${when(o)}  ${hours(o.hours)}  ${status}${o.counts ? '' : ', not counted'}`,
      `  title       ${o.title}`,
      `  uid         ${o.uid}${o.recurrenceId ? `  (instance ${o.recurrenceId})` : ''}`,
      `  system      ${o.system}: ${why(o.systemReason, 'system')}`,
      `  workstream  ${o.workstream ?? 'none'}: ${why(o.workstreamReason, 'workstream')}`,
    ].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/** The untagged titles as a small table, with the unassigned share first. */
export function untaggedText(summary: UntaggedSummary): string {
  const share = summary.countedHours > 0 ? (100 * summary.unassignedHours) / summary.countedHours : 0;
  const head =
    `${hours(summary.unassignedHours)} of ${hours(summary.countedHours)} counted are unassigned ` +
    `(${share.toFixed(1)}%), under ${summary.titles.length} title${summary.titles.length === 1 ? '' : 's'}.`;
  if (summary.titles.length === 0) return `${head}\n`;
  const lines = summary.titles.map(
    (t) => `${t.hours.toFixed(2).padStart(8)}  ${String(t.count).padStart(5)}  ${t.title}`,
  );
  return [head, '', `${'hours'.padStart(8)}  ${'count'.padStart(5)}  title`, ...lines, ''].join('\n');
}
