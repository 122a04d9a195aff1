import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunFile } from '../../src/cli/runfile.js';
import { outputs, repoPath, runCli, stateFile, tmp } from '../helpers.js';

/** A corpus with same-named files in subfolders, so names are part of what must agree. */
function corpus(n: number): string {
  const dir = tmp();
  const seeds = readdirSync(repoPath('corpus')).map((f) => readFileSync(repoPath(`corpus/${f}`), 'utf8'));
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `d${i % 3}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `p${String(i % 20).padStart(2, '0')}.txt`), `${seeds[i % seeds.length]}\n\n第${i + 1}号公告称，本期派发现金${i + 1}亿元。`);
  }
  return dir;
}

const read = (dir: string) => Object.fromEntries(outputs(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const articles = (dir: string) => Object.fromEntries(outputs(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('parallel and sharded runs', { timeout: 60_000 }, () => {
  const src = corpus(60);
  const one = tmp();
  runCli(['extract', src, '--out', one, '--jobs', '1']);

  it('--jobs 2 writes exactly what one thread writes, run record included', () => {
    const two = tmp();
    const r = runCli(['extract', src, '--out', two, '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(read(two)).toEqual(read(one));
    expect(Object.keys(articles(one))).toHaveLength(60);
  });

  it('the same relative name under two folders on the command line never shares an output', () => {
    const a = tmp();
    const b = tmp();
    writeFileSync(join(a, 'page.txt'), readFileSync(repoPath('corpus/000_28edb389c983b1a7.txt')));
    writeFileSync(join(b, 'page.txt'), readFileSync(repoPath('corpus/003_358fd6aee0a579ca.txt')));
    const out = tmp();
    expect(runCli(['extract', a, b, '--out', out]).code).toBe(0);
    const names = outputs(out);
    expect(names).toHaveLength(2);
    expect(names.every((n) => /^page~[0-9a-f]{8}\.json$/u.test(n))).toBe(true);
  });

  it('--shard i/n: the shards are disjoint and together equal one unsharded run', () => {
    const out = tmp();
    for (let i = 0; i < 3; i++) expect(runCli(['extract', src, '--out', out, '--shard', `${i}/3`, '--jobs', '1']).code).toBe(0);
    expect(articles(out)).toEqual(articles(one));
    const runs = [0, 1, 2].map((i) => RunFile.parse(JSON.parse(readFileSync(stateFile(out, `run.shard-${i}-of-3.json`), 'utf8'))));
    expect(runs.reduce((s, r) => s + r.counts.extracted, 0)).toBe(60);
    expect(runs.every((r) => r.counts.extracted > 5)).toBe(true);
    expect(runCli(['extract', src, '--out', out, '--shard', '3/3']).code).toBe(2);
  });

  // GNU parallel runs the shards as any scheduler would: n copies, one index each.
  const parallel = ['/usr/bin/parallel', '/usr/local/bin/parallel'].find(existsSync);
  const required = process.env.NEWSFACTS_REQUIRE_TOOLS === '1';
  if (!parallel && !required) console.warn('sharding test with GNU parallel skipped: apt-get install parallel');
  it.runIf(parallel || required)('GNU parallel running 4 shards at once gives the unsharded result', () => {
    const out = tmp();
    execFileSync(parallel ?? 'parallel', ['--will-cite', '--halt', 'now,fail=1', process.execPath, repoPath('bin/newsfacts.js'), 'extract', src, '--out', out, '--jobs', '1', '--shard', '{}/4', ':::', '0', '1', '2', '3'], { stdio: 'pipe' });
    expect(articles(out)).toEqual(articles(one));
    expect(readdirSync(join(out, '.newsfacts')).sort()).toEqual(['run.shard-0-of-4.json', 'run.shard-1-of-4.json', 'run.shard-2-of-4.json', 'run.shard-3-of-4.json']);
  }, 60_000);
});

describe('default number of threads', { timeout: 60_000 }, () => {
  it('one thread per 500 files, at least one, at most one per core', async () => {
    const { defaultJobs } = await import('../../src/cli/extract.js');
    expect([0, 1, 499, 999].map((n) => defaultJobs(n, 2))).toEqual([1, 1, 1, 1]);
    expect([1000, 10_000].map((n) => defaultJobs(n, 2))).toEqual([2, 2]);
    expect([1000, 2600, 100_000].map((n) => defaultJobs(n, 16))).toEqual([2, 5, 16]);
  });
});
