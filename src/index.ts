/**
 * engage-load as a library: the same stages the command line runs, as plain functions over plain
 * data — ingest → tag → measure → detect → suggest → render (src/pipeline.ts shows the flow).
 *
 *   const { report } = await runReport({ calendars: ['exports/'], week: '2026-W47', cwd, now: new Date(),
 *     redact: false });
 *   process.stdout.write(renderers.markdown(report, { color: false }));
 */
export {
  analyse,
  analyseInParallel,
  buildReport,
  loadAnalysis,
  runReport,
  withSuggestions,
  type AnalyseInput,
  type LoadAnalysisOptions,
  type LoadedAnalysis,
  type RunReportOptions,
} from './pipeline.js';
export { resolveWindow, weekKey, type WindowOptions } from './window.js';
export { loadConfig, type LoadConfigOptions, type LoadedConfig } from './config/file.js';
export { defaultConfig } from './config/defaults.js';
export type * from './config/types.js';
export {
  findInputs,
  readFound,
  readInputs,
  type CalendarFile,
  type CalendarInput,
  type FoundInputs,
  type ReadOptions,
  type ReadResult,
} from './ingest/read/read.js';
export { CalendarMerger, ingestCalendars, mergeCalendars, type IngestOptions } from './ingest/ingest.js';
export { tagOccurrences } from './tag/index.js';
export { readCalendars, readCalendarsHere, type ReadCalendarsOptions } from './workers/calendars.js';
export { measure, measurePersonWeeks, personTotals, type Measurement } from './measure/index.js';
export { detectFindings } from './detect/index.js';
export { assembleReport, reportJsonSchema, type BuildReportOptions } from './report/index.js';
export type * from './report/types.js';
export { suggest, suggestSync, planLeads } from './suggest/index.js';
export type * from './suggest/types.js';
export {
  renderers,
  renderJsonChunks,
  REPORT_FORMATS,
  type ReportFormat,
  type Renderer,
} from './render/index.js';
export { prettyJsonChunks } from './render/json-chunks.js';
export { displayTitle } from './display-title.js';
export { eachExportRow, exportRows, EXPORT_COLUMNS, type ExportRow } from './export/rows.js';
export { exportCsv, exportCsvChunks, exportJson } from './export/format.js';
export { formatFinding } from './findings/format.js';
export { ConfigError, ExitCode, InputError, UsageError } from './errors.js';
export type * from './types.js';
export { UNASSIGNED } from './types.js';
