/** About this many characters per chunk: few enough writes, and no string of the whole document. */
export const CHUNK_CHARS = 1 << 16;

/** Objects at the top two levels (the report, its suggestions) are written member by member. */
const OBJECT_DEPTH = 2;

/** Elements of an array met through them are written this many at a time, each batch one JSON.stringify. */
const BATCH = 256;

/**
 * Exactly `JSON.stringify(value, null, 2) + "\n"`, in chunks of about CHUNK_CHARS characters (a batch
 * of a long list may be longer). The national report's JSON is 42 MB: as one string (twice that in
 * memory once a title is outside Latin-1) and then as the bytes written, it was 170 MB at the end of
 * the run. The top-level objects are walked here; a long array under them is written BATCH elements
 * at a time, each batch by JSON.stringify of the batch under the same keys, so that it is indented
 * as in the whole document, from which the batch's lines are cut.
 */
export function* prettyJsonChunks(value: unknown): Generator<string> {
  let pending = '';
  for (const part of parts(value, [])) {
    // A batch is a chunk by itself: joined to the small parts around it, it would be copied again.
    if (part.length >= CHUNK_CHARS) {
      if (pending !== '') yield pending;
      yield part;
      pending = '';
      continue;
    }
    pending += part;
    if (pending.length >= CHUNK_CHARS) {
      yield pending;
      pending = '';
    }
  }
  yield `${pending}\n`;
}

/** Values JSON.stringify leaves out of an object. */
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

const pad = (depth: number): string => '  '.repeat(depth);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  if ('toJSON' in value && typeof value.toJSON === 'function') return false;
  return Object.getPrototypeOf(value) === Object.prototype;
}

/** A value as JSON.stringify writes it at this depth: its lines after the first indented to it. */
function leaf(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  return depth === 0 ? text : text.replaceAll('\n', `\n${pad(depth)}`);
}

/** `keys` are the object keys from the top down to `value`, so its depth is their number. */
function* parts(value: unknown, keys: readonly string[]): Generator<string> {
  const depth = keys.length;
  if (Array.isArray(value) && value.length > BATCH) {
    yield* batches(value, keys);
    return;
  }
  if (depth >= OBJECT_DEPTH || !isPlainObject(value)) {
    yield leaf(value, depth);
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
    yield `\n${pad(depth + 1)}${JSON.stringify(key)}: `;
    yield* parts(v, [...keys, key]);
    if (i < entries.length - 1) yield ',';
  }
  yield `\n${pad(depth)}}`;
}

/**
 * A long array under `keys`, BATCH elements at a time. JSON.stringify({k1: {k2: batch}}, null, 2)
 * writes the batch's elements exactly as the whole document does; the text around them (the keys'
 * lines, the brackets) is known, so the elements' lines are what lies between.
 */
function* batches(list: readonly unknown[], keys: readonly string[]): Generator<string> {
  const depth = keys.length;
  const before = keys.map((k, i) => `{\n${pad(i + 1)}${JSON.stringify(k)}: `).join('') + '[\n';
  const after = `\n${pad(depth)}]` + keys.map((_, i) => `\n${pad(depth - 1 - i)}}`).join('');
  yield '[';
  for (let at = 0; at < list.length; at += BATCH) {
    const batch = list.slice(at, at + BATCH);
    let wrapped: unknown = batch;
    for (let i = keys.length - 1; i >= 0; i--) wrapped = { [keys[i]!]: wrapped };
    const text = JSON.stringify(wrapped, null, 2);
    if (!text.startsWith(before) || !text.endsWith(after))
      throw new Error('a JSON batch is not where it was expected');
    yield '\n';
    yield text.slice(before.length, text.length - after.length);
    if (at + BATCH < list.length) yield ',';
  }
  yield `\n${pad(depth)}]`;
}
