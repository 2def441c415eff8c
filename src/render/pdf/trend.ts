import { hoursText } from '../../findings/numbers.js';
import type { TrendRow } from '../../report/types.js';
import type { Level } from '../../types.js';
import { niceStep } from './bars.js';
import { CONTENT_WIDTH, PAGE, type Doc } from './document.js';
import { fit, type Flow } from './flow.js';
import { drawLegend } from './legend.js';
import { CATEGORY, INK, MUTED, RULE } from './palette.js';
import type { PackView } from './view.js';

const COLS = 3;
const GAP = 12;
const PANEL_H = 96;
const LINE = CATEGORY[0];

/** ok: a dot; warn: a triangle; critical: a filled square. The shape says the level without colour. */
function point(doc: Doc, x: number, y: number, level: Level): void {
  if (level === 'critical')
    doc
      .rect(x - 3, y - 3, 6, 6)
      .fillColor(INK)
      .fill();
  else if (level === 'warn')
    doc
      .polygon([x, y - 3.5], [x + 3.5, y + 3], [x - 3.5, y + 3])
      .fillColor(INK)
      .fill();
  else doc.circle(x, y, 1.8).fillColor(LINE).fill();
}

function panel(
  flow: Flow,
  view: PackView,
  t: TrendRow,
  x0: number,
  y0: number,
  w: number,
  end: number,
  step: number,
): void {
  const doc = flow.style(8, 'bold');
  doc.text(fit(doc, view.names.person(t.person), w), x0, y0, { lineBreak: false });
  const px = x0 + 22;
  const pw = w - 26;
  const py = y0 + 14;
  const ph = PANEL_H - 34;
  const X = (i: number): number =>
    t.weeks.length === 1 ? px + pw / 2 : px + (i / (t.weeks.length - 1)) * pw;
  const Y = (v: number): number => py + ph - (Math.min(v, end) / end) * ph;
  doc.font('body').fontSize(6).fillColor(MUTED);
  for (let v = 0; v <= end + 1e-9; v += step) {
    doc
      .moveTo(px, Y(v))
      .lineTo(px + pw, Y(v))
      .lineWidth(0.3)
      .strokeColor(RULE)
      .stroke();
    doc.text(hoursText(v), x0, Y(v) - 3, { width: 19, align: 'right', lineBreak: false });
  }
  const weeks = new Map(view.report.personWeeks.filter((p) => p.person === t.person).map((p) => [p.week, p]));
  const warn = t.weeks.map((wk) => weeks.get(wk)?.warnAt ?? 0);
  const cap = t.weeks.map((wk) => weeks.get(wk)?.criticalAt ?? 0);
  for (const [series, dash] of [
    [cap, null],
    [warn, 2],
  ] as const) {
    series.forEach((v, i) => (i === 0 ? doc.moveTo(X(i), Y(v)) : doc.lineTo(X(i), Y(v))));
    doc.lineWidth(0.8).strokeColor(MUTED);
    if (dash) doc.dash(dash, { space: 1.5 });
    doc.stroke().undash();
  }
  t.scheduled.forEach((v, i) => (i === 0 ? doc.moveTo(X(i), Y(v)) : doc.lineTo(X(i), Y(v))));
  doc.lineWidth(1.4).strokeColor(LINE).stroke();
  t.scheduled.forEach((v, i) => point(doc, X(i), Y(v), t.levels[i] ?? 'ok'));
  doc.font('body').fontSize(6).fillColor(MUTED);
  const first = t.weeks[0]?.replace(/^\d{4}-/, '') ?? '';
  const last = t.weeks.at(-1)?.replace(/^\d{4}-/, '') ?? '';
  doc.text(first, px - 10, py + ph + 3, { width: 20, align: 'center', lineBreak: false });
  if (t.weeks.length > 1)
    doc.text(last, px + pw - 10, py + ph + 3, { width: 20, align: 'center', lineBreak: false });
  const latest = t.scheduled.at(-1) ?? 0;
  doc.text(`${last}: ${hoursText(latest)} h`, px, py + ph + 11, {
    width: pw,
    align: 'center',
    lineBreak: false,
  });
}

/** Scheduled hours per week for each person, one small chart each, all on one scale. */
export function drawTrend(flow: Flow, view: PackView): void {
  const rows = view.report.trend;
  if (rows.length === 0 || (rows[0]?.weeks.length ?? 0) < 2) return;
  const weeks = rows[0]!.weeks;
  flow.heading(`Trend: meeting hours per week, ${weeks[0]} – ${weeks.at(-1)}`, PANEL_H + 40);
  flow.note('One scale for everyone, so a high line means many hours whoever it belongs to.');
  drawLegend(flow, [
    { label: 'Scheduled hours', fill: LINE },
    { label: 'Capacity (critical)', dash: 'solid' },
    { label: 'Warn', dash: [2, 1.5] },
    { label: '● ok   ▲ warn   ■ critical', fill: null },
  ]);
  const max = Math.max(
    1,
    ...rows.flatMap((t) => t.scheduled),
    ...view.report.personWeeks.map((w) => w.criticalAt),
  );
  const step = niceStep(max);
  const end = Math.ceil(max / step) * step;
  const w = (CONTENT_WIDTH - (COLS - 1) * GAP) / COLS;
  for (let i = 0; i < rows.length; i += COLS) {
    flow.ensure(PANEL_H);
    rows
      .slice(i, i + COLS)
      .forEach((t, k) => panel(flow, view, t, PAGE.left + k * (w + GAP), flow.y, w, end, step));
    flow.y += PANEL_H;
  }
}
