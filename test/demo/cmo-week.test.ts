import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { minutesOf, readWeek } from './ical-week.js';

const file = join(import.meta.dirname, '../../fixtures/demo/calendars/samuel-okafor-reid.ics');
const owner = ['samuel.okafor-reid@northmoor-ambulance.example.nhs.uk', 's.okafor-reid@nhsmail.example.net'];

// The chief medical officer's 2026-W47 (Mon 16 – Sun 22 Nov 2026), designed by hand (docs/demo.md).
// Mon: 2 + 1.5 + 2 + 1.5 + 1       = 8.0
// Tue: 1 + 3 + 1 + 2 + 1           = 8.0
// Wed: 1 + 2 + 1 + 2 + 1 + 1       = 8.0
// Thu: 1.5 + 2 + 2 + 1             = 6.5
// Fri: 2 + 1 + 1 + 2.5 + 1         = 7.5
// Week: 8 + 8 + 8 + 6.5 + 7.5      = 38.0 scheduled hours
const COUNTED: [string, string, string, string][] = [
  ['2026-11-16', '09:00', '11:00', 'Executive team meeting'],
  ['2026-11-16', '11:30', '13:00', 'Moorside ICS UEC Board'],
  ['2026-11-16', '13:30', '15:30', 'Kestrel Valley ICS Clinical Leadership Group'],
  ['2026-11-16', '16:00', '17:30', 'Harbour Coast ICS stroke pathway review'],
  ['2026-11-16', '17:30', '18:30', 'Northdale ICS frailty programme board'],
  ['2026-11-17', '08:30', '09:30', 'Fellgate and Stonebeck ICS end of life care steering group'],
  ['2026-11-17', '09:30', '12:30', 'Moorside ICS Quality and Performance Committee'],
  ['2026-11-17', '13:00', '14:00', '1:1 Rachel / Samuel'],
  ['2026-11-17', '14:00', '16:00', 'Eastmere ICS mental health crisis care partnership'],
  ['2026-11-17', '16:00', '17:00', 'Brackenridge and Oldfield ICS 111/CAS clinical governance'],
  ['2026-11-18', '09:00', '10:00', "Clinical directors' meeting"],
  ['2026-11-18', '10:00', '12:00', 'Stroke network – Moorside ICS'],
  ['2026-11-18', '11:00', '12:00', 'Saltmarsh ICS digital clinical safety review'],
  ['2026-11-18', '13:00', '15:00', 'Kestrel Valley ICS UEC Delivery Board'],
  ['2026-11-18', '15:30', '16:30', 'Highcross ICS frailty and falls programme'],
  ['2026-11-18', '18:00', '19:00', 'Stroke network (evening session) – Eastmere ICS'],
  ['2026-11-19', '09:00', '10:30', 'Fellgate and Stonebeck ICS mental health board'],
  ['2026-11-19', '11:00', '13:00', 'Trust Board (public session)'],
  ['2026-11-19', '14:00', '16:00', 'Westfold ICS UEC Board'],
  ['2026-11-19', '16:00', '17:00', 'Harbour Coast ICS end of life care group'],
  ['2026-11-20', '09:00', '11:00', 'Northdale ICS Clinical Senate'],
  ['2026-11-20', '11:00', '12:00', 'Moorside ICS digital: shared care record'],
  ['2026-11-20', '12:30', '13:30', "Regional medical directors' forum"],
  ['2026-11-20', '14:00', '16:30', 'Brackenridge and Oldfield ICS UEC winter planning'],
  ['2026-11-20', '16:30', '17:30', 'Kestrel Valley ICS mental health liaison'],
];

describe("the CMO's hand-designed week 2026-W47", () => {
  const week = readWeek(readFileSync(file, 'utf8'), owner, '2026-11-16', '2026-11-22');

  it('has exactly the hand-listed counted meetings', () => {
    const counted = week.filter((i) => i.status === 'counted').map((i) => [i.date, i.start, i.end, i.title]);
    expect(counted).toEqual([...COUNTED].sort((a, b) => (a.join() < b.join() ? -1 : 1)));
  });

  it('sums to 38.0 scheduled hours, with no tentative meeting to make the figure depend on policy', () => {
    const minutes = week.filter((i) => i.status === 'counted').reduce((s, i) => s + minutesOf(i), 0);
    expect(minutes / 60).toBe(38);
    expect(week.filter((i) => i.status === 'tentative')).toEqual([]);
  });

  it('excludes the cancelled, declined, free and all-day entries of that week', () => {
    const excluded = week.filter((i) => i.status !== 'counted').map((i) => `${i.status}: ${i.title}`);
    expect(excluded.sort()).toEqual(
      [
        'all-day: Reminder: winter plan submissions due',
        'cancelled: Cancelled: Medicines optimisation group',
        'declined: Saltmarsh ICS system resilience call (UEC)',
        'free: Hold: travel to Northdale',
      ].sort(),
    );
  });

  it('keeps the EXDATE: no Harbour Coast huddle on Tuesday 17 November', () => {
    expect(week.some((i) => i.title.startsWith('Harbour Coast ICS UEC clinical huddle'))).toBe(false);
  });

  it('moves the mental health board instead of adding to it (one instance, at 09:00)', () => {
    const board = week.filter((i) => i.title === 'Fellgate and Stonebeck ICS mental health board');
    expect(board.map((i) => `${i.date} ${i.start}`)).toEqual(['2026-11-19 09:00']);
  });
});

describe('across the end of summer time (Sun 25 Oct 2026)', () => {
  it('keeps the weekly executive team meeting at 09:00 London time: 08:00Z before, 09:00Z after', () => {
    const root = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    const zone = new ICAL.Timezone(root.getFirstSubcomponent('vtimezone')!);
    const master = root
      .getAllSubcomponents('vevent')
      .find(
        (c) =>
          c.getFirstPropertyValue('summary') === 'Executive team meeting' && !c.hasProperty('recurrence-id'),
      )!;
    const ev = new ICAL.Event(master, { exceptions: [] });
    const utc: string[] = [];
    const iter = ev.iterator();
    for (let t = iter.next(); t && utc.length < 2; t = iter.next()) {
      if (t.year === 2026 && t.month === 10 && (t.day === 19 || t.day === 26)) {
        const local = t.clone();
        local.zone = zone;
        utc.push(local.convertToZone(ICAL.Timezone.utcTimezone).toString());
      }
    }
    expect(utc).toEqual(['2026-10-19T08:00:00Z', '2026-10-26T09:00:00Z']);
  });
});
