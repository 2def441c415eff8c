import type { PlainLine } from './plain-line.js';

/**
 * ical.js's jCal form of a plain line (see plain-line.ts) for the properties engage-load reads,
 * built the way ical.js's parser builds it: `[name, params, type, ...values]`. Null for a line
 * this does not read (a period in RDATE, a VALUE parameter on a text property, a malformed time):
 * those go to ical.js itself.
 */
export type JCalProperty = [string, Record<string, string>, string, ...unknown[]];

type ValueKind = 'text' | 'text-list' | 'integer' | 'date-time' | 'time-list' | 'raw';

/** How ical.js's design set reads each property engage-load uses (its "defaultType" and "multiValue"). */
const KINDS: Record<string, { kind: ValueKind; type: string }> = {
  UID: { kind: 'text', type: 'text' },
  STATUS: { kind: 'text', type: 'text' },
  TRANSP: { kind: 'text', type: 'text' },
  CLASS: { kind: 'text', type: 'text' },
  SUMMARY: { kind: 'text', type: 'text' },
  DESCRIPTION: { kind: 'text', type: 'text' },
  LOCATION: { kind: 'text', type: 'text' },
  CATEGORIES: { kind: 'text-list', type: 'text' },
  SEQUENCE: { kind: 'integer', type: 'integer' },
  DTSTAMP: { kind: 'date-time', type: 'date-time' },
  DTSTART: { kind: 'time-list', type: 'date-time' },
  DTEND: { kind: 'time-list', type: 'date-time' },
  'RECURRENCE-ID': { kind: 'time-list', type: 'date-time' },
  EXDATE: { kind: 'time-list', type: 'date-time' },
  RDATE: { kind: 'time-list', type: 'date-time' },
  DURATION: { kind: 'raw', type: 'duration' },
  'X-MICROSOFT-CDO-BUSYSTATUS': { kind: 'raw', type: 'unknown' },
  'X-MICROSOFT-CDO-INTENDEDSTATUS': { kind: 'raw', type: 'unknown' },
  'X-MICROSOFT-CDO-ALLDAYEVENT': { kind: 'raw', type: 'unknown' },
};

/** Properties whose several values are separated by commas. */
const MULTI = new Set(['CATEGORIES', 'EXDATE', 'RDATE']);

/** RFC 5545 §3.3.11 escapes, undone as ical.js undoes them (an unknown escape is left as written). */
export function unescapeText(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\\\|\\;|\\,|\\[Nn]/g, (s) =>
    s === '\\\\' ? '\\' : s === '\\;' ? ';' : s === '\\,' ? ',' : '\n',
  );
}

/** The pieces of a comma-separated value; a comma after a backslash does not separate (as ical.js). */
export function splitUnescaped(value: string): string[] {
  const out: string[] = [];
  let from = 0;
  let at = value.indexOf(',');
  while (at !== -1) {
    if (at > 0 && value[at - 1] === '\\') {
      at = value.indexOf(',', at + 1);
      continue;
    }
    out.push(value.slice(from, at));
    from = at + 1;
    at = value.indexOf(',', from);
  }
  out.push(value.slice(from));
  return out;
}

/**
 * A DATE-TIME ("20261116T090000Z") in jCal's form ("2026-11-16T09:00:00Z"), cut by position as
 * ical.js does in its strict mode, whatever was written: "20170325" becomes "2017-03-25T::", which
 * parseCalTime then rejects, as it rejects ical.js's own reading.
 */
export function jcalDateTime(v: string): string {
  const t = `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}T${v.slice(9, 11)}:${v.slice(11, 13)}:${v.slice(13, 15)}`;
  return v[15] === 'Z' ? `${t}Z` : t;
}

/** A DATE in jCal's form, the first eight characters cut by position as ical.js does. */
export function jcalDate(v: string): string {
  return `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
}

export interface PlainTimes {
  name: string;
  type: 'date' | 'date-time';
  /** Each value as written (a list's pieces). */
  values: string[];
  /** The whole value as written. */
  written: string;
  tzid: string | null;
  range: string | null;
}

/**
 * The values of a plain DTSTART, DTEND, RECURRENCE-ID, EXDATE or RDATE as written, and their type
 * as ical.js would read them; null where plainProperty would give null (ical.js reads the line).
 */
export function plainTimes(line: PlainLine): PlainTimes | null {
  let type: 'date' | 'date-time' = 'date-time';
  const value = line.params.get('value');
  if (value !== undefined) {
    // A VALUE parameter changes how ical.js reads the value; only DATE and DATE-TIME are read here.
    const t = value.toLowerCase();
    if (t !== 'date' && t !== 'date-time') return null;
    type = t;
  }
  const raw = line.value;
  if (line.name === 'RDATE' && raw !== '') {
    // RDATE's type follows its value (ical.js's detectType), whatever VALUE says; periods go to ical.js.
    if (raw.includes('/')) return null;
    type = raw.includes('T') ? 'date-time' : 'date';
  }
  return {
    name: line.name,
    type,
    values: MULTI.has(line.name) ? splitUnescaped(raw) : [raw],
    written: raw,
    tzid: line.params.get('tzid') ?? null,
    range: line.params.get('range') ?? null,
  };
}

export function plainProperty(line: PlainLine): JCalProperty | null {
  const spec = KINDS[line.name];
  if (!spec) return null;
  const params: Record<string, string> = {};
  for (const [k, v] of line.params) {
    if (k !== 'value') params[k] = v;
    else if (spec.kind !== 'time-list') return null;
  }
  const name = line.name.toLowerCase();
  const raw = line.value;
  switch (spec.kind) {
    case 'text':
      return [name, params, spec.type, unescapeText(raw)];
    case 'text-list':
      return [name, params, spec.type, ...splitUnescaped(raw).map(unescapeText)];
    case 'integer': {
      const n = Number.parseInt(raw);
      return [name, params, spec.type, Number.isNaN(n) ? 0 : n];
    }
    case 'raw':
      return [name, params, spec.type, raw];
    case 'date-time':
      return [name, params, spec.type, jcalDateTime(raw)];
    case 'time-list': {
      const times = plainTimes(line);
      if (!times) return null;
      return [name, params, times.type, ...times.values.map(times.type === 'date' ? jcalDate : jcalDateTime)];
    }
  }
}
