import path from 'node:path';
import type { Config, Person } from '../config/types.js';
import type { CalendarSource } from '../types.js';

/**
 * Whose calendar a source is: the person whose `calendars` list it (or a folder holding it); else the
 * person one of whose addresses is the calendar's X-WR-CALNAME; else X-WR-CALNAME itself; else the
 * file name without its extension.
 */
export function personFor(
  source: CalendarSource,
  calendarName: string | null,
  config: Config,
): { id: string; person: Person | null } {
  const byCalendar = config.people.find((p) =>
    p.calendars.some(
      (c) => c === source.location || source.location.startsWith(c.endsWith(path.sep) ? c : c + path.sep),
    ),
  );
  if (byCalendar) return { id: byCalendar.id, person: byCalendar };
  const name = calendarName?.trim() ?? '';
  const byEmail = name ? config.people.find((p) => p.emails.includes(name.toLowerCase())) : undefined;
  if (byEmail) return { id: byEmail.id, person: byEmail };
  if (name) return { id: name, person: null };
  const base = path.basename(source.name === '-' ? 'stdin' : source.name.replace(/[?#].*$/, ''));
  return { id: base.replace(/\.(ics|ical|ifb|icalendar|txt)$/i, '') || 'calendar', person: null };
}
