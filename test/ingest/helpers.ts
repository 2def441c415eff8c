/** Runs the ingest engine over hand-written fixtures and turns its output into compact, readable rows. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/types.js';
import { ingestCalendars, type IngestOptions } from '../../src/ingest/ingest.js';
import type { CalendarSource, IngestResult, Occurrence, ReportWindow } from '../../src/types.js';
import { resolveWindow } from '../../src/window.js';

export const ZONE = 'Europe/London';
export const NOW = new Date('2026-11-23T12:00:00Z');

/** Absolute path of a fixture under fixtures/ingest. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/ingest/${name}`, import.meta.url));
}

export function source(name: string): CalendarSource {
  const location = fixturePath(name);
  return { name, location, bytes: new Uint8Array(readFileSync(location)) };
}

export type Span = { from: string; to: string } | { week: string };

export function window(span: Span, zone = ZONE): ReportWindow {
  return resolveWindow({ ...span, zone, now: NOW });
}

/** Ingests fixtures (by file name) over a window; the default config has no people. */
export function ingest(
  files: string | string[],
  span: Span,
  config: Config = defaultConfig(ZONE),
  options?: IngestOptions,
): IngestResult {
  const names = Array.isArray(files) ? files : [files];
  return ingestCalendars(names.map(source), config, window(span, config.timezone), options);
}

/** "2026-10-26T09:00+00:00": local time in the zone with its offset, to the minute. */
export function local(instant: number, zone = ZONE): string {
  return DateTime.fromMillis(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mmZZ");
}

/** Same, to the second, for sub-minute cases. */
export function localSeconds(instant: number, zone = ZONE): string {
  return DateTime.fromMillis(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}

const round = (h: number): number => Math.round(h * 10_000) / 10_000;

function pick(r: IngestResult | Occurrence[], uid?: string): Occurrence[] {
  const list = Array.isArray(r) ? r : r.occurrences;
  return uid === undefined ? list : list.filter((o) => o.uid === uid);
}

/** [start, hours] per piece, in the engine's order (person, start, uid). */
export function rows(r: IngestResult | Occurrence[], uid?: string, zone = ZONE): [string, number][] {
  return pick(r, uid).map((o) => [local(o.start, zone), round(o.hours)]);
}

/** [start, hours, status, counts] per piece. */
export function statusRows(
  r: IngestResult | Occurrence[],
  uid?: string,
): [string, number, Occurrence['status'], boolean][] {
  return pick(r, uid).map((o) => [local(o.start), round(o.hours), o.status, o.counts]);
}

/** Finding codes, in order. */
export function codes(r: IngestResult): string[] {
  return r.findings.map((f) => f.code);
}

/**
 * A calendar written inline, named by its owner's address as Google writes it (X-WR-CALNAME):
 * files with one name are one person.
 */
export function inlineCalendar(
  name: string,
  body: string,
  calname = 'jane.synthetic@example.nhs.uk',
): CalendarSource {
  const text = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `X-WR-CALNAME:${calname}`,
    body.trim(),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  return { name, location: `/cal/${name}`, bytes: new TextEncoder().encode(text) };
}

/** Ingests inline calendars over 2026-W47 with the default config (no people). */
export function ingestInline(sources: CalendarSource[]): IngestResult {
  return ingestCalendars(sources, defaultConfig(ZONE), window({ week: '2026-W47' }));
}
