import type { PersonSystemTotal, PersonWorkstreamTotal } from '../measure/totals.js';
import type { CalendarSummary, Finding, Level, PersonWeek } from '../types.js';
import type { SuggestionSet } from '../suggest/types.js';

/** The version of the JSON document; a change that breaks readers bumps the major number. */
export const REPORT_SCHEMA_VERSION = '1.1';

export interface ReportWindowInfo {
  /** First and last day, both included (YYYY-MM-DD, report zone). */
  from: string;
  to: string;
  zone: string;
  /** ISO week keys of the window, in order. */
  weeks: string[];
  /** [start, end) as ISO 8601 with the zone's offset. */
  start: string;
  end: string;
}

/** One calendar as read, without the owner's addresses. Instants are ISO 8601 in the report zone. */
export interface ReportInput extends Pick<
  CalendarSummary,
  | 'name'
  | 'person'
  | 'calendarName'
  | 'producer'
  | 'events'
  | 'occurrences'
  | 'busyOnlyTitles'
  | 'timedEvents'
  | 'readable'
> {
  firstStart: string | null;
  lastEnd: string | null;
}

/**
 * A calendar whose figures are missing from the report: `all` when nothing in it could be read,
 * `part` when some of its events were left out. Every format shows these first.
 */
export interface MissingInput {
  /** The calendar as named (path, "-" or URL). */
  calendar: string;
  /** Whose calendar it is (person id), when the config or the file tells; else null. */
  person: string | null;
  /** That person's name from the config, else their id; null when unknown. */
  personName: string | null;
  extent: 'all' | 'part';
  /** The first error's finding code (its sentence is among `findings`). */
  code: string;
  /** Error findings about this calendar. */
  errors: number;
}

export interface ReportPerson {
  id: string;
  /** The person's team, when the config groups people into teams. */
  team?: string;
  name: string;
  role: string;
  authority: string | null;
  contractedHours: number;
  /** False for a calendar owner the config does not list. */
  configured: boolean;
  /** Names of the calendars read for this person. */
  calendars: string[];
}

export interface ReportSystem {
  id: string;
  name: string;
  lead: string | null;
}

export interface ReportWorkstream {
  id: string;
  name: string;
  kind: string;
}

/** Scheduled hours per week, aligned with `weeks`. */
export interface TrendRow {
  person: string;
  weeks: string[];
  scheduled: number[];
  levels: Level[];
}

/** A meeting (one series or single event) behind a flagged week, largest first. */
export interface FlaggedMeeting {
  person: string;
  week: string;
  /** Display title: "(private)" for private meetings, "(redacted)" under --redact. */
  title: string;
  system: string;
  workstream: string | null;
  hours: number;
  occurrences: number;
}

export interface ReportSummary {
  people: number;
  weeks: number;
  scheduled: number;
  criticalWeeks: number;
  warnWeeks: number;
  /** Share of counted hours no system rule claimed, 0–1. */
  unassignedShare: number;
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  /**
   * The date the report speaks for: the given stamp (SOURCE_DATE_EPOCH on the command line), else
   * the end of the window's last day. Never the wall clock, so the same inputs give the same bytes.
   */
  generatedAt: string;
  /** True when --redact hid every title. */
  redacted: boolean;
  /** Calendars whose figures are missing, wholly or in part; empty when everything was read. */
  missing: MissingInput[];
  window: ReportWindowInfo;
  inputs: ReportInput[];
  people: ReportPerson[];
  systems: ReportSystem[];
  workstreams: ReportWorkstream[];
  summary: ReportSummary;
  personWeeks: PersonWeek[];
  totals: { bySystem: PersonSystemTotal[]; byWorkstream: PersonWorkstreamTotal[] };
  /** Per person, the weekly scheduled hours of the last `weeks` weeks of the window. */
  trend: TrendRow[];
  flaggedMeetings: FlaggedMeeting[];
  /** Input, config and ingest findings, then load flags, then data quality. */
  findings: Finding[];
  /** Redistribution: moves, the system lead plan, joint forums, double attendance, seats (src/suggest). */
  suggestions?: SuggestionSet;
}
