import Table from 'cli-table3';

export type Align = 'left' | 'right';

const NO_BORDERS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: '  ',
};

/**
 * A borderless table with a rule under the head: narrow enough for 100 columns and easy to
 * read without colour. `style` may colour a cell; widths come from the plain text.
 */
export function textTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  aligns: readonly Align[],
  style: (text: string, row: number, column: number) => string = (t) => t,
): string {
  const longest = (cell: string): number => Math.max(...cell.split('\n').map((l) => l.length));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => longest(r[i] ?? ''))));
  const table = new Table({
    chars: NO_BORDERS,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
    colAligns: [...aligns],
  });
  table.push([...head]);
  table.push(widths.map((w) => '─'.repeat(w)));
  rows.forEach((r, ri) => table.push(r.map((cell, ci) => style(cell, ri, ci))));
  return table
    .toString()
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

/** Joins items with a separator, breaking lines so none is longer than `width`. */
export function wrapList(items: readonly string[], separator: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line && line.length + separator.length + item.length > width) {
      lines.push(line + separator.trimEnd());
      line = item;
    } else {
      line = line ? line + separator + item : item;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** Cuts text to a width with an ellipsis. */
export function fit(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}
