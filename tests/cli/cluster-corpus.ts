import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath, tmp } from '../helpers.js';

/** The seed articles (text) and the test pages shaped like zh/ar news sites (HTML), as [name, content]. */
export function seedPages(): [string, string][] {
  const seeds = readdirSync(repoPath('corpus')).map((f): [string, string] => [f, readFileSync(repoPath(`corpus/${f}`), 'utf8')]);
  const pages = readdirSync(repoPath('tests/fixtures/pages'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f): [string, string] => [f, readFileSync(repoPath(`tests/fixtures/pages/${f}`), 'utf8')]);
  return [...seeds, ...pages];
}

/** A page made different by one more sentence with a figure of its own (a paragraph, in HTML before </body>). */
export function variant(name: string, content: string, i: number): string {
  const zh = `第${i + 1}号公告称，本期派发现金${i + 1}亿元，同比增长${(i % 9) + 1}%。`;
  const ar = `وقالت الشركة إن أرباحها بلغت ${i + 1} مليون دولار في عام 2024.`;
  const line = name.startsWith('ar-') ? ar : zh;
  if (!name.endsWith('.html')) return `${content}\n\n${line}`;
  const at = content.lastIndexOf('</body>');
  return at < 0 ? `${content}<p>${line}</p>` : `${content.slice(0, at)}<p>${line}</p>\n${content.slice(at)}`;
}

/**
 * A corpus like a crawl's: HTML pages of several site layouts (Chinese and
 * Arabic, some with navigation, forms, galleries, "read also" boxes) and text
 * pages, each in several versions, spread over folders by site, with names
 * that repeat across folders.
 */
export function clusterCorpus(n: number): string {
  const dir = tmp();
  const pages = seedPages();
  for (let i = 0; i < n; i++) {
    const [name, content] = pages[i % pages.length] as [string, string];
    const sub = join(dir, `site${i % 4}`, `2025-0${(i % 6) + 1}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${Math.floor(i / pages.length)}-${name}`), variant(name, content, i));
  }
  return dir;
}

/**
 * Runs a command without blocking this process, so a long run (a Slurm job,
 * a Dask cluster) does not stop vitest's worker from answering its runner.
 */
export function spawnAsync(
  cmd: string,
  args: string[],
  opts: { input?: string; timeout?: number; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'], timeout: opts.timeout ?? 600_000 });
    let stdout = '';
    let stderr = '';
    // Decoded as a stream: a character split between two chunks stays whole.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('error', (e) => (stderr += String(e)));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.end(opts.input ?? '');
  });
}

/** The CLI as a user runs it, without blocking this process. */
export const cli = (args: string[], opts: { input?: string; timeout?: number } = {}) =>
  spawnAsync(process.execPath, [repoPath('bin/newsfacts.js'), ...args], { ...opts, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' } });
