/**
 * The generator's own description of a calendar, before it is written in an export style.
 * It is deliberately small (only the recurrence forms the demo uses), so the generator can reason
 * about a person's week while it fills it, without depending on the product's ingest engine.
 */
import { mondayOf, weekday, ymd, dayOf, type Day } from './calendar-math.js';

export type PartStat = 'ACCEPTED' | 'DECLINED' | 'TENTATIVE' | 'NEEDS-ACTION';
export type ExportStyle = 'outlook' | 'google' | 'apple';

export interface Party {
  name: string;
  email: string;
}

export interface Rule {
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  /** Weekdays, 0 = Monday. */
  byday: number[];
  /** MONTHLY only: the nth weekday of the month (1…4, or -1 for the last). */
  nth?: number;
  count?: number;
  /** Last local day an instance may start on (written as UNTIL). */
  untilDay?: Day;
}

export interface Override {
  /** The day of the instance it replaces (the series' time of day is implied). */
  recurDay: Day;
  day: Day;
  start: number;
  dur: number;
  cancelled?: boolean;
  partstat?: PartStat;
}

/** What the event is for; never written to the file, used by tests and the filler. */
export type EventKind = 'system' | 'internal' | 'untaggable' | 'absence' | 'note';

export interface CalEvent {
  uid: string;
  summary: string;
  day: Day;
  /** Minutes after local midnight; ignored for all-day events. */
  start: number;
  /** Minutes; for all-day events, whole days × 1440. */
  dur: number;
  allDay: boolean;
  rule?: Rule;
  exdates: Day[];
  overrides: Override[];
  location: string;
  description: string;
  categories: string[];
  organizer: Party;
  attendees: Party[];
  /** The calendar owner's reply; the owner is also listed as an attendee with this PARTSTAT. */
  ownerPartstat: PartStat;
  transparent: boolean;
  private: boolean;
  cancelled: boolean;
  kind: EventKind;
  system: string | null;
  workstream: string | null;
  sequence: number;
}

export interface Instance {
  recurDay: Day;
  day: Day;
  start: number;
  dur: number;
  counted: boolean;
  override: boolean;
}

function counts(ev: CalEvent, partstat: PartStat, cancelled: boolean): boolean {
  return !cancelled && partstat !== 'DECLINED' && !ev.allDay && !ev.transparent;
}

function monthlyDay(y: number, m: number, wd: number, nth: number): Day | null {
  if (nth > 0) {
    const first = dayOf(y, m, 1);
    const day = first + ((wd - weekday(first) + 7) % 7) + (nth - 1) * 7;
    return ymd(day).m === m ? day : null;
  }
  const last = dayOf(y, m + 1, 0);
  return last - ((weekday(last) - wd + 7) % 7);
}

/** The series' instance days in order, from its start up to (excluding) `toDay`. */
export function ruleDays(ev: CalEvent, toDay: Day): Day[] {
  const rule = ev.rule;
  if (!rule) return [ev.day];
  const out: Day[] = [];
  const limit = rule.untilDay === undefined ? toDay : Math.min(toDay, rule.untilDay + 1);
  const full = (): boolean => rule.count !== undefined && out.length >= rule.count;
  if (rule.freq === 'WEEKLY') {
    const base = mondayOf(ev.day);
    for (let d = ev.day; d < limit && !full(); d++) {
      const weekIndex = (mondayOf(d) - base) / 7;
      if (weekIndex % rule.interval === 0 && rule.byday.includes(weekday(d))) out.push(d);
    }
    return out;
  }
  const start = ymd(ev.day);
  for (let i = 0; !full(); i += rule.interval) {
    const y = start.y + Math.floor((start.m - 1 + i) / 12);
    const m = ((start.m - 1 + i) % 12) + 1;
    if (dayOf(y, m, 1) >= limit) break;
    const day = monthlyDay(y, m, rule.byday[0] ?? 0, rule.nth ?? 1);
    if (day !== null && day >= ev.day && day < limit) out.push(day);
  }
  return out;
}

/** Every instance starting in [fromDay, toDay), with exceptions and overrides applied. */
export function instances(ev: CalEvent, fromDay: Day, toDay: Day): Instance[] {
  const out: Instance[] = [];
  for (const recurDay of ruleDays(ev, toDay + 60)) {
    if (ev.exdates.includes(recurDay)) continue;
    const o = ev.overrides.find((x) => x.recurDay === recurDay);
    const inst: Instance = o
      ? {
          recurDay,
          day: o.day,
          start: o.start,
          dur: o.dur,
          counted: counts(ev, o.partstat ?? ev.ownerPartstat, o.cancelled ?? ev.cancelled),
          override: true,
        }
      : {
          recurDay,
          day: recurDay,
          start: ev.start,
          dur: ev.dur,
          counted: counts(ev, ev.ownerPartstat, ev.cancelled),
          override: false,
        };
    if (inst.day >= fromDay && inst.day < toDay) out.push(inst);
  }
  return out;
}
