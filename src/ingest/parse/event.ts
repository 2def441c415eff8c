import ICAL from 'ical.js';
import {
  durationTooLong,
  MAX_DURATION_DAYS,
  cutCalTime,
  parseCalTime,
  parseDuration,
  toWall,
  type CalTime,
  type Duration,
} from './datetime.js';
import type { EventBlock } from '../read/lines.js';
import { plainLine } from './plain-line.js';
import { plainProperty, plainTimes } from './plain-values.js';
import { own } from './own.js';
import {
  addressEffect,
  EFFECT_PROPERTIES,
  effectOf,
  isEffectProperty,
  param,
  remember,
  text,
  type JCalProperty,
  type LineEffects,
} from './line-effects.js';
import type { EventProblem, RawEvent } from './raw-event.js';

export type { EventProblem, RawEvent, RDate } from './raw-event.js';
export type { LineEffects } from './line-effects.js';

/** Properties an event reads for itself alone (its UID and times): never the same line in two events. */
const OWN_PROPERTIES = ['UID', 'DTSTART', 'DTEND', 'DURATION', 'RRULE', 'RDATE', 'EXDATE', 'RECURRENCE-ID'];

/** The properties engage-load reads; every other line is skipped without parsing. */
const WANTED: ReadonlySet<string> = new Set([...EFFECT_PROPERTIES, ...OWN_PROPERTIES]);

/**
 * The lines parseEvent looks at: any that may be WANTED, and any without a colon (reported as a
 * broken line). Others (PRIORITY, most X- lines) are never made into strings.
 */
const mayBeWanted = mayBeNamed([...WANTED]);
const READ = (text: string, at: number, end: number): boolean => {
  if (mayBeWanted(text, at)) return true;
  const colon = text.indexOf(':', at);
  return colon < 0 || colon >= end;
};

/** Lines never remembered in the memo of repeated lines: not worth hashing to look for. */
const UNREMEMBERED = mayBeNamed(OWN_PROPERTIES);

const TIME_PROPERTIES = new Set(['DTSTART', 'DTEND', 'RECURRENCE-ID', 'EXDATE', 'RDATE']);

/** The property name of a content line, upper-cased, without parsing the rest. */
export function propertyName(text: string): string {
  let i = 0;
  // Upper-case letters, digits and dashes only (as nearly every exporter writes): nothing to trim or raise.
  let plain = true;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0x3b) break; // ':' ';'
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d)) plain = false;
    i++;
  }
  const name = text.slice(0, i);
  return plain ? name : name.trim().toUpperCase();
}

/** A character propertyName may trim or raise, or a fold or line end: the raw text cannot settle the name. */
function unsure(c: number): boolean {
  return !(c >= 0x21 && c <= 0x7e) || (c >= 0x61 && c <= 0x7a);
}

/**
 * A test on a line's raw text (from `at`, folds not yet undone) that keeps every line whose
 * propertyName is one of `names` (upper-case), and may keep a few others; it makes no string.
 */
export function mayBeNamed(names: readonly string[]): (text: string, at: number) => boolean {
  // The names by their first character (ASCII code): a lookup per line costs an index, not a hash.
  const byFirst: string[][] = Array.from({ length: 0x80 }, () => []);
  for (const name of names) byFirst[name.charCodeAt(0) & 0x7f]!.push(name);
  return (text, at) => {
    const first = text.charCodeAt(at);
    if (unsure(first)) return true;
    for (const name of byFirst[first]!) {
      let i = 1;
      while (i < name.length && text.charCodeAt(at + i) === name.charCodeAt(i)) i++;
      const c = text.charCodeAt(at + i);
      if (unsure(c) || (i === name.length && (c === 0x3a || c === 0x3b))) return true;
    }
    return false;
  };
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

/** A time property's values, each read by `read`; one that cannot be read is reported as written. */
function times(
  texts: readonly string[],
  read: (text: string) => CalTime | null,
  property: string,
  problems: EventProblem[],
  line: number,
  raw: string,
): CalTime[] {
  const out: CalTime[] = [];
  for (let i = 0; i < texts.length; i++) {
    const t = read(texts[i]!);
    if (t) out.push(t);
    else
      problems.push({
        line,
        code: 'ingest.bad-date',
        // As written in the file, not as ical.js rewrote it ("2021-05-27T::").
        data: { property, value: shown(raw.split(',')[i] ?? texts[i]!) },
      });
  }
  return out;
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

/** Reads one VEVENT block. A line that cannot be parsed is reported with its number and skipped. */
export function parseEvent(block: EventBlock, effects: LineEffects = new Map()): RawEvent {
  const e = newEvent(block.line);
  let endLine = block.line;
  let endRaw = '';
  for (const l of block.linesWhere(READ)) {
    const known = UNREMEMBERED(l.text, 0) ? undefined : effects.get(l.text);
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
    const written = plain && TIME_PROPERTIES.has(name) ? plainTimes(plain) : null;
    if (written) {
      // Read by position straight from the text, as ical.js reads these values.
      const tzid = cleanTzid(written.tzid);
      const isDate = written.type === 'date';
      const read = (v: string): CalTime | null => cutCalTime(v, isDate, tzid);
      setTimes(
        e,
        name,
        times(written.values, read, written.name, e.problems, l.line, written.written),
        written.range,
      );
      if (name === 'DTEND') {
        endLine = l.line;
        endRaw = written.written;
      }
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
    else if (isEffectProperty(name)) remember(effects, l.text, effectOf(name, p))(e);
    if (name === 'DTEND') {
      endLine = l.line;
      endRaw = raw;
    }
  }
  floatingEnd(e, endLine);
  tooLong(e, endLine, endRaw);
  return e;
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
  const tzid = cleanTzid(param(p, 'tzid'));
  const texts = p.slice(3).map((v) => (Array.isArray(v) ? String(v[0]) : String(v)));
  const read = (v: string): CalTime | null => parseCalTime(v, tzid);
  setTimes(e, name, times(texts, read, p[0].toUpperCase(), e.problems, line, raw), param(p, 'range'));
}

/** A time property's values into the event: DTSTART, DTEND and RECURRENCE-ID take the first. */
function setTimes(e: RawEvent, name: string, values: CalTime[], range: string | null): void {
  if (name === 'EXDATE') e.exdates.push(...values);
  else if (name === 'RDATE') e.rdates.push(...values.map((time) => ({ time, end: null, duration: null })));
  else if (values[0]) {
    if (name === 'DTSTART') e.start = values[0];
    else if (name === 'DTEND') e.end = values[0];
    else {
      e.recurrenceId = values[0];
      e.thisAndFuture = (range ?? '').toUpperCase() === 'THISANDFUTURE';
    }
  }
}
