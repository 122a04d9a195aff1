import { Worker } from 'node:worker_threads';
import type { OneJob, Outcome } from './extract-one.js';

/** Runs extraction jobs on N threads (or inline for one). */
export interface Pool {
  run(job: OneJob): Promise<Outcome>;
  close(): Promise<void>;
  /** How many jobs it takes at once; more wait. */
  capacity: number;
}

/**
 * One thread: the jobs run here, between event-loop turns. The pipeline is
 * loaded on first use, so a main thread that hands work to threads never
 * loads it (each thread loads its own).
 */
function inline(): Pool {
  let one: Promise<typeof import('./extract-one.js')> | null = null;
  return {
    run: async (job) => (await (one ??= import('./extract-one.js'))).extractOne(job),
    close: async () => {},
    capacity: 1,
  };
}

/**
 * Worker threads, each holding up to `depth` jobs, which it runs in order
 * (with two, the next job is already there when a thread finishes one, so it
 * never idles while the main thread reads the outcome); a
 * job waits for room. A thread that dies fails the job it was running (code
 * "extract-failed") and is replaced; the jobs queued behind it move to the
 * new thread, so one bad page cannot stop the run.
 */
export function makePool(size: number, depth = 2): Pool {
  if (size <= 1) return inline();
  const url = new URL('./worker.js', import.meta.url);
  type Queued = { id: number; job: OneJob; resolve: (o: Outcome) => void };
  type Slot = { worker: Worker; queue: Queued[] };
  const slots: Slot[] = [];
  const waiting: Array<() => void> = [];
  let next = 0;
  const post = (slot: Slot, q: Queued) => {
    slot.queue.push(q);
    slot.worker.postMessage({ id: q.id, job: q.job });
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(url), queue: [] };
    slot.worker.on('message', (msg: { id: number; outcome: Outcome }) => {
      slot.queue.shift()?.resolve(msg.outcome);
      waiting.shift()?.();
    });
    slot.worker.on('error', (e) => {
      const [running, ...behind] = slot.queue;
      slot.queue = [];
      const fresh = spawn();
      const i = slots.indexOf(slot);
      if (i >= 0) slots[i] = fresh;
      for (const q of behind) post(fresh, q);
      running?.resolve({ code: 'extract-failed', message: `worker thread died: ${e.message} (a bug: please report it with this file)`, notes: [] });
      waiting.shift()?.();
    });
    return slot;
  };
  for (let i = 0; i < size; i++) slots.push(spawn());
  return {
    capacity: size * depth,
    async run(job) {
      for (;;) {
        // The thread with the shortest queue, so work spreads before it stacks.
        let best: Slot | null = null;
        for (const s of slots) if (s.queue.length < depth && (!best || s.queue.length < best.queue.length)) best = s;
        if (best) {
          const slot = best;
          return new Promise<Outcome>((resolve) => post(slot, { id: next++, job, resolve }));
        }
        await new Promise<void>((r) => waiting.push(r));
      }
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
