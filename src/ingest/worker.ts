/**
 * A worker thread of ingest (see parallel.ts): reads the calendars it is sent, one at a time, and
 * answers with each one's CalendarRead. Everything it needs (config, window, limits) comes with its start.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readCalendar } from './read-calendar.js';
import type { WorkerSetup, WorkerTask } from './parallel.js';

const setup = workerData as WorkerSetup;
const port = parentPort!;
port.on('message', (task: WorkerTask) => {
  port.postMessage({
    index: task.index,
    read: readCalendar(task.source, setup.config, setup.window, setup.options),
  });
});
