import type { RefDate } from '../calendar/index.js';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { Sidecar, sidecarRefDate } from '../ingest/sidecar.js';
import { extractArticle, InputError } from '../pipeline.js';
import { serialize } from './format.js';
import { pendingPath, writeAtomic } from './io.js';

/** What one file's extraction needs to know of the run: plain data, so it can cross to a worker thread. */
export interface OneJob {
  path: string;
  /** Recorded as source.file. */
  name: string;
  /** The output file. */
  target: string;
  /** The reference date, parsed once by the CLI. */
  refDate: RefDate | null;
  check: boolean;
  pending: boolean;
  maxBytes: number;
  /** sha256 of this input when the run being resumed did it. */
  doneSha: string | null;
}

/** How one file went; `notes` are lines for stderr ("…: differs", "…: ignored: not a fetch sidecar"). */
/** A success carries the article's warnings (none for a file --resume skipped). */
type Result =
  | { result: 'written' | 'unchanged' | 'pending' | 'differ' | 'skipped'; sha256: string; warnings?: string[] }
  | { code: string; message: string };
export type Outcome = Result & { notes: string[] };

/** One input file → its output (or proposal): read, extract, compare, write. Never throws. */
export function extractOne(job: OneJob): Outcome {
  const notes: string[] = [];
  const r = run(job, notes);
  return { ...r, notes };
}

function run(job: OneJob, notes: string[]): Result {
  const file = { path: job.path, name: job.name };
  const target = job.target;
  let bytes: Buffer;
  try {
    const st = statSync(file.path);
    if (!st.isFile()) return { code: 'unreadable', message: 'not a regular file' };
    if (st.size > job.maxBytes) return { code: 'too-large', message: `${st.size} bytes, over the limit of ${job.maxBytes} (--max-size)` };
    bytes = readFileSync(file.path);
  } catch (e) {
    return { code: 'unreadable', message: (e as Error).message };
  }
  const proposal = pendingPath(target);
  // Hashed here only to skip a resumed file; otherwise the article carries the hash.
  if (job.doneSha !== null && (existsSync(target) || existsSync(proposal))) {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 === job.doneSha) return { result: 'skipped', sha256 };
  }
  let json: string;
  let sha256: string;
  let warnings: string[];
  try {
    const ext = extname(file.path).toLowerCase();
    const format = ext === '.html' || ext === '.htm' || ext === '.xhtml' || ext === '.shtml' ? 'html' : ext === '.txt' ? 'text' : undefined;
    const meta = readSidecar(file.path, notes);
    const article = extractArticle(
      {
        bytes,
        file: file.name,
        ...(format ? { format } : {}),
        ...(meta ? { charsetHint: meta.charset, url: meta.finalUrl, fallbackRefDate: sidecarRefDate(meta) } : {}),
      },
      { refDate: job.refDate },
    );
    sha256 = article.source.sha256;
    warnings = article.warnings;
    json = serialize(article);
  } catch (e) {
    if (e instanceof InputError) return { code: e.code, message: e.message };
    return { code: 'extract-failed', message: `${(e as Error).message} (a bug: please report it with this file)` };
  }
  const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
  if (current === json) {
    // Up to date: a change proposed by an earlier --pending run no longer applies.
    if (!job.check) rmSync(proposal, { force: true });
    return { result: 'unchanged', sha256, warnings };
  }
  if (job.check) {
    notes.push(`${target}: ${current === null ? 'missing' : 'differs'}`);
    return { result: 'differ', sha256, warnings };
  }
  try {
    if (job.pending) {
      writeAtomic(proposal, json);
      return { result: 'pending', sha256, warnings };
    }
    writeAtomic(target, json);
    rmSync(proposal, { force: true });
    return { result: 'written', sha256, warnings };
  } catch (e) {
    return { code: 'write-failed', message: `${target}: ${(e as Error).message}` };
  }
}

/**
 * The sidecar `newsfacts fetch` wrote beside a page (page.html → page.meta.json),
 * or null. A sidecar that cannot be read is ignored with a warning: the page
 * is still extracted, without what the server said.
 */
function readSidecar(path: string, notes: string[]): Sidecar | null {
  const at = `${path.replace(/\.[^./]*$/u, '')}.meta.json`;
  if (at === path || !existsSync(at)) return null;
  try {
    return Sidecar.parse(JSON.parse(readFileSync(at, 'utf8')));
  } catch (e) {
    const why = e instanceof Error && e.name === 'ZodError' ? 'not a fetch sidecar' : (e as Error).message;
    notes.push(`${at}: ignored: ${why}`);
    return null;
  }
}

