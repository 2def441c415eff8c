import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/pipeline.js';
import { renderJson } from '../../src/render/json.js';
import { sampleAnalysis } from '../helpers/sample-report.js';

describe('buildReport', () => {
  const report = buildReport(sampleAnalysis(), { redact: false });

  it('carries the version, window and a summary worked out by hand', () => {
    expect(report.schemaVersion).toBe('1.1');
    // Dated by its data: the end of the window's last day, Sunday 22 November (GMT, no summer time).
    expect(report.generatedAt).toBe('2026-11-23T00:00:00+00:00');
    expect(report.missing).toEqual([]);
    expect(report.window).toMatchObject({
      from: '2026-11-09',
      to: '2026-11-22',
      weeks: ['2026-W46', '2026-W47'],
      start: '2026-11-09T00:00:00+00:00',
    });
    // cmo 4 + 38, coo 18: 60 h; one critical (cmo W47), one warn (coo W47); all hours tagged to a system.
    expect(report.summary).toEqual({
      people: 3,
      weeks: 2,
      scheduled: 60,
      criticalWeeks: 1,
      warnWeeks: 1,
      unassignedShare: 0,
    });
  });

  it('shows the critical week with the hours behind it by system', () => {
    const w = report.personWeeks.find((x) => x.person === 'cmo' && x.week === '2026-W47')!;
    // 5 × 4.4 h = 22 h lsc; 5 × 3.2 h = 16 h cm
    expect(w).toMatchObject({ scheduled: 38, level: 'critical', bySystem: { cm: 16, lsc: 22 }, baseline: 4 });
    expect(report.totals.bySystem.filter((t) => t.person === 'cmo')).toEqual([
      { person: 'cmo', system: 'lsc', hours: 26, share: 0.619 }, // 26 / 42
      { person: 'cmo', system: 'cm', hours: 16, share: 0.381 }, // 16 / 42
    ]);
  });

  it('gives each person the weekly totals as the trend, the last N weeks with weeks: N', () => {
    expect(report.trend.find((t) => t.person === 'cmo')).toEqual({
      person: 'cmo',
      weeks: ['2026-W46', '2026-W47'],
      scheduled: [4, 38],
      levels: ['ok', 'critical'],
    });
    const one = buildReport(sampleAnalysis(), { redact: false, weeks: 1 });
    expect(one.trend.find((t) => t.person === 'coo')?.scheduled).toEqual([18]);
  });

  it('lists the meetings behind flagged weeks, with private titles hidden', () => {
    const cmo = report.flaggedMeetings.filter((m) => m.person === 'cmo');
    expect(cmo).toEqual([
      {
        person: 'cmo',
        week: '2026-W47',
        title: 'ICS board, "stroke"',
        system: 'lsc',
        workstream: 'uec',
        hours: 22,
        occurrences: 5,
      },
      {
        person: 'cmo',
        week: '2026-W47',
        title: '(private)',
        system: 'cm',
        workstream: null,
        hours: 16,
        occurrences: 5,
      },
    ]);
    expect(renderJson(report, { color: false })).not.toContain('Secret merger');
  });

  it('hides every title with redact', () => {
    const redacted = buildReport(sampleAnalysis(), { redact: true });
    expect(redacted.redacted).toBe(true);
    expect(new Set(redacted.flaggedMeetings.map((m) => m.title))).toEqual(
      new Set(['(redacted)', '(private)']),
    );
    const json = renderJson(redacted, { color: false }) as string;
    expect(json).not.toContain('ICS board');
    expect(json).not.toContain('Ops cell');
  });

  it('drops the owner addresses from the inputs and keeps the run findings first', () => {
    const a = sampleAnalysis();
    a.calendars[0]!.ownerEmails = ['jane@example.nhs.uk'];
    const r = buildReport(a, {
      redact: false,
      // Keys in any order, as JSON from elsewhere may hold them (the types would not let this data through).
      findings: [
        JSON.parse('{"severity":"error","code":"input.unreadable","file":"gone.ics","data":{"z":1,"a":2}}'),
      ],
    });
    expect(JSON.stringify(r)).not.toContain('jane@example.nhs.uk');
    // Key order is canonical: code, severity, file; data keys sorted.
    expect(JSON.stringify(r.findings[0])).toBe(
      '{"code":"input.unreadable","severity":"error","file":"gone.ics","data":{"a":2,"z":1}}',
    );
  });

  it('is deterministic: the same analysis gives the same bytes', () => {
    const again = buildReport(sampleAnalysis(), { redact: false });
    expect(renderJson(again, { color: false })).toBe(renderJson(report, { color: false }));
  });
});

describe('buildReport with teams', () => {
  it('groups the people team by team (in team order, no team last) and names each one’s team', () => {
    // The sample's people measure in config order: cmo, coo, cfo. With cmo in team "b",
    // coo in team "a" and cfo in none, the report lists coo (a), cmo (b), then cfo.
    const base = sampleAnalysis();
    const teams: Record<string, string> = { cmo: 'b', coo: 'a' };
    const a = {
      ...base,
      config: {
        ...base.config,
        people: base.config.people.map((p) => (teams[p.id] ? { ...p, team: teams[p.id] } : p)),
      },
    };
    const ungrouped = buildReport(base, { redact: false }).people.map((p) => p.id);
    const grouped = buildReport(a, { redact: false }).people;
    expect(grouped.map((p) => [p.id, p.team])).toEqual([
      ['coo', 'a'],
      ['cmo', 'b'],
      ['cfo', undefined],
    ]);
    expect(ungrouped).toEqual(['cmo', 'coo', 'cfo']);
  });
});
