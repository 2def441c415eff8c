/**
 * A short fuzz campaign (issue 9): fixture calendars mutated, truncated, shuffled, with random RRULEs
 * and VTIMEZONEs. Whatever the bytes, ingest must not throw, and every problem must be one sentence
 * naming the file (and its line, for problems at a place). The long campaign is `npm run fuzz`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { caseArb, fixtureFiles, rruleArb, vtimezoneArb } from '../../scripts/fuzz/cases.js';
import { checkCalendar } from '../../scripts/fuzz/check.js';
import { cli, requireBuild, ROOT } from '../helpers/cli.js';

const FILES = fixtureFiles(ROOT);
const tmp = mkdtempSync(path.join(tmpdir(), 'engage-load-fuzz-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('fuzzed calendars', () => {
  it('the checker notices a problem without its line', () => {
    // A guard that the property below can fail: a bad DTSTART must be reported at line 4.
    const bad = new TextEncoder().encode(
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2026-99\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    );
    const r = checkCalendar('bad.ics', bad);
    expect(r.violations).toEqual([]);
    expect(r.findings).toBeGreaterThan(0);
  });

  it('a VTIMEZONE rule on which ical.js never returned is read in bounded time (found by the campaign)', () => {
    // BYWEEKNO in a WEEKLY rule: RFC 5545 forbids it, so the observance keeps its first onset only
    // (1965): from then on +04:01. 09:00 at +04:01 is 04:59 UTC: 1 h.
    const zone = [
      'BEGIN:VTIMEZONE',
      'TZID:Fuzz Zone',
      'BEGIN:DAYLIGHT',
      'DTSTART:19650325T010000',
      'TZOFFSETFROM:+0640',
      'TZOFFSETTO:+0401',
      'RRULE:BYWEEKNO=-19,-20;BYHOUR=21;BYWEEKNO=19;BYWEEKNO=-13,4,-29;FREQ=WEEKLY;BYHOUR=0,17',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ].join('\r\n');
    const ics = `BEGIN:VCALENDAR\r\n${zone}\r\nBEGIN:VEVENT\r\nUID:z\r\nDTSTART;TZID=Fuzz Zone:20261116T090000\r\nDTEND;TZID=Fuzz Zone:20261116T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
    const r = checkCalendar('zone.ics', new TextEncoder().encode(ics));
    expect(r.violations).toEqual([]);
    expect(r.occurrences).toBe(1);
  });

  it('a value with an escaped newline stays on one line (found by the campaign)', () => {
    // ical.js unescapes "\\n" in a parameter; the unknown zone is named on one line.
    const ics =
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:n\r\nDTSTART;TZID=Europe/L\\ndon:20261116T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const r = checkCalendar('newline.ics', new TextEncoder().encode(ics));
    expect(r.violations).toEqual([]);
    expect(r.findings).toBe(1);
  });

  it('never crash ingest, and every problem is one sentence with file and line', () => {
    fc.assert(
      fc.property(caseArb(FILES), fc.nat(1), (c, w) => {
        const r = checkCalendar(c.name, c.bytes, w);
        expect(r.violations, c.how).toEqual([]);
      }),
      { numRuns: 150, seed: 9 },
    );
  });

  it('random RRULEs and VTIMEZONEs alone are read or refused in one sentence', () => {
    fc.assert(
      fc.property(rruleArb, vtimezoneArb, (rule, zone) => {
        const ics = [
          'BEGIN:VCALENDAR',
          zone,
          'BEGIN:VEVENT',
          'UID:fuzz',
          'DTSTART;TZID=Fuzz Zone:20261116T090000',
          'DTEND;TZID=Fuzz Zone:20261116T100000',
          `RRULE:${rule}`,
          'END:VEVENT',
          'END:VCALENDAR',
        ].join('\r\n');
        const r = checkCalendar('rule.ics', new TextEncoder().encode(ics));
        expect(r.violations, rule).toEqual([]);
      }),
      { numRuns: 150, seed: 9 },
    );
  });

  it('the command line reads mutated files with exit 0 or 3 and no stack trace', () => {
    requireBuild();
    const cases = fc.sample(caseArb(FILES), { numRuns: 6, seed: 9 });
    cases.forEach((c, i) => writeFileSync(path.join(tmp, `case-${i}.ics`), c.bytes));
    const run = cli(['report', tmp, '--week', '2026-W47', '--format', 'json'], { cwd: tmp });
    expect([0, 3]).toContain(run.status);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    for (const line of run.stderr.split('\n').filter((l) => l !== ''))
      expect(line).toMatch(/^engage-load: (warning|error|note|info)?:? ?/);
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
  });
});
