import * as z from 'zod';
import type { SuggestionSet } from './types.js';

/**
 * The zod mirror of SuggestionSet, so the report's JSON Schema can include it (`suggestions`). The
 * check at the bottom fails the build when the TypeScript types and this schema drift apart.
 */

const hours = z.number();
const isoWeek = z.string().regex(/^\d{4}-W\d{2}$/);
const count = z.number().int();

const meeting = z
  .object({
    uid: z.string(),
    system: z.string(),
    workstream: z.string().nullable(),
    title: z.string().describe('The title, or "(private)" / "(redacted)": a private title never appears.'),
    titleHidden: z
      .boolean()
      .describe('True when the title is hidden: name the meeting by system and workstream.'),
    start: z.number().describe('Start of the first occurrence concerned, epoch ms.'),
    recurring: z.boolean(),
  })
  .describe('A meeting as the suggestions name it.');

const rejectionReason = z.enum([
  'not-eligible',
  'authority',
  'absent',
  'busy',
  'would-overload',
  'less-preferred',
]);

const rejection = z.object({
  person: z.string(),
  reason: rejectionReason,
  clashes: count.optional(),
  week: isoWeek.optional(),
  hoursAfter: hours.optional(),
  warnAt: hours.optional(),
});

const moveWeek = z.object({
  week: isoWeek,
  hours: hours.describe('Hours taken off the person handing over or stepping back.'),
  gained: hours.describe('Hours the colleague gains (0 for a step-back).'),
  fromBefore: hours,
  fromAfter: hours,
  toBefore: hours,
  toAfter: hours,
  toWarnAt: hours,
});

const move = z.object({
  kind: z.enum(['step-back', 'move']),
  from: z.string(),
  to: z.string(),
  meeting,
  unit: z.enum(['series', 'occurrence']),
  occurrences: count,
  hoursInWeek: hours,
  totalHours: hours,
  weeks: z.array(moveWeek),
  why: z.array(z.enum(['already-attends', 'designated-lead', 'engaged-with-system', 'covers-system'])),
  alternatives: z
    .array(rejection)
    .optional()
    .describe('With --verbose: the other colleagues and why not them.'),
  planLead: z
    .string()
    .optional()
    .describe(
      "Set when the lead plan gives this meeting's system (or system and kind) to someone other than today's lead: the plan's lead.",
    ),
});

const blocked = z.object({
  meeting,
  unit: z.enum(['series', 'occurrence']),
  hoursInWeek: hours,
  reason: z.enum(['nobody-eligible', 'everyone-busy', 'everyone-overloaded', 'busy-or-overloaded']),
  counts: z.partialRecord(rejectionReason, count),
  rejections: z.array(rejection).optional(),
});

const weekMoves = z.object({
  person: z.string(),
  week: isoWeek,
  levelBefore: z.enum(['warn', 'critical']),
  levelAfter: z.enum(['ok', 'warn', 'critical']),
  capacity: hours,
  warnAt: hours,
  criticalAt: hours,
  hoursBefore: hours,
  hoursAfter: hours,
  moves: z.array(move),
  resolved: z.boolean(),
  outcome: z.enum(['resolved', 'resolved-earlier', 'partly-resolved', 'no-system-meetings', 'blocked']),
  blocked: z.array(blocked),
});

const loadPoint = z.object({ week: isoWeek, hours, ratio: z.number().nullable() });

const planKind = z.enum(['clinical', 'strategic', 'operational', 'none']);

const leadChange = z
  .object({
    system: z.string(),
    kind: planKind.nullable(),
    from: z.string().describe("Today's lead."),
    to: z.string(),
    hours: hours.describe('Hours of its meetings in the window, moving from one lead to the other.'),
  })
  .describe("A system (or system and kind) whose lead the plan changes from today's lead.");

const frontierStep = z.object({
  maxChanges: count.describe("At most this many lead changes from today's arrangement."),
  changes: z.array(leadChange),
  overload: hours.describe('Hours above warn summed over person-weeks.'),
  maxLoad: z.number(),
  hoursMoved: hours,
  overWarn: z.array(z.string()).describe('People at or above warn in some week under this plan.'),
  improves: z.boolean().describe('Better than the step before (overload, then peak, then hours moved).'),
  solver: z.enum(['search', 'highs']),
  exact: z.boolean(),
});

const recommendation = z
  .object({
    maxChanges: count,
    within: z.number().describe('The share of the best overload reduction the recommendation may give up.'),
    changes: z.array(leadChange),
    overload: hours,
    maxLoad: z.number(),
    hoursMoved: hours,
    overloadReduction: hours,
    bestReduction: hours,
    overWarn: z.array(z.string()),
    newlyOverWarn: z.array(z.string()).describe("Over warn under the plan but not with today's leads."),
  })
  .describe('The fewest lead changes within `within` of the best relief the frontier reaches.');

const unnecessaryMove = z.object({
  week: isoWeek,
  kind: z.enum(['step-back', 'move']),
  from: z.string(),
  to: z.string(),
  meeting,
  hoursInWeek: hours,
  planLead: z.string(),
});

const leadPlan = z.object({
  objective: z
    .enum(['frontier', 'balanced'])
    .describe('frontier (default): fewest lead changes for most relief; balanced: the minimum-peak plan.'),
  granularity: z.enum(['system', 'system-and-kind']),
  solver: z
    .enum(['search', 'highs'])
    .describe('search: exact branch and bound; highs: the HiGHS MILP solver.'),
  exact: z.boolean().describe('True when the plan is proved optimal.'),
  status: z.string(),
  maxLoadToday: z.number(),
  maxLoadPlan: z.number(),
  maxLoadDesignated: z
    .number()
    .describe('Highest load if each system went to its designated lead (else its main attendee today).'),
  overloadToday: hours.describe('Hours above warn over person-weeks as attended today.'),
  overloadDesignated: hours.describe("The same with today's leads taking every meeting of their systems."),
  overloadPlan: hours,
  underWarn: z.boolean(),
  hoursChangingHands: hours.describe("Hours of meetings the plan's leads do not attend today."),
  hoursMovedBetweenLeads: hours.describe(
    "Hours of the systems whose lead the plan changes from today's lead.",
  ),
  frontier: z.array(frontierStep),
  recommendation: recommendation.nullable(),
  unnecessaryMoves: z.array(unnecessaryMove).describe("This week's moves the plan makes unnecessary."),
  assignments: z.array(
    z.object({
      system: z.string(),
      kind: planKind.nullable(),
      lead: z.string().nullable(),
      designatedLead: z.string().nullable(),
      todayLead: z
        .string()
        .nullable()
        .describe('The designated lead if they cover the system, else its main attendee today.'),
      changed: z.boolean(),
      meetings: count,
      hours,
      hoursPerWeek: hours,
      changesHands: hours,
      attendeesToday: z.array(z.object({ person: z.string(), hours })),
      note: z.enum(['no-eligible-lead', 'no-meetings']).nullable(),
    }),
  ),
  people: z.array(
    z.object({
      person: z.string(),
      leads: z.array(z.string()),
      todayHours: hours,
      planHours: hours,
      todayPeak: loadPoint.nullable(),
      planPeak: loadPoint.nullable(),
      weeks: z.array(z.object({ week: isoWeek, today: hours, plan: hours, capacity: hours, warnAt: hours })),
    }),
  ),
  removedDoubleAttendance: z.array(
    z.object({
      system: z.string(),
      meeting,
      attendees: z.array(z.string()),
      lead: z.string(),
      hoursSaved: hours,
    }),
  ),
  blockers: z.array(
    z.discriminatedUnion('code', [
      z.object({ code: z.literal('no-eligible-lead'), system: z.string(), hours }),
      z.object({
        code: z.literal('over-warn'),
        person: z.string(),
        week: isoWeek,
        hours,
        warnAt: hours,
        baseHours: hours,
        leads: z.array(z.string()),
        soleEligibleFor: z.array(z.string()),
      }),
    ]),
  ),
});

const cover = z.object({
  meeting,
  hours,
  to: z.string().nullable().describe('The colleague proposed, or null when nobody can.'),
  kind: z.enum(['step-back', 'move']).nullable(),
  why: z.array(z.enum(['already-attends', 'designated-lead', 'engaged-with-system', 'covers-system'])),
  toBefore: hours.nullable(),
  toAfter: hours.nullable(),
  toWarnAt: hours.nullable(),
  reason: z
    .enum(['nobody-eligible', 'everyone-busy', 'everyone-overloaded', 'busy-or-overloaded'])
    .nullable(),
  counts: z.partialRecord(rejectionReason, count),
});

const leaveCover = z
  .object({
    person: z.string(),
    week: isoWeek,
    hours,
    unassignedHours: hours,
    meetings: z.array(cover),
  })
  .describe('A week of full leave with meetings in it: they need cover or will be missed.');

const SEATS = z.array(
  z.object({
    code: z.enum(['no-engagement', 'only-operational']),
    system: z.string(),
    hours,
    operationalHours: hours.optional(),
    untaggedHours: hours.optional(),
  }),
);

export const suggestionSetSchema = z
  .object({
    moves: z.array(weekMoves).describe('One entry per flagged person-week, in week then person order.'),
    leadPlan: leadPlan.nullable(),
    consolidation: z.array(
      z.object({
        person: z.string(),
        week: isoWeek,
        workstream: z.string(),
        systems: z.array(z.object({ system: z.string(), hours, meetings: count })),
        hours,
        couldSave: hours,
      }),
    ),
    doubleAttendance: z.array(
      z.object({
        system: z.string(),
        meeting,
        attendees: z.array(z.string()),
        occurrences: count,
        hours,
        couldSave: hours,
      }),
    ),
    seats: SEATS,
    teams: z
      .array(
        z.object({
          team: z.string().nullable(),
          people: z.array(z.string()),
          leadPlan: leadPlan.nullable(),
          seats: SEATS,
        }),
      )
      .describe(
        "With teams in the config: each team's lead plan and seats (then leadPlan is null, seats empty).",
      )
      .optional(),
    cover: z.array(leaveCover).optional(),
  })
  .describe(
    'Redistribution: moves for flagged weeks, the system lead plan, consolidation and coverage gaps.',
  );

type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const check = <T extends true>(): T | undefined => undefined;
check<Same<z.infer<typeof suggestionSetSchema>, SuggestionSet>>();
