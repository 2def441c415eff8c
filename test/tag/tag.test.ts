import { describe, expect, it } from 'vitest';
import { tagOccurrences } from '../../src/tag/index.js';
import type { Occurrence, TaggedOccurrence } from '../../src/types.js';
import { attendees, configFrom, MONDAY_9, occurrence } from './factory.js';

const config = configFrom(`
systems:
  - id: north
    keywords: ["North ICS", "C&M ICS", "/\\\\bNTH-\\\\d+\\\\b/"]
    domains: [north.nhs.uk]
    locations: ["Lakeside House"]
    categories: ["North"]
  - id: south
    keywords: ["South ICS", "ICS"]
    domains: [south.nhs.uk]
    locations: ["Harbour View"]
workstreams:
  - id: uec
    kind: operational
    keywords: [UEC, handover]
    categories: ["Urgent care"]
  - id: stroke
    kind: clinical
    keywords: [stroke]
corrections:
  - uid: pinned-series
    system: south
    workstream: stroke
  - uid: pinned-system-only
    system: north
`);

function tag(fields: Partial<Occurrence>): TaggedOccurrence {
  return tagOccurrences([occurrence(fields)], config)[0]!;
}

describe('system keywords', () => {
  it('are whole-word: "ICS" does not match "physics"', () => {
    expect(tag({ title: 'Physics of ambulance fleets' }).system).toBe('unassigned');
    expect(tag({ title: 'Physics of ambulance fleets' }).systemReason).toBeNull();
  });

  it('match punctuation-edged keywords and report the matched text', () => {
    expect(tag({ title: 'C&M ICS board' })).toMatchObject({
      system: 'north',
      systemReason: { rule: 'systems.north.keywords', field: 'summary', text: 'C&M ICS' },
    });
  });

  it('match regex keywords', () => {
    expect(tag({ title: 'Programme NTH-42 review' }).systemReason).toEqual({
      rule: 'systems.north.keywords',
      field: 'summary',
      text: 'NTH-42',
    });
  });

  it('in one field, the first system in config order wins', () => {
    // "South ICS and North ICS": both match the summary; north is listed first.
    expect(tag({ title: 'South ICS and North ICS joint board' }).system).toBe('north');
    // "ICS" alone only matches south's generic keyword.
    expect(tag({ title: 'ICS chairs' }).system).toBe('south');
  });
});

describe('precedence', () => {
  const all: Partial<Occurrence> = {
    uid: 'some-series',
    title: 'North ICS board',
    description: 'South ICS papers attached',
    location: 'Harbour View',
    categories: [],
    organizer: 'mailto:chair@north.nhs.uk',
    attendees: attendees('a@north.nhs.uk'),
  };

  it('summary beats description', () => {
    expect(tag({ title: 'North ICS board', description: 'South ICS papers' }).systemReason!.field).toBe(
      'summary',
    );
    expect(tag({ title: 'Board', description: 'South ICS papers' })).toMatchObject({
      system: 'south',
      systemReason: { rule: 'systems.south.keywords', field: 'description', text: 'South ICS' },
    });
  });

  it('location beats summary', () => {
    expect(tag({ title: 'North ICS board', location: 'Harbour View, room 2' })).toMatchObject({
      system: 'south',
      systemReason: { rule: 'systems.south.locations', field: 'location', text: 'Harbour View' },
    });
  });

  it('e-mail domains beat location', () => {
    expect(tag({ ...all, organizer: null, attendees: attendees('x@south.nhs.uk') })).toMatchObject({
      system: 'south',
      systemReason: { rule: 'systems.south.domains', field: 'attendees', text: 'south.nhs.uk' },
    });
  });

  it('categories beat domains: a listed category, then a keyword in a category', () => {
    expect(
      tag({ ...all, attendees: attendees('x@south.nhs.uk', 'y@south.nhs.uk'), categories: ['north'] }),
    ).toMatchObject({
      system: 'north',
      systemReason: { rule: 'systems.north.categories', field: 'categories', text: 'north' },
    });
    expect(tag({ ...all, categories: ['Work', 'South ICS'] })).toMatchObject({
      system: 'south',
      systemReason: { rule: 'systems.south.keywords', field: 'categories', text: 'South ICS' },
    });
  });

  it('a correction beats everything, for every occurrence of the series', () => {
    const pinned = { ...all, uid: 'pinned-series', categories: ['North'] };
    const [a, b] = tagOccurrences(
      [occurrence(pinned), occurrence({ ...pinned, recurrenceId: '2026-11-23T09:00:00+00:00' })],
      config,
    );
    for (const t of [a!, b!]) {
      expect(t).toMatchObject({
        system: 'south',
        systemReason: { rule: 'correction', field: 'uid', text: 'pinned-series' },
        workstream: 'stroke',
        workstreamReason: { rule: 'correction', field: 'uid', text: 'pinned-series' },
      });
    }
  });

  it('a correction can take a series out of every system', () => {
    const cfg = configFrom(
      'systems:\n  - id: north\n    keywords: [North ICS]\ncorrections:\n  - { uid: internal, system: unassigned }\n',
    );
    const [t] = tagOccurrences([occurrence({ uid: 'internal', title: 'North ICS prep' })], cfg);
    expect(t).toMatchObject({
      system: 'unassigned',
      systemReason: { rule: 'correction', field: 'uid', text: 'internal' },
    });
  });

  it('a correction of the system only leaves the workstream to the rules', () => {
    expect(tag({ uid: 'pinned-system-only', title: 'South ICS handover' })).toMatchObject({
      system: 'north',
      workstream: 'uec',
      workstreamReason: { rule: 'workstreams.uec.keywords', field: 'summary', text: 'handover' },
    });
  });
});

describe('e-mail domains', () => {
  it('the system with most distinct addresses wins; each address counts once', () => {
    // north: a@, b@ = 2 (the organizer repeated as attendee counts once); south: c@ = 1.
    const t = tag({
      organizer: 'MAILTO:A@North.nhs.uk',
      attendees: attendees('mailto:a@north.nhs.uk', 'b@north.nhs.uk', 'c@south.nhs.uk', 'me@trust.nhs.uk'),
    });
    expect(t.system).toBe('north');
    expect(t.systemReason).toEqual({
      rule: 'systems.north.domains',
      field: 'attendees',
      text: 'north.nhs.uk (2 of 4 addresses)',
    });
  });

  it('ties go to config order', () => {
    // one address each: north is listed first.
    expect(tag({ attendees: attendees('c@south.nhs.uk', 'a@north.nhs.uk') }).system).toBe('north');
  });

  it('subdomains belong to their system, and the organizer alone is reported as such', () => {
    expect(tag({ organizer: 'mailto:pa@mail.south.nhs.uk' }).systemReason).toEqual({
      rule: 'systems.south.domains',
      field: 'organizer',
      text: 'south.nhs.uk',
    });
    expect(tag({ organizer: 'mailto:pa@notsouth.nhs.uk' }).system).toBe('unassigned');
  });
});

describe('workstreams', () => {
  it('categories beat title, title beats description, and no match leaves none', () => {
    expect(tag({ title: 'Stroke network', categories: ['Urgent care'] })).toMatchObject({
      workstream: 'uec',
      workstreamReason: { rule: 'workstreams.uec.categories', field: 'categories', text: 'Urgent care' },
    });
    expect(tag({ title: 'Stroke network', description: 'UEC figures' }).workstreamReason).toEqual({
      rule: 'workstreams.stroke.keywords',
      field: 'summary',
      text: 'Stroke',
    });
    expect(tag({ title: 'Board', description: 'ambulance handover delays' }).workstreamReason).toEqual({
      rule: 'workstreams.uec.keywords',
      field: 'description',
      text: 'handover',
    });
    expect(tag({ title: 'Board' })).toMatchObject({ workstream: null, workstreamReason: null });
  });
});

describe('events that differ only in their description, tagged one after another', () => {
  it('take from the description only what their other fields leave open', () => {
    const north = attendees('a@north.nhs.uk', 'b@north.nhs.uk');
    const events = [
      // The domains give the system; the title no workstream: each description decides its own.
      { title: 'Board', attendees: north, description: 'ambulance handover delays' },
      { title: 'Board', attendees: north, description: 'stroke pathway' },
      { title: 'Board', attendees: north, description: '' },
      // The title gives the workstream and the domains the system: no description changes either.
      { title: 'Stroke network', attendees: north, description: 'UEC figures' },
      { title: 'Stroke network', attendees: north, description: 'South ICS' },
      // Nothing gives the system but the description.
      { title: 'Stroke network', description: 'South ICS papers' },
      { title: 'Stroke network', description: 'North ICS papers' },
    ].map((f, i) => occurrence({ ...f, uid: `e${i}` }));
    const tagged = tagOccurrences(events, config).map((o) => [o.system, o.workstream]);
    expect(tagged).toEqual([
      ['north', 'uec'],
      ['north', 'stroke'],
      ['north', null],
      ['north', 'stroke'],
      ['north', 'stroke'],
      ['south', 'stroke'],
      ['north', 'stroke'],
    ]);
  });
});

describe('private occurrences', () => {
  const secret = 'Secret North ICS stroke restructure';
  it('are tagged normally, but no reason quotes their text', () => {
    const samples = [
      tag({ private: true, title: secret }),
      tag({ private: true, title: 'x', description: secret }),
      tag({ private: true, location: 'Lakeside House, secret room' }),
      tag({ private: true, categories: ['North', 'stroke'] }),
    ];
    expect(samples.map((t) => [t.system, t.workstream])).toEqual([
      ['north', 'stroke'],
      ['north', 'stroke'],
      ['north', null],
      ['north', 'stroke'],
    ]);
    for (const t of samples) {
      expect(t.systemReason!.text).toBe('(private)');
      if (t.workstreamReason) expect(t.workstreamReason.text).toBe('(private)');
      const texts = JSON.stringify([t.systemReason?.text, t.workstreamReason?.text]);
      expect(texts).not.toMatch(/secret|north|stroke|lakeside/i);
    }
  });

  it('do not share a cached tag with an identical public occurrence', () => {
    const [pub, priv] = tagOccurrences(
      [occurrence({ title: 'North ICS' }), occurrence({ title: 'North ICS', private: true })],
      config,
    );
    expect(pub!.systemReason!.text).toBe('North ICS');
    expect(priv!.systemReason!.text).toBe('(private)');
  });
});

describe('series and overrides', () => {
  it('occurrences with the same fields share a tag; an override with a new title gets its own', () => {
    const base = { uid: 'weekly', title: 'North ICS board', recurring: true };
    const tagged = tagOccurrences(
      [
        occurrence(base),
        occurrence({ ...base, start: Date.UTC(2026, 10, 23, 9) }),
        occurrence({ ...base, title: 'South ICS board (moved)' }),
      ],
      config,
    );
    expect(tagged.map((t) => t.system)).toEqual(['north', 'north', 'south']);
    expect(tagged[1]!.start).toBe(Date.UTC(2026, 10, 23, 9)); // the occurrence's own fields are kept
  });

  it('tags excluded occurrences too, so export can show their system', () => {
    expect(tag({ status: 'declined', counts: false, title: 'North ICS' }).system).toBe('north');
  });

  it('with no rules every occurrence is unassigned', () => {
    const [t] = tagOccurrences([occurrence({ title: 'North ICS' })], configFrom('{}'));
    expect(t).toMatchObject({
      system: 'unassigned',
      workstream: null,
      systemReason: null,
      workstreamReason: null,
    });
  });
});

describe('speed', () => {
  it('matches each distinct combination of fields once (the cache)', () => {
    const occurrences = Array.from({ length: 1_000 }, (_, i) =>
      occurrence({
        uid: `s${i % 50}`,
        start: MONDAY_9 + i * 3_600_000,
        title: `Meeting ${i % 50} South ICS`,
        attendees: attendees('a@x.org', 'b@y.org'),
      }),
    );
    const tagged = tagOccurrences(occurrences, config);
    expect(tagged.every((t) => t.system === 'south')).toBe(true);
    // Occurrence 0 and 50 are the same series with the same fields: one cached tag, one reason object.
    expect(tagged[50]!.systemReason).toBe(tagged[0]!.systemReason);
    expect(tagged[51]!.systemReason).not.toBe(tagged[0]!.systemReason);
  });
});
