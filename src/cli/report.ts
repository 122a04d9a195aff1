import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { compareArticles, type RunReader } from '../diff/compare.js';
import { CHANGED_ONLY_OVER, indexRow, REPORT_TAIL, reportHead, reportSection, type ReportEntry } from '../diff/html.js';
import { makeFolder } from './io.js';
import { loadGitRun, loadRun, RunError } from './runs.js';

export interface ReportOptions {
  dir: string;
  against?: string;
  html: string;
  /** Every article, even when a large run is compared (--all); otherwise over CHANGED_ONLY_OVER articles, changed ones only. */
  all?: boolean;
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
    const rows = ids.map((id) => indexRow(entry(id)));
    // Compared with an older run, a large run shows what changed; the page says how many it left out.
    const changedOnly = old !== null && !o.all && ids.length > CHANGED_ONLY_OVER;
    const shownRows = changedOnly ? rows.filter((r) => r.diff !== null) : rows;
    const shown = shownRows.map((r) => r.id);
    const opts = { run: o.dir, against: o.against ?? null, leftOut: rows.length - shownRows.length };
    makeFolder(dirname(o.html));
    fd = openSync(tmp, 'w');
    writeSync(fd, reportHead(rows, opts, shownRows));
    shown.forEach((id, i) => writeSync(fd as number, `${reportSection(entry(id), i, opts)}\n`));
    writeSync(fd, REPORT_TAIL);
    closeSync(fd);
    fd = null;
    renameSync(tmp, o.html);
    const facts = rows.reduce((s, r) => s + r.counts.reduce((a, b) => a + b, 0), 0);
    const left = opts.leftOut ? ` (${opts.leftOut} unchanged left out; --all shows them)` : '';
    process.stderr.write(`newsfacts: report: ${rows.length} articles, ${facts} facts → ${o.html}${left}\n`);
    return 0;
  } catch (e) {
    if (fd !== null) closeSync(fd);
    rmSync(tmp, { force: true });
    if (!(e instanceof RunError) && typeof (e as NodeJS.ErrnoException).code !== 'string') throw e;
    process.stderr.write(`newsfacts: report: ${e instanceof RunError ? e.message : `${o.html}: ${(e as Error).message}`}\n`);
    return 2;
  }
}
