import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { CalendarMerger, ingestCalendars } from '../../src/ingest/ingest.js';
import { readCalendar } from '../../src/ingest/read-calendar.js';
import { source, window, ZONE } from './helpers.js';

describe('CalendarMerger', () => {
  const config = defaultConfig(ZONE);
  const w = window({ from: '2025-06-02', to: '2027-01-03' });
  const names = ['exdate-outlook.ics', 'dst-weekly-outlook.ics', 'exdate-google.ics'];

  it('gives what ingestCalendars gives, calendar by calendar, and the same answer when asked again', () => {
    const whole = ingestCalendars(names.map(source), config, w);
    const merger = new CalendarMerger(config, w);
    // Reading order is by name, as ingestCalendars reads.
    for (const s of names.map(source).sort((a, b) => a.name.localeCompare(b.name)))
      merger.add(s, readCalendar(s, config, w), (piece) => piece);
    const once = merger.done();
    expect(once).toEqual(whole);
    expect(once.occurrences.length).toBeGreaterThan(10);
    // Each calendar's count of occurrences is added to its summary once, however often done is asked.
    const counts = once.calendars.map((c) => c.occurrences);
    expect(merger.done()).toBe(once);
    expect(once.calendars.map((c) => c.occurrences)).toEqual(counts);
    expect(() => merger.add(source(names[0]!), readCalendar(source(names[0]!), config, w), (p) => p)).toThrow(
      /merge that is done/,
    );
  });
});
