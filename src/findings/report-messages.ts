import type { Finding } from '../types.js';
import { hoursText, percentText, plural } from './numbers.js';

/** Sentences for the measure/detect codes: overload.*, load.*, data.*. */

function num(f: Finding, key: string): number {
  const value = f.data?.[key];
  return typeof value === 'number' ? value : 0;
}

function str(f: Finding, key: string): string {
  const value = f.data?.[key];
  return value === undefined || value === null ? '?' : String(value);
}

function who(f: Finding): string {
  return [f.person, f.week].filter(Boolean).join(', ');
}

function overload(level: string): (f: Finding) => string {
  return (f) => {
    const leave = num(f, 'absenceDays') > 0 ? ` after ${plural(num(f, 'absenceDays'), 'day')} of leave` : '';
    const ratio = f.data?.['ratio'];
    const share = typeof ratio === 'number' ? ` (${percentText(ratio)})` : '';
    return (
      `${who(f)}: ${level}: ${hoursText(num(f, 'hours'))} h of meetings scheduled against a capacity of ` +
      `${hoursText(num(f, 'capacity'))} h${leave}${share}; ${level} from ${hoursText(num(f, 'threshold'))} h.`
    );
  };
}

export const reportMessages: Record<string, (f: Finding) => string> = {
  'overload.critical': overload('critical'),
  'overload.warn': overload('warn'),
  'leave.meetings': (f) =>
    `${who(f)}: on leave all week, yet ${hoursText(num(f, 'hours'))} h of meetings during leave need cover ` +
    `or will be missed (a week of leave has no load ratio, so it is not counted as overload).`,
  'load.conflict': (f) =>
    `${who(f)}: ${hoursText(num(f, 'hours'))} h double-booked (${hoursText(num(f, 'scheduled'))} h scheduled, ` +
    `${hoursText(num(f, 'occupied'))} h of diary actually blocked).`,
  'load.out-of-hours': (f) =>
    `${who(f)}: ${hoursText(num(f, 'hours'))} h of meetings outside working hours ` +
    `(${hoursText(num(f, 'outOfHours'))} h on working days, ${hoursText(num(f, 'weekend'))} h at the weekend).`,
  'load.systems': (f) =>
    `${who(f)}: meetings with ${num(f, 'systems')} systems, more than the ${num(f, 'max')} configured.`,
  'load.above-baseline': (f) =>
    `${who(f)}: ${hoursText(num(f, 'hours'))} h scheduled, well above the usual ${hoursText(num(f, 'baseline'))} h ` +
    `of the previous weeks.`,
  'data.availability-only': (f) =>
    `availability only: ${num(f, 'busy')} of ${num(f, 'timed')} timed events have no title but "Busy", ` +
    `so their hours count but cannot be tagged to a system.`,
  'data.truncated-end': (f) =>
    `events stop on ${str(f, 'lastDate')}, well before the report window ends on ${str(f, 'windowEnd')}; ` +
    `the export looks truncated, so later weeks may show false zeros.`,
  'data.truncated-start': (f) =>
    `events start only on ${str(f, 'firstDate')}, well after the report window begins on ` +
    `${str(f, 'windowStart')}; the export looks truncated, so earlier weeks may show false zeros.`,
  'data.before-window': (f) =>
    `every event ends before the report window begins on ${str(f, 'windowStart')} (the last on ` +
    `${str(f, 'lastDate')}); this export holds no data for the window.`,
  'data.no-data-person': (f) =>
    `${f.person ?? '?'}: no calendar entries at all in the report window; their zero hours mean missing data, ` +
    `not a free diary.`,
  'data.no-data-week': (f) => `${who(f)}: no calendar entries in this week.`,
  'data.unassigned': (f) =>
    `${percentText(num(f, 'share'))} of meeting hours (${hoursText(num(f, 'hours'))} of ` +
    `${hoursText(num(f, 'total'))} h) match no system; add keywords or domains to the config to tag them.`,
};
