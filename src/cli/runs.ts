import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { Article } from '../facts/schema.js';

/** A run: article id (output name without ".json") → article, in id order. */
export type Run = Map<string, Article>;

/** A run or article file that cannot be read as newsfacts output; `file` names it. */
export class RunError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** Name of the run summary an output folder may hold beside the articles. */
export const RUN_FILE = '_run.json';

/** True for the per-article files of an output folder: not pending changes (x.new.json), the run summary or hidden files. */
export function isArticleFile(name: string): boolean {
  return name.endsWith('.json') && !name.endsWith('.new.json') && name !== RUN_FILE && !name.startsWith('.');
}

/** "x.json" / "x.new.json" → "x". */
export function articleId(file: string): string {
  return basename(file).replace(/(?:\.new)?\.json$/u, '');
}

/** Parses and validates one article file's content; throws RunError naming `file`. */
export function parseArticle(file: string, json: string): Article {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new RunError(file, `not JSON: ${(e as Error).message}`);
  }
  const r = Article.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new RunError(file, `not a newsfacts article: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'schema mismatch'}`);
  }
  return r.data;
}

/** Reads an output folder (its article files) or a single article file. */
export function loadRun(path: string): Run {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new RunError(path, 'no such file or folder');
  }
  const files = st.isDirectory()
    ? readdirSync(path)
        .filter(isArticleFile)
        .sort()
        .map((f) => join(path, f))
    : [path];
  const run: Run = new Map();
  for (const f of files) {
    let json: string;
    try {
      json = readFileSync(f, 'utf8');
    } catch (e) {
      throw new RunError(f, (e as Error).message);
    }
    run.set(articleId(f), parseArticle(f, json));
  }
  return run;
}

/**
 * Reads an output folder as it was at a git revision (`git diff`'s view of
 * the committed snapshot). A folder that did not exist then is an empty run.
 */
export function loadGitRun(rev: string, dir: string): Run {
  const git = (args: string[], input?: string) => execFileSync('git', args, { input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
  try {
    git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  } catch {
    throw new RunError(`git:${rev}`, 'not a git revision here (is this a git checkout?)');
  }
  const want = relative(process.cwd(), resolve(dir)) || '.';
  const entries = git(['ls-tree', '-r', '-z', rev, '--', want])
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [, type, sha] = line.slice(0, tab).split(' ');
      return { type, sha: sha as string, path: line.slice(tab + 1) };
    })
    .filter((e) => e.type === 'blob' && dirname(e.path) === want && isArticleFile(basename(e.path)))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const run: Run = new Map();
  if (!entries.length) return run;
  // One git process for all blobs: "<sha> blob <size>\n<bytes>\n" per object.
  const out = git(['cat-file', '--batch'], entries.map((e) => `${e.sha}\n`).join(''));
  let pos = 0;
  for (const e of entries) {
    const nl = out.indexOf(10, pos);
    const size = Number(out.subarray(pos, nl).toString('latin1').split(' ')[2]);
    const body = out.subarray(nl + 1, nl + 1 + size).toString('utf8');
    pos = nl + 1 + size + 1;
    run.set(articleId(e.path), parseArticle(`${rev}:${e.path}`, body));
  }
  return run;
}
