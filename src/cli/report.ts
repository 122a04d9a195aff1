import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { compareArticles, type RunReader } from '../diff/compare.js';
import { indexRow, REPORT_TAIL, reportHead, reportSection, type ReportEntry } from '../diff/html.js';
import { makeFolder } from './io.js';
import { loadGitRun, loadRun, RunError } from './runs.js';

export interface ReportOptions {
  dir: string;
  against?: string;
  html: string;
}

/**
 * `newsfacts report`: writes the HTML review page; resolves to the exit code
 * (0, or 2 on trouble). Two passes over the run, one article at a time (the
 * index first, then the sections), so memory does not grow with the run;
 * the page is written to a temporary file and renamed into place.
 */
export function runReport(o: ReportOptions): number {
  const tmp = `${o.html}.${process.pid}.tmp`;
  let fd: number | null = null;
  try {
    const run = loadRun(o.dir);
    // --against git:<rev> reads the same folder as it was at a git revision, as diff --git does.
    const old: RunReader | null = o.against === undefined ? null : o.against.startsWith('git:') ? loadGitRun(o.against.slice(4), o.dir) : loadRun(o.against);
    const ids = [...new Set([...run.ids, ...(old?.ids ?? [])])].sort();
    const entry = (id: string): ReportEntry => {
      const article = run.get(id);
      return { id, article, diff: old ? compareArticles(id, old.get(id), article) : null };
    };
    const opts = { run: o.dir, against: o.against ?? null };
    const rows = ids.map((id) => indexRow(entry(id)));
    makeFolder(dirname(o.html));
    fd = openSync(tmp, 'w');
    writeSync(fd, reportHead(rows, opts));
    ids.forEach((id, i) => writeSync(fd as number, `${reportSection(entry(id), i, opts)}\n`));
    writeSync(fd, REPORT_TAIL);
    closeSync(fd);
    fd = null;
    renameSync(tmp, o.html);
    const facts = rows.reduce((s, r) => s + r.counts.reduce((a, b) => a + b, 0), 0);
    process.stderr.write(`newsfacts: report: ${rows.length} articles, ${facts} facts → ${o.html}\n`);
    return 0;
  } catch (e) {
    if (fd !== null) closeSync(fd);
    rmSync(tmp, { force: true });
    if (!(e instanceof RunError) && typeof (e as NodeJS.ErrnoException).code !== 'string') throw e;
    process.stderr.write(`newsfacts: report: ${e instanceof RunError ? e.message : `${o.html}: ${(e as Error).message}`}\n`);
    return 2;
  }
}
