import { hoursText } from '../../findings/numbers.js';
import { CONTENT_WIDTH, PAGE } from './document.js';
import { fit, type Flow } from './flow.js';
import { INK, MUTED, RULE } from './palette.js';

export interface Bar {
  label: string;
  value: number;
  fill: string;
}

/** Horizontal bars with their values written at the end, on an hours axis with gridlines. */
export function drawBars(
  flow: Flow,
  bars: readonly Bar[],
  options: { axis: string; rowHeight?: number },
): void {
  const doc = flow.doc;
  const rowH = options.rowHeight ?? 13;
  const labelW = 150;
  const plotX = PAGE.left + labelW + 6;
  const plotW = CONTENT_WIDTH - labelW - 6 - 34;
  const height = bars.length * rowH + 24;
  flow.ensure(height);
  const top = flow.y;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const step = niceStep(max);
  const end = Math.ceil(max / step) * step;
  const x = (v: number): number => plotX + (v / end) * plotW;
  doc.font('body').fontSize(7).fillColor(MUTED);
  for (let v = 0; v <= end + 1e-9; v += step) {
    doc
      .moveTo(x(v), top)
      .lineTo(x(v), top + bars.length * rowH)
      .lineWidth(0.4)
      .strokeColor(RULE)
      .stroke();
    doc.text(hoursText(v), x(v) - 15, top + bars.length * rowH + 3, {
      width: 30,
      align: 'center',
      lineBreak: false,
    });
  }
  doc.text(options.axis, plotX, top + bars.length * rowH + 12, {
    width: plotW,
    align: 'center',
    lineBreak: false,
  });
  bars.forEach((b, i) => {
    const y = top + i * rowH;
    doc.font('body').fontSize(8).fillColor(INK);
    doc.text(fit(doc, b.label, labelW), PAGE.left, y + 2, {
      width: labelW,
      align: 'right',
      lineBreak: false,
    });
    doc
      .rect(plotX, y + 2, Math.max(0.5, x(b.value) - plotX), rowH - 4)
      .fillColor(b.fill)
      .fill();
    doc
      .rect(plotX, y + 2, Math.max(0.5, x(b.value) - plotX), rowH - 4)
      .lineWidth(0.4)
      .strokeColor(INK)
      .stroke();
    doc
      .fillColor(INK)
      .text(`${hoursText(b.value)} h`, x(b.value) + 3, y + 2, { width: 40, lineBreak: false });
  });
  flow.y = top + height + 4;
}

/** 1, 2, 5, 10 … hours between gridlines, about five of them. */
export function niceStep(max: number): number {
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}
