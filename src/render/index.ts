import { renderCsv } from './csv.js';
import { renderJson, renderJsonChunks } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderPdf } from './pdf/index.js';
import { renderTable } from './table.js';
import type { ReportFormat } from './formats.js';
import type { Renderer } from './types.js';

export type { RenderOptions, Renderer } from './types.js';

/** The report formats, each one renderer over the same Report. */
export const renderers = {
  table: renderTable,
  json: renderJson,
  csv: renderCsv,
  markdown: renderMarkdown,
  pdf: renderPdf,
} satisfies Record<ReportFormat, Renderer>;

export { REPORT_FORMATS, type ReportFormat } from './formats.js';
export { renderJsonChunks };
