import { describe, expect, it } from 'vitest';
import { ofKind } from '../../src/findings/kinds.js';
import type { Finding } from '../../src/findings/types.js';

const findings: Finding[] = [
  { code: 'input.unreadable', severity: 'error', file: 'gone.ics', data: { reason: 'no such file' } },
  { code: 'ingest.no-events', severity: 'warning', file: 'empty.ics' },
  {
    code: 'load.conflict',
    severity: 'warning',
    person: 'cmo',
    week: '2026-W47',
    data: { hours: 3, scheduled: 30, occupied: 27, threshold: 2 },
  },
  { code: 'data.no-data-week', severity: 'info', person: 'coo', week: '2026-W46' },
];

describe('ofKind', () => {
  it('selects findings by the kinds of their codes', () => {
    expect(findings.filter((f) => ofKind(f, 'input', 'ingest')).map((f) => f.code)).toEqual([
      'input.unreadable',
      'ingest.no-events',
    ]);
    expect(findings.filter((f) => ofKind(f, 'overload')).map((f) => f.code)).toEqual([]);
  });

  it('narrows to the codes of the kind, so their data is typed', () => {
    const load = findings.filter((f) => ofKind(f, 'load'));
    // Every load code carries data: no optional chaining needed, and a field no load code has fails.
    expect(load.map((f) => ('hours' in f.data ? f.data.hours : null))).toEqual([3]);
    // @ts-expect-error -- no code is of kind "lod": a misspelt kind fails to compile
    expect(findings.filter((f) => ofKind(f, 'lod'))).toEqual([]);
  });
});
