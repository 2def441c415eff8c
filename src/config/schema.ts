import * as z from 'zod';

/**
 * The shape of engage-load.yaml as the user writes it. Key names are the product's interface (SPEC
 * "Config example"): extend, never rename. Every key is described so the generated JSON Schema
 * documents itself in editors. Objects are strict so a misspelt key is reported (as a warning).
 */

const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'expected an id of letters, digits, "-", "_" or "." (e.g. "lsc")');

const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a time of day "HH:MM" (e.g. "08:00")');

const weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

const keywordList = (what: string) =>
  z
    .array(z.string().min(1, 'expected a non-empty keyword'))
    .describe(
      `${what}: literal text matched case-insensitively as whole words, or a regular expression written "/…/flags".`,
    );

const ratio = (text: string) => z.number().positive('expected a number above 0').describe(text);
const hours = (text: string) => z.number().nonnegative('expected hours, 0 or more').describe(text);

export const thresholdsSchema = z
  .strictObject({
    warn: ratio('Ratio of capacity at or above which a week is "warn". Default 0.75.').optional(),
    critical: ratio('Ratio of capacity at or above which a week is "critical". Default 1.0.').optional(),
    warnHours: hours(
      'Absolute scheduled hours at which a week is "warn"; takes precedence over warn.',
    ).optional(),
    criticalHours: hours(
      'Absolute scheduled hours at which a week is "critical"; takes precedence over critical.',
    ).optional(),
    maxSystems: z
      .number()
      .int('expected a whole number')
      .positive('expected a number above 0')
      .describe('Flag a week that touches more distinct systems than this.')
      .optional(),
    outOfHoursHours: hours('Flag a week with at least this many out-of-hours meeting hours.').optional(),
    conflictHours: hours('Flag a week with at least this many double-booked hours.').optional(),
    baselineRatio: ratio("Flag a week at or above this multiple of the person's own baseline.").optional(),
  })
  .describe('Overload thresholds: ratios of capacity, or absolute hours.');

export const personSchema = z
  .strictObject({
    id: id.describe('Short unique id used in reports and in systems[].lead (e.g. "cmo").'),
    name: z.string().min(1).describe('Display name. Default: the id.').optional(),
    role: z.string().describe('Job title, e.g. "Chief Medical Officer".').optional(),
    authority: z
      .enum(['executive', 'director', 'senior-manager'])
      .describe('Seniority, used when suggesting who may take over a meeting.')
      .optional(),
    emails: z
      .array(z.string().regex(/^[^@\s]+@[^@\s]+$/, 'expected an e-mail address such as jane@trust.nhs.uk'))
      .describe("The person's addresses, to recognise their own attendee entry (case-insensitive).")
      .optional(),
    calendars: z
      .array(z.string().min(1))
      .describe("This person's calendar files (relative to this config file) or http(s)/webcal URLs.")
      .optional(),
    contractedHours: z
      .number()
      .positive('expected hours above 0')
      .max(168, 'expected at most 168 hours a week')
      .describe('Contracted weekly hours, the capacity before absence. Default 37.5.')
      .optional(),
    covers: z.array(id).describe('System ids this person may lead or attend for others.').optional(),
    team: id
      .describe(
        'Team id (e.g. the trust, when one config holds several): moves, step-backs and lead plans stay within a team. Default: everyone is one team.',
      )
      .optional(),
    thresholds: thresholdsSchema
      .describe('Per-person overrides merged over the global thresholds.')
      .optional(),
  })
  .describe('An executive whose calendar is analysed.');

export const systemSchema = z
  .strictObject({
    id: id.describe('Short unique id used in reports (e.g. "lsc").'),
    name: z.string().min(1).describe('Display name. Default: the id.').optional(),
    keywords: keywordList('Aliases matched on title, description and categories').optional(),
    domains: z
      .array(
        z.string().regex(/^@?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, 'expected a domain such as example.nhs.uk'),
      )
      .describe('E-mail domains of the system (subdomains included), matched on organizer and attendees.')
      .optional(),
    locations: keywordList('Location keywords matched on the event location').optional(),
    categories: z
      .array(z.string().min(1))
      .describe('Outlook categories that mean this system (exact, case-insensitive).')
      .optional(),
    lead: id.describe("The person id of the system's designated executive lead, if any.").optional(),
    internal: z
      .boolean()
      .describe(
        "The trust's own business (executive team, board, 1:1s): reported like a system, but never moved, planned, counted as a seat at the table or in the number of systems.",
      )
      .optional(),
  })
  .describe('A regional health system (STP / ICS), or with internal: true the trust itself.');

export const workstreamSchema = z
  .strictObject({
    id: id.describe('Short unique id used in reports (e.g. "uec").'),
    name: z.string().min(1).describe('Display name. Default: the id.').optional(),
    kind: z
      .enum(['clinical', 'operational', 'strategic'])
      .describe('What kind of engagement this workstream is. Default operational.')
      .optional(),
    keywords: keywordList('Keywords matched on title, description and categories').optional(),
    categories: z
      .array(z.string().min(1))
      .describe('Outlook categories that mean this workstream (exact, case-insensitive).')
      .optional(),
  })
  .describe('A programme of work discussed at system meetings.');

export const correctionSchema = z
  .strictObject({
    uid: z
      .string()
      .min(1)
      .describe('The event UID: the correction applies to every occurrence of the series.'),
    system: id.describe('System id to pin (or "unassigned").').optional(),
    workstream: id.describe('Workstream id to pin.').optional(),
  })
  .describe('Pins a system and/or workstream to a whole series, beating every other rule.');

export const configSchema = z
  .strictObject({
    $schema: z.string().describe('Path or URL of this JSON Schema, for editors.').optional(),
    organisation: z
      .string()
      .min(1)
      .describe("The organisation's name, shown in the PDF's running title. Default none.")
      .optional(),
    timezone: z.string().min(1).describe('IANA time zone of the report. Default "Europe/London".').optional(),
    weekStart: z.literal('monday').describe('Weeks are ISO weeks starting on Monday.').optional(),
    workingHours: z
      .strictObject({
        start: clock.describe('Start of the working day. Default "08:00".').optional(),
        end: clock.describe('End of the working day. Default "18:00".').optional(),
        days: z.array(weekday).describe('Working days. Default mon–fri.').optional(),
      })
      .describe('Meetings outside these hours count as out-of-hours.')
      .optional(),
    counting: z
      .strictObject({
        tentative: z
          .enum(['count', 'exclude'])
          .describe('Whether tentative meetings count in the hours. Default count.')
          .optional(),
        needsAction: z
          .enum(['count', 'exclude'])
          .describe('Whether meetings not yet answered count in the hours. Default count.')
          .optional(),
      })
      .describe('Counting policy for uncertain replies.')
      .optional(),
    thresholds: thresholdsSchema.optional(),
    people: z.array(personSchema).describe('The people whose calendars are analysed.').optional(),
    systems: z.array(systemSchema).describe('The regional health systems, in precedence order.').optional(),
    workstreams: z.array(workstreamSchema).describe('The workstreams, in precedence order.').optional(),
    corrections: z.array(correctionSchema).describe('Manual tags by event UID.').optional(),
    plan: z
      .strictObject({
        granularity: z
          .enum(['system', 'system-and-kind'])
          .describe(
            "What the lead plan gives to one lead: each system (default), or each system's meetings of one workstream kind (clinical, strategic, operational, none), e.g. a clinical lead beside a strategic one.",
          )
          .optional(),
        recommendWithin: z
          .number()
          .min(0, 'expected a share from 0 to 1')
          .max(1, 'expected a share from 0 to 1')
          .describe(
            'The recommended plan is the fewest lead changes that get within this share of the best reduction in hours above warn. Default 0.1 (10%).',
          )
          .optional(),
      })
      .describe('The system lead plan (engage-load suggest; docs/suggest.md).')
      .optional(),
  })
  .describe('engage-load configuration (engage-load.yaml).');

export type ConfigFile = z.infer<typeof configSchema>;
