import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfItem {
  page: number;
  str: string;
  x: number;
  y: number;
  width: number;
}

export interface PdfText {
  /** The text of every page, as a pure-JS extractor (pdf.js) reads it: what a reader can copy. */
  pages: string[];
  /** Every text run with its position (PDF points, origin bottom left). */
  items: PdfItem[];
  /** Page sizes in points. */
  sizes: { width: number; height: number }[];
}

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 })
    .promise;
  const out: PdfText = { pages: [], items: [], sizes: [] };
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, , width, height] = page.view as [number, number, number, number];
    out.sizes.push({ width, height });
    const content = await page.getTextContent();
    const parts: string[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      parts.push(item.str + (item.hasEOL ? '\n' : ' '));
      if (item.str.trim())
        out.items.push({
          page: i,
          str: item.str,
          x: item.transform[4] as number,
          y: item.transform[5] as number,
          width: item.width,
        });
    }
    out.pages.push(parts.join('').replace(/[ \t]+/g, ' '));
  }
  await doc.destroy();
  return out;
}

export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  return (await pdfText(bytes)).pages;
}
