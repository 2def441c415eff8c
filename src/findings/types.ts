/**
 * Findings are data: one case per code, each with the figures its sentence reads. The
 * `FindingData` map below is the single list of codes; `Finding` is the discriminated union made
 * from it, and `Messages` makes every area's sentence map cover its codes, so that a new code
 * without a sentence (or a sentence reading a field its code does not carry) fails to compile.
 * This file imports nothing: every stage may use it.
 */

export type Severity = 'error' | 'warning' | 'info';

/** What a finding's `data` may hold, so that it stays one flat JSON object (see schema/report.schema.json). */
export type FindingValue = string | number | boolean | null;

/** Config warnings: `path` says where inside the file (the formatter prefixes the file and line). */
interface ConfigData {
  'config.unknown-key': { path: string; key: string };
  'config.shared-keyword': { path: string; keyword: string; owner: string; other: string; otherPath: string };
  'config.shared-domain': { path: string; domain: string; owner: string; other: string; otherPath: string };
  'config.shared-email': { path: string; email: string; owner: string; other: string; otherPath: string };
  'config.no-systems': { path: string };
  'config.no-people': { path: string };
  'config.several-files': { path: string; ignored: string };
}

/** Reading and parsing calendars. `undefined`: the code carries no data. */
interface IngestData {
  'input.unreadable': { reason: string };
  'ingest.empty': undefined;
  'ingest.binary': undefined;
  'ingest.html': undefined;
  'ingest.not-calendar': undefined;
  'ingest.encoding': { encoding: string };
  'ingest.no-events': undefined;
  'ingest.unclosed-component': { component: string; why: 'eof' | 'begin' | 'end'; at: number };
  'ingest.unexpected-end': { component: string };
  'ingest.bad-line': { property: string };
  'ingest.bad-date': { property: string; value: string };
  'ingest.bad-duration': { value: string };
  'ingest.out-of-range': { property: string; value: string; limit: string };
  'ingest.floating-end': { zone: string };
  'ingest.override-inexact': OverrideData;
  'ingest.override-unmatched': OverrideData;
  'ingest.negative-duration': { uid: string };
  /** The UID when the event was parsed but its DTSTART is missing; none when it was never read. */
  'ingest.missing-dtstart': { uid: string } | undefined;
  /** `reason` is the rule parser's own ("BYWEEKNO needs FREQ=YEARLY"). */
  'ingest.bad-rrule': { uid: string; rule: string; reason: string };
  'ingest.occurrence-cap': { uid: string; cap: number; kind: 'instances' | 'iterations' };
  'ingest.zone-fallback': { zone: string; count: number; fallback: string };
  'ingest.merged-calendars': { person: string; email: string; files: string; count: number };
  'ingest.more-problems': { of: FindingCode; more: number };
}

type OverrideData = { uid: string; value: string; count: number; overrides: number };

/** The measure/detect codes: overload, load and data quality, per person-week or per calendar. */
interface MeasureData {
  'overload.critical': OverloadData;
  'overload.warn': OverloadData;
  'leave.meetings': { hours: number; absenceDays: number };
  'load.conflict': { hours: number; scheduled: number; occupied: number; threshold: number };
  'load.out-of-hours': { hours: number; outOfHours: number; weekend: number; threshold: number };
  'load.systems': { systems: number; max: number };
  'load.above-baseline': { hours: number; baseline: number; ratio: number | null };
  'data.availability-only': { busy: number; timed: number };
  'data.truncated-end': { lastDate: string; windowEnd: string };
  'data.truncated-start': { firstDate: string; windowStart: string };
  'data.before-window': { lastDate: string; windowStart: string };
  'data.no-data-person': { weeks: number };
  'data.no-data-week': undefined;
  'data.unassigned': { hours: number; total: number; share: number };
}

type OverloadData = {
  hours: number;
  capacity: number;
  threshold: number;
  /** hours ÷ capacity; null without capacity. */
  ratio: number | null;
  absenceDays: number;
};

/** An applied plan file (`suggest --apply`). */
interface PlanData {
  'plan.applied': { leads: number; moves: number };
  'plan.move-not-held': { path: string; from: string; uid: string };
}

/** Every code, with the data its findings carry. */
export type FindingData = ConfigData & IngestData & MeasureData & PlanData;
export type FindingCode = keyof FindingData;
export type ConfigCode = keyof ConfigData;
export type IngestCode = keyof IngestData;
export type MeasureCode = keyof MeasureData;
export type PlanCode = keyof PlanData;

/** A code's `data`: required when it has figures, absent when it has none, optional when it may. */
type DataOf<D> = undefined extends D ? { data?: Exclude<D, undefined> } : { data: D };

/** A finding's code and data, before the stage that reports it says where and how severe. */
export type FindingBody<C extends FindingCode = FindingCode> = {
  [K in C]: { code: K } & DataOf<FindingData[K]>;
}[C];

/** Where a finding came from. */
export interface FindingPlace {
  severity: Severity;
  /** Calendar or config file it concerns. */
  file?: string;
  /** 1-based line in that file, where known. */
  line?: number;
  person?: string;
  week?: string;
}

/** The finding of one code. */
export type FindingOf<C extends FindingCode> = FindingPlace & { code: C } & DataOf<FindingData[C]>;

/**
 * A finding is data: a code, a severity, where it came from and its figures (never a private
 * title). One formatter (src/findings/format.ts) turns findings into sentences; tests assert codes
 * and numbers. `Finding<C>` is the union of some codes' findings (`Finding<ConfigCode>`).
 */
export type Finding<C extends FindingCode = FindingCode> = { [K in C]: FindingOf<K> }[C];

/** The sentences of some codes: one function per code, given that code's finding. Sentences never contain a meeting title. */
export type Messages<C extends FindingCode> = { readonly [K in C]: (f: FindingOf<K>) => string };

// Every code's data is a flat record of JSON scalars (the report schema's `data`): else this fails to compile.
type Flat<D> = D extends undefined ? true : D extends Readonly<Record<string, FindingValue>> ? true : false;
type Assert<T extends true> = T;
type _DataIsFlat = Assert<Flat<FindingData[FindingCode]>>;
