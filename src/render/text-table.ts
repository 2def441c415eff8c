export type Align = 'left' | 'right';

/**
 * A borderless table with a rule under the head: narrow enough for 100 columns and easy to
 * read without colour. Columns are two spaces apart; a cell may hold several lines. `style` may
 * colour a cell's line; widths come from the plain text. Drawn here rather than by cli-table3,
 * which re-measured and truncated every cell on every line it drew (a third of a demo report's
 * time, docs/bench.md).
 */
export function textTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  aligns: readonly Align[],
  style: (text: string, row: number, column: number) => string = (t) => t,
): string {
  const split = rows.map((r) => head.map((_, i) => (r[i] ?? '').split('\n')));
  const widths = head.map((h, i) =>
    Math.max(h.length, ...split.map((r) => Math.max(...r[i]!.map((l) => l.length)))),
  );
  const line = (cells: readonly string[], paint: (text: string, column: number) => string): string =>
    cells
      .map((text, i) => {
        const gap = ' '.repeat(widths[i]! - text.length);
        return aligns[i] === 'right' ? gap + paint(text, i) : paint(text, i) + gap;
      })
      .join('  ')
      .trimEnd();
  const out = [
    line(head, (t) => t),
    line(
      widths.map((w) => '─'.repeat(w)),
      (t) => t,
    ),
  ];
  split.forEach((cells, r) => {
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++)
      out.push(
        line(
          cells.map((c) => c[k] ?? ''),
          (t, i) => style(t, r, i),
        ),
      );
  });
  return out.join('\n');
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
