import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/pipeline.js';
import { renderJson } from '../../src/render/json.js';
import { sampleAnalysis } from '../helpers/sample-report.js';

const SCHEMA_FILE = new URL('../../schema/report.schema.json', import.meta.url);

function shipped(): unknown {
  return JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
}

describe('schema/report.schema.json', () => {
  it('accepts the JSON a report renders to, and rejects a broken one', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(shipped() as object);
    const json = JSON.parse(
      renderJson(buildReport(sampleAnalysis(), { redact: false }), { color: false }) as string,
    );
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    json.personWeeks[0].level = 'severe';
    delete json.schemaVersion;
    expect(validate(json)).toBe(false);
  });
});
