/** About this many characters per chunk: few enough writes, and no string of the whole document. */
export const CHUNK_CHARS = 1 << 16;

/** Containers this deep are written member by member; deeper values are one JSON.stringify each. */
const SPLIT_DEPTH = 3;

/**
 * Exactly `JSON.stringify(value, null, 2) + "\n"`, in chunks of about CHUNK_CHARS characters. The
 * national report's JSON is 42 MB: as one string (twice that in memory once a title is outside
 * Latin-1) and then as the bytes written, it was 170 MB at the end of the run. Plain objects and
 * arrays near the top are walked here; every value below them goes through JSON.stringify, whose
 * lines are indented to their depth (a JSON text has no raw line break inside a string).
 */
export function* prettyJsonChunks(value: unknown): Generator<string> {
  let pending = '';
  for (const part of parts(value, '', 0)) {
    pending += part;
    if (pending.length >= CHUNK_CHARS) {
      yield pending;
      pending = '';
    }
  }
  yield `${pending}\n`;
}

/** Values JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function walked(value: unknown, depth: number): value is object {
  if (depth >= SPLIT_DEPTH || value === null || typeof value !== 'object') return false;
  if ('toJSON' in value && typeof value.toJSON === 'function') return false;
  return Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype;
}

function leaf(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2);
  return indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

function* parts(value: unknown, indent: string, depth: number): Generator<string> {
  if (!walked(value, depth)) {
    yield leaf(value, indent);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `\n${inner}`;
      const item: unknown = value[i];
      if (omitted(item)) yield 'null';
      else yield* parts(item, inner, depth + 1);
      if (i < value.length - 1) yield ',';
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => !omitted(v));
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i]!;
    yield `\n${inner}${JSON.stringify(key)}: `;
    yield* parts(v, inner, depth + 1);
    if (i < entries.length - 1) yield ',';
  }
  yield `\n${indent}}`;
}
