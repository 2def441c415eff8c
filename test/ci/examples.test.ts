import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeShim, requireBuild, ROOT, shell } from '../helpers/cli.js';

/**
 * The CI examples run as written: their `run`/`script` lines are read from the YAML and executed with
 * bash against the built CLI, so the examples cannot go stale. The only substitutions: the small
 * fixtures/report-basic trust for the calendars (its config by -c in ENGAGE_LOAD_INPUTS; alice's
 * 2026-W47 is 5 × 7.6 h = 38 h ≥ 37.5 h, critical), that week for "last", no feed URLs, and a shim
 * `engage-load` on PATH instead of the `npm install --global` step.
 */
const TRUST_ENV = {
  ENGAGE_LOAD_INPUTS: `-c ${path.join(ROOT, 'fixtures', 'report-basic', 'engage-load.yaml')}`,
  ENGAGE_LOAD_WEEK: '2026-W47',
  ENGAGE_LOAD_FEEDS: '',
};
let tmp = '';
let shim = '';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

/** A step's script as a CI runner runs it: bash -e -o pipefail; stdout and stderr together. */
async function bash(
  script: string,
  cwd: string,
  env: Record<string, string>,
): Promise<{ status: number | null; out: string }> {
  const r = await shell(script, { cwd, env, shim, strict: true });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function expectPack(dir: string): void {
  expect(
    readFileSync(path.join(dir, 'out', 'weekly.pdf'))
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');
  const json = JSON.parse(readFileSync(path.join(dir, 'out', 'weekly.json'), 'utf8')) as {
    window: { weeks: string[] };
  };
  // A PDF among the outputs makes --week W read the 8 weeks ending with W: 2026-W40 … W47.
  expect(json.window.weeks.at(-1)).toBe('2026-W47');
  expect(json.window.weeks).toHaveLength(8);
  expect(readFileSync(path.join(dir, 'out', 'weekly.md'), 'utf8')).toMatch(/^# engage-load report/);
}

beforeAll(() => {
  requireBuild();
  tmp = mkdtempSync(path.join(tmpdir(), 'engage-load-ci-'));
  shim = makeShim(path.join(tmp, 'bin'));
});
afterAll(() => tmp && rmSync(tmp, { recursive: true, force: true }));

describe('examples/ci/github-weekly-report.yml', () => {
  const doc = parse(readFileSync(path.join(ROOT, 'examples/ci/github-weekly-report.yml'), 'utf8'));
  const job = doc.jobs.report as { env: Record<string, string>; steps: Step[] };

  it('runs on Mondays and by hand, and publishes the pack as an artifact', () => {
    expect(doc.on.schedule[0].cron).toMatch(/^\S+ \S+ \* \* 1$/);
    expect(doc.on).toHaveProperty('workflow_dispatch');
    expect(job.steps.find((s) => s.run?.startsWith('npm install --global engage-load'))).toBeDefined();
    const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.if).toBe('always()');
    expect(upload.with?.['path']).toBe('out/');
  });

  it("runs its commands against the trust: PDF, JSON, markdown summary, then fails on alice's critical week", async () => {
    const dir = mkdtempSync(path.join(tmp, 'gh-'));
    const summary = path.join(dir, 'summary.md');
    const output = path.join(dir, 'output.txt');
    writeFileSync(output, '');
    const env: Record<string, string> = { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output };
    for (const [k, v] of Object.entries(job.env)) env[k] = String(v).includes('${{') ? '' : String(v);
    Object.assign(env, TRUST_ENV, { ENGAGE_LOAD_FAIL_ON_CRITICAL: 'true' });
    const statuses: (number | null)[] = [];
    for (const step of job.steps) {
      if (!step.run || step.run.startsWith('npm install')) continue;
      // Step outputs: ${{ steps.<id>.outputs.<name> }} from what earlier steps wrote to GITHUB_OUTPUT.
      const outputs = Object.fromEntries(
        readFileSync(output, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split('=') as [string, string]),
      );
      const script = step.run.replace(
        /\$\{\{\s*steps\.\w+\.outputs\.(\w+)\s*\}\}/g,
        (_, k: string) => outputs[k] ?? '',
      );
      expect(script).not.toContain('${{');
      statuses.push((await bash(script, dir, env)).status);
    }
    expect(statuses).toEqual([0, 1]); // the report is written; then --fail-on critical: alice's 38 h ≥ 37.5 h
    expectPack(dir);
    expect(readFileSync(summary, 'utf8')).toMatch(/^# engage-load report/);
    expect(readFileSync(output, 'utf8')).toBe('status=0\n');
  });
});

describe('examples/ci/gitlab-weekly-report.yml', () => {
  const doc = parse(readFileSync(path.join(ROOT, 'examples/ci/gitlab-weekly-report.yml'), 'utf8'));
  const job = doc['weekly-report'] as {
    variables: Record<string, string>;
    before_script: string[];
    script: string[];
    rules: { if: string }[];
    artifacts: { when: string; paths: string[] };
  };

  it('runs from a schedule or by hand, and keeps the pack as artifacts', () => {
    expect(job.rules.map((r) => r.if)).toEqual([
      '$CI_PIPELINE_SOURCE == "schedule"',
      '$CI_PIPELINE_SOURCE == "web"',
    ]);
    expect(job.before_script).toEqual(['npm install --global engage-load']);
    expect(job.artifacts.when).toBe('always');
    expect(job.artifacts.paths).toEqual(['out/weekly.pdf', 'out/weekly.json', 'out/weekly.md']);
  });

  it('runs its script against the trust and fails only when asked to fail on critical', async () => {
    const cases = [
      ['false', 0],
      ['true', 1],
    ] as const;
    // The two runs are independent: side by side.
    await Promise.all(
      cases.map(async ([fail, status]) => {
        const dir = mkdtempSync(path.join(tmp, 'gl-'));
        const env = { ...job.variables, ...TRUST_ENV, ENGAGE_LOAD_FAIL_ON_CRITICAL: fail };
        const r = await bash(job.script.join('\n'), dir, env);
        expect(r.status).toBe(status);
        expectPack(dir);
        expect(r.out).toContain('# engage-load report');
      }),
    );
  });
});
