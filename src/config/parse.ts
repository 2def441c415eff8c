import { isNode, LineCounter, parseDocument } from 'yaml';
import { ConfigError } from '../errors.js';

export interface ParsedConfigText {
  /** The plain data (objects, arrays, scalars). */
  data: unknown;
  /** 1-based line of the value at a path inside the file, where known. */
  lineOf(path: readonly PropertyKey[]): number | null;
}

/**
 * Parses YAML or JSON text (JSON is YAML 1.2, so one parser keeps line numbers for both).
 * Syntax errors throw ConfigError naming the line and column.
 */
export function parseConfigText(text: string, file: string): ParsedConfigText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        const what = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
        return { path: '', message: `line ${pos.line}, column ${pos.col}: not valid YAML/JSON (${what})` };
      }),
    );
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  return {
    data,
    lineOf(path) {
      const keys = path.filter((p): p is string | number => typeof p !== 'symbol');
      for (let n = keys.length; n >= 0; n--) {
        const node: unknown = n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return null;
    },
  };
}
