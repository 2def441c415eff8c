import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/pipeline.js';
import { CHUNK_CHARS, prettyJsonChunks } from '../../src/render/json-chunks.js';
import { renderJson, renderJsonChunks } from '../../src/render/json.js';
import { sampleAnalysis } from '../helpers/sample-report.js';

const joined = (value: unknown): string => [...prettyJsonChunks(value)].join('');
const pretty = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

describe('prettyJsonChunks', () => {
  it('writes what JSON.stringify(value, null, 2) writes, whatever the value', () => {
    const values: unknown[] = [
      null,
      0,
      -1.5e-7,
      'a "quoted" line\nand a second – not Latin-1 ✓',
      [],
      {},
      [[], {}, [[]], { a: {} }],
      { a: 1, b: [1, 2, { c: [3, { d: 'deep', e: [4, [5, [6]]] }] }], f: null },
      // Left out of objects, null in arrays, as JSON.stringify does.
      { gone: undefined, fn: () => 1, kept: true, list: [undefined, () => 1, Symbol('s'), 2] },
      { only: undefined },
      // toJSON is honoured: a Date is its ISO text.
      { when: new Date(Date.UTC(2026, 10, 16, 9, 30)), nested: [{ when: new Date(0) }] },
      // Keys that need escaping, and keys that look like indices (which objects order first).
      { 'a"b': 1, 'line\nbreak': 2, '2': 'two', '1': 'one' },
      // A class instance with no toJSON is its own enumerable fields.
      [
        new (class Point {
          x = 1;
          y = [2];
        })(),
      ],
    ];
    for (const v of values) expect(joined(v)).toBe(pretty(v));
  });

  it('writes what JSON.stringify writes for values with toJSON, at the top and in long lists', () => {
    const gone = { toJSON: () => undefined };
    const long = Array.from({ length: 300 }, (_, i) => (i === 7 ? new Date(Date.UTC(2026, 0, i)) : i));
    const own = Object.assign(
      Array.from({ length: 300 }, (_, i) => i),
      { toJSON: () => 'mine' },
    );
    const values: unknown[] = [
      undefined,
      new Date(0),
      { kept: 1, gone, alsoKept: { gone, n: [gone] } },
      { long, own, nested: { long } },
      long,
    ];
    for (const v of values) expect(joined(v)).toBe(pretty(v));
  });

  it('writes a long list in chunks of about CHUNK_CHARS characters, not as one string', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ person: `p${i % 150}`, week: i, hours: i / 7 }));
    const value = { personWeeks: rows, meta: { count: rows.length } };
    const chunks = [...prettyJsonChunks(value)];
    expect(chunks.join('')).toBe(pretty(value));
    // ~1.3 MB of text: twenty-odd chunks, none longer than two (a chunk, and the batch that tops it up).
    expect(chunks.length).toBeGreaterThan(10);
    for (const c of chunks) expect(c.length).toBeLessThan(2 * CHUNK_CHARS);
  });

  it('writes long lists in batches at any depth it walks, as JSON.stringify indents them', () => {
    const item = (i: number) => ({ i, tags: ['a', { b: [i, null] }], empty: [], none: undefined });
    const long = (n: number) => Array.from({ length: n }, (_, i) => item(i));
    const value = {
      top: long(600),
      nested: { list: long(257), short: long(3), also: { deeper: long(300) } },
      sparse: [...long(300), undefined, () => 1],
    };
    expect(joined(value)).toBe(pretty(value));
    expect(joined(long(1000))).toBe(pretty(long(1000)));
  });

  it('writes the report as renderJson does', () => {
    const report = buildReport(sampleAnalysis(), { redact: false });
    expect([...renderJsonChunks(report)].join('')).toBe(renderJson(report, { color: false }));
  });
});
