import type { Day } from './calendar-math.js';
import type { CalEvent, PartStat } from './model.js';
import type { DemoPerson, DemoSystem, Trust } from './cast.js';
import type { Rng } from './prng.js';

/** One meeting and whose calendars it appears in, with each holder's reply. */
export interface SharedEvent {
  event: CalEvent;
  holders: { id: string; partstat: PartStat }[];
}

export interface PlanContext {
  trust: Trust;
  rng: Rng;
  /** Monday of the first generated week, and the day after the last one. */
  firstDay: Day;
  endDay: Day;
  shared: SharedEvent[];
  person(id: string): DemoPerson | undefined;
  system(id: string): DemoSystem;
}

export const hm = (h: number, m = 0): number => h * 60 + m;
