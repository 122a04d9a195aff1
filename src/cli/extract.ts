import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { extractArticle, InputError } from '../pipeline.js';
import { serialize } from './format.js';
import { collectInputs, outputNames, pendingPath, writeAtomic } from './io.js';

export interface ExtractRun {
  out: string;
  refDate: string | null;
  check: boolean;
  /** Write `<name>.new.json` beside each output that would change, for `newsfacts review`. */
  pending: boolean;
}

/**
 * Files and folders → one JSON per article in `out`. A failing file is
 * reported on stderr with its name, a code and the reason; the rest go on.
 * Resolves to the exit code: 0, or 1 when any input failed (or differed, with --check).
 */
export async function runExtract(args: string[], run: ExtractRun): Promise<number> {
  const { files, missing } = collectInputs(args);
  let failed = 0;
  for (const m of missing) {
    report(m, 'not-found', 'no such file or folder');
    failed++;
  }
  if (!run.check) mkdirSync(run.out, { recursive: true });
  const names = outputNames(files);
  let written = 0;
  let unchanged = 0;
  let differ = 0;
  let pending = 0;
  files.forEach((file, i) => {
    const target = join(run.out, names[i] as string);
    let json: string;
    try {
      const bytes = readFileSync(file.path);
      const ext = extname(file.path).toLowerCase();
      const format = ext === '.html' || ext === '.htm' || ext === '.xhtml' || ext === '.shtml' ? 'html' : ext === '.txt' ? 'text' : undefined;
      json = serialize(extractArticle({ bytes, file: file.name, ...(format ? { format } : {}) }, { refDate: run.refDate }));
    } catch (e) {
      const code = e instanceof InputError ? e.code : (e as NodeJS.ErrnoException).code ? 'unreadable' : 'internal';
      report(file.path, code, (e as Error).message);
      failed++;
      return;
    }
    const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
    const proposal = pendingPath(target);
    if (current === json) {
      // Up to date: a change proposed by an earlier --pending run no longer applies.
      if (!run.check) rmSync(proposal, { force: true });
      unchanged++;
      return;
    }
    if (run.check) {
      process.stderr.write(`newsfacts: ${target}: ${current === null ? 'missing' : 'differs'}\n`);
      differ++;
      return;
    }
    try {
      if (run.pending) {
        writeAtomic(proposal, json);
        pending++;
        return;
      }
      writeAtomic(target, json);
      rmSync(proposal, { force: true });
      written++;
    } catch (e) {
      report(target, 'write-failed', (e as Error).message);
      failed++;
    }
  });
  const summary = run.check
    ? `${files.length} articles: ${unchanged} up to date, ${differ} would change, ${failed} failed${differ ? ` (see them with: newsfacts extract … --pending, then newsfacts review ${run.out})` : ''}`
    : run.pending
      ? `${files.length} articles: ${pending} pending, ${unchanged} unchanged, ${failed} failed${pending ? ` (review with: newsfacts review ${run.out})` : ''}`
      : `${files.length} articles: ${written} written, ${unchanged} unchanged, ${failed} failed`;
  process.stderr.write(`newsfacts: ${summary}\n`);
  return failed || differ ? 1 : 0;
}

function report(file: string, code: string, message: string): void {
  process.stderr.write(`newsfacts: ${file}: ${code}: ${message}\n`);
}
