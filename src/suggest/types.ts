/**
 * The suggest stage's output: plain data with codes and figures, never sentences.
 * Renderers in src/render/suggestions/ turn it into text. Titles are already passed through
 * displayTitle, so a private meeting's title never reaches this data.
 * Hours are decimal; weeks are ISO week keys; instants are epoch ms.
 */

/** A meeting as suggestions name it. When the title is hidden, renderers name it by system and workstream. */
export interface MeetingRef {
  uid: string;
  system: string;
  workstream: string | null;
  /** displayTitle(): the title, "(private)" or "(redacted)". */
  title: string;
  titleHidden: boolean;
  /** Start of the first occurrence concerned. */
  start: number;
  recurring: boolean;
}

/** Why a colleague was not chosen for a meeting (verbose output, and the reasons behind "nothing feasible"). */
export type RejectionReason =
  | 'not-eligible' // does not cover the system
  | 'authority' // lower authority than the person they would replace (and not the designated lead)
  | 'absent' // no capacity in an affected week
  | 'busy' // already in a counted meeting at a moved occurrence
  | 'would-overload' // would reach warn, or raise the team's highest load, in an affected week
  | 'less-preferred'; // feasible, but another colleague ranked higher

export interface Rejection {
  person: string;
  reason: RejectionReason;
  /** For busy: how many moved occurrences clash. */
  clashes?: number;
  /** For would-overload and absent: the week concerned and the colleague's hours there after the move. */
  week?: string;
  hoursAfter?: number;
  warnAt?: number;
}

/** Why the chosen colleague: the first applies to step-backs, the others to moves, best first. */
export type ChoiceReason = 'already-attends' | 'designated-lead' | 'engaged-with-system' | 'covers-system';

/** The effect of a move in one affected week. */
export interface MoveWeek {
  week: string;
  /** Hours the meeting takes off the person stepping back or handing over. */
  hours: number;
  /** Hours the colleague gains (0 for a step-back, less than `hours` where they already attend some occurrences). */
  gained: number;
  fromBefore: number;
  fromAfter: number;
  toBefore: number;
  toAfter: number;
  toWarnAt: number;
}

export interface Move {
  kind: 'step-back' | 'move';
  from: string;
  to: string;
  meeting: MeetingRef;
  /** A whole recurring series in the window, or one occurrence. */
  unit: 'series' | 'occurrence';
  occurrences: number;
  /** Hours off `from` in the flagged week. */
  hoursInWeek: number;
  /** Hours off `from` across the window. */
  totalHours: number;
  weeks: MoveWeek[];
  why: ChoiceReason[];
  /** With verbose: every other colleague and why they were not chosen. */
  alternatives?: Rejection[];
  /**
   * Set when the lead plan gives this meeting's system (or its system and workstream kind) to someone
   * other than today's lead: the plan's lead for it. Moves are for this week, under today's leads.
   */
  planLead?: string;
}

/** Why a candidate meeting could not be moved at all. */
export type BlockReason = 'nobody-eligible' | 'everyone-busy' | 'everyone-overloaded' | 'busy-or-overloaded';

export interface BlockedMeeting {
  meeting: MeetingRef;
  unit: 'series' | 'occurrence';
  hoursInWeek: number;
  reason: BlockReason;
  /** How many colleagues failed at each check. */
  counts: Partial<Record<RejectionReason, number>>;
  rejections?: Rejection[];
}

/** The suggestions for one flagged person-week. */
export interface WeekMoves {
  person: string;
  week: string;
  levelBefore: 'warn' | 'critical';
  levelAfter: 'ok' | 'warn' | 'critical';
  capacity: number;
  warnAt: number;
  criticalAt: number;
  /** Hours in this week when its turn came (earlier suggestions may already have changed them). */
  hoursBefore: number;
  hoursAfter: number;
  moves: Move[];
  /** Under warn after the moves. */
  resolved: boolean;
  /**
   * Why the week stays at or above warn: `resolved-earlier` (moves for earlier weeks already fixed it),
   * `no-system-meetings` (nothing tagged to a system to move), `blocked` (see `blocked`).
   */
  outcome: 'resolved' | 'resolved-earlier' | 'partly-resolved' | 'no-system-meetings' | 'blocked';
  blocked: BlockedMeeting[];
}

/** A workstream kind as the plan groups meetings (`none`: no workstream). */
export type PlanKind = 'clinical' | 'strategic' | 'operational' | 'none';

/** One system in the lead plan (with granularity system-and-kind, one system's meetings of one kind). */
export interface LeadAssignment {
  system: string;
  /** Null with granularity system (and for a system with no meetings or nobody who covers it). */
  kind: PlanKind | null;
  /** Null when nobody covers the system (its meetings stay with today's attendees). */
  lead: string | null;
  designatedLead: string | null;
  /** Today's lead, whom changes are counted against: the designated lead if they cover it, else its main attendee. */
  todayLead: string | null;
  /** The plan's lead differs from today's lead. */
  changed: boolean;
  /** Distinct meetings (a UID's occurrence counted once, whoever attends it) in the window. */
  meetings: number;
  hours: number;
  hoursPerWeek: number;
  /** Hours of this system's meetings the lead does not attend today. */
  changesHands: number;
  attendeesToday: { person: string; hours: number }[];
  note: 'no-eligible-lead' | 'no-meetings' | null;
}

export interface LoadPoint {
  week: string;
  hours: number;
  /** hours / capacity, or null when the person has no capacity that week. */
  ratio: number | null;
}

export interface PlanPerson {
  person: string;
  leads: string[];
  /** Mean hours per week over the window, today and under the plan. */
  todayHours: number;
  planHours: number;
  todayPeak: LoadPoint | null;
  planPeak: LoadPoint | null;
  weeks: { week: string; today: number; plan: number; capacity: number; warnAt: number }[];
}

export interface RemovedDoubleAttendance {
  system: string;
  meeting: MeetingRef;
  attendees: string[];
  lead: string;
  /** Person-hours no longer spent (all attendees' hours at it today minus the lead's hours under the plan). */
  hoursSaved: number;
}

export type PlanBlocker =
  | { code: 'no-eligible-lead'; system: string; hours: number }
  | {
      code: 'over-warn';
      person: string;
      week: string;
      hours: number;
      warnAt: number;
      /** Hours that no lead plan moves: meetings outside the planned systems. */
      baseHours: number;
      leads: string[];
      /** Systems this person leads because nobody else covers them. */
      soleEligibleFor: string[];
    };

/** One system (or system and kind) whose lead a plan changes from today's lead. */
export interface LeadChange {
  system: string;
  kind: PlanKind | null;
  from: string;
  to: string;
  /** Hours of its meetings in the window: they move from one lead to the other. */
  hours: number;
}

/** The exact best plan with at most `maxChanges` lead changes from today's arrangement. */
export interface FrontierStep {
  maxChanges: number;
  changes: LeadChange[];
  /** Hours above warn, summed over person-weeks. */
  overload: number;
  maxLoad: number;
  hoursMoved: number;
  /** People at or above warn in some week under this plan. */
  overWarn: string[];
  /** Better than the step before (on overload, then peak, then hours moved). */
  improves: boolean;
  solver: 'search' | 'highs';
  exact: boolean;
}

export interface PlanRecommendation {
  /** The smallest step within `within` of the best overload reduction the frontier reaches. */
  maxChanges: number;
  within: number;
  changes: LeadChange[];
  overload: number;
  maxLoad: number;
  hoursMoved: number;
  overloadReduction: number;
  bestReduction: number;
  /** People at or above warn in some week under the recommended plan. */
  overWarn: string[];
  /** Of those, the ones not at or above warn with today's leads: the plan itself overloads them. */
  newlyOverWarn: string[];
}

/** A move for this week that the plan makes unnecessary: under the plan, `from` does not hold the meeting. */
export interface UnnecessaryMove {
  week: string;
  kind: 'step-back' | 'move';
  from: string;
  to: string;
  meeting: MeetingRef;
  hoursInWeek: number;
  /** The plan's lead for the meeting's system (or system and kind). */
  planLead: string;
}

export interface LeadPlan {
  /**
   * frontier (default): the fewest lead changes from today's arrangement that buy most of the relief;
   * balanced (--plan balanced): the minimum-peak plan.
   */
  objective: 'frontier' | 'balanced';
  granularity: 'system' | 'system-and-kind';
  /** search: exact branch and bound (small instances); highs: the HiGHS MILP solver. */
  solver: 'search' | 'highs';
  /** True when the plan is proved optimal. */
  exact: boolean;
  status: string;
  /** Highest hours/capacity of any person-week, today and under the plan. */
  maxLoadToday: number;
  maxLoadPlan: number;
  /**
   * The same, if today's arrangement were made a lead plan: each system to its designated lead
   * (else to whoever attends most of it). The plan is never worse than this.
   */
  maxLoadDesignated: number;
  /** Hours above warn over person-weeks: as attended today, with today's leads, under the plan. */
  overloadToday: number;
  overloadDesignated: number;
  overloadPlan: number;
  underWarn: boolean;
  /** Hours of meetings the plan's leads do not attend today. */
  hoursChangingHands: number;
  /** Hours of the systems whose lead the plan changes from today's lead. */
  hoursMovedBetweenLeads: number;
  /** frontier: one step per number of lead changes, from 0 until another change buys nothing ([] when balanced). */
  frontier: FrontierStep[];
  recommendation: PlanRecommendation | null;
  /** This week's moves the plan makes unnecessary. */
  unnecessaryMoves: UnnecessaryMove[];
  assignments: LeadAssignment[];
  people: PlanPerson[];
  removedDoubleAttendance: RemovedDoubleAttendance[];
  blockers: PlanBlocker[];
}

/** The same person, the same workstream, several systems, one week: a candidate joint forum. */
export interface ConsolidationCandidate {
  person: string;
  week: string;
  workstream: string;
  systems: { system: string; hours: number; meetings: number }[];
  hours: number;
  /** If one joint meeting as long as the longest system's replaced them all. */
  couldSave: number;
}

/** Two or more executives at the same system meeting (same UID). */
export interface DoubleAttendance {
  system: string;
  meeting: MeetingRef;
  attendees: string[];
  /** Occurrences in the window with two or more of them present. */
  occurrences: number;
  /** Hours of those occurrences (each counted once). */
  hours: number;
  /** Person-hours beyond one attendee per occurrence. */
  couldSave: number;
}

export interface SeatGap {
  code: 'no-engagement' | 'only-operational';
  system: string;
  hours: number;
  /** For only-operational: hours in operational workstreams and with no workstream. */
  operationalHours?: number;
  untaggedHours?: number;
}

/** A meeting during a week of leave, and who could attend it instead. */
export interface Cover {
  meeting: MeetingRef;
  hours: number;
  /** The colleague proposed, or null when nobody can (see reason and counts). */
  to: string | null;
  /** step-back: the colleague attends anyway; move: they would attend in the person's place. */
  kind: 'step-back' | 'move' | null;
  why: ChoiceReason[];
  toBefore: number | null;
  toAfter: number | null;
  toWarnAt: number | null;
  reason: BlockReason | null;
  counts: Partial<Record<RejectionReason, number>>;
}

/** A person's week of leave with meetings in it: they need cover or will be missed. */
export interface LeaveCover {
  person: string;
  week: string;
  /** Every counted meeting hour in the week. */
  hours: number;
  /** Of those, hours of meetings tagged to no system: nobody is proposed for them. */
  unassignedHours: number;
  /** Each occurrence tagged to a system, in start order. */
  meetings: Cover[];
}

/** With teams in the config: one team's lead plan and seats at the table. */
export interface TeamSuggestions {
  /** Null for the people the config gives no team. */
  team: string | null;
  /** The team's people (configured ids, then calendar owners the config does not list). */
  people: string[];
  leadPlan: LeadPlan | null;
  seats: SeatGap[];
}

export interface SuggestionSet {
  /** One entry per flagged (warn or critical) person-week, in week then person order. */
  moves: WeekMoves[];
  /** Null when the lead plan was not computed (suggestSync). */
  leadPlan: LeadPlan | null;
  consolidation: ConsolidationCandidate[];
  doubleAttendance: DoubleAttendance[];
  seats: SeatGap[];
  /** Weeks of full leave with meetings in them, and cover for those meetings. */
  cover?: LeaveCover[];
  /**
   * Only when the config groups people into teams: suggestions never cross a team, so each team has
   * its own lead plan and seats here (then the top-level leadPlan is null and seats is empty).
   */
  teams?: TeamSuggestions[];
}

export interface SuggestOptions {
  /** Add every rejected colleague to each move and blocked meeting. */
  verbose?: boolean;
  /** Hide every title (displayTitle's redact). */
  redact?: boolean;
  /** Lead plan solver time limit in seconds (default 60). */
  timeLimitSeconds?: number;
  /** frontier (default) or balanced (minimum peak). */
  plan?: 'frontier' | 'balanced';
  /** Today's lead per system (or `system/kind`), from an applied plan file. */
  designatedLeads?: ReadonlyMap<string, string>;
}
