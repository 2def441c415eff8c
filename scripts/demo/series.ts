/** Recurring meetings for everyone but the hand-designed chief medical officer. */
import { dayFromIso, mondayOf, weekday, type Day } from './calendar-math.js';
import type { DemoPerson, DemoWorkstream } from './cast.js';
import { makeEvent, newUid, partyOf, systemContacts } from './events.js';
import { instances, ruleDays, type CalEvent, type Rule } from './model.js';
import { hm, type PlanContext } from './plan-types.js';
import { INTERNAL_TITLES, systemTitle } from './titles.js';

/** Half-hour slots a person's weekly series already take, so new series rarely collide. */
type Slots = Set<string>;

function take(slots: Slots, wd: number, start: number, dur: number): boolean {
  const keys: string[] = [];
  for (let t = start; t < start + dur; t += 30) keys.push(`${wd}:${t}`);
  if (keys.some((k) => slots.has(k))) return false;
  for (const k of keys) slots.add(k);
  return true;
}

function freeSlot(ctx: PlanContext, slots: Slots, dur: number, lateOk = false): [number, number] {
  for (let tries = 0; tries < 30; tries++) {
    const wd = ctx.rng.int(0, 4);
    const start = hm(ctx.rng.int(8, lateOk ? 17 : 16)) + (ctx.rng.chance(0.3) ? 30 : 0);
    if (start + dur <= hm(18) && take(slots, wd, start, dur)) return [wd, start];
  }
  return [ctx.rng.int(0, 4), hm(ctx.rng.int(9, 15))];
}

/** RFC 5545 leaves a DTSTART that the rule does not produce undefined, so start on the rule's first day. */
function align(ev: CalEvent): void {
  const open = { ...ev, rule: { ...ev.rule!, count: undefined, untilDay: undefined } };
  ev.day = ruleDays(open, ev.day + 400)[0] ?? ev.day;
}

/** Exceptions real series have: a skipped week, a moved or cancelled instance, a finite end. */
function vary(ctx: PlanContext, ev: CalEvent): void {
  const { rng } = ctx;
  const rule = ev.rule!;
  align(ev);
  const r = rng.next();
  if (r < 0.15) rule.count = rng.int(4, 10);
  else if (r < 0.3) rule.untilDay = ctx.firstDay + rng.int(30, 80);
  const inWindow = instances(ev, ctx.firstDay, ctx.endDay).map((i) => i.recurDay);
  if (inWindow.length < 3) return;
  if (rng.chance(0.2)) ev.exdates.push(rng.pick(inWindow));
  const target = rng.pick(inWindow);
  if (ev.exdates.includes(target)) return;
  if (rng.chance(0.12)) {
    const shift = weekday(target) < 4 && rng.chance(0.5) ? 1 : 0;
    const start = shift ? ev.start : Math.min(ev.start + 120, hm(17) - Math.min(ev.dur, hm(1)));
    ev.overrides.push({ recurDay: target, day: target + shift, start, dur: ev.dur });
  } else if (rng.chance(0.1)) {
    ev.overrides.push({ recurDay: target, day: target, start: ev.start, dur: ev.dur, cancelled: true });
  }
}

function workstreamFor(ctx: PlanContext, operationalOnly: boolean): DemoWorkstream {
  const pool = ctx.trust.workstreams.filter((w) => !operationalOnly || w.kind === 'operational');
  return ctx.rng.pick(pool);
}

function addSystemSeries(ctx: PlanContext, p: DemoPerson, slots: Slots): void {
  const { rng } = ctx;
  for (const sysId of p.covers) {
    const sys = ctx.system(sysId);
    if (sys.dormant) continue;
    const contacts = systemContacts(sys, ctx.trust.systems.indexOf(sys));
    const plans: { rule: Rule; dur: number; ws: DemoWorkstream | null }[] = [];
    if (rng.chance(0.6)) {
      const dur = rng.pick([90, 120, 120, 150, 180]);
      plans.push({
        rule: { freq: 'MONTHLY', interval: 1, byday: [rng.int(0, 3)], nth: rng.int(1, 4) },
        dur,
        ws: sys.operationalOnly ? workstreamFor(ctx, true) : null,
      });
    }
    if (rng.chance(0.75)) {
      plans.push({
        rule: { freq: 'WEEKLY', interval: rng.pick([1, 2, 2]), byday: [0] },
        dur: rng.pick([60, 60, 90]),
        ws: workstreamFor(ctx, sys.operationalOnly),
      });
    }
    for (const plan of plans) {
      const [wd, start] = freeSlot(ctx, slots, plan.dur);
      const weeksBefore = rng.chance(0.15) ? -rng.int(1, 6) : rng.int(0, 40);
      const day: Day = mondayOf(ctx.firstDay) - weeksBefore * 7 + (plan.rule.freq === 'WEEKLY' ? wd : 0);
      if (plan.rule.freq === 'WEEKLY') plan.rule.byday = [wd];
      const ws = plan.ws;
      const route =
        ws && rng.chance(0.08)
          ? sys.locations.length > 0 && rng.chance(0.6)
            ? 'location'
            : 'domain'
          : 'title';
      const ev = makeEvent({
        uid: newUid('outlook', rng),
        summary: systemTitle(rng, sys, ws, route),
        day,
        start,
        dur: plan.dur,
        rule: plan.rule,
        organizer: contacts[rng.int(0, 1)]!,
        attendees: [partyOf(p), ...contacts],
        kind: 'system',
        system: sys.id,
        workstream: ws?.id ?? null,
        location:
          route === 'domain'
            ? 'Microsoft Teams Meeting'
            : route === 'location' || rng.chance(0.5)
              ? `${sys.locations[0] ?? sys.name}, Meeting Room ${rng.int(1, 6)}`
              : 'Microsoft Teams Meeting',
        categories: ws && p.style === 'outlook' && rng.chance(0.5) ? [...ws.categories] : [],
      });
      const r = rng.next();
      if (r < 0.05) ev.ownerPartstat = 'TENTATIVE';
      else if (r < 0.09) ev.ownerPartstat = 'NEEDS-ACTION';
      else if (r < 0.12) ev.ownerPartstat = 'DECLINED';
      vary(ctx, ev);
      // Now and then a colleague who also covers the system sits on the same board.
      const other = ctx.trust.people.find(
        (q) => q.id !== p.id && q.id !== 'cmo' && q.covers.includes(sys.id),
      );
      const holders = [{ id: p.id, partstat: ev.ownerPartstat }];
      if (other && rng.chance(0.15)) {
        holders.push({ id: other.id, partstat: 'ACCEPTED' });
        ev.attendees.push(partyOf(other));
      }
      ctx.shared.push({ event: ev, holders });
    }
  }
}

function addInternalSeries(ctx: PlanContext, p: DemoPerson, slots: Slots): void {
  const { rng } = ctx;
  const ceo = ctx.person('ceo');
  if (ceo && p.id !== 'ceo' && p.id !== 'cmo') {
    const [wd, start] = freeSlot(ctx, slots, 60);
    const ev = makeEvent({
      uid: newUid('outlook', rng),
      summary: `1:1 ${ceo.name.split(' ')[0]!} / ${p.name.split(' ').at(-2)!}`,
      day: dayFromIso('2026-01-05') + wd + (rng.chance(0.5) ? 7 : 0),
      start,
      dur: 60,
      rule: { freq: 'WEEKLY', interval: 2, byday: [wd] },
      organizer: partyOf(ceo),
      attendees: [partyOf(ceo), partyOf(p)],
      kind: 'internal',
    });
    ctx.shared.push({
      event: ev,
      holders: [
        { id: 'ceo', partstat: 'ACCEPTED' },
        { id: p.id, partstat: 'ACCEPTED' },
      ],
    });
  }
  const [wd, start] = freeSlot(ctx, slots, 90);
  const ev = makeEvent({
    uid: newUid(p.style, rng),
    summary: rng.pick(INTERNAL_TITLES),
    day: dayFromIso('2026-02-02') + wd,
    start,
    dur: 90,
    rule: { freq: 'MONTHLY', interval: 1, byday: [wd], nth: rng.int(1, 4) },
    organizer: partyOf(p),
    attendees: [partyOf(p)],
    kind: 'internal',
    location: 'Trust HQ',
  });
  align(ev);
  ctx.shared.push({ event: ev, holders: [{ id: p.id, partstat: 'ACCEPTED' }] });
  if (p.id === 'coo') {
    // Operational: every weekday, no system of its own (all systems dial in).
    const call = makeEvent({
      uid: newUid('outlook', rng),
      summary: 'Daily UEC sitrep call (all systems)',
      day: dayFromIso('2026-01-05'),
      start: hm(8, 30),
      dur: 15,
      rule: { freq: 'WEEKLY', interval: 1, byday: [0, 1, 2, 3, 4] },
      organizer: partyOf(p),
      attendees: [partyOf(p)],
      kind: 'internal',
      workstream: 'uec',
      categories: ['UEC'],
    });
    ctx.shared.push({ event: call, holders: [{ id: p.id, partstat: 'ACCEPTED' }] });
  }
}

export function addSeries(ctx: PlanContext): void {
  for (const p of ctx.trust.people) {
    if (p.id === 'cmo') continue;
    const slots: Slots = new Set();
    take(slots, 0, hm(9), 120); // executive team
    addInternalSeries(ctx, p, slots);
    addSystemSeries(ctx, p, slots);
  }
}
