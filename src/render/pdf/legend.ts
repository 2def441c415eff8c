import { CONTENT_WIDTH, PAGE } from './document.js';
import { fit, type Flow } from './flow.js';
import { INK, MUTED } from './palette.js';

export interface LegendItem {
  label: string;
  /** A swatch's colour; null for a label with no swatch. */
  fill?: string | null;
  /** A line sample instead of a swatch. */
  dash?: [number, number] | 'solid';
}

/** Whether the item has a swatch or line sample in front of its label. */
const p0 = (item: LegendItem): boolean => item.fill !== null;

/** Swatches and labels laid out in rows that wrap at the page's width, so they never overlap. */
export function drawLegend(flow: Flow, items: readonly LegendItem[]): void {
  const doc = flow.style(7.5, 'body', INK);
  const maxLabel = 150;
  const rowH = 12;
  let x = PAGE.left;
  const placed: { item: LegendItem; x: number; row: number; text: string }[] = [];
  let row = 0;
  for (const item of items) {
    const text = fit(doc, item.label, maxLabel);
    const w = (p0(item) ? 16 : 0) + doc.widthOfString(text) + 12;
    if (x + w > PAGE.left + CONTENT_WIDTH && x > PAGE.left) {
      row += 1;
      x = PAGE.left;
    }
    placed.push({ item, x, row, text });
    x += w;
  }
  flow.ensure((row + 1) * rowH + 4);
  const top = flow.y;
  for (const p of placed) {
    const y = top + p.row * rowH;
    if (p.item.dash) {
      doc
        .moveTo(p.x, y + 4.5)
        .lineTo(p.x + 12, y + 4.5)
        .lineWidth(1.4)
        .strokeColor(INK);
      if (p.item.dash !== 'solid') doc.dash(p.item.dash[0], { space: p.item.dash[1] });
      doc.stroke().undash();
    } else if (p0(p.item)) {
      doc
        .rect(p.x, y, 12, 9)
        .fillColor(p.item.fill ?? MUTED)
        .fill();
      doc.rect(p.x, y, 12, 9).lineWidth(0.4).strokeColor(INK).stroke();
    }
    doc.fillColor(INK).text(p.text, p.x + (p0(p.item) ? 16 : 0), y + 1, { lineBreak: false });
  }
  flow.y = top + (row + 1) * rowH + 4;
}
