import { DateTime } from 'luxon';
import { round4 } from '../measure/calendar-time.js';
import { UNASSIGNED, type Finding, type PersonWeek, type Analysis } from '../types.js';
import { DETECT_DEFAULTS } from './defaults.js';

const DAY_MS = 86_400_000;

function localDate(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISODate()!;
}

/** Exports that carry only free/busy blocks: the hours are real, the tags cannot be. */
function availabilityOnly(analysis: Analysis): Finding[] {
  return analysis.calendars
    .filter(
      (c) =>
        c.readable && c.timedEvents > 0 && c.busyOnlyTitles / c.timedEvents >= DETECT_DEFAULTS.busyOnlyShare,
    )
    .map((c) => ({
      code: 'data.availability-only',
      severity: 'warning' as const,
      file: c.name,
      person: c.person,
      data: { busy: c.busyOnlyTitles, timed: c.timedEvents },
    }));
}

/** Calendars whose events stop well before the window ends, or start well after it begins. */
function truncated(analysis: Analysis): Finding[] {
  const { window } = analysis;
  const slack = DETECT_DEFAULTS.truncatedDays * DAY_MS;
  const findings: Finding[] = [];
  for (const c of analysis.calendars) {
    if (!c.readable || c.firstStart === null || c.lastEnd === null) continue;
    if (c.lastEnd < window.end - slack && c.lastEnd > window.start - slack) {
      findings.push({
        code: 'data.truncated-end',
        severity: 'warning',
        file: c.name,
        person: c.person,
        data: { lastDate: localDate(c.lastEnd - 1, window.zone), windowEnd: window.to },
      });
    } else if (c.lastEnd <= window.start - slack) {
      findings.push({
        code: 'data.before-window',
        severity: 'warning',
        file: c.name,
        person: c.person,
        data: { lastDate: localDate(c.lastEnd - 1, window.zone), windowStart: window.from },
      });
    }
    if (c.firstStart > window.start + slack) {
      findings.push({
        code: 'data.truncated-start',
        severity: 'warning',
        file: c.name,
        person: c.person,
        data: { firstDate: localDate(c.firstStart, window.zone), windowStart: window.from },
      });
    }
  }
  return findings;
}

/** People with nothing at all in the window, and weeks with nothing for people who have data elsewhere. */
function missingData(weeks: readonly PersonWeek[], withData: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const byPerson = new Map<string, PersonWeek[]>();
  for (const w of weeks) {
    const own = byPerson.get(w.person);
    if (own) own.push(w);
    else byPerson.set(w.person, [w]);
  }
  for (const [person, own] of byPerson) {
    if (!own.some((w) => withData.has(`${person} ${w.week}`))) {
      findings.push({
        code: 'data.no-data-person',
        severity: 'warning',
        person,
        data: { weeks: own.length },
      });
      continue;
    }
    for (const w of own) {
      if (!withData.has(`${person} ${w.week}`)) {
        findings.push({ code: 'data.no-data-week', severity: 'info', person, week: w.week });
      }
    }
  }
  return findings;
}

/** The share of counted hours no system rule claimed, over the whole report. */
function unassigned(weeks: readonly PersonWeek[]): Finding[] {
  let total = 0;
  let left = 0;
  for (const w of weeks) {
    total += w.scheduled;
    left += w.bySystem[UNASSIGNED] ?? 0;
  }
  if (total <= 0 || left <= 0) return [];
  const share = round4(left / total);
  return [
    {
      code: 'data.unassigned',
      severity: share >= DETECT_DEFAULTS.unassignedWarnShare ? 'warning' : 'info',
      data: { hours: round4(left), total: round4(total), share },
    },
  ];
}

export function qualityFindings(
  analysis: Analysis,
  weeks: readonly PersonWeek[],
  withData: ReadonlySet<string>,
): Finding[] {
  return [
    ...availabilityOnly(analysis),
    ...truncated(analysis),
    ...missingData(weeks, withData),
    ...unassigned(weeks),
  ];
}
