import { describe, expect, it } from 'vitest';
import { measurePersonWeeks, personTotals } from '../../src/measure/index.js';
import type { PersonWeek } from '../../src/types.js';
import { analysis, calendar, config, leave, occ, person, weeksWindow } from '../helpers/analysis.js';

// 2026-W47 is Monday 16 – Sunday 22 November 2026; London is on GMT then, so local = UTC.
const W47 = weeksWindow('2026-W47');

function only(weeks: PersonWeek[], id: string, week = '2026-W47'): PersonWeek {
  const found = weeks.find((w) => w.person === id && w.week === week);
  if (!found) throw new Error(`no person-week ${id} ${week}`);
  return found;
}

describe('measurePersonWeeks: hours', () => {
  it('sums scheduled, takes the union for occupied and the difference as conflict', () => {
    const weeks = measurePersonWeeks(
      analysis(W47, [
        occ('cmo', '2026-11-16T09:00', '2026-11-16T11:00'), // 2 h
        occ('cmo', '2026-11-16T10:00', '2026-11-16T12:00'), // 2 h, overlaps 10–11
        occ('cmo', '2026-11-17T14:00', '2026-11-17T15:30'), // 1.5 h
      ]),
    );
    const w = only(weeks, 'cmo');
    // scheduled 2 + 2 + 1.5 = 5.5; union 09–12 (3 h) + 14–15:30 (1.5 h) = 4.5; conflict 5.5 − 4.5 = 1
    expect(w.scheduled).toBe(5.5);
    expect(w.occupied).toBe(4.5);
    expect(w.conflict).toBe(1);
  });

  it('keeps tentative hours in scheduled and reports excluded hours by status', () => {
    const weeks = measurePersonWeeks(
      analysis(W47, [
        occ('cmo', '2026-11-16T09:00', '2026-11-16T10:00', { status: 'tentative', response: 'tentative' }),
        occ('cmo', '2026-11-16T10:00', '2026-11-16T11:30', { status: 'declined', counts: false }),
        occ('cmo', '2026-11-16T12:00', '2026-11-16T12:30', { status: 'cancelled', counts: false }),
        occ('cmo', '2026-11-16T13:00', '2026-11-16T14:00', { status: 'free', counts: false }),
        occ('cmo', '2026-11-16T15:00', '2026-11-16T17:00'),
      ]),
    );
    const w = only(weeks, 'cmo');
    // counted: 1 (tentative) + 2 = 3; excluded: declined 1.5, cancelled 0.5, free 1
    expect(w.scheduled).toBe(3);
    expect(w.tentative).toBe(1);
    expect(w.excluded).toEqual({ cancelled: 0.5, declined: 1.5, free: 1 });
  });

  it('splits a meeting crossing 18:00 into in-hours and out-of-hours, and counts weekend time apart', () => {
    const weeks = measurePersonWeeks(
      analysis(W47, [
        occ('cmo', '2026-11-18T17:00', '2026-11-18T19:30'), // 1.5 h after 18:00
        occ('cmo', '2026-11-19T07:00', '2026-11-19T08:30'), // 1 h before 08:00
        occ('cmo', '2026-11-21T10:00', '2026-11-21T12:00'), // Saturday: 2 h weekend
      ]),
    );
    const w = only(weeks, 'cmo');
    expect(w.outOfHours).toBe(2.5); // 1.5 + 1
    expect(w.weekend).toBe(2);
    expect(w.scheduled).toBe(6); // 2.5 + 1.5 + 2
  });

  it('reads working hours in local time during British Summer Time', () => {
    // 2026-W27: 29 June – 5 July, BST (UTC+1). 17:00–19:00 local is 1 h after 18:00 local.
    const weeks = measurePersonWeeks(
      analysis(weeksWindow('2026-W27'), [occ('cmo', '2026-06-30T17:00', '2026-06-30T19:00')]),
    );
    expect(only(weeks, 'cmo', '2026-W27').outOfHours).toBe(1);
  });

  it('joins meetings less than five minutes apart into one back-to-back run', () => {
    const weeks = measurePersonWeeks(
      analysis(W47, [
        occ('cmo', '2026-11-16T09:00', '2026-11-16T10:00'),
        occ('cmo', '2026-11-16T10:04', '2026-11-16T11:00'), // 4-minute gap: joins
        occ('cmo', '2026-11-16T11:00', '2026-11-16T12:00'), // touching: joins → run 09:00–12:00 = 3 h
        occ('cmo', '2026-11-16T12:05', '2026-11-16T16:00'), // 5-minute gap: a new run of 3h55 = 3.9167 h
        occ('cmo', '2026-11-17T09:00', '2026-11-17T10:00'),
      ]),
    );
    // longest: 12:05–16:00 = 235 min = 3.91666… h → 3.9167
    expect(only(weeks, 'cmo').longestRun).toBe(3.9167);
  });

  it('counts distinct systems, leaving out unassigned, and totals by system and workstream', () => {
    const weeks = measurePersonWeeks(
      analysis(W47, [
        occ('cmo', '2026-11-16T09:00', '2026-11-16T11:00', { system: 'lsc', workstream: 'uec' }),
        occ('cmo', '2026-11-16T13:00', '2026-11-16T14:00', { system: 'cm', workstream: 'uec' }),
        occ('cmo', '2026-11-17T09:00', '2026-11-17T10:00', { system: 'lsc', workstream: null }),
        occ('cmo', '2026-11-17T11:00', '2026-11-17T11:30'),
      ]),
    );
    const w = only(weeks, 'cmo');
    expect(w.systemCount).toBe(2);
    expect(w.bySystem).toEqual({ cm: 1, lsc: 3, unassigned: 0.5 });
    expect(w.byWorkstream).toEqual({ uec: 3, unassigned: 1.5 });
    const totals = personTotals(weeks);
    // total 4.5 h: lsc 3/4.5 = 0.6667, cm 1/4.5 = 0.2222, unassigned 0.5/4.5 = 0.1111 (listed last)
    expect(totals.bySystem).toEqual([
      { person: 'cmo', system: 'lsc', hours: 3, share: 0.6667 },
      { person: 'cmo', system: 'cm', hours: 1, share: 0.2222 },
      { person: 'cmo', system: 'unassigned', hours: 0.5, share: 0.1111 },
    ]);
  });
});

describe('measurePersonWeeks: capacity, thresholds and level', () => {
  it('takes a fifth of contracted hours off for each working day of leave', () => {
    const weeks = measurePersonWeeks(
      analysis(
        W47,
        [leave('cmo', '2026-11-16'), leave('cmo', '2026-11-17'), leave('cmo', '2026-11-21')], // Saturday leave costs nothing
        config([person('cmo')]),
      ),
    );
    const w = only(weeks, 'cmo');
    // 37.5 − 2 × 7.5 = 22.5; warn at 0.75 × 22.5 = 16.875; critical at 22.5
    expect(w.absenceDays).toBe(2);
    expect(w.capacity).toBe(22.5);
    expect(w.warnAt).toBe(16.875);
    expect(w.criticalAt).toBe(22.5);
  });

  it('is critical at or above 100% of capacity and warn at or above 75%', () => {
    // cmo: 5 days × 7.5 h = 37.5 h = capacity → critical. coo: 5 × 6 h = 30 h ≥ 28.125 (0.75 × 37.5) → warn.
    const days = ['16', '17', '18', '19', '20'];
    const occurrences = [
      ...days.map((d) => occ('cmo', `2026-11-${d}T09:00`, `2026-11-${d}T16:30`)),
      ...days.map((d) => occ('coo', `2026-11-${d}T09:00`, `2026-11-${d}T15:00`)),
      occ('cfo', '2026-11-16T09:00', '2026-11-16T10:00'),
    ];
    const weeks = measurePersonWeeks(
      analysis(W47, occurrences, config([person('cmo'), person('coo'), person('cfo')])),
    );
    expect(only(weeks, 'cmo').level).toBe('critical');
    expect(only(weeks, 'coo').level).toBe('warn');
    expect(only(weeks, 'cfo').level).toBe('ok');
  });

  it('uses absolute hours when set, and per-person thresholds over the global ones', () => {
    const cfg = config([
      person('cmo', {}, { warnHours: 10, criticalHours: 20 }),
      person('coo', {}, { critical: 1.1 }),
    ]);
    const weeks = measurePersonWeeks(
      analysis(
        W47,
        [
          occ('cmo', '2026-11-16T08:00', '2026-11-16T18:00'),
          occ('coo', '2026-11-16T08:00', '2026-11-16T18:00'),
        ],
        cfg,
      ),
    );
    expect(only(weeks, 'cmo')).toMatchObject({ scheduled: 10, warnAt: 10, criticalAt: 20, level: 'warn' });
    // coo: critical at 1.1 × 37.5 = 41.25; warn at 28.125; 10 h is ok
    expect(only(weeks, 'coo')).toMatchObject({ warnAt: 28.125, criticalAt: 41.25, level: 'ok' });
  });

  it('uses the contracted hours of the person', () => {
    const weeks = measurePersonWeeks(
      analysis(W47, [leave('cmo', '2026-11-20')], config([person('cmo', { contractedHours: 30 })])),
    );
    // 30 − 30/5 = 24
    expect(only(weeks, 'cmo').capacity).toBe(24);
  });

  it('gives a partly covered week the capacity of its working days in the window', () => {
    const window = { ...W47, start: W47.start + 2 * 86_400_000, from: '2026-11-18' }; // Wednesday–Sunday
    const weeks = measurePersonWeeks(analysis(window, [], config([person('cmo')])));
    // Wed, Thu, Fri: 3 × 7.5 = 22.5
    expect(only(weeks, 'cmo').capacity).toBe(22.5);
  });
});

describe('measurePersonWeeks: people, weeks and baseline', () => {
  it('measures config people with no data and calendar people not in the config, every week', () => {
    const window = weeksWindow('2026-W46', '2026-W47');
    const weeks = measurePersonWeeks(
      analysis(window, [occ('guest', '2026-11-16T09:00', '2026-11-16T10:00')], config([person('cmo')]), [
        calendar('other.ics', 'other'),
      ]),
    );
    expect(weeks.map((w) => `${w.person} ${w.week}`)).toEqual([
      'cmo 2026-W46',
      'cmo 2026-W47',
      'guest 2026-W46',
      'guest 2026-W47',
      'other 2026-W46',
      'other 2026-W47',
    ]);
    expect(only(weeks, 'cmo')).toMatchObject({ scheduled: 0, capacity: 37.5, level: 'ok', baseline: null });
  });

  it('averages the previous weeks with data as the baseline, up to twelve', () => {
    const window = weeksWindow('2026-W30', '2026-W45'); // 16 weeks, Mondays 20 July … 2 November
    const occurrences = [];
    // Weeks W30…W43 (14 weeks) have i hours on their Monday, i = 1…14; W44 has no data; W45 has 40 h.
    for (let i = 1; i <= 14; i++) {
      const monday = new Date(Date.UTC(2026, 6, 20 + 7 * (i - 1)));
      const day = monday.toISOString().slice(0, 10);
      occurrences.push(occ('cmo', `${day}T08:00`, `${day}T${String(8 + i).padStart(2, '0')}:00`));
    }
    for (const d of ['02', '03', '04', '05'])
      occurrences.push(occ('cmo', `2026-11-${d}T08:00`, `2026-11-${d}T18:00`));
    const weeks = measurePersonWeeks(analysis(window, occurrences));
    expect(only(weeks, 'cmo', '2026-W30').baseline).toBeNull();
    expect(only(weeks, 'cmo', '2026-W31').baseline).toBe(1);
    expect(only(weeks, 'cmo', '2026-W32').baseline).toBe(1.5); // (1 + 2) / 2
    // W45: the 12 most recent weeks with data are W32…W43 = hours 3…14: (3 + 14) × 12 / 2 / 12 = 8.5;
    // the empty W44 is skipped.
    expect(only(weeks, 'cmo', '2026-W45').baseline).toBe(8.5);
    expect(only(weeks, 'cmo', '2026-W45').scheduled).toBe(40);
  });
  it('takes the baseline of the first weeks from the history read before the window', () => {
    const window = weeksWindow('2026-W47'); // Mon 16 Nov … Sun 22 Nov 2026
    // History: W45 (Mon 2 Nov) 4 h counted + 2 h declined; W46 (Mon 9 Nov) 6 h; W44 nothing.
    const history = [
      occ('cmo', '2026-11-02T09:00', '2026-11-02T13:00'),
      occ('cmo', '2026-11-03T09:00', '2026-11-03T11:00', { status: 'declined', counts: false }),
      occ('cmo', '2026-11-09T09:00', '2026-11-09T15:00'),
    ];
    const base = analysis(window, [occ('cmo', '2026-11-16T09:00', '2026-11-16T19:00')]);
    const weeks = measurePersonWeeks({ ...base, history });
    // Weeks with data before W47: W45 = 4 h (the declined 2 h do not count), W46 = 6 h → (4 + 6) / 2 = 5.
    expect(only(weeks, 'cmo', '2026-W47').baseline).toBe(5);
    expect(only(weeks, 'cmo', '2026-W47').scheduled).toBe(10);
  });
});
