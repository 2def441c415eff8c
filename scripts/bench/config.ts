/**
 * One config for every generated trust, as a region would write it: each trust's own
 * engage-load.yaml is loaded with the real loader, then the people are put side by side.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../src/config/file.js';
import type { Config, Person } from '../../src/config/types.js';
import type { Finding } from '../../src/types.js';

/** The trust folders of a generated data set: trust-NN/ for several trusts, else the folder itself. */
export async function trustFolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const trusts = entries
    .filter((e) => e.isDirectory() && /^trust-\d+$/.test(e.name))
    .map((e) => path.join(dir, e.name))
    .sort();
  return trusts.length > 0 ? trusts : [dir];
}

export interface MergedConfig {
  config: Config;
  findings: Finding[];
}

/**
 * Every trust uses the same person ids (ceo, cmo, …) and the same systems and workstreams; only the
 * addresses, calendars and correction UIDs differ. People get the trust's folder name as a prefix
 * ("trust-03/cmo") when there are several trusts, so each calendar keeps its configured owner, and
 * the systems' leads point at the first trust's people. Thresholds, hours and counting are the
 * generator's and identical in every trust.
 */
export async function mergedConfig(dir: string): Promise<MergedConfig> {
  const folders = await trustFolders(dir);
  const several = folders.length > 1;
  const people: Person[] = [];
  const findings: Finding[] = [];
  let first: Config | null = null;
  const corrections: Config['corrections'] = [];
  for (const folder of folders) {
    const loaded = await loadConfig({ path: 'engage-load.yaml', cwd: folder });
    findings.push(...loaded.findings);
    const prefix = several ? `${path.basename(folder)}/` : '';
    for (const p of loaded.config.people) people.push({ ...p, id: prefix + p.id });
    corrections.push(...loaded.config.corrections);
    first ??= loaded.config;
  }
  if (!first) throw new Error(`no trust found in ${dir}`);
  const firstPrefix = several ? `${path.basename(folders[0]!)}/` : '';
  return {
    config: {
      ...first,
      people,
      systems: first.systems.map((s) => ({ ...s, lead: s.lead === null ? null : firstPrefix + s.lead })),
      corrections,
    },
    findings,
  };
}
