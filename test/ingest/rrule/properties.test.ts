/**
 * Properties of the recurrence engine (RFC 5545 §3.3.10) on generated rules, beside the RFC's own
 * examples in engine.test.ts:
 * - for rules whose BY parts are plain filters on a day (BYMONTH, BYMONTHDAY, BYDAY without an
 *   ordinal, BYHOUR), the instances equal a day-by-day brute force of the RFC's table;
 * - for any rule: instances strictly increase, satisfy the rule's BY filters, COUNT gives a prefix
 *   of the unbounded rule of at most COUNT instances, and UNTIL is never passed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCalTime } from '../../../src/ingest/parse/datetime.js';
import { expandRule } from '../../../src/ingest/expand/recurrence.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

interface Start {
  year: number;
  month: number;
  day: number;
  hour: number;
}

function dtstart(s: Start): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${s.year}${p(s.month)}${p(s.day)}T${p(s.hour)}0000`;
}

function startWall(s: Start): number {
  return Date.UTC(s.year, s.month - 1, s.day, s.hour);
}

/** Every instance's wall time up to `endWall` (ms, as if UTC). */
function expand(rule: string, start: Start, endWall: number): number[] {
  return expandRule(rule, parseCalTime(dtstart(start), null)!, {
    startWall: -8.64e15,
    endWall,
    instantOf: (w) => w,
    reaches: () => true,
    maxInstances: 100_000,
    maxIterations: 2_000_000,
  }).walls;
}

const startArb = fc.record({
  year: fc.integer({ min: 2019, max: 2029 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 6, max: 18 }),
});
const subset = <T>(values: T[], max: number): fc.Arbitrary<T[] | null> =>
  fc.option(fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: max }), { nil: null });
const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

interface FilterRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
  byMonth: number[] | null;
  byMonthDay: number[] | null;
  byDay: number[] | null;
  byHour: number[] | null;
}

const filterRuleArb: fc.Arbitrary<FilterRule> = fc
  .record({
    freq: fc.constantFrom('DAILY' as const, 'WEEKLY' as const, 'MONTHLY' as const, 'YEARLY' as const),
    interval: fc.integer({ min: 1, max: 3 }),
    byMonth: subset(range(1, 12), 4),
    byMonthDay: subset([...range(1, 31), ...range(-31, -1)], 3),
    byDay: subset(range(0, 6), 3),
    byHour: subset(range(0, 23), 2),
  })
  // BYMONTHDAY is not allowed with FREQ=WEEKLY (RFC 5545 §3.3.10).
  .map((r) => (r.freq === 'WEEKLY' ? { ...r, byMonthDay: null } : r));

function ruleText(r: FilterRule, extra = ''): string {
  const parts = [`FREQ=${r.freq}`, `INTERVAL=${r.interval}`];
  if (r.byMonth) parts.push(`BYMONTH=${r.byMonth.join(',')}`);
  if (r.byMonthDay) parts.push(`BYMONTHDAY=${r.byMonthDay.join(',')}`);
  if (r.byDay) parts.push(`BYDAY=${r.byDay.map((d) => CODES[d]).join(',')}`);
  if (r.byHour) parts.push(`BYHOUR=${r.byHour.join(',')}`);
  return parts.join(';') + extra;
}

/** Days since the ISO week's Monday (WKST=MO, the default) of a day number. */
const mondayOf = (dayNo: number): number => dayNo - ((new Date(dayNo * DAY).getUTCDay() + 6) % 7);

function periodIndex(freq: FilterRule['freq'], dayNo: number): number {
  const d = new Date(dayNo * DAY);
  if (freq === 'DAILY') return dayNo;
  if (freq === 'WEEKLY') return mondayOf(dayNo) / 7;
  if (freq === 'MONTHLY') return d.getUTCFullYear() * 12 + d.getUTCMonth();
  return d.getUTCFullYear();
}

/**
 * The RFC's table by brute force: a day is in the set when its period is a multiple of INTERVAL
 * from DTSTART's and it passes every filter; where a part is missing, DTSTART supplies it (the
 * month for YEARLY unless a BYDAY alone spans the year, the day of the month for MONTHLY/YEARLY, the weekday for WEEKLY) unless a
 * BY part that expands the same level is there. DTSTART itself is always the first instance.
 */
function bruteForce(r: FilterRule, start: Start, endWall: number): number[] {
  const first = startWall(start);
  const startDay = Math.floor(first / DAY);
  const out = [first];
  for (let dayNo = startDay; dayNo * DAY <= endWall; dayNo++) {
    const d = new Date(dayNo * DAY);
    const month = d.getUTCMonth() + 1;
    const dom = d.getUTCDate();
    const length = new Date(Date.UTC(d.getUTCFullYear(), month, 0)).getUTCDate();
    if ((periodIndex(r.freq, dayNo) - periodIndex(r.freq, startDay)) % r.interval !== 0) continue;
    // YEARLY;BYMONTHDAY without BYMONTH expands within DTSTART's month (the engine's reading of
    // "derived from DTSTART"; dateutil would take every month); a BYDAY alone spans the year.
    const ownMonth = r.freq === 'YEARLY' && (r.byMonthDay !== null || r.byDay === null);
    if (r.byMonth ? !r.byMonth.includes(month) : ownMonth && month !== start.month) continue;
    if (r.byMonthDay) {
      if (!r.byMonthDay.some((n) => (n > 0 ? n === dom : length + 1 + n === dom))) continue;
    } else if ((r.freq === 'MONTHLY' || r.freq === 'YEARLY') && !r.byDay && dom !== start.day) continue;
    const weekday = d.getUTCDay();
    if (r.byDay ? !r.byDay.includes(weekday) : r.freq === 'WEEKLY' && weekday !== new Date(first).getUTCDay())
      continue;
    for (const hour of r.byHour ?? [start.hour]) {
      const wall = dayNo * DAY + hour * HOUR;
      if (wall > first && wall <= endWall) out.push(wall);
    }
  }
  return out.sort((a, b) => a - b);
}

const RUNS = { numRuns: Number(process.env['RRULE_RUNS'] ?? 300) };

describe('recurrence engine: filter rules equal a day-by-day brute force', () => {
  it('without COUNT or UNTIL, over two years', () => {
    fc.assert(
      fc.property(filterRuleArb, startArb, (rule, start) => {
        const end = startWall(start) + 2 * 366 * DAY;
        expect(expand(ruleText(rule), start, end)).toEqual(bruteForce(rule, start, end));
      }),
      RUNS,
    );
  });

  it('COUNT gives the first COUNT of the unbounded rule, DTSTART counted', () => {
    fc.assert(
      fc.property(filterRuleArb, startArb, fc.integer({ min: 1, max: 40 }), (rule, start, count) => {
        const end = startWall(start) + 12 * 366 * DAY;
        const expected = bruteForce(rule, start, end).slice(0, count);
        expect(expand(ruleText(rule, `;COUNT=${count}`), start, end)).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('UNTIL (a floating date-time) is an inclusive bound', () => {
    fc.assert(
      fc.property(filterRuleArb, startArb, fc.integer({ min: 0, max: 800 }), (rule, start, days) => {
        const until = startWall(start) + days * DAY + HOUR; // an hour after the start's time of day
        const u = new Date(until).toISOString().replace(/[-:]/g, '').slice(0, 15);
        const end = startWall(start) + 3 * 366 * DAY;
        const expected = bruteForce(rule, start, end).filter((w, i) => i === 0 || w <= until);
        expect(expand(ruleText(rule, `;UNTIL=${u}`), start, end)).toEqual(expected);
      }),
      RUNS,
    );
  });
});

/** Any rule, including numbered BYDAY, BYSETPOS, BYYEARDAY and BYWEEKNO. */
const anyRuleArb = fc
  .record({
    freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
    interval: fc.integer({ min: 1, max: 4 }),
    byMonth: subset(range(1, 12), 3),
    byMonthDay: subset([...range(1, 31), ...range(-31, -1)], 3),
    byDay: fc.option(
      fc.uniqueArray(fc.tuple(fc.constantFrom(0, 0, 1, 2, -1, 3, -2), fc.integer({ min: 0, max: 6 })), {
        minLength: 1,
        maxLength: 3,
        selector: ([o, d]) => `${o}${d}`,
      }),
      { nil: null },
    ),
    byYearDay: subset([...range(1, 366), -1, -100], 2),
    byWeekNo: subset([...range(1, 53), -1], 2),
    bySetPos: subset([1, 2, -1, -2], 2),
  })
  .map((r) => {
    // The combinations RFC 5545 forbids are refused by the parser; generate only allowed ones.
    const ordinals = r.freq === 'MONTHLY' || (r.freq === 'YEARLY' && !r.byWeekNo);
    const byDay = r.byDay?.map(([o, d]) => [ordinals ? o : 0, d] as const) ?? null;
    return {
      ...r,
      byDay,
      byMonthDay: r.freq === 'WEEKLY' ? null : r.byMonthDay,
      byYearDay: r.freq === 'YEARLY' ? r.byYearDay : null,
      byWeekNo: r.freq === 'YEARLY' ? r.byWeekNo : null,
    };
  });

type AnyRule = typeof anyRuleArb extends fc.Arbitrary<infer T> ? T : never;

function anyRuleText(r: AnyRule): string {
  const parts = [`FREQ=${r.freq}`, `INTERVAL=${r.interval}`];
  if (r.byMonth) parts.push(`BYMONTH=${r.byMonth.join(',')}`);
  if (r.byMonthDay) parts.push(`BYMONTHDAY=${r.byMonthDay.join(',')}`);
  if (r.byDay) parts.push(`BYDAY=${r.byDay.map(([o, d]) => `${o || ''}${CODES[d]}`).join(',')}`);
  if (r.byYearDay) parts.push(`BYYEARDAY=${r.byYearDay.join(',')}`);
  if (r.byWeekNo) parts.push(`BYWEEKNO=${r.byWeekNo.join(',')}`);
  if (r.bySetPos) parts.push(`BYSETPOS=${r.bySetPos.join(',')}`);
  return parts.join(';');
}

describe('recurrence engine: invariants of any rule', () => {
  it('instances strictly increase and pass BYMONTH, BYMONTHDAY and the BYDAY weekdays', () => {
    fc.assert(
      fc.property(anyRuleArb, startArb, (rule, start) => {
        const walls = expand(anyRuleText(rule), start, startWall(start) + 3 * 366 * DAY);
        expect(walls[0]).toBe(startWall(start));
        for (let i = 1; i < walls.length; i++) {
          expect(walls[i]!).toBeGreaterThan(walls[i - 1]!);
          const d = new Date(walls[i]!);
          const month = d.getUTCMonth() + 1;
          const length = new Date(Date.UTC(d.getUTCFullYear(), month, 0)).getUTCDate();
          if (rule.byMonth) expect(rule.byMonth).toContain(month);
          if (rule.byMonthDay)
            expect(rule.byMonthDay.some((n) => (n > 0 ? n : length + 1 + n) === d.getUTCDate())).toBe(true);
          if (rule.byDay) expect(rule.byDay.map(([, wd]) => wd)).toContain(d.getUTCDay());
          expect(d.getUTCHours()).toBe(start.hour);
        }
      }),
      RUNS,
    );
  });

  it('COUNT is a prefix of the unbounded rule with at most COUNT instances', () => {
    fc.assert(
      fc.property(anyRuleArb, startArb, fc.integer({ min: 1, max: 25 }), (rule, start, count) => {
        const end = startWall(start) + 6 * 366 * DAY;
        const counted = expand(`${anyRuleText(rule)};COUNT=${count}`, start, end);
        expect(counted.length).toBeLessThanOrEqual(count);
        expect(counted).toEqual(expand(anyRuleText(rule), start, end).slice(0, counted.length));
      }),
      RUNS,
    );
  });

  it('UNTIL is never passed', () => {
    fc.assert(
      fc.property(anyRuleArb, startArb, fc.integer({ min: 1, max: 900 }), (rule, start, days) => {
        const until = startWall(start) + days * DAY;
        const u = new Date(until).toISOString().replace(/[-:]/g, '').slice(0, 15);
        const walls = expand(`${anyRuleText(rule)};UNTIL=${u}`, start, until + 400 * DAY);
        for (const w of walls.slice(1)) expect(w).toBeLessThanOrEqual(until);
      }),
      RUNS,
    );
  });
});
