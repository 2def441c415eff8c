import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/file.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { ingestCalendars } from '../../src/ingest/ingest.js';
import { tagOccurrences } from '../../src/tag/index.js';
import type { CalendarSource } from '../../src/types.js';
import { window, ZONE } from '../ingest/helpers.js';

const root = path.resolve(import.meta.dirname, '../..');

/** The built module: worker threads run the built worker, which vitest's transpiled sources do not have. */
async function built(): Promise<typeof import('../../src/workers/calendars.js')> {
  return (await import(
    path.join(root, 'dist/src/workers/calendars.js')
  )) as typeof import('../../src/workers/calendars.js');
}

function sourcesIn(dir: string): CalendarSource[] {
  return readdirSync(dir)
    .filter((f) => /\.ics$/.test(f))
    .map((f) => {
      const location = path.join(dir, f);
      return { name: f, location, bytes: new Uint8Array(readFileSync(location)) };
    });
}

describe('calendars ingested and tagged in worker threads', () => {
  it('gives what ingest then tagging on one thread give, on every fixture calendar (broken ones included)', async () => {
    const { readCalendars } = await built();
    const sources = sourcesIn(path.join(root, 'fixtures/ingest'));
    const config = defaultConfig(ZONE);
    const w = window({ from: '2025-06-02', to: '2027-01-03' });
    const one = ingestCalendars(sources, config, w);
    const tagged = { ...one, occurrences: tagOccurrences(one.occurrences, config) };
    // Reversed: ingest reads in name order whatever order it is given.
    const many = await readCalendars([...sources].reverse(), config, w, { threads: 3 });
    expect(one.occurrences.length).toBeGreaterThan(100);
    expect(one.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(many).toEqual(tagged);
  });

  it('gives the same people, duplicates and findings on the demo trust with its config', async () => {
    const { readCalendars } = await built();
    const loaded = await loadConfig({ path: path.join(root, 'fixtures/demo/engage-load.yaml'), cwd: root });
    const sources = sourcesIn(path.join(root, 'fixtures/demo/calendars'));
    const w = window({ from: '2026-07-06', to: '2026-12-27' });
    const one = ingestCalendars(sources, loaded.config, w);
    const tagged = { ...one, occurrences: tagOccurrences(one.occurrences, loaded.config) };
    const many = await readCalendars(sources, loaded.config, w, { threads: 2 });
    expect(new Set(one.occurrences.map((o) => o.person)).size).toBe(8);
    expect(many).toEqual(tagged);
  });

  it('moves the bytes to the threads when asked, with the same result', async () => {
    const { readCalendars } = await built();
    const config = defaultConfig(ZONE);
    const w = window({ from: '2026-07-06', to: '2026-12-27' });
    const copied = await readCalendars(sourcesIn(path.join(root, 'fixtures/demo/calendars')), config, w, {
      threads: 2,
    });
    const sources = sourcesIn(path.join(root, 'fixtures/demo/calendars'));
    const moved = await readCalendars(sources, config, w, { threads: 2, transferBytes: true });
    expect(moved).toEqual(copied);
    // The caller no longer holds them: each buffer went to the worker that read it.
    expect(sources.every((s) => s.bytes.byteLength === 0)).toBe(true);
  });

  it('reads files when their turn comes, and one that cannot be read is a finding naming it, the rest read', async () => {
    const { readCalendars } = await built();
    const config = defaultConfig(ZONE);
    const w = window({ from: '2026-07-06', to: '2026-12-27' });
    const read = sourcesIn(path.join(root, 'fixtures/demo/calendars'));
    // The same calendars as files to read, and one more that is gone by the time it is read.
    const files = [
      ...read.map((s) => ({ name: s.name, location: s.location, size: s.bytes.length })),
      { name: 'gone.ics', location: path.join(root, 'fixtures/demo/calendars/gone.ics'), size: 10 },
    ];
    const fromBytes = await readCalendars(read, config, w, { threads: 2 });
    for (const threads of [0, 2]) {
      const fromFiles = await readCalendars(files, config, w, { threads });
      const [first, ...others] = fromFiles.findings;
      expect(first).toEqual({
        code: 'input.unreadable',
        severity: 'error',
        file: 'gone.ics',
        data: { reason: 'no such file or folder' },
      });
      expect({ ...fromFiles, findings: others }).toEqual(fromBytes);
    }
  });

  it('leaves out what only tagging reads when asked (lean), the same in threads as here', async () => {
    const { readCalendars } = await built();
    const loaded = await loadConfig({ path: path.join(root, 'fixtures/demo/engage-load.yaml'), cwd: root });
    const sources = sourcesIn(path.join(root, 'fixtures/demo/calendars'));
    const w = window({ from: '2026-07-06', to: '2026-12-27' });
    const here = await readCalendars(sources, loaded.config, w, { threads: 0, lean: true });
    const threads = await readCalendars(sources, loaded.config, w, { threads: 2, lean: true });
    expect(threads).toEqual(here);
    expect(here.occurrences.length).toBeGreaterThan(100);
    expect(here.occurrences.every((o) => o.attendees.length === 0 && o.description === '')).toBe(true);
  });
});
