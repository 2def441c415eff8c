import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * DejaVu Sans Condensed (Bitstream Vera licence, free to embed and redistribute), from the
 * dejavu-fonts-ttf package: it covers Siân, Łukasz, Zoë and → ≥ – —. pdfkit embeds only the glyphs used.
 */
const require = createRequire(import.meta.url);
const cache = new Map<string, Buffer>();

function font(file: string): Buffer {
  let bytes = cache.get(file);
  if (!bytes) {
    bytes = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
    cache.set(file, bytes);
  }
  return bytes;
}

export const regularFont = (): Buffer => font('DejaVuSansCondensed.ttf');
export const boldFont = (): Buffer => font('DejaVuSansCondensed-Bold.ttf');
