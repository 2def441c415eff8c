import { DateTime } from 'luxon';
import { parse, stringify } from 'yaml';
import * as z from 'zod';
import type { Config } from '../config/types.js';
import { ConfigError } from '../errors.js';
import type { PlanCode } from '../findings/types.js';
import { toIsoInZone } from '../ingest/zones/iso.js';
import type { Analysis, Finding, TaggedOccurrence } from '../types.js';
import type { LeadPlan, PlanKind, WeekMoves } from './types.js';

/**
 * A lead plan as a file (`suggest --write-plan`), to try with `suggest --apply`: each system's (or
 * system and kind's) lead, and moves to make on top. Plain YAML the office can edit.
 */
export interface PlanFile {
  granularity: 'system' | 'system-and-kind';
  /** Unit id (system, or system/kind) → person id. */
  leads: Map<string, string>;
  moves: PlanFileMove[];
}

export interface PlanFileMove {
  uid: string;
  from: string;
  to: string;
  /** The occurrence's start (epoch ms), or null for every occurrence of the series `from` holds. */
  start: number | null;
}

const KINDS = ['clinical', 'strategic', 'operational', 'none'] as const;

const fileSchema = z.strictObject({
  granularity: z.enum(['system', 'system-and-kind']).optional(),
  leads: z.record(z.string(), z.string().min(1, 'expected a person id')),
  moves: z
    .array(
      z.strictObject({
        uid: z.string().min(1, 'expected the meeting UID'),
        title: z.string().describe('For the reader only: the title as the report shows it').optional(),
        from: z.string().min(1, 'expected a person id'),
        to: z.string().min(1, 'expected a person id'),
        start: z
          .string()
          .describe('ISO 8601 start of one occurrence; absent for the whole series')
          .optional(),
      }),
    )
    .optional(),
});

const KIND_OF: Record<string, PlanKind> = {
  clinical: 'clinical',
  strategic: 'strategic',
  operational: 'operational',
  none: 'none',
};

/** Reads a plan file's text; every problem is named with its place in the file (a ConfigError, exit 2). */
export function parsePlanFile(text: string, file: string, config: Config): PlanFile {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new ConfigError(file, [{ path: '', message: `not valid YAML: ${message}` }]);
  }
  const parsed = fileSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new ConfigError(
      file,
      parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    );
  }
  const granularity = parsed.data.granularity ?? 'system';
  const people = new Map(config.people.map((p) => [p.id, p]));
  const systems = new Map(config.systems.filter((s) => !s.internal).map((s) => [s.id, s]));
  const issues: { path: string; message: string }[] = [];
  const leads = new Map<string, string>();
  for (const [unit, person] of Object.entries(parsed.data.leads)) {
    const at = `leads.${unit}`;
    const [system, kind, ...rest] = unit.split('/');
    if (!system || !systems.has(system)) {
      issues.push({ path: at, message: `"${system ?? unit}" is not a system of the configuration` });
      continue;
    }
    if (granularity === 'system' ? kind !== undefined : !kind || !KIND_OF[kind] || rest.length > 0) {
      issues.push({
        path: at,
        message:
          granularity === 'system'
            ? 'with granularity system, name the system alone'
            : `with granularity system-and-kind, write system/kind (kind one of ${KINDS.join(', ')})`,
      });
      continue;
    }
    const who = people.get(person);
    if (!who) issues.push({ path: at, message: `"${person}" is not a person of the configuration` });
    else if (!who.covers.includes(system))
      issues.push({ path: at, message: `${person} does not cover ${system}` });
    else leads.set(unit, person);
  }
  const moves: PlanFileMove[] = [];
  (parsed.data.moves ?? []).forEach((m, i) => {
    const at = `moves[${i}]`;
    for (const key of ['from', 'to'] as const) {
      if (!people.has(m[key]))
        issues.push({ path: `${at}.${key}`, message: `"${m[key]}" is not a person of the configuration` });
    }
    let start: number | null = null;
    if (m.start !== undefined) {
      const t = DateTime.fromISO(m.start, { setZone: true });
      if (!t.isValid) {
        issues.push({ path: `${at}.start`, message: `"${m.start}" is not an ISO 8601 date-time` });
        return;
      }
      start = t.toMillis();
    }
    moves.push({ uid: m.uid, from: m.from, to: m.to, start });
  });
  if (issues.length > 0) throw new ConfigError(file, issues);
  return { granularity, leads, moves };
}

/** The plan as YAML: every planned unit's lead, and the moves the plan leaves necessary. */
export function planFileText(plan: LeadPlan, moves: WeekMoves[], zone: string): string {
  const leads: Record<string, string> = {};
  for (const a of plan.assignments) {
    if (a.lead && a.note === null) leads[a.kind === null ? a.system : `${a.system}/${a.kind}`] = a.lead;
  }
  const unnecessary = new Set(
    plan.unnecessaryMoves.map((u) => `${u.week}|${u.from}|${u.meeting.uid}|${u.meeting.start}`),
  );
  const kept = moves.flatMap((w) =>
    w.moves
      .filter((m) => !unnecessary.has(`${w.week}|${m.from}|${m.meeting.uid}|${m.meeting.start}`))
      .map((m) => ({
        title: m.meeting.title,
        uid: m.meeting.uid,
        from: m.from,
        to: m.to,
        ...(m.unit === 'occurrence'
          ? {
              start: toIsoInZone(m.meeting.start, zone),
            }
          : {}),
      })),
  );
  const head = [
    `# engage-load lead plan (${plan.objective === 'balanced' ? 'balanced, minimum peak' : `recommended: ${plan.recommendation?.maxChanges ?? 0} lead changes`}).`,
    '# Try it with `engage-load suggest --apply <this file>`. Leads: system (or system/kind) → person id.',
    '# Moves: the suggested moves for flagged weeks that the plan leaves necessary; delete those you do not choose.',
  ];
  return `${head.join('\n')}\n${stringify({ granularity: plan.granularity, leads, moves: kept })}`;
}

const pieceKey = (o: TaggedOccurrence): string => `${o.uid}\u0000${o.occurrenceStart}\u0000${o.start}`;

/**
 * The analysis as if the plan were in force: every counted meeting of a planned system (or system and
 * kind) is held by its lead alone (a copy in the lead's calendar when they do not attend it today,
 * nobody else's copy), then each move hands `from`'s occurrences of the UID to `to`. Moves `from`
 * does not hold under the plan are skipped with a warning naming the file.
 */
export function applyPlanFile(
  analysis: Analysis,
  plan: PlanFile,
  file: string,
): { analysis: Analysis; findings: Finding<PlanCode>[] } {
  const kindOf = new Map(analysis.config.workstreams.map((w) => [w.id, w.kind]));
  const unitOf = (o: TaggedOccurrence): string =>
    plan.granularity === 'system'
      ? o.system
      : `${o.system}/${(o.workstream && kindOf.get(o.workstream)) || 'none'}`;
  const calendarOf = new Map(analysis.config.people.map((p) => [p.id, `${p.id} (plan)`]));
  const groups = new Map<string, TaggedOccurrence[]>();
  const kept: TaggedOccurrence[] = [];
  for (const o of analysis.occurrences) {
    const lead = o.counts ? plan.leads.get(unitOf(o)) : undefined;
    if (lead === undefined) {
      kept.push(o);
      continue;
    }
    const key = pieceKey(o);
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  for (const copies of groups.values()) {
    const lead = plan.leads.get(unitOf(copies[0]!))!;
    const own = copies.find((o) => o.person === lead);
    kept.push(own ?? { ...copies[0]!, person: lead, calendar: calendarOf.get(lead) ?? lead });
  }
  const findings: Finding<PlanCode>[] = [];
  let occurrences = kept;
  plan.moves.forEach((m, i) => {
    const moving = occurrences.filter(
      (o) =>
        o.counts &&
        o.person === m.from &&
        o.uid === m.uid &&
        (m.start === null || o.occurrenceStart === m.start),
    );
    if (moving.length === 0) {
      findings.push({
        code: 'plan.move-not-held',
        severity: 'warning',
        file,
        data: { path: `moves[${i}]`, from: m.from, uid: m.uid },
      });
      return;
    }
    const theirs = new Set(occurrences.filter((o) => o.counts && o.person === m.to).map(pieceKey));
    const gone = new Set(moving);
    occurrences = [
      ...occurrences.filter((o) => !gone.has(o)),
      ...moving
        .filter((o) => !theirs.has(pieceKey(o)))
        .map((o) => ({ ...o, person: m.to, calendar: calendarOf.get(m.to) ?? m.to })),
    ];
  });
  occurrences.sort(
    (a, b) =>
      (a.person < b.person ? -1 : a.person > b.person ? 1 : 0) ||
      a.start - b.start ||
      (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0),
  );
  const single = plan.granularity === 'system';
  const config: Config = {
    ...analysis.config,
    plan: { granularity: plan.granularity, recommendWithin: analysis.config.plan?.recommendWithin ?? 0.1 },
    // With one lead per system, the plan's lead is the system's designated lead for the moves too.
    systems: analysis.config.systems.map((s) => ({ ...s, lead: (single && plan.leads.get(s.id)) || s.lead })),
  };
  findings.push({
    code: 'plan.applied',
    severity: 'info',
    file,
    data: { leads: plan.leads.size, moves: plan.moves.length },
  });
  return { analysis: { ...analysis, config, occurrences }, findings };
}
