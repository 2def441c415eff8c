/**
 * A small reading of one calendar's week with ical.js, independent of the generator's own model and of
 * the product's ingest engine. Wall-clock times are enough here: the weeks checked have no DST change.
 */
import ICAL from 'ical.js';

export interface WeekItem {
  date: string;
  start: string;
  end: string;
  title: string;
  status: 'counted' | 'tentative' | 'declined' | 'cancelled' | 'free' | 'all-day';
}

const two = (n: number): string => String(n).padStart(2, '0');
const dateOf = (t: ICAL.Time): string => `${t.year}-${two(t.month)}-${two(t.day)}`;
const timeOf = (t: ICAL.Time): string => `${two(t.hour)}:${two(t.minute)}`;

function statusOf(ev: ICAL.Event, start: ICAL.Time, owner: string[]): WeekItem['status'] {
  const comp = ev.component;
  if (comp.getFirstPropertyValue('status') === 'CANCELLED') return 'cancelled';
  const mine = comp.getAllProperties('attendee').find((p) =>
    owner.includes(
      String(p.getFirstValue())
        .replace(/^mailto:/i, '')
        .toLowerCase(),
    ),
  );
  const partstat = mine ? String(mine.getParameter('partstat') ?? '') : '';
  if (partstat === 'DECLINED') return 'declined';
  if (start.isDate) return 'all-day';
  if (comp.getFirstPropertyValue('transp') === 'TRANSPARENT') return 'free';
  if (comp.getFirstPropertyValue('x-microsoft-cdo-busystatus') === 'FREE') return 'free';
  return partstat === 'TENTATIVE' ? 'tentative' : 'counted';
}

/** Every occurrence whose wall-clock start date is in [from, to] (YYYY-MM-DD, inclusive), sorted. */
export function readWeek(text: string, owner: string[], from: string, to: string): WeekItem[] {
  const root = new ICAL.Component(ICAL.parse(text));
  const vevents = root.getAllSubcomponents('vevent');
  const masters = new Map<string, ICAL.Event>();
  // Without `exceptions`, ical.js relates every RECURRENCE-ID in the file to each new Event, whatever its
  // UID, so another series' override at the same time would replace this series' instance.
  for (const c of vevents) {
    if (!c.hasProperty('recurrence-id'))
      masters.set(String(c.getFirstPropertyValue('uid')), new ICAL.Event(c, { exceptions: [] }));
  }
  for (const c of vevents) {
    if (c.hasProperty('recurrence-id'))
      masters.get(String(c.getFirstPropertyValue('uid')))?.relateException(c);
  }
  const out: WeekItem[] = [];
  const push = (item: ICAL.Event, start: ICAL.Time, end: ICAL.Time): void => {
    const date = dateOf(start);
    if (date < from || date > to) return;
    out.push({
      date,
      start: timeOf(start),
      end: timeOf(end),
      title: item.summary,
      status: statusOf(item, start, owner),
    });
  };
  for (const ev of masters.values()) {
    if (!ev.isRecurring()) {
      push(ev, ev.startDate, ev.endDate);
      continue;
    }
    const it = ev.iterator();
    for (let t = it.next(); t; t = it.next()) {
      const details = ev.getOccurrenceDetails(t);
      if (dateOf(t) > to && dateOf(details.startDate) > to) break;
      push(details.item, details.startDate, details.endDate);
    }
  }
  return out.sort((a, b) => (a.date + a.start + a.title < b.date + b.start + b.title ? -1 : 1));
}

export const minutesOf = (i: WeekItem): number => {
  const [sh, sm] = i.start.split(':').map(Number);
  const [eh, em] = i.end.split(':').map(Number);
  return eh! * 60 + em! - (sh! * 60 + sm!);
};
