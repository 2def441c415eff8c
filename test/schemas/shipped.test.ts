import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { SHIPPED_SCHEMAS, schemaText } from '../../scripts/schema-text.js';
import { exportJson } from '../../src/export/format.js';
import { exportRows } from '../../src/export/rows.js';
import { buildReport, loadAnalysis, withSuggestions } from '../../src/pipeline.js';
import { measurePersonWeeks } from '../../src/measure/index.js';
import { renderJson } from '../../src/render/json.js';
import { suggestDocument } from '../../src/suggest/document.js';
import { suggest } from '../../src/suggest/index.js';
import { explainOccurrences, untaggedTitles } from '../../src/tag/explain.js';
import { explainDocument, untaggedDocument } from '../../src/tag/explain-schema.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('schema/*.json', () => {
  it.each(Object.keys(SHIPPED_SCHEMAS))(
    '%s is what its zod schema generates (npm run schema)',
    async (name) => {
      const committed = readFileSync(path.join(root, 'schema', name), 'utf8');
      expect(committed).toBe(await schemaText(root, name));
    },
  );

  it('each names the file the package serves as its $id', () => {
    for (const name of Object.keys(SHIPPED_SCHEMAS)) {
      const schema = JSON.parse(readFileSync(path.join(root, 'schema', name), 'utf8')) as { $id: string };
      expect(schema.$id).toBe(`https://unpkg.com/engage-load/schema/${name}`);
    }
  });
});

describe('every JSON output validates against its shipped schema', () => {
  const validator = (name: string) =>
    new Ajv2020({ strict: false, allErrors: true }).compile(
      JSON.parse(readFileSync(path.join(root, 'schema', name), 'utf8')) as object,
    );
  const load = () =>
    loadAnalysis({
      calendars: [],
      config: path.join(root, 'fixtures', 'config-cli', 'engage-load.yaml'),
      week: '2026-W47',
      cwd: root,
      now: new Date('2026-11-25T12:00:00Z'),
    });

  it('all carry schemaVersion as a "major.minor" string, and camelCase keys', async () => {
    const { analysis } = await load();
    const report = await withSuggestions(buildReport(analysis, { redact: false }), analysis);
    const personWeeks = measurePersonWeeks(analysis);
    const set = await suggest({ analysis, personWeeks }, { verbose: false, redact: false });
    const rows = explainOccurrences(analysis.occurrences, { zone: analysis.window.zone, redact: false });
    const docs: [string, unknown][] = [
      ['report.schema.json', JSON.parse(renderJson(report, { color: false }) as string)],
      [
        'export.schema.json',
        JSON.parse(exportJson(exportRows(analysis.occurrences, analysis.window.zone), analysis.window)),
      ],
      ['explain.schema.json', explainDocument(rows, analysis.window)],
      ['explain.schema.json', untaggedDocument(untaggedTitles(analysis.occurrences, false), analysis.window)],
      ['suggest.schema.json', JSON.parse(JSON.stringify(suggestDocument(set, analysis.window)))],
    ];
    for (const [name, doc] of docs) {
      const validate = validator(name);
      expect(validate(doc), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect((doc as { schemaVersion: unknown }).schemaVersion).toMatch(/^\d+\.\d+$/);
      expect(JSON.stringify(doc)).not.toMatch(/"[a-z]+_[a-z_]+":/); // no snake_case key anywhere
    }
    // The fixture's week has occurrences, so the checks above saw real rows.
    expect(rows.length).toBeGreaterThan(0);
  });

  it('reject a document of another version', () => {
    const validate = validator('export.schema.json');
    expect(validate({ schemaVersion: '1.0', kind: 'engage-load-export', window: {}, rows: [] })).toBe(false);
  });
});
