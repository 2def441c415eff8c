/**
 * Limits for the flags beyond overload, used when the config's thresholds leave them unset.
 * They are deliberately conservative: a flag should be worth reading.
 */
export const DETECT_DEFAULTS = {
  /** Double-booked hours in a week (scheduled − occupied). */
  conflictHours: 2,
  /** Meeting hours outside the working hours, weekends included, in a week. */
  outOfHoursHours: 4,
  /** A week at or above this multiple of the person's baseline … */
  baselineRatio: 1.5,
  /** … and at least this many hours above it, so 1 h → 2 h is not news. */
  baselineMinIncrease: 5,
  /** Share of a calendar's timed events titled "Busy" (or empty) that marks an availability-only export. */
  busyOnlyShare: 0.9,
  /** A calendar whose events stop (or start) more than this many days inside the window looks truncated. */
  truncatedDays: 4,
  /** Share of all meeting hours left unassigned at or above which the report warns rather than informs. */
  unassignedWarnShare: 0.2,
} as const;
