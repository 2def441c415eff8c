import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_EXAMPLES } from '../../src/cli/examples.js';
import { makeShim, requireBuild, ROOT, shell, type CliResult } from '../helpers/cli.js';

/**
 * Every example of `--help` and of README's shell blocks, run as written in a folder laid out as
 * they assume (README "Usage" documents the layout and the two substitutions: `npx engage-load`
 * is the built CLI, `https://example.org/` a feed served here on 127.0.0.1).
 */
const BASIC = path.join(ROOT, 'fixtures', 'report-basic');
const JANE = path.join(ROOT, 'fixtures', 'config-cli', 'calendars', 'jane.ics');
const SAM = path.join(BASIC, 'bob.ics');

let tmp = '';
let shim = '';
let server: Server;
let feed = '';

/** Small calendars, so that the examples run quickly; --demo examples read the demo itself. */
function workspace(name: string): string {
  const dir = path.join(tmp, name);
  mkdirSync(path.join(dir, 'config'), { recursive: true });
  mkdirSync(path.join(dir, 'exports'), { recursive: true });
  for (const file of ['alice.ics', 'bob.ics']) {
    copyFileSync(path.join(BASIC, file), path.join(dir, 'exports', file));
    copyFileSync(path.join(BASIC, file), path.join(dir, file));
  }
  copyFileSync(JANE, path.join(dir, 'exports', 'jane.ics'));
  copyFileSync(SAM, path.join(dir, 'exports', 'sam.ics'));
  copyFileSync(JANE, path.join(dir, 'jane.ics'));
  copyFileSync(path.join(BASIC, 'engage-load.yaml'), path.join(dir, 'trust.yaml'));
  return dir;
}

/** The shell lines of README's ```sh blocks that run engage-load. */
function readmeExamples(): string[] {
  const text = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const blocks = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks
    .flatMap((b) => b.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => /(^|\| )(npx )?engage-load /.test(line))
    .map((line) => line.replace(/^npx engage-load /, 'engage-load ').replace('https://example.org/', feed));
}

/** Examples that read what an earlier one wrote run after the others, in order. */
const later = (example: string): boolean => / --apply | validate/.test(`${example} `);

async function runAll(examples: readonly string[], cwd: string): Promise<[string, CliResult][]> {
  const env = { GITHUB_STEP_SUMMARY: path.join(cwd, 'summary.md') };
  const results = new Map<string, CliResult>();
  const first = examples.filter((e) => !later(e) && !e.includes(' init '));
  // Two at a time: the machine is shared.
  for (let i = 0; i < first.length; i += 2) {
    const batch = first.slice(i, i + 2);
    const done = await Promise.all(batch.map((e) => shell(e, { cwd, shim, env })));
    batch.forEach((e, j) => results.set(e, done[j]!));
  }
  for (const e of examples.filter((x) => !first.includes(x)))
    results.set(e, await shell(e, { cwd, shim, env }));
  return examples.map((e) => [e, results.get(e)!]);
}

function expectRan([example, r]: [string, CliResult]): void {
  // --fail-on exits 1 when a week is critical (depends on the week `last` is); everything else succeeds.
  const allowed = example.includes('--fail-on') ? [0, 1] : [0];
  expect(allowed, `${example}\n${r.stderr}`).toContain(r.status);
  expect(r.stderr, example).not.toMatch(/error:/);
}

beforeAll(async () => {
  requireBuild();
  tmp = mkdtempSync(path.join(tmpdir(), 'engage-load-examples-'));
  shim = makeShim(path.join(tmp, 'bin'));
  const calendar = readFileSync(JANE);
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/calendar' });
    res.end(calendar);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  feed = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});

afterAll(() => {
  server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('examples run as written', () => {
  it('every --help and README example', { timeout: 240_000 }, async () => {
    const readme = readmeExamples();
    expect(readme.length).toBeGreaterThan(15);
    // init and validate act on their folder, so README's run in a folder of their own; the other
    // README lines join the --help ones (the plan file --apply reads is written there).
    const ownFolder = (e: string): boolean => e.includes(' init ') || / validate/.test(e);
    const shared = [...ALL_EXAMPLES, ...readme.filter((e) => !ALL_EXAMPLES.includes(e) && !ownFolder(e))];
    const cwd = workspace('help');
    for (const result of await runAll(shared, cwd)) expectRan(result);
    // What they wrote is there: the quarter's JSON, the plan, the starter configs.
    expect(readdirSync(cwd)).toEqual(
      expect.arrayContaining(['q3.json', 'plan.yaml', 'engage-load.yaml', 'load.csv', 'w47.csv']),
    );
    expect(readdirSync(path.join(cwd, 'config'))).toEqual(['engage-load.yaml']);
    for (const result of await runAll(readme.filter(ownFolder), workspace('readme'))) expectRan(result);
  });
});
