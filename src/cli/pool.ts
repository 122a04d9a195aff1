import { Worker } from 'node:worker_threads';
import type { OneJob, Outcome, RunShared } from './extract-one.js';

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
function inline(shared: RunShared): Pool {
  let one: Promise<typeof import('./extract-one.js')> | null = null;
  return {
    run: async (job) => (await (one ??= import('./extract-one.js'))).extractOne(job, shared),
    close: async () => {},
    capacity: 1,
  };
}

/** What the main thread posts to a worker thread, and what comes back: a batch of jobs, their outcomes in the same order. */
export type Batch = OneJob[];
export type BatchDone = Outcome[];

/**
 * Worker threads. Jobs go to a thread in batches of up to `batch`, and a
 * thread holds up to `depth` batches, which it runs in order: with two, the
 * next batch is already there when it finishes one, so it never idles while
 * the main thread reads the outcomes; with batches, the main thread wakes once
 * per batch, not once per file. A job waits for room.
 *
 * A thread that dies is replaced. Which job of its running batch killed it is
 * not known, so that batch's jobs run again one per batch on the new thread
 * (ahead of the batches queued behind it), and a job that kills a thread on
 * its own fails with code "extract-failed": one bad page cannot stop the run.
 *
 * `shared` (the run's site rules) goes to each thread once, as its workerData.
 */
export function makePool(size: number, depth = 2, batch = 1, script: URL = new URL('./worker.js', import.meta.url), shared: RunShared = { siteRules: null }): Pool {
  if (size <= 1) return inline(shared);
  type Queued = { job: OneJob; resolve: (o: Outcome) => void };
  type Slot = { worker: Worker; posted: Queued[][]; filling: Queued[] };
  const slots: Slot[] = [];
  const waiting: Array<() => void> = [];
  let flushScheduled = false;
  const post = (slot: Slot, qs: Queued[]) => {
    slot.posted.push(qs);
    slot.worker.postMessage(qs.map((q) => q.job) satisfies Batch);
  };
  const flush = () => {
    flushScheduled = false;
    for (const s of slots) {
      if (!s.filling.length) continue;
      post(s, s.filling);
      s.filling = [];
    }
  };
  let closing = false;
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { workerData: shared satisfies RunShared }), posted: [], filling: [] };
    slot.worker.on('message', (outcomes: BatchDone) => {
      const qs = slot.posted.shift() ?? [];
      qs.forEach((q, i) => q.resolve(outcomes[i] as Outcome));
      waiting.shift()?.();
    });
    let gone = false;
    const lost = (why: string) => {
      if (gone || closing) return;
      gone = true;
      const [running = [], ...behind] = slot.posted;
      const fresh = spawn();
      const i = slots.indexOf(slot);
      if (i >= 0) slots[i] = fresh;
      fresh.filling = slot.filling;
      if (running.length === 1) {
        running[0]?.resolve({ code: 'extract-failed', message: `worker thread died: ${why} (a bug: please report it with this file)`, notes: [] });
      } else {
        // One of these killed it: each runs again alone, so a second death names its job.
        // (One that had finished is extracted again, and then found unchanged.)
        for (const q of running) post(fresh, [q]);
      }
      for (const qs of behind) post(fresh, qs);
      waiting.shift()?.();
    };
    // A thread that throws emits 'error', then 'exit'; the outcomes it posted before it threw may
    // still be on their way when 'error' comes (seen under load: a finished job was blamed for its
    // neighbour's crash). They are in before 'exit', so the loss is handled there, a turn later.
    let why: string | null = null;
    slot.worker.on('error', (e) => (why ??= e.message));
    slot.worker.on('exit', (code) => setImmediate(() => lost(why ?? `it exited with code ${code}`)));
    return slot;
  };
  for (let i = 0; i < size; i++) slots.push(spawn());
  return {
    capacity: size * depth * batch,
    async run(job) {
      for (;;) {
        // The batch being filled, else the thread holding the fewest batches.
        let best: Slot | null = slots.find((s) => s.filling.length > 0) ?? null;
        if (!best) for (const s of slots) if (s.posted.length < depth && (!best || s.posted.length < best.posted.length)) best = s;
        if (best) {
          const slot = best;
          return new Promise<Outcome>((resolve) => {
            slot.filling.push({ job, resolve });
            if (slot.filling.length >= batch) {
              post(slot, slot.filling);
              slot.filling = [];
            } else if (!flushScheduled) {
              // A partial batch goes when the caller stops handing jobs in.
              flushScheduled = true;
              queueMicrotask(flush);
            }
          });
        }
        await new Promise<void>((r) => waiting.push(r));
      }
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
