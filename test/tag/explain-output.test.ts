import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainOutput, ROOT } from '../helpers/commands.js';

/**
 * What `engage-load explain -c fixtures/config-cli/engage-load.yaml --week 2026-W47` writes with
 * --uid, --redact and --untagged, in-process (test/cli-config/commands.test.ts runs the command itself).
 */
const W47 = { config: path.join(ROOT, 'fixtures', 'config-cli', 'engage-load.yaml'), week: '2026-W47' };

describe('explain output', () => {
  it('--uid shows one series; --redact hides every title', async () => {
    const one = await explainOutput({ ...W47, uid: 'budget@test' });
    expect(one.match(/^jane /gm)).toHaveLength(1);
    expect(one).toContain('title       Budget review');
    const redacted = await explainOutput({ ...W47, redact: true, format: 'json' });
    const doc = JSON.parse(redacted) as { occurrences: { title: string }[] };
    expect(doc.occurrences.map((o) => o.title)).toEqual([
      '(redacted)',
      '(private)',
      '(redacted)',
      '(redacted)',
    ]);
    expect(redacted).not.toMatch(/Budget|UEC board|joint forum/);
  });

  it('--untagged lists counted titles with no system, by hours', async () => {
    // Counted: 1.5 + 1 + 2 + 1 = 5.5 h; unassigned: Budget review 2 h; 2 / 5.5 = 36.4%.
    expect(await explainOutput({ ...W47, untagged: true })).toBe(
      '2 h of 5.5 h counted are unassigned (36.4%), under 1 title.\n\n   hours  count  title\n    2.00      1  Budget review\n',
    );
  });
});
