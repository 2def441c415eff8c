import { plural } from '../../findings/numbers.js';
import { CONTENT_WIDTH, PAGE } from './document.js';
import { fit, type Flow } from './flow.js';
import { BAND, CRITICAL, INK, MUTED, RULE } from './palette.js';

export interface Column {
  header: string;
  /** Share of the content width (the shares are scaled to fill it). */
  width: number;
  align?: 'left' | 'right';
  /** Wrap instead of shortening with an ellipsis. */
  wrap?: boolean;
}

export interface Row {
  cells: string[];
  bold?: boolean;
  /** Critical rows get a mark in the margin as well as bold text (never colour alone). */
  mark?: 'critical' | 'warn';
}

const SIZE = 8;
const PAD = 3;

/** A table that wraps or shortens its cells and repeats its header on every page it reaches. */
export function drawTable(flow: Flow, columns: readonly Column[], rows: readonly Row[]): void {
  const doc = flow.doc;
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * CONTENT_WIDTH);
  const xs = widths.map((_, i) => PAGE.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  /** Each column's room for text, inside its padding. */
  const inner = widths.map((w) => w - 2 * PAD);
  const lineHeight = (): number => doc.font('body').fontSize(SIZE).currentLineHeight(true);
  /** One cell's text at the current row's top, in the font already set. */
  const put = (text: string, i: number, lineBreak: boolean): void => {
    doc.text(text, xs[i]! + PAD, flow.y + PAD, {
      width: inner[i]!,
      align: columns[i]!.align ?? 'left',
      lineBreak,
    });
  };
  /** A rule across the table at the current height. */
  const rule = (lineWidth: number, color: string): void => {
    doc
      .moveTo(PAGE.left, flow.y)
      .lineTo(PAGE.left + CONTENT_WIDTH, flow.y)
      .lineWidth(lineWidth)
      .strokeColor(color)
      .stroke();
  };

  const header = (): void => {
    doc.font('bold').fontSize(SIZE).fillColor(INK);
    const h = lineHeight() + 2 * PAD;
    columns.forEach((c, i) => put(fit(doc, c.header, inner[i]!), i, false));
    flow.y += h;
    rule(0.8, INK);
  };

  const cellText = (row: Row, i: number): string => {
    doc.font(row.bold ? 'bold' : 'body').fontSize(SIZE);
    const text = row.cells[i] ?? '';
    return columns[i]!.wrap ? text : fit(doc, text, inner[i]!);
  };
  const rowHeight = (row: Row): number =>
    Math.max(
      ...columns.map((c, i) => {
        doc.font(row.bold ? 'bold' : 'body').fontSize(SIZE);
        return c.wrap ? doc.heightOfString(row.cells[i] ?? '', { width: inner[i]! }) : lineHeight();
      }),
    ) +
    2 * PAD;

  flow.ensure(lineHeight() * 2 + 4 * PAD);
  header();
  rows.forEach((row, r) => {
    const h = rowHeight(row);
    if (flow.y + h > flow.bottom) {
      flow.newPage();
      header();
    }
    if (r % 2 === 1) doc.rect(PAGE.left, flow.y, CONTENT_WIDTH, h).fillColor(BAND).fill();
    if (row.mark) {
      doc
        .rect(PAGE.left - 6, flow.y + 1, 3, h - 2)
        .fillColor(row.mark === 'critical' ? CRITICAL : MUTED)
        .fill();
    }
    columns.forEach((c, i) => {
      doc
        .font(row.bold ? 'bold' : 'body')
        .fontSize(SIZE)
        .fillColor(INK);
      put(cellText(row, i), i, c.wrap === true);
    });
    flow.y += h;
  });
  rule(0.5, RULE);
  flow.y += 8;
}

/** Rows a long list shows before pointing to the JSON. */
const LIMIT = 40;

export function capped(flow: Flow, rows: Row[], what: string): Row[] {
  if (rows.length > LIMIT)
    flow.note(`The first ${LIMIT} of ${plural(rows.length, what)}; the JSON output has them all.`);
  return rows.slice(0, LIMIT);
}
