/** How figures read in sentences and tables. */

/** Hours for sentences: at most one decimal, no trailing ".0" (38, 37.5, 16.9). */
export function hoursText(hours: number): string {
  const rounded = Math.round(hours * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** Hours for table columns: always one decimal so the column lines up (38.0, 37.5). */
export function hoursColumn(hours: number): string {
  return (Math.round(hours * 10) / 10).toFixed(1);
}

/** A 0–1 share as a whole percentage ("25%"). */
export function percentText(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
