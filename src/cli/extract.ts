import type { RefDate } from '../calendar/index.js';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, relative } from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import type { SiteRule } from '../clean/site-rules.js';
import type { OneJob, Outcome } from './extract-one.js';
import { VERSION } from './help.js';
import { collectInputs, fnv1a, makeFolder, nameCollisions, outputNames, printable, writeAtomic } from './io.js';
import { makePool } from './pool.js';
import { articleId, legacyRunRecordName, pendingDir, pendingFiles, runRecordNames, STATE_DIR, writtenFolders } from './layout.js';
import { Progress } from './progress.js';
import { readRunFile, readRunRecord, runFileName, writeRunFile, type RunFile } from './runfile.js';
import { isArticleFile, parseArticle } from './runs.js';

export interface ExtractRun {
  out: string;
  /** --ref-date as given (recorded in the run record), and its value, parsed once. */
  refDate: string | null;
  refDay: RefDate | null;
  check: boolean;
  /** Write `.newsfacts/pending/<name>.json` for each output that would change, for `newsfacts review`. */
  pending: boolean;
  /** Stop at the first failing file. */
  failFast: boolean;
  /** Skip inputs whose output a run of this version and these options already wrote from the same bytes. */
  resume: boolean;
  /** Files larger than this many bytes are refused ("too-large"). */
  maxBytes: number;
  /** The inputs as named on the command line, for the run file. */
  inputs: string[];
  /** Worker threads (1: all in this thread); null: one per FILES_PER_THREAD files, up to one per core. */
  jobs: number | null;
  /** Only this part of the inputs (--shard i/n), or null for all. */
  shard: Shard | null;
  /** Delete outputs that no input gives any more. */
  prune: boolean;
  /** --site-rules, parsed, and the sha256 of the file's bytes (recorded in the run file); null without. */
  siteRules: { rules: SiteRule[]; sha256: string } | null;
  /** --country (ISO 3166-1 alpha-2, upper case), or null. */
  country: string | null;
  /** --quiet: no progress bar, no per-file warnings, no summary; failures are still named. */
  quiet: boolean;
  /** --verbose: the per-file warning lines name every kind to look at (no-facts, unresolved-dates too). */
  verbose: boolean;
  /** --report-warnings: a JSONL file naming every file to look at and why, or null. */
  reportWarnings: string | null;
  /** Draw a progress bar on stderr (the CLI says so when stderr is a terminal and not --quiet). */
  progress: boolean;
}

/**
 * One line of a --report-warnings file: an input the user should look at,
 * the output it gave (null when it failed before having one), the kinds
 * (the article's warnings, then no-facts, unresolved-dates; or failed), how
 * many dates are unresolved, and for a failure its code and reason.
 */
export interface LookAt {
  file: string;
  output: string | null;
  kinds: string[];
  unresolvedDates: number;
  failure: { code: string; message: string } | null;
}

/** What there is to look at in one article: its warnings, then no-facts and unresolved-dates. */
function kindsOf(o: { warnings?: string[]; facts?: number; unresolved?: number }): string[] {
  const kinds = [...(o.warnings ?? [])];
  if (o.facts === 0) kinds.push('no-facts');
  if (o.unresolved) kinds.push('unresolved-dates');
  return kinds;
}

/** The per-file line's list: "empty-text, no-facts, unresolved-dates (3)". */
function kindList(kinds: string[], unresolved: number): string {
  return kinds.map((k) => (k === 'unresolved-dates' ? `${k} (${unresolved})` : k)).join(', ');
}

/** "1 article", "2 articles". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The --report-warnings file: one JSON line per file, sorted by file; empty when there is nothing to look at. */
function writeReport(path: string, entries: LookAt[]): void {
  const sorted = [...entries].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  writeAtomic(path, sorted.map((e) => `${JSON.stringify(e)}\n`).join(''));
}

/** Shard `index` (0-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * The run file is rewritten after at least this many articles and this many
 * milliseconds, so a killed run can be resumed; rewriting it costs time in
 * proportion to the articles done, so not after every few.
 */
const CHECKPOINT_EVERY = 50;
const CHECKPOINT_MS = 1000;

/**
 * Files per message to a worker thread. One per message cost the main thread
 * 0.13 ms a file (waking, posting, reading the outcome); eight cut that by
 * two thirds. Larger batches measured no better, and make the last batches
 * of a run less even.
 */
const BATCH = 8;

/**
 * By default a run takes one worker thread per this many files, up to one
 * per core. Each thread first loads the pipeline and warms up V8's compiler
 * on its own, which costs about as much as a few hundred files; on a 2-core
 * machine two threads beat one only from about 500 files (on 50 files they
 * took 1.4 times as long, on 200 1.2 times, on 1,000 0.8 times).
 */
const FILES_PER_THREAD = 500;

/** A per-file failure: the file, a stable code, a plain reason. */
export interface Failure {
  file: string;
  code: string;
  message: string;
}

/**
 * Files and folders → one JSON per article in `out`, one file at a time. A
 * failing file is reported on stderr as it happens (name, code, reason) and
 * in `<out>/.newsfacts/run.json`; the rest go on, unless --fail-fast. Ctrl-C (SIGINT)
 * or SIGTERM stops between two files: what was written stays, the run file
 * says "interrupted", and a partial summary is printed. Every output is
 * written atomically, so a killed run leaves whole files or none.
 * Resolves to the exit code: 0; 1 when any input failed (or differed, with
 * --check); 130 / 143 when interrupted.
 */
export async function runExtract(args: string[], run: ExtractRun): Promise<number> {
  const started = performance.now();
  const collected = collectInputs(args);
  // Names come from all inputs, so a shard names a file as the whole run would.
  const allNames = outputNames(collected.files);
  const collisions = nameCollisions(allNames);
  const inMine = ({ file }: { file: { name: string } }) => !run.shard || inShard(file.name, run.shard);
  const mine = collected.files.map((f, i) => ({ file: f, name: allNames[i] as string, i })).filter((m) => inMine(m) && !collisions.has(m.i));
  const collided = collected.files.map((f, i) => ({ file: f, name: allNames[i] as string, i })).filter((m) => inMine(m) && collisions.has(m.i));
  const missing = !run.shard || run.shard.index === 0 ? collected.missing : [];
  const runFile = runFileName(run.shard);
  const failures: Failure[] = [];
  const fail = (file: string, code: string, message: string) => {
    failures.push({ file, code, message });
    say(`${file}: ${code}: ${message}`);
  };
  // What the user should look at: per file (for --report-warnings), and counted per kind.
  const lookAt: LookAt[] = [];
  const tally = new Map<string, number>();
  let unresolvedDates = 0;
  for (const m of missing) fail(m, 'not-found', 'no such file or folder');
  for (const { file, name, i } of collided) {
    const other = collected.files[collisions.get(i) as number] as { path: string };
    fail(file.path, 'name-collision', `its output ${name} would also be the output of ${other.path}: rename one of them`);
  }

  const previous = run.resume && !run.check ? resumable(run, runFile) : new Map<string, string>();
  // What earlier runs wrote here, read before this run's record replaces theirs: only those may be pruned.
  const wrote = recordedOutputs(run.out);
  const record: RunFile = {
    tool: 'newsfacts',
    version: VERSION,
    status: 'running',
    options: { inputs: run.inputs, out: run.out, refDate: run.refDate, pending: run.pending, maxBytes: run.maxBytes, shard: run.shard ? `${run.shard.index}/${run.shard.count}` : null, siteRules: run.siteRules?.sha256 ?? null, country: run.country },
    counts: { inputs: mine.length + collided.length + missing.length, extracted: 0, skipped: 0, failed: 0 },
    failures,
    warnings: {},
    // What the resumed run did stays recorded until this one redoes it: a run killed before its
    // first checkpoint, or stopped early, must not leave a record that has forgotten it.
    done: Object.fromEntries(previous),
  };
  const counts = { written: 0, unchanged: 0, pending: 0, differ: 0, proposals: 0 };
  if (!run.check) {
    try {
      makeFolder(run.out);
      makeFolder(join(run.out, STATE_DIR));
      if (run.pending) makeFolder(pendingDir(run.out));
      for (const d of writtenFolders(run.out)) removeStaleTemporaries(d);
      writeRunFile(run.out, runFile, record);
      // A folder written before .newsfacts/: its record has been read (resume, prune) and now lives on in the new one.
      rmSync(join(run.out, legacyRunRecordName(run.shard)), { force: true });
    } catch (e) {
      // Checked by the CLI before the run; this is a folder that changed since.
      say(`cannot write to --out ${run.out}: ${(e as Error).message}`);
      return 1;
    }
  }
  // A run record that cannot be written (a full disk) is said once; the previous one stays whole.
  let recordTrouble: string | null = null;
  const saveRecord = (r: RunFile, final: boolean) => {
    try {
      writeRunFile(run.out, runFile, r, final);
    } catch (e) {
      if (recordTrouble === null) say(`cannot write ${join(run.out, runFile)}: ${(e as Error).message}`);
      recordTrouble = (e as Error).message;
    }
  };

  let signal: NodeJS.Signals | null = null;
  const onSignal = (s: NodeJS.Signals) => {
    // A second signal does not wait for the files in hand.
    if (signal) process.exit(s === 'SIGINT' ? 130 : 143);
    signal = s;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const jobs = Math.max(1, Math.min(run.jobs ?? defaultJobs(mine.length, availableParallelism()), mine.length));
  // Threads take files in batches, so the main thread wakes once per batch;
  // --fail-fast queues nothing ahead, so little runs after the first failure.
  const shared = { siteRules: run.siteRules?.rules ?? null, country: run.country };
  const pool = run.failFast ? makePool(jobs, 1, 1, undefined, shared) : makePool(jobs, 2, BATCH, undefined, shared);
  // From here on, lines go above the bar (say); it is gone before the summary.
  if (run.progress && mine.length > 1) bar = new Progress(mine.length, process.stderr);
  let completed = 0;
  let checkpointAt = 0;
  let checkpointTime = performance.now();
  const handle = (name: string, path: string, o: Outcome) => {
    for (const note of o.notes) say(note);
    // --check: what differs, fact by fact, under its note.
    if ('detail' in o) for (const line of o.detail ?? []) sayIndented(line);
    if ('proposal' in o && o.proposal) counts.proposals++;
    if ('code' in o) {
      fail(path, o.code, o.message);
      delete record.done[name];
    } else {
      const kinds = kindsOf(o);
      const shown = run.verbose ? kinds : (o.warnings ?? []);
      if (shown.length && !run.quiet) say(`${path}: warning: ${kindList(shown, o.unresolved ?? 0)}`);
      for (const w of o.warnings ?? []) (record.warnings[w] ??= []).push(path);
      for (const k of kinds) tally.set(k, (tally.get(k) ?? 0) + 1);
      unresolvedDates += o.unresolved ?? 0;
      if (kinds.length) lookAt.push({ file: path, output: name, kinds, unresolvedDates: o.unresolved ?? 0, failure: null });
      record.done[name] = o.sha256;
      if (o.result === 'skipped') record.counts.skipped++;
      else if (o.result !== 'printed') {
        record.counts.extracted++;
        counts[o.result]++;
      }
    }
    completed++;
    bar?.update(completed);
    if (!run.check && completed - checkpointAt >= CHECKPOINT_EVERY && performance.now() - checkpointTime >= CHECKPOINT_MS) {
      saveRecord({ ...record, counts: { ...record.counts, failed: failures.length } }, false);
      checkpointAt = completed;
      checkpointTime = performance.now();
    }
  };
  try {
    // Jobs handed to the pool and not yet handled; `freed` wakes the loop when one is.
    let inFlight = 0;
    let freed: (() => void) | null = null;
    const room = () => new Promise<void>((r) => (freed = r));
    for (let i = 0; i < mine.length; i++) {
      // Let signals in between files; at a batch's start, so no batch goes out part-filled.
      if (i % BATCH === 0) await tick();
      if (signal || (run.failFast && failures.length)) break;
      const { file, name } = mine[i] as (typeof mine)[number];
      const job: OneJob = {
        path: file.path,
        name: file.name,
        target: join(run.out, name),
        refDate: run.refDay,
        check: run.check,
        pending: run.pending,
        maxBytes: run.maxBytes,
        doneSha: previous.get(name) ?? null,
        root: file.root,
      };
      inFlight++;
      void pool.run(job).then((o) => {
        inFlight--;
        handle(name, file.path, o);
        freed?.();
        freed = null;
      });
      if (inFlight >= pool.capacity) await room();
    }
    while (inFlight > 0) await room();
  } finally {
    bar?.clear();
    bar = null;
    await pool.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  record.counts.failed = failures.length;
  const stopped = signal !== null || (run.failFast && failures.length > 0);
  if (!stopped) {
    // Every input was seen: what the resumed run did for inputs now gone (or colliding) is no longer done.
    const seen = new Set(mine.map((m) => m.name));
    for (const name of Object.keys(record.done)) if (!seen.has(name)) delete record.done[name];
  }
  // Outputs no input of this run gives any more (a page removed from the corpus).
  const stale = stopped || run.shard ? [] : staleOutputs(run.out, new Set(allNames), wrote);
  if (run.check && !stopped && !run.shard) {
    // Proposals whose output no input gives any more: stale, and unreviewed.
    for (const f of orphanProposals(run.out, new Set(allNames))) {
      say(`${join(run.out, f)}: stale: no input gives ${articleId(f)}.json any more`);
      counts.proposals++;
    }
  }
  if (stale.length) {
    if (run.check) {
      for (const f of stale) say(`${join(run.out, f)}: stale: no input gives it any more`);
      counts.differ += stale.length;
    } else if (run.prune) {
      for (const f of stale) rmSync(join(run.out, f), { force: true });
      say(`removed ${plural(stale.length, 'output')} no input gives any more (--prune): ${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ', …' : ''}`);
    } else {
      say(
        `${plural(stale.length, 'file')} in ${run.out} ${stale.length === 1 ? 'comes' : 'come'} from no input of this run (${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ', …' : ''}); --prune removes them`,
      );
    }
  }
  record.status = signal ? 'interrupted' : stopped ? 'stopped' : 'complete';
  if (!run.check) {
    recordTrouble = null;
    saveRecord(record, true);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const done = record.counts.extracted + record.counts.skipped + failures.length - missing.length - collided.length;
  const parts = run.check
    ? [`${counts.unchanged} up to date`, `${counts.differ} would change`, ...(counts.proposals ? [`${counts.proposals} pending ${counts.proposals === 1 ? 'change' : 'changes'} waiting`] : [])]
    : run.pending
      ? [`${counts.pending} pending`, `${counts.unchanged} unchanged`]
      : [`${counts.written} written`, `${counts.unchanged} unchanged`];
  if (record.counts.skipped) parts.push(`${record.counts.skipped} skipped (--resume)`);
  parts.push(`${failures.length} failed`);
  const shard = run.shard ? ` (shard ${run.shard.index}/${run.shard.count})` : '';
  let summary = `${plural(mine.length, 'article')}${shard}: ${parts.join(', ')} in ${seconds} s`;
  if (stopped) summary = `${signal ? `interrupted by ${signal}` : 'stopped at the first failure (--fail-fast)'} after ${done} of ${plural(mine.length, 'file')}${shard}: ${parts.join(', ')}`;
  if (run.check && (counts.differ || counts.proposals)) summary += ' (see them with: newsfacts extract … --pending, then newsfacts review)';
  if (run.pending && counts.pending) summary += ` (review with: newsfacts review ${run.out})`;
  if (recordTrouble !== null) summary += `; ${join(run.out, runFile)} could not be written (${recordTrouble})`;
  else if (!run.check && failures.length) summary += `; failures are listed in ${join(run.out, runFile)}`;
  for (const f of failures) lookAt.push({ file: f.file, output: null, kinds: ['failed'], unresolvedDates: 0, failure: { code: f.code, message: f.message } });
  let reportTrouble = false;
  if (run.reportWarnings !== null) {
    try {
      writeReport(run.reportWarnings, lookAt);
    } catch (e) {
      say(`cannot write --report-warnings ${run.reportWarnings}: ${(e as Error).message}`);
      reportTrouble = true;
    }
  }
  if (!run.quiet) {
    say(summary);
    const look = toLookAt(tally, unresolvedDates, failures.length);
    if (look) say(`to look at: ${look}${run.reportWarnings !== null && !reportTrouble ? `; listed in ${run.reportWarnings}` : run.verbose ? '' : ' (--verbose or --report-warnings <file> names the files)'}`);
  }
  if (signal) return signal === 'SIGINT' ? 130 : 143;
  return failures.length || counts.differ || counts.proposals || recordTrouble !== null || reportTrouble ? 1 : 0;
}

/**
 * The summary's second line, what a user must look at, or "" when nothing:
 * "2 failed, 72 with no facts, 53 with no reference date, 152 unresolved dates in 60 articles, …".
 */
function toLookAt(tally: Map<string, number>, unresolvedDates: number, failed: number): string {
  const n = (k: string) => tally.get(k) ?? 0;
  const parts: string[] = [];
  if (failed) parts.push(`${failed} failed`);
  if (n('no-facts')) parts.push(`${n('no-facts')} with no facts`);
  if (n('empty-text')) parts.push(`${n('empty-text')} with empty text (empty-text)`);
  if (n('short-text')) parts.push(`${n('short-text')} with short text (short-text)`);
  if (n('no-ref-date')) parts.push(`${n('no-ref-date')} with no reference date (no-ref-date)`);
  if (unresolvedDates) parts.push(`${plural(unresolvedDates, 'unresolved date')} in ${plural(n('unresolved-dates'), 'article')}`);
  if (n('lang-und')) parts.push(`${n('lang-und')} in no recognised language (lang-und)`);
  if (n('site-rule-missed')) parts.push(`${n('site-rule-missed')} whose site rule matched nothing (site-rule-missed)`);
  return parts.join(', ');
}

/**
 * `extract page.html` without --out: the article's JSON on stdout, and
 * nothing else there (what went wrong, or the article's warnings, on stderr).
 * Resolves to 0, or 1 when the file failed (nothing on stdout then).
 */
export async function printOne(
  path: string,
  run: Pick<ExtractRun, 'refDay' | 'maxBytes' | 'siteRules' | 'country' | 'quiet' | 'verbose' | 'reportWarnings'>,
): Promise<number> {
  const { extractOne } = await import('./extract-one.js');
  const job: OneJob = { path, name: basename(path), target: null, refDate: run.refDay, check: false, pending: false, maxBytes: run.maxBytes, doneSha: null, root: null };
  const o = extractOne(job, { siteRules: run.siteRules?.rules ?? null, country: run.country });
  for (const note of o.notes) say(note);
  let entry: LookAt | null = null;
  if ('code' in o) {
    say(`${path}: ${o.code}: ${o.message}`);
    entry = { file: path, output: null, kinds: ['failed'], unresolvedDates: 0, failure: { code: o.code, message: o.message } };
  } else if (o.result === 'printed') {
    const kinds = kindsOf(o);
    const shown = run.verbose ? kinds : o.warnings;
    if (shown.length && !run.quiet) say(`${path}: warning: ${kindList(shown, o.unresolved)}`);
    if (kinds.length) entry = { file: path, output: null, kinds, unresolvedDates: o.unresolved, failure: null };
    process.stdout.write(o.json);
  }
  if (run.reportWarnings !== null) {
    try {
      writeReport(run.reportWarnings, entry ? [entry] : []);
    } catch (e) {
      say(`cannot write --report-warnings ${run.reportWarnings}: ${(e as Error).message}`);
      return 1;
    }
  }
  return entry?.failure ? 1 : 0;
}

/** The progress bar of the run under way, if any: lines are written above it. */
let bar: Progress | null = null;

/** One line on stderr, "newsfacts: …", with whatever came from file names made printable. */
function say(line: string): void {
  const text = `newsfacts: ${printable(line)}\n`;
  if (bar) bar.above(text);
  else process.stderr.write(text);
}

/** A line under the one `say` wrote (--check's fact lines), indented, above the bar too. */
function sayIndented(line: string): void {
  const text = `    ${printable(line)}\n`;
  if (bar) bar.above(text);
  else process.stderr.write(text);
}

/** Threads for a run of `files` files on `cores` cores when --jobs is not given. */
export function defaultJobs(files: number, cores: number): number {
  return Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_THREAD)));
}

/** A stable partition of the inputs: shard i of n takes the names whose hash is i mod n. */
export function inShard(name: string, shard: Shard): boolean {
  return fnv1a(name) % shard.count === shard.index;
}

/**
 * Article files in `out` whose name no input gives (nor its pending
 * proposal's), and that this tool wrote: listed as done by an earlier run
 * record, or an article by the schema. A package.json or notes.json of the
 * user's in the folder is neither, and is left alone.
 */
function staleOutputs(out: string, names: Set<string>, wrote: Set<string>): string[] {
  let files: string[];
  try {
    files = readdirSync(out);
  } catch {
    return [];
  }
  return files.filter((f) => isArticleFile(f) && !names.has(f) && (wrote.has(f) || isArticle(join(out, f)))).sort();
}

/** Pending proposals (.newsfacts/pending/<id>.json, or an old <id>.new.json) whose output (<id>.json) no input gives, relative to `out`. */
function orphanProposals(out: string, names: Set<string>): string[] {
  return pendingFiles(out)
    .filter((p) => !names.has(`${p.id}.json`))
    .map((p) => relative(out, p.pending));
}

/** The outputs the run records in `out` (.newsfacts/run.json, run.shard-i-of-n.json, and old _run*.json) list as done. */
function recordedOutputs(out: string): Set<string> {
  const names = new Set<string>();
  for (const f of runRecordNames(out)) for (const name of Object.keys(readRunFile(out, f)?.done ?? {})) names.add(name);
  return names;
}

function isArticle(path: string): boolean {
  try {
    parseArticle(path, readFileSync(path, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

/**
 * What --resume may skip: the outputs the last run recorded as done, when
 * that run was made by this version with the same options. Otherwise nothing,
 * and it says why.
 */
function resumable(run: ExtractRun, runFile: string): Map<string, string> {
  const last = readRunRecord(run.out, run.shard);
  const why =
    last === null
      ? `no readable ${runFile} in ${run.out}`
      : last.version !== VERSION
        ? `the last run was made by version ${last.version}, this is ${VERSION}`
        : last.options.refDate !== run.refDate || last.options.pending !== run.pending || last.options.country !== run.country
          ? 'the last run had other options (--ref-date / --pending / --country)'
          : last.options.siteRules !== (run.siteRules?.sha256 ?? null)
            ? 'the last run had other site rules (--site-rules)'
            : null;
  if (why) {
    say(`--resume: extracting everything: ${why}`);
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
