import type { RawEvent } from './event.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Whose replies decide "declined": the person's configured addresses; else the calendar name when it
 * is an address (Google exports name the calendar after its owner); else the address present in the
 * most events as organizer or attendee, when it appears in at least half of the events that list anyone.
 */
export function ownerEmails(configured: string[], calendarName: string | null, events: RawEvent[]): string[] {
  if (configured.length > 0) return configured.map((e) => e.toLowerCase());
  const name = calendarName?.trim().toLowerCase() ?? '';
  if (EMAIL.test(name)) return [name];
  const counts = new Map<string, number>();
  let withPeople = 0;
  for (const e of events) {
    const here = new Set<string>();
    if (e.organizer) here.add(e.organizer);
    for (const a of e.attendees) here.add(a.email);
    if (here.size === 0) continue;
    withPeople++;
    for (const address of here) if (EMAIL.test(address)) counts.set(address, (counts.get(address) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [top, second] = ranked;
  if (!top || top[1] * 2 < withPeople || top[1] < 2 || (second && second[1] === top[1])) return [];
  return [top[0]];
}
