import type { Renderer } from './types.js';

/** The report as pretty JSON. Key order is the order buildReport writes, so the bytes are reproducible. */
export const renderJson: Renderer = (report) => `${JSON.stringify(report, null, 2)}\n`;
