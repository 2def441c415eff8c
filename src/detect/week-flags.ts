import type { Config } from '../config/types.js';
import { onLeave, thresholdsFor } from '../measure/capacity.js';
import { round4 } from '../measure/calendar-time.js';
import type { Finding, PersonWeek } from '../types.js';
import { DETECT_DEFAULTS } from './defaults.js';

/** Overload and load flags for one person-week: figures only, the formatter writes the sentences. */
export function personWeekFlags(config: Config, week: PersonWeek): Finding[] {
  const findings: Finding[] = [];
  const where = { person: week.person, week: week.week };
  const thresholds = thresholdsFor(config, week.person);

  if (onLeave(week) && week.scheduled > 0) {
    findings.push({
      code: 'leave.meetings',
      severity: 'warning',
      ...where,
      data: { hours: week.scheduled, absenceDays: week.absenceDays },
    });
  }

  if (week.level !== 'ok') {
    findings.push({
      code: `overload.${week.level}`,
      severity: 'warning',
      ...where,
      data: {
        hours: week.scheduled,
        capacity: week.capacity,
        threshold: week.level === 'critical' ? week.criticalAt : week.warnAt,
        ratio: week.capacity > 0 ? round4(week.scheduled / week.capacity) : null,
        absenceDays: week.absenceDays,
      },
    });
  }

  const conflictLimit = thresholds.conflictHours ?? DETECT_DEFAULTS.conflictHours;
  if (week.conflict > 0 && week.conflict >= conflictLimit) {
    findings.push({
      code: 'load.conflict',
      severity: 'warning',
      ...where,
      data: {
        hours: week.conflict,
        scheduled: week.scheduled,
        occupied: week.occupied,
        threshold: conflictLimit,
      },
    });
  }

  const outside = round4(week.outOfHours + week.weekend);
  const outLimit = thresholds.outOfHoursHours ?? DETECT_DEFAULTS.outOfHoursHours;
  if (outside > 0 && outside >= outLimit) {
    findings.push({
      code: 'load.out-of-hours',
      severity: 'warning',
      ...where,
      data: { hours: outside, outOfHours: week.outOfHours, weekend: week.weekend, threshold: outLimit },
    });
  }

  if (thresholds.maxSystems !== undefined && week.systemCount > thresholds.maxSystems) {
    findings.push({
      code: 'load.systems',
      severity: 'warning',
      ...where,
      data: { systems: week.systemCount, max: thresholds.maxSystems },
    });
  }

  const ratio = thresholds.baselineRatio ?? DETECT_DEFAULTS.baselineRatio;
  if (
    week.baseline !== null &&
    week.scheduled >= ratio * week.baseline &&
    week.scheduled - week.baseline >= DETECT_DEFAULTS.baselineMinIncrease
  ) {
    findings.push({
      code: 'load.above-baseline',
      severity: 'info',
      ...where,
      data: {
        hours: week.scheduled,
        baseline: week.baseline,
        ratio: week.baseline > 0 ? round4(week.scheduled / week.baseline) : null,
      },
    });
  }
  return findings;
}
