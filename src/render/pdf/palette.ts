/**
 * Colours. Categories use the Okabe–Ito colour-blind-safe set, ordered so that neighbours differ in
 * lightness and still read apart in greyscale; segments are also labelled and separated by white lines.
 */
export const CATEGORY = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#F0E442',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
] as const;
export const OTHER = '#8C8C8C';
export const UNASSIGNED_FILL = '#E3E3E3';

export const INK = '#1A1A1A';
export const MUTED = '#5C5C5C';
export const RULE = '#B8B8B8';
export const BAND = '#F2F2F2';
/** Warn and critical: always together with a shape or a word, never colour alone. */
export const WARN = '#E69F00';
export const CRITICAL = '#B2182B';

/** Sequential white → dark blue for the heat map (reads as light → dark in greyscale). */
export function heat(ratio: number): string {
  const t = Math.max(0, Math.min(1, ratio / 1.2));
  const from = [247, 251, 255];
  const to = [8, 48, 107];
  const mix = from.map((f, i) => Math.round(f + (to[i]! - f) * t));
  return `#${mix.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Text on a fill: white on dark fills, ink on light ones. */
export function textOn(fill: string): string {
  const n = Number.parseInt(fill.slice(1), 16);
  const lum = 0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return lum < 140 ? '#FFFFFF' : INK;
}
