import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateTrust, planTrusts } from '../../scripts/demo/generate.js';

describe('scaling the generator for benchmarks', () => {
  const options = { seed: 3, trusts: 2, peoplePerTrust: 10, from: '2027-01-04', weeks: 3 };
  const files = generateTrust(options).files;

  it('writes each trust to its own folder: ten calendars and a config', () => {
    // 2 trusts × (10 calendars + 1 config) = 22 files.
    expect(files).toHaveLength(22);
    for (const prefix of ['trust-01/', 'trust-02/']) {
      const mine = files.filter((f) => f.path.startsWith(prefix));
      expect(mine.filter((f) => f.path.endsWith('.ics'))).toHaveLength(10);
      const cfg = parse(mine.find((f) => f.path.endsWith('engage-load.yaml'))!.text) as {
        people: { calendars: string[] }[];
      };
      expect(cfg.people).toHaveLength(10);
      for (const p of cfg.people) expect(mine.map((f) => f.path)).toContain(`${prefix}${p.calendars[0]!}`);
    }
  });

  it('gives each trust its own domain', () => {
    const [a, b] = planTrusts(options);
    expect(a!.trust.domain).not.toBe(b!.trust.domain);
    expect(b!.trust.people[0]!.emails[0]).toMatch(/@ashcombe-ambulance\.example\.nhs\.uk$/);
  });

  it('keeps the first trust identical whether one or two are generated', () => {
    const one = generateTrust({ ...options, trusts: 1 }).files;
    const first = files
      .filter((f) => f.path.startsWith('trust-01/'))
      .map((f) => ({ ...f, path: f.path.slice(9) }));
    expect(first).toEqual(one);
  });

  it('stays inside the requested weeks (series may start earlier, one-offs may not)', () => {
    const [a] = planTrusts(options);
    for (const cal of a!.calendars) {
      for (const ev of cal.events.filter((e) => !e.rule && e.kind !== 'absence')) {
        // 2027-01-04 is day 20822 since 1970-01-01 (see calendar-math); 3 weeks later is 20843.
        expect(ev.day).toBeGreaterThanOrEqual(20822);
        expect(ev.day).toBeLessThan(20843);
      }
    }
  });

  it('rejects a start that is not a Monday, and non-positive counts', () => {
    expect(() => generateTrust({ ...options, from: '2027-01-05' })).toThrow(/Monday/);
    expect(() => generateTrust({ ...options, weeks: 0 })).toThrow(/weeks/);
  });
});
