import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunFile } from '../../src/cli/runfile.js';
import { outputs, repoPath, stateFile, tmp } from '../helpers.js';
import { cli, clusterCorpus, spawnAsync } from './cluster-corpus.js';

/**
 * A Slurm array job runs the shards, as the README shows: `sbatch --array=0-3`
 * over a script that passes `--shard $SLURM_ARRAY_TASK_ID/4`. Needs a cluster
 * this machine can submit to: `.ci/slurm-up.sh` makes a one-node one on
 * 127.0.0.1 (CI runs it). Without `sbatch` the test is skipped with a warning;
 * with NEWSFACTS_REQUIRE_TOOLS=1 it is required.
 */
const sbatch = ['/usr/bin/sbatch', '/usr/local/bin/sbatch'].find(existsSync);
const required = process.env.NEWSFACTS_REQUIRE_TOOLS === '1';
const clusterUp = sbatch !== undefined && spawnSync('sinfo', ['-h', '-o', '%a'], { encoding: 'utf8', timeout: 30_000 }).stdout?.includes('up');
if (!required && !sbatch) console.warn('Slurm array job test skipped: no sbatch (apt-get install slurm-client, then bash .ci/slurm-up.sh)');
else if (!required && !clusterUp) console.warn('Slurm array job test skipped: sbatch is there but no partition is up (bash .ci/slurm-up.sh starts a one-node cluster)');

/** Submits an array job and waits for it (sbatch --wait: its exit code is the highest of the tasks'). */
async function submit(script: string, args: string[], env: Record<string, string> = {}) {
  const logs = tmp();
  const r = await spawnAsync(
    'sbatch',
    ['--wait', '--array=0-3', '--ntasks=1', '--cpus-per-task=1', '--time=10', `--chdir=${logs}`, `--output=${join(logs, 'task-%a.out')}`, `--export=ALL,${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(',') || 'NONE_EXTRA=1'}`, script, ...args],
    { timeout: 600_000 },
  );
  const id = /Submitted batch job (\d+)/u.exec(r.stdout)?.[1];
  expect(id, `sbatch: ${r.stdout}${r.stderr}`).toBeDefined();
  // Each array task's state and exit code, while the controller still holds them (MinJobAge).
  const show = (await spawnAsync('scontrol', ['show', 'job', '-o', id as string], { timeout: 60_000 })).stdout;
  const tasks = Object.fromEntries(
    show
      .trim()
      .split('\n')
      .map((l) => [Number(/ArrayTaskId=(\d+)/u.exec(l)?.[1]), { state: /JobState=(\S+)/u.exec(l)?.[1], exit: /ExitCode=(\S+)/u.exec(l)?.[1] }]),
  ) as Record<number, { state: string; exit: string }>;
  const out = (i: number) => readFileSync(join(logs, `task-${i}.out`), 'utf8');
  return { code: r.code, tasks, out };
}

describe.runIf(clusterUp || required)('a Slurm array job', { timeout: 900_000 }, () => {
  const src = clusterCorpus(48);
  const one = tmp();
  // The script an array task runs: one shard each, the task's index from Slurm.
  const script = join(tmp(), 'run.sh');
  writeFileSync(
    script,
    `#!/bin/sh
# Task $BAD_TASK (if set) is given a bad argument, to see a failing task reported.
extra=""
if [ "\${BAD_TASK:-}" = "$SLURM_ARRAY_TASK_ID" ]; then extra="--ref-date not-a-date"; fi
exec ${JSON.stringify(process.execPath)} ${JSON.stringify(repoPath('bin/newsfacts.js'))} extract "$1" --out "$2" --jobs 1 --shard "$SLURM_ARRAY_TASK_ID/4" $extra
`,
  );
  chmodSync(script, 0o755);
  const articles = (dir: string) => Object.fromEntries(outputs(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

  it('sbatch --array=0-3 with --shard $SLURM_ARRAY_TASK_ID/4 writes what one unsharded run writes, byte for byte', async () => {
    expect((await cli(['extract', src, '--out', one, '--jobs', '1'])).code).toBe(0);
    const out = tmp();
    const job = await submit(script, [src, out]);
    expect(job.code, [0, 1, 2, 3].map(job.out).join('\n')).toBe(0);
    expect(Object.values(job.tasks).map((t) => t.state)).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED']);
    expect(outputs(out)).toHaveLength(48);
    expect(articles(out)).toEqual(articles(one));
    // Each task recorded its shard; together they did every input once.
    expect(readdirSync(join(out, '.newsfacts')).sort()).toEqual([0, 1, 2, 3].map((i) => `run.shard-${i}-of-4.json`));
    const runs = [0, 1, 2, 3].map((i) => RunFile.parse(JSON.parse(readFileSync(stateFile(out, `run.shard-${i}-of-4.json`), 'utf8'))));
    const whole = RunFile.parse(JSON.parse(readFileSync(stateFile(one), 'utf8')));
    expect(Object.assign({}, ...runs.map((r) => r.done))).toEqual(whole.done);
    expect(runs.every((r) => r.status === 'complete' && r.counts.extracted > 0)).toBe(true);
    for (const i of [0, 1, 2, 3]) expect(job.out(i)).toMatch(new RegExp(`articles \\(shard ${i}/4\\): \\d+ written`, 'u'));
  });

  it('a failing task is reported: its state, its exit code, sbatch --wait and its output file say so', async () => {
    const out = tmp();
    const job = await submit(script, [src, out], { BAD_TASK: '2' });
    expect(job.code).toBe(2);
    expect(job.tasks[2]).toEqual({ state: 'FAILED', exit: '2:0' });
    for (const i of [0, 1, 3]) expect(job.tasks[i]?.state).toBe('COMPLETED');
    expect(job.out(2)).toMatch(/ref-date/u);
    // The other shards did their part.
    expect(readdirSync(join(out, '.newsfacts')).sort()).toEqual(['run.shard-0-of-4.json', 'run.shard-1-of-4.json', 'run.shard-3-of-4.json']);
  });
});
