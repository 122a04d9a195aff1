import type { RefDate } from '../calendar/index.js';
import { createHash } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, readSync, realpathSync, rmSync } from 'node:fs';
import { basename, extname, sep } from 'node:path';
import type { SiteRule } from '../clean/site-rules.js';
import { Sidecar, sidecarRefDate } from '../ingest/sidecar.js';
import { extractArticle, InputError } from '../pipeline.js';
import { serialize } from './format.js';
import { compareArticles } from '../diff/compare.js';
import { renderFactSummary } from '../diff/text.js';
import { writeAtomic } from './io.js';
import { legacyPendingPath, pendingPath } from './layout.js';
import { articleId, parseArticle } from './runs.js';

/** What one file's extraction needs to know of the run: plain data, so it can cross to a worker thread. */
export interface OneJob {
  path: string;
  /** Recorded as source.file. */
  name: string;
  /** The output file; null: write nothing, return the JSON (`extract page.html` without --out prints it). */
  target: string | null;
  /** The reference date, parsed once by the CLI. */
  refDate: RefDate | null;
  check: boolean;
  pending: boolean;
  maxBytes: number;
  /** sha256 of this input when the run being resumed did it. */
  doneSha: string | null;
  /**
   * Real path of the folder named on the command line that this input was
   * found in: a symbolic link is followed only to a file inside it. Absent or
   * null for a file named on the command line itself.
   */
  root?: string | null;
}

/** What every file of a run shares: plain data, sent once to each worker thread. */
export interface RunShared {
  /** Parsed --site-rules, or null. */
  siteRules: SiteRule[] | null;
  /** --country (ISO 3166-1 alpha-2, upper case), or null. */
  country?: string | null;
}

/**
 * How one file went; `notes` are lines for stderr ("…: differs", "…: ignored: not a fetch sidecar").
 * A success carries the article's warnings, how many facts it has and how many
 * of its dates are unresolved (value null); none of these for a file --resume
 * skipped. With --check, `detail` says what differs, fact by fact (lines for
 * stderr, under the note), and `proposal` that a pending change waits for the
 * output. 'printed': no target; the article's JSON is in `json`.
 */
type Result =
  | { result: 'written' | 'unchanged' | 'pending' | 'differ' | 'skipped'; sha256: string; warnings?: string[]; facts?: number; unresolved?: number; detail?: string[]; proposal?: boolean }
  | { result: 'printed'; sha256: string; warnings: string[]; facts: number; unresolved: number; json: string }
  | { code: string; message: string };
export type Outcome = Result & { notes: string[] };

/** One input file → its output (or proposal): read, extract, compare, write. Never throws. */
export function extractOne(job: OneJob, shared: RunShared = { siteRules: null }): Outcome {
  const notes: string[] = [];
  const r = run(job, shared, notes);
  return { ...r, notes };
}

function run(job: OneJob, shared: RunShared, notes: string[]): Result {
  const file = { path: job.path, name: job.name };
  const target = job.target;
  const read = readInput(job);
  if ('code' in read) return read;
  const bytes = read.bytes;
  const proposal = target === null ? null : pendingPath(target);
  // A proposal in a folder written before .newsfacts/ (x.new.json): replaced or dropped as the new one is.
  const oldProposal = target === null ? null : legacyPendingPath(target);
  const dropProposals = () => {
    if (proposal) rmSync(proposal, { force: true });
    if (oldProposal) rmSync(oldProposal, { force: true });
  };
  // Hashed here only to skip a resumed file; otherwise the article carries the hash.
  if (job.doneSha !== null && target !== null && proposal !== null && oldProposal !== null && (existsSync(target) || existsSync(proposal) || existsSync(oldProposal))) {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 === job.doneSha) return { result: 'skipped', sha256 };
  }
  let json: string;
  let sha256: string;
  let warnings: string[];
  let facts: number;
  let unresolved: number;
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
      { refDate: job.refDate, siteRules: shared.siteRules, country: shared.country ?? null },
    );
    sha256 = article.source.sha256;
    warnings = article.warnings;
    facts = article.facts.length;
    unresolved = article.facts.filter((f) => f.kind === 'date' && f.value === null).length;
    json = serialize(article);
  } catch (e) {
    if (e instanceof InputError) return { code: e.code, message: e.message };
    return { code: 'extract-failed', message: `${(e as Error).message} (a bug: please report it with this file)` };
  }
  if (target === null || proposal === null || oldProposal === null) return { result: 'printed', sha256, warnings, facts, unresolved, json };
  const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
  if (job.check) return check(target, current, json, existsSync(proposal) || !existsSync(oldProposal) ? proposal : oldProposal, notes, { sha256, warnings, facts, unresolved });
  if (current === json) {
    // Up to date: a change proposed by an earlier --pending run no longer applies.
    dropProposals();
    return { result: 'unchanged', sha256, warnings, facts, unresolved };
  }
  try {
    if (job.pending) {
      writeAtomic(proposal, json);
      rmSync(oldProposal, { force: true });
      return { result: 'pending', sha256, warnings, facts, unresolved };
    }
    writeAtomic(target, json);
    dropProposals();
    return { result: 'written', sha256, warnings, facts, unresolved };
  } catch (e) {
    return { code: 'write-failed', message: `${target}: ${(e as Error).message}` };
  }
}

/** Fact lines shown per differing output under --check (the rest: "… and N more"). */
const CHECK_DETAIL = 6;

/**
 * --check of one output: the output as it is against what the rules produce
 * now, and any proposal (.newsfacts/pending/<name>.json, or an old <name>.new.json) waiting for it, which fails the
 * check too: a snapshot with changes nobody reviewed is not a clean one.
 */
function check(target: string, current: string | null, json: string, proposal: string, notes: string[], ok: { sha256: string; warnings: string[]; facts: number; unresolved: number }): Result {
  let waiting = false;
  if (existsSync(proposal)) {
    waiting = true;
    let proposed: string | null = null;
    try {
      proposed = readFileSync(proposal, 'utf8');
    } catch {
      // Unreadable: stale as far as anyone can tell.
    }
    const why =
      current === json
        ? `left over: ${basename(target)} is already what the rules produce (extract --pending removes it)`
        : proposed === json
          ? 'pending: not reviewed yet (newsfacts review, or newsfacts diff --pending, shows it)'
          : 'stale: not what the rules produce now (extract --pending replaces it)';
    notes.push(`${proposal}: ${why}`);
  }
  if (current === json) return { result: 'unchanged', ...ok, ...(waiting ? { proposal: true } : {}) };
  let head = current === null ? 'missing' : 'differs';
  let detail: string[] = [];
  try {
    ({ head, detail } = whatDiffers(target, current, json));
  } catch {
    // extractOne never throws: without the details, the output still differs.
  }
  notes.push(`${target}: ${head}`);
  return { result: 'differ', ...ok, detail, ...(waiting ? { proposal: true } : {}) };
}

/** What differs between an output file and what the rules produce now: a head ("differs: +1 -1 ~1") and a few fact lines. */
function whatDiffers(target: string, current: string | null, json: string): { head: string; detail: string[] } {
  const now = parseArticle(target, json);
  let old = null;
  if (current !== null) {
    try {
      old = parseArticle(target, current);
    } catch (e) {
      return { head: `differs: the file there is not a valid article (${(e as Error).message.slice(target.length + 2)})`, detail: [] };
    }
  }
  const d = compareArticles(articleId(target), old, now);
  if (!d) return { head: 'differs only in formatting or provenance (no fact, paragraph or field change)', detail: [] };
  const c = d.counts;
  const counts = [`+${c.added}`, `-${c.removed}`, `~${c.changed}`, ...(c.moved ? [`${c.moved} moved`] : [])].join(' ');
  return { head: `${old ? 'differs' : 'missing: a new article'}: ${counts}`, detail: renderFactSummary(d, CHECK_DETAIL) };
}

/**
 * An input's bytes: a regular file, inside its input folder once symbolic
 * links are followed (in/passwd.txt → /etc/passwd is not read), opened without
 * blocking (a FIFO swapped in is not waited on), and read to at most
 * `maxBytes` whatever its size says (a /proc file says 0; a file swapped
 * after the check could be anything).
 */
function readInput(job: OneJob): { bytes: Buffer } | { code: string; message: string } {
  let fd: number;
  try {
    if (job.root && outside(realpathSync(job.path), job.root)) {
      return { code: 'unreadable', message: `a symbolic link to ${realpathSync(job.path)}, outside the input folder: not followed` };
    }
    fd = openSync(job.path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return openFailure(job.path, e as NodeJS.ErrnoException);
  }
  try {
    // What was opened, where the system says (Linux): a link swapped after the check above is caught too.
    const opened = job.root ? openedPath(fd) : null;
    if (job.root && opened !== null && outside(opened, job.root)) {
      return { code: 'unreadable', message: `a symbolic link to ${opened}, outside the input folder: not followed` };
    }
    const st = fstatSync(fd);
    if (!st.isFile()) return { code: 'unreadable', message: 'not a regular file' };
    if (st.size > job.maxBytes) return { code: 'too-large', message: `${st.size} bytes, over the limit of ${job.maxBytes} (--max-size)` };
    const chunks: Buffer[] = [];
    let size = 0;
    // The size it states, plus one byte to see that it ends there; then a megabyte at a time.
    for (let want = Math.min(job.maxBytes + 1, Math.max(st.size + 1, 4096)); ; want = Math.min(1 << 20, job.maxBytes + 1 - size)) {
      const buf = Buffer.allocUnsafe(want);
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      size += n;
      if (size > job.maxBytes) return { code: 'too-large', message: `over the limit of ${job.maxBytes} bytes (--max-size), though its size said ${st.size}` };
    }
    return { bytes: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size) };
  } catch (e) {
    return { code: 'unreadable', message: (e as Error).message };
  } finally {
    closeSync(fd);
  }
}

function outside(real: string, root: string): boolean {
  return !real.startsWith(root.endsWith(sep) ? root : root + sep);
}

function openedPath(fd: number): string | null {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return null;
  }
}

/** A file gone since the run listed it is "not-found"; a dangling link or no permission, "unreadable". */
function openFailure(path: string, e: NodeJS.ErrnoException): { code: string; message: string } {
  if (e.code === 'ENOENT') {
    try {
      lstatSync(path);
    } catch {
      return { code: 'not-found', message: 'no such file (removed since the run listed it)' };
    }
  }
  return { code: 'unreadable', message: e.message };
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

