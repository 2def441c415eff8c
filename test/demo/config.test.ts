import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const yamlPath = join(import.meta.dirname, '../../fixtures/demo/engage-load.yaml');

interface Cfg {
  timezone: string;
  people: {
    id: string;
    emails: string[];
    calendars: string[];
    covers: string[];
    authority: string;
    contractedHours: number;
  }[];
  systems: { id: string; keywords: string[]; domains?: string[]; lead?: string; internal?: boolean }[];
  workstreams: { id: string; kind: string; keywords: string[]; categories: string[] }[];
  corrections: { uid: string; system: string; workstream: string }[];
}
const cfg = parse(readFileSync(yamlPath, 'utf8')) as Cfg;
/** The regional systems; the trust's own meetings form one more, internal, system. */
const regional = cfg.systems.filter((s) => !s.internal);

describe('fixtures/demo/engage-load.yaml', () => {
  it('declares eight executives, eleven regional systems, one internal system and eight workstreams', () => {
    expect(cfg.timezone).toBe('Europe/London');
    expect(cfg.people.map((p) => p.id)).toEqual(['ceo', 'cmo', 'coo', 'don', 'dos', 'dof', 'dop', 'dod']);
    expect(regional).toHaveLength(11);
    expect(cfg.systems.filter((s) => s.internal).map((s) => s.id)).toEqual(['internal']);
    expect(cfg.workstreams.map((w) => `${w.id}:${w.kind}`)).toEqual([
      'uec:operational',
      'mental-health:clinical',
      'stroke:clinical',
      'digital:strategic',
      'workforce:strategic',
      '111-cas:operational',
      'frailty:clinical',
      'end-of-life:clinical',
    ]);
  });

  it('points every person at a calendar that exists, by a path relative to the file', () => {
    for (const p of cfg.people) {
      expect(p.calendars).toHaveLength(1);
      expect(existsSync(join(dirname(yamlPath), p.calendars[0]!)), p.calendars[0]).toBe(true);
      expect(p.contractedHours).toBe(37.5);
    }
  });

  it('uses only made-up domains', () => {
    const emails = cfg.people.flatMap((p) => p.emails);
    expect(new Set(emails).size).toBe(emails.length);
    for (const e of emails) expect(e).toMatch(/@[a-z0-9.-]+\.example\.(nhs\.uk|net)$/);
    for (const s of cfg.systems) for (const d of s.domains ?? []) expect(d).toMatch(/\.example\.nhs\.uk$/);
  });

  it('lets every active system be redistributed: 1–3 people cover it, and its lead is one of them', () => {
    for (const s of regional) {
      const coverers = cfg.people.filter((p) => p.covers.includes(s.id)).map((p) => p.id);
      expect(coverers.length, s.id).toBeGreaterThanOrEqual(1);
      expect(coverers.length, s.id).toBeLessThanOrEqual(3);
      if (s.lead) expect(coverers, s.id).toContain(s.lead);
    }
    for (const p of cfg.people) for (const c of p.covers) expect(cfg.systems.map((s) => s.id)).toContain(c);
    // Westfold and the new Greystone system have no designated lead; the other nine do.
    expect(regional.filter((s) => s.lead).length).toBe(9);
  });

  it("pins the correction to a series that is in the CMO's calendar", () => {
    expect(cfg.corrections).toHaveLength(1);
    const c = cfg.corrections[0]!;
    const cmo = readFileSync(join(dirname(yamlPath), cfg.people[1]!.calendars[0]!), 'utf8').replace(
      /\r\n /g,
      '',
    );
    expect(cmo).toContain(`UID:${c.uid}\r\n`);
    expect([c.system, c.workstream]).toEqual(['kestrel', 'stroke']);
  });
});
