import type { Finding } from '../types.js';
import type { MessageMap } from './message-map.js';

function d(f: Finding, key: string): string {
  return String(f.data?.[key] ?? '');
}

/** Sentences for the ingest stage's findings (reading and parsing calendars). File and line are prefixed by the formatter. */
export const ingestMessages: MessageMap = {
  'input.unreadable': (f) => `cannot be read (${d(f, 'reason')}); the other calendars are still reported.`,
  'ingest.empty': () => 'is empty: no calendar in it.',
  'ingest.binary': () => 'is a binary file, not an iCalendar (.ics) text file.',
  'ingest.html': () => 'is an HTML page, not a calendar (a login or error page saved as .ics?).',
  'ingest.not-calendar': () => 'is not an iCalendar file: no BEGIN:VCALENDAR or BEGIN:VEVENT in it.',
  'ingest.encoding': (f) => `is not valid UTF-8; read as ${d(f, 'encoding')}.`,
  'ingest.no-events': () => 'holds no events.',
  'ingest.unclosed-component': (f) =>
    `${d(f, 'component')} is not closed (${
      d(f, 'why') === 'eof' ? 'the file ends' : `line ${d(f, 'at')} begins another before its END`
    }); what was read of it is used.`,
  'ingest.unexpected-end': (f) => `END:${d(f, 'component')} without a matching BEGIN; ignored.`,
  'ingest.bad-line': (f) => `${d(f, 'property') || 'a'} line cannot be parsed; skipped.`,
  'ingest.bad-date': (f) =>
    `${d(f, 'property')} value "${d(f, 'value')}" is not an RFC 5545 date or date-time; ${
      d(f, 'property') === 'DTSTART' ? 'the event is left out' : 'the value is skipped'
    }.`,
  'ingest.bad-duration': (f) => `DURATION "${d(f, 'value')}" is not an RFC 5545 duration; ignored.`,
  'ingest.out-of-range': (f) =>
    `${d(f, 'property')} value "${d(f, 'value')}" is out of range (at most ${d(f, 'limit')}); the event is left out.`,
  'ingest.floating-end': (f) =>
    `DTEND has no time zone while DTSTART has one; read in ${d(f, 'zone')}, as mail clients mean it.`,
  'ingest.override-inexact': (f) =>
    `RECURRENCE-ID ${d(f, 'value')} names no instance of its series exactly; it replaces the one instance on that date.`,
  'ingest.override-unmatched': (f) =>
    `RECURRENCE-ID ${d(f, 'value')} names no instance of its series (${d(f, 'count')} on that date${
      Number(f.data?.['overrides'] ?? 1) > 1 ? `, and ${d(f, 'overrides')} overrides name that date` : ''
    }); counted as an extra occurrence beside the series.`,
  'ingest.negative-duration': () => 'event ends before it starts; counted as lasting 0 hours.',
  'ingest.missing-dtstart': () => 'event has no DTSTART; left out.',
  'ingest.bad-rrule': (f) =>
    `RRULE "${d(f, 'rule')}" cannot be read${d(f, 'reason') ? ` (${d(f, 'reason')})` : ''}; only the event's first instance is kept.`,
  'ingest.occurrence-cap': (f) =>
    d(f, 'kind') === 'instances'
      ? `recurring event has more than ${d(f, 'cap')} occurrences in the window; only the first ${d(f, 'cap')} are counted.`
      : `recurring event's rule needed more than ${d(f, 'cap')} steps; expansion stopped there.`,
  'ingest.zone-fallback': (f) =>
    `time zone "${d(f, 'zone')}" is not known and the file does not define it; ${d(f, 'count')} occurrence(s) read in ${d(f, 'fallback')}.`,
  'ingest.merged-calendars': (f) =>
    `${d(f, 'count')} calendars (${d(f, 'files')}) belong to one owner, ${d(f, 'email')}: read as one person, ${d(f, 'person')}.`,
  'ingest.more-problems': (f) => `${d(f, 'more')} more finding(s) of kind ${d(f, 'of')} not shown.`,
};
