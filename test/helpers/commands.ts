import path from 'node:path';
import { demoConfigPath, packageVersion } from '../../src/cli/package-info.js';
import { exportCsv } from '../../src/export/format.js';
import { exportRows } from '../../src/export/rows.js';
import { formatFinding } from '../../src/findings/format.js';
import { explainOccurrences, untaggedTitles } from '../../src/tag/explain.js';
import { explainDocument, untaggedDocument } from '../../src/tag/explain-schema.js';
import { resolveExplainFilter } from '../../src/tag/explain-select.js';
import { explainText, untaggedText } from '../../src/tag/explain-text.js';
import { loadAnalysis, runReport, type LoadedAnalysis } from '../../src/pipeline.js';
import { renderers, type ReportFormat } from '../../src/render/index.js';
import type { Report } from '../../src/report/types.js';

/**
 * What `engage-load report`, `export` and `explain` compute, in-process, through the library (src/pipeline.ts): the
 * same load, report and renderers (tests in test/cli hold the two to the same bytes). For tests of formats,
 * redaction and content; test/helpers/cli.ts is for what only a process shows.
 */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface ReportArgs {
  /** Calendars as given on the command line; none: the config's. */
  calendars?: string[];
  /** -c FILE; `demo` for --demo. */
  config?: string;
  demo?: boolean;
  week?: string;
  /** --weeks N: the window and the trend. */
  weeks?: number;
  redact?: boolean;
  /** What SOURCE_DATE_EPOCH stamps. */
  generatedAt?: string;
  cwd?: string;
}

export interface ReportRun {
  run: LoadedAnalysis;
  report: Report;
  /** The report in a text format, as --format writes it to a pipe (no colour). */
  text: (format: Exclude<ReportFormat, 'pdf'>, options?: { verbose?: boolean }) => string;
  /** The PDF's bytes. */
  pdf: () => Uint8Array;
  /** Every finding of the run as the CLI's sentences (stderr prints a selection of them). */
  findingsText: string;
}

export async function reportRun(args: ReportArgs): Promise<ReportRun> {
  const { report, ...run } = await runReport({
    calendars: args.calendars ?? [],
    config: args.demo ? demoConfigPath : args.config,
    week: args.week,
    weeks: args.weeks,
    cwd: args.cwd ?? ROOT,
    now: new Date(),
    redact: args.redact === true,
    generatedAt: args.generatedAt,
  });
  const version = packageVersion();
  const organisation = run.analysis.config.organisation;
  const render = (format: ReportFormat, verbose = false): string | Uint8Array =>
    renderers[format](report, { color: false, verbose, version, organisation });
  return {
    run,
    report,
    text: (format, options = {}) => {
      const out = render(format, options.verbose === true);
      if (typeof out !== 'string') throw new Error(`${format} gave bytes, not text`);
      return out;
    },
    pdf: () => {
      const out = render('pdf');
      if (typeof out === 'string') throw new Error('pdf gave text, not bytes');
      return out;
    },
    findingsText: [...run.findings, ...report.findings].map(formatFinding).join('\n'),
  };
}

export interface ExplainArgs {
  config: string;
  week: string;
  uid?: string;
  person?: string;
  redact?: boolean;
  untagged?: boolean;
  format?: 'table' | 'json';
}

/** What `engage-load explain -c CONFIG --week W` writes to stdout, with its options. */
export async function explainOutput(args: ExplainArgs): Promise<string> {
  const { analysis } = await loadAnalysis({
    calendars: [],
    config: args.config,
    week: args.week,
    cwd: ROOT,
    now: new Date(),
  });
  const redact = args.redact === true;
  const json = args.format === 'json';
  if (args.untagged) {
    const summary = untaggedTitles(analysis.occurrences, redact);
    return json
      ? `${JSON.stringify(untaggedDocument(summary, analysis.window), null, 2)}\n`
      : untaggedText(summary);
  }
  const rows = explainOccurrences(analysis.occurrences, {
    zone: analysis.window.zone,
    redact,
    ...resolveExplainFilter(analysis.occurrences, analysis.config, { uid: args.uid, person: args.person }),
  });
  return json ? `${JSON.stringify(explainDocument(rows, analysis.window), null, 2)}\n` : explainText(rows);
}

/** What `engage-load export … --week W` writes to stdout (CSV, unredacted). */
export async function exportOutput(args: Pick<ReportArgs, 'config' | 'demo' | 'week'>): Promise<string> {
  const { analysis } = await loadAnalysis({
    calendars: [],
    config: args.demo ? demoConfigPath : args.config,
    week: args.week,
    cwd: ROOT,
    now: new Date(),
  });
  return exportCsv(exportRows(analysis.occurrences, analysis.window.zone, false));
}
