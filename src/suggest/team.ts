import type { Authority, Person } from '../config/types.js';
import { displayTitle } from '../display-title.js';
import type { Analysis, PersonWeek, TaggedOccurrence } from '../types.js';
import { UNASSIGNED } from '../types.js';
import { weekKey } from '../window.js';
import type { MeetingRef } from './types.js';
import { round4 } from '../measure/calendar-time.js';
import { contractedHours, levelHours, thresholdsFor } from '../measure/capacity.js';

/**
 * A counted piece of a meeting in one person's calendar, with its week and the key that names the
 * occurrence across calendars. The fields the suggestions read in their loops are copied from the
 * occurrence, so that those loops read the pieces (made one after another, so close together in
 * memory) and not the occurrences they point to.
 */
export interface Piece {
  readonly occ: TaggedOccurrence;
  readonly week: string;
  /** A number for uid + start of the whole occurrence: the same meeting in two calendars has the same key. */
  readonly key: number;
  readonly uid: string;
  readonly start: number;
  readonly end: number;
  readonly hours: number;
  readonly system: string;
  readonly workstream: string | null;
  readonly recurring: boolean;
}

export function pieceOf(occ: TaggedOccurrence, week: string, key: number, system = occ.system): Piece {
  return {
    occ,
    week,
    key,
    uid: occ.uid,
    start: occ.start,
    end: occ.end,
    hours: occ.hours,
    system,
    workstream: occ.workstream,
    recurring: occ.recurring,
  };
}

/** The figures of one person-week that suggestions read: from the measures when present, else from the config. */
export interface WeekFigures {
  scheduled: number;
  capacity: number;
  warnAt: number;
  criticalAt: number;
}

/** Everything the suggestions need, indexed once. */
export interface Team {
  zone: string;
  weeks: string[];
  /** Every person seen in the config, the measures or the calendars, sorted. */
  ids: string[];
  people: Map<string, Person>;
  /** Counted pieces per person, in start order. */
  pieces: Map<string, Piece[]>;
  /** person → week → figures. */
  figures: Map<string, Map<string, WeekFigures>>;
  leadOf: Map<string, string>;
  /** person + uid of recurring series the person attends whole in the window (every instance not cancelled is counted). */
  wholeSeries: Set<string>;
  redact: boolean;
}

const RANK: Record<Authority, number> = { executive: 3, director: 2, 'senior-manager': 1 };

export function authorityRank(person: Person | undefined): number {
  return person?.authority ? RANK[person.authority] : 0;
}

export const cell = (person: string, week: string): string => `${person}\u0000${week}`;

/**
 * Numbers occurrences by uid and the start of the whole occurrence, from 0: pieces of the same
 * meeting, in one calendar or several, get the same number. Numbers rather than uid strings (Outlook's
 * are a hundred characters) keep the suggestions' sets and maps of meetings small and quick.
 */
export function occurrenceKeys(): (occ: TaggedOccurrence) => number {
  const byUid = new Map<string, Map<number, number>>();
  let next = 0;
  return (occ) => {
    let starts = byUid.get(occ.uid);
    if (!starts) {
      starts = new Map<number, number>();
      byUid.set(occ.uid, starts);
    }
    let key = starts.get(occ.occurrenceStart);
    if (key === undefined) {
      key = next++;
      starts.set(occ.occurrenceStart, key);
    }
    return key;
  };
}

const byStartEndUid = (a: TaggedOccurrence, b: TaggedOccurrence): number =>
  a.start - b.start || a.end - b.end || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0);

/**
 * The suggestions' index of a team's input. Pieces of the `unassigned` systems (the trust's internal
 * ones: reported, never moved, planned or listed as a seat) have the system "unassigned".
 */
export function buildTeam(
  analysis: Analysis,
  personWeeks: PersonWeek[],
  redact = false,
  unassigned: ReadonlySet<string> = new Set(),
): Team {
  const { config, window } = analysis;
  const people = new Map(config.people.map((p) => [p.id, p]));
  const pieces = new Map<string, Piece[]>();
  const ids = new Set<string>(people.keys());
  // Each person's counted occurrences by start, end and uid (a tie in the input's order), and the
  // people in the order a sort of all of them would meet them: each person's sort is short.
  const { occurrences } = analysis;
  const counted = new Map<string, number[]>();
  occurrences.forEach((occ, i) => {
    ids.add(occ.person);
    if (!occ.counts) return;
    const list = counted.get(occ.person);
    if (list) list.push(i);
    else counted.set(occ.person, [i]);
  });
  const order = (i: number, j: number): number => byStartEndUid(occurrences[i]!, occurrences[j]!) || i - j;
  for (const list of counted.values()) list.sort(order);
  const keyOf = occurrenceKeys();
  for (const [person, list] of [...counted].sort((a, b) => order(a[1][0]!, b[1][0]!))) {
    pieces.set(
      person,
      list.map((i) => {
        const occ = occurrences[i]!;
        const system = unassigned.has(occ.system) ? UNASSIGNED : occ.system;
        return pieceOf(occ, weekKey(occ.start, window.zone), keyOf(occ), system);
      }),
    );
  }
  const wholeSeries = new Set<string>();
  const broken = new Set<string>();
  for (const occ of analysis.occurrences) {
    if (!occ.recurring || occ.status === 'cancelled') continue;
    (occ.counts ? wholeSeries : broken).add(cell(occ.person, occ.uid));
  }
  for (const key of broken) wholeSeries.delete(key);
  const figures = new Map<string, Map<string, WeekFigures>>();
  const weeksOf = (person: string): Map<string, WeekFigures> => {
    let weeks = figures.get(person);
    if (!weeks) {
      weeks = new Map<string, WeekFigures>();
      figures.set(person, weeks);
    }
    return weeks;
  };
  for (const pw of personWeeks) {
    ids.add(pw.person);
    weeksOf(pw.person).set(pw.week, {
      scheduled: pw.scheduled,
      capacity: pw.capacity,
      warnAt: pw.warnAt,
      criticalAt: pw.criticalAt,
    });
  }
  // A person-week the measures did not produce: hours from the pieces, capacity and thresholds from the config.
  for (const id of ids) {
    const contracted = contractedHours(config, id);
    const { warnAt, criticalAt } = levelHours(thresholdsFor(config, id), contracted);
    const known = weeksOf(id);
    for (const week of window.weeks) {
      if (known.has(week)) continue;
      const scheduled = (pieces.get(id) ?? [])
        .filter((p) => p.week === week)
        .reduce((s, p) => s + p.hours, 0);
      known.set(week, {
        scheduled,
        capacity: contracted,
        warnAt,
        criticalAt,
      });
    }
  }
  const leadOf = new Map<string, string>();
  for (const s of config.systems) if (s.lead) leadOf.set(s.id, s.lead);
  return {
    zone: window.zone,
    weeks: window.weeks,
    ids: [...ids].sort(),
    people,
    pieces,
    figures,
    leadOf,
    wholeSeries,
    redact,
  };
}

const NO_FIGURES: Readonly<WeekFigures> = Object.freeze({
  scheduled: 0,
  capacity: 0,
  warnAt: 0,
  criticalAt: 0,
});

export function figuresOf(team: Team, person: string, week: string): Readonly<WeekFigures> {
  return team.figures.get(person)?.get(week) ?? NO_FIGURES;
}

/** How suggestions name a meeting: from one of its pieces (whose system is the one suggestions see). */
export function meetingRef(team: Team, piece: Piece): MeetingRef {
  const { occ } = piece;
  const title = displayTitle(occ, team.redact);
  return {
    uid: occ.uid,
    system: piece.system,
    workstream: occ.workstream,
    title,
    titleHidden: occ.private || team.redact,
    start: occ.occurrenceStart,
    recurring: occ.recurring,
  };
}

export const isSystemPiece = (p: Piece): boolean => p.system !== UNASSIGNED;

/** hours / capacity, or null when there is no capacity to measure against. */
export function ratio(hours: number, capacity: number): number | null {
  return capacity > 0 ? hours / capacity : null;
}

/** Hours to four places, as everywhere in the report. */
export const round = round4;
