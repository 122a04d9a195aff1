import { kindOf } from '../extract/kinds.js';
import type { Article, Fact } from '../article/schema.js';
import { commonEnds } from './align.js';
import type { ArticleDiff, DiffDocument, FactDelta, FieldChange } from './schema.js';

/** Terminal styling; identity functions when colour is off. */
export interface Style {
  added(s: string): string;
  removed(s: string): string;
  changed(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export const PLAIN: Style = { added: (s) => s, removed: (s) => s, changed: (s) => s, dim: (s) => s, bold: (s) => s };

export interface TextOptions {
  style: Style;
  /** Show facts whose offsets alone changed. */
  moved: boolean;
  /** Name the rule that found each fact (review's `i`). */
  rules?: boolean;
}

/** Characters of context kept on each side of a span in a long sentence. */
const CONTEXT = 40;

/** The diff for a terminal, one article at a time (then renderTotals): one article's block: a header line, its changes, a blank line; empty when nothing is shown (only moved facts, hidden). */
export function renderArticleText(a: ArticleDiff, oldArticle: Article | null, newArticle: Article | null, opts: TextOptions): string {
  const body = articleLines(a, oldArticle?.text ?? '', newArticle?.text ?? '', opts);
  if (!body.length) return '';
  const c = a.counts;
  const tally = [c.added && `+${c.added}`, c.removed && `-${c.removed}`, c.changed && `~${c.changed}`].filter(Boolean).join(' ');
  const head = opts.style.bold(`${oneLine(a.id)} (${oneLine(a.lang)}) ${a.status === 'changed' ? '' : `${a.status} article `}${tally}`.trimEnd());
  return `${[head, ...body].join('\n')}\n\n`;
}

function articleLines(a: ArticleDiff, oldText: string, newText: string, opts: TextOptions): string[] {
  const { style } = opts;
  const out: string[] = [];
  for (const f of a.fields) out.push(`  ${style.changed('~')} ${f.field}: ${show(f.old)} → ${show(f.new)}`);
  for (const p of a.paragraphs) {
    if (p.status === 'edited' && p.was !== null) {
      const [was, now] = editedStretch(p.was, p.text);
      out.push(`  ${style.changed('~')} paragraph ${p.index + 1}: ${style.removed(was)} → ${style.added(now)}`);
      continue;
    }
    const mark = p.status === 'added' ? style.added('+') : style.removed('-');
    out.push(`  ${mark} paragraph ${p.index + 1}: ${style.dim(clip(p.text, 2 * CONTEXT))}`);
  }
  for (const d of a.facts) {
    if (d.status === 'moved' && !opts.moved) continue;
    const lines = factLines(d, oldText, newText, style);
    if (opts.rules) lines[0] += style.dim(` [${ruleOf(d)}]`);
    out.push(...lines);
  }
  return out;
}

function factLines(d: FactDelta, oldText: string, newText: string, style: Style): string[] {
  switch (d.status) {
    case 'added':
      return [`  ${style.added('+')} ${d.fact.kind} ${style.added(oneLine(d.fact.text))} = ${oneLine(describe(d.fact))}`, `      ${context(d.fact, newText, style.added)}`];
    case 'removed':
      return [`  ${style.removed('-')} ${d.fact.kind} ${style.removed(oneLine(d.fact.text))} = ${oneLine(describe(d.fact))}`, `      ${context(d.fact, oldText, style.removed)}`];
    case 'changed':
      return [`  ${style.changed('~')} ${d.new.kind} ${style.changed(oneLine(d.new.text))}: ${fieldChanges(d.fields)}`, `      ${context(d.new, newText, style.changed)}`];
    case 'moved':
      return [`  ${style.dim('>')} ${d.new.kind} ${oneLine(d.new.text)} moved ${d.old.start}-${d.old.end} → ${d.new.start}-${d.new.end}`];
  }
}

/** The rule of a delta's fact: "zh.money.scaled", or "old → new" when a changed fact's rule changed. */
function ruleOf(d: FactDelta): string {
  if (d.status === 'added' || d.status === 'removed') return oneLine(d.fact.rule);
  return d.old.rule === d.new.rule ? oneLine(d.new.rule) : `${oneLine(d.old.rule)} → ${oneLine(d.new.rule)}`;
}

/**
 * A few lines on what differs in one article, facts first: "+ money 186亿元 =
 * 18600000000 CNY", "~ money 3625亿元: amount … → …". At most `max` lines; a
 * last line says how many more there are. No sentences (see renderArticleText).
 */
export function renderFactSummary(a: ArticleDiff, max: number): string[] {
  const out: string[] = [];
  for (const f of a.fields) out.push(`~ ${f.field}: ${show(f.old)} → ${show(f.new)}`);
  for (const d of a.facts) {
    if (d.status === 'moved') continue;
    const line = factLines(d, '', '', PLAIN)[0] as string;
    out.push(line.trimStart());
  }
  const paras = (['edited', 'added', 'removed'] as const).map((st) => [st, a.paragraphs.filter((p) => p.status === st).length] as const).filter(([, n]) => n);
  if (paras.length) out.push(`paragraphs: ${paras.map(([st, n]) => `${n} ${st}`).join(', ')}`);
  if (!out.length && a.counts.moved) out.push(`only offsets changed (${a.counts.moved} moved fact${a.counts.moved === 1 ? '' : 's'})`);
  if (out.length <= max) return out;
  return [...out.slice(0, max - 1), `… and ${out.length - max + 1} more`];
}

function fieldChanges(fields: FieldChange[]): string {
  // "exact" repeats "amount" as a string; show it only when the amount did not change.
  const amount = fields.some((f) => f.field === 'amount');
  return fields
    .filter((f) => !(amount && f.field === 'exact'))
    .map((f) => `${f.field} ${show(f.old)} → ${show(f.new)}`)
    .join('; ');
}

/** The normalized value in a few words: "4300000000 USD over per month", "2025-03 month relative" (its kind says how). */
export function describe(f: Fact): string {
  return kindOf(f).describe(f);
}

/** The fact's sentence with the span marked: "…金额为[[43亿美元]]，投资方…". */
export function context(f: Fact, text: string, paint: (s: string) => string): string {
  let at = f.sentence ? text.lastIndexOf(f.sentence, f.start) : -1;
  if (at < 0 || at + f.sentence.length < f.end) at = -1;
  const sentence = at >= 0 ? f.sentence : f.text;
  const s = at >= 0 ? f.start - at : 0;
  const e = s + f.text.length;
  const before = sentence.slice(0, s);
  const after = sentence.slice(e);
  const left = before.length > CONTEXT ? `…${before.slice(-CONTEXT)}` : before;
  const right = after.length > CONTEXT ? `${after.slice(0, CONTEXT)}…` : after;
  return `${oneLine(left)}${paint(`[[${oneLine(f.text)}]]`)}${oneLine(right)}`;
}

/** The changed stretch of an edited paragraph with a little context: "…股權投資籌集43億美元。據…" → "…籌集45億美元。據…". */
function editedStretch(a: string, b: string): [string, string] {
  const { prefix: p, suffix: s } = commonEnds(a, b);
  const pad = 8;
  const cut = (t: string) => {
    const from = Math.max(0, p - pad);
    const to = Math.min(t.length, t.length - s + pad);
    return `${from > 0 ? '…' : ''}${clip(t.slice(from, to), 2 * CONTEXT)}${to < t.length ? '…' : ''}`;
  };
  return [cut(a), cut(b)];
}

/** The last line: "4 articles compared, 1 differ: 2 added, 7 removed, 1 changed, 18 moved". */
export function renderTotals(s: DiffDocument['summary']): string {
  const n = (k: number, what: string) => `${k} ${what}${k === 1 ? '' : 's'}`;
  if (!s.articles) return `no differences (${n(s.compared, 'article')} compared)`;
  const moved = s.moved ? `, ${s.moved} moved` : '';
  return `${n(s.compared, 'article')} compared, ${s.articles} differ: ${s.added} added, ${s.removed} removed, ${s.changed} changed${moved}`;
}

function show(v: FieldChange['old']): string {
  return v === null ? 'null' : typeof v === 'string' ? JSON.stringify(clip(v, 2 * CONTEXT)) : String(v);
}

function clip(s: string, max: number): string {
  const t = oneLine(s);
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** One terminal line: whitespace runs become a space; control and bidi-override characters, which could rewrite the terminal, become U+FFFD. */
function oneLine(s: string): string {
  return s.replace(/\s+/gu, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, '\uFFFD');
}
