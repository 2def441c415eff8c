import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const committed = readFileSync(path.join(root, 'schema', 'config.schema.json'), 'utf8');

describe('schema/config.schema.json', () => {
  it('accepts the complete example and rejects a wrong type and an unknown key', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(committed) as object);
    const example: unknown = parse(
      readFileSync(path.join(root, 'fixtures/config-valid/engage-load.yaml'), 'utf8'),
    );
    expect(validate(example)).toBe(true);
    expect(validate({ people: [{ id: 'cmo', contractedHours: 'lots' }] })).toBe(false);
    expect(validate({ peple: [] })).toBe(false);
  });

  it('describes every key, so editors can show it', () => {
    const schema = JSON.parse(committed) as { properties: Record<string, { description?: string }> };
    for (const [key, value] of Object.entries(schema.properties))
      expect([key, value.description]).toEqual([key, expect.any(String)]);
  });
});
