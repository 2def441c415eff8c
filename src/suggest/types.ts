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

/** One system in the lead plan. */
export interface LeadAssignment {
  system: string;
  /** Null when nobody covers the system (its meetings stay with today's attendees). */
  lead: string | null;
  designatedLead: string | null;
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

export interface LeadPlan {
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
  underWarn: boolean;
  hoursChangingHands: number;
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
}

export interface SuggestOptions {
  /** Add every rejected colleague to each move and blocked meeting. */
  verbose?: boolean;
  /** Hide every title (displayTitle's redact). */
  redact?: boolean;
  /** Lead plan solver time limit in seconds (default 60). */
  timeLimitSeconds?: number;
}
