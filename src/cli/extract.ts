import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { extractArticle, InputError } from '../pipeline.js';
import { serialize } from './format.js';
import { collectInputs, outputNames, writeAtomic } from './io.js';

export interface ExtractRun {
  out: string;
  refDate: string | null;
  check: boolean;
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
    if (current === json) {
      unchanged++;
      return;
    }
    if (run.check) {
      process.stderr.write(`newsfacts: ${target}: ${current === null ? 'missing' : 'differs'}\n`);
      differ++;
      return;
    }
    try {
      writeAtomic(target, json);
      written++;
    } catch (e) {
      report(target, 'write-failed', (e as Error).message);
      failed++;
    }
  });
  const summary = run.check
    ? `${files.length} articles: ${unchanged} up to date, ${differ} would change, ${failed} failed`
    : `${files.length} articles: ${written} written, ${unchanged} unchanged, ${failed} failed`;
  process.stderr.write(`newsfacts: ${summary}\n`);
  return failed || differ ? 1 : 0;
}

function report(file: string, code: string, message: string): void {
  process.stderr.write(`newsfacts: ${file}: ${code}: ${message}\n`);
}
