import path from 'node:path';
import { isFeedUrl } from './config/feed-url.js';
import type { Config } from './config/types.js';
import { UsageError } from './errors.js';
import { identify } from './ingest/person.js';
import type { Finding } from './types.js';

/** The calendars a run reads, as its outputs name them, and the folder they are relative to. */
export interface CalendarInputs {
  names: string[];
  baseDir: string;
}

/**
 * The command line's calendars, else those listed under people in the config. Calendars from the
 * config are named relative to it in outputs: no machine's paths in a report.
 */
export function calendarInputs(calendars: readonly string[], config: Config, cwd: string): CalendarInputs {
  const fromCommandLine = calendars.length > 0;
  const specs = fromCommandLine ? [...calendars] : config.people.flatMap((p) => p.calendars);
  if (specs.length === 0) {
    throw new UsageError(
      'no calendars given: name .ics files or folders, use --demo, or list calendars under people in the config',
    );
  }
  const baseDir = fromCommandLine || !config.file ? cwd : path.dirname(config.file);
  const names = fromCommandLine ? specs : specs.map((s) => (isFeedUrl(s) ? s : path.relative(baseDir, s)));
  return { names, baseDir };
}

function locate(name: string, baseDir: string): string {
  return name === '-' || isFeedUrl(name) ? name : path.resolve(baseDir, name);
}

/**
 * A calendar that could not be read still has an owner when the config lists it: the report says
 * whose figures are missing (nothing else can be known without reading it).
 */
export function withOwner(f: Finding, baseDir: string, config: Config): Finding {
  if (!f.file || f.person !== undefined) return f;
  const source = { name: f.file, location: locate(f.file, baseDir), bytes: new Uint8Array() };
  const who = identify(source, null, () => null, config);
  return who.via === 'config' ? { ...f, person: who.id } : f;
}
