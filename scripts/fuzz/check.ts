/** What must hold for any input (issue 9): no exception, and every problem one sentence naming file (and line). */
import { defaultConfig } from '../../src/config/defaults.js';
import { formatFinding, hasMessage } from '../../src/findings/format.js';
import { ingestCalendars } from '../../src/ingest/ingest.js';
import { resolveWindow } from '../../src/window.js';
import type { CalendarSource, FindingCode } from '../../src/types.js';

/** Findings that concern one place in the file: they must name its line. */
const LINE_CODES = new Set<FindingCode>([
  'ingest.bad-date',
  'ingest.bad-line',
  'ingest.bad-rrule',
  'ingest.bad-duration',
  'ingest.out-of-range',
  'ingest.missing-dtstart',
  'ingest.floating-end',
  'ingest.override-inexact',
  'ingest.override-unmatched',
  'ingest.unclosed-component',
  'ingest.unexpected-end',
  'ingest.occurrence-cap',
]);

const WINDOWS = [
  resolveWindow({ week: '2026-W47', zone: 'Europe/London', now: new Date('2026-11-23T12:00:00Z') }),
  resolveWindow({
    from: '2026-09-28',
    to: '2026-12-27',
    zone: 'Europe/London',
    now: new Date('2026-12-28T12:00:00Z'),
  }),
];

export interface CheckResult {
  /** Empty when every rule held. */
  violations: string[];
  findings: number;
  occurrences: number;
  ms: number;
}

export function checkCalendar(name: string, bytes: Uint8Array, windowIndex = 0): CheckResult {
  const source: CalendarSource = { name, location: `/fuzz/${name}`, bytes };
  const violations: string[] = [];
  const lines = Buffer.from(bytes)
    .toString('latin1')
    .split(/\r\n|\n|\r/).length;
  const started = performance.now();
  let findings = 0;
  let occurrences = 0;
  try {
    const r = ingestCalendars(
      [source],
      defaultConfig('Europe/London'),
      WINDOWS[windowIndex % WINDOWS.length]!,
      {
        maxIterationsPerEvent: 200_000,
      },
    );
    findings = r.findings.length;
    occurrences = r.occurrences.length;
    for (const f of r.findings) {
      const sentence = formatFinding(f);
      if (!hasMessage(f.code)) violations.push(`no sentence for ${f.code}`);
      if (f.file !== name) violations.push(`${f.code} does not name the file`);
      if (/[\r\n]/.test(sentence))
        violations.push(`${f.code}: sentence spans lines: ${JSON.stringify(sentence)}`);
      if (!/[.!?]$/.test(sentence)) violations.push(`${f.code}: not a sentence: ${JSON.stringify(sentence)}`);
      if (LINE_CODES.has(f.code) && (f.line === undefined || f.line < 1 || f.line > lines))
        violations.push(`${f.code}: line ${String(f.line)} of ${lines}`);
    }
    for (const o of r.occurrences) {
      if (!Number.isFinite(o.hours) || o.hours < 0 || o.end < o.start)
        violations.push(`occurrence ${o.uid} lasts ${o.hours} h`);
    }
  } catch (err) {
    violations.push(`threw ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
  return { violations, findings, occurrences, ms: performance.now() - started };
}
