import { hoursText, percentText, plural } from '../../findings/numbers.js';
import { UNASSIGNED } from '../../types.js';
import { BAR_AXIS, BAR_ROW, drawBars, type Bar } from './bars.js';
import type { Flow } from './flow.js';
import { CATEGORY, CRITICAL, OTHER, UNASSIGNED_FILL, WARN } from './palette.js';
import { ratio, systemLabel, type PackView } from './view.js';

/** Page 1's two charts of the week: everyone's load, and the hours by system. */

const SYSTEM_FILL = CATEGORY[0];
const MAX_SYSTEMS = 12;

/** How many bars fit above the data-quality line still to come. */
function barsThatFit(flow: Flow, wanted: number): number {
  return Math.max(3, Math.min(wanted, Math.floor((flow.room() - BAR_AXIS - 50) / BAR_ROW)));
}

/** Everyone's week as a share of capacity, heaviest first, with the warn and critical lines. */
export function loadBlock(flow: Flow, view: PackView): void {
  const rows = view.weekRows.filter((w) => w.capacity > 0);
  if (rows.length === 0) return;
  flow.heading(`Everyone's meetings in ${view.week}, as a share of capacity`, 3 * BAR_ROW + BAR_AXIS, 11);
  // Leave room below for the systems chart (eight bars and its heading) and the data-quality line.
  const room = flow.room() - 2 * BAR_AXIS - 8 * BAR_ROW - 90;
  const fitting = Math.max(3, Math.min(12, Math.floor(room / BAR_ROW)));
  const shown = rows.length > fitting ? rows.slice(0, fitting - 1) : rows;
  const bars: Bar[] = shown.map((w) => ({
    label: view.names.person(w.person),
    value: ratio(w) * 100,
    fill: w.level === 'critical' ? CRITICAL : w.level === 'warn' ? WARN : SYSTEM_FILL,
    text: `${percentText(ratio(w))} (${hoursText(w.scheduled)} h)${w.level === 'ok' ? '' : w.level === 'critical' ? ' ■' : ' ▲'}`,
    bold: w.level === 'critical',
  }));
  const warnAt = shown[0] ? (shown[0].warnAt / shown[0].capacity) * 100 : 75;
  const criticalAt = shown[0] ? (shown[0].criticalAt / shown[0].capacity) * 100 : 100;
  drawBars(flow, bars, {
    axis: '% of capacity',
    tick: (v) => `${Math.round(v)}%`,
    min: 100,
    refs: [
      { value: warnAt, label: 'warn', dashed: true },
      { value: criticalAt, label: 'critical', dashed: false },
    ],
  });
  if (rows.length > shown.length)
    flow.note(`${plural(rows.length - shown.length, 'more person', 'more people')} below these.`);
}

export function systemsBlock(flow: Flow, view: PackView): void {
  const hours = new Map<string, number>();
  for (const w of view.weekRows)
    for (const [s, h] of Object.entries(w.bySystem)) hours.set(s, (hours.get(s) ?? 0) + h);
  const ordered = view.systems
    .filter((s) => (hours.get(s) ?? 0) > 0)
    .sort((a, b) => Number(a === UNASSIGNED) - Number(b === UNASSIGNED) || hours.get(b)! - hours.get(a)!);
  flow.heading(`The week's meeting hours by system (everyone, ${view.week})`, 3 * BAR_ROW + BAR_AXIS, 11);
  if (ordered.length === 0) {
    flow.paragraph('No meeting hours this week.');
    return;
  }
  const n = barsThatFit(flow, MAX_SYSTEMS);
  const shown = ordered.length > n ? ordered.slice(0, n - 1) : ordered;
  const bars: Bar[] = shown.map((s) => ({
    label: systemLabel(view, s),
    value: hours.get(s)!,
    fill: s === UNASSIGNED ? UNASSIGNED_FILL : SYSTEM_FILL,
  }));
  const rest = ordered.slice(shown.length);
  if (rest.length > 0)
    bars.push({
      label: `${rest.length} other systems`,
      value: rest.reduce((t, s) => t + hours.get(s)!, 0),
      fill: OTHER,
    });
  drawBars(flow, bars, { axis: 'hours of meetings, all people together' });
}
