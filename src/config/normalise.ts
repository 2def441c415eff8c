import path from 'node:path';
import {
  DEFAULT_CONTRACTED_HOURS,
  DEFAULT_THRESHOLDS,
  DEFAULT_TIMEZONE,
  DEFAULT_WORKING_HOURS,
} from './defaults.js';
import type { ConfigIssue } from './issues.js';
import { compileKeyword, KeywordError } from './keywords.js';
import type { ConfigFile } from './schema.js';
import type { Config, Keyword, Thresholds } from './types.js';
import { isFeedUrl } from './feed-url.js';

/**
 * A person's own thresholds over the global ones. A ratio the person sets (warn, critical) replaces
 * the global absolute hours for that level; otherwise the global hours would still win over it.
 */
function personThresholds(global: Thresholds, own: Partial<Thresholds>): Thresholds {
  const merged: Thresholds = { ...global, ...own };
  if (own.warn !== undefined && own.warnHours === undefined) delete merged.warnHours;
  if (own.critical !== undefined && own.criticalHours === undefined) delete merged.criticalHours;
  return merged;
}

/** A calendar as the config names it: URLs as written, paths resolved against the config's folder. */
export function resolveCalendar(spec: string, configDir: string): string {
  return isFeedUrl(spec) ? spec : path.resolve(configDir, spec);
}

function minutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h! * 60 + m!;
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function lowerAll(values: string[] | undefined): string[] {
  return (values ?? []).map((v) => v.trim().toLowerCase());
}

/**
 * Turns the validated file into the Config every stage reads: defaults filled, paths resolved,
 * e-mails and domains lower-cased, keywords compiled. Keywords that do not compile become issues.
 */
export function normaliseConfig(
  file: ConfigFile,
  filePath: string,
): { config: Config; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  const configDir = path.dirname(filePath);
  const compile = (sources: string[] | undefined, at: string): Keyword[] =>
    (sources ?? []).flatMap((source, i) => {
      try {
        return [compileKeyword(source)];
      } catch (error) {
        if (!(error instanceof KeywordError)) throw error;
        issues.push({ path: `${at}[${i}]`, message: error.message });
        return [];
      }
    });
  const thresholds: Thresholds = { ...DEFAULT_THRESHOLDS, ...definedOnly(file.thresholds) };
  const config: Config = {
    file: filePath,
    ...(file.organisation !== undefined ? { organisation: file.organisation } : {}),
    timezone: file.timezone ?? DEFAULT_TIMEZONE,
    weekStart: 'monday',
    workingHours: {
      start: minutes(file.workingHours?.start ?? '08:00'),
      end: minutes(file.workingHours?.end ?? '18:00'),
      days: [...new Set(file.workingHours?.days ?? DEFAULT_WORKING_HOURS.days)],
    },
    counting: {
      tentative: file.counting?.tentative ?? 'count',
      needsAction: file.counting?.needsAction ?? 'count',
    },
    thresholds,
    people: (file.people ?? []).map((p) => ({
      id: p.id,
      name: p.name ?? p.id,
      role: p.role ?? '',
      authority: p.authority ?? null,
      emails: [...new Set(lowerAll(p.emails))],
      calendars: (p.calendars ?? []).map((c) => resolveCalendar(c, configDir)),
      contractedHours: p.contractedHours ?? DEFAULT_CONTRACTED_HOURS,
      covers: [...new Set(p.covers ?? [])],
      ...(p.team === undefined ? {} : { team: p.team }),
      thresholds: personThresholds(thresholds, definedOnly(p.thresholds)),
    })),
    systems: (file.systems ?? []).map((s, i) => ({
      id: s.id,
      name: s.name ?? s.id,
      keywords: compile(s.keywords, `systems[${i}].keywords`),
      domains: [...new Set(lowerAll(s.domains).map((d) => d.replace(/^@/, '')))],
      locations: compile(s.locations, `systems[${i}].locations`),
      categories: lowerAll(s.categories),
      lead: s.lead ?? null,
      internal: s.internal ?? false,
    })),
    workstreams: (file.workstreams ?? []).map((w, i) => ({
      id: w.id,
      name: w.name ?? w.id,
      kind: w.kind ?? 'operational',
      keywords: compile(w.keywords, `workstreams[${i}].keywords`),
      categories: lowerAll(w.categories),
    })),
    corrections: (file.corrections ?? []).map((c) => ({
      uid: c.uid.trim(),
      system: c.system ?? null,
      workstream: c.workstream ?? null,
    })),
    plan: {
      granularity: file.plan?.granularity ?? 'system',
      recommendWithin: file.plan?.recommendWithin ?? 0.1,
    },
  };
  return { config, issues };
}
