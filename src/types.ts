/**
 * The data that flows between the stages: ingest → tag → measure → detect → suggest → render.
 * Instants are epoch milliseconds (UTC); weeks are ISO week keys such as "2026-W47" in the report zone.
 * Every stage is a pure function over these plain objects.
 */
import type { Config } from './config/types.js';
import type { Finding } from './findings/types.js';

/** Why an occurrence is (or is not) in the meeting hours. Precedence: the first that applies wins. */
export type OccurrenceStatus = 'counted' | 'tentative' | 'declined' | 'cancelled' | 'free' | 'all-day';

/** The owner's reply to the invitation, when their ATTENDEE line is found. */
export type Response =
  'accepted' | 'tentative' | 'declined' | 'needs-action' | 'delegated' | 'organizer' | 'unknown';

/** The report window: [start, end) in the report zone, made of whole days. */
export interface ReportWindow {
  /** Inclusive start instant (local midnight in `zone`). */
  start: number;
  /** Exclusive end instant (local midnight after the last day). */
  end: number;
  /** IANA zone of the report. */
  zone: string;
  /** ISO week keys touched by the window, in order. */
  weeks: string[];
  /** First and last day, YYYY-MM-DD, both included. */
  from: string;
  to: string;
}

/** One calendar's raw bytes, as read from a file, stdin or a URL. Reading is I/O; parsing is pure. */
export interface CalendarSource {
  /** What the user named: a path relative to the working directory, "-" or a URL. Used in messages. */
  name: string;
  /** Absolute path or URL, used to map the calendar to a person in the config. */
  location: string;
  bytes: Uint8Array;
}

/** One ATTENDEE line's values. Read-only: events that repeat the line share one object. */
export interface Attendee {
  readonly email: string;
  /** PARTSTAT as written, upper-cased; '' when absent (RFC 5545: NEEDS-ACTION; Outlook: see its busy status). */
  readonly partstat: string;
  readonly role: string;
}

/** A meeting occurrence after expansion, split at day and week boundaries and clipped to the window. */
export interface Occurrence {
  /** Person id (from config, else the calendar's name). */
  person: string;
  /** Calendar name as given (file path, "-" or URL). */
  calendar: string;
  uid: string;
  /** ISO 8601 (report zone) of the instance's original start, for instances of a recurring series; else null. */
  recurrenceId: string | null;
  /** Start and end of this piece (after splitting and clipping), epoch ms. */
  start: number;
  end: number;
  /** Start and end of the whole occurrence before splitting and clipping, epoch ms. */
  occurrenceStart: number;
  occurrenceEnd: number;
  /** Hours of this piece. */
  hours: number;
  status: OccurrenceStatus;
  /** True when the piece is in the meeting hours under the counting policy. */
  counts: boolean;
  /** Why the status is what it is (e.g. "STATUS:CANCELLED", "declined by jane@x.nhs.uk"). Empty for plain counted. */
  statusReason: string;
  response: Response;
  /** The occurrence belongs to a recurring series (RRULE/RDATE or has a RECURRENCE-ID). */
  recurring: boolean;
  /** All-day event whose title or busy status marks absence (leave, OOF, bank holiday). */
  absence: boolean;
  /** CLASS:PRIVATE or CONFIDENTIAL: the title must never be shown. */
  private: boolean;
  title: string;
  description: string;
  location: string;
  categories: string[];
  organizer: string | null;
  attendees: Attendee[];
  /** The zone the times were read in fell back to a default (the unresolved TZID), else null. */
  zoneFallback: string | null;
}

/** Findings: one case per code with its data (src/findings/types.ts). */
export type { Finding, FindingCode, FindingData, FindingOf, Severity } from './findings/types.js';

/** What ingest learned about one calendar, for data-quality checks and the report's inputs list. */
export interface CalendarSummary {
  name: string;
  person: string;
  /** X-WR-CALNAME, when present. */
  calendarName: string | null;
  /** outlook | google | apple | other, from PRODID. */
  producer: 'outlook' | 'google' | 'apple' | 'other';
  /** Number of VEVENT components read. */
  events: number;
  /** Number of occurrence pieces in the window (any status). */
  occurrences: number;
  /** Earliest start and latest end of any event instance seen in the file (not only the window), epoch ms. */
  firstStart: number | null;
  lastEnd: number | null;
  /** Events whose title is "Busy" (or empty), among timed events. */
  busyOnlyTitles: number;
  timedEvents: number;
  /** The owner's addresses used to read PARTSTAT. */
  ownerEmails: string[];
  /** False when the calendar could not be read at all. */
  readable: boolean;
}

export interface IngestResult<T extends Occurrence = Occurrence> {
  occurrences: T[];
  calendars: CalendarSummary[];
  findings: Finding[];
}

/** Why a tag was given: which rule, on which field, matching which text. */
export interface TagReason {
  /** e.g. "correction", "systems.lsc.keywords", "workstreams.uec.categories". */
  rule: string;
  /** summary | description | location | categories | organizer | attendees | uid. */
  field: string;
  /** The matched text (never a private title: for private occurrences the text is "(private)"). */
  text: string;
}

/** An occurrence with exactly one system ("unassigned" when no rule matched) and at most one workstream. */
export interface TaggedOccurrence extends Occurrence {
  system: string;
  workstream: string | null;
  systemReason: TagReason | null;
  workstreamReason: TagReason | null;
}

/** Everything the reports are made from: the tagged occurrences in the window and what was found on the way. */
export interface Analysis {
  config: Config;
  window: ReportWindow;
  calendars: IngestResult['calendars'];
  occurrences: TaggedOccurrence[];
  /** Occurrences of the `historyWeeks` before the window: for baselines only, never reported. */
  history: TaggedOccurrence[];
  findings: Finding[];
}

export const UNASSIGNED = 'unassigned';

export type Level = 'ok' | 'warn' | 'critical';

/** The measures of one person in one ISO week. Hours are decimal. */
export interface PersonWeek {
  person: string;
  week: string;
  /** Sum of counted durations: double bookings count twice ("38 hours scheduled"). */
  scheduled: number;
  /** Length of the union of counted occurrences. */
  occupied: number;
  /** scheduled − occupied. */
  conflict: number;
  /** Counted hours that are tentative (included in scheduled). */
  tentative: number;
  /** Hours left out of the meeting hours, by status (declined, cancelled, free, all-day, and tentative when excluded). */
  excluded: Partial<Record<OccurrenceStatus, number>>;
  outOfHours: number;
  weekend: number;
  /** Longest run of back-to-back counted meetings (gaps under 5 minutes join), in hours. */
  longestRun: number;
  /** Distinct systems with counted hours, "unassigned" not included. */
  systemCount: number;
  /** Contracted hours minus absence. */
  capacity: number;
  absenceDays: number;
  /** Mean scheduled hours of the person's previous weeks in the data (up to 12), or null. */
  baseline: number | null;
  bySystem: Record<string, number>;
  byWorkstream: Record<string, number>;
  /** Hours at which this person's week becomes warn / critical. */
  warnAt: number;
  criticalAt: number;
  level: Level;
}
