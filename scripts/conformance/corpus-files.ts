import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import { hasMessage } from '../../src/findings/format.js';
import { ingestCalendars } from '../../src/ingest/ingest.js';
import { analyse, buildReport } from '../../src/pipeline.js';
import { resolveWindow } from '../../src/window.js';

export interface FileOutcome {
  file: string;
  kind: 'ok' | 'findings' | 'error' | 'crash';
  occurrences: number;
  /** Finding codes, or the crash message. */
  detail: string[];
  /** Findings that would not make a clear sentence: no file named, or a code without a message. */
  unclean: string[];
}

/** Files in index.tsv that hold iCalendar text (not the JSON mapping and jCal expectations). */
export async function corpusCalendarFiles(corpus: string): Promise<string[]> {
  const index = await readFile(path.join(corpus, 'index.tsv'), 'utf8');
  return index
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0] ?? '')
    .filter((file) => file && !file.endsWith('.json'));
}

const WINDOW = resolveWindow({
  from: '1995-01-02',
  to: '2030-12-29',
  zone: 'Europe/London',
  now: new Date('2026-11-23T12:00:00Z'),
});

const REPORT_WINDOW = resolveWindow({
  week: '2026-W47',
  zone: 'Europe/London',
  now: new Date('2026-11-23T12:00:00Z'),
});

/**
 * Exports one corpus calendar as `engage-load export` would, over 1995–2030, then builds a week's report
 * (measures, flags, quality findings, calendar summaries), and classifies what happened.
 */
export async function runCorpusFile(corpus: string, file: string): Promise<FileOutcome> {
  const bytes = await readFile(path.join(corpus, file));
  try {
    const sources = [{ name: file, location: file, bytes }];
    const result = ingestCalendars(sources, defaultConfig(), WINDOW);
    // A week's report is built too: the calendars' summaries span the whole file, and a value
    // ingest accepts must not break them (a runaway DURATION once did).
    buildReport(analyse({ config: defaultConfig(), window: REPORT_WINDOW, sources }), { redact: false });
    const codes = result.findings.map((f) => f.code);
    const unclean = result.findings.filter((f) => !f.file || !hasMessage(f.code)).map((f) => f.code);
    const kind = result.findings.some((f) => f.severity === 'error')
      ? 'error'
      : codes.length > 0
        ? 'findings'
        : 'ok';
    return { file, kind, occurrences: result.occurrences.length, detail: codes, unclean };
  } catch (error) {
    const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    return { file, kind: 'crash', occurrences: 0, detail: [message], unclean: [] };
  }
}
