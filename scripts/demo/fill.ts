/**
 * One-off meetings that bring each person-week to a drawn target: most weeks below the warn level,
 * a few heavy ones, lighter weeks around leave and Christmas. Also the invitations that do not count
 * (declined, cancelled, free holds) and the odd double booking or evening meeting.
 */
import { dayFromIso, type Day } from './calendar-math.js';
import type { DemoPerson, DemoSystem } from './cast.js';
import { makeEvent, newUid, partyOf, systemContacts } from './events.js';
import { instances, type CalEvent, type PartStat } from './model.js';
import { hm, type PlanContext } from './plan-types.js';
import type { Rng } from './prng.js';
import { INTERNAL_TITLES, UNTAGGABLE_TITLES, systemTitle } from './titles.js';

const HEAVY_WEEK_MONDAY = dayFromIso('2026-11-16');
const REGION: { name: string; email: string } = {
  name: 'Regional Office',
  email: 'regional.office@region-north.example.org',
};

type Busy = Map<Day, [number, number][]>;

function busyOf(events: CalEvent[], from: Day, to: Day): Busy {
  const busy: Busy = new Map();
  for (const ev of events) {
    for (const i of instances(ev, from, to)) {
      if (!i.counted) continue;
      const list = busy.get(i.day) ?? [];
      list.push([i.start, i.start + i.dur]);
      busy.set(i.day, list);
    }
  }
  return busy;
}

const overlaps = (busy: Busy, day: Day, start: number, end: number): boolean =>
  (busy.get(day) ?? []).some(([s, e]) => s < end && start < e);

function hoursOn(busy: Busy, monday: Day): number {
  let minutes = 0;
  for (let d = monday; d < monday + 7; d++) for (const [s, e] of busy.get(d) ?? []) minutes += e - s;
  return minutes / 60;
}

function systemMeeting(
  ctx: PlanContext,
  rng: Rng,
  p: DemoPerson,
  day: Day,
  start: number,
  dur: number,
  partstat: PartStat,
): CalEvent {
  const active = ctx.trust.systems.filter((s) => !s.dormant);
  const covered = active.filter((s) => p.covers.includes(s.id));
  const sys: DemoSystem = covered.length > 0 && rng.chance(0.7) ? rng.pick(covered) : rng.pick(active);
  const pool = ctx.trust.workstreams.filter((w) => !sys.operationalOnly || w.kind === 'operational');
  const ws = sys.operationalOnly || rng.chance(0.8) ? rng.pick(pool) : null;
  const route =
    ws && rng.chance(0.08) ? (sys.locations.length > 0 && rng.chance(0.6) ? 'location' : 'domain') : 'title';
  const contacts = systemContacts(sys, ctx.trust.systems.indexOf(sys));
  return makeEvent({
    uid: newUid('outlook', rng),
    summary: systemTitle(rng, sys, ws, route),
    day,
    start,
    dur,
    organizer: contacts[rng.int(0, 1)]!,
    attendees: [partyOf(p), ...contacts],
    kind: 'system',
    system: sys.id,
    workstream: ws?.id ?? null,
    ownerPartstat: partstat,
    location:
      route === 'location' || (route === 'title' && rng.chance(0.4))
        ? `${sys.locations[0] ?? sys.name}, Room ${rng.int(1, 9)}`
        : 'Microsoft Teams Meeting',
    categories: ws && p.style === 'outlook' && rng.chance(0.4) ? [...ws.categories] : [],
  });
}

function otherMeeting(
  ctx: PlanContext,
  rng: Rng,
  p: DemoPerson,
  day: Day,
  start: number,
  dur: number,
  internal: boolean,
): CalEvent {
  const colleague = rng.pick(ctx.trust.people);
  const organizer = internal ? partyOf(colleague) : rng.chance(0.5) ? REGION : partyOf(p);
  const style = internal ? colleague.style : organizer === REGION ? 'outlook' : p.style;
  return makeEvent({
    uid: newUid(style, rng),
    summary: rng.pick(internal ? INTERNAL_TITLES : UNTAGGABLE_TITLES),
    day,
    start,
    dur,
    organizer,
    attendees: [partyOf(p), ...(colleague.id !== p.id && internal ? [partyOf(colleague)] : [])],
    kind: internal ? 'internal' : 'untaggable',
    location: internal ? 'Trust HQ' : '',
  });
}

export function fillWeeks(ctx: PlanContext, p: DemoPerson, events: CalEvent[], offDays: Day[]): void {
  const rng = ctx.rng.fork(`fill:${p.id}`);
  const busy = busyOf(events, ctx.firstDay, ctx.endDay);
  for (let monday = ctx.firstDay; monday < ctx.endDay; monday += 7) {
    if (p.id === 'cmo' && monday === HEAVY_WEEK_MONDAY) continue; // designed by hand (cmo-week.ts)
    const workdays = [0, 1, 2, 3, 4].map((i) => monday + i).filter((d) => !offDays.includes(d));
    if (workdays.length === 0) continue;
    let target = rng.chance(p.heavy) ? rng.int(57, 64) / 2 : rng.int(p.load[0] * 2, p.load[1] * 2) / 2;
    target *= workdays.length / 5;
    let hours = hoursOn(busy, monday);
    for (let tries = 0; tries < 80 && hours < target - 0.25; tries++) {
      const dur = Math.min(
        rng.pick([30, 60, 60, 60, 90, 90, 120, 120, 150, 180]),
        Math.round((target - hours) * 2) * 30,
      );
      if (dur < 30) break;
      const day = rng.pick(workdays);
      const late = rng.chance(0.03);
      const start = late
        ? rng.pick([hm(7), hm(18), hm(18, 30)])
        : hm(rng.int(8, 17)) + (rng.chance(0.5) ? 30 : 0);
      if (!late && start + dur > hm(18)) continue;
      // Now and then a double booking is accepted, as in real diaries.
      if (!rng.chance(0.05) && overlaps(busy, day, start, start + dur)) continue;
      const r = rng.next();
      const partstat: PartStat = r < 0.04 ? 'TENTATIVE' : r < 0.06 ? 'NEEDS-ACTION' : 'ACCEPTED';
      const k = rng.next();
      const ev =
        k < 0.93
          ? systemMeeting(ctx, rng, p, day, start, dur, partstat)
          : otherMeeting(ctx, rng, p, day, start, dur, k < 0.98);
      ev.private = rng.chance(0.004);
      events.push(ev);
      busy.set(day, [...(busy.get(day) ?? []), [start, start + dur]]);
      hours += dur / 60;
    }
    const anyDay = (): Day => rng.pick(workdays);
    const anyStart = (): number => hm(rng.int(9, 16));
    if (rng.chance(0.25)) events.push(systemMeeting(ctx, rng, p, anyDay(), anyStart(), 60, 'DECLINED'));
    if (rng.chance(0.1)) {
      const ev = systemMeeting(ctx, rng, p, anyDay(), anyStart(), 90, 'ACCEPTED');
      Object.assign(ev, { cancelled: true, summary: `Cancelled: ${ev.summary}` });
      events.push(ev);
    }
    if (rng.chance(0.15)) {
      const summary = `Hold: ${rng.pick(['board papers', 'reading time', 'travel', 'prep'])}`;
      events.push(
        makeEvent({
          uid: newUid(p.style, rng),
          summary,
          day: anyDay(),
          start: hm(rng.int(8, 16)),
          dur: 60,
          organizer: partyOf(p),
          kind: 'note',
          transparent: true,
        }),
      );
    }
  }
}
