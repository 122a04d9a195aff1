import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { compareArticles, diffDocument } from '../diff/compare.js';
import type { Counts } from '../diff/schema.js';
import { renderArticleText, renderTotals } from '../diff/text.js';
import type { Article } from '../article/schema.js';
import { terminalStyle, useColor } from './color.js';
import { globMatcher } from './glob.js';
import { printable } from './io.js';
import { pendingFiles, type PendingFile } from './layout.js';
import { parseArticle, RunError } from './runs.js';

/** A change `extract --pending` proposed: `.newsfacts/pending/<id>.json` (or, in an older folder, `<id>.new.json`) for `<id>.json`. */
export type Pending = PendingFile;

export interface ReviewOptions {
  dir: string;
  list: boolean;
  json: boolean;
  accept: string[];
  reject: string[];
  acceptAll: boolean;
  rejectAll: boolean;
  color?: boolean;
  noColor?: boolean;
}

/** The pending changes of an output folder, by id. */
export function listPending(dir: string): Pending[] {
  return pendingFiles(dir);
}

/** Replaces the golden file with the pending one, after checking it is a valid article. Rename: atomic. */
export function acceptPending(p: Pending): void {
  parseArticle(p.pending, readFileSync(p.pending, 'utf8'));
  renameSync(p.pending, p.golden);
}

export function rejectPending(p: Pending): void {
  rmSync(p.pending, { force: true });
}

/**
 * `newsfacts review`: resolves to the exit code. 0 done (or nothing pending);
 * 1 changes left pending where no terminal could ask; 2 trouble.
 */
export async function runReview(o: ReviewOptions): Promise<number> {
  if (!existsSync(o.dir)) {
    process.stderr.write(`newsfacts: review: ${o.dir}: no such folder\n`);
    return 2;
  }
  const all = listPending(o.dir);
  if (o.list) {
    const rows = all.map((p) => ({ id: p.id, golden: p.golden, pending: p.pending, ...summarize(p) }));
    if (o.json) process.stdout.write(`${JSON.stringify({ pending: rows }, null, 2)}\n`);
    else {
      for (const r of rows) process.stdout.write(`${r.id}  ${r.status}  ${r.counts ? `+${r.counts.added} -${r.counts.removed} ~${r.counts.changed}` : ''}\n`);
      process.stdout.write(`${rows.length} pending in ${o.dir}\n`);
    }
    return 0;
  }
  const acting = o.acceptAll || o.rejectAll || o.accept.length > 0 || o.reject.length > 0;
  if (acting) return decide(all, o);
  if (!all.length) {
    process.stdout.write(`nothing pending in ${o.dir}\n`);
    return 0;
  }
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    for (const p of all) process.stdout.write(`${p.id}\n`);
    process.stdout.write(
      `${all.length} pending in ${o.dir}. Not a terminal, so nothing was asked: use --accept <id|glob>, --reject <id|glob>, --accept-all or --reject-all (--list shows what changed).\n`,
    );
    return 1;
  }
  return interactive(all, o);
}

/**
 * Accept / reject by id or glob, without asking. Every pattern is checked
 * first: one that matches no pending change (a typo) is a usage error, and
 * nothing is accepted or rejected.
 */
function decide(all: Pending[], o: ReviewOptions): number {
  let trouble = false;
  const chosen = new Map<string, 'accept' | 'reject'>();
  const unmatched: string[] = [];
  const pick = (patterns: string[], what: 'accept' | 'reject') => {
    for (const pattern of patterns) {
      const match = globMatcher(pattern);
      const hits = all.filter((p) => match(p.id));
      if (!hits.length) unmatched.push(pattern);
      for (const p of hits) chosen.set(p.id, what);
    }
  };
  if (o.acceptAll) for (const p of all) chosen.set(p.id, 'accept');
  if (o.rejectAll) for (const p of all) chosen.set(p.id, 'reject');
  pick(o.accept, 'accept');
  pick(o.reject, 'reject');
  if (unmatched.length) {
    for (const pattern of unmatched) process.stderr.write(`newsfacts: review: no pending change matches "${printable(pattern)}"\n`);
    process.stderr.write(`newsfacts: review: nothing was accepted or rejected (${listPending(o.dir).length} pending in ${o.dir}; --list shows them)\n`);
    return 2;
  }
  for (const p of all) {
    const what = chosen.get(p.id);
    if (!what) continue;
    if (!apply(p, what)) trouble = true;
  }
  const left = listPending(o.dir).length;
  process.stdout.write(`${left} pending left in ${o.dir}\n`);
  return trouble ? 2 : 0;
}

function apply(p: Pending, what: 'accept' | 'reject'): boolean {
  try {
    if (what === 'accept') acceptPending(p);
    else rejectPending(p);
    process.stdout.write(`${what === 'accept' ? 'accepted' : 'rejected'} ${p.id}\n`);
    return true;
  } catch (e) {
    process.stderr.write(`newsfacts: review: ${e instanceof RunError ? e.message : `${p.pending}: ${(e as Error).message}`} (left pending)\n`);
    return false;
  }
}

function load(path: string): Article | null {
  return existsSync(path) ? parseArticle(path, readFileSync(path, 'utf8')) : null;
}

function summarize(p: Pending): { status: 'new' | 'changed' | 'invalid'; counts: Counts | null; error?: string } {
  try {
    const old = load(p.golden);
    const d = compareArticles(p.id, old, load(p.pending));
    return { status: old ? 'changed' : 'new', counts: d?.counts ?? { added: 0, removed: 0, changed: 0, moved: 0 } };
  } catch (e) {
    return { status: 'invalid', counts: null, error: (e as Error).message };
  }
}

/**
 * One key at a time from a raw-mode terminal; extra keys typed ahead are kept
 * for the next question. An escape sequence (an arrow key: ESC [ A) is one
 * key, so its last letter is never read as a command of its own.
 */
function keyReader(): { next(): Promise<string>; close(): void } {
  const stdin = process.stdin;
  const buffered: string[] = [];
  let waiting: ((k: string) => void) | null = null;
  const push = (key: string) => {
    if (waiting) {
      const w = waiting;
      waiting = null;
      w(key);
    } else buffered.push(key);
  };
  const onData = (chunk: Buffer | string) => {
    const s = String(chunk);
    // ESC, then [ or O and a CSI/SS3 sequence up to its final byte, or ESC and one character (Alt+x).
    for (const m of s.matchAll(/\u001b(?:[[O][\u0020-\u003f]{0,16}[\u0040-\u007e]?|[^[O])?|[^\u001b]/gsu)) push(m[0]);
  };
  const onEnd = () => onData('q');
  stdin.setRawMode?.(true);
  stdin.on('data', onData);
  stdin.on('end', onEnd);
  stdin.resume();
  return {
    next: () => new Promise((res) => (buffered.length ? res(buffered.shift() as string) : (waiting = res))),
    close() {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.setRawMode?.(false);
      stdin.pause();
    },
  };
}

/** The keys of the interactive review, as the prompt and `?` list them. */
const KEYS = ['a', 'r', 's', 'i', 'd', 'A', 'R', 'S', 'q', '?'] as const;

/** The one-line prompt; i and d name what pressing them does now, as cargo-insta's menu does. */
function prompt(view: View): string {
  return `a accept · r reject · s skip · i ${view.info ? 'hide' : 'show'} info · d ${view.diff ? 'hide' : 'show'} diff · A/R/S all remaining · q quit · ? help > `;
}

/** What `?` prints: every key and what it does (cargo-insta's menu, plus the keys it lacks). */
function helpText(p: Pending, view: View): string {
  return [
    '',
    `  a  accept      keep the new facts: the proposal replaces ${p.id}.json`,
    `  r  reject      keep the old facts: the proposal is deleted`,
    '  s  skip        keep both for now (review again later)',
    `  i  ${view.info ? 'hide' : 'show'} info   source file, URL, language, dates, and the rule of each changed fact`,
    `  d  ${view.diff ? 'hide' : 'show'} diff   the changes fact by fact (hidden: only the counts)`,
    '  A / R / S      accept / reject / skip this and every remaining change',
    '  q  quit        stop here; what is not decided stays pending (Ctrl-C too)',
    '  ?  help        this list',
    '',
  ].join('\n');
}

/** A key as the user would name it: "x", "Enter", "Esc [A". */
function keyName(k: string): string {
  const named: Record<string, string> = { '\r': 'Enter', '\n': 'Enter', '\t': 'Tab', ' ': 'Space', '\u007f': 'Backspace', '\u001b': 'Esc' };
  if (named[k]) return named[k];
  if (k.startsWith('\u001b')) return `Esc ${keyName(k.slice(1))}`;
  return [...k].map((c) => (/[\u0000-\u001f]/u.test(c) ? `Ctrl-${String.fromCharCode(c.charCodeAt(0) + 64)}` : c)).join('');
}

/** What is shown of each change; toggled by i and d, kept for the changes after it. */
interface View {
  info: boolean;
  diff: boolean;
}

/** The article's provenance, for `i`: where the proposal and the page come from, language, dates. */
function infoLines(p: Pending, old: Article | null, next: Article | null): string {
  const a = (next ?? old) as Article;
  const lines = [
    `  files: ${p.golden}${old ? '' : ' (none yet)'} ← ${p.pending}`,
    `  source: ${a.source.file ?? '(record)'} · ${a.source.format} · ${a.source.encoding} (${a.source.encodingSource})${a.source.url ? ` · ${a.source.url}` : ''}`,
    `  language: ${a.lang}-${a.script} · published ${a.published ?? 'not printed'}${a.publishedSource ? ` (${a.publishedSource})` : ''} · relative to ${a.refDate ?? 'nothing'} · cleaner ${a.cleaner}`,
  ];
  return `${lines.map((l) => l.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, '\uFFFD')).join('\n')}\n`;
}

async function interactive(all: Pending[], o: ReviewOptions): Promise<number> {
  const style = terminalStyle(useColor(process.stdout, o));
  const keys = keyReader();
  const tally = { accepted: 0, rejected: 0, skipped: 0 };
  const view: View = { info: false, diff: true };
  let rest: 'a' | 'r' | 's' | null = null;
  let interrupted = false;
  try {
    for (const [i, p] of all.entries()) {
      let key: string | null = rest;
      if (!key) {
        let old: Article | null;
        let next: Article | null;
        try {
          old = load(p.golden);
          next = load(p.pending);
        } catch (e) {
          process.stderr.write(`newsfacts: review: ${(e as Error).message} (skipped)\n`);
          tally.skipped++;
          continue;
        }
        const diff = compareArticles(p.id, old, next);
        const show = () => {
          process.stdout.write(style.bold(`\n[${i + 1}/${all.length}] ${p.id}${old ? '' : ' (new)'}\n`));
          if (view.info) process.stdout.write(infoLines(p, old, next));
          if (!diff) process.stdout.write('only formatting or provenance differs (no fact, paragraph or field change)\n');
          else {
            const shown = view.diff ? renderArticleText(diff, old, next, { style, moved: false, rules: view.info }) : '';
            process.stdout.write(`${shown}${renderTotals(diffDocument([diff], 1).summary)}${view.diff ? '' : ' (diff hidden: d shows it)'}\n`);
          }
        };
        show();
        for (;;) {
          process.stdout.write(prompt(view));
          const k = await keys.next();
          process.stdout.write(`${k === '\u0003' ? '^C' : keyName(k)}\n`);
          if (k === '\u0003') {
            interrupted = true;
            break;
          }
          if (k === 'a' || k === 'r' || k === 's' || k === 'q') {
            key = k;
            break;
          }
          if (k === 'A' || k === 'R' || k === 'S') {
            rest = k.toLowerCase() as 'a' | 'r' | 's';
            key = rest;
            break;
          }
          if (k === 'i' || k === 'd') {
            if (k === 'i') view.info = !view.info;
            else view.diff = !view.diff;
            show();
          } else if (k === '?') process.stdout.write(helpText(p, view));
          else process.stdout.write(`unknown key ${JSON.stringify(keyName(k))}: press one of ${KEYS.join(' ')} (? explains them)\n`);
        }
        if (interrupted || key === 'q') break;
      }
      if (key === 'a') {
        if (apply(p, 'accept')) tally.accepted++;
      } else if (key === 'r') {
        if (apply(p, 'reject')) tally.rejected++;
      } else tally.skipped++;
    }
  } finally {
    keys.close();
  }
  const left = listPending(o.dir).length;
  process.stdout.write(`accepted ${tally.accepted}, rejected ${tally.rejected}, skipped ${tally.skipped}; ${left} pending left\n`);
  return interrupted ? 130 : 0;
}
