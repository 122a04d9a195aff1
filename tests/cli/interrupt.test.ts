import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { RunFile } from '../../src/cli/runfile.js';
import { Article } from '../../src/article/schema.js';
import { outputs, repoPath, runCli, tmp, stateFile } from '../helpers.js';

/** A corpus of n distinct pages made from the seeds, big enough to be caught mid-run. */
function corpus(n: number): string {
  const dir = tmp();
  const seeds = readdirSync(repoPath('corpus')).map((f) => readFileSync(repoPath(`corpus/${f}`), 'utf8'));
  for (let i = 0; i < n; i++) {
    writeFileSync(join(dir, `p${String(i).padStart(4, '0')}.txt`), `${seeds[i % seeds.length]}\n\n公司第${i + 1}号公告称，本期派发现金${i + 1}亿元。`);
  }
  return dir;
}

/**
 * Starts an extract run; sends `signal` once `out` holds at least `atLeast`
 * articles (and, with `checkpointed`, once the run file records that many done).
 */
async function interrupt(src: string, out: string, atLeast: number, signal: NodeJS.Signals, checkpointed = false) {
  // One thread, so the run lasts well past its first checkpoint (about a second in) on any machine.
  const child = spawn(process.execPath, [repoPath('bin/newsfacts.js'), 'extract', src, '--out', out, '--jobs', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  for (let i = 0; i < 600; i++) {
    await sleep(50);
    let n = 0;
    try {
      n = checkpointed
        ? Object.keys(RunFile.parse(JSON.parse(readFileSync(stateFile(out), 'utf8'))).done).length
        : outputs(out).filter((f) => f.endsWith('.json')).length;
    } catch {
      // not created yet, or being replaced
    }
    if (n >= atLeast) break;
  }
  child.kill(signal);
  const code = await exited;
  return { code, stderr };
}

/** Every JSON file in `out` is whole and valid: an article, or the run record. */
function assertWhole(out: string): number {
  let articles = 0;
  for (const f of readdirSync(out)) {
    if (f === '.newsfacts') continue;
    if (!f.endsWith('.json')) {
      expect(f, 'only temporaries besides JSON').toMatch(/\.tmp$/u);
      continue;
    }
    Article.parse(JSON.parse(readFileSync(join(out, f), 'utf8')));
    articles++;
  }
  RunFile.parse(JSON.parse(readFileSync(stateFile(out), 'utf8')));
  return articles;
}

describe('interruption', () => {
  const src = corpus(1200);
  const clean = tmp();
  runCli(['extract', src, '--out', clean]);

  it('SIGKILL mid-run leaves only whole, valid files; --resume finishes the job, skipping what was done', async () => {
    const out = tmp();
    const { code } = await interrupt(src, out, 100, 'SIGKILL', true);
    expect(code).toBeNull();
    const before = assertWhole(out);
    expect(before).toBeGreaterThanOrEqual(100);
    expect(before).toBeLessThan(1200);
    const checkpoint = RunFile.parse(JSON.parse(readFileSync(stateFile(out), 'utf8')));
    expect(checkpoint.status).toBe('running');

    const r = runCli(['extract', src, '--out', out, '--resume']);
    expect(r.code).toBe(0);
    const skipped = Number(/(\d+) skipped \(--resume\)/u.exec(r.stderr)?.[1]);
    expect(skipped).toBe(Object.keys(checkpoint.done).length);
    expect(skipped).toBeGreaterThanOrEqual(100);
    // The result is the clean run's, byte for byte, and no temporary is left.
    expect(outputs(out)).toEqual(outputs(clean));
    for (const f of outputs(clean)) expect(readFileSync(join(out, f), 'utf8')).toBe(readFileSync(join(clean, f), 'utf8'));
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('Ctrl-C (SIGINT) stops between files, prints a partial summary, records it and exits 130', async () => {
    const out = tmp();
    const { code, stderr } = await interrupt(src, out, 40, 'SIGINT');
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted by SIGINT after \d+ of 1200 files: \d+ written/u);
    const run = RunFile.parse(JSON.parse(readFileSync(stateFile(out), 'utf8')));
    expect(run.status).toBe('interrupted');
    expect(assertWhole(out)).toBe(run.counts.extracted);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('--resume after another version or other options extracts everything, and says why', () => {
    const out = tmp();
    const few = corpus(30);
    runCli(['extract', few, '--out', out]);
    const r = runCli(['extract', few, '--out', out, '--resume', '--ref-date', '2025-01-01']);
    expect(r.stderr).toMatch(/--resume: extracting everything: the last run had other options/u);
    expect(r.stderr).not.toMatch(/skipped/u);
  }, 60_000);
});
