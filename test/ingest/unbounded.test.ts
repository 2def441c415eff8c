/** Rules without a useful end: expanded only within the window, and capped per event with a finding. */
import { describe, expect, it } from 'vitest';
import { ingest, localSeconds, rows } from './helpers.js';

const W47 = { week: '2026-W47' };

describe('unbounded rules', () => {
  it('UNTIL in the year 7006 and a daily rule since 2000 give just the window’s instances', () => {
    const r = ingest('unbounded.ics', W47);
    // Mondays 08:00–08:30 → Mon 16 Nov only.
    expect(rows(r, 'until-7006@google.com')).toEqual([['2026-11-16T08:00+00:00', 0.5]]);
    // Daily 10:00–10:15 since 1 Jan 2000 → every day 16..22 Nov, 0.25 h.
    expect(rows(r, 'daily-since-2000@google.com')).toEqual(
      [16, 17, 18, 19, 20, 21, 22].map((d) => [`2026-11-${d}T10:00+00:00`, 0.25]),
    );
    expect(r.findings).toEqual([]);
  });

  it('FREQ=SECONDLY with no end stops at the per-event cap, with a finding', () => {
    const r = ingest('secondly.ics', W47, undefined, { maxInstancesPerEvent: 100 });
    // One-second instances from Mon 16 Nov 09:00:00Z: the first 100 are 09:00:00 … 09:01:39.
    expect(r.occurrences).toHaveLength(100);
    expect(localSeconds(r.occurrences[0]!.start)).toBe('2026-11-16T09:00:00+00:00');
    expect(localSeconds(r.occurrences[99]!.start)).toBe('2026-11-16T09:01:39+00:00');
    expect(r.occurrences.every((o) => o.end - o.start === 1000)).toBe(true);
    const cap = r.findings.filter((f) => f.code === 'ingest.occurrence-cap');
    expect(cap).toHaveLength(1);
    expect(cap[0]!.severity).toBe('warning');
    expect(cap[0]!.line).toBe(5);
    expect(cap[0]!.data).toMatchObject({ uid: 'secondly-in-window@example.com', cap: 100 });
  });

  it('the default cap bounds it too', () => {
    const r = ingest('secondly.ics', W47);
    // The week has 604 800 seconds; a cap must stop well before that.
    const cap = r.findings.find((f) => f.code === 'ingest.occurrence-cap');
    expect(cap).toBeDefined();
    expect(r.occurrences.length).toBeGreaterThan(0);
    expect(r.occurrences.length).toBeLessThan(604_800);
  });

  it('a SECONDLY rule that began long before the window still fills the window from its start', () => {
    const r = ingest('secondly-before.ics', W47, undefined, { maxInstancesPerEvent: 100 });
    // Every second since 1 Jan 2026 00:00:00Z; the window opens Mon 16 Nov 00:00 GMT = 00:00:00Z.
    // The instance at 23:59:59 ends exactly at the window's start and so is outside it.
    expect(r.occurrences).toHaveLength(100);
    expect(localSeconds(r.occurrences[0]!.start)).toBe('2026-11-16T00:00:00+00:00');
    expect(localSeconds(r.occurrences[99]!.start)).toBe('2026-11-16T00:01:39+00:00');
  });
});
