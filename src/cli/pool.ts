import { Worker } from 'node:worker_threads';
import { extractOne, type OneJob, type Outcome } from './extract-one.js';

/** Runs extraction jobs on N threads (or inline for one). */
export interface Pool {
  run(job: OneJob): Promise<Outcome>;
  close(): Promise<void>;
}

/** One thread: the jobs run here, between event-loop turns. */
function inline(): Pool {
  return { run: async (job) => extractOne(job), close: async () => {} };
}

/**
 * Worker threads, each taking one job at a time; a job waits for a free
 * thread. A thread that dies fails its job (code "extract-failed") and is
 * replaced, so one bad page cannot stop the run.
 */
export function makePool(size: number): Pool {
  if (size <= 1) return inline();
  const url = new URL('./worker.js', import.meta.url);
  type Slot = { worker: Worker; busy: { id: number; resolve: (o: Outcome) => void } | null };
  const slots: Slot[] = [];
  const waiting: Array<() => void> = [];
  let next = 0;
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(url), busy: null };
    slot.worker.on('message', (msg: { id: number; outcome: Outcome }) => {
      const b = slot.busy;
      slot.busy = null;
      b?.resolve(msg.outcome);
      waiting.shift()?.();
    });
    slot.worker.on('error', (e) => {
      const b = slot.busy;
      slot.busy = null;
      const i = slots.indexOf(slot);
      if (i >= 0) slots[i] = spawn();
      b?.resolve({ code: 'extract-failed', message: `worker thread died: ${e.message} (a bug: please report it with this file)`, notes: [] });
      waiting.shift()?.();
    });
    return slot;
  };
  for (let i = 0; i < size; i++) slots.push(spawn());
  return {
    async run(job) {
      for (;;) {
        const free = slots.find((s) => !s.busy);
        if (free) {
          return new Promise<Outcome>((resolve) => {
            free.busy = { id: next++, resolve };
            free.worker.postMessage({ id: free.busy.id, job });
          });
        }
        await new Promise<void>((r) => waiting.push(r));
      }
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
