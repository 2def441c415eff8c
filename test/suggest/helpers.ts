import { DateTime } from 'luxon';
import type { Analysis } from '../../src/types.js';
import type { Authority, Config, Person, WorkstreamKind } from '../../src/config/types.js';
import type { Level, PersonWeek, TaggedOccurrence } from '../../src/types.js';
import { makeTagged } from '../helpers/occurrence.js';

/** Tests run in UTC so hours are plain arithmetic. Week 2026-W47 starts Monday 2026-11-16. */
export const ZONE = 'UTC';
export const W47 = '2026-W47';
export const W48 = '2026-W48';
const MONDAY: Record<string, string> = { [W47]: '2026-11-16', [W48]: '2026-11-23' };

const DAY_MS = 86_400_000;

/** The instant `hour` hours into day `day` (0 = Monday) of `week`, in UTC: plain arithmetic, as luxon
 * gives it in UTC (property tests build thousands of these; luxon took 4 s of the suite's CPU). */
export function at(week: string, day: number, hour: number): number {
  return Date.parse(`${MONDAY[week]!}T00:00:00Z`) + day * DAY_MS + Math.round(hour * 60) * 60_000;
}

export interface OccSpec {
  person: string;
  uid: string;
  week?: string;
  day?: number;
  hour?: number;
  hours: number;
  system?: string;
  workstream?: string | null;
  recurring?: boolean;
  counts?: boolean;
  private?: boolean;
  title?: string;
}

export function occ(s: OccSpec): TaggedOccurrence {
  const start = at(s.week ?? W47, s.day ?? 0, s.hour ?? 9);
  const end = start + s.hours * 3_600_000;
  const counts = s.counts ?? true;
  return makeTagged({
    person: s.person,
    calendar: `${s.person}.ics`,
    uid: s.uid,
    recurrenceId: s.recurring ? new Date(start).toISOString() : null,
    start,
    end,
    hours: s.hours,
    status: counts ? 'counted' : 'declined',
    counts,
    recurring: s.recurring ?? false,
    private: s.private ?? false,
    title: s.title ?? `Meeting ${s.uid}`,
    system: s.system ?? 'unassigned',
    workstream: s.workstream ?? null,
  });
}

export interface PersonSpec {
  id: string;
  covers?: string[];
  authority?: Authority | null;
  contractedHours?: number;
}

export function person(p: PersonSpec): Person {
  return {
    id: p.id,
    name: p.id.toUpperCase(),
    role: '',
    authority: p.authority === undefined ? 'executive' : p.authority,
    emails: [],
    calendars: [],
    contractedHours: p.contractedHours ?? 10,
    covers: p.covers ?? [],
    thresholds: { warn: 0.75, critical: 1 },
  };
}

export function config(
  people: PersonSpec[],
  systems: { id: string; lead?: string }[],
  workstreams: { id: string; kind: WorkstreamKind }[] = [],
): Config {
  return {
    file: null,
    timezone: ZONE,
    weekStart: 'monday',
    workingHours: { start: 480, end: 1080, days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
    counting: { tentative: 'count', needsAction: 'count' },
    thresholds: { warn: 0.75, critical: 1 },
    people: people.map(person),
    systems: systems.map((s) => ({
      id: s.id,
      name: s.id.toUpperCase(),
      keywords: [],
      domains: [],
      locations: [],
      lead: s.lead ?? null,
      internal: false,
    })),
    workstreams: workstreams.map((w) => ({
      id: w.id,
      name: w.id,
      kind: w.kind,
      keywords: [],
      categories: [],
    })),
    corrections: [],
  };
}

export function analysis(cfg: Config, occurrences: TaggedOccurrence[], weeks: string[] = [W47]): Analysis {
  const first = weeks[0]!;
  const last = weeks[weeks.length - 1]!;
  return {
    config: cfg,
    window: {
      start: at(first, 0, 0),
      end: at(last, 7, 0),
      zone: ZONE,
      weeks,
      from: MONDAY[first]!,
      to: DateTime.fromISO(MONDAY[last]!).plus({ days: 6 }).toISODate()!,
    },
    calendars: [],
    occurrences,
    history: [],
    findings: [],
  };
}

/** Person-weeks measured the simplest way: scheduled = sum of counted hours; capacity = contracted; warn 75%, critical 100%. */
export function personWeeks(a: Analysis): PersonWeek[] {
  const out: PersonWeek[] = [];
  for (const p of a.config.people) {
    for (const week of a.window.weeks) {
      const scheduled = a.occurrences
        .filter((o) => o.person === p.id && o.counts && o.start >= at(week, 0, 0) && o.start < at(week, 7, 0))
        .reduce((s, o) => s + o.hours, 0);
      const capacity = p.contractedHours;
      const warnAt = 0.75 * capacity;
      const criticalAt = capacity;
      const level: Level = scheduled >= criticalAt ? 'critical' : scheduled >= warnAt ? 'warn' : 'ok';
      out.push({
        person: p.id,
        week,
        scheduled,
        occupied: scheduled,
        conflict: 0,
        tentative: 0,
        excluded: {},
        outOfHours: 0,
        weekend: 0,
        longestRun: 0,
        systemCount: 0,
        capacity,
        absenceDays: 0,
        baseline: null,
        bySystem: {},
        byWorkstream: {},
        warnAt,
        criticalAt,
        level,
      });
    }
  }
  return out;
}
