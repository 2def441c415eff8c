import fc from 'fast-check';
import type { Authority } from '../../src/config/types.js';
import type { TaggedOccurrence } from '../../src/types.js';
import { W47, W48, analysis, config, occ } from './helpers.js';

export interface TeamCase {
  a: ReturnType<typeof analysis>;
}

const AUTHORITIES: (Authority | null)[] = ['executive', 'executive', 'executive', 'director', null];

/**
 * Small random teams: 2–4 people, 1–3 systems, one or two weeks, up to 12 meetings (some weekly
 * series, some shared). With `mainAttendee`, every meeting of a covered system is attended by that
 * system's one main attendee (who covers it), plus optional extras: today's arrangement is then itself
 * one lead per system, with double attendance on top. `large` allows up to 8 people, 9 systems and
 * 40 meetings.
 */
export function teamArbitrary(
  options: { mainAttendee?: boolean; large?: boolean; kinds?: boolean; crowded?: boolean } = {},
): fc.Arbitrary<TeamCase> {
  const large = options.large ?? false;
  return fc
    .record({
      nPeople: fc.integer({ min: 2, max: large ? 8 : 4 }),
      nSystems: fc.integer({ min: 1, max: large ? 9 : 3 }),
      twoWeeks: fc.boolean(),
    })
    .chain(({ nPeople, nSystems, twoWeeks }) => {
      const people = Array.from({ length: nPeople }, (_, i) => `p${i}`);
      const systems = Array.from({ length: nSystems }, (_, i) => `s${i}`);
      const meeting = fc.record({
        system: fc.integer({ min: -1, max: nSystems - 1 }),
        week: fc.constantFrom(...(twoWeeks ? [W47, W48] : [W47])),
        series: fc.boolean(),
        day: fc.integer({ min: 0, max: 4 }),
        half: fc.integer({ min: 16, max: 32 }),
        length: fc.integer({ min: 1, max: 6 }),
        // Mostly one attendee, so that moves (not only step-backs) are exercised.
        attendees: fc.oneof(
          { arbitrary: fc.constantFrom(...people).map((p) => [p]), weight: 4 },
          { arbitrary: fc.subarray(people, { minLength: 1 }), weight: 1 },
        ),
        main: fc.integer({ min: 0, max: nPeople - 1 }),
        // With `kinds`: a clinical, a strategic or no workstream, for plans per system and kind.
        workstream: options.kinds ? fc.constantFrom(null, 'stroke', 'board') : fc.constant(null),
      });
      return fc.record({
        people: fc.tuple(
          ...people.map((id) =>
            fc.record({
              id: fc.constant(id),
              contractedHours: options.crowded ? fc.constantFrom(4, 6) : fc.constantFrom(6, 8, 10),
              authority: fc.constantFrom(...AUTHORITIES),
              // crowded: most people cover most systems and have little capacity, so lead changes matter.
              covers: fc.subarray(systems, { minLength: options.crowded ? Math.max(0, nSystems - 1) : 0 }),
            }),
          ),
        ),
        leads: fc.tuple(...systems.map(() => fc.option(fc.constantFrom(...people), { nil: undefined }))),
        meetings: fc.array(meeting, { maxLength: large ? 40 : 12 }),
        twoWeeks: fc.constant(twoWeeks),
      });
    })
    .map(({ people, leads, meetings, twoWeeks }) => {
      const cfg = config(
        people,
        leads.map((lead, i) => ({ id: `s${i}`, ...(lead ? { lead } : {}) })),
        options.kinds
          ? [
              { id: 'stroke', kind: 'clinical' },
              { id: 'board', kind: 'strategic' },
            ]
          : [],
      );
      if (options.kinds) cfg.plan = { granularity: 'system-and-kind', recommendWithin: 0.1 };
      const occs: TaggedOccurrence[] = [];
      meetings.forEach((m, i) => {
        const system = m.system < 0 ? 'unassigned' : `s${m.system}`;
        let attendees = m.attendees;
        if (options.mainAttendee && system !== 'unassigned') {
          const coverers = people.filter((p) => p.covers.includes(system)).map((p) => p.id);
          if (coverers.length > 0) {
            // Every meeting of this system has the same main attendee: the first coverer in a stable order.
            const main = coverers[m.system % coverers.length]!;
            attendees = [...new Set([main, ...m.attendees.filter(() => m.main % 2 === 0)])];
          }
        }
        const weeks = m.series && twoWeeks ? [W47, W48] : [m.week];
        for (const person of attendees) {
          for (const week of weeks) {
            occs.push(
              occ({
                person,
                uid: `m${i}`,
                week,
                day: m.day,
                hour: m.half / 2,
                hours: m.length / 2,
                system,
                workstream: system === 'unassigned' ? null : m.workstream,
                recurring: m.series,
              }),
            );
          }
        }
      });
      return { a: analysis(cfg, occs, twoWeeks ? [W47, W48] : [W47]) };
    });
}
