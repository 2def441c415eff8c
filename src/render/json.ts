import type { Report } from '../report/types.js';
import { prettyJsonChunks } from './json-chunks.js';
import type { Renderer } from './types.js';

/** The report as pretty JSON. Key order is the order buildReport writes, so the bytes are reproducible. */
export const renderJson: Renderer = (report) => `${JSON.stringify(report, null, 2)}\n`;

/** renderJson's text in chunks (see prettyJsonChunks), for writing a large report without holding it whole. */
export const renderJsonChunks = (report: Report): Iterable<string> => prettyJsonChunks(report);
