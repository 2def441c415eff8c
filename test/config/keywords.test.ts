import { describe, expect, it } from 'vitest';
import { compileKeyword, literalKey } from '../../src/config/keywords.js';

const matches = (keyword: string, text: string) => compileKeyword(keyword).pattern.test(text);

describe('literal keywords', () => {
  it('match whole words only, case-insensitively', () => {
    expect(matches('ICS', 'physics lecture')).toBe(false); // "ics" is inside the word "physics"
    expect(matches('ICS', 'North ICS board')).toBe(true);
    expect(matches('ICS', 'north ics board')).toBe(true);
    expect(matches('ICS', 'ICSs')).toBe(false); // followed by a letter
    expect(matches('ICS', 'ICS_2')).toBe(false); // "_" joins words
    expect(matches('ICS', '(ICS)')).toBe(true); // punctuation is a boundary
  });

  it('handle keywords that start or end with punctuation, where \\b would fail', () => {
    expect(matches('C&M ICS', 'C&M ICS board')).toBe(true);
    expect(matches('C&M ICS', 'XC&M ICS board')).toBe(false); // a letter before "C"
    expect(matches('L&SC', 'L&SC UEC delivery')).toBe(true);
    expect(matches('C++', 'C++ review')).toBe(true); // \bC\+\+\b would need a word character after "+"
    expect(matches('C++', 'C++x')).toBe(false);
    expect(matches('111', '111/CAS review')).toBe(true);
    expect(matches('111', '1111 calls')).toBe(false);
    expect(matches('a.b (x)', 'the a.b (x) thing')).toBe(true); // regex characters are literal
    expect(matches('a.b', 'aXb')).toBe(false);
  });

  it('let a space match any run of white space', () => {
    expect(matches('urgent and emergency care', 'Urgent  and\nEmergency Care')).toBe(true);
  });

  it('match non-ASCII letters as letters', () => {
    expect(matches('Môn', 'Ynys Môn board')).toBe(true);
    expect(matches('Mô', 'Ynys Môn board')).toBe(false); // "n" follows
  });
});

describe('regex keywords', () => {
  it('keep their own flags', () => {
    expect(matches('/\\bLSC\\b/', 'LSC board')).toBe(true);
    expect(matches('/\\bLSC\\b/', 'lsc board')).toBe(false); // no i flag
    expect(matches('/\\bLSC\\b/i', 'lsc board')).toBe(true);
    expect(matches('/^ICB /', 'ICB board')).toBe(true);
    expect(matches('/^ICB /', 'The ICB board')).toBe(false);
  });

  it('drop g and y, which would make matching depend on the previous call', () => {
    const k = compileKeyword('/LSC/g');
    expect(k.pattern.flags).toBe('');
    expect([k.pattern.test('LSC'), k.pattern.test('LSC')]).toEqual([true, true]);
  });

  it('throw with what was expected when they do not compile', () => {
    expect(() => compileKeyword('/([a-z/')).toThrow(/expected a valid regular expression, got \/\(\[a-z\//);
    expect(() => compileKeyword('/abc/q')).toThrow(/expected a valid regular expression/);
  });
});

describe('literalKey', () => {
  it('folds case and spaces, and ignores regexes', () => {
    expect(literalKey('  C&M   ICS ')).toBe('c&m ics');
    expect(literalKey('/LSC/')).toBeNull();
  });
});
