import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command, commandAsync, requireBuild, ROOT, type CliResult } from '../helpers/cli.js';

/**
 * The package as users get it: `npm pack`, then an install into an empty folder with no network
 * (`npm ci --offline`, from the npm cache that `npm ci` filled here), then `npx engage-load`.
 * `npm install --offline <tgz>` cannot work without network: it needs each dependency's registry
 * document, which the cache lacks after `npm ci`; so the empty folder gets a lock file made from
 * ours (the same versions and integrity hashes the package was tested with) and `npm ci` installs it.
 * Once packed, the linters and the install run side by side.
 */
interface Lock {
  packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
}
interface Manifest {
  name: string;
  version: string;
  license: string;
  bin: Record<string, string>;
  engines: Record<string, string>;
  dependencies: Record<string, string>;
}

let tmp = '';
let tarball = '';
let files: string[] = [];
let publint: Promise<CliResult>;
let attw: Promise<CliResult>;
let installed: Promise<{ install: CliResult; demo: CliResult }>;
const bin = (name: string): string => path.join(ROOT, 'node_modules', '.bin', name);

beforeAll(() => {
  requireBuild();
  tmp = mkdtempSync(path.join(tmpdir(), 'engage-load-pack-'));
  // --ignore-scripts: dist/ is built already; `prepare` would build it again.
  const pack = command('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], ROOT);
  expect(pack.status, pack.stderr).toBe(0);
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(tmp, info!.filename);
  files = info!.files.map((f) => f.path).sort();
  publint = commandAsync(bin('publint'), ['run', tarball, '--strict'], ROOT);
  attw = commandAsync(bin('attw'), [tarball, '--profile', 'esm-only'], ROOT);
  installed = installIntoEmptyFolder();
}, 60_000);

/** The tarball installed offline into an empty folder, then `npx engage-load report --demo` there. */
async function installIntoEmptyFolder(): Promise<{ install: CliResult; demo: CliResult }> {
  const dir = path.join(tmp, 'user');
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as Lock;
  const name = path.basename(tarball);
  mkdirSync(dir);
  copyFileSync(tarball, path.join(dir, name));
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  const packages: Record<string, unknown> = {
    '': { name: 'user', dependencies: { [manifest.name]: `file:${name}` } },
    [`node_modules/${manifest.name}`]: {
      version: manifest.version,
      resolved: `file:${name}`,
      integrity,
      license: manifest.license,
      dependencies: manifest.dependencies,
      bin: manifest.bin,
      engines: manifest.engines,
    },
  };
  for (const [key, entry] of Object.entries(lock.packages))
    if (key.startsWith('node_modules/') && !entry.dev && !entry.devOptional) packages[key] = entry;
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'user', private: true, dependencies: { [manifest.name]: `file:${name}` } }),
  );
  writeFileSync(
    path.join(dir, 'package-lock.json'),
    JSON.stringify({ name: 'user', lockfileVersion: 3, requires: true, packages }),
  );
  const install = await commandAsync('npm', ['ci', '--offline', '--no-audit', '--no-fund'], dir);
  const demo =
    install.status === 0
      ? await commandAsync('npx', ['--offline', 'engage-load', 'report', '--demo'], dir)
      : { status: null, stdout: '', stderr: 'not installed' };
  return { install, demo };
}

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('ships what users need and nothing else', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'CHANGELOG.md',
        'package.json',
        'bin/engage-load.js',
        'dist/src/index.js',
        'dist/src/index.d.ts',
        'dist/src/cli/main.js',
        // The command line as bin runs it: bundled (scripts/bundle-cli.ts), its worker beside it.
        'dist/cli/main.js',
        'dist/cli/worker.js',
        'docs/config.md',
        'docs/report.md',
        'fixtures/demo/engage-load.yaml',
        ...['config', 'report', 'export', 'explain', 'suggest'].map((s) => `schema/${s}.schema.json`),
      ]),
    );
    expect(
      files.filter((f) => f.startsWith('dist/scripts') || f.endsWith('.map') || f.startsWith('src/')),
    ).toEqual([]);
    expect(files.filter((f) => f.startsWith('test/') || f.startsWith('scripts/'))).toEqual([]);
    // Every doc README links to is in the package.
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const [, link] of readme.matchAll(/\]\((docs\/[^)#]+)/g)) expect(files).toContain(link);
  });

  it('is clean for publint and arethetypeswrong', async () => {
    const [p, a] = await Promise.all([publint, attw]);
    expect(p.status, p.stdout + p.stderr).toBe(0);
    expect(a.status, a.stdout + a.stderr).toBe(0);
  }, 60_000);

  it('installs offline into an empty folder and runs the demo', async () => {
    const { install, demo } = await installed;
    expect(install.status, install.stderr).toBe(0);
    expect(demo.status, demo.stderr).toBe(0);
    // The demo quarter: 8 people, and the chief medical officer's W47 is the critical week.
    expect(demo.stdout).toMatch(/^engage-load report · 2026-09-28 to 2026-12-27/);
    expect(demo.stdout).toMatch(/8 people · .* · 1 critical week/);
    expect(demo.stdout).toMatch(/(cmo|Okafor-Reid)\S*\s+2026-W47\s+38\.0/);
  }, 120_000);
});
