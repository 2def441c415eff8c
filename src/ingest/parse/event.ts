import ICAL from 'ical.js';
import type { FindingBody } from '../../findings/types.js';
import type { Attendee } from '../../types.js';
import {
  durationTooLong,
  MAX_DURATION_DAYS,
  parseCalTime,
  parseDuration,
  toWall,
  type CalTime,
  type Duration,
} from './datetime.js';
import type { Block } from '../read/lines.js';
import { plainLine, type PlainLine } from './plain-line.js';
import { plainProperty } from './plain-values.js';
import { own } from './own.js';

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

/** The properties engage-load reads; every other line is skipped without parsing. */
const WANTED = new Set([
  'UID',
  'SEQUENCE',
  'DTSTAMP',
  'DTSTART',
  'DTEND',
  'DURATION',
  'RRULE',
  'RDATE',
  'EXDATE',
  'RECURRENCE-ID',
  'STATUS',
  'TRANSP',
  'X-MICROSOFT-CDO-BUSYSTATUS',
  'X-MICROSOFT-CDO-INTENDEDSTATUS',
  'X-MICROSOFT-CDO-ALLDAYEVENT',
  'CLASS',
  'SUMMARY',
  'DESCRIPTION',
  'LOCATION',
  'CATEGORIES',
  'ORGANIZER',
  'ATTENDEE',
]);

const TIME_PROPERTIES = new Set(['DTSTART', 'DTEND', 'RECURRENCE-ID', 'EXDATE', 'RDATE']);

/** The property name of a content line, upper-cased, without parsing the rest. */
export function propertyName(text: string): string {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0x3b) break; // ':' ';'
    i++;
  }
  return text.slice(0, i).trim().toUpperCase();
}

/** A property name fit for a message: a line that is not one (a broken fold of a title) is not repeated. */
function safeName(name: string): string {
  return /^[A-Z][A-Z0-9-]{0,40}$/.test(name) ? name : '';
}

/** The value of a content line exactly as written: everything after the first colon outside quotes. */
export function rawValue(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (c === 0x3a && !quoted) return text.slice(i + 1);
  }
  return '';
}

/** A value for a message: as written, cut to a readable length. */
function shown(value: string): string {
  const v = value.trim();
  return v.length > 40 ? `${v.slice(0, 40)}…` : v;
}

export function emailOf(value: string): string {
  return value
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
}

type JCalProperty = [string, Record<string, string | string[]>, string, ...unknown[]];

function param(p: JCalProperty, name: string): string | null {
  const v = p[1][name];
  if (v === undefined) return null;
  return Array.isArray(v) ? (v[0] ?? null) : v;
}

/** Outlook writes TZID values with quotes, escaped commas or a trailing colon; keep the name only. */
export function cleanTzid(tzid: string | null): string | null {
  if (tzid === null) return null;
  const t = tzid
    .replace(/\\,/g, ',')
    .replace(/^"+|"+$/g, '')
    .replace(/:+$/, '')
    .trim();
  return t === '' ? null : t;
}

function times(p: JCalProperty, problems: EventProblem[], line: number, raw: string): CalTime[] {
  const tzid = cleanTzid(param(p, 'tzid'));
  const out: CalTime[] = [];
  const written = raw.split(',');
  p.slice(3).forEach((v, i) => {
    const text = Array.isArray(v) ? String(v[0]) : String(v);
    const t = parseCalTime(text, tzid);
    if (t) out.push(t);
    else
      problems.push({
        line,
        code: 'ingest.bad-date',
        // As written in the file, not as ical.js rewrote it ("2021-05-27T::").
        data: { property: p[0].toUpperCase(), value: shown(written[i] ?? text) },
      });
  });
  return out;
}

function text(p: JCalProperty): string {
  return p
    .slice(3)
    .map((v) => String(v))
    .join(',');
}

function newEvent(line: number): RawEvent {
  return {
    line,
    uid: '',
    sequence: 0,
    dtstamp: '',
    start: null,
    end: null,
    duration: null,
    rrules: [],
    rruleLines: [],
    rdates: [],
    exdates: [],
    recurrenceId: null,
    thisAndFuture: false,
    status: '',
    transp: '',
    busyStatus: '',
    allDay: false,
    private: false,
    summary: '',
    description: '',
    location: '',
    categories: [],
    organizer: null,
    attendees: [],
    problems: [],
  };
}

/**
 * What a content line does to its event, kept per line text for the rest of the file: a calendar
 * repeats most of its lines word for word (the same attendees, organizers, titles, statuses, Outlook
 * flags), and a repeated line is then read once. Lines that carry a time or a UID, or that give a
 * problem (with its line number), are read each time.
 */
export type LineEffects = Map<string, (e: RawEvent) => void>;

/** Reads one VEVENT block. A line that cannot be parsed is reported with its number and skipped. */
export function parseEvent(block: Block, effects: LineEffects = new Map()): RawEvent {
  const e = newEvent(block.line);
  let endLine = block.line;
  let endRaw = '';
  for (const l of block.lines) {
    const known = effects.get(l.text);
    if (known !== undefined) {
      known(e);
      continue;
    }
    const name = propertyName(l.text);
    if (!WANTED.has(name)) {
      if (!l.text.includes(':'))
        e.problems.push({ line: l.line, code: 'ingest.bad-line', data: { property: safeName(name) } });
      continue;
    }
    if (name === 'RRULE') {
      e.rrules.push(l.text.slice(l.text.indexOf(':') + 1).trim());
      e.rruleLines.push(l.line);
      continue;
    }
    const plain = plainLine(l.text);
    if (plain && (name === 'ATTENDEE' || name === 'ORGANIZER')) {
      remember(effects, l.text, addressEffect(name, plain))(e);
      continue;
    }
    let p: JCalProperty | null = plain && plainProperty(plain);
    if (!p) {
      try {
        p = ICAL.parse.property(l.text) as unknown as JCalProperty;
      } catch {
        e.problems.push({ line: l.line, code: 'ingest.bad-line', data: { property: safeName(name) } });
        continue;
      }
    }
    const raw = plain ? plain.value : rawValue(l.text);
    if (TIME_PROPERTIES.has(name)) readTime(e, name, p, l.line, raw);
    else if (name === 'DURATION') {
      const d = durationValue(raw, l.line, e.problems);
      if (d !== null) e.duration = d;
    } else if (name === 'UID') e.uid = own(text(p).trim());
    else remember(effects, l.text, effectOf(name, p))(e);
    if (name === 'DTEND') {
      endLine = l.line;
      endRaw = raw;
    }
  }
  floatingEnd(e, endLine);
  tooLong(e, endLine, endRaw);
  return e;
}

function remember(effects: LineEffects, text: string, effect: (e: RawEvent) => void): (e: RawEvent) => void {
  effects.set(text, effect);
  return effect;
}

/**
 * A floating DTEND beside a DTSTART with a TZID (or in UTC), common in old exports, is read in
 * DTSTART's zone, as libical and Python's icalendar do; RFC 5545 would make the two unrelated.
 */
function floatingEnd(e: RawEvent, line: number): void {
  const { start, end } = e;
  if (!start || !end || start.isDate || end.isDate || end.utc || end.tzid !== null) return;
  if (start.tzid === null && !start.utc) return;
  e.end = { ...end, tzid: start.tzid, utc: start.utc };
  e.problems.push({
    line,
    code: 'ingest.floating-end',
    data: { zone: start.utc ? 'UTC' : start.tzid! },
  });
}

/** An end more than MAX_DURATION_DAYS after the start is an error, as a DURATION that long is. */
function tooLong(e: RawEvent, line: number, raw: string): void {
  if (!e.start || !e.end) return;
  if (toWall(e.end) - toWall(e.start) <= MAX_DURATION_DAYS * 86_400_000) return;
  e.problems.push({
    line,
    code: 'ingest.out-of-range',
    data: { property: 'DTEND', value: shown(raw), limit: `${MAX_DURATION_DAYS} days after DTSTART` },
  });
}

/** A DURATION value, or a finding for one that is malformed or absurdly long. */
function durationValue(value: string, line: number, problems: EventProblem[]): Duration | null {
  const d = parseDuration(value);
  if (d === null) {
    problems.push({ line, code: 'ingest.bad-duration', data: { value: shown(value) } });
    return null;
  }
  if (durationTooLong(d)) {
    problems.push({
      line,
      code: 'ingest.out-of-range',
      data: { property: 'DURATION', value: shown(value), limit: `${MAX_DURATION_DAYS} days` },
    });
    return null;
  }
  return d;
}

function readTime(e: RawEvent, name: string, p: JCalProperty, line: number, raw: string): void {
  if (name === 'RDATE' && p[2] === 'period') {
    const written = raw.split(',');
    p.slice(3).forEach((v, i) => {
      const [a, b] = v as [string, string];
      const tzid = cleanTzid(param(p, 'tzid'));
      const time = parseCalTime(a, tzid);
      if (!time) {
        e.problems.push({
          line,
          code: 'ingest.bad-date',
          data: { property: name, value: shown(written[i] ?? String(a)) },
        });
        return;
      }
      const isDuration = b.startsWith('P') || b.startsWith('-P') || b.startsWith('+P');
      const duration = isDuration
        ? durationValue((written[i] ?? b).split('/')[1] ?? b, line, e.problems)
        : null;
      if (isDuration && duration === null) return;
      e.rdates.push({ time, end: isDuration ? null : parseCalTime(b, tzid), duration });
    });
    return;
  }
  const values = times(p, e.problems, line, raw);
  if (name === 'EXDATE') e.exdates.push(...values);
  else if (name === 'RDATE') e.rdates.push(...values.map((time) => ({ time, end: null, duration: null })));
  else if (values[0]) {
    if (name === 'DTSTART') e.start = values[0];
    else if (name === 'DTEND') e.end = values[0];
    else {
      e.recurrenceId = values[0];
      e.thisAndFuture = (param(p, 'range') ?? '').toUpperCase() === 'THISANDFUTURE';
    }
  }
}

/**
 * A plain ATTENDEE or ORGANIZER line's effect: the same values `effectOf` takes from ical.js's
 * parse. Every text an event keeps is copied out of the file's text (see `own`), so that the file
 * can be freed.
 */
function addressEffect(name: 'ATTENDEE' | 'ORGANIZER', a: PlainLine): (e: RawEvent) => void {
  const email = own(emailOf(a.params.get('email') ?? a.value));
  if (name === 'ORGANIZER')
    return (e) => {
      e.organizer = email;
    };
  const attendee: Attendee = {
    email,
    partstat: own((a.params.get('partstat') ?? '').toUpperCase()),
    role: own((a.params.get('role') ?? 'REQ-PARTICIPANT').toUpperCase()),
  };
  return (e) => {
    e.attendees.push(attendee);
  };
}

/** What a property other than a time, RRULE, DURATION or UID sets on its event (its text copied, as above). */
function effectOf(name: string, p: JCalProperty): (e: RawEvent) => void {
  switch (name) {
    case 'SEQUENCE': {
      const sequence = Number.parseInt(text(p), 10) || 0;
      return (e) => {
        e.sequence = sequence;
      };
    }
    case 'DTSTAMP': {
      const dtstamp = own(text(p));
      return (e) => {
        e.dtstamp = dtstamp;
      };
    }
    case 'STATUS': {
      const status = own(text(p).trim().toUpperCase());
      return (e) => {
        e.status = status;
      };
    }
    case 'TRANSP': {
      const transp = own(text(p).trim().toUpperCase());
      return (e) => {
        e.transp = transp;
      };
    }
    case 'X-MICROSOFT-CDO-ALLDAYEVENT': {
      const allDay = text(p).trim().toUpperCase() === 'TRUE';
      return (e) => {
        e.allDay = allDay;
      };
    }
    case 'X-MICROSOFT-CDO-BUSYSTATUS': {
      // The busy status wins over the intended status when both are present.
      const busy = own(text(p).trim().toUpperCase());
      return (e) => {
        e.busyStatus = busy;
      };
    }
    case 'X-MICROSOFT-CDO-INTENDEDSTATUS': {
      const intended = own(text(p).trim().toUpperCase());
      return (e) => {
        if (e.busyStatus === '') e.busyStatus = intended;
      };
    }
    case 'CLASS': {
      const c = text(p).trim().toUpperCase();
      const isPrivate = c === 'PRIVATE' || c === 'CONFIDENTIAL';
      return (e) => {
        e.private = isPrivate;
      };
    }
    case 'SUMMARY': {
      const summary = own(text(p));
      return (e) => {
        e.summary = summary;
      };
    }
    case 'DESCRIPTION': {
      const description = own(text(p));
      return (e) => {
        e.description = description;
      };
    }
    case 'LOCATION': {
      const location = own(text(p));
      return (e) => {
        e.location = location;
      };
    }
    case 'CATEGORIES': {
      const categories = p
        .slice(3)
        .map((c) => String(c).trim())
        .filter((c) => c !== '')
        .map(own);
      return (e) => {
        e.categories.push(...categories);
      };
    }
    case 'ORGANIZER': {
      const organizer = own(emailOf(param(p, 'email') ?? text(p)));
      return (e) => {
        e.organizer = organizer;
      };
    }
    case 'ATTENDEE': {
      const attendee: Attendee = {
        email: own(emailOf(param(p, 'email') ?? text(p))),
        partstat: own((param(p, 'partstat') ?? '').toUpperCase()),
        role: own((param(p, 'role') ?? 'REQ-PARTICIPANT').toUpperCase()),
      };
      return (e) => {
        e.attendees.push(attendee);
      };
    }
    default:
      return () => {};
  }
}
