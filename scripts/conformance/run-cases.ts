import { defaultConfig } from '../../src/config/defaults.js';
import { ingestCalendars } from '../../src/ingest/ingest.js';
import { resolveWindow } from '../../src/window.js';
import type { CountCase, RuleCase } from './rule-cases.js';

const NOW = new Date('2026-11-23T12:00:00Z');
const encoder = new TextEncoder();

function isoDate(basic: string): string {
  return `${basic.slice(0, 4)}-${basic.slice(4, 6)}-${basic.slice(6, 8)}`;
}

/** Basic-format wall time (YYYYMMDD or YYYYMMDDTHHMMSS) of an instant in UTC. */
function basicUtc(instant: number, dateOnly: boolean): string {
  const iso = new Date(instant).toISOString();
  const date = iso.slice(0, 10).replace(/-/g, '');
  return dateOnly ? date : `${date}T${iso.slice(11, 19).replace(/:/g, '')}`;
}

function calendar(event: string): Uint8Array {
  return encoder.encode(
    `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//engage-load//conformance//EN\r\n${event}\r\nEND:VCALENDAR\r\n`,
  );
}

export interface CaseOutcome {
  agrees: boolean;
  got: string[];
  findings: string[];
}

/**
 * Runs one rule case through the whole ingest path: a floating event read in UTC, over a window from
 * DTSTART (or START-AT) to the last expected instance; the instance starts must equal the list.
 */
export function runRuleCase(rule: RuleCase): CaseOutcome {
  // ical.net's START-AT filters the instances; libical's only says where its iterator starts, and
  // its expected list still holds the instances before it.
  const c = rule.file.startsWith('libical/') ? { ...rule, startAt: null } : rule;
  const dateOnly = !c.dtstart.includes('T');
  const expected = c.instances ?? [];
  const last = expected.length > 0 ? expected[expected.length - 1]! : c.dtstart;
  const from = isoDate(c.startAt ?? c.dtstart);
  const lastDay = [last, c.dtstart].sort().at(-1)!;
  const window = resolveWindow({ from, to: isoDate(lastDay), zone: 'UTC', now: NOW });
  const event = [
    'BEGIN:VEVENT',
    'UID:conformance-case',
    `DTSTART${dateOnly ? ';VALUE=DATE' : ''}:${c.dtstart}`,
    `RRULE:${c.rrule}`,
    'END:VEVENT',
  ].join('\r\n');
  const result = ingestCalendars(
    [{ name: c.file, location: c.file, bytes: calendar(event) }],
    defaultConfig('UTC'),
    window,
    {
      maxIterationsPerEvent: 200_000,
    },
  );
  const starts = [...new Set(result.occurrences.map((o) => o.occurrenceStart))].sort((a, b) => a - b);
  const zulu = c.dtstart.endsWith('Z') ? 'Z' : '';
  const got = starts.map((s) => basicUtc(s, dateOnly) + zulu).filter((s) => !c.startAt || s >= c.startAt);
  const findings = result.findings.map((f) => f.code);
  if (c.instances === null) {
    // A rule that must be rejected: agreement is not inventing instances (a finding, or nothing beyond DTSTART).
    const rejected = findings.some((f) => f === 'ingest.bad-rrule' || f === 'ingest.occurrence-cap');
    return { agrees: rejected || got.every((g) => g === c.dtstart), got, findings };
  }
  return { agrees: got.join(',') === expected.join(','), got, findings };
}

/** Runs one X-EXPECT-NUMEVENTS event over 1970–2099 and counts its occurrences. */
export function runCountCase(c: CountCase): CaseOutcome {
  const window = resolveWindow({ from: '1970-01-01', to: '2099-12-31', zone: 'UTC', now: NOW });
  const result = ingestCalendars(
    [{ name: c.file, location: c.file, bytes: calendar(c.event) }],
    defaultConfig('UTC'),
    window,
  );
  const starts = new Set(result.occurrences.map((o) => o.occurrenceStart));
  return {
    agrees: starts.size === c.expected,
    got: [String(starts.size)],
    findings: result.findings.map((f) => f.code),
  };
}
