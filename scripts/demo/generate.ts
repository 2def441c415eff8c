/**
 * A pure, seeded generator of synthetic ambulance-trust calendars: the bundled demo (one trust, eight
 * executives, 2026-W40…W52) and, with larger options, benchmark data. Same options, same text.
 */
import { buildTrust, type Trust } from './cast.js';
import { dayFromIso, weekday } from './calendar-math.js';
import { writeGoogle } from './ics-google.js';
import { writeOutlook } from './ics-outlook.js';
import { configYaml } from './config-yaml.js';
import { planTrust, type PersonCalendar } from './plan.js';
import { Rng } from './prng.js';
import type { DemoPerson } from './cast.js';

export interface GenerateOptions {
  seed: number;
  /** Number of trusts (default 1). With more than one, each gets its own folder trust-NN/. */
  trusts?: number;
  /** People per trust (default 8: the executives; more adds generated senior managers). */
  peoplePerTrust?: number;
  /** Monday of the first week, YYYY-MM-DD. */
  from: string;
  weeks: number;
}

export interface GeneratedFile {
  /** Relative to the output folder, with forward slashes. */
  path: string;
  text: string;
}

/** The options that produce fixtures/demo/. */
export const DEMO_OPTIONS: GenerateOptions = {
  seed: 20261116,
  trusts: 1,
  peoplePerTrust: 8,
  from: '2026-09-28',
  weeks: 13,
};

export interface PlannedTrust {
  trust: Trust;
  calendars: PersonCalendar[];
  prefix: string;
}

function check(options: GenerateOptions): void {
  const whole = (n: number | undefined, what: string): void => {
    if (n !== undefined && (!Number.isInteger(n) || n < 1))
      throw new Error(`${what} must be a whole number of at least 1`);
  };
  whole(options.trusts, 'trusts');
  whole(options.peoplePerTrust, 'peoplePerTrust');
  whole(options.weeks, 'weeks');
  if (weekday(dayFromIso(options.from)) !== 0) throw new Error(`from must be a Monday: ${options.from}`);
}

function planOne(options: GenerateOptions, index: number): PlannedTrust {
  check(options);
  const trusts = options.trusts ?? 1;
  // Each trust draws from its own stream, so trust 1 is the same whether 1 or 10 are generated.
  const rng = new Rng(options.seed).fork(`trust:${index}`);
  const trust = buildTrust(index, options.peoplePerTrust ?? 8, rng.fork('cast'));
  const calendars = planTrust(trust, rng, dayFromIso(options.from), options.weeks);
  return { trust, calendars, prefix: trusts > 1 ? `trust-${String(index + 1).padStart(2, '0')}/` : '' };
}

/** The generator's model of every trust, before it is written out (used by the tests). */
export function planTrusts(options: GenerateOptions): PlannedTrust[] {
  return Array.from({ length: options.trusts ?? 1 }, (_, i) => planOne(options, i));
}

export function calendarFileName(p: DemoPerson): string {
  // Google's export zip names each calendar after its address; the others get a plain name.
  if (p.style === 'google') return `${p.emails[0]!}.ics`;
  return `${p.name
    .replace(/^Dr /, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')}.ics`;
}

function writeCalendar(cal: PersonCalendar, exportedOn: number): string {
  const p = cal.person;
  const base = { exportedOn, ownerEmails: p.emails.map((e) => e.toLowerCase()) };
  if (p.style === 'outlook') return writeOutlook(cal.events, base);
  return writeGoogle(cal.events, {
    ...base,
    flavour: p.style,
    calName: p.style === 'apple' ? 'Work' : p.emails[0]!,
    withTimezone: p.variant !== 'no-vtimezone',
    eol: p.variant === 'lf' ? '\n' : '\r\n',
  });
}

/** Files one trust at a time, so a benchmark run need not hold every trust's text at once. */
export function* generateFiles(options: GenerateOptions): Generator<GeneratedFile> {
  // Exported the morning after the last generated day.
  const exportedOn = dayFromIso(options.from) + options.weeks * 7 + 1;
  const trusts = options.trusts ?? 1;
  for (let i = 0; i < trusts; i++) {
    const { trust, calendars, prefix } = planOne(options, i);
    const paths = new Map<string, string>();
    for (const cal of calendars) {
      const path = `calendars/${calendarFileName(cal.person)}`;
      paths.set(cal.person.id, path);
      yield { path: `${prefix}${path}`, text: writeCalendar(cal, exportedOn) };
    }
    const huddle = calendars
      .find((c) => c.person.id === 'cmo')
      ?.events.find((e) => e.summary === 'Pathway huddle (Dr Ellery)');
    const correction = huddle ? { uid: huddle.uid, system: 'kestrel', workstream: 'stroke' } : null;
    yield {
      path: `${prefix}engage-load.yaml`,
      text: configYaml({ trust, calendarPaths: paths, correction }),
    };
  }
}

export function generateTrust(options: GenerateOptions): { files: GeneratedFile[] } {
  return { files: [...generateFiles(options)] };
}
