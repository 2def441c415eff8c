/**
 * Content lines read without ical.js when they are plain. Most of a meeting's lines are plain
 * (ATTENDEE;ROLE=…;PARTSTAT=…:mailto:…, SUMMARY;LANGUAGE=en-GB:…, DTSTART;TZID=…:…), and
 * ical.js builds its jCal array through a general parser for each one. Only a line whose name is a
 * plain token and whose parameters are simple NAME=value pairs (no quotes, RFC 6868 escapes, commas,
 * backslashes, empty or repeated names) is read here; any other line returns null and goes to
 * ical.js. For such lines ical.js's parser reduces to the steps below, so both give the same values
 * (test/ingest/plain-line.test.ts checks that on every line of the fixtures and the corpus).
 */
export interface PlainLine {
  /** The property name, upper-cased. */
  name: string;
  /** Parameter values by lower-case name. */
  params: ReadonlyMap<string, string>;
  /** The value after the first colon, as written. */
  value: string;
}

/** The parameters of the many lines that have none (SUMMARY:…, UID:…). */
const NO_PARAMS: ReadonlyMap<string, string> = new Map();

const COLON = 0x3a;
const SEMICOLON = 0x3b;
const EQUALS = 0x3d;

/** A-Z a-z 0-9 and "-": the characters of a property or parameter name. */
function isNameChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
}

/** Characters that make a parameter value more than plain: quotes, RFC 6868 escapes, lists, backslashes. */
function isUnsafeInValue(c: number): boolean {
  return c === 0x22 || c === 0x5e || c === 0x2c || c === 0x5c || c === EQUALS; // " ^ , \ =
}

/** One pass over the line's name and parameters (this runs on most lines of every calendar). */
export function plainLine(text: string): PlainLine | null {
  const n = text.length;
  let i = 0;
  while (i < n && isNameChar(text.charCodeAt(i))) i++;
  const nameEnd = i;
  if (nameEnd === 0) return null;
  let c = text.charCodeAt(i);
  if (c !== COLON && c !== SEMICOLON) return null;
  let params = NO_PARAMS;
  if (c === SEMICOLON) {
    const found = new Map<string, string>();
    while (c === SEMICOLON) {
      const keyStart = ++i;
      while (i < n && isNameChar(text.charCodeAt(i))) i++;
      if (i === keyStart || text.charCodeAt(i) !== EQUALS) return null;
      const key = text.slice(keyStart, i).toLowerCase();
      const valueStart = ++i;
      for (; i < n; i++) {
        c = text.charCodeAt(i);
        if (c === SEMICOLON || c === COLON) break;
        if (isUnsafeInValue(c)) return null;
      }
      if (i === valueStart || i === n || found.has(key)) return null;
      found.set(key, text.slice(valueStart, i));
    }
    params = found;
  }
  return { name: text.slice(0, nameEnd).toUpperCase(), params, value: text.slice(i + 1) };
}
