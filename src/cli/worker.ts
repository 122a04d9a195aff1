import { parentPort, workerData } from 'node:worker_threads';
import { extractOne, type RunShared } from './extract-one.js';
import type { Batch, BatchDone } from './pool.js';

// A worker thread of `extract --jobs N`: a batch of files per message, their outcomes back in one.
// What all files share (the site rules) came once, as workerData.
const shared = (workerData ?? { siteRules: null }) as RunShared;
parentPort?.on('message', (jobs: Batch) => {
  parentPort?.postMessage(jobs.map((job) => extractOne(job, shared)) satisfies BatchDone);
});
