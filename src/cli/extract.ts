import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import { Sidecar, sidecarRefDate } from '../ingest/sidecar.js';
import { extractArticle, InputError } from '../pipeline.js';
import { serialize } from './format.js';
import { VERSION } from './help.js';
import { collectInputs, outputNames, pendingPath, writeAtomic, type InputFile } from './io.js';
import { readRunFile, RUN_FILE, writeRunFile, type RunFile } from './runfile.js';

export interface ExtractRun {
  out: string;
  refDate: string | null;
  check: boolean;
  /** Write `<name>.new.json` beside each output that would change, for `newsfacts review`. */
  pending: boolean;
  /** Stop at the first failing file. */
  failFast: boolean;
  /** Skip inputs whose output a run of this version and these options already wrote from the same bytes. */
  resume: boolean;
  /** Files larger than this many bytes are refused ("too-large"). */
  maxBytes: number;
  /** The inputs as named on the command line, for the run file. */
  inputs: string[];
}

/** Default --max-size: far above any news page (a few hundred KB), well below what strains memory. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
/** The run file is rewritten after this many articles, so a killed run can be resumed. */
const CHECKPOINT_EVERY = 50;

/** A per-file failure: the file, a stable code, a plain reason. */
export interface Failure {
  file: string;
  code: string;
  message: string;
}

/**
 * Files and folders → one JSON per article in `out`, one file at a time. A
 * failing file is reported on stderr as it happens (name, code, reason) and
 * in `<out>/_run.json`; the rest go on, unless --fail-fast. Ctrl-C (SIGINT)
 * or SIGTERM stops between two files: what was written stays, the run file
 * says "interrupted", and a partial summary is printed. Every output is
 * written atomically, so a killed run leaves whole files or none.
 * Resolves to the exit code: 0; 1 when any input failed (or differed, with
 * --check); 130 / 143 when interrupted.
 */
export async function runExtract(args: string[], run: ExtractRun): Promise<number> {
  const started = performance.now();
  const { files, missing } = collectInputs(args);
  const failures: Failure[] = [];
  const fail = (file: string, code: string, message: string) => {
    failures.push({ file, code, message });
    process.stderr.write(`newsfacts: ${file}: ${code}: ${message}\n`);
  };
  for (const m of missing) fail(m, 'not-found', 'no such file or folder');

  const names = outputNames(files);
  const previous = run.resume && !run.check ? resumable(run) : new Map<string, string>();
  const record: RunFile = {
    tool: 'newsfacts',
    version: VERSION,
    status: 'running',
    options: { inputs: run.inputs, out: run.out, refDate: run.refDate, pending: run.pending, maxBytes: run.maxBytes },
    counts: { inputs: files.length + missing.length, extracted: 0, skipped: 0, failed: 0 },
    failures,
    done: {},
  };
  const counts = { written: 0, unchanged: 0, pending: 0, differ: 0 };
  if (!run.check) {
    mkdirSync(run.out, { recursive: true });
    removeStaleTemporaries(run.out);
    writeRunFile(run.out, record);
  }

  let signal: NodeJS.Signals | null = null;
  const onSignal = (s: NodeJS.Signals) => {
    // A second signal does not wait for the file in hand.
    if (signal) process.exit(s === 'SIGINT' ? 130 : 143);
    signal = s;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    for (let i = 0; i < files.length; i++) {
      // Let signals in between files.
      if (i % 8 === 0) await tick();
      if (signal || (run.failFast && failures.length)) break;
      const file = files[i] as InputFile;
      const name = names[i] as string;
      const outcome = extractOne(file, join(run.out, name), run, previous.get(name));
      if ('code' in outcome) fail(file.path, outcome.code, outcome.message);
      else {
        record.done[name] = outcome.sha256;
        if (outcome.result === 'skipped') record.counts.skipped++;
        else {
          record.counts.extracted++;
          counts[outcome.result]++;
        }
      }
      if (!run.check && (i + 1) % CHECKPOINT_EVERY === 0) writeRunFile(run.out, { ...record, counts: { ...record.counts, failed: failures.length } });
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  record.counts.failed = failures.length;
  const stopped = signal !== null || (run.failFast && failures.length > 0);
  record.status = signal ? 'interrupted' : stopped ? 'stopped' : 'complete';
  if (!run.check) writeRunFile(run.out, record);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const done = record.counts.extracted + record.counts.skipped + failures.length - missing.length;
  const parts = run.check
    ? [`${counts.unchanged} up to date`, `${counts.differ} would change`]
    : run.pending
      ? [`${counts.pending} pending`, `${counts.unchanged} unchanged`]
      : [`${counts.written} written`, `${counts.unchanged} unchanged`];
  if (record.counts.skipped) parts.push(`${record.counts.skipped} skipped (--resume)`);
  parts.push(`${failures.length} failed`);
  let summary = `${files.length} articles: ${parts.join(', ')} in ${seconds} s`;
  if (stopped) summary = `${signal ? `interrupted by ${signal}` : 'stopped at the first failure (--fail-fast)'} after ${done} of ${files.length} files: ${parts.join(', ')}`;
  if (run.check && counts.differ) summary += ' (see them with: newsfacts extract … --pending, then newsfacts review)';
  if (run.pending && counts.pending) summary += ` (review with: newsfacts review ${run.out})`;
  if (!run.check && failures.length) summary += `; failures are listed in ${join(run.out, RUN_FILE)}`;
  process.stderr.write(`newsfacts: ${summary}\n`);
  if (signal) return signal === 'SIGINT' ? 130 : 143;
  return failures.length || counts.differ ? 1 : 0;
}

type Outcome = { result: 'written' | 'unchanged' | 'pending' | 'differ' | 'skipped'; sha256: string } | { code: string; message: string };

/** One input file → its output (or proposal); never throws. */
function extractOne(file: InputFile, target: string, run: ExtractRun, doneSha: string | undefined): Outcome {
  let bytes: Buffer;
  try {
    const st = statSync(file.path);
    if (!st.isFile()) return { code: 'unreadable', message: 'not a regular file' };
    if (st.size > run.maxBytes) return { code: 'too-large', message: `${st.size} bytes, over the limit of ${run.maxBytes} (--max-size)` };
    bytes = readFileSync(file.path);
  } catch (e) {
    return { code: 'unreadable', message: (e as Error).message };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const proposal = pendingPath(target);
  if (doneSha === sha256 && (existsSync(target) || existsSync(proposal))) return { result: 'skipped', sha256 };
  let json: string;
  try {
    const ext = extname(file.path).toLowerCase();
    const format = ext === '.html' || ext === '.htm' || ext === '.xhtml' || ext === '.shtml' ? 'html' : ext === '.txt' ? 'text' : undefined;
    const meta = readSidecar(file.path);
    json = serialize(
      extractArticle(
        {
          bytes,
          file: file.name,
          ...(format ? { format } : {}),
          ...(meta ? { charsetHint: meta.charset, url: meta.finalUrl, fallbackRefDate: sidecarRefDate(meta) } : {}),
        },
        { refDate: run.refDate },
      ),
    );
  } catch (e) {
    if (e instanceof InputError) return { code: e.code, message: e.message };
    return { code: 'extract-failed', message: `${(e as Error).message} (a bug: please report it with this file)` };
  }
  const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
  if (current === json) {
    // Up to date: a change proposed by an earlier --pending run no longer applies.
    if (!run.check) rmSync(proposal, { force: true });
    return { result: 'unchanged', sha256 };
  }
  if (run.check) {
    process.stderr.write(`newsfacts: ${target}: ${current === null ? 'missing' : 'differs'}\n`);
    return { result: 'differ', sha256 };
  }
  try {
    if (run.pending) {
      writeAtomic(proposal, json);
      return { result: 'pending', sha256 };
    }
    writeAtomic(target, json);
    rmSync(proposal, { force: true });
    return { result: 'written', sha256 };
  } catch (e) {
    return { code: 'write-failed', message: `${target}: ${(e as Error).message}` };
  }
}

/**
 * The sidecar `newsfacts fetch` wrote beside a page (page.html → page.meta.json),
 * or null. A sidecar that cannot be read is ignored with a warning: the page
 * is still extracted, without what the server said.
 */
function readSidecar(path: string): Sidecar | null {
  const at = `${path.replace(/\.[^./]*$/u, '')}.meta.json`;
  if (at === path || !existsSync(at)) return null;
  try {
    return Sidecar.parse(JSON.parse(readFileSync(at, 'utf8')));
  } catch (e) {
    const why = e instanceof Error && e.name === 'ZodError' ? 'not a fetch sidecar' : (e as Error).message;
    process.stderr.write(`newsfacts: ${at}: ignored: ${why}\n`);
    return null;
  }
}

/**
 * What --resume may skip: the outputs the last run recorded as done, when
 * that run was made by this version with the same options. Otherwise nothing,
 * and it says why.
 */
function resumable(run: ExtractRun): Map<string, string> {
  const last = readRunFile(run.out);
  const why =
    last === null
      ? `no readable ${RUN_FILE} in ${run.out}`
      : last.version !== VERSION
        ? `the last run was made by version ${last.version}, this is ${VERSION}`
        : last.options.refDate !== run.refDate || last.options.pending !== run.pending
          ? 'the last run had other options (--ref-date / --pending)'
          : null;
  if (why) {
    process.stderr.write(`newsfacts: --resume: extracting everything: ${why}\n`);
    return new Map();
  }
  return new Map(Object.entries((last as RunFile).done));
}

/** Removes temporary files left by a killed run (whose process is gone); a live run's are left alone. */
function removeStaleTemporaries(dir: string): void {
  for (const f of readdirSync(dir)) {
    const m = /\.(\d+)\.[0-9a-f]{8}\.tmp$/u.exec(f);
    if (!m) continue;
    try {
      process.kill(Number(m[1]), 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') rmSync(join(dir, f), { force: true });
    }
  }
}
