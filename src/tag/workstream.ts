import type { TagReason } from '../types.js';
import type { TagRules } from './compile.js';
import { byCategories } from './categories.js';
import { shown, type TagInput } from './input.js';
import { firstMatch, haystack } from './match.js';
import { RuleMemo, textKey } from './memo.js';

export interface WorkstreamTag {
  workstream: string | null;
  reason: TagReason | null;
}

const memo = new RuleMemo<WorkstreamTag>();

function byText(rules: TagRules, input: TagInput, field: 'summary' | 'description'): WorkstreamTag | null {
  const text = field === 'summary' ? input.title : input.description;
  if (text === '') return null;
  return memo.get(rules, textKey(field, input.private, text), () => matchText(rules, input, field, text));
}

function matchText(
  rules: TagRules,
  input: TagInput,
  field: 'summary' | 'description',
  text: string,
): WorkstreamTag | null {
  const hay = haystack(text);
  for (const ws of rules.workstreams) {
    const m = firstMatch(ws.keywords, hay);
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
  const category = byCategories(rules.workstreams, 'workstreams', input);
  if (category) return { workstream: category.id, reason: category.reason };
  return (
    byText(rules, input, 'summary') ??
    byText(rules, input, 'description') ?? { workstream: null, reason: null }
  );
}
