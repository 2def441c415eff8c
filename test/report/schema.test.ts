import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildReport, reportJsonSchema } from '../../src/report/index.js';
import { renderJson } from '../../src/render/json.js';
import { sampleAnalysis } from '../helpers/sample-report.js';

const SCHEMA_FILE = new URL('../../schema/report.schema.json', import.meta.url);

function shipped(): unknown {
  return JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
}

describe('schema/report.schema.json', () => {
  it('is the schema generated from the zod mirror of Report (UPDATE_SCHEMA=1 rewrites it)', () => {
    // Compared as data, so formatting the file (prettier) does not matter.
    const generated = reportJsonSchema();
    if (process.env['UPDATE_SCHEMA']) writeFileSync(SCHEMA_FILE, `${JSON.stringify(generated, null, 2)}\n`);
    expect(shipped()).toEqual(JSON.parse(JSON.stringify(generated)));
  });

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
