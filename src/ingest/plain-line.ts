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
  params: Map<string, string>;
  /** The value after the first colon, as written. */
  value: string;
}

const NAME = /^[A-Za-z0-9-]+$/;
const PARAM = /^([A-Za-z0-9-]+)=([^=]+)$/;
const UNSAFE_HEAD = /["^,\\]/;

export function plainLine(text: string): PlainLine | null {
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const head = text.slice(0, colon);
  if (UNSAFE_HEAD.test(head)) return null;
  const semicolon = head.indexOf(';');
  const name = semicolon < 0 ? head : head.slice(0, semicolon);
  if (!NAME.test(name)) return null;
  const params = new Map<string, string>();
  if (semicolon >= 0) {
    const parts = head.slice(semicolon + 1).split(';');
    for (const part of parts) {
      const m = PARAM.exec(part);
      if (!m) return null;
      const key = m[1]!.toLowerCase();
      if (params.has(key)) return null;
      params.set(key, m[2]!);
    }
  }
  return { name: name.toUpperCase(), params, value: text.slice(colon + 1) };
}
