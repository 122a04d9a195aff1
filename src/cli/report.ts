import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { compareArticles } from '../diff/compare.js';
import { renderReport, type ReportEntry } from '../diff/html.js';
import { writeAtomic } from './io.js';
import { loadRun, RunError, type Run } from './runs.js';

export interface ReportOptions {
  dir: string;
  against?: string;
  html: string;
}

/** `newsfacts report`: writes the HTML review page; resolves to the exit code (0, or 2 on trouble). */
export function runReport(o: ReportOptions): number {
  let run: Run;
  let old: Run | null = null;
  try {
    run = loadRun(o.dir);
    if (o.against !== undefined) old = loadRun(o.against);
  } catch (e) {
    if (e instanceof RunError) {
      process.stderr.write(`newsfacts: report: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const ids = [...new Set([...run.keys(), ...(old?.keys() ?? [])])].sort();
  const entries: ReportEntry[] = ids.map((id) => {
    const article = run.get(id) ?? null;
    const diff = old ? compareArticles(id, old.get(id) ?? null, article) : null;
    return { id, article, diff };
  });
  const html = renderReport(entries, { run: o.dir, against: o.against ?? null });
  try {
    mkdirSync(dirname(o.html), { recursive: true });
    writeAtomic(o.html, html);
  } catch (e) {
    process.stderr.write(`newsfacts: report: ${o.html}: ${(e as Error).message}\n`);
    return 2;
  }
  const facts = entries.reduce((s, e) => s + (e.article?.facts.length ?? 0), 0);
  process.stderr.write(`newsfacts: report: ${entries.length} articles, ${facts} facts → ${o.html}\n`);
  return 0;
}
