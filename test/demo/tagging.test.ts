/**
 * Whether the demo's meetings can be tagged by its own config, checked with a minimal whole-word matcher
 * written here (the product's tagger is tested elsewhere): every system meeting must be found by its
 * system's rules, and internal or untaggable ones by none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dayFromIso } from '../../scripts/demo/calendar-math.js';
import { DEMO_OPTIONS, planTrusts } from '../../scripts/demo/generate.js';
import { instances, type CalEvent } from '../../scripts/demo/model.js';

interface Rules {
  systems: { id: string; keywords: string[]; domains?: string[]; locations?: string[]; internal?: boolean }[];
  workstreams: { id: string; keywords: string[]; categories: string[] }[];
}
const cfg = parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/demo/engage-load.yaml'), 'utf8'),
) as Rules;

function matcher(keyword: string): RegExp {
  const re = /^\/(.*)\/([a-z]*)$/.exec(keyword);
  if (re) return new RegExp(re[1]!, re[2]);
  const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9_])${escaped}(?![A-Za-z0-9_])`, 'i');
}

function systemsOf(ev: CalEvent): string[] {
  const domains = [ev.organizer, ...ev.attendees].map((p) => p.email.split('@')[1]!.toLowerCase());
  return cfg.systems
    .filter(
      (s) =>
        s.keywords.some((k) => matcher(k).test(ev.summary)) ||
        (s.locations ?? []).some((k) => matcher(k).test(ev.location)) ||
        (s.domains ?? []).some((d) => domains.includes(d)),
    )
    .map((s) => s.id);
}

function workstreamsOf(ev: CalEvent): string[] {
  return cfg.workstreams
    .filter(
      (w) =>
        w.keywords.some((k) => matcher(k).test(ev.summary)) ||
        w.categories.some((c) => ev.categories.includes(c)),
    )
    .map((w) => w.id);
}

const [demo] = planTrusts(DEMO_OPTIONS);
const from = dayFromIso('2026-09-28');
const to = dayFromIso('2026-12-28');
const counted = demo!.calendars.flatMap((c) =>
  c.events.flatMap((ev) =>
    instances(ev, from, to)
      .filter((i) => i.counted)
      .map((i) => ({ ev, hours: i.dur / 60 })),
  ),
);
const hoursWhere = (pred: (ev: CalEvent) => boolean): number =>
  counted.filter((x) => pred(x.ev)).reduce((s, x) => s + x.hours, 0);

describe('tagging the demo with its own config', () => {
  it('finds every system meeting by its own system, and by no other', () => {
    const wrong = counted.filter((x) => x.ev.kind === 'system' && systemsOf(x.ev).join() !== x.ev.system);
    expect(wrong.map((x) => `${x.ev.summary} → ${systemsOf(x.ev).join()}`)).toEqual([]);
  });

  it('finds the intended workstream of every system meeting that has one', () => {
    const wrong = counted.filter((x) => x.ev.workstream && !workstreamsOf(x.ev).includes(x.ev.workstream));
    expect(wrong.map((x) => x.ev.summary)).toEqual([]);
  });

  it('tags at least 95% of all counted hours, leaving a few untaggable titles', () => {
    const all = hoursWhere(() => true);
    const tagged = hoursWhere((ev) => systemsOf(ev).length === 1);
    expect(tagged / all).toBeGreaterThanOrEqual(0.95);
    expect(tagged / all).toBeLessThan(1);
    const untaggable = new Set(counted.filter((x) => x.ev.kind === 'untaggable').map((x) => x.ev.summary));
    expect(untaggable.size).toBeGreaterThanOrEqual(3);
    for (const x of counted.filter((x) => x.ev.kind === 'untaggable')) {
      expect(systemsOf(x.ev), x.ev.summary).toEqual([]);
    }
  });

  it("tags the trust's own meetings to the internal system and to nothing else", () => {
    const wrong = counted.filter((x) => x.ev.kind === 'internal' && systemsOf(x.ev).join() !== 'internal');
    expect(wrong.map((x) => `${x.ev.summary} → ${systemsOf(x.ev).join()}`)).toEqual([]);
  });

  it('leaves Greystone without engagement and Westfold with operational workstreams only', () => {
    expect(counted.filter((x) => x.ev.system === 'greystone')).toEqual([]);
    const westfold = new Set(counted.filter((x) => x.ev.system === 'westfold').map((x) => x.ev.workstream));
    expect([...westfold].every((w) => w === 'uec' || w === '111-cas')).toBe(true);
    expect(westfold.size).toBeGreaterThan(0);
  });
});

describe('the generated series', () => {
  it('start on their own first instance (RFC 5545 leaves any other DTSTART undefined)', () => {
    for (const c of demo!.calendars) {
      for (const ev of c.events.filter((e) => e.rule)) {
        expect(instances({ ...ev, exdates: [], overrides: [] }, ev.day, ev.day + 1).length, ev.summary).toBe(
          1,
        );
      }
    }
  });

  it('put the Moorside ICS UEC Board, with one UID, in both the CMO’s and the COO’s calendars', () => {
    const uid = (id: string): string[] =>
      demo!.calendars
        .find((c) => c.person.id === id)!
        .events.filter((e) => e.summary === 'Moorside ICS UEC Board')
        .map((e) => e.uid);
    expect(uid('cmo')).toHaveLength(1);
    expect(uid('coo')).toEqual(uid('cmo'));
  });
});
