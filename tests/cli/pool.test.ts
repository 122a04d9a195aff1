import { describe, expect, it } from 'vitest';
import type { OneJob } from '../../src/cli/extract-one.js';
import { makePool } from '../../src/cli/pool.js';

const crashWorker = new URL('../fixtures/crash-worker.mjs', import.meta.url);
const job = (path: string): OneJob => ({ path, name: path, target: `${path}.json`, refDate: null, check: false, pending: false, maxBytes: 1 << 20, doneSha: null });

describe('worker pool', { timeout: 60_000 }, () => {
  it('a thread that dies fails only the job that killed it; the jobs batched with it and queued behind it still run', async () => {
    const pool = makePool(2, 2, 4, crashWorker);
    const paths = Array.from({ length: 40 }, (_, i) => (i === 5 ? 'p05-throw' : i === 22 ? 'p22-exit' : `p${String(i).padStart(2, '0')}`));
    const outcomes = [];
    // Handed in as extract does: no more than the pool's capacity at once.
    for (let at = 0; at < paths.length; at += pool.capacity) {
      outcomes.push(...(await Promise.all(paths.slice(at, at + pool.capacity).map((p) => pool.run(job(p))))));
    }
    await pool.close();
    outcomes.forEach((o, i) => {
      const path = paths[i] as string;
      if (path.endsWith('throw')) expect(o).toMatchObject({ code: 'extract-failed', message: expect.stringContaining('cannot read p05-throw') });
      else if (path.endsWith('exit')) expect(o).toMatchObject({ code: 'extract-failed', message: expect.stringContaining('exited with code 3') });
      else expect(o).toEqual({ result: 'written', sha256: path, notes: [] });
    });
  });

  it('jobs handed in one at a time, fewer than a batch, still run (a partial batch is sent)', async () => {
    const pool = makePool(2, 2, 8, crashWorker);
    expect(await pool.run(job('only'))).toEqual({ result: 'written', sha256: 'only', notes: [] });
    expect(await Promise.all([pool.run(job('a')), pool.run(job('b'))])).toEqual([
      { result: 'written', sha256: 'a', notes: [] },
      { result: 'written', sha256: 'b', notes: [] },
    ]);
    await pool.close();
  });
});
