import { describe, expect, it } from 'vitest';
import { starterCandidates } from '../../src/config/starter/candidates.js';
import { titlePhrases } from '../../src/config/starter/phrases.js';
import { starterYaml } from '../../src/config/starter/yaml.js';
import { validateConfigText } from '../../src/config/validate.js';
import type { CalendarSummary, Occurrence } from '../../src/types.js';
import { attendees, occurrence } from '../tag/factory.js';

function calendar(fields: Partial<CalendarSummary>): CalendarSummary {
  return {
    name: 'x.ics',
    person: 'x',
    calendarName: null,
    producer: 'other',
    events: 1,
    occurrences: 1,
    firstStart: null,
    lastEnd: null,
    busyOnlyTitles: 0,
    timedEvents: 1,
    ownerEmails: [],
    readable: true,
    ...fields,
  };
}

const calendars = [
  calendar({
    name: 'exports/jane.ics',
    // As ingest names them (test/ingest/identity.test.ts): one person per owner address, named by its CN.
    person: 'Jane Example',
    calendarName: 'Calendar',
    ownerEmails: ['Jane.Example@trust.nhs.uk'],
  }),
  calendar({
    name: 'exports/sam.ics',
    person: 'Sam Sample',
    calendarName: 'Sam Sample',
    ownerEmails: ['sam.sample@trust.nhs.uk'],
  }),
  calendar({
    name: 'exports/jane-2.ics',
    person: 'Jane Example',
    ownerEmails: ['jane.example@trust.nhs.uk'],
  }),
  calendar({ name: 'exports/broken.ics', person: 'broken', readable: false }),
];

/** Series s1–s3 meet North ICS (north.nhs.uk); s4 meets south.nhs.uk once; s5 is private. */
const occurrences: Occurrence[] = [
  occurrence({
    uid: 's1',
    title: 'North ICS UEC board',
    attendees: attendees('a@north.nhs.uk', 'jane.example@trust.nhs.uk', 'z@nhs.net'),
  }),
  occurrence({ uid: 's1', title: 'North ICS UEC board', attendees: attendees('a@north.nhs.uk') }),
  occurrence({ uid: 's2', title: 'North ICS stroke network', organizer: 'mailto:b@north.nhs.uk' }),
  occurrence({ uid: 's3', title: 'North ICS finance', attendees: attendees('c@north.nhs.uk') }),
  occurrence({ uid: 's4', title: 'South ICS board', attendees: attendees('d@south.nhs.uk') }),
  occurrence({
    uid: 's5',
    title: 'Secret Restructure ICS',
    private: true,
    attendees: attendees('e@north.nhs.uk'),
  }),
  occurrence({ uid: 's6', title: 'Secret Restructure ICS', private: true }),
  occurrence({
    uid: 's7',
    title: 'Declined ICS',
    counts: false,
    status: 'declined',
    attendees: attendees('f@west.nhs.uk'),
  }),
  occurrence({
    uid: 's8',
    title: 'Declined ICS',
    counts: false,
    status: 'declined',
    attendees: attendees('f@west.nhs.uk'),
  }),
];

describe('titlePhrases', () => {
  it('keeps 1–3 word phrases that neither start nor end with meeting vocabulary', () => {
    // Words: Weekly, C&M, ICS, board. "Weekly" and "board" are generic, so phrases use C&M and ICS only.
    expect(titlePhrases('Weekly C&M ICS board').sort()).toEqual(['C&M', 'C&M ICS', 'ICS'].sort());
  });
});

describe('starterCandidates', () => {
  const c = starterCandidates(calendars, occurrences);

  it('makes one person per person ingest found, under the same name', () => {
    expect(c.people).toEqual([
      {
        name: 'Jane Example',
        emails: ['jane.example@trust.nhs.uk'],
        calendars: ['exports/jane.ics', 'exports/jane-2.ics'],
      },
      { name: 'Sam Sample', emails: ['sam.sample@trust.nhs.uk'], calendars: ['exports/sam.ics'] },
    ]);
  });

  it('proposes systems from domains met in 2+ series, not the owners’ own or nhs.net', () => {
    // north.nhs.uk: s1, s2, s3 counted (s5 is private but its domain still counts: 4 series, 4 occurrences of 1 h + 1 h).
    // south.nhs.uk: s4 only (1 series); west.nhs.uk: only declined occurrences; trust.nhs.uk: the owners' own.
    expect(c.systems).toEqual([
      { name: 'North ICS', keywords: ['North ICS'], domains: ['north.nhs.uk'], meetings: 4, hours: 5 },
    ]);
  });

  it('never reads a private title', () => {
    expect(JSON.stringify(c)).not.toMatch(/secret|restructure/i);
  });
});

describe('starterYaml', () => {
  it('writes a file that loads without errors or warnings, with paths relative to its folder', () => {
    const text = starterYaml(starterCandidates(calendars, occurrences), {
      outDir: '/trust/config',
      cwd: '/trust',
      timezone: 'Europe/London',
    });
    const { config, findings } = validateConfigText(text, {
      file: '/trust/config/engage-load.yaml',
      shown: 'engage-load.yaml',
    });
    expect(findings).toEqual([]);
    expect(config.people.map((p) => [p.id, p.name, p.calendars])).toEqual([
      ['jane-example', 'Jane Example', ['/trust/exports/jane.ics', '/trust/exports/jane-2.ics']],
      ['sam-sample', 'Sam Sample', ['/trust/exports/sam.ics']],
    ]);
    expect(text).toContain('calendars: ["../exports/jane.ics", "../exports/jane-2.ics"]');
    expect(config.systems.map((s) => [s.id, s.domains])).toEqual([['north-ics', ['north.nhs.uk']]]);
    expect(config.workstreams.map((w) => w.id)).toEqual([
      'uec',
      'cas-111',
      'mental-health',
      'stroke',
      'digital',
      'workforce',
    ]);
  });

  it('loads even with nothing found', () => {
    const text = starterYaml(
      { people: [], systems: [], phrases: [] },
      { outDir: '/t', cwd: '/t', timezone: 'UTC' },
    );
    expect(
      validateConfigText(text, { file: '/t/engage-load.yaml', shown: 'engage-load.yaml' }).config.timezone,
    ).toBe('UTC');
  });
});
