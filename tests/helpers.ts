import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of a file in the repository. */
export function repoPath(rel: string): string {
  return fileURLToPath(new URL(`../${rel}`, import.meta.url));
}

export function readFixture(rel: string): string {
  return readFileSync(repoPath(`tests/fixtures/${rel}`), 'utf8');
}

/** Runs the built CLI (bin/newsfacts.js) as a user would; `npm test` builds first. */
export function runCli(args: string[], opts: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [repoPath('bin/newsfacts.js'), ...args], {
    input: opts.input,
    cwd: opts.cwd,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...opts.env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder. */
export const tmp = () => mkdtempSync(join(tmpdir(), 'newsfacts-'));

/** The files an extract run wrote into `dir`, without its own folder (.newsfacts/: run record, pending changes), sorted. */
export const outputs = (dir: string) => readdirSync(dir).filter((f) => f !== '.newsfacts').sort();

/** The path of a file under an output folder's .newsfacts/ (run.json, run.shard-0-of-4.json, pending/x.json). */
export const stateFile = (dir: string, name = 'run.json') => join(dir, '.newsfacts', name);

/** runCli without blocking this process: for tests that serve the CLI from here (a local HTTP server). */
export function runCliAsync(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [repoPath('bin/newsfacts.js'), ...args], {
      cwd: opts.cwd,
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
