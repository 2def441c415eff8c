import { CONTENT_WIDTH, PAGE, type Doc } from './document.js';
import { INK, MUTED } from './palette.js';

export type Weight = 'body' | 'bold';

/** Shortens text with an ellipsis so it fits the width in the current font and size. */
export function fit(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${chars.slice(0, mid).join('').trimEnd()}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** A vertical cursor over the pages: every block asks for its height first, so nothing runs off a page. */
export class Flow {
  y: number = PAGE.top;
  constructor(readonly doc: Doc) {}

  get bottom(): number {
    return PAGE.height - PAGE.bottom;
  }

  room(): number {
    return this.bottom - this.y;
  }

  /** A new page, unless this one is still empty. */
  newPage(): void {
    if (this.y <= PAGE.top) return;
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > PAGE.top) this.newPage();
  }

  style(size: number, weight: Weight = 'body', color: string = INK): Doc {
    return this.doc.font(weight).fontSize(size).fillColor(color);
  }

  /** One line, shortened with an ellipsis when too long. */
  line(text: string, size: number, weight: Weight = 'body', color: string = INK, gap = 3): void {
    this.style(size, weight, color);
    const h = this.doc.currentLineHeight(true);
    this.ensure(h);
    this.doc.text(fit(this.doc, text, CONTENT_WIDTH), PAGE.left, this.y, { lineBreak: false });
    this.y += h + gap;
  }

  /** A wrapped paragraph; kept on one page. */
  paragraph(text: string, size = 9, weight: Weight = 'body', color: string = INK, indent = 0, gap = 4): void {
    this.style(size, weight, color);
    const width = CONTENT_WIDTH - indent;
    const h = this.doc.heightOfString(text, { width });
    this.ensure(h);
    this.doc.text(text, PAGE.left + indent, this.y, { width });
    this.y += h + gap;
  }

  /** A section heading, kept with at least `keep` points of what follows. */
  heading(text: string, keep = 80, size = 13): void {
    this.style(size, 'bold');
    this.ensure(this.doc.heightOfString(text, { width: CONTENT_WIDTH }) + 6 + keep);
    if (this.y > PAGE.top) this.y += 6;
    this.paragraph(text, size, 'bold', INK, 0, 5);
  }

  note(text: string): void {
    this.paragraph(text, 7.5, 'body', MUTED, 0, 6);
  }
}
