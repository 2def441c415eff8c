import type { FindingBody } from '../../findings/types.js';
import type { Attendee } from '../../types.js';
import type { CalTime, Duration } from './datetime.js';

export interface RDate {
  time: CalTime;
  /** PERIOD values carry their own end or duration. */
  end: CalTime | null;
  duration: Duration | null;
}

/** What is wrong with an event, where: a finding's code and data, and the line they concern. */
export type EventProblem = FindingBody<
  | 'ingest.bad-date'
  | 'ingest.bad-line'
  | 'ingest.bad-duration'
  | 'ingest.out-of-range'
  | 'ingest.floating-end'
  | 'ingest.negative-duration'
  | 'ingest.missing-dtstart'
  | 'ingest.override-inexact'
  | 'ingest.override-unmatched'
  | 'ingest.bad-rrule'
  | 'ingest.occurrence-cap'
> & { line: number };

/** A VEVENT's properties as written: times are still wall-clock values with their TZID. */
export interface RawEvent {
  line: number;
  uid: string;
  sequence: number;
  dtstamp: string;
  start: CalTime | null;
  end: CalTime | null;
  duration: Duration | null;
  rrules: string[];
  /** Line of each RRULE, for messages. */
  rruleLines: number[];
  rdates: RDate[];
  exdates: CalTime[];
  recurrenceId: CalTime | null;
  thisAndFuture: boolean;
  status: string;
  transp: string;
  busyStatus: string;
  /** Outlook's X-MICROSOFT-CDO-ALLDAYEVENT:TRUE: an all-day event written with midnight date-times. */
  allDay: boolean;
  private: boolean;
  summary: string;
  description: string;
  location: string;
  categories: string[];
  organizer: string | null;
  attendees: Attendee[];
  problems: EventProblem[];
}
