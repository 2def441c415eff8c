import type { FindingBody } from '../../findings/types.js';

/** Unfolded content lines with the physical line number each starts on. */
export interface ContentLine {
  text: string;
  line: number;
}

/** RFC 5545 §3.1: a line starting with a space or tab continues the previous one. Accepts CRLF, LF and CR. */
export function unfoldLines(text: string): ContentLine[] {
  const physical = text.split(/\r\n|\n|\r/);
  const out: ContentLine[] = [];
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i]!;
    const first = raw.charCodeAt(0);
    if ((first === 0x20 || first === 0x09) && out.length > 0) {
      out[out.length - 1]!.text += raw.slice(1);
    } else if (raw.length > 0) {
      out.push({ text: raw, line: i + 1 });
    }
  }
  return out;
}

/** A component's own lines (nested components are kept inside, for VTIMEZONE). */
export interface Block {
  name: string;
  line: number;
  lines: ContentLine[];
  /** False when the file ended or another component began before its END line. */
  closed: boolean;
}

export interface SplitCalendar {
  /** Properties at calendar level (PRODID, X-WR-CALNAME, X-WR-TIMEZONE …). */
  properties: ContentLine[];
  events: Block[];
  timezones: Block[];
  /** Structural problems: unbalanced BEGIN/END. */
  problems: (FindingBody<'ingest.unclosed-component' | 'ingest.unexpected-end'> & { line: number })[];
  /** Any BEGIN:VCALENDAR or BEGIN:VEVENT seen. */
  looksLikeCalendar: boolean;
}

function beginOrEnd(text: string): { kind: 'BEGIN' | 'END'; name: string } | null {
  const c = text.charCodeAt(0);
  if (c !== 0x42 && c !== 0x62 && c !== 0x45 && c !== 0x65) return null; // B b E e
  const m = /^(BEGIN|END)\s*:\s*([A-Za-z0-9-]+)\s*$/i.exec(text);
  return m ? { kind: m[1]!.toUpperCase() as 'BEGIN' | 'END', name: m[2]!.toUpperCase() } : null;
}

/**
 * Splits a calendar into its VEVENT and VTIMEZONE blocks. Lenient: an event without END is closed by
 * the next BEGIN:VEVENT or the end of the file (and reported); events need no VCALENDAR around them.
 */
export function splitCalendar(lines: ContentLine[]): SplitCalendar {
  const result: SplitCalendar = {
    properties: [],
    events: [],
    timezones: [],
    problems: [],
    looksLikeCalendar: false,
  };
  const stack: string[] = [];
  let current: Block | null = null;
  let currentDepth = 0;
  const close = (block: Block, why: 'eof' | 'begin' | 'end', at: number): void => {
    block.closed = false;
    result.problems.push({
      line: block.line,
      code: 'ingest.unclosed-component',
      data: { component: block.name, why, at },
    });
  };
  for (const l of lines) {
    const marker = beginOrEnd(l.text);
    if (marker?.kind === 'BEGIN') {
      if (marker.name === 'VCALENDAR' || marker.name === 'VEVENT') result.looksLikeCalendar = true;
      if (marker.name === 'VEVENT' && current?.name === 'VEVENT') {
        close(current, 'begin', l.line);
        stack.length = currentDepth - 1;
        current = null;
      }
      stack.push(marker.name);
      if (!current && (marker.name === 'VEVENT' || marker.name === 'VTIMEZONE')) {
        current = { name: marker.name, line: l.line, lines: [], closed: true };
        currentDepth = stack.length;
        (marker.name === 'VEVENT' ? result.events : result.timezones).push(current);
      } else if (current?.name === 'VTIMEZONE') {
        current.lines.push(l);
      }
      continue;
    }
    if (marker?.kind === 'END') {
      const at = stack.lastIndexOf(marker.name);
      if (at < 0) {
        result.problems.push({
          line: l.line,
          code: 'ingest.unexpected-end',
          data: { component: marker.name },
        });
        continue;
      }
      if (current && at + 1 === currentDepth) {
        current = null;
      } else if (current && at + 1 < currentDepth) {
        close(current, 'end', l.line);
        current = null;
      } else if (current?.name === 'VTIMEZONE') {
        current.lines.push(l);
      }
      stack.length = at;
      continue;
    }
    if (current) {
      // Inside a VEVENT, lines of nested components (VALARM) are not the event's own.
      if (current.name === 'VTIMEZONE' || stack.length === currentDepth) current.lines.push(l);
    } else if (stack.length <= 1) {
      result.properties.push(l);
    }
  }
  if (current) close(current, 'eof', lines.at(-1)?.line ?? 0);
  return result;
}
