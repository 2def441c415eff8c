import type { Config, Thresholds, WorkingHours } from './types.js';

export const DEFAULT_TIMEZONE = 'Europe/London';
export const DEFAULT_CONTRACTED_HOURS = 37.5;

export const DEFAULT_THRESHOLDS: Thresholds = { warn: 0.75, critical: 1.0 };

export const DEFAULT_WORKING_HOURS: WorkingHours = {
  start: 8 * 60,
  end: 18 * 60,
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
};

/** The configuration used when no file is found: every calendar is a person, nothing is tagged. */
export function defaultConfig(timezone: string = DEFAULT_TIMEZONE): Config {
  return {
    file: null,
    timezone,
    weekStart: 'monday',
    workingHours: { ...DEFAULT_WORKING_HOURS, days: [...DEFAULT_WORKING_HOURS.days] },
    counting: { tentative: 'count', needsAction: 'count' },
    thresholds: { ...DEFAULT_THRESHOLDS },
    people: [],
    systems: [],
    workstreams: [],
    corrections: [],
  };
}
