/** Exchange 2010 "publish" exports: Windows zone name, 1601 VTIMEZONE, X-MICROSOFT-CDO-*, CRLF, folded. */
import { compactDate, compactLocal } from './calendar-math.js';
import { escapeText, Lines, param } from './ics-lines.js';
import { isCancelled, isOwner, ownerReply, rruleText, stamp, type WriteOptions } from './ics-common.js';
import type { CalEvent, Override } from './model.js';

const TZ = 'GMT Standard Time';

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZ}`,
  'BEGIN:STANDARD',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010101T010000',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];

function busyStatus(ev: CalEvent, o: Override | null): string {
  if (ev.allDay) return ev.transparent ? 'FREE' : 'OOF';
  if (isCancelled(ev, o) || ev.transparent || ownerReply(ev, o) === 'DECLINED') return 'FREE';
  return ownerReply(ev, o) === 'TENTATIVE' ? 'TENTATIVE' : 'BUSY';
}

function vevent(lines: Lines, ev: CalEvent, o: Override | null, opts: WriteOptions): void {
  const cancelled = isCancelled(ev, o);
  lines.add('BEGIN:VEVENT');
  if (ev.attendees.length > 0) {
    lines.add(`ORGANIZER;CN=${param(ev.organizer.name)}:mailto:${ev.organizer.email}`);
    for (const a of ev.attendees) {
      const reply = isOwner(a, opts.ownerEmails) ? ownerReply(ev, o) : 'NEEDS-ACTION';
      lines.add(
        `ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=${reply};RSVP=TRUE;CN=${param(a.name)}:mailto:${a.email}`,
      );
    }
  }
  lines.add(`DESCRIPTION;LANGUAGE=en-GB:${escapeText(ev.description)}\\n`);
  if (ev.rule && !o) {
    lines.add(rruleText(ev, 'outlook'));
    if (ev.exdates.length > 0)
      lines.add(`EXDATE;TZID=${TZ}:${ev.exdates.map((d) => compactLocal(d, ev.start)).join(',')}`);
  }
  lines.add(`UID:${ev.uid}`);
  if (o) lines.add(`RECURRENCE-ID;TZID=${TZ}:${compactLocal(o.recurDay, ev.start)}`);
  lines.add(`SUMMARY;LANGUAGE=en-GB:${escapeText(cancelled && o ? `Cancelled: ${ev.summary}` : ev.summary)}`);
  if (ev.allDay) {
    lines.add(`DTSTART;VALUE=DATE:${compactDate(ev.day)}`);
    lines.add(`DTEND;VALUE=DATE:${compactDate(ev.day + ev.dur / 1440)}`);
  } else {
    const day = o?.day ?? ev.day;
    const start = o?.start ?? ev.start;
    const end = start + (o?.dur ?? ev.dur);
    lines.add(`DTSTART;TZID=${TZ}:${compactLocal(day, start)}`);
    lines.add(`DTEND;TZID=${TZ}:${compactLocal(day + Math.floor(end / 1440), end % 1440)}`);
  }
  lines.add(`CLASS:${ev.private ? 'PRIVATE' : 'PUBLIC'}`);
  lines.add('PRIORITY:5');
  lines.add(`DTSTAMP:${stamp(opts.exportedOn)}`);
  lines.add(`TRANSP:${busyStatus(ev, o) === 'FREE' ? 'TRANSPARENT' : 'OPAQUE'}`);
  lines.add(`STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`);
  lines.add(`SEQUENCE:${ev.sequence + (o ? 1 : 0)}`);
  if (ev.location) lines.add(`LOCATION;LANGUAGE=en-GB:${escapeText(ev.location)}`);
  if (ev.categories.length > 0) lines.add(`CATEGORIES:${ev.categories.map(escapeText).join(',')}`);
  lines.add(`X-MICROSOFT-CDO-APPT-SEQUENCE:${ev.sequence + (o ? 1 : 0)}`);
  lines.add(`X-MICROSOFT-CDO-BUSYSTATUS:${busyStatus(ev, o)}`);
  lines.add(`X-MICROSOFT-CDO-INTENDEDSTATUS:${ev.allDay && !ev.transparent ? 'OOF' : 'BUSY'}`);
  lines.add(`X-MICROSOFT-CDO-ALLDAYEVENT:${ev.allDay ? 'TRUE' : 'FALSE'}`);
  lines.add('X-MICROSOFT-CDO-IMPORTANCE:1');
  lines.add(`X-MICROSOFT-CDO-INSTTYPE:${o ? 3 : ev.rule ? 1 : 0}`);
  lines.add('X-MICROSOFT-DONOTFORWARDMEETING:FALSE');
  lines.add('X-MICROSOFT-DISALLOW-COUNTER:FALSE');
  lines.add('END:VEVENT');
}

export function writeOutlook(events: CalEvent[], opts: WriteOptions): string {
  const lines = new Lines(true);
  lines.addAll([
    'BEGIN:VCALENDAR',
    'METHOD:PUBLISH',
    'PRODID:Microsoft Exchange Server 2010',
    'VERSION:2.0',
    'X-WR-CALNAME:Calendar',
  ]);
  lines.addAll(VTIMEZONE);
  for (const ev of events) {
    vevent(lines, ev, null, opts);
    for (const o of ev.overrides) vevent(lines, ev, o, opts);
  }
  lines.add('END:VCALENDAR');
  return lines.text('\r\n');
}
