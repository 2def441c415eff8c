import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileKeyword } from '../../src/config/keywords.js';
import { firstMatch, haystack } from '../../src/tag/match.js';

describe('firstMatch', () => {
  it('finds the first keyword in config order and the text as written', () => {
    const keywords = ['Kestrel ICS', 'Kestrel', 'board'].map(compileKeyword);
    expect(firstMatch(keywords, haystack('KESTREL ics Board'))).toEqual({
      keyword: keywords[0],
      matched: 'KESTREL ics',
    });
    expect(firstMatch(keywords, haystack('kestrel-board'))?.matched).toBe('kestrel');
    expect(firstMatch(keywords, haystack('Kestrels'))).toBeNull();
    expect(firstMatch(keywords, haystack(''))).toBeNull();
  });

  it('rules out a keyword by its longest word, folding the two non-ASCII letters that match ASCII ones', () => {
    expect(compileKeyword('North ICS board').needle).toBe('north');
    expect(compileKeyword('Ynys Môn').needle).toBeUndefined(); // non-ASCII keyword: the pattern decides
    expect(compileKeyword('/kestrel/i').needle).toBeUndefined(); // a regex keyword: the pattern decides
    // U+017F (long s) and U+212A (Kelvin sign) fold to "s" and "k" under the iu flags: the folded
    // copy of the text holds "cas" and "kestrel", so the patterns run and find them.
    const [cas] = ['CAS'].map(compileKeyword);
    expect(firstMatch([cas!], haystack('111/CA\u017F review'))?.matched).toBe('CA\u017F');
    expect(firstMatch([compileKeyword('kestrel')], haystack('\u212Aestrel ICS'))?.matched).toBe(
      '\u212Aestrel',
    );
  });

  it('folds every character that matches an ASCII character under the iu flags to that character', () => {
    // The needle's promise, checked over all of Unicode rather than trusted: a character matching an
    // ASCII letter case-insensitively folds to that letter; nothing else matches ASCII punctuation or digits.
    const letter = /^[a-z]$/iu;
    const other = /^[\x20-\x40\x5b-\x60\x7b-\x7e]$/iu;
    const misses: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCodePoint(code);
      const folded = haystack(c).folded;
      if (letter.test(c) && !(/^[a-z]$/.test(folded) && new RegExp(folded, 'iu').test(c))) misses.push(c);
      if (other.test(c) && code > 0x7e) misses.push(c);
    }
    expect(misses).toEqual([]);
  });

  it('gives the same answer as running every pattern', () => {
    // Texts are built around a keyword written with the characters its pattern takes for its own
    // (either case, ſ for s, the Kelvin sign for k, any run of white space), so that most runs match
    // and the needle is tried on exactly the texts where it could wrongly rule a keyword out.
    const letters = ['a', 'k', 's', 'c', 'e', '1', '&', '-', '_', 'é'];
    const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 4 }).map((l) => l.join(''));
    const keywordSource = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    const spelling = (c: string): fc.Arbitrary<string> => {
      if (c === ' ') return fc.constantFrom(' ', '  ', '\t', '\u00A0', '\n');
      const forms = [c, c.toUpperCase()];
      if (c === 's') forms.push('\u017F');
      if (c === 'k') forms.push('\u212A');
      return fc.constantFrom(...forms);
    };
    const around = fc
      .array(fc.constantFrom(...letters, ' ', 'Z', '\u017F'), { maxLength: 6 })
      .map((l) => l.join(''));
    const edge = fc.constantFrom(' ', ' ', '(', '/', '');
    const scenario = fc.array(keywordSource, { minLength: 1, maxLength: 4 }).chain((sources) =>
      fc
        .tuple(
          fc.nat({ max: sources.length - 1 }),
          around,
          around,
          fc.boolean(), // false: a text without the keyword's spelling, to rule out
        )
        .chain(([which, before, after, spelled]) =>
          fc.tuple(...[...sources[which]!].map(spelling)).chain((chars) =>
            // Mostly a boundary beside the keyword (else it is part of a longer word), sometimes none.
            fc.tuple(edge, edge).map(([l, r]) => ({
              sources,
              text: before + l + (spelled ? chars.join('') : '') + r + after,
            })),
          ),
        ),
    );
    let matched = 0;
    fc.assert(
      fc.property(scenario, ({ sources, text }) => {
        const keywords = sources.map(compileKeyword);
        const slow = text === '' ? null : (keywords.find((k) => k.pattern.test(text)) ?? null);
        if (slow) matched++;
        expect(firstMatch(keywords, haystack(text))?.keyword ?? null).toBe(slow);
      }),
      { numRuns: 150 },
    );
    expect(matched).toBeGreaterThan(30); // the property was tried where it matters
  });
});
