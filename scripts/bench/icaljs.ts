/**
 * The speed reference: what a straightforward script with ical.js does — parse each calendar,
 * expand its events in the window, and sum hours per person-week. It ignores statuses, replies,
 * overrides, zones, splitting at midnight and de-duplication, so its hours are wrong in most
 * person-weeks; it is here only so that the bench can give engage-load's times as a ratio to
 * something run on the same machine at the same moment.
 *
 *   node dist/scripts/bench/icaljs.js --config FILE --from YYYY-MM-DD --to YYYY-MM-DD
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ICAL from 'ical.js';
import YAML from 'yaml';

const { values } = parseArgs({
  options: { config: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
});
if (!values.config || !values.from || !values.to) throw new Error('icaljs needs --config, --from and --to');
const from = Date.parse(`${values.from}T00:00:00Z`);
const to = Date.parse(`${values.to}T00:00:00Z`) + 86_400_000;
const WEEK = 7 * 86_400_000;
const MONDAY = Date.parse('2024-01-01T00:00:00Z');

const config = YAML.parse(readFileSync(values.config, 'utf8')) as {
  people: { id: string; calendars: string[] }[];
};
const base = path.dirname(values.config);
const hours = new Map<string, number>();
let occurrences = 0;
for (const person of config.people) {
  for (const file of person.calendars) {
    const vcalendar = new ICAL.Component(ICAL.parse(readFileSync(path.join(base, file), 'utf8')));
    for (const vevent of vcalendar.getAllSubcomponents('vevent')) {
      const event = new ICAL.Event(vevent);
      const add = (start: ICAL.Time, end: ICAL.Time): void => {
        const s = start.toJSDate().getTime();
        const e = end.toJSDate().getTime();
        if (e <= from || s >= to) return;
        occurrences++;
        const week = `${person.id} ${Math.floor((s - MONDAY) / WEEK)}`;
        hours.set(week, (hours.get(week) ?? 0) + (e - s) / 3_600_000);
      };
      if (!event.isRecurring()) {
        add(event.startDate, event.endDate);
        continue;
      }
      const it = event.iterator();
      for (let next = it.next(); next; next = it.next()) {
        if (next.toJSDate().getTime() >= to) break;
        const details = event.getOccurrenceDetails(next);
        add(details.startDate, details.endDate);
      }
    }
  }
}
process.stdout.write(JSON.stringify({ occurrences, personWeeks: hours.size }) + '\n');
