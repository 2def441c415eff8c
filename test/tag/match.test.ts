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
      if (other.test(c) && folded !== c) misses.push(c);
    }
    expect(misses).toEqual([]);
  });

  it('gives the same answer as running every pattern', () => {
    const letters = fc.constantFrom(
      'a',
      'B',
      'c',
      'K',
      's',
      'S',
      '\u017F',
      '\u212A',
      'é',
      ' ',
      '\u00A0',
      '&',
      '1',
      '_',
      '-',
    );
    const word = fc.array(letters, { minLength: 1, maxLength: 4 }).map((l) => l.join(''));
    const keyword = fc
      .array(word, { minLength: 1, maxLength: 3 })
      .map((w) => w.join(' ').trim())
      .filter((k) => k !== '');
    const text = fc.array(letters, { maxLength: 24 }).map((l) => l.join(''));
    fc.assert(
      fc.property(fc.array(keyword, { minLength: 1, maxLength: 4 }), text, (sources, t) => {
        const keywords = sources.map(compileKeyword);
        const slow = keywords.find((k) => k.pattern.test(t)) ?? null;
        expect(firstMatch(keywords, haystack(t))?.keyword ?? null).toBe(t === '' ? null : slow);
      }),
      { numRuns: 150 },
    );
  });
});
