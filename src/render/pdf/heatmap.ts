import type { PersonWeek } from '../../types.js';
import { CONTENT_WIDTH, PAGE, type Doc } from './document.js';
import { fit, type Flow } from './flow.js';
import { heat, MUTED, RULE, textOn } from './palette.js';

/** Vermillion: stands out on the darkest blue, and as a heavy edge in greyscale. */
const CRITICAL_EDGE = '#D55E00';
import { ratio, type PackView } from './view.js';

const NAME_W = 120;

/** Warn: a triangle in the cell's corner; critical: a heavy outline as well. Shape, not colour alone. */
function mark(
  doc: Doc,
  x: number,
  y: number,
  w: number,
  h: number,
  level: PersonWeek['level'],
  on: string,
): void {
  if (level === 'ok') return;
  const s = Math.min(7, h / 2, w / 2);
  doc
    .polygon([x + w - s, y], [x + w, y], [x + w, y + s])
    .fillColor(textOn(on))
    .fill();
  if (level === 'critical')
    doc
      .rect(x + 1, y + 1, w - 2, h - 2)
      .lineWidth(2)
      .strokeColor(CRITICAL_EDGE)
      .stroke();
}

function legend(flow: Flow): void {
  const doc = flow.style(7.5, 'body', MUTED);
  const y = flow.y;
  let x = PAGE.left;
  for (const [label, r] of [
    ['0%', 0],
    ['50%', 0.5],
    ['75% (warn)', 0.75],
    ['100% (critical)', 1],
    ['120%+', 1.2],
  ] as const) {
    doc.rect(x, y, 14, 10).fillColor(heat(r)).fill();
    doc.rect(x, y, 14, 10).lineWidth(0.4).strokeColor(RULE).stroke();
    doc.fillColor(MUTED).text(label, x + 17, y + 1.5, { lineBreak: false });
    x += 22 + doc.widthOfString(label) + 8;
  }
  doc.rect(x, y, 14, 10).fillColor(heat(0.8)).fill();
  mark(doc, x, y, 14, 10, 'warn', heat(0.8));
  doc.rect(x, y, 14, 10).lineWidth(0.4).strokeColor(RULE).stroke();
  doc.fillColor(MUTED).text('warn', x + 17, y + 1.5, { lineBreak: false });
  x += 50;
  doc.rect(x, y, 14, 10).fillColor(heat(1.05)).fill();
  mark(doc, x, y, 14, 10, 'critical', heat(1.05));
  doc.fillColor(MUTED).text('critical (outlined)', x + 17, y + 1.5, { lineBreak: false });
  flow.y += 16;
}

/** Person × week, each cell the week's meeting hours as a share of that week's capacity. */
export function drawHeatmap(flow: Flow, view: PackView): void {
  const { report, names } = view;
  const weeks = report.window.weeks;
  const people = report.people.map((p) => p.id);
  const byKey = new Map(report.personWeeks.map((w) => [`${w.person} ${w.week}`, w]));
  flow.heading('Load by person and week: meeting hours as a share of capacity', 120);
  flow.note(
    'Capacity is contracted hours less leave. Each cell shows the percentage; a corner triangle marks warn and a heavy ' +
      'outline marks critical (by default warn ≥ 75% and critical ≥ 100% of capacity). "–" is a week of full leave or no capacity.',
  );
  legend(flow);
  const cellW = Math.min(40, (CONTENT_WIDTH - NAME_W) / Math.max(1, weeks.length));
  const cellH = people.length > 30 ? 13 : 16;
  const header = (): void => {
    const doc = flow.style(weeks.length > 13 ? 6 : 7, 'body', MUTED);
    weeks.forEach((w, i) => {
      doc.text(w.replace(/^\d{4}-/, ''), PAGE.left + NAME_W + i * cellW, flow.y, {
        width: cellW,
        align: 'center',
        lineBreak: false,
      });
    });
    flow.y += 11;
  };
  flow.ensure(cellH * Math.min(people.length, 3) + 12);
  header();
  for (const person of people) {
    if (flow.y + cellH > flow.bottom) {
      flow.newPage();
      header();
    }
    const doc = flow.style(people.length > 30 ? 7 : 8);
    doc.text(fit(doc, names.person(person), NAME_W - 6), PAGE.left, flow.y + (cellH - 8) / 2, {
      lineBreak: false,
    });
    weeks.forEach((week, i) => {
      const w = byKey.get(`${person} ${week}`);
      const x = PAGE.left + NAME_W + i * cellW;
      const r = w ? ratio(w) : 0;
      const fill = w && w.capacity > 0 ? heat(r) : '#FFFFFF';
      doc.rect(x, flow.y, cellW, cellH).fillColor(fill).fill();
      doc.rect(x, flow.y, cellW, cellH).lineWidth(0.3).strokeColor('#FFFFFF').stroke();
      const text = !w ? '' : w.capacity > 0 ? String(Math.round(r * 100)) : '–';
      doc
        .font(w?.level === 'critical' ? 'bold' : 'body')
        .fontSize(cellW < 20 ? 5.5 : 7)
        .fillColor(textOn(fill));
      doc.text(text, x, flow.y + (cellH - 6) / 2, { width: cellW, align: 'center', lineBreak: false });
      if (w) mark(doc, x, flow.y, cellW, cellH, w.level, fill);
    });
    flow.y += cellH;
  }
  flow.y += 8;
}
