import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/render/csv.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderTable } from '../../src/render/table.js';
import { buildReport, withSuggestions } from '../../src/pipeline.js';
import { sampleAnalysis } from '../helpers/sample-report.js';

const SCHEMA = JSON.parse(
  readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'),
) as object;

describe('suggestions in the report', () => {
  it('are in every format, and the shipped JSON Schema accepts them', async () => {
    const analysis = sampleAnalysis();
    const report = await withSuggestions(buildReport(analysis, { redact: false }), analysis);
    // The sample's cmo has a critical W47 (38 h), so there is at least one flagged week to suggest for.
    expect(report.suggestions!.moves.some((w) => w.person === 'cmo' && w.week === '2026-W47')).toBe(true);
    expect(report.suggestions!.leadPlan).not.toBeNull();

    const json = JSON.parse(renderJson(report, { color: false }) as string);
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(SCHEMA);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    json.suggestions.moves[0].outcome = 'maybe';
    expect(validate(json)).toBe(false);

    expect(renderTable(report, { color: false })).toContain('Redistribution: moves for flagged weeks');
    expect(renderMarkdown(report, { color: false })).toContain('## Redistribution');
    expect(renderCsv(report, { color: false })).toMatch(/cmo,2026-W47,,,after_moves,[\d.]+,[a-z]+/);
  });

  it('hide every title under --redact and never show a private one', async () => {
    const analysis = sampleAnalysis();
    const report = await withSuggestions(buildReport(analysis, { redact: true }), analysis);
    const titles = analysis.occurrences.map((o) => o.title).filter((t) => t.length > 3);
    for (const out of [
      renderTable(report, { color: false }),
      renderMarkdown(report, { color: false }),
      renderJson(report, { color: false }),
    ]) {
      for (const title of titles) expect(out).not.toContain(title);
    }
  });
});
