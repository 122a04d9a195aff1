import { statSync } from 'node:fs';
import { compareRuns, type DiffFilter } from '../diff/compare.js';
import { DiffDocument } from '../diff/schema.js';
import { renderText } from '../diff/text.js';
import { terminalStyle, useColor } from './color.js';
import { globMatcher } from './glob.js';
import { articleId, loadGitRun, loadRun, RunError, type Run } from './runs.js';

export interface DiffOptions {
  /** Two paths (folders or article files), or with `git` at most one folder. */
  paths: string[];
  git?: string;
  json: boolean;
  moved: boolean;
  lang?: string;
  kind?: 'money' | 'date';
  article?: string;
  color?: boolean;
  noColor?: boolean;
}

/** The default folder `diff --git` compares. */
export const DEFAULT_DIR = 'extracted';

/**
 * `newsfacts diff`: prints the fact-level differences and resolves to the
 * exit code, as GNU diff: 0 none, 1 some, 2 trouble.
 */
export function runDiff(o: DiffOptions): number {
  let oldRun: Run;
  let newRun: Run;
  try {
    if (o.git !== undefined) {
      const dir = o.paths[0] ?? DEFAULT_DIR;
      newRun = loadRun(dir);
      oldRun = loadGitRun(o.git, dir);
    } else {
      const [a, b] = o.paths as [string, string];
      oldRun = loadRun(a);
      newRun = loadRun(b);
      if (!isDir(a) && !isDir(b)) {
        // Two article files: compare them whatever their names.
        const id = articleId(b);
        oldRun = new Map([[id, [...oldRun.values()][0]!]]);
      }
    }
  } catch (e) {
    if (e instanceof RunError) {
      process.stderr.write(`newsfacts: diff: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const filter: DiffFilter = {
    ...(o.kind ? { kind: o.kind } : {}),
    ...(o.lang ? { lang: o.lang } : {}),
    ...(o.article ? { article: globMatcher(o.article) } : {}),
  };
  const doc = compareRuns(oldRun, newRun, filter);
  if (o.json) process.stdout.write(`${JSON.stringify(DiffDocument.parse(doc), null, 2)}\n`);
  else {
    const style = terminalStyle(useColor(process.stdout, o));
    process.stdout.write(renderText(doc, { style, moved: o.moved, oldRun, newRun }));
    if (doc.summary.moved && !o.moved) process.stdout.write(`(${doc.summary.moved} moved facts not shown: only their offsets changed; --moved shows them)\n`);
  }
  return doc.articles.length ? 1 : 0;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
