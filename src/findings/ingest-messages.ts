import type { IngestCode, Messages } from './types.js';

/** Sentences for the ingest stage's findings (reading and parsing calendars). File and line are prefixed by the formatter. */
export const ingestMessages: Messages<IngestCode> = {
  'input.unreadable': ({ data: d }) =>
    `cannot be read (${d.reason}); the other calendars are still reported.`,
  'ingest.empty': () => 'is empty: no calendar in it.',
  'ingest.binary': () => 'is a binary file, not an iCalendar (.ics) text file.',
  'ingest.html': () => 'is an HTML page, not a calendar (a login or error page saved as .ics?).',
  'ingest.not-calendar': () => 'is not an iCalendar file: no BEGIN:VCALENDAR or BEGIN:VEVENT in it.',
  'ingest.encoding': ({ data: d }) => `is not valid UTF-8; read as ${d.encoding}.`,
  'ingest.no-events': () => 'holds no events.',
  'ingest.unclosed-component': ({ data: d }) =>
    `${d.component} is not closed (${
      d.why === 'eof' ? 'the file ends' : `line ${d.at} begins another before its END`
    }); what was read of it is used.`,
  'ingest.unexpected-end': ({ data: d }) => `END:${d.component} without a matching BEGIN; ignored.`,
  'ingest.bad-line': ({ data: d }) => `${d.property || 'a'} line cannot be parsed; skipped.`,
  'ingest.bad-date': ({ data: d }) =>
    `${d.property} value "${d.value}" is not an RFC 5545 date or date-time; ${
      d.property === 'DTSTART' ? 'the event is left out' : 'the value is skipped'
    }.`,
  'ingest.bad-duration': ({ data: d }) => `DURATION "${d.value}" is not an RFC 5545 duration; ignored.`,
  'ingest.out-of-range': ({ data: d }) =>
    `${d.property} value "${d.value}" is out of range (at most ${d.limit}); the event is left out.`,
  'ingest.floating-end': ({ data: d }) =>
    `DTEND has no time zone while DTSTART has one; read in ${d.zone}, as mail clients mean it.`,
  'ingest.override-inexact': ({ data: d }) =>
    `RECURRENCE-ID ${d.value} names no instance of its series exactly; it replaces the one instance on that date.`,
  'ingest.override-unmatched': ({ data: d }) =>
    `RECURRENCE-ID ${d.value} names no instance of its series (${d.count} on that date${
      d.overrides > 1 ? `, and ${d.overrides} overrides name that date` : ''
    }); counted as an extra occurrence beside the series.`,
  'ingest.negative-duration': () => 'event ends before it starts; counted as lasting 0 hours.',
  'ingest.missing-dtstart': () => 'event has no DTSTART; left out.',
  'ingest.bad-rrule': ({ data: d }) =>
    `RRULE "${d.rule}" cannot be read (${d.reason}); only the event's first instance is kept.`,
  'ingest.occurrence-cap': ({ data: d }) =>
    d.kind === 'instances'
      ? `recurring event has more than ${d.cap} occurrences in the window; only the first ${d.cap} are counted.`
      : `recurring event's rule needed more than ${d.cap} steps; expansion stopped there.`,
  'ingest.zone-fallback': ({ data: d }) =>
    `time zone "${d.zone}" is not known and the file does not define it; ${d.count} occurrence(s) read in ${d.fallback}.`,
  'ingest.merged-calendars': ({ data: d }) =>
    `${d.count} calendars (${d.files}) belong to one owner, ${d.email}: read as one person, ${d.person}.`,
  'ingest.more-problems': ({ data: d }) => `${d.more} more finding(s) of kind ${d.of} not shown.`,
};
