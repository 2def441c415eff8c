import { describe, expect, it } from 'vitest';
import { textTable } from '../../src/render/text-table.js';

describe('textTable', () => {
  it('pads columns to their widest line, two spaces apart, with a rule under the head', () => {
    // Widths: "Person" 6 vs "Siân" 4 / "Tom" 3 → 6; "Hours" 5 vs "38.0" 4 → 5; "Note" 4 vs "a · b" 5 → 5.
    const out = textTable(
      ['Person', 'Hours', 'Note'],
      [
        ['Siân', '38.0', 'a · b\nc'],
        ['Tom', '2.5', ''],
      ],
      ['left', 'right', 'left'],
    );
    expect(out.split('\n')).toEqual([
      'Person  Hours  Note',
      '──────  ─────  ─────',
      'Siân     38.0  a · b',
      // The second line of the two-line cell: 6 + 2 + 5 + 2 = 15 blanks before it.
      `${' '.repeat(15)}c`,
      'Tom       2.5', // trailing blanks trimmed
    ]);
  });

  it('styles a cell without counting the style in the width', () => {
    const out = textTable(['Level'], [['ok'], ['critical']], ['left'], (t, row) =>
      row === 1 ? `<${t}>` : t,
    );
    expect(out.split('\n')).toEqual(['Level', '────────', 'ok', '<critical>']);
  });
});
