/** One timestamp form everywhere: report JSON, export and explain write the same string for the same instant. */
import { describe, expect, it } from 'vitest';
import { exportRows } from '../../src/export/rows.js';
import { buildReport } from '../../src/pipeline.js';
import { explainOccurrences } from '../../src/tag/explain.js';
import { sampleAnalysis } from '../helpers/sample-report.js';

/** ISO 8601 with the zone's offset, to the second: no milliseconds, never `Z`. */
const FORM = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;

describe('timestamps', () => {
  const analysis = sampleAnalysis();
  const report = buildReport(analysis, { redact: false });

  it('take one form in every field of the report', () => {
    const stamps = [
      report.generatedAt,
      report.window.start,
      report.window.end,
      ...report.inputs.flatMap((i) => [i.firstStart, i.lastEnd]),
    ].filter((s): s is string => s !== null);
    expect(stamps.length).toBeGreaterThan(3);
    for (const s of stamps) expect(s).toMatch(FORM);
  });

  it('are the same string in export and explain for the same piece', () => {
    const zone = analysis.window.zone;
    const exported = exportRows(analysis.occurrences, zone);
    const explained = explainOccurrences(analysis.occurrences, { zone, redact: false });
    expect(explained.map((e) => [e.start, e.end])).toEqual(exported.map((r) => [r.start, r.end]));
    expect(exported[0]!.start).toBe('2026-11-09T09:00:00+00:00');
  });

  it('write UTC as +00:00, as every other offset is written', () => {
    const utc = buildReport({ ...analysis, window: { ...analysis.window, zone: 'UTC' } }, { redact: false });
    expect(utc.window.start).toBe('2026-11-09T00:00:00+00:00');
  });
});
