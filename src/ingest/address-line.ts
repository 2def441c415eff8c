/**
 * ATTENDEE and ORGANIZER lines read without ical.js when they are plain: they are most of the
 * property lines of a meeting, and ical.js builds a jCal array with every parameter for each one.
 * Only a line whose parameters are simple NAME=value pairs (no quotes, RFC 6868 escapes, commas,
 * backslashes or repeated names) is read here; any other line returns null and goes to ical.js, so
 * both give the same values (test/ingest/address-line.test.ts checks that on real lines).
 */
export interface AddressLine {
  /** Parameter values by lower-case name. */
  params: Map<string, string>;
  /** The value after the first colon, as written. */
  value: string;
}

const PARAM = /^([A-Za-z0-9-]+)=([^=]+)$/;

export function plainAddressLine(text: string): AddressLine | null {
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const head = text.slice(0, colon);
  if (/["^,\\]/.test(head)) return null;
  const parts = head.split(';');
  const params = new Map<string, string>();
  for (let i = 1; i < parts.length; i++) {
    const m = PARAM.exec(parts[i]!);
    if (!m) return null;
    const name = m[1]!.toLowerCase();
    if (params.has(name)) return null;
    params.set(name, m[2]!);
  }
  return { params, value: text.slice(colon + 1) };
}
