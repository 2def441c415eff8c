import type { FindingValue } from '../findings/types.js';
import type { Finding, FindingCode } from '../types.js';
import { own } from './parse/own.js';

/** A sink's findings and counts as plain data, to carry it from a worker thread and go on adding. */
export interface SinkState {
  file: string;
  max: number;
  list: Finding[];
  counts: [FindingCode, number][];
}

/**
 * A finding's values (often cut from the file, such as a bad date) copied out of the file's text,
 * with control characters (an unescaped "\n" in a TZID) as spaces: a finding is one line.
 */
function ownData<D extends Readonly<Record<string, FindingValue>>>(data: D): D {
  const out: Record<string, FindingValue> = {};
  for (const [k, v] of Object.entries(data)) {
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    out[k] = typeof v === 'string' ? own(v.replace(/[\u0000-\u001f\u007f]+/g, ' ')) : v;
  }
  // The same keys with the same kinds of value: only the text of strings changed.
  return out as D;
}

/** A finding of the file, its data owned. */
function placed<F extends Finding>(f: F, file: string): F {
  return { ...f, file, ...(f.data && { data: ownData(f.data) }) };
}

/** Collects a file's findings, keeping at most N of each code and counting the rest. */
export class FindingSink {
  private readonly list: Finding[];
  private readonly counts: Map<FindingCode, number>;
  private readonly file: string;
  private readonly max: number;

  constructor(file: string, max: number, state?: SinkState) {
    this.file = file;
    this.max = max;
    this.list = state ? [...state.list] : [];
    this.counts = new Map(state?.counts);
  }

  static from(state: SinkState): FindingSink {
    return new FindingSink(state.file, state.max, state);
  }

  add(f: Finding): void {
    const n = (this.counts.get(f.code) ?? 0) + 1;
    this.counts.set(f.code, n);
    if (n <= this.max) this.list.push(placed(f, this.file));
  }

  state(): SinkState {
    return { file: this.file, max: this.max, list: this.list, counts: [...this.counts] };
  }

  done(): Finding[] {
    for (const [code, n] of this.counts) {
      if (n > this.max) {
        this.list.push({
          code: 'ingest.more-problems',
          severity: 'warning',
          file: this.file,
          data: { of: code, more: n - this.max },
        });
      }
    }
    return this.list;
  }
}
