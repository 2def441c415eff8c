export { assembleReport, type BuildReportOptions } from './build.js';
export { reportJsonSchema, reportSchema } from './schema.js';
export * from './types.js';
