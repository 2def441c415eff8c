/**
 * Fuzz cases for the ingest (issue 9): fixture calendars with their bytes mutated, truncated, lines
 * shuffled, repeated or dropped, and random RRULE and VTIMEZONE blocks written into them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

export interface FuzzCase {
  name: string;
  bytes: Uint8Array;
  /** What was done to the fixture, to reproduce a failure by hand. */
  how: string;
}

export function fixtureFiles(root: string): { name: string; bytes: Uint8Array }[] {
  const dirs = ['fixtures/ingest', 'fixtures/identity', 'fixtures/leave'];
  return dirs.flatMap((d) =>
    readdirSync(path.join(root, d))
      .filter((f) => f.endsWith('.ics'))
      .sort()
      .map((f) => ({ name: `${d}/${f}`, bytes: new Uint8Array(readFileSync(path.join(root, d, f))) })),
  );
}

const text = (b: Uint8Array): string => Buffer.from(b).toString('latin1');
const bytesOf = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));

const FREQS = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY', 'FORTNIGHTLY', ''];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU', '1MO', '-1FR', '5SU', '0TU', '+2WE', 'XX'];

/** An RRULE value: valid parts, odd values and garbage, in any order. */
export const rruleArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FREQS).map((f) => `FREQ=${f}`),
      fc.integer({ min: -2, max: 400 }).map((n) => `INTERVAL=${n}`),
      fc.oneof(fc.integer({ min: -1, max: 5000 }), fc.constant(99999999999)).map((n) => `COUNT=${n}`),
      fc
        .tuple(
          fc.integer({ min: 1900, max: 2300 }),
          fc.integer({ min: 0, max: 40 }),
          fc.integer({ min: 0, max: 60 }),
          fc.boolean(),
        )
        .map(
          ([y, m, d, t]) =>
            `UNTIL=${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${t ? 'T235959Z' : ''}`,
        ),
      fc.array(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 4 }).map((d) => `BYDAY=${d.join(',')}`),
      fc
        .array(fc.integer({ min: -40, max: 40 }), { minLength: 1, maxLength: 3 })
        .map((d) => `BYMONTHDAY=${d.join(',')}`),
      fc
        .array(fc.integer({ min: -2, max: 14 }), { minLength: 1, maxLength: 3 })
        .map((d) => `BYMONTH=${d.join(',')}`),
      fc
        .array(fc.integer({ min: -400, max: 400 }), { minLength: 1, maxLength: 3 })
        .map((d) => `BYYEARDAY=${d.join(',')}`),
      fc
        .array(fc.integer({ min: -60, max: 60 }), { minLength: 1, maxLength: 3 })
        .map((d) => `BYWEEKNO=${d.join(',')}`),
      fc
        .array(fc.integer({ min: -1, max: 25 }), { minLength: 1, maxLength: 3 })
        .map((d) => `BYHOUR=${d.join(',')}`),
      fc
        .array(fc.integer({ min: -1, max: 61 }), { minLength: 1, maxLength: 3 })
        .map((d) => `BYMINUTE=${d.join(',')}`),
      fc
        .array(fc.integer({ min: -400, max: 400 }), { minLength: 1, maxLength: 3 })
        .map((d) => `BYSETPOS=${d.join(',')}`),
      fc.constantFrom('WKST=SU', 'WKST=MO', 'WKST=XX', 'X-NAME=1', '', ';', '=', 'FREQ'),
    ),
    { minLength: 0, maxLength: 6 },
  )
  .map((parts) => parts.join(';'));

const offsetArb = fc
  .tuple(fc.constantFrom('+', '-', ''), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
  .map(([s, h, m]) => `${s}${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}`);

/** A VTIMEZONE named "Fuzz Zone" with random observances, onsets and rules. */
export const vtimezoneArb: fc.Arbitrary<string> = fc
  .array(
    fc
      .tuple(
        fc.constantFrom('STANDARD', 'DAYLIGHT', 'OTHER'),
        fc.integer({ min: 1500, max: 2100 }),
        offsetArb,
        offsetArb,
        fc.option(rruleArb, { nil: null }),
      )
      .map(([kind, year, from, to, rule]) =>
        [
          `BEGIN:${kind}`,
          `DTSTART:${year}0325T010000`,
          `TZOFFSETFROM:${from}`,
          `TZOFFSETTO:${to}`,
          ...(rule === null ? [] : [`RRULE:${rule}`]),
          `END:${kind}`,
        ].join('\r\n'),
      ),
    { minLength: 0, maxLength: 4 },
  )
  .map((parts) => ['BEGIN:VTIMEZONE', 'TZID:Fuzz Zone', ...parts, 'END:VTIMEZONE'].join('\r\n'));

type Mutation = (s: string) => string;

function lines(s: string): string[] {
  return s.split(/\r\n|\n|\r/);
}

/** One mutation of a calendar's text, with a description. */
export const mutationArb: fc.Arbitrary<{ how: string; apply: Mutation }> = fc.oneof(
  fc
    .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 })
    .map((flips) => ({
      how: `bytes ${flips.map(([i, b]) => `${i}=${b}`).join(',')}`,
      apply: (s: string) => {
        const a = s.split('');
        for (const [i, b] of flips) if (a.length > 0) a[i % a.length] = String.fromCharCode(b);
        return a.join('');
      },
    })),
  fc.double({ min: 0, max: 1, noNaN: true }).map((f) => ({
    how: `truncate at ${f.toFixed(3)}`,
    apply: (s: string) => s.slice(0, Math.floor(s.length * f)),
  })),
  fc.array(fc.nat(), { minLength: 1, maxLength: 30 }).map((order) => ({
    how: `swap lines ${order.join(',')}`,
    apply: (s: string) => {
      const l = lines(s);
      for (let k = 0; k + 1 < order.length; k += 2) {
        const i = order[k]! % l.length;
        const j = order[k + 1]! % l.length;
        [l[i], l[j]] = [l[j]!, l[i]!];
      }
      return l.join('\r\n');
    },
  })),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 50 })).map(([at, times]) => ({
    how: `repeat line ${at} ×${times}`,
    apply: (s: string) => {
      const l = lines(s);
      const i = at % Math.max(1, l.length);
      return [...l.slice(0, i), ...Array<string>(times).fill(l[i] ?? ''), ...l.slice(i)].join('\r\n');
    },
  })),
  fc.array(fc.nat(), { minLength: 1, maxLength: 10 }).map((drop) => ({
    how: `drop lines ${drop.join(',')}`,
    apply: (s: string) => {
      const l = lines(s);
      const gone = new Set(drop.map((d) => d % Math.max(1, l.length)));
      return l.filter((_, i) => !gone.has(i)).join('\r\n');
    },
  })),
  fc.tuple(rruleArb, fc.nat()).map(([rule, at]) => ({
    how: `RRULE:${rule} into event ${at}`,
    apply: (s: string) => {
      const parts = s.split('BEGIN:VEVENT');
      if (parts.length < 2) return s;
      const i = 1 + (at % (parts.length - 1));
      parts[i] = `\r\nRRULE:${rule}${parts[i]}`;
      return parts.join('BEGIN:VEVENT');
    },
  })),
  fc.tuple(vtimezoneArb, fc.nat()).map(([zone, at]) => ({
    how: `VTIMEZONE ${JSON.stringify(zone)} used by event ${at}`,
    apply: (s: string) => {
      const withZone = s.replace(/BEGIN:VEVENT/, `${zone}\r\nBEGIN:VEVENT`);
      const parts = withZone.split(/(DTSTART[^:\r\n]*:)/);
      const idx = 1 + 2 * (at % Math.max(1, (parts.length - 1) / 2));
      if (parts[idx]) parts[idx] = 'DTSTART;TZID=Fuzz Zone:';
      return parts.join('');
    },
  })),
  fc.string({ maxLength: 200 }).map((junk) => ({
    how: `append ${JSON.stringify(junk)}`,
    apply: (s: string) => s + junk,
  })),
);

/** A fixture and one to three mutations of it. */
export function caseArb(files: { name: string; bytes: Uint8Array }[]): fc.Arbitrary<FuzzCase> {
  return fc
    .tuple(fc.constantFrom(...files), fc.array(mutationArb, { minLength: 1, maxLength: 3 }))
    .map(([file, mutations]) => ({
      name: path.basename(file.name),
      bytes: bytesOf(mutations.reduce((s, m) => m.apply(s), text(file.bytes))),
      how: `${file.name}: ${mutations.map((m) => m.how).join(' then ')}`,
    }));
}
