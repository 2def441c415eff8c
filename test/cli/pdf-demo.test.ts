import { beforeAll, describe, expect, it } from 'vitest';
import { cliBytes, requireBuild } from '../helpers/cli.js';
import { reportRun } from '../helpers/commands.js';

/**
 * The demo's weekly board pack through the built CLI: the PDF on stdout, the 8-week window a PDF
 * asks for, SOURCE_DATE_EPOCH. What the pack says is tested in-process in test/render/pdf/demo.test.ts.
 */
const PACK = ['report', '--demo', '--week', '2026-W47', '--format', 'pdf'];

function pdf(args: string[], env: Record<string, string> = {}): Buffer {
  const r = cliBytes(args, { env });
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

describe('report --demo --week 2026-W47 --format pdf', () => {
  let stamped: Buffer;
  beforeAll(() => {
    requireBuild();
    stamped = pdf(PACK, { SOURCE_DATE_EPOCH: '1795420800' }); // 2026-11-23T08:00:00Z
  });

  it('gives the bytes the library gives for the 8 weeks ending with W47, dated by SOURCE_DATE_EPOCH', async () => {
    // The same bytes as an in-process run made at another moment: nothing depends on the clock or the run.
    const library = (
      await reportRun({ demo: true, week: '2026-W47', weeks: 8, generatedAt: '2026-11-23T08:00:00+00:00' })
    ).pdf();
    expect(stamped.equals(library)).toBe(true);
    expect(stamped.toString('latin1')).toContain('(D:20261123080000Z)');
    // Without it the pack is dated by its data: test/render/pdf/demo.test.ts.
  });
});
