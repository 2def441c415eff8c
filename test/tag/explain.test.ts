import { describe, expect, it } from 'vitest';
import { explainOccurrences, untaggedTitles } from '../../src/tag/explain.js';
import { explainText, untaggedText } from '../../src/tag/explain-text.js';
import { tagOccurrences } from '../../src/tag/index.js';
import type { Occurrence } from '../../src/types.js';
import { configFrom, MONDAY_9, occurrence } from './factory.js';

const HOUR = 3_600_000;
const config = configFrom(`
systems:
  - id: north
    keywords: [North ICS]
workstreams:
  - id: uec
    keywords: [UEC]
`);
const tagged = (list: Partial<Occurrence>[]) => tagOccurrences(list.map(occurrence), config);

describe('explainOccurrences', () => {
  const rows = tagged([
    { person: 'coo', uid: 'b', start: MONDAY_9, title: 'North ICS UEC board' },
    { person: 'cmo', uid: 'z', start: MONDAY_9 + HOUR, title: 'Secret North ICS', private: true },
    {
      person: 'cmo',
      uid: 'a',
      start: MONDAY_9 + HOUR,
      title: 'Budget',
      status: 'declined',
      counts: false,
      statusReason: 'declined by cmo@t.nhs.uk',
    },
    { person: 'cmo', uid: 'c', start: MONDAY_9, title: 'Team huddle' },
  ]);

  it('sorts by person, start, uid and shows times in the report zone', () => {
    const out = explainOccurrences(rows, { zone: 'Europe/London', redact: false });
    expect(out.map((r) => [r.person, r.uid])).toEqual([
      ['cmo', 'c'],
      ['cmo', 'a'], // same start as z: uid a before z
      ['cmo', 'z'],
      ['coo', 'b'],
    ]);
    // 2026-11-16 09:00 UTC is 09:00 GMT in London.
    expect(out[0]!.start).toBe('2026-11-16T09:00:00+00:00');
    expect(out[1]).toMatchObject({
      status: 'declined',
      counts: false,
      statusReason: 'declined by cmo@t.nhs.uk',
    });
  });

  it('never shows a private title, and --redact hides every title and matched title text', () => {
    const plain = explainOccurrences(rows, { zone: 'UTC', redact: false });
    expect(plain.find((r) => r.uid === 'z')).toMatchObject({
      title: '(private)',
      system: 'north',
      systemReason: { rule: 'systems.north.keywords', field: 'summary', text: '(private)' },
    });
    expect(JSON.stringify(plain)).not.toContain('Secret');
    const redacted = explainOccurrences(rows, { zone: 'UTC', redact: true });
    expect(redacted.map((r) => r.title)).toEqual(['(redacted)', '(redacted)', '(private)', '(redacted)']);
    expect(redacted.find((r) => r.uid === 'b')!.systemReason).toEqual({
      rule: 'systems.north.keywords',
      field: 'summary',
      text: '(redacted)',
    });
    const text = explainText(redacted);
    for (const word of ['North ICS', 'UEC board', 'Budget', 'huddle', 'Secret'])
      expect(text).not.toContain(word);
  });

  it('filters by UID and person', () => {
    expect(explainOccurrences(rows, { zone: 'UTC', redact: false, uid: 'b' }).map((r) => r.person)).toEqual([
      'coo',
    ]);
    expect(explainOccurrences(rows, { zone: 'UTC', redact: false, person: 'coo' }).map((r) => r.uid)).toEqual(
      ['b'],
    );
  });

  it('states the reason, or that no rule matched, for every occurrence', () => {
    const text = explainText(explainOccurrences(rows, { zone: 'UTC', redact: false }));
    expect(text).toContain(
      'coo  Mon 2026-11-16 09:00–10:00  1 h  counted\n  title       North ICS UEC board',
    );
    expect(text).toContain('  system      north: systems.north.keywords matched "North ICS" in summary');
    expect(text).toContain('  workstream  uec: workstreams.uec.keywords matched "UEC" in summary');
    expect(text).toContain('declined (declined by cmo@t.nhs.uk), not counted');
    expect(text).toContain('  system      unassigned: no system rule matched');
    expect(text).toContain('  workstream  none: no workstream rule matched');
  });

  it('shows an all-day event by its date', () => {
    const [allDay] = tagged([
      {
        status: 'all-day',
        counts: false,
        statusReason: 'all-day event',
        start: Date.UTC(2026, 10, 17),
        end: Date.UTC(2026, 10, 18),
        title: 'Leave',
      },
    ]);
    const text = explainText(explainOccurrences([allDay!], { zone: 'Europe/London', redact: false }));
    // 2026-11-17 00:00 UTC is midnight in London (GMT): Tuesday 17 November.
    expect(text.split('\n')[0]).toBe(
      'cmo  Tue 2026-11-17 all day  24 h  all-day (all-day event), not counted',
    );
  });
});

describe('untaggedTitles', () => {
  it('groups counted unassigned hours by shown title, most hours first', () => {
    const summary = untaggedTitles(
      tagged([
        { uid: 'h1', title: 'Team huddle', start: MONDAY_9, end: MONDAY_9 + HOUR / 2 },
        {
          uid: 'h1',
          title: 'Team huddle',
          start: MONDAY_9 + 24 * HOUR,
          end: MONDAY_9 + 24 * HOUR + HOUR / 2,
        },
        { uid: 'b1', title: 'Budget', start: MONDAY_9, end: MONDAY_9 + 2 * HOUR },
        // A meeting across midnight, split into two pieces: one occurrence, 1 h + 1 h.
        {
          uid: 'n1',
          title: 'Night exercise',
          start: MONDAY_9 + 14 * HOUR,
          end: MONDAY_9 + 15 * HOUR,
          occurrenceStart: MONDAY_9 + 14 * HOUR,
        },
        {
          uid: 'n1',
          title: 'Night exercise',
          start: MONDAY_9 + 15 * HOUR,
          end: MONDAY_9 + 16 * HOUR,
          occurrenceStart: MONDAY_9 + 14 * HOUR,
        },
        { uid: 'p1', title: 'Secret one', private: true },
        { uid: 'p2', title: 'Secret two', private: true, start: MONDAY_9 + 3 * HOUR },
        { uid: 't1', title: 'North ICS board', end: MONDAY_9 + 3 * HOUR }, // tagged: not listed, but counted
        { uid: 'x1', title: 'Declined thing', status: 'declined', counts: false }, // not counted
      ]),
      false,
    );
    // Budget 2 h ×1; Night exercise 1+1 = 2 h ×1; (private) 1+1 = 2 h ×2; Team huddle 0.5+0.5 = 1 h ×2.
    // Ties on 2 h: more occurrences first ((private) ×2), then by title (Budget < Night exercise).
    expect(summary.titles).toEqual([
      { title: '(private)', count: 2, hours: 2 },
      { title: 'Budget', count: 1, hours: 2 },
      { title: 'Night exercise', count: 1, hours: 2 },
      { title: 'Team huddle', count: 2, hours: 1 },
    ]);
    // Unassigned 2+2+2+1 = 7 h; counted 7 + 3 (North ICS board) = 10 h.
    expect(summary.unassignedHours).toBe(7);
    expect(summary.countedHours).toBe(10);
    expect(untaggedText(summary)).toBe(
      [
        '7 h of 10 h counted are unassigned (70.0%), under 4 titles.',
        '',
        '   hours  count  title',
        '    2.00      2  (private)',
        '    2.00      1  Budget',
        '    2.00      1  Night exercise',
        '    1.00      2  Team huddle',
        '',
      ].join('\n'),
    );
  });
});
