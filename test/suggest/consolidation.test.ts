import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { suggest, suggestSync } from '../../src/suggest/index.js';
import { suggestionSetSchema } from '../../src/suggest/schema.js';
import { W47, analysis, config, occ, personWeeks } from './helpers.js';

const cfg = config(
  [
    { id: 'a', covers: ['s1', 's2'] },
    { id: 'b', covers: ['s1'] },
    { id: 'd', covers: ['s1'], authority: 'director' },
  ],
  [{ id: 's1' }, { id: 's2' }, { id: 's3' }, { id: 's4' }],
  [
    { id: 'stroke', kind: 'clinical' },
    { id: 'uec', kind: 'operational' },
  ],
);

// a discusses stroke in s1 (2 h) and s2 (1.5 h) in W47; a, b and d attend the same s1 board (1 h).
// s3 has only an operational (uec) meeting and an untagged one; s4 has nothing.
const occs = [
  occ({ person: 'a', uid: 'stroke-s1', day: 0, hour: 9, hours: 2, system: 's1', workstream: 'stroke' }),
  occ({ person: 'a', uid: 'stroke-s2', day: 1, hour: 9, hours: 1.5, system: 's2', workstream: 'stroke' }),
  occ({ person: 'a', uid: 'board', day: 2, hour: 9, hours: 1, system: 's1' }),
  occ({ person: 'b', uid: 'board', day: 2, hour: 9, hours: 1, system: 's1' }),
  occ({ person: 'd', uid: 'board', day: 2, hour: 9, hours: 1, system: 's1' }),
  occ({ person: 'b', uid: 'uec-s3', day: 3, hour: 9, hours: 2, system: 's3', workstream: 'uec' }),
  occ({ person: 'b', uid: 'misc-s3', day: 3, hour: 13, hours: 0.5, system: 's3' }),
  occ({
    person: 'b',
    uid: 'private',
    day: 4,
    hours: 1,
    system: 's2',
    private: true,
    title: 'Secret merger talks',
  }),
];
const a = analysis(cfg, occs);

describe('consolidation, double attendance and seats at the table', () => {
  const set = suggestSync({ analysis: a, personWeeks: personWeeks(a) });

  it('finds one workstream in several systems in one week, with the hours a joint forum could save', () => {
    // Stroke: s1 2 h + s2 1.5 h = 3.5 h; one joint forum as long as the longest (2 h) saves 1.5 h.
    expect(set.consolidation).toEqual([
      {
        person: 'a',
        week: W47,
        workstream: 'stroke',
        systems: [
          { system: 's1', hours: 2, meetings: 1 },
          { system: 's2', hours: 1.5, meetings: 1 },
        ],
        hours: 3.5,
        couldSave: 1.5,
      },
    ]);
  });

  it('counts executives only at the same meeting (the director is left out)', () => {
    // a and b are executives at the 1 h board: one of them stepping back saves 1 person-hour.
    expect(set.doubleAttendance).toHaveLength(1);
    expect(set.doubleAttendance[0]).toMatchObject({
      system: 's1',
      attendees: ['a', 'b'],
      occurrences: 1,
      hours: 1,
      couldSave: 1,
    });
  });

  it('lists systems with no engagement and systems with only operational workstreams', () => {
    // s3: 2 h uec (operational) + 0.5 h untagged = 2.5 h; s4: nothing. s1 and s2 have clinical work.
    expect(set.seats).toEqual([
      { code: 'only-operational', system: 's3', hours: 2.5, operationalHours: 2, untaggedHours: 0.5 },
      { code: 'no-engagement', system: 's4', hours: 0 },
    ]);
  });

  it('produces JSON that the schema accepts, without a private title', async () => {
    const full = await suggest({ analysis: a, personWeeks: personWeeks(a) }, { verbose: true });
    expect(suggestionSetSchema.parse(full)).toEqual(full);
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(z.toJSONSchema(suggestionSetSchema, { target: 'draft-2020-12' }));
    expect(validate(JSON.parse(JSON.stringify(full)))).toBe(true);
    expect(JSON.stringify(full)).not.toContain('Secret');
  });
});
