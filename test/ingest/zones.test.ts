/**
 * Every form of TZID (SPEC "Time zones", PITFALLS "Time zones"). Offsets used: London GMT +0 / BST +1
 * (BST 29 Mar – 25 Oct 2026); Central Europe CET +1 / CEST +2 (same change dates, at 01:00 UTC);
 * US Eastern EST −5 / EDT −4 (8 Mar – 1 Nov 2026); US Pacific PST −8. All results are shown in London time.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import timezones from 'timezones.json/timezones.json' with { type: 'json' };
import { IANAZone } from 'luxon';
import { displayNameIana } from '../../src/ingest/zones/display-names.js';
import { codes, ingest, rows } from './helpers.js';

const SUMMER_TO_W47 = { from: '2026-07-13', to: '2026-11-22' };

describe('Windows zone names', () => {
  it('GMT Standard Time (plain and quoted) is London, not UTC', () => {
    const r = ingest('tz-windows-gmt.ics', SUMMER_TO_W47);
    // 15 Jul 09:00 BST stays 09:00+01:00 (read as UTC it would wrongly be 10:00+01:00).
    expect(rows(r)).toEqual([
      ['2026-07-15T09:00+01:00', 1],
      ['2026-11-17T09:00+00:00', 1],
      ['2026-11-18T09:00+00:00', 1],
    ]);
    expect(codes(r)).not.toContain('ingest.zone-fallback');
  });

  it('W. Europe Standard Time without a VTIMEZONE maps to Central European time', () => {
    const r = ingest('tz-windows-weurope.ics', SUMMER_TO_W47);
    // 15 Jul 10:00 CEST = 08:00Z = 09:00 BST; 17 Nov 10:00 CET = 09:00Z = 09:00 GMT.
    expect(rows(r)).toEqual([
      ['2026-07-15T09:00+01:00', 1],
      ['2026-11-17T09:00+00:00', 1],
    ]);
    expect(codes(r)).not.toContain('ingest.zone-fallback');
  });
});

describe('an IANA TZID in a file that defines a Windows zone', () => {
  it('uses the IANA zone the event names', () => {
    const r = ingest('tz-iana-in-outlook.ics', SUMMER_TO_W47);
    // 15 Jul 09:00 London = 09:00+01:00; 17 Nov 10:00 Berlin (CET, +1) = 09:00Z.
    expect(rows(r)).toEqual([
      ['2026-07-15T09:00+01:00', 1],
      ['2026-11-17T09:00+00:00', 1],
    ]);
  });
});

describe("the file's own VTIMEZONE", () => {
  const W47 = { week: '2026-W47' };

  it('"Customized Time Zone" defined differently in two files: each file uses its own definition', () => {
    // A = London rules: 17 Nov 09:00 GMT = 09:00Z. B = US Eastern rules: 17 Nov 09:00 EST (after 1 Nov) = 14:00Z.
    for (const files of [
      ['tz-custom-a.ics', 'tz-custom-b.ics'],
      ['tz-custom-b.ics', 'tz-custom-a.ics'],
    ]) {
      const r = ingest(files, W47);
      expect(rows(r.occurrences.filter((o) => o.person === 'Custom A'))).toEqual([
        ['2026-11-17T09:00+00:00', 1],
      ]);
      expect(rows(r.occurrences.filter((o) => o.person === 'Custom B'))).toEqual([
        ['2026-11-17T14:00+00:00', 1],
      ]);
      expect(codes(r)).not.toContain('ingest.zone-fallback');
    }
  });

  it('Outlook display name (escaped commas in the VTIMEZONE, quoted in the event) and a trailing colon', () => {
    const r = ingest('tz-outlook-quirks.ics', W47);
    expect(rows(r)).toEqual([
      // display-winter: 17 Nov 10:00 CET (+1) = 09:00Z.
      ['2026-11-17T09:00+00:00', 1],
      // "Regional Office Time:" is defined only by its VTIMEZONE, fixed +02:00: 18 Nov 09:00 = 07:00Z.
      ['2026-11-18T07:00+00:00', 1],
      // "Pacific Standard Time:" (trailing colon in the definition): 19 Nov 09:00 PST (−8) = 17:00Z.
      ['2026-11-19T17:00+00:00', 1],
    ]);
    expect(codes(r)).not.toContain('ingest.zone-fallback');
  });

  it('VTIMEZONE-only zones keep their summer offset (Outlook 1601 rules: DTSTART 16010101, BYMONTH)', () => {
    const july = { from: '2026-07-13', to: '2026-07-19' };
    const r = ingest(['tz-custom-a.ics', 'tz-custom-b.ics'], july);
    // A: 15 Jul 09:00 BST (+1) = 08:00Z → 09:00+01:00.
    expect(rows(r.occurrences.filter((o) => o.person === 'Custom A'))).toEqual([
      ['2026-07-15T09:00+01:00', 1],
    ]);
    // B: 15 Jul 09:00 EDT (−4) = 13:00Z → 14:00+01:00.
    expect(rows(r.occurrences.filter((o) => o.person === 'Custom B'))).toEqual([
      ['2026-07-15T14:00+01:00', 1],
    ]);
    // Display-name zone: 15 Jul 10:00 CEST (+2) = 08:00Z → 09:00+01:00.
    expect(rows(ingest('tz-outlook-quirks.ics', july))).toEqual([['2026-07-15T09:00+01:00', 1]]);
  });
});

describe('IANA, UTC and floating times', () => {
  it('an IANA TZID with no VTIMEZONE uses the tz database, with each zone changing on its own date', () => {
    const r = ingest('tz-iana.ics', SUMMER_TO_W47);
    expect(rows(r)).toEqual([
      // 15 Jul 09:00Z = 10:00 BST.
      ['2026-07-15T10:00+01:00', 1],
      // 27 Oct 09:00 New York is still EDT (−4, US change 1 Nov) = 13:00Z; London is already GMT.
      ['2026-10-27T13:00+00:00', 1],
      // 17 Nov 09:00 EST (−5) = 14:00Z.
      ['2026-11-17T14:00+00:00', 1],
      ['2026-11-18T09:00+00:00', 1],
      ['2026-11-19T09:00+00:00', 1],
    ]);
    expect(codes(r)).not.toContain('ingest.zone-fallback');
  });

  it('floating times are read in the report zone', () => {
    const london = ingest('tz-floating.ics', SUMMER_TO_W47);
    expect(rows(london)).toEqual([
      ['2026-07-15T09:00+01:00', 1],
      ['2026-11-17T09:00+00:00', 1],
    ]);
    const ny = 'America/New_York';
    const r = ingest('tz-floating.ics', SUMMER_TO_W47, defaultConfig(ny));
    // Read in New York: 09:00 EDT (−4) in July, 09:00 EST (−5) in November.
    expect(rows(r, undefined, ny)).toEqual([
      ['2026-07-15T09:00-04:00', 1],
      ['2026-11-17T09:00-05:00', 1],
    ]);
    expect(r.occurrences.map((o) => o.start)).toEqual([
      Date.UTC(2026, 6, 15, 13),
      Date.UTC(2026, 10, 17, 14),
    ]);
  });
});

describe('an unknown TZID with no VTIMEZONE', () => {
  it("falls back to the file's X-WR-TIMEZONE, with a finding naming the zone", () => {
    const r = ingest('tz-unknown-xwr.ics', { week: '2026-W47' });
    // X-WR-TIMEZONE America/New_York: 17 Nov 09:00 EST = 14:00Z.
    expect(rows(r)).toEqual([['2026-11-17T14:00+00:00', 1]]);
    expect(r.occurrences[0]!.zoneFallback).toBe('Mars/Olympus_Mons');
    const f = r.findings.filter((x) => x.code === 'ingest.zone-fallback');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.file).toBe('tz-unknown-xwr.ics');
    expect(f[0]!.data).toMatchObject({ zone: 'Mars/Olympus_Mons', fallback: 'America/New_York' });
  });

  it('else falls back to the report zone', () => {
    const r = ingest('tz-unknown.ics', SUMMER_TO_W47);
    expect(rows(r)).toEqual([
      ['2026-07-15T09:00+01:00', 1],
      ['2026-11-17T09:00+00:00', 1],
    ]);
    const f = r.findings.filter((x) => x.code === 'ingest.zone-fallback');
    expect(f).toHaveLength(1);
    expect(f[0]!.data).toMatchObject({ zone: 'Mars/Olympus_Mons', fallback: 'Europe/London', count: 2 });
  });
});

describe('Outlook/OWA display names without a city, and prefixed IANA names (issue 9)', () => {
  const r = ingest('tz-owa-display.ics', { week: '2026-W47' });

  it('maps each to its IANA zone, with no fallback', () => {
    expect(rows(r)).toEqual([
      // (UTC-05:00) Eastern Time (US & Canada) → Eastern Standard Time → America/New_York:
      // 09:00 EST (UTC−5) = 14:00 UTC.
      ['2026-11-16T14:00+00:00', 1],
      // /Europe/Stockholm: 09:00 CET (UTC+1) = 08:00 UTC.
      ['2026-11-17T08:00+00:00', 1],
      // /freeassociation.sourceforge.net/Europe/Berlin: 16:00 CET = 15:00 UTC.
      ['2026-11-18T15:00+00:00', 1],
      // /mozilla.org/20050126_1/America/Argentina/Buenos_Aires: 10:00 ART (UTC−3) = 13:00 UTC.
      ['2026-11-19T13:00+00:00', 1],
    ]);
    expect(r.findings.filter((f) => f.code === 'ingest.zone-fallback')).toEqual([]);
  });

  it('takes display names from timezones.json and their zones from CLDR, checked by hand', () => {
    // Spot checks against CLDR windowsZones.xml (territory 001) and the Windows display names.
    expect(displayNameIana('(UTC-05:00) Eastern Time (US & Canada)')).toEqual({
      windows: 'Eastern Standard Time',
      iana: 'America/New_York',
    });
    expect(displayNameIana('(UTC-06:00) Central Time (US & Canada)')).toEqual({
      windows: 'Central Standard Time',
      iana: 'America/Chicago',
    });
    expect(displayNameIana('(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna')).toEqual({
      windows: 'W. Europe Standard Time',
      iana: 'Europe/Berlin',
    });
    expect(displayNameIana('(UTC+10:00) Canberra, Melbourne, Sydney')).toEqual({
      windows: 'AUS Eastern Standard Time',
      iana: 'Australia/Sydney',
    });
    expect(displayNameIana('(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi')?.windows).toBe(
      'India Standard Time',
    );
    // The package also lists names that are no Windows zone ("British Summer Time", "(UTC+01:00)
    // Edinburgh, London"): never used (the city then finds Europe/London). Its GMT entry is.
    expect(displayNameIana('(UTC+01:00) Edinburgh, London')).toBeNull();
    expect(displayNameIana('(UTC) Edinburgh, London')).toEqual({
      windows: 'GMT Standard Time',
      iana: 'Europe/London',
    });
    expect(displayNameIana('(UTC+02:00) Nowhere Special')).toBeNull();
  });

  it('every display name it uses states the standard offset of its CLDR zone, but for zones that changed since', () => {
    // Windows kept these names after the zones' offsets changed (Caracas −04:30 → −04:00 in 2016,
    // Casablanca +00 → +01 in 2018, …); the tz database gives today's rules, so they still resolve.
    const changed = new Set([
      'America/Chihuahua',
      'America/Caracas',
      'America/Asuncion',
      'America/Godthab',
      'Africa/Casablanca',
      'Africa/Windhoek',
      'Asia/Damascus',
      'Asia/Almaty',
      'Asia/Krasnoyarsk',
      'Asia/Magadan',
    ]);
    let checked = 0;
    for (const z of timezones) {
      const found = displayNameIana(z.text);
      if (!found || changed.has(found.iana)) continue;
      const m = /^\(UTC(?:([+-])(\d\d):(\d\d))?\)/.exec(z.text)!;
      const stated = m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
      const zone = IANAZone.create(found.iana);
      // Standard time is the smaller of the January and July offsets, north or south.
      const standard = Math.min(zone.offset(Date.UTC(2026, 0, 15)), zone.offset(Date.UTC(2026, 6, 15)));
      expect([z.text, standard]).toEqual([z.text, stated]);
      checked++;
    }
    expect(checked).toBeGreaterThan(80);
  });
});
