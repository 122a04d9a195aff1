import { statSync } from 'node:fs';
import { diffDocument, walkRuns, type DiffFilter, type RunReader } from '../diff/compare.js';
import { DiffDocument, type ArticleDiff } from '../diff/schema.js';
import { renderArticleText, renderTotals } from '../diff/text.js';
import { terminalStyle, useColor } from './color.js';
import { globMatcher } from './glob.js';
import { DEFAULT_DIR } from './defaults.js';
import { pendingFiles } from './layout.js';
import { loadGitRun, loadRun, readArticleFile, RunError } from './runs.js';

export interface DiffOptions {
  /** Two paths (folders or article files), or with `git` at most one folder. */
  paths: string[];
  git?: string;
  /** Compare each pending change (see layout.ts) of the folder paths[0] with its accepted <id>.json. */
  pending?: boolean;
  json: boolean;
  moved: boolean;
  lang?: string;
  kind?: string;
  article?: string;
  color?: boolean;
  noColor?: boolean;
}


/**
 * `newsfacts diff`: prints the fact-level differences and resolves to the
 * exit code, as GNU diff: 0 none, 1 some, 2 trouble.
 */
export function runDiff(o: DiffOptions): number {
  const style = terminalStyle(useColor(process.stdout, o));
  const filter: DiffFilter = {
    ...(o.kind ? { kind: o.kind } : {}),
    ...(o.lang ? { lang: o.lang } : {}),
    ...(o.article ? { article: globMatcher(o.article) } : {}),
  };
  const seen: ArticleDiff[] = [];
  let compared = 0;
  try {
    const [oldRun, newRun] = openRuns(o);
    // Article by article: text is printed as it is found; only counts are kept (all of it for --json).
    for (const c of walkRuns(oldRun, newRun, filter)) {
      compared++;
      if (!c.diff) continue;
      if (o.json) seen.push(c.diff);
      else {
        process.stdout.write(renderArticleText(c.diff, c.old, c.new, { style, moved: o.moved }));
        seen.push({ ...c.diff, fields: [], paragraphs: [], facts: [] });
      }
    }
  } catch (e) {
    if (e instanceof RunError) {
      process.stderr.write(`newsfacts: diff: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const doc = diffDocument(seen, compared);
  if (o.json) process.stdout.write(`${JSON.stringify(DiffDocument.parse(doc), null, 2)}\n`);
  else {
    process.stdout.write(`${renderTotals(doc.summary)}\n`);
    if (doc.summary.moved && !o.moved) process.stdout.write(`(${doc.summary.moved} moved facts not shown: only their offsets changed; --moved shows them)\n`);
  }
  return doc.articles.length ? 1 : 0;
}

/** The two runs the options name: [old, new]. */
function openRuns(o: DiffOptions): [RunReader, RunReader] {
  if (o.pending) return pendingRuns(o.paths[0] ?? DEFAULT_DIR);
  if (o.git !== undefined) {
    const dir = o.paths[0] ?? DEFAULT_DIR;
    const now = loadRun(dir);
    return [loadGitRun(o.git, dir), now];
  }
  const [a, b] = o.paths as [string, string];
  const oldRun = loadRun(a);
  const newRun = loadRun(b);
  if (isDir(a) || isDir(b)) return [oldRun, newRun];
  // Two article files: compare them whatever their names.
  const id = newRun.ids[0] as string;
  const oldId = oldRun.ids[0] as string;
  return [{ ids: [id], get: (x) => (x === id ? oldRun.get(oldId) : null) }, newRun];
}

/**
 * The pending changes of an output folder as two runs: the accepted <id>.json
 * (absent for a new article) and the proposal (.newsfacts/pending/<id>.json,
 * or an older folder's <id>.new.json), for each proposal; the articles with
 * no proposal are not compared.
 */
function pendingRuns(dir: string): [RunReader, RunReader] {
  if (!isDir(dir)) throw new RunError(dir, 'no such folder');
  const accepted = loadRun(dir);
  const files = new Map(pendingFiles(dir).map((p) => [p.id, p.pending]));
  return [
    { ids: [], get: (id) => accepted.get(id) },
    { ids: [...files.keys()], get: (id) => readArticleFile(files.get(id) as string) },
  ];
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
