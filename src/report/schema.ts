import * as z from 'zod';
import { suggestionSetSchema } from '../suggest/schema.js';
import type { Finding, PersonWeek } from '../types.js';
import { REPORT_SCHEMA_VERSION, type Report } from './types.js';

/**
 * The zod mirror of Report, from which schema/report.schema.json is generated. The checks at the
 * bottom make the build fail when the TypeScript types and this schema drift apart.
 */

const hours = z.number();
const level = z.enum(['ok', 'warn', 'critical']);
const status = z.enum(['counted', 'tentative', 'declined', 'cancelled', 'free', 'all-day']);
const isoWeek = z.string().regex(/^\d{4}-W\d{2}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const findingSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  file: z.string().optional(),
  line: z.number().int().optional(),
  person: z.string().optional(),
  week: z.string().optional(),
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});

export const personWeekSchema = z.object({
  person: z.string(),
  week: isoWeek,
  scheduled: hours.describe('Sum of counted meeting hours; double bookings count twice.'),
  occupied: hours.describe('Length of the union of counted meetings: diary time actually blocked.'),
  conflict: hours.describe('scheduled − occupied: double-booked hours.'),
  tentative: hours.describe('Counted hours that are tentative (included in scheduled).'),
  excluded: z.partialRecord(status, hours).describe('Hours left out of the meeting hours, by status.'),
  outOfHours: hours.describe('Counted hours outside the working hours on working days.'),
  weekend: hours.describe('Counted hours on non-working days.'),
  longestRun: hours.describe('Longest back-to-back run (gaps under 5 minutes join), start to end.'),
  systemCount: z.number().int().describe('Distinct systems with counted hours, unassigned not included.'),
  capacity: hours.describe('Contracted hours less absence, pro rata to the working days in the window.'),
  absenceDays: z.number().int(),
  baseline: hours
    .nullable()
    .describe('Mean scheduled hours of up to 12 previous weeks with data; null when none.'),
  bySystem: z.record(z.string(), hours),
  byWorkstream: z.record(z.string(), hours),
  warnAt: hours.describe('Scheduled hours at which the week is warn.'),
  criticalAt: hours.describe('Scheduled hours at which the week is critical.'),
  level,
});

const nullableIso = z.string().nullable();

export const reportSchema = z
  .object({
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    generatedAt: z
      .string()
      .describe(
        'SOURCE_DATE_EPOCH when set, else the end of the window’s last day (ISO 8601); never the wall clock.',
      ),
    redacted: z.boolean(),
    missing: z
      .array(
        z.object({
          calendar: z.string(),
          person: z.string().nullable(),
          personName: z.string().nullable(),
          extent: z.enum(['all', 'part']).describe('all: nothing read; part: some events left out.'),
          code: z.string(),
          errors: z.number().int(),
        }),
      )
      .describe('Calendars whose figures are missing from this report; empty when every calendar was read.'),
    window: z.object({
      from: isoDate,
      to: isoDate,
      zone: z.string(),
      weeks: z.array(isoWeek),
      start: z.string(),
      end: z.string(),
    }),
    inputs: z.array(
      z.object({
        name: z.string(),
        person: z.string(),
        calendarName: z.string().nullable(),
        producer: z.enum(['outlook', 'google', 'apple', 'other']),
        events: z.number().int(),
        occurrences: z.number().int(),
        firstStart: nullableIso,
        lastEnd: nullableIso,
        busyOnlyTitles: z.number().int(),
        timedEvents: z.number().int(),
        readable: z.boolean(),
      }),
    ),
    people: z.array(
      z.object({
        id: z.string(),
        team: z.string().optional(),
        name: z.string(),
        role: z.string(),
        authority: z.string().nullable(),
        contractedHours: hours,
        configured: z.boolean(),
        calendars: z.array(z.string()),
      }),
    ),
    systems: z.array(z.object({ id: z.string(), name: z.string(), lead: z.string().nullable() })),
    workstreams: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
    summary: z.object({
      people: z.number().int(),
      weeks: z.number().int(),
      scheduled: hours,
      criticalWeeks: z.number().int(),
      warnWeeks: z.number().int(),
      unassignedShare: z.number(),
    }),
    personWeeks: z.array(personWeekSchema),
    totals: z.object({
      bySystem: z.array(z.object({ person: z.string(), system: z.string(), hours, share: z.number() })),
      byWorkstream: z.array(
        z.object({ person: z.string(), workstream: z.string(), hours, share: z.number() }),
      ),
    }),
    trend: z.array(
      z.object({
        person: z.string(),
        weeks: z.array(isoWeek),
        scheduled: z.array(hours),
        levels: z.array(level),
      }),
    ),
    flaggedMeetings: z.array(
      z.object({
        person: z.string(),
        week: isoWeek,
        title: z.string(),
        system: z.string(),
        workstream: z.string().nullable(),
        hours,
        occurrences: z.number().int(),
      }),
    ),
    findings: z.array(findingSchema),
    suggestions: suggestionSetSchema.optional(),
  })
  .meta({
    title: 'engage-load report',
    description: 'The JSON document written by `engage-load report --format json`.',
  });

// Exact equality, so an optional field missing on one side fails too.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const check = <T extends true>(): T | undefined => undefined;
// In JSON a finding is one flat shape whatever its code; the types give each code its own data.
// Every typed finding fits that shape, and both have the same keys.
type FindingJson = z.infer<typeof findingSchema>;
check<Finding extends FindingJson ? true : false>();
check<Same<keyof Finding, keyof FindingJson>>();
check<Same<z.infer<typeof personWeekSchema>, PersonWeek>>();
check<Same<Omit<z.infer<typeof reportSchema>, 'findings'>, Omit<Report, 'findings'>>>();
check<Same<z.infer<typeof reportSchema>['findings'], FindingJson[]>>();

/** The JSON Schema (draft 2020-12) shipped as schema/report.schema.json. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(reportSchema, { target: 'draft-2020-12' });
}
