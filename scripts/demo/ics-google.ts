/**
 * Google Calendar and Apple Calendar exports. Google writes one-off meetings in UTC and recurring ones
 * with TZID=Europe/London (with or without a VTIMEZONE); Apple always writes the zone and quotes its
 * parameters. Both fold at 75 octets.
 */
import { compactDate, compactLocal, londonToUtcStamp } from './calendar-math.js';
import {
  created,
  isCancelled,
  isOwner,
  ownerReply,
  rruleText,
  stamp,
  type WriteOptions,
} from './ics-common.js';
import { escapeText, Lines, param } from './ics-lines.js';
import type { CalEvent, Override } from './model.js';

export type Flavour = 'google' | 'apple';

const GOOGLE_TZ = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'X-LIC-LOCATION:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const APPLE_TZ = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'DTSTART:19810329T010000',
  'TZNAME:BST',
  'TZOFFSETTO:+0100',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'DTSTART:19961027T020000',
  'TZNAME:GMT',
  'TZOFFSETTO:+0000',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function times(ev: CalEvent, o: Override | null, flavour: Flavour): string[] {
  if (ev.allDay) {
    return [
      `DTSTART;VALUE=DATE:${compactDate(ev.day)}`,
      `DTEND;VALUE=DATE:${compactDate(ev.day + ev.dur / 1440)}`,
    ];
  }
  const day = o?.day ?? ev.day;
  const start = o?.start ?? ev.start;
  const end = start + (o?.dur ?? ev.dur);
  const endDay = day + Math.floor(end / 1440);
  if (flavour === 'google' && !ev.rule) {
    return [`DTSTART:${londonToUtcStamp(day, start)}`, `DTEND:${londonToUtcStamp(endDay, end % 1440)}`];
  }
  return [
    `DTSTART;TZID=Europe/London:${compactLocal(day, start)}`,
    `DTEND;TZID=Europe/London:${compactLocal(endDay, end % 1440)}`,
  ];
}

function people(ev: CalEvent, o: Override | null, flavour: Flavour, opts: WriteOptions): string[] {
  if (ev.attendees.length === 0) return [];
  const org = ev.organizer;
  const out =
    flavour === 'google'
      ? [`ORGANIZER;CN=${param(org.name)}:mailto:${org.email}`]
      : [`ORGANIZER;CN="${org.name}";EMAIL="${org.email}":mailto:${org.email}`];
  for (const a of ev.attendees) {
    const reply = isOwner(a, opts.ownerEmails)
      ? ownerReply(ev, o)
      : a.email === org.email
        ? 'ACCEPTED'
        : 'NEEDS-ACTION';
    out.push(
      flavour === 'google'
        ? `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${reply};CN=${param(a.name)};X-NUM-GUESTS=0:mailto:${a.email}`
        : `ATTENDEE;CN="${a.name}";CUTYPE=INDIVIDUAL;EMAIL="${a.email}";PARTSTAT=${reply};ROLE=REQ-PARTICIPANT:mailto:${a.email}`,
    );
  }
  return out;
}

function vevent(lines: Lines, ev: CalEvent, o: Override | null, flavour: Flavour, opts: WriteOptions): void {
  const cancelled = isCancelled(ev, o);
  const recurrence: string[] = [];
  if (ev.rule && !o) {
    recurrence.push(rruleText(ev, 'google'));
    // Google writes one EXDATE line per excluded instance.
    for (const d of ev.exdates) recurrence.push(`EXDATE;TZID=Europe/London:${compactLocal(d, ev.start)}`);
  }
  const recurrenceId = o ? [`RECURRENCE-ID;TZID=Europe/London:${compactLocal(o.recurDay, ev.start)}`] : [];
  const sequence = `SEQUENCE:${ev.sequence + (o ? 1 : 0)}`;
  const summary = `SUMMARY:${escapeText(ev.summary)}`;
  const transp = `TRANSP:${ev.transparent ? 'TRANSPARENT' : 'OPAQUE'}`;
  const privacy = ev.private ? ['CLASS:PRIVATE'] : [];
  lines.add('BEGIN:VEVENT');
  if (flavour === 'google') {
    lines.addAll([...times(ev, o, flavour), ...recurrence, `DTSTAMP:${stamp(opts.exportedOn)}`]);
    lines.addAll(people(ev, o, flavour, opts));
    lines.addAll([`UID:${ev.uid}`, ...recurrenceId, ...privacy, `CREATED:${created(ev)}`]);
    lines.addAll([`DESCRIPTION:${escapeText(ev.description)}`, `LAST-MODIFIED:${created(ev)}`]);
    lines.addAll([
      `LOCATION:${escapeText(ev.location)}`,
      sequence,
      `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    ]);
    lines.addAll([summary, transp]);
  } else {
    lines.addAll([
      transp,
      times(ev, o, flavour)[1]!,
      `UID:${ev.uid}`,
      ...recurrenceId,
      `DTSTAMP:${stamp(opts.exportedOn)}`,
    ]);
    if (ev.location) lines.add(`LOCATION:${escapeText(ev.location)}`);
    lines.addAll(people(ev, o, flavour, opts));
    lines.addAll([
      ...privacy,
      ...(cancelled ? ['STATUS:CANCELLED'] : []),
      'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC',
    ]);
    lines.addAll([sequence, summary, `LAST-MODIFIED:${created(ev)}`, `CREATED:${created(ev)}`]);
    lines.addAll([times(ev, o, flavour)[0]!, ...recurrence]);
  }
  lines.add('END:VEVENT');
}

export interface GoogleOptions extends WriteOptions {
  flavour: Flavour;
  calName: string;
  withTimezone: boolean;
  eol: '\r\n' | '\n';
}

export function writeGoogle(events: CalEvent[], opts: GoogleOptions): string {
  const lines = new Lines(true);
  if (opts.flavour === 'google') {
    lines.addAll([
      'BEGIN:VCALENDAR',
      'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    lines.addAll([`X-WR-CALNAME:${opts.calName}`, 'X-WR-TIMEZONE:Europe/London']);
    if (opts.withTimezone) lines.addAll(GOOGLE_TZ);
  } else {
    lines.addAll([
      'BEGIN:VCALENDAR',
      'METHOD:PUBLISH',
      'VERSION:2.0',
      `X-WR-CALNAME:${opts.calName}`,
      'PRODID:-//Apple Inc.//macOS 15.1//EN',
    ]);
    lines.addAll(['X-APPLE-CALENDAR-COLOR:#1BADF8', 'X-WR-TIMEZONE:Europe/London', 'CALSCALE:GREGORIAN']);
    lines.addAll(APPLE_TZ);
  }
  for (const ev of events) {
    vevent(lines, ev, null, opts.flavour, opts);
    for (const o of ev.overrides) vevent(lines, ev, o, opts.flavour, opts);
  }
  lines.add('END:VCALENDAR');
  return lines.text(opts.eol);
}
