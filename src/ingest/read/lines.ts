import type { FindingBody } from '../../findings/types.js';

/** An unfolded content line with the physical line number it starts on. */
export interface ContentLine {
  text: string;
  line: number;
}

/** A component's own lines (nested components are kept inside, for VTIMEZONE). */
export interface Block {
  name: string;
  line: number;
  readonly lines: ContentLine[];
  /** False when the file ended or another component began before its END line. */
  closed: boolean;
}

/**
 * A VEVENT, whose lines are made into strings only when asked for: most events of a long export lie
 * outside the window and are judged by a handful of their lines.
 */
export interface EventBlock extends Block {
  /**
   * The own lines that `keep` keeps, judged by their raw text (`text` from `at`, the line's first
   * character, to `end`, folds not yet undone) before they are made into strings.
   */
  linesWhere(keep: (text: string, at: number, end: number) => boolean): ContentLine[];
}

export interface SplitCalendar {
  /** Properties at calendar level (PRODID, X-WR-CALNAME, X-WR-TIMEZONE …). */
  properties: ContentLine[];
  events: EventBlock[];
  timezones: Block[];
  /** Structural problems: unbalanced BEGIN/END. */
  problems: (FindingBody<'ingest.unclosed-component' | 'ingest.unexpected-end'> & { line: number })[];
  /** Any BEGIN:VCALENDAR or BEGIN:VEVENT seen. */
  looksLikeCalendar: boolean;
}

/** The content line from `start` to `end` of a text; `line` is its number, negative when it was folded. */
function contentLine(text: string, start: number, end: number, line: number): ContentLine {
  return { text: line > 0 ? text.slice(start, end) : unfold(text, start, end), line: Math.abs(line) };
}

/** Where the content lines of a text lie: three numbers per line (start, end, `line`), in one array for a file. */
class Spans {
  /** Off the collected heap; room at first for a line per 32 characters (exports average about 40), doubled when short. */
  at: Int32Array;
  length = 0;

  constructor(readonly text: string) {
    this.at = new Int32Array(Math.max(96, text.length >> 5) * 3);
  }

  /** Adds a line; returns the new length. */
  push(start: number, end: number, line: number): number {
    if (this.length + 3 > this.at.length) {
      const grown = new Int32Array(this.at.length * 2);
      grown.set(this.at);
      this.at = grown;
    }
    this.at[this.length++] = start;
    this.at[this.length++] = end;
    this.at[this.length++] = line;
    return this.length;
  }
}

/** The text of a folded line: each continuation without its leading space or tab; empty lines between are dropped. */
function unfold(text: string, start: number, end: number): string {
  let out = '';
  let from = start;
  for (let first = true; ; first = false) {
    let nl = text.indexOf('\n', from);
    const last = nl < 0 || nl >= end;
    if (last) nl = end;
    const to = !last && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    if (first) out = text.slice(from, to);
    else if (to > from) out += text.slice(from + 1, to);
    if (last) return out;
    from = nl + 1;
  }
}

class SpanBlock implements EventBlock {
  closed = true;
  /** One past the last of the block's spans (the index of its next line's start). */
  to: number;

  constructor(
    readonly name: string,
    readonly line: number,
    private readonly spans: Spans,
    private readonly from: number,
  ) {
    this.to = from;
  }

  get lines(): ContentLine[] {
    // Made anew on each read, not kept: an event's lines then die young, once it is parsed.
    return this.linesWhere(() => true);
  }

  linesWhere(keep: (text: string, at: number, end: number) => boolean): ContentLine[] {
    const out: ContentLine[] = [];
    const { at, text } = this.spans;
    for (let i = this.from; i < this.to; i += 3) {
      if (keep(text, at[i]!, at[i + 1]!)) out.push(contentLine(text, at[i]!, at[i + 1]!, at[i + 2]!));
    }
    return out;
  }
}

interface Marker {
  kind: 'BEGIN' | 'END';
  name: string;
}

/** A BEGIN or END line's component name, upper-cased: "BEGIN:VEVENT", or as loosely as "begin : vevent ". */
function beginOrEnd(text: string): Marker | null {
  const m = /^(BEGIN|END)\s*:\s*([A-Za-z0-9-]+)\s*$/i.exec(text);
  return m ? { kind: m[1]!.toUpperCase() as 'BEGIN' | 'END', name: m[2]!.toUpperCase() } : null;
}

/**
 * beginOrEnd of the line from `start` to `stop` (`line` negative: folded), read off the raw text
 * when it is written as exporters write it ("END:VEVENT"), or certainly no marker ("EXDATE…").
 */
function markerAt(text: string, start: number, stop: number, line: number): Marker | null {
  const c = text.charCodeAt(start) | 0x20; // lower case
  if (c !== 0x62 && c !== 0x65) return null; // b e
  if (line < 0) return beginOrEnd(unfold(text, start, stop));
  const word = c === 0x62 ? 'begin' : 'end';
  for (let i = 1; i < word.length; i++)
    if ((text.charCodeAt(start + i) | 0x20) !== word.charCodeAt(i)) return null;
  const from = start + word.length + 1;
  let plain = text.charCodeAt(from - 1) === 0x3a && from < stop; // ':' and a name
  for (let i = from; plain && i < stop; i++) {
    const n = text.charCodeAt(i);
    plain = (n >= 0x41 && n <= 0x5a) || (n >= 0x30 && n <= 0x39) || n === 0x2d;
  }
  if (!plain) return beginOrEnd(text.slice(start, stop));
  return { kind: c === 0x62 ? 'BEGIN' : 'END', name: text.slice(from, stop) };
}

/**
 * Splits a calendar's text into its VEVENT and VTIMEZONE blocks, in one pass. Lines are unfolded as
 * RFC 5545 §3.1 says (a line starting with a space or tab continues the previous one; CRLF, LF and
 * CR all end a line). Lenient: an event without END is closed by the next BEGIN:VEVENT or the end of
 * the file (and reported); events need no VCALENDAR around them.
 */
export function splitCalendar(input: string): SplitCalendar {
  // A lone CR ends a line too: such a file is rewritten with LF, which keeps every line and its number.
  const text = input.includes('\r') && /\r(?!\n)/.test(input) ? input.replace(/\r\n?/g, '\n') : input;
  const spans = new Spans(text);
  const result: SplitCalendar = {
    properties: [],
    events: [],
    timezones: [],
    problems: [],
    looksLikeCalendar: false,
  };
  const stack: string[] = [];
  let event: SpanBlock | null = null;
  let timezone: Block | null = null;
  let currentDepth = 0;
  let lastLine = 0;
  const close = (block: Block, why: 'eof' | 'begin' | 'end', at: number): void => {
    block.closed = false;
    result.problems.push({
      line: block.line,
      code: 'ingest.unclosed-component',
      data: { component: block.name, why, at },
    });
  };

  /** The marker line from `start` to `stop`, numbered `line` (negative: folded). */
  const begin = (name: string, start: number, stop: number, line: number): void => {
    if (name === 'VCALENDAR' || name === 'VEVENT') result.looksLikeCalendar = true;
    if (name === 'VEVENT' && event) {
      close(event, 'begin', lastLine);
      stack.length = currentDepth - 1;
      event = null;
    }
    stack.push(name);
    if (!event && !timezone && name === 'VEVENT') {
      event = new SpanBlock(name, lastLine, spans, spans.length);
      currentDepth = stack.length;
      result.events.push(event);
    } else if (!event && !timezone && name === 'VTIMEZONE') {
      timezone = { name, line: lastLine, lines: [], closed: true };
      currentDepth = stack.length;
      result.timezones.push(timezone);
    } else {
      timezone?.lines.push(contentLine(text, start, stop, line));
    }
  };
  const end = (name: string, start: number, stop: number, line: number): void => {
    const at = stack.lastIndexOf(name);
    if (at < 0) {
      result.problems.push({ line: lastLine, code: 'ingest.unexpected-end', data: { component: name } });
      return;
    }
    const current = event ?? timezone;
    if (current && at + 1 === currentDepth) {
      event = timezone = null;
    } else if (current && at + 1 < currentDepth) {
      close(current, 'end', lastLine);
      event = timezone = null;
    } else {
      timezone?.lines.push(contentLine(text, start, stop, line));
    }
    stack.length = at;
  };

  /** One unfolded line, from `start` to `stop`; `line` is its number, negative when it was folded. */
  const take = (start: number, stop: number, line: number): void => {
    lastLine = Math.abs(line);
    const marker = markerAt(text, start, stop, line);
    if (marker) {
      (marker.kind === 'BEGIN' ? begin : end)(marker.name, start, stop, line);
    } else if (event) {
      // Inside a VEVENT, lines of nested components (VALARM) are not the event's own.
      if (stack.length === currentDepth) event.to = spans.push(start, stop, line);
    } else if (timezone) {
      timezone.lines.push(contentLine(text, start, stop, line));
    } else if (stack.length <= 1) {
      result.properties.push(contentLine(text, start, stop, line));
    }
  };

  // The line being read is held back until the next non-empty line shows whether it continues.
  let held = -1;
  let heldEnd = 0;
  let heldLine = 0;
  let number = 0;
  for (let pos = 0; pos <= text.length;) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const end = nl > pos && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    number++;
    if (end > pos) {
      const c = text.charCodeAt(pos);
      if ((c === 0x20 || c === 0x09) && held >= 0) {
        heldEnd = end;
        heldLine = -Math.abs(heldLine);
      } else {
        if (held >= 0) take(held, heldEnd, heldLine);
        held = pos;
        heldEnd = end;
        heldLine = number;
      }
    }
    pos = nl + 1;
  }
  if (held >= 0) take(held, heldEnd, heldLine);
  const open = event ?? timezone;
  if (open) close(open, 'eof', lastLine);
  return result;
}
