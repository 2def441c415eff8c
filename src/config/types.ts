/**
 * The normalised configuration every stage reads. The zod schema (schema.ts) accepts the file's
 * shape; normalise.ts fills defaults and resolves paths so that no stage needs to know about them.
 */

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type Authority = 'executive' | 'director' | 'senior-manager';
export type WorkstreamKind = 'clinical' | 'operational' | 'strategic';
export type CountingPolicy = 'count' | 'exclude';

export interface Thresholds {
  /** Ratio of capacity at or above which a week is `warn` (default 0.75). */
  warn: number;
  /** Ratio of capacity at or above which a week is `critical` (default 1.0). */
  critical: number;
  /** Absolute hours; when set, they take precedence over the ratios. */
  warnHours?: number;
  criticalHours?: number;
  /** Flag a week that touches more distinct systems than this. */
  maxSystems?: number;
  /** Flag out-of-hours meeting hours at or above this in a week. */
  outOfHoursHours?: number;
  /** Flag double-booked (conflict) hours at or above this in a week. */
  conflictHours?: number;
  /** Flag a week at or above this multiple of the person's baseline. */
  baselineRatio?: number;
}

export interface WorkingHours {
  /** Minutes after local midnight. */
  start: number;
  end: number;
  days: Weekday[];
}

export interface Person {
  id: string;
  name: string;
  role: string;
  authority: Authority | null;
  /** Lower-cased addresses. */
  emails: string[];
  /** Calendar paths (resolved against the config file's folder) or URLs. */
  calendars: string[];
  contractedHours: number;
  /** System ids this person may lead. */
  covers: string[];
  /** Team id: suggestions never move a meeting across teams. Absent: the one team of everyone without a team. */
  team?: string;
  /** Per-person thresholds, already merged over the global ones. */
  thresholds: Thresholds;
}

/** A keyword is a literal (case-insensitive, whole-word) or a regular expression written /…/flags. */
export interface Keyword {
  /** As written in the config, for reasons. */
  source: string;
  pattern: RegExp;
  /** A literal keyword written in ASCII: its longest word in lower case, which any text it matches holds (see config/keywords.ts). */
  needle?: string;
}

export interface System {
  id: string;
  name: string;
  keywords: Keyword[];
  /** Lower-cased e-mail domains. */
  domains: string[];
  locations: Keyword[];
  /** Lower-cased Outlook categories that mean this system (optional for configs built in code). */
  categories?: string[];
  lead: string | null;
  /** The trust's own meetings: shown like a system, never moved, planned or counted as a seat or a spread. */
  internal: boolean;
}

export interface Workstream {
  id: string;
  name: string;
  kind: WorkstreamKind;
  keywords: Keyword[];
  categories: string[];
}

export interface Correction {
  uid: string;
  system: string | null;
  workstream: string | null;
}

export interface Config {
  /** Absolute path of the file it came from, or null for the built-in defaults. */
  file: string | null;
  /** Shown in the PDF's running title; absent when not configured. */
  organisation?: string;
  timezone: string;
  weekStart: 'monday';
  workingHours: WorkingHours;
  counting: { tentative: CountingPolicy; needsAction: CountingPolicy };
  thresholds: Thresholds;
  people: Person[];
  systems: System[];
  workstreams: Workstream[];
  corrections: Correction[];
  /** The system lead plan's settings (optional for configs built in code: defaults system and 0.1). */
  plan?: PlanSettings;
}

export interface PlanSettings {
  granularity: 'system' | 'system-and-kind';
  /** The recommendation is the fewest lead changes within this share of the best relief. */
  recommendWithin: number;
}
