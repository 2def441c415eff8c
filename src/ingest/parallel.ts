import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/types.js';
import type { CalendarSource, IngestResult, ReportWindow } from '../types.js';
import { inReadingOrder, mergeCalendars } from './ingest.js';
import { readCalendar, type CalendarRead, type IngestOptions } from './read-calendar.js';

export interface ParallelOptions extends IngestOptions {
  /**
   * Threads that read calendars; default: one per core when the calendars come to at least
   * PARALLEL_FROM_BYTES, else none (a worker costs a module load, more than a small calendar takes).
   */
  threads?: number;
}

/** Below this much calendar data, ingest reads on the calling thread. */
export const PARALLEL_FROM_BYTES = 4_000_000;

/**
 * A young generation this large keeps ingest's short-lived strings and arrays out of the old
 * generation: measured on the bench's national data, half the collector's time of the default.
 */
const YOUNG_GENERATION_MB = 64;

export interface WorkerSetup {
  config: Config;
  window: ReportWindow;
  options: IngestOptions;
}

export interface WorkerTask {
  index: number;
  source: CalendarSource;
}

interface WorkerAnswer {
  index: number;
  read: CalendarRead;
}

/** Built next to this module (dist); absent when the sources run untranspiled, as under vitest. */
const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));

/**
 * ingestCalendars with the calendars read in worker threads, several at once: the same result
 * (each calendar is read by the same function, and merged in the same order on this thread).
 */
export async function ingestCalendarsInParallel(
  sources: CalendarSource[],
  config: Config,
  window: ReportWindow,
  options: ParallelOptions = {},
): Promise<IngestResult> {
  const ordered = inReadingOrder(sources);
  const bytes = ordered.reduce((n, s) => n + s.bytes.length, 0);
  const wanted = options.threads ?? (bytes >= PARALLEL_FROM_BYTES ? availableParallelism() : 0);
  const threads = Math.min(wanted, ordered.length);
  const { threads: _threads, ...ingestOptions } = options;
  const reads =
    threads < 2 || !existsSync(workerFile)
      ? ordered.map((s) => readCalendar(s, config, window, ingestOptions))
      : await readInWorkers(ordered, { config, window, options: ingestOptions }, threads);
  return mergeCalendars(ordered, reads, config, window);
}

/** Each calendar read by the next free worker; the answers in the order of `sources`. */
function readInWorkers(
  sources: CalendarSource[],
  setup: WorkerSetup,
  threads: number,
): Promise<CalendarRead[]> {
  return new Promise((resolve, reject) => {
    const reads: CalendarRead[] = new Array<CalendarRead>(sources.length);
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
      const task: WorkerTask = { index, source: sources[index]! };
      worker.postMessage(task);
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(workerFile, {
        workerData: setup,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      workers.push(worker);
      worker.on('message', (answer: WorkerAnswer) => {
        reads[answer.index] = answer.read;
        done++;
        if (done === sources.length) {
          stop();
          resolve(reads);
        } else give(worker);
      });
      worker.on('error', (error) => {
        if (failed) return;
        failed = true;
        stop();
        reject(error);
      });
      give(worker);
    }
  });
}
