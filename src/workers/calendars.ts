import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/types.js';
import { CalendarMerger, inReadingOrder } from '../ingest/ingest.js';
import type { IngestOptions } from '../ingest/read-calendar.js';
import { isFile, readFound, sizeOf, type CalendarInput } from '../ingest/read/read.js';
import { eventTagger, withTag } from '../tag/index.js';
import type { Finding, IngestResult, ReportWindow, TaggedOccurrence } from '../types.js';
import { unpackRead, type PackedRead } from './pack.js';
import { readAndTag, type TaggedRead, type WorkerSetup } from './read-and-tag.js';

export interface ReadCalendarsOptions extends IngestOptions {
  /**
   * Threads that read calendars; default: one per core (at most MAX_THREADS) when the calendars
   * come to at least PARALLEL_FROM_BYTES, else none (a worker costs a module load, more than a small calendar takes).
   */
  threads?: number;
  /**
   * Move each source's bytes to the thread that reads it instead of copying them: the caller no
   * longer holds every calendar at once, and the sources' bytes are empty afterwards. For callers
   * that read the bytes only to ingest them (the pipeline).
   */
  transferBytes?: boolean;
  /**
   * Occurrences without what only tagging reads: their description, location, categories, organizer
   * and attendees are left empty ('', [], null) once the calendar is tagged. What measure, detect,
   * the report, suggestions and export read is all there; a national run holds about 100 MB less,
   * and its threads pass less between them. For callers that need no more (report, suggest, export).
   */
  lean?: boolean;
}

/** Most worker threads by default: each holds a calendar's text and its own heap while it reads. */
export const MAX_THREADS = 4;

/**
 * Below this much calendar data, calendars are read on the calling thread: each worker loads the
 * ingest modules again (about 0.1 s), and on a busy machine (a shared CI runner) a trust's 21 MB
 * were read faster on one thread than on two. National data (200 MB) goes to the workers.
 */
export const PARALLEL_FROM_BYTES = 32_000_000;

/**
 * A young generation this large keeps ingest's short-lived strings and arrays out of the old
 * generation: on three trusts of the bench's data, a 64 MB young generation (node
 * --max-semi-space-size=64) cut the collector from 5.8 s to 2.6 s of a CPU profile.
 */
const YOUNG_GENERATION_MB = 64;

export interface WorkerTask {
  index: number;
  /** A file is read by the worker: its bytes never pass through the calling thread. */
  source: CalendarInput;
}

/** The calendar read and packed, or why its file could not be read. */
export type WorkerAnswer = { index: number; packed: PackedRead } | { index: number; unreadable: Finding };

/** A calendar's read, or the finding that its file could not be read. */
type Answer = TaggedRead | Finding;

/** Built next to this module (dist/src, or the bundle in dist/cli). */
const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));

/**
 * Running from the TypeScript sources (vitest), there is no built worker: calendars are read on
 * this thread. Built, a missing worker file is a broken build, not a reason to be slow in silence.
 */
function workerBuilt(): boolean {
  if (existsSync(workerFile)) return true;
  if (import.meta.url.endsWith('.ts')) return false;
  throw new Error(`the ingest worker ${workerFile} is missing from the build`);
}

/**
 * Calendars to tagged occurrences: ingest and tag each calendar (in worker threads when there is
 * enough data, several calendars at once), merging each on this thread in reading order as soon as
 * those before it are in (and letting its read go). The result does not depend on the number of
 * threads: each calendar is read by the same function and merged in the same order.
 */
export async function readCalendars(
  sources: readonly CalendarInput[],
  config: Config,
  window: ReportWindow,
  options: ReadCalendarsOptions = {},
): Promise<IngestResult<TaggedOccurrence>> {
  const ordered = inReadingOrder(sources);
  const bytes = ordered.reduce((n, s) => n + sizeOf(s), 0);
  const wanted =
    options.threads ?? (bytes >= PARALLEL_FROM_BYTES ? Math.min(availableParallelism(), MAX_THREADS) : 0);
  const threads = Math.min(wanted, ordered.length);
  const { threads: _threads, transferBytes = false, lean = false, ...ingestOptions } = options;
  const setup: WorkerSetup = { config, window, options: ingestOptions, lean };
  const merge = new Merge(ordered, config, window);
  if (threads < 2 || !workerBuilt()) readHere(ordered, setup, merge);
  else await readInWorkers(ordered, setup, threads, transferBytes, merge);
  return merge.done();
}

/** readCalendars on the calling thread: for the synchronous API. */
export function readCalendarsHere(
  sources: readonly CalendarInput[],
  config: Config,
  window: ReportWindow,
  options: IngestOptions = {},
): IngestResult<TaggedOccurrence> {
  const ordered = inReadingOrder(sources);
  const merge = new Merge(ordered, config, window);
  readHere(ordered, { config, window, options }, merge);
  return merge.done();
}

/**
 * The calendars' answers merged in reading order, each as soon as every answer before it is in; a
 * file that could not be read is a finding, first among the findings.
 */
class Merge {
  private readonly merger: CalendarMerger<TaggedOccurrence>;
  private readonly waiting: (Answer | undefined)[];
  private readonly unread: Finding[] = [];
  private next = 0;

  constructor(
    private readonly ordered: readonly CalendarInput[],
    config: Config,
    window: ReportWindow,
  ) {
    this.merger = new CalendarMerger<TaggedOccurrence>(config, window);
    this.waiting = new Array<Answer | undefined>(ordered.length);
  }

  /** The answer for calendar `index` (of the sources in reading order). */
  answer(index: number, answer: Answer): void {
    this.waiting[index] = answer;
    for (let a = this.waiting[this.next]; a !== undefined; a = this.waiting[this.next]) {
      this.waiting[this.next] = undefined;
      if ('code' in a) this.unread.push(a);
      else
        this.merger.add(this.ordered[this.next]!, a.read, (piece, event) => withTag(piece, a.tags[event]!));
      this.next++;
    }
  }

  get complete(): boolean {
    return this.next === this.ordered.length;
  }

  done(): IngestResult<TaggedOccurrence> {
    if (!this.complete) throw new Error('calendars merged before every one was read');
    const result = this.merger.done();
    return this.unread.length === 0 ? result : { ...result, findings: [...this.unread, ...result.findings] };
  }
}

/** Each calendar read (a file when its turn comes) and tagged, one after another. */
function readHere(ordered: readonly CalendarInput[], setup: WorkerSetup, merge: Merge): void {
  const tagger = eventTagger(setup.config);
  ordered.forEach((input, i) => {
    const source = readFound(input);
    merge.answer(i, 'code' in source ? source : readAndTag(source, setup, tagger));
  });
}

/** Each calendar read by the next free worker, its answer given to `merge`. */
function readInWorkers(
  sources: readonly CalendarInput[],
  setup: WorkerSetup,
  threads: number,
  transferBytes: boolean,
  merge: Merge,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // One string object for equal strings of all calendars (addresses, titles, zones).
    const strings = new Map<string, string>();
    const intern = (s: string): string => {
      const known = strings.get(s);
      if (known !== undefined) return known;
      strings.set(s, s);
      return s;
    };
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let failed = false;
    const stop = (): void => {
      for (const w of workers) void w.terminate();
    };
    const give = (worker: Worker): void => {
      if (next >= sources.length) return;
      const index = next++;
      const source = sources[index]!;
      const task: WorkerTask = { index, source };
      if (isFile(source)) {
        worker.postMessage(task);
        return;
      }
      const { bytes } = source;
      // Only a buffer the bytes fill alone can move (a small read may share a pooled one).
      const movable = transferBytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      if (movable && bytes.buffer instanceof ArrayBuffer) worker.postMessage(task, [bytes.buffer]);
      else worker.postMessage(task);
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(workerFile, {
        workerData: setup,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      workers.push(worker);
      worker.on('message', (m: WorkerAnswer) => {
        done++;
        if (done === sources.length) stop();
        else give(worker);
        try {
          merge.answer(m.index, 'packed' in m ? unpackRead(m.packed, intern) : m.unreadable);
        } catch (error) {
          fail(error as Error);
          return;
        }
        if (done === sources.length) resolve();
      });
      const fail = (error: Error): void => {
        if (failed) return;
        failed = true;
        stop();
        reject(error);
      };
      worker.on('error', fail);
      // A worker that ends before every calendar is read (killed, out of memory) must not leave the run waiting.
      worker.on('exit', (code) => {
        if (done < sources.length) fail(new Error(`a worker reading calendars stopped (exit code ${code})`));
      });
      give(worker);
    }
  });
}
