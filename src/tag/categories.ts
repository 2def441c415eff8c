import type { TagReason } from '../types.js';
import type { CompiledTarget } from './compile.js';
import { shown, type TagInput } from './input.js';
import { firstMatch, haystack } from './match.js';

/**
 * Categories, for systems and workstreams alike: the first target (in config order) with one of the
 * occurrence's categories listed under it, else with one of its keywords found in a category.
 */
export function byCategories(
  targets: readonly CompiledTarget[],
  section: 'systems' | 'workstreams',
  input: TagInput,
): { id: string; reason: TagReason } | null {
  if (input.categories.length === 0) return null;
  const hays = input.categories.map(haystack);
  const names = input.categories.map((c) => c.trim().toLowerCase());
  for (const target of targets) {
    for (let i = 0; i < names.length; i++) {
      const category = input.categories[i]!;
      if (target.categories.has(names[i]!)) {
        return {
          id: target.id,
          reason: {
            rule: `${section}.${target.id}.categories`,
            field: 'categories',
            text: shown(input, category),
          },
        };
      }
    }
    for (const hay of hays) {
      const m = firstMatch(target.keywords, hay);
      if (m)
        return {
          id: target.id,
          reason: {
            rule: `${section}.${target.id}.keywords`,
            field: 'categories',
            text: shown(input, m.matched),
          },
        };
    }
  }
  return null;
}
