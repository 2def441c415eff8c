/**
 * Config files for several generated trusts in one run, as a region would write them: every trust's
 * own engage-load.yaml, with its people side by side in one file at the top of the data folder.
 * Person ids get the trust's folder as a prefix ("trust-03.cmo") because every trust uses the same
 * ids, calendars are named from the top folder, each person's `team` is their trust, and the systems,
 * workstreams, thresholds and hours are the first trust's (they are the same in every trust).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { trustFolders } from './config.js';

interface RawPerson {
  id: string;
  calendars?: string[];
  [key: string]: unknown;
}
interface RawSystem {
  id: string;
  lead?: string;
  [key: string]: unknown;
}
interface RawConfig {
  people?: RawPerson[];
  systems?: RawSystem[];
  corrections?: unknown[];
  [key: string]: unknown;
}

/** Writes `trusts-N.yaml` for the first N trusts of the folder; returns its path. */
export async function writeRegionConfig(dir: string, trusts: number, teams: boolean): Promise<string> {
  const folders = (await trustFolders(dir)).slice(0, trusts);
  const several = folders.length > 1 || folders[0] !== dir;
  let first: RawConfig | null = null;
  const people: RawPerson[] = [];
  const corrections: unknown[] = [];
  for (const folder of folders) {
    const name = path.basename(folder);
    const raw = YAML.parse(readFileSync(path.join(folder, 'engage-load.yaml'), 'utf8')) as RawConfig;
    const prefix = several ? `${name}.` : '';
    for (const p of raw.people ?? []) {
      people.push({
        ...p,
        id: prefix + p.id,
        ...(teams && several ? { team: name } : {}),
        calendars: (p.calendars ?? []).map((c) => (several ? `${name}/${c}` : c)),
      });
    }
    corrections.push(...(raw.corrections ?? []));
    first ??= raw;
  }
  if (!first) throw new Error(`no trust found in ${dir}`);
  const lead = several ? `${path.basename(folders[0]!)}.` : '';
  const config: RawConfig = {
    ...first,
    people,
    systems: (first.systems ?? []).map((s) => (s.lead ? { ...s, lead: lead + s.lead } : s)),
    corrections,
  };
  const file = path.join(dir, `trusts-${folders.length}${teams ? '-teams' : ''}.yaml`);
  writeFileSync(file, YAML.stringify(config));
  return file;
}
