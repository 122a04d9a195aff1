import { parentPort } from 'node:worker_threads';
import { extractOne } from './extract-one.js';
import type { Batch, BatchDone } from './pool.js';

// A worker thread of `extract --jobs N`: a batch of files per message, their outcomes back in one.
parentPort?.on('message', (jobs: Batch) => {
  parentPort?.postMessage(jobs.map((job) => extractOne(job)) satisfies BatchDone);
});
