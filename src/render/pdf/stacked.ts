import { UNASSIGNED } from '../../types.js';
import { hoursText } from '../../findings/numbers.js';
import { OTHER } from './palette.js';
import { niceStep } from './bars.js';
import { CONTENT_WIDTH, PAGE } from './document.js';
import { fit, type Flow } from './flow.js';
import { drawLegend, type LegendItem } from './legend.js';
import { INK, MUTED, RULE, textOn } from './palette.js';
import { systemLabel, type PackView } from './view.js';

const NAME_W = 120;

interface Segment {
  key: string;
  hours: number;
  fill: string;
}

/** One person's week split into the coloured systems, then "other systems", then unassigned. */
function segments(view: PackView, bySystem: Record<string, number>): Segment[] {
  const out: Segment[] = [];
  let other = 0;
  for (const s of view.systems) {
    const h = bySystem[s] ?? 0;
    if (h <= 0) continue;
    if (view.named(s)) out.push({ key: s, hours: h, fill: view.colour(s) });
    else other += h;
  }
  if (other > 0)
    out.splice(out.length - (out.at(-1)?.key === UNASSIGNED ? 1 : 0), 0, {
      key: 'other',
      hours: other,
      fill: OTHER,
    });
  return out;
}

/** Hours per person in the week, stacked by system, against each person's capacity and warn line. */
export function drawStacked(flow: Flow, view: PackView): void {
  const { names, weekRows } = view;
  // The heat map's order: the config's, so a person is found in the same place in both.
  const order = new Map(view.report.people.map((p, k) => [p.id, k]));
  const rows = [...weekRows].sort((a, b) => (order.get(a.person) ?? 0) - (order.get(b.person) ?? 0));
  flow.heading(`Meeting hours per person in ${view.week}, by system`, 140);
  flow.note(
    'Each bar is one person’s scheduled meeting hours; the solid line is their capacity (contracted hours less leave), the dashed line their warn level.',
  );
  const legend: LegendItem[] = view.systems
    .filter((s) => view.named(s))
    .map((s) => ({ label: systemLabel(view, s), fill: view.colour(s) }));
  if (view.systems.some((s) => !view.named(s)))
    legend.splice(legend.length - (view.systems.includes(UNASSIGNED) ? 1 : 0), 0, {
      label: 'Other systems',
      fill: OTHER,
    });
  legend.push({ label: 'Capacity', dash: 'solid' }, { label: 'Warn', dash: [3, 2] });
  drawLegend(flow, legend);

  const plotX = PAGE.left + NAME_W;
  const plotW = CONTENT_WIDTH - NAME_W - 10;
  const max = Math.max(1, ...rows.map((w) => Math.max(w.scheduled, w.capacity)));
  const step = niceStep(max);
  const end = Math.ceil(max / step) * step;
  const x = (v: number): number => plotX + (v / end) * plotW;
  const rowH = rows.length > 30 ? 12 : 16;

  const axis = (top: number, bottom: number): void => {
    const doc = flow.style(7, 'body', MUTED);
    for (let v = 0; v <= end + 1e-9; v += step) {
      doc.moveTo(x(v), top).lineTo(x(v), bottom).lineWidth(0.4).strokeColor(RULE).stroke();
      doc.text(hoursText(v), x(v) - 15, bottom + 2, { width: 30, align: 'center', lineBreak: false });
    }
    doc.text('hours in the week', plotX, bottom + 11, { width: plotW, align: 'center', lineBreak: false });
  };

  let i = 0;
  while (i < rows.length) {
    flow.ensure(rowH * Math.min(3, rows.length - i) + 26);
    const fits = Math.max(1, Math.floor((flow.room() - 26) / rowH));
    const chunk = rows.slice(i, i + fits);
    const top = flow.y;
    const bottom = top + chunk.length * rowH;
    axis(top, bottom);
    chunk.forEach((w, k) => {
      const y = top + k * rowH;
      const doc = flow.style(rows.length > 30 ? 7 : 8);
      doc.text(fit(doc, names.person(w.person), NAME_W - 6), PAGE.left, y + (rowH - 9) / 2, {
        lineBreak: false,
      });
      let at = 0;
      for (const s of segments(view, w.bySystem)) {
        const x0 = x(at);
        const x1 = x(at + s.hours);
        doc
          .rect(x0, y + 2, x1 - x0, rowH - 4)
          .fillColor(s.fill)
          .fill();
        doc
          .rect(x0, y + 2, x1 - x0, rowH - 4)
          .lineWidth(0.6)
          .strokeColor('#FFFFFF')
          .stroke();
        doc.font('body').fontSize(6);
        const label = hoursText(s.hours);
        if (doc.widthOfString(label) + 3 < x1 - x0)
          doc
            .fillColor(textOn(s.fill))
            .text(label, x0, y + (rowH - 6) / 2, { width: x1 - x0, align: 'center', lineBreak: false });
        at += s.hours;
      }
      doc
        .font('bold')
        .fontSize(7)
        .fillColor(INK)
        .text(`${hoursText(w.scheduled)} h`, x(at) + 3, y + (rowH - 7) / 2, { lineBreak: false });
      doc
        .moveTo(x(w.capacity), y)
        .lineTo(x(w.capacity), y + rowH)
        .lineWidth(1.4)
        .strokeColor(INK)
        .stroke();
      doc
        .moveTo(x(w.warnAt), y)
        .lineTo(x(w.warnAt), y + rowH)
        .lineWidth(1)
        .dash(2, { space: 1.5 })
        .strokeColor(INK)
        .stroke()
        .undash();
    });
    flow.y = bottom + 26;
    i += chunk.length;
    if (i < rows.length) flow.newPage();
  }
}
