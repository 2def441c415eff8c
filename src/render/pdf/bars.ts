import { hoursText } from '../../findings/numbers.js';
import { CONTENT_WIDTH, PAGE } from './document.js';
import { fit, type Flow } from './flow.js';
import { INK, MUTED, RULE } from './palette.js';

export interface Bar {
  label: string;
  value: number;
  fill: string;
  /** The figure written at the bar's end (default: hours). */
  text?: string;
  bold?: boolean;
}

export interface BarOptions {
  axis: string;
  rowHeight?: number;
  /** Tick labels (default: hours). */
  tick?: (v: number) => string;
  /** Reference lines across every bar: solid or dashed, labelled under the axis. */
  refs?: { value: number; label: string; dashed: boolean }[];
  /** The axis reaches at least this far. */
  min?: number;
}

export const BAR_ROW = 13;
/** Height of the axis under the bars. */
export const BAR_AXIS = 26;

/** Horizontal bars with their values written at the end, on an axis with gridlines. */
export function drawBars(flow: Flow, bars: readonly Bar[], options: BarOptions): void {
  const doc = flow.doc;
  const rowH = options.rowHeight ?? BAR_ROW;
  const labelW = 170;
  const plotX = PAGE.left + labelW + 6;
  const plotW = CONTENT_WIDTH - labelW - 6 - 44;
  const height = bars.length * rowH + BAR_AXIS;
  flow.ensure(height);
  const top = flow.y;
  const bottom = top + bars.length * rowH;
  const max = Math.max(
    options.min ?? 1,
    ...bars.map((b) => b.value),
    ...(options.refs ?? []).map((r) => r.value),
  );
  const step = niceStep(max);
  const end = Math.ceil(max / step) * step;
  const x = (v: number): number => plotX + (Math.min(v, end) / end) * plotW;
  const tick = options.tick ?? hoursText;
  doc.font('body').fontSize(7).fillColor(MUTED);
  for (let v = 0; v <= end + 1e-9; v += step) {
    doc.moveTo(x(v), top).lineTo(x(v), bottom).lineWidth(0.4).strokeColor(RULE).stroke();
    doc.text(tick(v), x(v) - 15, bottom + 3, { width: 30, align: 'center', lineBreak: false });
  }
  const refs = (options.refs ?? []).map((r) => `${r.dashed ? '- - -' : '——'} ${r.label}`).join('    ');
  doc.text([options.axis, refs].filter(Boolean).join('    '), plotX, bottom + 13, {
    width: plotW + 44,
    align: 'center',
    lineBreak: false,
  });
  for (const r of options.refs ?? []) {
    doc.moveTo(x(r.value), top).lineTo(x(r.value), bottom).lineWidth(1).strokeColor(INK);
    if (r.dashed) doc.dash(3, { space: 2 });
    doc.stroke().undash();
  }
  bars.forEach((b, i) => {
    const w = Math.max(0.5, x(b.value) - plotX);
    const y = top + i * rowH;
    doc
      .rect(plotX, y + 2, w, rowH - 4)
      .fillColor(b.fill)
      .fill();
    doc
      .rect(plotX, y + 2, w, rowH - 4)
      .lineWidth(0.4)
      .strokeColor(INK)
      .stroke();
  });
  // Labels last, on a white ground, so no gridline or reference line runs through them.
  bars.forEach((b, i) => {
    const y = top + i * rowH;
    doc
      .font(b.bold ? 'bold' : 'body')
      .fontSize(8)
      .fillColor(INK);
    doc.text(fit(doc, b.label, labelW), PAGE.left, y + 2, {
      width: labelW,
      align: 'right',
      lineBreak: false,
    });
    const text = b.text ?? `${hoursText(b.value)} h`;
    doc
      .rect(x(b.value) + 1.5, y + 1.5, doc.widthOfString(text) + 3, rowH - 3)
      .fillColor('#FFFFFF')
      .fill();
    doc.fillColor(INK).text(text, x(b.value) + 3, y + 2, { lineBreak: false });
  });
  flow.y = top + height + 4;
}

/** 1, 2, 5, 10 … between gridlines, about five of them. */
export function niceStep(max: number): number {
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}
