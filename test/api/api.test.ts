import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportOutput, reportRun } from '../helpers/commands.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const demoConfig = path.join(root, 'fixtures', 'demo', 'engage-load.yaml');

// The package imports itself by name, as a user's script would: this checks package.json's exports too.
// It is compared with the library in-process (test/helpers/commands.ts), which the CLI tests hold the
// command line to: test/cli/report.test.ts for the report's JSON, test/cli/out.test.ts for the export.
type Api = typeof import('../../src/index.js');
let api: Api;
/** The demo's 2026-W47, loaded once through the package for every test below. */
let loaded: Awaited<ReturnType<Api['loadAnalysis']>>;

beforeAll(async () => {
  if (!existsSync(path.join(root, 'dist', 'src', 'index.js')))
    throw new Error('run `npm run build` before the API tests');
  api = (await import('engage-load' as string)) as Api;
  loaded = await api.loadAnalysis({
    calendars: [],
    config: demoConfig,
    week: '2026-W47',
    cwd: root,
    now: new Date('2026-11-23T12:00:00Z'),
  });
});

describe("import from 'engage-load'", () => {
  it('gives the same report as the command line (the library in-process)', async () => {
    const { analysis, findings } = loaded;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const report = await api.withSuggestions(
      api.buildReport(analysis, { redact: false, findings }),
      analysis,
    );
    const fromApi = JSON.parse(api.renderers.json(report, { color: false }) as string) as Record<
      string,
      unknown
    >;
    const fromCli = JSON.parse((await reportRun({ demo: true, week: '2026-W47' })).text('json')) as Record<
      string,
      unknown
    >;
    expect(fromApi).toEqual(fromCli);
    // The chief medical officer's week as designed in docs/demo.md: 38 h scheduled, critical.
    const cmo = report.personWeeks.find((w) => w.person === 'cmo' && w.week === '2026-W47');
    expect(cmo?.scheduled).toBe(38);
    expect(cmo?.level).toBe('critical');
  });

  it('gives the same export rows as the command line (the library in-process)', async () => {
    const { analysis } = loaded;
    const csv = api.exportCsv(api.exportRows(analysis.occurrences, analysis.window.zone));
    expect(csv).toBe(await exportOutput({ demo: true, week: '2026-W47' }));
    expect(csv.split('\r\n')[0]).toBe(
      'person,calendar,uid,recurrence_id,start,end,hours,status,system,workstream,reason',
    );
  });
  it("matches the chief medical officer's W47 by system and workstream, summed by hand from docs/demo.md", async () => {
    const { analysis } = loaded;
    const report = api.buildReport(analysis, { redact: false });
    const cmo = report.personWeeks.find((w) => w.person === 'cmo' && w.week === '2026-W47')!;
    // The meeting table in docs/demo.md ("The chief medical officer's week"), grouped by hand:
    expect(cmo.bySystem).toEqual({
      moorside: 7.5, // UEC Board 1.5 + Quality and Performance 3 + stroke network 2 + shared care record 1
      kestrel: 5, // Clinical Leadership Group 2 + UEC Delivery Board 2 + mental health liaison 1
      brackenridge: 3.5, // 111/CAS governance 1 + UEC winter planning 2.5
      eastmere: 3, // crisis care partnership 2 + stroke evening session 1
      northdale: 3, // frailty board 1 + Clinical Senate 2
      fellgate: 2.5, // end of life steering group 1 + mental health board 1.5
      harbour: 2.5, // stroke pathway review 1.5 + end of life care group 1
      westfold: 2, // UEC Board
      highcross: 1, // frailty and falls
      saltmarsh: 1, // digital clinical safety review
      internal: 6, // executive team 2 + 1:1 1 + clinical directors 1 + Trust Board 2
      unassigned: 1, // regional medical directors' forum
    });
    expect(cmo.byWorkstream).toEqual({
      uec: 8, // 1.5 + 2 + 2 + 2.5
      stroke: 4.5, // 1.5 + 2 + 1
      'mental-health': 4.5, // 2 + 1.5 + 1
      frailty: 2, // 1 + 1
      'end-of-life': 2, // 1 + 1
      digital: 2, // 1 + 1
      '111-cas': 1,
      unassigned: 14, // Kestrel CLG 2 + Moorside Q&P 3 + Northdale senate 2 + internal 6 + forum 1
    });
    // 38 scheduled, 1 h double-booked (Wed 11:00–12:00), 1.5 h after 18:00 (Mon 18:00–18:30, Wed 18:00–19:00),
    // ten regional systems (internal is not a system one is spread across).
    expect(cmo).toMatchObject({ scheduled: 38, occupied: 37, conflict: 1, outOfHours: 1.5, systemCount: 10 });
  });
});
