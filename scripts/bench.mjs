// npm run bench: throughput and memory, printed, never asserted.
//
//   npm run bench                 10,000 pages (built by scripts/bench-corpus.mjs into bench-corpus/)
//   BENCH_N=2000 npm run bench    a quicker run
//
// Prints, for the whole pipeline and each stage: articles/s, MB/s, p50/p99
// per article and peak RSS; the cleaning stage against @mozilla/readability
// on linkedom on the same HTML pages; extraction alone over clean short
// passages; the CLI with 1 and 2 worker threads and as two shard processes;
// what two copies of the pipeline in memory get from this machine; peak RSS
// for 1,000 vs all files.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanPage, decodeBytes, extractArticle } from '../dist/index.js';
import { makeBenchCorpus } from './bench-corpus.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const N = Number(process.env.BENCH_N ?? 10_000);
const MB = 1024 * 1024;
const REF = { refDate: '2025-06-19' };

const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const line = (s = '') => process.stdout.write(`${s}\n`);
const table = (rows) => {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const r of rows) line(`  ${r.map((v, c) => (c === 0 ? String(v).padEnd(widths[c]) : String(v).padStart(widths[c]))).join('  ')}`);
};

line(`newsfacts benchmark: node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${fmt(totalmem() / 1024 ** 3, 1)} GiB`);
const t0 = performance.now();
const corpusDir = join(ROOT, 'bench-corpus');
const paths = makeBenchCorpus(corpusDir, N);
const pages = paths.map((p) => ({ path: p, bytes: readFileSync(p), format: extname(p) === '.html' ? 'html' : 'text' }));
const totalBytes = pages.reduce((s, p) => s + p.bytes.length, 0);
const html = pages.filter((p) => p.format === 'html');
const htmlBytes = html.reduce((s, p) => s + p.bytes.length, 0);
line(`corpus: ${fmt(pages.length)} pages, ${fmt(totalBytes / MB, 1)} MB (${fmt(html.length)} HTML, ${fmt(htmlBytes / MB, 1)} MB; ${fmt(pages.length - html.length)} text) in ${fmt((performance.now() - t0) / 1000, 1)} s`);

// 1. The whole pipeline on one core, in this process: bytes → article → JSON.
// Every in-process figure is the best of several rounds, taken in turns: this
// machine's speed drifts by a quarter from one minute to the next, and the
// best round is the one least slowed by whatever else the machine was doing.
// Each timed round starts from a collected heap (npm run bench passes
// --expose-gc), so no round pays for the garbage of the one before.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const settle = () => globalThis.gc?.();
function pipeline(set, label, record = true) {
  settle();
  const timings = { now: () => performance.now(), ms: {} };
  const per = [];
  let bytes = 0;
  const start = performance.now();
  for (const p of set) {
    const a = performance.now();
    JSON.stringify(extractArticle({ bytes: p.bytes, format: p.format, file: p.path }, { ...REF, ...(record ? { timings } : {}) }), null, 2);
    per.push(performance.now() - a);
    bytes += p.bytes.length;
  }
  return { label, n: set.length, bytes, secs: (performance.now() - start) / 1000, per, stages: timings.ms };
}
const fastest = (runs) => runs.reduce((a, b) => (b.secs < a.secs ? b : a));
const summary = (label, runs) => {
  const per = runs.flatMap((r) => r.per).sort((x, y) => x - y);
  const n = runs.reduce((s, r) => s + r.n, 0);
  return { label, n, bytes: runs.reduce((s, r) => s + r.bytes, 0), secs: runs.reduce((s, r) => s + r.secs, 0), p50: pct(per, 50), p99: pct(per, 99) };
};
pipeline(pages.slice(0, 300), 'warm-up', false);
const htmlRuns = [];
const textRuns = [];
for (let r = 0; r < ROUNDS; r++) {
  htmlRuns.push(pipeline(html, 'HTML pages'));
  textRuns.push(pipeline(pages.filter((p) => p.format === 'text'), 'text pages'));
}
const htmlRun = fastest(htmlRuns);
const textRun = fastest(textRuns);
const onlyHtml = summary('HTML pages', [htmlRun]);
const onlyText = summary('text pages', [textRun]);
const stages = {};
for (const run of [htmlRun, textRun]) for (const [k, v] of Object.entries(run.stages)) stages[k] = (stages[k] ?? 0) + v;
const all = { ...summary('all pages', [htmlRun, textRun]), stages };
line('');
line(`whole pipeline, one core (bytes → facts JSON, in process), best of ${ROUNDS} rounds:`);
table([
  ['', 'articles/s', 'MB/s', 'p50 ms', 'p99 ms'],
  ...[all, onlyHtml, onlyText].map((r) => [r.label, fmt(r.n / r.secs), fmt(r.bytes / MB / r.secs, 1), fmt(r.p50, 2), fmt(r.p99, 2)]),
]);
line('');
line('per stage (all pages):');
const stageTotal = Object.values(all.stages).reduce((s, v) => s + v, 0);
table([
  ['stage', 'share', 'articles/s', 'MB/s of input'],
  ...Object.entries(all.stages).map(([k, v]) => [k, `${fmt((100 * v) / stageTotal, 1)}%`, fmt(all.n / (v / 1000)), fmt(all.bytes / MB / (v / 1000), 1)]),
]);

// 2. Cleaning: ours against Readability on linkedom, same HTML pages, same process.
const sample = html.slice(0, Math.min(html.length, 1500)).map((p) => decodeBytes(p.bytes).text);
function rate(fn) {
  settle();
  const start = performance.now();
  for (const h of sample) fn(h);
  return sample.length / ((performance.now() - start) / 1000);
}
const cleanOurs = (h) => cleanPage({ html: h });
const cleanTheirs = (h) => new Readability(parseHTML(h).document).parse();
for (const h of sample.slice(0, 50)) {
  cleanOurs(h);
  cleanTheirs(h);
}
let ours = 0;
let theirs = 0;
for (let r = 0; r < 3; r++) {
  ours = Math.max(ours, rate(cleanOurs));
  theirs = Math.max(theirs, rate(cleanTheirs));
}
line('');
line(`cleaning stage on ${fmt(sample.length)} HTML pages (HTML string → article text), best of 3 rounds in turns:`);
table([
  ['', 'pages/s'],
  ['newsfacts cleanPage', fmt(ours)],
  ['Readability on linkedom', fmt(theirs)],
  ['ratio (ours / theirs)', `${fmt(ours / theirs, 1)}×`],
]);

// 3. Extraction alone over clean short passages (the JSONL mode with clean: false).
const passages = [];
for (const p of pages.filter((x) => x.format === 'text')) {
  for (const s of p.bytes.toString('utf8').split(/(?<=[。！？!?.؟])\s*|\n+/u)) if (s.length >= 20 && s.length <= 160) passages.push(s);
  if (passages.length >= 20_000) break;
}
for (const s of passages.slice(0, 500)) extractArticle({ text: s, clean: false }, REF);
let passagesPerSec = 0;
for (let r = 0; r < 3; r++) {
  settle();
  const begin = performance.now();
  for (const s of passages) extractArticle({ text: s, clean: false }, REF);
  passagesPerSec = Math.max(passagesPerSec, passages.length / ((performance.now() - begin) / 1000));
}
const jsonl = passages.map((text, i) => JSON.stringify({ id: i, text, clean: false, refDate: '2025-06-19' })).join('\n');
let piped = null;
let pipedSecs = Infinity;
for (let r = 0; r < 2; r++) {
  const begin = performance.now();
  piped = spawnSync(process.execPath, [join(ROOT, 'bin/newsfacts.js'), 'extract', '--jsonl'], { input: jsonl, maxBuffer: 1 << 30 });
  pipedSecs = Math.min(pipedSecs, (performance.now() - begin) / 1000);
}
line('');
line(`extraction alone over ${fmt(passages.length)} clean short passages (avg ${fmt(passages.reduce((s, p) => s + p.length, 0) / passages.length)} chars), in process best of 3 rounds, the pipe best of 2:`);
table([
  ['', 'passages/s'],
  ['in process (clean: false)', fmt(passagesPerSec)],
  ['newsfacts extract --jsonl (pipe, one process)', fmt(passages.length / pipedSecs)],
]);
if (piped.status !== 0) line(`  (jsonl exit ${piped.status})`);

// 4. The CLI end to end, with 1 and 2 worker threads; peak RSS for 1,000 files vs all.
// Output goes to tmpfs when there is one, so disk write-back does not mask
// how the work scales. Each run records when it ran (its midpoint, `at`).
const OUT_BASE = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
/** A figure a helper script printed as "BENCH-<NAME> <number>" (NaN if it did not). */
const figure = (text, name) => Number(new RegExp(`BENCH-${name} ([\\d.]+)`, 'u').exec(text)?.[1] ?? NaN);
/** Runs a Node script to its end: its exit code and what it wrote to `stream` ('stdout' or 'stderr'). */
const runNode = (args, stream) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', stream === 'stdout' ? 'pipe' : 'ignore', stream === 'stderr' ? 'pipe' : 'ignore'] });
    let text = '';
    child[stream].on('data', (d) => (text += d));
    child.on('close', (code) => resolve({ code: code ?? -1, text }));
  });
function cliOnce(args) {
  const out = mkdtempSync(join(OUT_BASE, 'newsfacts-bench-'));
  const begin = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/rss.mjs'), 'extract', ...args, '--out', out], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const secs = (performance.now() - begin) / 1000;
  rmSync(out, { recursive: true, force: true });
  return { secs, at: begin + (secs * 1000) / 2, rss: figure(r.stderr, 'RSS') / 1024, cpu: figure(r.stderr, 'CPU'), code: r.status ?? -1 };
}
// For comparison: two separate processes, one thread each, on the two halves
// (--shard 0/2 and 1/2) at once: what this machine gives two workers that
// share nothing and need no coordinator.
async function cliPair() {
  const out = mkdtempSync(join(OUT_BASE, 'newsfacts-bench-'));
  const begin = performance.now();
  const ends = await Promise.all(
    ['0/2', '1/2'].map((shard) => runNode([join(ROOT, 'scripts/rss.mjs'), 'extract', corpusDir, '--jobs', '1', '--shard', shard, '--out', out], 'stderr')),
  );
  const secs = (performance.now() - begin) / 1000;
  rmSync(out, { recursive: true, force: true });
  const cpu = ends.reduce((sum, e) => sum + figure(e.text, 'CPU'), 0);
  return { secs, at: begin + (secs * 1000) / 2, rss: NaN, cpu, code: ends.find((e) => e.code !== 0)?.code ?? 0 };
}
const firstThousand = join(corpusDir, '00');
// Scaling is a ratio of two runs, and this machine's speed drifts by a
// quarter from one minute to the next: best-of times taken minutes apart once
// gave two processes 2.38× one, which two cores cannot do. So the runs go
// one thread, two threads, two processes, one thread, …, and each
// two-thread (two-process) run is set against the one-thread time
// interpolated, at the moment it ran, between the one-thread runs just
// before and after it: a drift that is steady over those runs cancels out.
// The median of those ratios is printed, with all of them.
const SANDWICHES = 3;
const runs = { one: [], two: [], pair: [] };
for (let k = 0; k <= SANDWICHES; k++) {
  runs.one.push(cliOnce([corpusDir, '--jobs', '1']));
  if (k === SANDWICHES) break;
  runs.two.push(cliOnce([corpusDir, '--jobs', '2']));
  runs.pair.push(await cliPair());
}
const overRuns = (rs) => rs.reduce((b, r) => ({ secs: Math.min(b.secs, r.secs), at: 0, rss: Math.max(b.rss, r.rss), code: b.code || r.code }));
const one = overRuns(runs.one);
const two = overRuns(runs.two);
const pair = overRuns(runs.pair);
// Peak RSS depends on when V8 chooses to collect, which varies from run to
// run (once 218 MB where the other runs of the same files took 132–141), so
// the 1,000-file run is repeated too, and both are shown as ranges.
const smalls = [0, 1, 2].map(() => cliOnce([firstThousand, '--jobs', '1']));
const small = overRuns(smalls);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// CPU seconds of all of a run's threads ÷ its wall seconds: the cores it kept
// busy (median over the runs of a kind).
const busy = (rs) => median(rs.map((r) => r.cpu / r.secs));
// Throughput of each run in `others` ÷ that of one copy, interpolated in
// time between the `ones` just before and after it (`work`: copies of the
// one-copy work that an `others` run does).
const scaling = (ones, others, work = 1) => {
  const ratios = others.map((r, k) => {
    const [a, b] = [ones[k], ones[k + 1]];
    return (work * (a.secs + ((b.secs - a.secs) * (r.at - a.at)) / (b.at - a.at))) / r.secs;
  });
  return { median: median(ratios), text: `${fmt(median(ratios), 2)}× (${ratios.map((x) => fmt(x, 2)).join(', ')})` };
};
const twoScaling = scaling(runs.one, runs.two);
const pairScaling = scaling(runs.one, runs.pair);

// What this machine gives two copies of the work itself: the pipeline over
// 1,000 pages held in memory (scripts/bench-loop.mjs: no file I/O, no threads,
// no coordinator), alone and as two processes at once, sandwiched as above.
// Two copies of an integer loop ran 2.0× one here; two copies of this
// pipeline also share the machine's caches and memory.
async function loops(copies) {
  const begin = performance.now();
  const ends = await Promise.all(Array.from({ length: copies }, () => runNode([join(ROOT, 'scripts/bench-loop.mjs'), firstThousand, '3'], 'stdout')));
  const secs = ends.map((e) => figure(e.text, 'LOOP'));
  const end = performance.now();
  return { secs: secs.reduce((a, b) => a + b, 0) / copies, at: (begin + end) / 2 };
}
const loopRuns = { one: [], two: [] };
for (let k = 0; k <= SANDWICHES; k++) {
  loopRuns.one.push(await loops(1));
  if (k < SANDWICHES) loopRuns.two.push(await loops(2));
}
// Each copy does the one-copy work, and `loops` gives the mean time of a copy.
const ceiling = scaling(loopRuns.one, loopRuns.two, 2);
line('');
line(`newsfacts extract (files → JSON files in ${OUT_BASE}), ${fmt(pages.length)} pages, ${fmt(totalBytes / MB, 1)} MB; one thread ×${runs.one.length}, two threads ×${runs.two.length}, two processes ×${runs.pair.length}, in turns; times are the fastest run:`);
table([
  ['', 'seconds', 'articles/s', 'MB/s', 'peak RSS MB', 'cores busy'],
  ['--jobs 1', fmt(one.secs, 1), fmt(pages.length / one.secs), fmt(totalBytes / MB / one.secs, 1), fmt(one.rss), fmt(busy(runs.one), 2)],
  ['--jobs 2', fmt(two.secs, 1), fmt(pages.length / two.secs), fmt(totalBytes / MB / two.secs, 1), fmt(two.rss), fmt(busy(runs.two), 2)],
  ['two processes, --shard 0/2 + 1/2', fmt(pair.secs, 1), fmt(pages.length / pair.secs), fmt(totalBytes / MB / pair.secs, 1), '', fmt(busy(runs.pair), 2)],
]);
// A run on one thread is not a run on one core: V8 compiles hot code and
// collects garbage on helper threads, which the idle core runs for free.
line(`  (cores busy: CPU seconds of all threads ÷ wall seconds, median of the runs; what --jobs 1 keeps busy past one core is work two threads must fit into their two)`);
line('scaling, each run against --jobs 1 interpolated between the runs before and after it: median (every run):');
table([
  ['--jobs 2 / --jobs 1', twoScaling.text],
  ['two processes / --jobs 1', pairScaling.text],
  ['the pipeline in memory, two processes / one (the machine)', ceiling.text],
]);
line('');
line('memory: peak RSS does not grow with the number of files (--jobs 1):');
const rssRange = (rs) => {
  const mbs = rs.map((r) => r.rss);
  return [`${fmt(Math.min(...mbs))}–${fmt(Math.max(...mbs))}`, fmt(median(mbs)), String(rs.length)];
};
table([
  ['files', 'peak RSS MB', 'median', 'runs'],
  [fmt(pages.filter((p) => p.path.startsWith(`${firstThousand}/`)).length), ...rssRange(smalls)],
  [fmt(pages.length), ...rssRange(runs.one)],
]);
if (one.code !== 0 || two.code !== 0 || pair.code !== 0 || small.code !== 0) line(`  (exit codes ${one.code} ${two.code} ${pair.code} ${small.code})`);
line('');
line(`targets: cleaning ≥ 10× Readability (${fmt(ours / theirs, 1)}×); pipeline ≥ 20 MB/s of HTML (${fmt(onlyHtml.bytes / MB / onlyHtml.secs, 1)} MB/s); ≥ 15,000 short passages/s (${fmt(passagesPerSec)}); 2 workers ≥ 1.8× one (median ${fmt(twoScaling.median, 2)}×; two separate processes ${fmt(pairScaling.median, 2)}×; two copies of the pipeline in memory ${fmt(ceiling.median, 2)}×)`);
