/**
 * A worker thread of readCalendars (see calendars.ts): ingests and tags the calendars it is sent,
 * one at a time (reading a file itself when sent its path), and answers with each one's result.
 * Config, window and limits come with its start.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { eventTagger } from '../tag/index.js';
import type { WorkerAnswer, WorkerTask } from './calendars.js';
import { readAndTag, type WorkerSetup } from './read-and-tag.js';
import { packRead } from './pack.js';
import { readFound } from '../ingest/read/read.js';

const setup = workerData as WorkerSetup;
const tagger = eventTagger(setup.config);
const port = parentPort!;
port.on('message', ({ index, source: input }: WorkerTask) => {
  const source = readFound(input);
  if ('code' in source) {
    port.postMessage({ index, unreadable: source } satisfies WorkerAnswer);
    return;
  }
  const packed = packRead(readAndTag(source, setup, tagger));
  port.postMessage({ index, packed } satisfies WorkerAnswer, [packed.events.buffer, packed.instances.buffer]);
});
