import type { PersonWeek, Analysis } from '../types.js';
import { findConsolidation, findDoubleAttendance } from './consolidation.js';
import { suggestCover } from './cover.js';
import { tellOneStory } from './lead-plan/consistency.js';
import { planLeads } from './lead-plan/plan.js';
import { suggestMoves } from './moves.js';
import { findSeatGaps } from './seats.js';
import { buildTeam, type Team } from './team.js';
import { hasTeams, mergeTeams, splitByTeam } from './teams.js';
import type { SuggestionSet, SuggestOptions } from './types.js';

export type * from './types.js';
export { planLeads, type PlanOptions } from './lead-plan/plan.js';
export { buildTeam } from './team.js';

export interface SuggestInput {
  analysis: Analysis;
  personWeeks: PersonWeek[];
}

/**
 * Internal systems (the trust's own meetings) are reported but never moved, planned or listed as a
 * seat at the table: for suggestions they count as unassigned.
 */
function externalOnly(input: SuggestInput): { input: SuggestInput; internal: ReadonlySet<string> } {
  const { config } = input.analysis;
  const internal = new Set(config.systems.filter((s) => s.internal).map((s) => s.id));
  if (internal.size === 0) return { input, internal };
  return {
    input: {
      ...input,
      analysis: {
        ...input.analysis,
        config: { ...config, systems: config.systems.filter((s) => !s.internal) },
      },
    },
    // Their pieces are unassigned in the team (buildTeam), the occurrences left as they are.
    internal,
  };
}

function withoutPlan(team: Team, input: SuggestInput, options: SuggestOptions): SuggestionSet {
  return {
    moves: suggestMoves(team, input.personWeeks, options.verbose ?? false),
    leadPlan: null,
    consolidation: findConsolidation(team),
    doubleAttendance: findDoubleAttendance(team),
    seats: findSeatGaps(team, input.analysis.config),
    cover: suggestCover(team, input.personWeeks),
  };
}

/**
 * Runs `one` on the whole input, or with teams in the config on each team's part (suggestions never
 * cross a team) and merges the parts.
 */
async function perTeam(
  full: SuggestInput,
  one: (input: SuggestInput) => Promise<SuggestionSet>,
): Promise<SuggestionSet> {
  if (!hasTeams(full.analysis)) return one(full);
  const parts = [];
  for (const part of splitByTeam(full.analysis, full.personWeeks)) {
    parts.push({ part, set: await one({ analysis: part.analysis, personWeeks: part.personWeeks }) });
  }
  return mergeTeams(parts);
}

function syncOne(full: SuggestInput, options: SuggestOptions): SuggestionSet {
  const { input, internal } = externalOnly(full);
  return withoutPlan(
    buildTeam(input.analysis, input.personWeeks, options.redact ?? false, internal),
    input,
    options,
  );
}

/** Moves, consolidation, double attendance and seats at the table; synchronous, without the lead plan. */
export function suggestSync(full: SuggestInput, options: SuggestOptions = {}): SuggestionSet {
  if (!hasTeams(full.analysis)) return syncOne(full, options);
  return mergeTeams(
    splitByTeam(full.analysis, full.personWeeks).map((part) => ({
      part,
      set: syncOne({ analysis: part.analysis, personWeeks: part.personWeeks }, options),
    })),
  );
}

/** Every suggestion, including the system lead plan (which may load HiGHS, asynchronously). */
export async function suggest(full: SuggestInput, options: SuggestOptions = {}): Promise<SuggestionSet> {
  return perTeam(full, async (part) => {
    const { input, internal } = externalOnly(part);
    const team = buildTeam(input.analysis, input.personWeeks, options.redact ?? false, internal);
    const set = withoutPlan(team, input, options);
    const plan = await planLeads(team, input.analysis.config, {
      timeLimitSeconds: options.timeLimitSeconds ?? 60,
      objective: options.plan ?? 'frontier',
      ...(options.designatedLeads ? { designated: options.designatedLeads } : {}),
    });
    // Moves and plan tell one story within the team.
    const story = tellOneStory(set.moves, plan, input.analysis.config);
    return { ...set, moves: story.moves, leadPlan: story.plan };
  });
}
