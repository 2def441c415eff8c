import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfigText } from '../../src/config/validate.js';
import { buildReport, loadAnalysis, runReport, withSuggestions } from '../../src/pipeline.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const options = {
  calendars: [],
  config: path.join(root, 'fixtures', 'demo', 'engage-load.yaml'),
  week: '2026-W47',
  cwd: root,
  now: new Date('2026-11-23T12:00:00Z'),
};

describe('runReport', () => {
  it('is loadAnalysis, then buildReport and withSuggestions, in one call', async () => {
    const run = await runReport({ ...options, redact: false });
    const loaded = await loadAnalysis(options);
    const halves = await withSuggestions(
      buildReport(loaded.analysis, { weeks: undefined, redact: false, findings: loaded.findings }),
      loaded.analysis,
    );
    expect(run.report).toEqual(halves);
    expect(run.findings).toEqual(loaded.findings);
    // The chief medical officer's week as designed in docs/demo.md: 38 h scheduled, critical.
    const cmo = run.report.personWeeks.find((w) => w.person === 'cmo' && w.week === '2026-W47');
    expect(cmo?.scheduled).toBe(38);
    expect(run.report.suggestions?.moves.length).toBeGreaterThan(0);
  });

  it('leaves the suggestions out when asked, and hides titles with redact', async () => {
    const run = await runReport({ ...options, redact: true, suggest: false });
    expect('suggestions' in run.report).toBe(false);
    expect(run.report.redacted).toBe(true);
    expect(run.report.flaggedMeetings.length).toBeGreaterThan(0);
    expect(run.report.flaggedMeetings.every((m) => m.title === '(redacted)' || m.title === '(private)')).toBe(
      true,
    );
  });

  it('lean: occurrences without what only tagging reads, and the same report and suggestions', async () => {
    const full = await loadAnalysis(options);
    const lean = await loadAnalysis({ ...options, lean: true });
    // The five fields tagging alone reads are empty; every other field, and every tag, is as it was.
    const emptied = full.analysis.occurrences.map((o) => ({
      ...o,
      description: '',
      location: '',
      categories: [],
      organizer: null,
      attendees: [],
    }));
    expect(lean.analysis.occurrences).toEqual(emptied);
    expect(full.analysis.occurrences.some((o) => o.attendees.length > 0 && o.description !== '')).toBe(true);
    expect(lean.findings).toEqual(full.findings);
    const report = async (run: typeof full) =>
      withSuggestions(
        buildReport(run.analysis, { weeks: undefined, redact: false, findings: run.findings }),
        run.analysis,
      );
    expect(await report(lean)).toEqual(await report(full));
  });

  // /proc/self/mem can be found (stat) but not read (EIO): the file that fails when its turn comes.
  it.skipIf(process.platform !== 'linux')(
    'reports a file that cannot be read when its turn comes with the inputs not found, and reads the rest',
    async () => {
      const calendar = path.join(root, 'fixtures', 'demo', 'calendars', 'rachel-thornbury.ics');
      // Whose the file is comes from the config, as for any input that cannot be read.
      const config = validateConfigText('people:\n  - id: cmo\n    calendars: [/proc/self/mem]\n', {
        file: path.join(root, 'engage-load.yaml'),
        shown: 'engage-load.yaml',
      }).config;
      const run = await loadAnalysis({
        calendars: ['missing.ics', '/proc/self/mem', calendar],
        loadedConfig: { config, findings: [] },
        cwd: root,
        week: '2026-W47',
        now: new Date('2026-11-23T12:00:00Z'),
      });
      const at = run.findings.findIndex((f) => f.code === 'input.unreadable');
      expect(run.findings.slice(at, at + 2)).toMatchObject([
        {
          code: 'input.unreadable',
          severity: 'error',
          file: 'missing.ics',
          data: { reason: 'no such file or folder' },
        },
        {
          code: 'input.unreadable',
          severity: 'error',
          file: '/proc/self/mem',
          person: 'cmo',
          data: { reason: /EIO/ },
        },
      ]);
      expect(run.findings.filter((f) => f.code === 'input.unreadable')).toHaveLength(2);
      expect(run.inputFailed).toBe(true);
      expect(run.readable).toBe(1);
      expect(run.analysis.occurrences.length).toBeGreaterThan(0);
    },
  );
});
