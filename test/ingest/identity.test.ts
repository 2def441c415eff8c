/**
 * SPEC "Whose calendar" without a config: generic calendar names never identify a person; the owner's
 * address (on most of a file's events, named by its CN) does; two files are one person only when they
 * share that address, and a finding names the files merged. `init` groups the files the same way.
 * Fixtures: fixtures/identity (synthetic people), week 47 of 2026 (Mon 16 – Sun 22 Nov, GMT = UTC).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { starterCandidates } from '../../src/config/starter/candidates.js';
import type { Config } from '../../src/config/types.js';
import { formatFinding } from '../../src/findings/format.js';
import { ingestCalendars } from '../../src/ingest/ingest.js';
import { isGenericCalendarName } from '../../src/ingest/person.js';
import type { CalendarSource, IngestResult } from '../../src/types.js';
import { window } from './helpers.js';

function identitySource(name: string, bytes?: string): CalendarSource {
  const location = fileURLToPath(new URL(`../../fixtures/identity/${name}`, import.meta.url));
  return {
    name,
    location,
    bytes: bytes === undefined ? new Uint8Array(readFileSync(location)) : new TextEncoder().encode(bytes),
  };
}

const FILES = [
  'outlook-alex.ics',
  'outlook-bea.ics',
  'bea-personal.ics',
  'kalender-nobody.ics',
  'named-calendar.ics',
];

function run(config: Config = defaultConfig('Europe/London'), files = FILES.map((f) => identitySource(f))) {
  return ingestCalendars(files, config, window({ week: '2026-W47' }));
}

function hoursByPerson(r: IngestResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of r.occurrences) if (o.counts) out[o.person] = (out[o.person] ?? 0) + o.hours;
  return out;
}

describe('zero-config identity', () => {
  const r = run();

  it('names each person by the CN of the owner address, never by a generic calendar name', () => {
    expect(Object.fromEntries(r.calendars.map((c) => [c.name, c.person]))).toEqual({
      // Both Outlook files are X-WR-CALNAME:Calendar. alex.synthetic@… is on both of the two events
      // that list anyone (2 of 2 ≥ half), CN "Alex Synthetic" both times.
      'outlook-alex.ics': 'Alex Synthetic',
      // bea.example@… is on both events (written Bea.Example once: addresses compare lower-cased).
      'outlook-bea.ics': 'Bea Example',
      // "Calendar (Outlook)" says nothing; bea.example@… organises both events: the same owner.
      'bea-personal.ics': 'Bea Example',
      // "Kalender" is generic and no event lists anyone: the file name.
      'kalender-nobody.ics': 'kalender-nobody',
      // A calendar name that is not generic, and no addresses: that name.
      'named-calendar.ics': 'Casey Placeholder',
    });
    expect(r.calendars.find((c) => c.name === 'outlook-alex.ics')!.ownerEmails).toEqual([
      'alex.synthetic@trust.example.nhs.uk',
    ]);
  });

  it('adds up each person over their files', () => {
    expect(hoursByPerson(r)).toEqual({
      // 09:00–11:00 (2) + 14:00–15:00 organised (1) + 10:00–10:30 alone (0.5) = 3.5
      'Alex Synthetic': 3.5,
      // Outlook: 09:00–10:00 (1) + 13:00–15:00 (2); personal: 12:00–12:30 (0.5) + 16:00–17:00 (1) = 4.5
      'Bea Example': 4.5,
      // 09:00–10:30
      'kalender-nobody': 1.5,
      // 09:00–09:15
      'Casey Placeholder': 0.25,
    });
  });

  it('says which files it merged into one person', () => {
    const merged = r.findings.filter((f) => f.code === 'ingest.merged-calendars');
    expect(merged).toHaveLength(1);
    expect(merged[0]!.data).toMatchObject({
      person: 'Bea Example',
      email: 'bea.example@trust.example.nhs.uk',
      files: 'bea-personal.ics, outlook-bea.ics',
      count: 2,
    });
    expect(formatFinding(merged[0]!)).toBe(
      '2 calendars (bea-personal.ics, outlook-bea.ics) belong to one owner, bea.example@trust.example.nhs.uk: read as one person, Bea Example.',
    );
  });

  it('init groups the files as the report does, under the same names', () => {
    const people = starterCandidates(r.calendars, r.occurrences).people;
    // In the order the files are read (by name).
    expect(people.map((p) => [p.name, p.calendars, p.emails])).toEqual([
      ['Bea Example', ['bea-personal.ics', 'outlook-bea.ics'], ['bea.example@trust.example.nhs.uk']],
      ['kalender-nobody', ['kalender-nobody.ics'], []],
      ['Casey Placeholder', ['named-calendar.ics'], []],
      ['Alex Synthetic', ['outlook-alex.ics'], ['alex.synthetic@trust.example.nhs.uk']],
    ]);
  });
});

describe('identity with a config, and names that collide', () => {
  it('a configured person is recognised by the owner address of a file the config does not list', () => {
    const config = defaultConfig('Europe/London');
    config.people.push({
      id: 'bea',
      name: 'Dr Bea Example',
      role: '',
      authority: null,
      emails: ['bea.example@trust.example.nhs.uk'],
      calendars: [],
      contractedHours: 37.5,
      covers: [],
      thresholds: { warn: 0.75, critical: 1 },
    });
    const r = run(config);
    expect(r.calendars.filter((c) => c.person === 'bea').map((c) => c.name)).toEqual([
      'bea-personal.ics',
      'outlook-bea.ics',
    ]);
    // Configured people are merged by the config, not by a guess: no finding.
    expect(r.findings.some((f) => f.code === 'ingest.merged-calendars')).toBe(false);
  });

  it('two owners with the same CN stay two people, told apart by address', () => {
    const other = readFileSync(
      fileURLToPath(new URL('../../fixtures/identity/outlook-alex.ics', import.meta.url)),
      'utf8',
    ).replaceAll('alex.synthetic@trust', 'alex.synthetic@elsewhere');
    const r = run(undefined, [identitySource('outlook-alex.ics'), identitySource('alex-2.ics', other)]);
    // Sorted by file name: alex-2.ics comes first and keeps the plain name.
    expect(r.calendars.map((c) => c.person)).toEqual([
      'Alex Synthetic',
      'Alex Synthetic (alex.synthetic@trust.example.nhs.uk)',
    ]);
    expect(r.findings.some((f) => f.code === 'ingest.merged-calendars')).toBe(false);
  });

  it('knows the generic names of the common clients', () => {
    for (const name of [
      'Calendar',
      'Work',
      'Home',
      'Personal',
      'Kalender',
      'Calendrier',
      'Calendar (Outlook)',
    ])
      expect(isGenericCalendarName(name)).toBe(true);
    for (const name of ['Casey Placeholder', 'Board diary']) expect(isGenericCalendarName(name)).toBe(false);
  });
});
