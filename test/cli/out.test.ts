import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { outTargets, writeOutput } from '../../src/cli/output.js';
import { cli as run, cliBytes, requireBuild, ROOT } from '../helpers/cli.js';
import { exportOutput, reportRun } from '../helpers/commands.js';

/**
 * --out for every command: several outputs, the extension choosing the format, "-" for stdout, clear
 * errors; a PDF on stdout. On the small fixtures/report-basic trust (what the files hold is tested
 * in-process; the command line is held to the library's bytes here for the PDF and the export CSV).
 */
const CONFIG = path.join(ROOT, 'fixtures', 'report-basic', 'engage-load.yaml');
const W47 = ['-c', CONFIG, '--week', '2026-W47'];
let tmp = '';
const cli = (args: string[]) => run(args, { cwd: tmp });

beforeAll(() => {
  requireBuild();
  tmp = mkdtempSync(path.join(tmpdir(), 'engage-load-out-'));
});
afterAll(() => tmp && rmSync(tmp, { recursive: true, force: true }));

describe('--out', () => {
  it('writes several formats from one run, each chosen by its extension', () => {
    const r = cli([
      'report',
      ...W47,
      '--out',
      'w.pdf',
      '--out',
      'w.md',
      '--out',
      'w.json',
      '--out',
      'w.csv',
      '--out',
      'w.txt',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBe(0);
    expect(readFileSync(path.join(tmp, 'w.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readFileSync(path.join(tmp, 'w.md'), 'utf8')).toMatch(/^# engage-load report/);
    expect(JSON.parse(readFileSync(path.join(tmp, 'w.json'), 'utf8')).schemaVersion).toBeDefined();
    expect(readFileSync(path.join(tmp, 'w.csv'), 'utf8')).toMatch(
      /^person,week,system,workstream,metric,value,text\r\n/,
    );
    expect(readFileSync(path.join(tmp, 'w.txt'), 'utf8')).toMatch(/^engage-load report · /);
  });

  it('takes "-" as stdout, for report, suggest and export alike', async () => {
    for (const command of ['report', 'suggest', 'export']) {
      const r = cli([command, ...W47, '--out', '-']);
      expect(r.status).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(100);
      expect(existsSync(path.join(tmp, '-'))).toBe(false);
      // export's CSV is the library's bytes (test/api/api.test.ts compares the package with the library).
      if (command === 'export')
        expect(r.stdout).toBe(await exportOutput({ config: CONFIG, week: '2026-W47' }));
    }
  });

  it('writes a PDF to stdout when it is a pipe: the library’s bytes for the 8 weeks ending with W47, dated by SOURCE_DATE_EPOCH', async () => {
    const pdf = cliBytes(['report', ...W47, '--format', 'pdf'], {
      cwd: tmp,
      env: { SOURCE_DATE_EPOCH: '1795420800' }, // 2026-11-23T08:00:00Z
    });
    expect(pdf.status, pdf.stderr).toBe(0);
    expect(pdf.stdout.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The same bytes as an in-process run made at another moment: nothing depends on the clock or the run.
    const library = (
      await reportRun({
        config: CONFIG,
        week: '2026-W47',
        weeks: 8,
        generatedAt: '2026-11-23T08:00:00+00:00',
      })
    ).pdf();
    expect(pdf.stdout.equals(library)).toBe(true);
    expect(pdf.stdout.toString('latin1')).toContain('(D:20261123080000Z)');
    // Without SOURCE_DATE_EPOCH a pack is dated by its data: test/render/pdf/demo.test.ts.
  });

  it('writes a suggest PDF to --out', () => {
    const r = cli(['suggest', ...W47, '--out', 's.pdf']);
    expect(r.status).toBe(0);
    expect(readFileSync(path.join(tmp, 's.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('is a usage error, in one sentence, when the file cannot be written', () => {
    for (const command of ['report', 'suggest', 'export']) {
      const r = cli([command, ...W47, '--out', 'missing/folder/w.json']);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        'engage-load: error: cannot write --out missing/folder/w.json: its folder does not exist\n',
      );
    }
    const folder = cli(['report', ...W47, '--out', '.']);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toBe('engage-load: error: cannot write --out .: it is a folder\n');
    expect(cli(['export', ...W47, '--out', 'w.pdf']).stderr).toBe(
      'engage-load: error: --out w.pdf asks for pdf, which this command cannot write (csv, json)\n',
    );
  });
});

describe('outTargets and the terminal rule', () => {
  it('gives stdout once at most, and maps extensions', () => {
    const formats = ['table', 'json', 'csv', 'markdown', 'pdf'] as const;
    expect(outTargets(undefined, 'table', formats, tmp)).toEqual([{ path: null, format: 'table' }]);
    expect(outTargets(['a.PDF', 'b.markdown', 'c.log'], 'json', formats, tmp)).toEqual([
      { path: 'a.PDF', format: 'pdf' },
      { path: 'b.markdown', format: 'markdown' },
      { path: 'c.log', format: 'json' },
    ]);
    expect(() => outTargets(['-', '-'], 'table', formats, tmp)).toThrow(UsageError);
  });

  it('never writes a PDF to a terminal', async () => {
    const tty = process.stdout.isTTY;
    process.stdout.isTTY = true;
    try {
      await expect(writeOutput(new Uint8Array([37, 80, 68, 70]), null)).rejects.toThrow(
        'a PDF is not for a terminal: give --out FILE.pdf, or redirect stdout to a file',
      );
    } finally {
      process.stdout.isTTY = tty;
    }
  });
});
