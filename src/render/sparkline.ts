const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/** One bar per value, scaled from zero to the largest value so heights compare across weeks. */
export function sparkline(values: readonly number[]): string {
  const max = Math.max(0, ...values);
  return values
    .map((v) => BARS[max > 0 ? Math.round((Math.max(0, v) / max) * (BARS.length - 1)) : 0])
    .join('');
}

/** The bar for one value on the same scale, for colouring bars one by one. */
export function sparkBar(value: number, max: number): string {
  return BARS[max > 0 ? Math.round((Math.max(0, value) / max) * (BARS.length - 1)) : 0]!;
}
