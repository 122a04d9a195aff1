import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { RunReader } from '../diff/compare.js';
import type { z } from 'zod';
import { readArticle, type Article } from '../article/schema.js';
import { articleId, isArticleFile } from './layout.js';

/** A run or article file that cannot be read as newsfacts output; `file` names it. */
export class RunError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export { articleId, isArticleFile };

/** Parses and validates one article file's content; throws RunError naming `file`. */
/** An article file read and checked against the schema; trouble reading it is a RunError naming it. */
export function readArticleFile(f: string): Article {
  let json: string;
  try {
    json = readFileSync(f, 'utf8');
  } catch (e) {
    throw new RunError(f, (e as Error).message);
  }
  return parseArticle(f, json);
}

export function parseArticle(file: string, json: string): Article {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new RunError(file, `not JSON: ${(e as Error).message}`);
  }
  try {
    return readArticle(data);
  } catch (e) {
    const issue = (e as z.ZodError).issues?.[0];
    throw new RunError(file, `not a newsfacts article: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : (e as Error).message}`);
  }
}

/**
 * An output folder (its article files) or a single article file, read one
 * article at a time as the comparison asks for it: memory does not grow
 * with the number of articles. Throws RunError naming the file.
 */
export function loadRun(path: string): RunReader {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new RunError(path, 'no such file or folder');
  }
  const files = new Map<string, string>();
  if (st.isDirectory()) for (const f of readdirSync(path).filter(isArticleFile).sort()) files.set(articleId(f), join(path, f));
  else files.set(articleId(path), path);
  return {
    ids: [...files.keys()],
    get(id) {
      const f = files.get(id);
      return f === undefined ? null : readArticleFile(f);
    },
  };
}

/** Blobs read from git per call: bounds memory while keeping process starts few. */
const GIT_CHUNK = 256;

/**
 * An output folder as it was at a git revision (`git diff`'s view of the
 * committed snapshot), read lazily in chunks through `git cat-file --batch`.
 * A folder that did not exist then is an empty run.
 */
export function loadGitRun(rev: string, dir: string): RunReader {
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
      const path = line.slice(tab + 1);
      return { type, sha: sha as string, path, id: articleId(path) };
    })
    .filter((e) => e.type === 'blob' && dirname(e.path) === want && isArticleFile(basename(e.path)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(entries.map((e, i) => [e.id, i]));
  let chunk = -1;
  let cache = new Map<string, string>();
  return {
    ids: entries.map((e) => e.id),
    get(id) {
      const i = index.get(id);
      if (i === undefined) return null;
      if (Math.floor(i / GIT_CHUNK) !== chunk) {
        chunk = Math.floor(i / GIT_CHUNK);
        const part = entries.slice(chunk * GIT_CHUNK, (chunk + 1) * GIT_CHUNK);
        // One git process per chunk: "<sha> blob <size>\n<bytes>\n" per object.
        const out = git(['cat-file', '--batch'], part.map((e) => `${e.sha}\n`).join(''));
        cache = new Map();
        let pos = 0;
        for (const e of part) {
          const nl = out.indexOf(10, pos);
          const size = Number(out.subarray(pos, nl).toString('latin1').split(' ')[2]);
          cache.set(e.id, out.subarray(nl + 1, nl + 1 + size).toString('utf8'));
          pos = nl + 1 + size + 1;
        }
      }
      const e = entries[i] as (typeof entries)[number];
      return parseArticle(`${rev}:${e.path}`, cache.get(id) as string);
    },
  };
}
