import { toIsoInZone } from '../ingest/zones/iso.js';
import { round4 } from '../measure/calendar-time.js';
import { contractedHours } from '../measure/capacity.js';
import { personTotals, type Measurement } from '../measure/index.js';
import { UNASSIGNED, type Finding, type PersonWeek, type Analysis } from '../types.js';
import { flaggedMeetings } from './meetings.js';
import { missingInputs } from './missing.js';
import {
  REPORT_SCHEMA_VERSION,
  type Report,
  type ReportInput,
  type ReportPerson,
  type TrendRow,
} from './types.js';

export interface BuildReportOptions {
  /** Trend length: the last N weeks of the window (default: all of them). */
  weeks?: number;
  /** Hide every meeting title. */
  redact: boolean;
  /** ISO 8601 timestamp to stamp the report with; default the end of the window (the data's date). */
  generatedAt?: string;
  /** The run's findings so far (config, unreadable inputs, ingest); default: the analysis's own. */
  findings?: Finding[];
}

/**
 * Findings with one key order, whoever made them, so the JSON bytes never depend on it: the place
 * first (a spread keeps a key where it was first written), then the data with its keys sorted.
 */
function canonical<F extends Finding>(f: F): F {
  const order = {
    code: f.code,
    severity: f.severity,
    ...(f.file !== undefined && { file: f.file }),
    ...(f.line !== undefined && { line: f.line }),
    ...(f.person !== undefined && { person: f.person }),
    ...(f.week !== undefined && { week: f.week }),
  };
  return {
    ...order,
    ...f,
    ...(f.data !== undefined && { data: Object.fromEntries(Object.entries(f.data).sort(byKey)) }),
  };
}

function byKey([a]: [string, unknown], [b]: [string, unknown]): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function iso(ms: number | null, zone: string): string | null {
  return ms === null ? null : toIsoInZone(ms, zone);
}

function inputs(analysis: Analysis): ReportInput[] {
  const zone = analysis.window.zone;
  return analysis.calendars.map((c) => ({
    name: c.name,
    person: c.person,
    calendarName: c.calendarName,
    producer: c.producer,
    events: c.events,
    occurrences: c.occurrences,
    firstStart: iso(c.firstStart, zone),
    lastEnd: iso(c.lastEnd, zone),
    busyOnlyTitles: c.busyOnlyTitles,
    timedEvents: c.timedEvents,
    readable: c.readable,
  }));
}

/** People in measure order; with teams in the config, grouped team by team (in id order, no team last). */
function people(analysis: Analysis, ids: readonly string[]): ReportPerson[] {
  const listed = ids.map((id) => {
    const p = analysis.config.people.find((q) => q.id === id);
    return {
      id,
      ...(p?.team === undefined ? {} : { team: p.team }),
      name: p?.name ?? id,
      role: p?.role ?? '',
      authority: p?.authority ?? null,
      contractedHours: contractedHours(analysis.config, id),
      configured: p !== undefined,
      calendars: analysis.calendars.filter((c) => c.person === id).map((c) => c.name),
    };
  });
  if (!listed.some((p) => p.team !== undefined)) return listed;
  const key = (p: ReportPerson): string => (p.team === undefined ? '\uffff' : p.team);
  return listed.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function trend(personWeeks: readonly PersonWeek[], weeks: readonly string[]): TrendRow[] {
  const rows = new Map<string, TrendRow>();
  const shown = new Set(weeks);
  for (const w of personWeeks) {
    if (!shown.has(w.week)) continue;
    const row = rows.get(w.person) ?? { person: w.person, weeks: [], scheduled: [], levels: [] };
    row.weeks.push(w.week);
    row.scheduled.push(w.scheduled);
    row.levels.push(w.level);
    rows.set(w.person, row);
  }
  return [...rows.values()];
}

/**
 * The report stage: the one report object every format renders, from what the stages before it
 * found (measures, flags). Nothing is measured or detected here; src/pipeline.ts runs those.
 */
export function assembleReport(
  analysis: Analysis,
  measurement: Measurement,
  flags: readonly Finding[],
  options: BuildReportOptions,
): Report {
  const { config, window } = analysis;
  const { personWeeks } = measurement;
  const ids = [...new Set(personWeeks.map((w) => w.person))];
  const findings = [...(options.findings ?? analysis.findings), ...flags].map(canonical);
  const scheduled = personWeeks.reduce((sum, w) => sum + w.scheduled, 0);
  const unassigned = personWeeks.reduce((sum, w) => sum + (w.bySystem[UNASSIGNED] ?? 0), 0);
  const trendWeeks =
    options.weeks !== undefined && options.weeks > 0 ? window.weeks.slice(-options.weeks) : window.weeks;

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: options.generatedAt ?? iso(window.end, window.zone)!,
    redacted: options.redact,
    missing: missingInputs(analysis, findings),
    window: {
      from: window.from,
      to: window.to,
      zone: window.zone,
      weeks: [...window.weeks],
      start: iso(window.start, window.zone)!,
      end: iso(window.end, window.zone)!,
    },
    inputs: inputs(analysis),
    people: people(analysis, ids),
    systems: config.systems.map((s) => ({ id: s.id, name: s.name, lead: s.lead })),
    workstreams: config.workstreams.map((w) => ({ id: w.id, name: w.name, kind: w.kind })),
    summary: {
      people: ids.length,
      weeks: window.weeks.length,
      scheduled: round4(scheduled),
      criticalWeeks: personWeeks.filter((w) => w.level === 'critical').length,
      warnWeeks: personWeeks.filter((w) => w.level === 'warn').length,
      unassignedShare: scheduled > 0 ? round4(unassigned / scheduled) : 0,
    },
    personWeeks,
    totals: personTotals(personWeeks),
    trend: trend(personWeeks, trendWeeks),
    flaggedMeetings: flaggedMeetings(analysis, measurement, options.redact),
    findings,
  };
}
