import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'bin', 'engage-load.js');
const demoConfig = path.join(root, 'fixtures', 'demo', 'engage-load.yaml');

function cli(args: string[]): string {
  return execFileSync(process.execPath, [bin, ...args], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
  });
}

// The package imports itself by name, as a user's script would: this checks package.json's exports too.
type Api = typeof import('../../src/index.js');
let api: Api;

beforeAll(async () => {
  if (!existsSync(path.join(root, 'dist', 'src', 'index.js')))
    throw new Error('run `npm run build` before the API tests');
  api = (await import('engage-load' as string)) as Api;
});

describe("import from 'engage-load'", () => {
  it('gives the same report as the command line', async () => {
    const { analysis, findings } = await api.loadAnalysis({
      calendars: [],
      config: demoConfig,
      week: '2026-W47',
      cwd: root,
      now: new Date('2026-11-23T12:00:00Z'),
    });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const report = await api.withSuggestions(
      api.buildReport(analysis, { redact: false, findings }),
      analysis,
    );
    const fromApi = JSON.parse(api.renderers.json(report, { color: false }) as string) as Record<
      string,
      unknown
    >;
    const fromCli = JSON.parse(cli(['report', '--demo', '--week', '2026-W47', '--format', 'json'])) as Record<
      string,
      unknown
    >;
    expect(fromApi).toEqual(fromCli);
    // The chief medical officer's week as designed in docs/demo.md: 38 h scheduled, critical.
    const cmo = report.personWeeks.find((w) => w.person === 'cmo' && w.week === '2026-W47');
    expect(cmo?.scheduled).toBe(38);
    expect(cmo?.level).toBe('critical');
  });

  it('gives the same export rows as the command line', async () => {
    const { analysis } = await api.loadAnalysis({
      calendars: [],
      config: demoConfig,
      week: '2026-W47',
      cwd: root,
      now: new Date(),
    });
    const csv = api.exportCsv(api.exportRows(analysis.occurrences, analysis.window.zone));
    expect(csv).toBe(cli(['export', '--demo', '--week', '2026-W47']));
    expect(csv.split('\r\n')[0]).toBe(
      'person,calendar,uid,recurrence_id,start,end,hours,status,system,workstream,reason',
    );
  });
});
