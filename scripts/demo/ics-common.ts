/** What the three export styles share: recurrence rules, attendee replies, timestamps. */
import { compactDate, londonToUtcStamp, type Day } from './calendar-math.js';
import type { CalEvent, Override, Party, PartStat } from './model.js';

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export interface WriteOptions {
  /** When the export was taken (DTSTAMP), as a day; 08:30 UTC that day. */
  exportedOn: Day;
  ownerEmails: string[];
}

export function stamp(day: Day): string {
  return `${compactDate(day)}T083000Z`;
}

/** Outlook spells "3rd Tuesday" with BYSETPOS and always writes INTERVAL and WKST; Google is terser. */
export function rruleText(ev: CalEvent, style: 'outlook' | 'google'): string {
  const rule = ev.rule!;
  const parts = [`FREQ=${rule.freq}`];
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (rule.untilDay !== undefined) {
    parts.push(
      `UNTIL=${style === 'outlook' ? londonToUtcStamp(rule.untilDay, ev.start) : `${compactDate(rule.untilDay)}T235959Z`}`,
    );
  }
  if (style === 'outlook' || rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  const days = rule.byday.map((d) => DAYS[d]!).join(',');
  if (rule.freq === 'MONTHLY') {
    if (style === 'outlook') parts.push(`BYDAY=${days}`, `BYSETPOS=${rule.nth ?? 1}`);
    else parts.push(`BYDAY=${rule.nth ?? 1}${days}`);
  } else {
    parts.push(`BYDAY=${days}`);
  }
  if (style === 'outlook') parts.push('WKST=MO');
  else parts.splice(1, 0, 'WKST=MO');
  return `RRULE:${parts.join(';')}`;
}

export function isOwner(party: Party, owner: string[]): boolean {
  return owner.includes(party.email.toLowerCase());
}

/** The owner's reply in this instance (an override may carry its own). */
export function ownerReply(ev: CalEvent, o: Override | null): PartStat {
  return o?.partstat ?? ev.ownerPartstat;
}

export function isCancelled(ev: CalEvent, o: Override | null): boolean {
  return o?.cancelled ?? ev.cancelled;
}

/** Google and Apple stamp creation; a fixed offset before the event keeps it deterministic. */
export function created(ev: CalEvent): string {
  return `${compactDate(ev.day - 21)}T101500Z`;
}
