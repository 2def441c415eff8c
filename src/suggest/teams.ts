import type { Analysis, PersonWeek } from '../types.js';
import { byWeekPersonWorkstream } from './consolidation.js';
import type { SuggestionSet, TeamSuggestions, WeekMoves } from './types.js';

/** One team's part of the suggestions' input: its people, their occurrences and person-weeks. */
export interface TeamPart {
  /** The team id, or null for people the config gives no team (and calendar owners it does not list). */
  team: string | null;
  /** The team's configured people, then the calendar owners of the part the config does not list. */
  people: string[];
  analysis: Analysis;
  personWeeks: PersonWeek[];
}

/** Whether the config groups people into teams at all. */
export const hasTeams = (analysis: Analysis): boolean => analysis.config.people.some((p) => p.team);

/**
 * The input split by team, teams in id order and the people without a team last. A system's
 * designated lead is its lead only in the lead's own team; other teams plan it without one.
 */
export function splitByTeam(analysis: Analysis, personWeeks: PersonWeek[]): TeamPart[] {
  const teamOf = new Map(analysis.config.people.map((p) => [p.id, p.team ?? null]));
  const of = (person: string): string | null => teamOf.get(person) ?? null;
  const teams = [...new Set(analysis.config.people.map((p) => p.team ?? null))];
  const named = teams.filter((t): t is string => t !== null).sort();
  const order: (string | null)[] = [...named, null];
  // One pass over the occurrences and person-weeks, each put in its person's team.
  const bucket = <T extends { person: string }>(items: readonly T[]): Map<string | null, T[]> => {
    const out = new Map<string | null, T[]>(order.map((t) => [t, []]));
    for (const item of items) out.get(of(item.person))!.push(item);
    return out;
  };
  const occurrencesOf = bucket(analysis.occurrences);
  const historyOf = bucket(analysis.history);
  const weeksOf = bucket(personWeeks);
  const parts: TeamPart[] = [];
  for (const team of order) {
    const people = analysis.config.people.filter((p) => (p.team ?? null) === team);
    const occurrences = occurrencesOf.get(team)!;
    const weeks = weeksOf.get(team)!;
    if (team === null && people.length === 0 && occurrences.length === 0 && weeks.length === 0) continue;
    const { config } = analysis;
    parts.push({
      team,
      people: [...new Set([...people.map((p) => p.id), ...occurrences.map((o) => o.person)])],
      analysis: {
        ...analysis,
        config: {
          ...config,
          people,
          systems: config.systems.map((s) =>
            s.lead !== null && of(s.lead) !== team ? { ...s, lead: null } : s,
          ),
        },
        occurrences,
        history: historyOf.get(team)!,
      },
      personWeeks: weeks,
    });
  }
  return parts;
}

const byWeekPerson = (a: WeekMoves, b: WeekMoves): number =>
  a.week === b.week ? (a.person < b.person ? -1 : 1) : a.week < b.week ? -1 : 1;

/**
 * The teams' suggestions as one set. Moves, consolidation and double attendance name people, who
 * belong to one team, so they are listed together in the usual orders; a lead plan and the seats
 * at the table belong to a team, so they are given per team under `teams` (the top-level lead plan
 * is null and the top-level seats empty).
 */
export function mergeTeams(parts: { part: TeamPart; set: SuggestionSet }[]): SuggestionSet {
  const teams: TeamSuggestions[] = parts.map((p) => ({
    team: p.part.team,
    people: p.part.people,
    leadPlan: p.set.leadPlan,
    seats: p.set.seats,
  }));
  return {
    moves: parts.flatMap((p) => p.set.moves).sort(byWeekPerson),
    leadPlan: null,
    consolidation: parts.flatMap((p) => p.set.consolidation).sort(byWeekPersonWorkstream),
    doubleAttendance: parts
      .flatMap((p) => p.set.doubleAttendance)
      .sort((a, b) => b.couldSave - a.couldSave || (a.meeting.uid < b.meeting.uid ? -1 : 1)),
    seats: [],
    cover: parts
      .flatMap((p) => p.set.cover ?? [])
      .sort((a, b) => (a.week === b.week ? (a.person < b.person ? -1 : 1) : a.week < b.week ? -1 : 1)),
    teams,
  };
}
