/**
 * Bank holidays and annual leave: all-day events that reduce capacity. Meetings that fall on them are
 * cancelled by their organiser (an EXDATE for everyone) or declined by an attendee on leave.
 */
import { dayFromIso, dayOf, mondayOf, weekday, ymd, type Day } from './calendar-math.js';
import { makeEvent, newUid, partyOf } from './events.js';
import { ruleDays, type CalEvent } from './model.js';
import type { PlanContext } from './plan-types.js';
import { ABSENCE_TITLES } from './titles.js';

/** Christmas Day, Boxing Day and New Year's Day with their weekday substitutes (England). */
export function bankHolidays(from: Day, to: Day): { day: Day; name: string }[] {
  const out: { day: Day; name: string }[] = [];
  for (let y = ymd(from).y; y <= ymd(to).y + 1; y++) {
    const ny = dayOf(y, 1, 1);
    out.push({ day: ny + (weekday(ny) === 5 ? 2 : weekday(ny) === 6 ? 1 : 0), name: "New Year's Day" });
    const xmas = dayOf(y, 12, 25);
    const wx = weekday(xmas);
    // Christmas on a Saturday or Sunday is observed on Tuesday 27th (Boxing Day takes the Monday); on a
    // Friday, Boxing Day moves to Monday 28th.
    const xDay = wx === 5 || wx === 6 ? xmas + 2 : xmas;
    const boxing = xmas + 1;
    const wb = weekday(boxing);
    const bDay = wx === 5 ? xmas + 3 : wb === 5 ? boxing + 2 : wb === 6 ? boxing + 1 : boxing;
    out.push({ day: xDay, name: xDay === xmas ? 'Christmas Day' : 'Christmas Day (substitute day)' });
    out.push({ day: bDay, name: bDay === boxing ? 'Boxing Day' : 'Boxing Day (substitute day)' });
  }
  return out.filter((h) => h.day >= from && h.day < to).sort((a, b) => a.day - b.day);
}

const HEAVY_WEEK_MONDAY = dayFromIso('2026-11-16');

/** Leave days per person: the chief medical officer's are fixed; the rest are drawn. */
export function leaveDays(ctx: PlanContext): Map<string, Day[]> {
  const out = new Map<string, Day[]>();
  const weeks = Math.round((ctx.endDay - ctx.firstDay) / 7);
  for (const p of ctx.trust.people) {
    const days: Day[] = [];
    if (p.id === 'cmo') {
      days.push(dayFromIso('2026-12-07'), dayFromIso('2026-12-08'));
    } else {
      const blocks = Math.max(1, Math.round((weeks / 13) * ctx.rng.int(1, 2)));
      for (let b = 0; b < blocks; b++) {
        const monday = ctx.firstDay + ctx.rng.int(0, weeks - 1) * 7;
        if (monday === HEAVY_WEEK_MONDAY) continue; // keep the demo's W47 free of absence
        const length = ctx.rng.pick([1, 1, 2, 3, 5]);
        const first = monday + ctx.rng.int(0, 5 - length);
        for (let d = first; d < first + length; d++) if (!days.includes(d)) days.push(d);
      }
    }
    const holidays = bankHolidays(ctx.firstDay, ctx.endDay).map((h) => h.day);
    out.set(
      p.id,
      days.filter((d) => d >= ctx.firstDay && d < ctx.endDay && !holidays.includes(d)).sort((a, b) => a - b),
    );
  }
  return out;
}

/** Consecutive days become one multi-day all-day event, as people enter a week off. */
function runs(days: Day[]): [Day, number][] {
  const out: [Day, number][] = [];
  for (const d of days) {
    const last = out.at(-1);
    if (last && last[0] + last[1] === d) last[1]++;
    else out.push([d, 1]);
  }
  return out;
}

export function addAbsences(ctx: PlanContext, leave: Map<string, Day[]>): void {
  const holidays = bankHolidays(ctx.firstDay, ctx.endDay + 7);
  const holidayDays = holidays.map((h) => h.day);
  for (const { event } of ctx.shared) {
    if (!event.rule) continue;
    const organiserLeave =
      leave.get(ctx.trust.people.find((p) => p.emails[0] === event.organizer.email)?.id ?? '') ?? [];
    for (const d of ruleDays(event, ctx.endDay + 7)) {
      if ((holidayDays.includes(d) || organiserLeave.includes(d)) && !event.exdates.includes(d))
        event.exdates.push(d);
    }
    event.exdates.sort((a, b) => a - b);
  }
  for (const p of ctx.trust.people) {
    const allDay = (summary: string, day: Day, days: number, oof: boolean): CalEvent =>
      makeEvent({
        uid: newUid(p.style, ctx.rng),
        summary,
        day,
        start: 0,
        dur: days * 1440,
        allDay: true,
        transparent: !oof,
        organizer: partyOf(p),
        kind: 'absence',
      });
    for (const h of holidays) {
      ctx.shared.push({
        event: allDay(`Bank holiday – ${h.name}`, h.day, 1, true),
        holders: [{ id: p.id, partstat: 'ACCEPTED' }],
      });
    }
    for (const [day, days] of runs(leave.get(p.id) ?? [])) {
      const title =
        mondayOf(day) === day && days === 5 ? 'Annual leave – week off' : ctx.rng.pick(ABSENCE_TITLES);
      ctx.shared.push({
        event: allDay(title, day, days, true),
        holders: [{ id: p.id, partstat: 'ACCEPTED' }],
      });
    }
  }
}
