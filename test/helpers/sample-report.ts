/** A small hand-built trust for report and renderer tests. */
import type { Analysis } from '../../src/types.js';
import type { TaggedOccurrence } from '../../src/types.js';
import { analysis, at, calendar, config, leave, occ, person, weeksWindow } from './analysis.js';

/**
 * Two weeks, 2026-W46 and 2026-W47 (GMT). In W47:
 * - cmo: Mon–Fri 09:00–16:36 (7.6 h × 5 = 38 h), 22 h "ICS board, \"stroke\"" for lsc and 16 h private for cm
 *   → critical (38 ≥ 37.5);
 * - coo: two days of leave (capacity 22.5) and Mon–Wed 09:00–15:00 on other days … see the test.
 */
export function sampleAnalysis(): Analysis {
  const window = weeksWindow('2026-W46', '2026-W47');
  const cfg = config([person('cmo', { name: 'Dr Jane Example' }), person('coo'), person('cfo')], {
    systems: [
      {
        id: 'lsc',
        name: 'Lancashire and South Cumbria',
        keywords: [],
        domains: [],
        locations: [],
        lead: 'coo',
        internal: false,
      },
      {
        id: 'cm',
        name: 'Cheshire and Merseyside',
        keywords: [],
        domains: [],
        locations: [],
        lead: null,
        internal: false,
      },
    ],
    workstreams: [
      { id: 'uec', name: 'Urgent and emergency care', kind: 'operational', keywords: [], categories: [] },
    ],
  });
  const occurrences: TaggedOccurrence[] = [];
  // W46: cmo 4 h on Monday 9 Nov.
  occurrences.push(
    occ('cmo', '2026-11-09T09:00', '2026-11-09T13:00', { system: 'lsc', workstream: 'uec', uid: 'w46' }),
  );
  for (const d of ['16', '17', '18', '19', '20']) {
    occurrences.push(
      occ('cmo', `2026-11-${d}T09:00`, `2026-11-${d}T13:24`, {
        system: 'lsc',
        workstream: 'uec',
        uid: 'series-board',
        recurring: true,
        title: 'ICS board, "stroke"',
      }),
      occ('cmo', `2026-11-${d}T13:24`, `2026-11-${d}T16:36`, {
        system: 'cm',
        uid: 'series-private',
        recurring: true,
        private: true,
        title: 'Secret merger talks',
      }),
    );
  }
  // coo: leave Thu and Fri; Mon–Wed 09:00–15:00 = 18 h ≥ 0.75 × 22.5 = 16.875 → warn.
  occurrences.push(leave('coo', '2026-11-19'), leave('coo', '2026-11-20'));
  for (const d of ['16', '17', '18']) {
    occurrences.push(
      occ('coo', `2026-11-${d}T09:00`, `2026-11-${d}T15:00`, { system: 'lsc', title: 'Ops cell' }),
    );
  }
  const calendars = [
    calendar('cmo.ics', 'cmo', { firstStart: at('2026-01-05T09:00'), lastEnd: at('2027-01-01T10:00') }),
    calendar('coo.ics', 'coo', { firstStart: at('2026-01-05T09:00'), lastEnd: at('2027-01-01T10:00') }),
  ];
  return analysis(window, occurrences, cfg, calendars);
}
