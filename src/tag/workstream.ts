import type { TagReason } from '../types.js';
import type { TagRules } from './compile.js';
import type { TagInput } from './input.js';
import { firstMatch } from './match.js';
import { shown } from './system.js';

export interface WorkstreamTag {
  workstream: string | null;
  reason: TagReason | null;
}

function byCategories(rules: TagRules, input: TagInput): WorkstreamTag | null {
  if (input.categories.length === 0) return null;
  for (const ws of rules.workstreams) {
    for (const category of input.categories) {
      if (ws.categories.has(category.trim().toLowerCase())) {
        return {
          workstream: ws.id,
          reason: {
            rule: `workstreams.${ws.id}.categories`,
            field: 'categories',
            text: shown(input, category),
          },
        };
      }
    }
    for (const category of input.categories) {
      const m = firstMatch(ws.keywords, category);
      if (m)
        return {
          workstream: ws.id,
          reason: {
            rule: `workstreams.${ws.id}.keywords`,
            field: 'categories',
            text: shown(input, m.matched),
          },
        };
    }
  }
  return null;
}

function byText(rules: TagRules, input: TagInput, field: 'summary' | 'description'): WorkstreamTag | null {
  const text = field === 'summary' ? input.title : input.description;
  if (text === '') return null;
  for (const ws of rules.workstreams) {
    const m = firstMatch(ws.keywords, text);
    if (m)
      return {
        workstream: ws.id,
        reason: { rule: `workstreams.${ws.id}.keywords`, field, text: shown(input, m.matched) },
      };
  }
  return null;
}

/** Precedence: correction → categories → summary → description. No match leaves the workstream empty. */
export function tagWorkstream(rules: TagRules, input: TagInput): WorkstreamTag {
  const correction = rules.corrections.get(input.uid);
  if (correction?.workstream) {
    return {
      workstream: correction.workstream,
      reason: { rule: 'correction', field: 'uid', text: input.uid },
    };
  }
  return (
    byCategories(rules, input) ??
    byText(rules, input, 'summary') ??
    byText(rules, input, 'description') ?? { workstream: null, reason: null }
  );
}
