import { describe, expect, it } from 'vitest';
import { resolveExplainFilter } from '../../src/tag/explain-select.js';
import { config, occ, person } from '../helpers/analysis.js';
import type { TaggedOccurrence } from '../../src/types.js';

function tagged(personId: string, uid: string): TaggedOccurrence {
  return occ(personId, '2026-11-16T09:00', '2026-11-16T10:00', { uid });
}

const cfg = config([person('cmo', { name: 'Dr Jane Example' }), person('coo')]);
const occurrences = [tagged('cmo', '040000AAA1'), tagged('cmo', '040000AAB2'), tagged('coo', 'board@x')];

describe('explain --uid and --person', () => {
  it('a unique UID prefix stands for the UID; the whole UID always does', () => {
    expect(resolveExplainFilter(occurrences, cfg, { uid: '040000AAA' })).toEqual({
      uid: '040000AAA1',
      person: undefined,
    });
    expect(resolveExplainFilter(occurrences, cfg, { uid: 'board@x' }).uid).toBe('board@x');
  });

  it('an ambiguous or unknown UID is an error that says so', () => {
    expect(() => resolveExplainFilter(occurrences, cfg, { uid: '040000AA' })).toThrow(
      '--uid 040000AA is the start of 2 UIDs in the window (040000AAA1, 040000AAB2); give more of it',
    );
    expect(() => resolveExplainFilter(occurrences, cfg, { uid: 'nope' })).toThrow(
      /no event in the window has this UID/,
    );
  });

  it('a person by id or name; nobody is an error naming the known people', () => {
    expect(resolveExplainFilter(occurrences, cfg, { person: 'Dr Jane Example' }).person).toBe('cmo');
    expect(resolveExplainFilter(occurrences, cfg, { person: 'coo' }).person).toBe('coo');
    expect(() => resolveExplainFilter(occurrences, cfg, { person: 'nobody' })).toThrow(
      '--person nobody: no such person in these calendars; known people: cmo (Dr Jane Example), coo (Person coo)',
    );
  });
});
