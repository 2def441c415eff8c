import { hoursText, percentText, plural } from './numbers.js';
import type { FindingOf, FindingPlace, MeasureCode, Messages } from './types.js';

/** Sentences for the measure/detect codes: overload.*, leave.*, load.*, data.*. */

function who(f: FindingPlace): string {
  return [f.person, f.week].filter(Boolean).join(', ');
}

function overload(level: 'critical' | 'warn'): (f: FindingOf<`overload.${typeof level}`>) => string {
  return (f) => {
    const d = f.data;
    const leave = d.absenceDays > 0 ? ` after ${plural(d.absenceDays, 'day')} of leave` : '';
    const share = d.ratio === null ? '' : ` (${percentText(d.ratio)})`;
    return (
      `${who(f)}: ${level}: ${hoursText(d.hours)} h of meetings scheduled against a capacity of ` +
      `${hoursText(d.capacity)} h${leave}${share}; ${level} from ${hoursText(d.threshold)} h.`
    );
  };
}

export const reportMessages: Messages<MeasureCode> = {
  'overload.critical': overload('critical'),
  'overload.warn': overload('warn'),
  'leave.meetings': (f) =>
    `${who(f)}: on leave all week, yet ${hoursText(f.data.hours)} h of meetings during leave need cover ` +
    `or will be missed (a week of leave has no load ratio, so it is not counted as overload).`,
  'load.conflict': (f) =>
    `${who(f)}: ${hoursText(f.data.hours)} h double-booked (${hoursText(f.data.scheduled)} h scheduled, ` +
    `${hoursText(f.data.occupied)} h of diary actually blocked).`,
  'load.out-of-hours': (f) =>
    `${who(f)}: ${hoursText(f.data.hours)} h of meetings outside working hours ` +
    `(${hoursText(f.data.outOfHours)} h on working days, ${hoursText(f.data.weekend)} h at the weekend).`,
  'load.systems': (f) =>
    `${who(f)}: meetings with ${f.data.systems} systems, more than the ${f.data.max} configured.`,
  'load.above-baseline': (f) =>
    `${who(f)}: ${hoursText(f.data.hours)} h scheduled, well above the usual ${hoursText(f.data.baseline)} h ` +
    `of the previous weeks.`,
  'data.availability-only': ({ data: d }) =>
    `availability only: ${d.busy} of ${d.timed} timed events have no title but "Busy", ` +
    `so their hours count but cannot be tagged to a system.`,
  'data.truncated-end': ({ data: d }) =>
    `events stop on ${d.lastDate}, well before the report window ends on ${d.windowEnd}; ` +
    `the export looks truncated, so later weeks may show false zeros.`,
  'data.truncated-start': ({ data: d }) =>
    `events start only on ${d.firstDate}, well after the report window begins on ` +
    `${d.windowStart}; the export looks truncated, so earlier weeks may show false zeros.`,
  'data.before-window': ({ data: d }) =>
    `every event ends before the report window begins on ${d.windowStart} (the last on ` +
    `${d.lastDate}); this export holds no data for the window.`,
  'data.no-data-person': (f) =>
    `${f.person ?? '?'}: no calendar entries at all in the report window; their zero hours mean missing data, ` +
    `not a free diary.`,
  'data.no-data-week': (f) => `${who(f)}: no calendar entries in this week.`,
  'data.unassigned': ({ data: d }) =>
    `${percentText(d.share)} of meeting hours (${hoursText(d.hours)} of ` +
    `${hoursText(d.total)} h) match no system; add keywords or domains to the config to tag them.`,
};
