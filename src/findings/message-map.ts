import type { Finding } from '../types.js';

/** The sentences of one area, by finding code. Sentences never contain a meeting title. */
export type MessageMap = Readonly<Record<string, (f: Finding) => string>>;
