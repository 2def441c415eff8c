/** Puts a trust's calendars together: hand-designed and generated series, absences, then the fill. */
import { mondayOf, type Day } from './calendar-math.js';
import { addAbsences, bankHolidays, leaveDays } from './absences.js';
import type { DemoPerson, Trust } from './cast.js';
import { addCmoPlan } from './cmo-week.js';
import { cloneEvent } from './events.js';
import { fillWeeks } from './fill.js';
import { ruleDays, type CalEvent } from './model.js';
import type { PlanContext } from './plan-types.js';
import type { Rng } from './prng.js';
import { addSeries } from './series.js';

export interface PersonCalendar {
  person: DemoPerson;
  events: CalEvent[];
}

/** An attendee on leave declines those instances; the series itself is the organiser's to change. */
function declineOnLeave(ev: CalEvent, p: DemoPerson, leave: Day[], endDay: Day): void {
  if (!ev.rule || leave.length === 0 || p.emails.includes(ev.organizer.email)) return;
  for (const d of ruleDays(ev, endDay)) {
    if (!leave.includes(d) || ev.exdates.includes(d)) continue;
    const existing = ev.overrides.find((o) => o.recurDay === d);
    if (existing) existing.partstat = 'DECLINED';
    else ev.overrides.push({ recurDay: d, day: d, start: ev.start, dur: ev.dur, partstat: 'DECLINED' });
  }
}

export function planTrust(trust: Trust, rng: Rng, firstDay: Day, weeks: number): PersonCalendar[] {
  const ctx: PlanContext = {
    trust,
    rng,
    firstDay: mondayOf(firstDay),
    endDay: mondayOf(firstDay) + weeks * 7,
    shared: [],
    person: (id) => trust.people.find((p) => p.id === id),
    system: (id) => {
      const sys = trust.systems.find((s) => s.id === id);
      if (!sys) throw new Error(`unknown system ${id}`);
      return sys;
    },
  };
  addCmoPlan(ctx);
  addSeries(ctx);
  const leave = leaveDays(ctx);
  addAbsences(ctx, leave);
  const holidays = bankHolidays(ctx.firstDay, ctx.endDay).map((h) => h.day);
  return trust.people.map((person) => {
    const mine = leave.get(person.id) ?? [];
    const events: CalEvent[] = [];
    for (const { event, holders } of ctx.shared) {
      const holder = holders.find((h) => h.id === person.id);
      if (!holder) continue;
      const copy = cloneEvent(event);
      copy.ownerPartstat = holder.partstat;
      declineOnLeave(copy, person, mine, ctx.endDay);
      events.push(copy);
    }
    fillWeeks(ctx, person, events, [...mine, ...holidays]);
    events.sort(
      (a, b) =>
        a.day - b.day ||
        a.start - b.start ||
        (a.summary < b.summary ? -1 : a.summary > b.summary ? 1 : a.uid < b.uid ? -1 : 1),
    );
    return { person, events };
  });
}
