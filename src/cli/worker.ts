import { parentPort } from 'node:worker_threads';
import { extractOne, type OneJob } from './extract-one.js';

// A worker thread of `extract --jobs N`: one file per message, the outcome back.
parentPort?.on('message', (msg: { id: number; job: OneJob }) => {
  parentPort?.postMessage({ id: msg.id, outcome: extractOne(msg.job) });
});
