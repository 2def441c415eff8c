/**
 * A worker thread of readCalendars (see calendars.ts): ingests and tags the calendars it is sent,
 * one at a time, and answers with each one's result. Config, window and limits come with its start.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { eventTagger } from '../tag/index.js';
import type { WorkerAnswer, WorkerTask } from './calendars.js';
import { readAndTag, type WorkerSetup } from './read-and-tag.js';
import { packRead } from './pack.js';

const setup = workerData as WorkerSetup;
const tagger = eventTagger(setup.config);
const port = parentPort!;
port.on('message', (task: WorkerTask) => {
  const answer: WorkerAnswer = {
    index: task.index,
    packed: packRead(readAndTag(task.source, setup, tagger)),
  };
  port.postMessage(answer, [answer.packed.events.buffer, answer.packed.instances.buffer]);
});
