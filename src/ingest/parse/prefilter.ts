import { monthLength } from '../expand/rrule/civil.js';
import { digits, durationTooLong, parseDuration, type Duration } from './datetime.js';
import { mayBeNamed, propertyName } from './event.js';
import type { EventBlock } from '../read/lines.js';

/** What a quick look at an event's raw lines tells, without parsing it. */
export interface Glance {
  uid: string;
  sequence: number;
  /** Rough span (UTC days of the written dates, ±1 day of zone slack applies), or null when unknown. */
  start: number | null;
  end: number | null;
  /** RRULE, RDATE or RECURRENCE-ID present: the event must be parsed whatever its dates. */
  recurring: boolean;
}

const DAY = 86_400_000;

/** The lines a glance reads. */
const GLANCED = mayBeNamed([
  'DTSTART',
  'DTEND',
  'DURATION',
  'RRULE',
  'RDATE',
  'RECURRENCE-ID',
  'UID',
  'SEQUENCE',
]);

function dateOf(text: string): number | null {
  // YYYY[-]MM[-]DD at the start of the value, anything after it.
  const v = text.slice(text.lastIndexOf(':') + 1).trimStart();
  const year = digits(v, 0, 4);
  const at = v.charCodeAt(4) === 0x2d ? 5 : 4; // -
  const month = digits(v, at, 2);
  const day = digits(v, v.charCodeAt(at + 2) === 0x2d ? at + 3 : at + 2, 2);
  if (year < 0 || month < 0 || day < 0) return null;
  // An impossible date is left for the parser, which reports it with its line.
  if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return null;
  return Date.UTC(year, month - 1, day);
}

/** Reads the handful of lines that decide whether an event can reach the window. */
export function glance(block: EventBlock): Glance {
  const g: Glance = { uid: '', sequence: 0, start: null, end: null, recurring: false };
  let duration: Duration | null = null;
  let hasEnd = false;
  for (const l of block.linesWhere(GLANCED)) {
    const name = propertyName(l.text);
    if (name === 'DTSTART') g.start = dateOf(l.text);
    else if (name === 'DTEND') {
      const day = dateOf(l.text);
      // A date-time end lies within its day: count the whole day, so the end is never too early.
      g.end = day !== null && l.text.slice(l.text.lastIndexOf(':')).includes('T') ? day + DAY : day;
      hasEnd = true;
    } else if (name === 'DURATION') duration = parseDuration(l.text.slice(l.text.indexOf(':') + 1));
    else if (name === 'RRULE' || name === 'RDATE' || name === 'RECURRENCE-ID') g.recurring = true;
    else if (name === 'UID') g.uid = l.text.slice(l.text.indexOf(':') + 1).trim();
    else if (name === 'SEQUENCE')
      g.sequence = Number.parseInt(l.text.slice(l.text.indexOf(':') + 1), 10) || 0;
  }
  // A DURATION too long to read leaves the event out when it is parsed: its end tells nothing
  // (P999999999999999999W would put the calendar's data end past any date there is).
  if (!hasEnd && g.start !== null && !(duration && durationTooLong(duration))) {
    // Each day as 24 hours: a rough span, with a day of slack.
    const seconds = duration ? duration.days * 86_400 + duration.seconds : 0;
    g.end = g.start + Math.max(DAY, seconds * 1000 + DAY);
  }
  return g;
}

/** True when a single (non-recurring) event certainly ends before or starts after the window, with two days of slack. */
export function outsideWindow(g: Glance, windowStart: number, windowEnd: number): boolean {
  if (g.recurring || g.start === null || g.end === null) return false;
  return g.start > windowEnd + 2 * DAY || g.end < windowStart - 2 * DAY;
}
