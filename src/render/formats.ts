/**
 * The report formats, without their renderers: the command line lists them in its options and help
 * without loading any renderer. render/index.ts checks that each has exactly one renderer.
 */
export const REPORT_FORMATS = ['table', 'json', 'csv', 'markdown', 'pdf'] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];
