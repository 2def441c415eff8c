import type { TagRules } from './compile.js';

/**
 * Answers of a matcher per set of rules, by what they read: a calendar repeats its locations,
 * descriptions and attendee lists, and many titles, across events. Null (no match) is an answer too.
 */
export class RuleMemo<T> {
  private readonly byRules = new WeakMap<TagRules, Map<string, T | null>>();

  get(rules: TagRules, key: string, find: () => T | null): T | null {
    let memo = this.byRules.get(rules);
    if (!memo) this.byRules.set(rules, (memo = new Map()));
    const known = memo.get(key);
    if (known !== undefined) return known;
    const found = find();
    memo.set(key, found);
    return found;
  }
}

/** The key of a text field's answer: the reason shows the matched text unless the event is private. */
export function textKey(field: string, isPrivate: boolean, text: string): string {
  return `${field}\u0000${isPrivate ? 'p' : ''}\u0000${text}`;
}
