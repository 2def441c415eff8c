/** About this many characters per chunk: few enough writes, and no string of the whole document. */
export const CHUNK_CHARS = 1 << 16;

/** Objects at the top two levels (the report, its suggestions) are written member by member. */
const OBJECT_DEPTH = 2;

/** Elements of an array met through them are written this many at a time, each batch one JSON.stringify. */
const BATCH = 256;

/**
 * `JSON.stringify(value, null, 2) + "\n"`, in chunks of about CHUNK_CHARS characters (a batch of a
 * long list may be longer). The national report's JSON is 42 MB: as one string (twice that in
 * memory once a title is outside Latin-1) and then as the bytes written, it was 170 MB at the end
 * of the run. The top-level objects are walked here; a long array under them is written BATCH
 * elements at a time, each batch by JSON.stringify of the batch under the same keys, so that it is
 * indented as in the whole document, from which the batch's lines are cut. The bytes are the same
 * for any value, with one difference a plain-data document never shows: a `toJSON` method of a
 * value in the walked levels, or of an element of a long list, is called with another key argument
 * than JSON.stringify gives it ('' or its index in its batch).
 */
export function* prettyJsonChunks(value: unknown): Generator<string> {
  if (!walked(value)) {
    yield `${JSON.stringify(value, null, 2)}\n`;
    return;
  }
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

const pad = (depth: number): string => '  '.repeat(depth);

const hasToJSON = (v: unknown): boolean =>
  v !== null && typeof v === 'object' && 'toJSON' in v && typeof v.toJSON === 'function';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || hasToJSON(value)) return false;
  return Object.getPrototypeOf(value) === Object.prototype;
}

/** A long array whose elements JSON.stringify writes as they are (none with a toJSON of its own). */
const batched = (value: unknown): value is unknown[] =>
  Array.isArray(value) && value.length > BATCH && !hasToJSON(value) && !value.some(hasToJSON);

/** Whether `value` at `depth` is written here member by member (else by one JSON.stringify). */
const walked = (value: unknown, depth = 0): boolean =>
  batched(value) || (depth < OBJECT_DEPTH && isPlainObject(value));

/**
 * A value as JSON.stringify writes it at this depth, its lines after the first indented to it;
 * undefined where JSON.stringify writes nothing (undefined, a function, a symbol).
 */
function leaf(value: unknown, depth: number): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text === undefined || depth === 0 ? text : text.replaceAll('\n', `\n${pad(depth)}`);
}

/** `keys` are the object keys from the top down to `value`, so its depth is their number. */
function* parts(value: unknown, keys: readonly string[]): Generator<string> {
  const depth = keys.length;
  if (batched(value)) {
    yield* batches(value, keys);
    return;
  }
  if (!isPlainObject(value)) {
    yield leaf(value, depth) ?? 'null';
    return;
  }
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    const inner = walked(v, depth + 1);
    // A member JSON.stringify writes nothing for is left out, as JSON.stringify leaves it.
    const text = inner ? '' : leaf(v, depth + 1);
    if (!inner && text === undefined) continue;
    yield `${first ? '{' : ','}\n${pad(depth + 1)}${JSON.stringify(key)}: `;
    first = false;
    if (inner) yield* parts(v, [...keys, key]);
    else yield text!;
  }
  yield first ? '{}' : `\n${pad(depth)}}`;
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
