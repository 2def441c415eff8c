import type { Keyword } from './types.js';

/** A keyword written "/…/flags" is a regular expression; anything else is literal text. */
const REGEX_FORM = /^\/(.+)\/([a-z]*)$/s;

/**
 * Letters, digits and "_" on either side make a word longer; \b would fail for keywords that start or
 * end with punctuation ("C&M ICS", "L&SC", "111/CAS"), so the edges are lookarounds instead.
 */
const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_])';

/**
 * A keyword's needle, and the folded text it is looked for in (`foldForNeedles`), are one rule in
 * two halves. Under the `iu` flags an ASCII letter matches only its two cases and, for "s" and "k",
 * U+017F (ſ) and U+212A (Kelvin sign): the only characters Unicode's simple case folding maps to
 * ASCII; digits and punctuation match only themselves. So a text in which an ASCII keyword matches
 * holds the keyword's longest word, lower-cased, in the text lower-cased with ſ as "s" (toLowerCase
 * already turns U+212A into "k"). For a keyword with other characters the fold would not be exact:
 * it gets no needle, and its pattern always runs.
 */
const ASCII_ONLY = /^[\t -~]*$/;

/** A text as `Keyword.needle` is looked for in it (see above). */
export function foldForNeedles(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u017f') ? lower.replaceAll('\u017f', 's') : lower;
}

export class KeywordError extends Error {}

function escapeRegExp(text: string): string {
  // Only syntax characters: the u flag rejects needless escapes such as \- or \&.
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when the keyword is written as a regular expression. */
export function isRegexKeyword(source: string): boolean {
  return REGEX_FORM.test(source.trim());
}

/**
 * Compiles one keyword. Literals are case-insensitive, whole-word, and any run of spaces matches any
 * run of white space. Regexes keep their own flags, except g and y, which would make test() stateful.
 * Throws KeywordError with what was expected when the keyword cannot be used.
 */
export function compileKeyword(source: string): Keyword {
  const trimmed = source.trim();
  const regex = REGEX_FORM.exec(trimmed);
  if (regex) {
    const flags = [...new Set(regex[2]!.replace(/[gy]/g, ''))].join('');
    try {
      return { source, pattern: new RegExp(regex[1]!, flags) };
    } catch (error) {
      const why =
        error instanceof Error
          ? error.message.replace(/^Invalid regular expression: (\/.*\/[a-z]*: )?/s, '')
          : '';
      throw new KeywordError(`expected a valid regular expression, got ${trimmed} (${why})`);
    }
  }
  if (trimmed === '') throw new KeywordError('expected a non-empty keyword');
  const words = trimmed.split(/\s+/);
  const body = words.map(escapeRegExp).join('\\s+');
  const pattern = new RegExp(`${BEFORE}${body}${AFTER}`, 'iu');
  if (!ASCII_ONLY.test(trimmed)) return { source, pattern };
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  return { source, pattern, needle: longest.toLowerCase() };
}

/** The canonical form of a literal keyword, to find two systems claiming the same one. */
export function literalKey(source: string): string | null {
  if (isRegexKeyword(source)) return null;
  return source.trim().toLowerCase().split(/\s+/).join(' ');
}
