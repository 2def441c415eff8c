/**
 * The chief medical officer's hand-designed series and the week of 2026-W47 (Mon 16 – Sun 22 Nov 2026),
 * in which the counted meetings add up to exactly 38.0 scheduled hours. docs/demo.md lists the week.
 *
 *   Mon  A 2.0 + B 1.5 + C 2.0 + 1.5 + 1.0         = 8.0
 *   Tue  1.0 + D 3.0 + E 1.0 + 2.0 + 1.0           = 8.0
 *   Wed  F 1.0 + G 2.0 + 1.0 + 2.0 + H 1.0 + 1.0   = 8.0   (G and the 11:00 review overlap by 1 h)
 *   Thu  I 1.5 (moved) + J 2.0 + K 2.0 + 1.0       = 6.5
 *   Fri  2.0 + 1.0 + 1.0 + 2.5 + 1.0               = 7.5
 *   Total 38.0 h: 6.0 internal (A, E, F, J), 1.0 untaggable (regional forum), 31.0 tagged to systems.
 *
 * Not counted that week: L (instance cancelled), M (EXDATE), N (series declined), an all-day reminder
 * and a free travel hold.
 */
import { dayFromIso, type Day } from './calendar-math.js';
import { makeEvent, newUid, partyOf, systemContacts } from './events.js';
import type { CalEvent, Party, Rule } from './model.js';
import { hm, type PlanContext } from './plan-types.js';

export const CMO_HEAVY_WEEK = '2026-W47';
const MON: Day = dayFromIso('2026-11-16');

const weekly = (byday: number, interval = 1, extra: Partial<Rule> = {}): Rule => ({
  freq: 'WEEKLY',
  interval,
  byday: [byday],
  ...extra,
});
const monthly = (nth: number, byday: number, extra: Partial<Rule> = {}): Rule => ({
  freq: 'MONTHLY',
  interval: 1,
  byday: [byday],
  nth,
  ...extra,
});

interface HandEvent {
  summary: string;
  day: Day;
  start: number;
  end: number;
  system: string | null;
  workstream: string | null;
  rule?: Rule;
  holders?: string[];
  internal?: boolean;
  tweak?: (ev: CalEvent) => void;
}

function handDesigned(): HandEvent[] {
  const d = dayFromIso;
  return [
    {
      summary: 'Executive team meeting',
      day: d('2025-09-01'),
      start: hm(9),
      end: hm(11),
      system: null,
      workstream: null,
      rule: weekly(0),
      holders: ['ceo', 'cmo', 'coo', 'don', 'dos', 'dof', 'dop', 'dod'],
      internal: true,
    },
    {
      summary: 'Moorside ICS UEC Board',
      day: d('2026-04-13'),
      start: hm(11, 30),
      end: hm(13),
      system: 'moorside',
      workstream: 'uec',
      rule: weekly(0, 1, { untilDay: d('2027-03-29') }),
      holders: ['cmo', 'coo'],
    },
    {
      summary: 'Kestrel Valley ICS Clinical Leadership Group',
      day: d('2026-01-19'),
      start: hm(13, 30),
      end: hm(15, 30),
      system: 'kestrel',
      workstream: null,
      rule: monthly(3, 0, { count: 12 }),
    },
    {
      summary: 'Moorside ICS Quality and Performance Committee',
      day: d('2026-05-19'),
      start: hm(9, 30),
      end: hm(12, 30),
      system: 'moorside',
      workstream: null,
      rule: monthly(3, 1),
    },
    {
      summary: '1:1 Rachel / Samuel',
      day: d('2026-01-13'),
      start: hm(13),
      end: hm(14),
      system: null,
      workstream: null,
      rule: weekly(1, 2),
      holders: ['ceo', 'cmo'],
      internal: true,
    },
    {
      summary: "Clinical directors' meeting",
      day: d('2026-03-04'),
      start: hm(9),
      end: hm(10),
      system: null,
      workstream: null,
      rule: weekly(2),
      internal: true,
    },
    {
      summary: 'Stroke network – Moorside ICS',
      day: d('2026-02-18'),
      start: hm(10),
      end: hm(12),
      system: 'moorside',
      workstream: 'stroke',
      rule: monthly(3, 2),
    },
    {
      summary: 'Highcross ICS frailty and falls programme',
      day: d('2026-10-07'),
      start: hm(15, 30),
      end: hm(16, 30),
      system: 'highcross',
      workstream: 'frailty',
      rule: weekly(2, 2, { count: 6 }),
    },
    {
      summary: 'Fellgate and Stonebeck ICS mental health board',
      day: d('2026-09-10'),
      start: hm(14),
      end: hm(15, 30),
      system: 'fellgate',
      workstream: 'mental-health',
      rule: weekly(3, 2),
      // Moved for W47 to the morning, so the afternoon is free for the Westfold board.
      tweak: (ev) => ev.overrides.push({ recurDay: MON + 3, day: MON + 3, start: hm(9), dur: 90 }),
    },
    {
      summary: 'Trust Board (public session)',
      day: d('2025-04-17'),
      start: hm(11),
      end: hm(13),
      system: null,
      workstream: null,
      rule: monthly(3, 3),
      holders: ['ceo', 'cmo', 'coo', 'don', 'dos', 'dof', 'dop', 'dod'],
      internal: true,
    },
    {
      summary: 'Westfold ICS UEC Board',
      day: d('2026-06-18'),
      start: hm(14),
      end: hm(16),
      system: 'westfold',
      workstream: 'uec',
      rule: monthly(3, 3),
    },
    {
      summary: 'Medicines optimisation group',
      day: d('2026-09-10'),
      start: hm(13),
      end: hm(14),
      system: null,
      workstream: null,
      rule: weekly(3, 2),
      internal: true,
      tweak: (ev) =>
        ev.overrides.push({ recurDay: MON + 3, day: MON + 3, start: hm(13), dur: 60, cancelled: true }),
    },
    {
      summary: 'Harbour Coast ICS UEC clinical huddle',
      day: d('2026-06-02'),
      start: hm(8),
      end: hm(8, 30),
      system: 'harbour',
      workstream: 'uec',
      rule: weekly(1),
      tweak: (ev) => ev.exdates.push(MON - 6, MON + 1),
    },
    {
      summary: 'Saltmarsh ICS system resilience call (UEC)',
      day: d('2026-10-01'),
      start: hm(17),
      end: hm(18),
      system: 'saltmarsh',
      workstream: 'uec',
      rule: weekly(3),
      tweak: (ev) => (ev.ownerPartstat = 'DECLINED'),
    },
    // Names no system or workstream: the demo config pins it with a correction (kestrel, stroke).
    {
      summary: 'Pathway huddle (Dr Ellery)',
      day: d('2026-10-02'),
      start: hm(8),
      end: hm(8, 30),
      system: null,
      workstream: null,
      rule: weekly(4, 1, { count: 6 }),
    },
    // Private: counted and tagged, but the title must never be shown.
    {
      summary: 'Eastmere ICS mental health – confidential case review',
      day: d('2026-10-14'),
      start: hm(16),
      end: hm(17),
      system: 'eastmere',
      workstream: 'mental-health',
      tweak: (ev) => (ev.private = true),
    },
    {
      summary: 'Confidential: serious incident review panel',
      day: d('2026-11-05'),
      start: hm(16),
      end: hm(17, 30),
      system: null,
      workstream: null,
      internal: true,
      tweak: (ev) => (ev.private = true),
    },
  ];
}

function week47(): HandEvent[] {
  return [
    {
      summary: 'Harbour Coast ICS stroke pathway review',
      day: MON,
      start: hm(16),
      end: hm(17, 30),
      system: 'harbour',
      workstream: 'stroke',
    },
    {
      summary: 'Northdale ICS frailty programme board',
      day: MON,
      start: hm(17, 30),
      end: hm(18, 30),
      system: 'northdale',
      workstream: 'frailty',
    },
    {
      summary: 'Fellgate and Stonebeck ICS end of life care steering group',
      day: MON + 1,
      start: hm(8, 30),
      end: hm(9, 30),
      system: 'fellgate',
      workstream: 'end-of-life',
    },
    {
      summary: 'Eastmere ICS mental health crisis care partnership',
      day: MON + 1,
      start: hm(14),
      end: hm(16),
      system: 'eastmere',
      workstream: 'mental-health',
      holders: ['cmo', 'don'],
    },
    {
      summary: 'Brackenridge and Oldfield ICS 111/CAS clinical governance',
      day: MON + 1,
      start: hm(16),
      end: hm(17),
      system: 'brackenridge',
      workstream: '111-cas',
    },
    {
      summary: 'Saltmarsh ICS digital clinical safety review',
      day: MON + 2,
      start: hm(11),
      end: hm(12),
      system: 'saltmarsh',
      workstream: 'digital',
    },
    {
      summary: 'Kestrel Valley ICS UEC Delivery Board',
      day: MON + 2,
      start: hm(13),
      end: hm(15),
      system: 'kestrel',
      workstream: 'uec',
    },
    {
      summary: 'Stroke network (evening session) – Eastmere ICS',
      day: MON + 2,
      start: hm(18),
      end: hm(19),
      system: 'eastmere',
      workstream: 'stroke',
    },
    {
      summary: 'Harbour Coast ICS end of life care group',
      day: MON + 3,
      start: hm(16),
      end: hm(17),
      system: 'harbour',
      workstream: 'end-of-life',
    },
    {
      summary: 'Northdale ICS Clinical Senate',
      day: MON + 4,
      start: hm(9),
      end: hm(11),
      system: 'northdale',
      workstream: null,
    },
    {
      summary: 'Moorside ICS digital: shared care record',
      day: MON + 4,
      start: hm(11),
      end: hm(12),
      system: 'moorside',
      workstream: 'digital',
    },
    {
      summary: "Regional medical directors' forum",
      day: MON + 4,
      start: hm(12, 30),
      end: hm(13, 30),
      system: null,
      workstream: null,
    },
    {
      summary: 'Brackenridge and Oldfield ICS UEC winter planning',
      day: MON + 4,
      start: hm(14),
      end: hm(16, 30),
      system: 'brackenridge',
      workstream: 'uec',
    },
    {
      summary: 'Kestrel Valley ICS mental health liaison',
      day: MON + 4,
      start: hm(16, 30),
      end: hm(17, 30),
      system: 'kestrel',
      workstream: 'mental-health',
    },
    // Not counted: an all-day reminder (not an absence) and a free hold.
    {
      summary: 'Reminder: winter plan submissions due',
      day: MON,
      start: 0,
      end: 1440,
      system: null,
      workstream: null,
      internal: true,
      tweak: (ev) => Object.assign(ev, { allDay: true, transparent: true, kind: 'note' }),
    },
    {
      summary: 'Hold: travel to Northdale',
      day: MON + 4,
      start: hm(8),
      end: hm(9),
      system: null,
      workstream: null,
      internal: true,
      tweak: (ev) => Object.assign(ev, { transparent: true, kind: 'note' }),
    },
  ];
}

export function addCmoPlan(ctx: PlanContext): void {
  const cmo = ctx.person('cmo');
  const ceo = ctx.person('ceo');
  if (!cmo) return;
  const trustParty = (name: string, local: string): Party => ({
    name,
    email: `${local}@${ctx.trust.domain}`,
  });
  const inWindow = MON >= ctx.firstDay && MON + 7 <= ctx.endDay;
  // One-off entries belong to the demo quarter; series are kept whatever the window.
  const hand = [...handDesigned(), ...(inWindow ? week47() : [])].filter(
    (h) => h.rule || (h.day >= ctx.firstDay && h.day < ctx.endDay),
  );
  for (const h of hand) {
    const sys = h.system ? ctx.system(h.system) : null;
    const contacts = sys ? systemContacts(sys, ctx.trust.systems.indexOf(sys)) : [];
    let organizer: Party;
    if (sys) organizer = contacts[h.rule ? 0 : 1]!;
    else if (h.summary.startsWith('Executive') || h.summary.startsWith('1:1'))
      organizer = ceo ? partyOf(ceo) : partyOf(cmo);
    else if (h.summary.startsWith('Trust Board'))
      organizer = trustParty('Trust Secretary', 'trust.secretary');
    else if (h.summary.startsWith('Medicines'))
      organizer = trustParty('Chief Pharmacist', 'chief.pharmacist');
    else if (h.summary.startsWith('Regional'))
      organizer = { name: 'Regional Medical Office', email: 'medical.office@region-north.example.org' };
    else organizer = partyOf(cmo);
    const holders = (h.holders ?? ['cmo']).filter((id) => ctx.person(id));
    // Two systems invite the CMO at his second address, which the config also lists.
    const viaAlias = h.system === 'kestrel' || h.system === 'saltmarsh';
    const invitee = (id: string): Party => {
      const party = partyOf(ctx.person(id)!);
      const alias = ctx.person(id)!.emails[1];
      return id === 'cmo' && viaAlias && alias ? { ...party, email: alias } : party;
    };
    const ev = makeEvent({
      uid: newUid(organizer.email.endsWith('@google.com') ? 'google' : 'outlook', ctx.rng),
      summary: h.summary,
      day: h.day,
      start: h.start,
      dur: h.end - h.start,
      rule: h.rule,
      organizer,
      attendees: [...holders.map(invitee), ...contacts.slice(1)],
      kind: sys ? 'system' : h.internal ? 'internal' : 'untaggable',
      system: h.system,
      workstream: h.workstream,
      location: sys
        ? `${sys.locations[0] ?? sys.name}, Board Room`
        : h.internal
          ? 'Trust HQ, Room 2.14'
          : 'Microsoft Teams Meeting',
      categories: h.workstream
        ? (ctx.trust.workstreams.find((w) => w.id === h.workstream)?.categories ?? [])
        : [],
    });
    h.tweak?.(ev);
    ctx.shared.push({ event: ev, holders: holders.map((id) => ({ id, partstat: ev.ownerPartstat })) });
  }
}
