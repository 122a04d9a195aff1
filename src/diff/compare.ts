import { kindOf } from '../extract/kinds.js';
import type { Article, Fact } from '../article/schema.js';
import { alignParagraphs, type Para, type ParaLink } from './align.js';
import {
  ARTICLE_FIELDS,
  DIFF_SCHEMA_VERSION,
  type ArticleDiff,
  type Counts,
  type DiffDocument,
  type FactDelta,
  type FieldChange,
  type ParagraphDelta,
} from './schema.js';

/** What to compare: facts of one kind, articles in one language, ids matching a test. */
export interface DiffFilter {
  /** A kind's name in the registry (../extract/kinds.ts). */
  kind?: string;
  lang?: string;
  article?: (id: string) => boolean;
}

/** A run read article by article: its ids in order, and each article when asked (null when absent). */
export interface RunReader {
  readonly ids: readonly string[];
  get(id: string): Article | null;
}

/** A run held in memory as a reader. */
export function mapReader(run: ReadonlyMap<string, Article>): RunReader {
  return { ids: [...run.keys()], get: (id) => run.get(id) ?? null };
}

/** One article of two runs as compared: both versions, and the differences (null when none). */
export interface Compared {
  id: string;
  old: Article | null;
  new: Article | null;
  diff: ArticleDiff | null;
}

/**
 * Walks two runs article by article in id order, loading each pair only
 * when it is compared, so memory holds one article pair at a time.
 */
export function* walkRuns(oldRun: RunReader, newRun: RunReader, filter: DiffFilter = {}): Generator<Compared> {
  const ids = [...new Set([...oldRun.ids, ...newRun.ids])].sort();
  for (const id of ids) {
    if (filter.article && !filter.article(id)) continue;
    const o = oldRun.get(id);
    const n = newRun.get(id);
    if (filter.lang && o?.lang !== filter.lang && n?.lang !== filter.lang) continue;
    yield { id, old: o, new: n, diff: compareArticles(id, o, n, filter) };
  }
}

/** The document of a finished walk: summary counts over the articles that differ. */
export function diffDocument(articles: ArticleDiff[], compared: number): DiffDocument {
  const total = (k: keyof Counts) => articles.reduce((s, a) => s + a.counts[k], 0);
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    summary: { articles: articles.length, compared, added: total('added'), removed: total('removed'), changed: total('changed'), moved: total('moved') },
    articles,
  };
}

/**
 * Compares two runs (id → article) fact by fact. Pure: the same runs give the
 * same document, articles in id order.
 */
export function compareRuns(oldRun: ReadonlyMap<string, Article>, newRun: ReadonlyMap<string, Article>, filter: DiffFilter = {}): DiffDocument {
  const articles: ArticleDiff[] = [];
  let compared = 0;
  for (const c of walkRuns(mapReader(oldRun), mapReader(newRun), filter)) {
    compared++;
    if (c.diff) articles.push(c.diff);
  }
  return diffDocument(articles, compared);
}

/** One article in two runs (either may be missing) → its differences, or null when there are none. */
export function compareArticles(id: string, o: Article | null, n: Article | null, filter: DiffFilter = {}): ArticleDiff | null {
  const keep = (f: Fact) => !filter.kind || f.kind === filter.kind;
  if (!o && !n) return null;
  if (!o || !n) {
    const a = (o ?? n) as Article;
    const status = o ? 'removed' : 'added';
    const facts: FactDelta[] = a.facts.filter(keep).map((fact) => ({ status, fact }));
    return { id, status, lang: a.lang, fields: [], paragraphs: [], facts, counts: countFacts(facts) };
  }
  const fields: FieldChange[] = filter.kind ? [] : ARTICLE_FIELDS.filter((f) => o[f] !== n[f]).map((f) => ({ field: f, old: o[f], new: n[f] }));
  // Warnings as one value ("empty-text, lang-und"), so a page that lost or regained its text shows in the review.
  const warned = (a: Article) => a.warnings.join(', ') || null;
  if (!filter.kind && warned(o) !== warned(n)) fields.push({ field: 'warnings', old: warned(o), new: warned(n) });
  const oldParas = paras(o);
  const newParas = paras(n);
  const { links, unmatchedNew } = alignParagraphs(oldParas, newParas);
  const paragraphs = filter.kind ? [] : paragraphDeltas(o, n, oldParas, newParas, links, unmatchedNew);
  const facts = matchFacts(o.facts.filter(keep), n.facts.filter(keep), oldParas, newParas, links, unmatchedNew);
  if (!fields.length && !paragraphs.length && !facts.length) return null;
  return { id, status: 'changed', lang: n.lang, fields, paragraphs, facts, counts: countFacts(facts) };
}

function paras(a: Article): Para[] {
  return a.paragraphs.map((p) => ({ text: a.text.slice(p.start, p.end), start: p.start }));
}

function countFacts(facts: FactDelta[]): Counts {
  const c: Counts = { added: 0, removed: 0, changed: 0, moved: 0 };
  for (const f of facts) c[f.status]++;
  return c;
}

/** Body paragraphs only in the old run (removed), only in the new one (added), or changed in place (edited). */
function paragraphDeltas(o: Article, n: Article, oldParas: Para[], newParas: Para[], links: ParaLink[], unmatchedNew: boolean[]): ParagraphDelta[] {
  const out: ParagraphDelta[] = [];
  const edited = new Set<number>();
  links.forEach((l, i) => {
    const was = (oldParas[i] as Para).text;
    if (l.kind === 'edited') {
      edited.add(l.to);
      if (n.paragraphs[l.to]?.role === 'body') out.push({ status: 'edited', index: l.to, text: (newParas[l.to] as Para).text, was });
    } else if (l.kind === 'gone' && o.paragraphs[i]?.role === 'body') out.push({ status: 'removed', index: i, text: was, was: null });
  });
  newParas.forEach((p, j) => {
    if (unmatchedNew[j] && !edited.has(j) && n.paragraphs[j]?.role === 'body') out.push({ status: 'added', index: j, text: p.text, was: null });
  });
  return out;
}

/** Index of the paragraph holding offset `at`, or -1. */
function paraAt(list: Para[], at: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Para).start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && at <= (list[found] as Para).start + (list[found] as Para).text.length ? found : -1;
}

/**
 * Where an old span lands in the new text: shifted with its paragraph, or,
 * in an edited paragraph, kept before the edit, shifted after it, and
 * stretched over the edited stretch when it touches it. Null when its
 * paragraph is gone.
 */
function mapSpan(f: Fact, oldParas: Para[], newParas: Para[], links: ParaLink[]): [number, number] | null {
  const i = paraAt(oldParas, f.start);
  const link = i >= 0 ? links[i] : undefined;
  if (!link || link.kind === 'gone') return null;
  const op = oldParas[i] as Para;
  const np = newParas[link.to] as Para;
  const s = f.start - op.start;
  const e = f.end - op.start;
  if (link.kind === 'same') return [np.start + s, np.start + e];
  const delta = np.text.length - op.text.length;
  const tail = op.text.length - link.suffix;
  const at = (x: number, side: 'start' | 'end') => (x <= link.prefix ? x : x >= tail ? x + delta : side === 'start' ? link.prefix : np.text.length - link.suffix);
  return [np.start + at(s, 'start'), np.start + at(e, 'end')];
}

/**
 * Fields that differ ("measure.metric" reads a field of a field); a field one
 * side does not record (a file written before it existed) is not a change.
 */
function changedFields(a: Fact, b: Fact): FieldChange[] {
  const out: FieldChange[] = [];
  for (const k of kindOf(a).fields) {
    const x = read(a, k);
    const y = read(b, k);
    if (x === undefined || y === undefined || x === y) continue;
    out.push({ field: k, old: x, new: y });
  }
  return out;
}

type Scalar = string | number | boolean | null;
function read(f: Fact, path: string): Scalar | undefined {
  let v: unknown = f;
  for (const key of path.split('.')) {
    if (v === null || typeof v !== 'object' || !(key in v)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v as Scalar;
}

/**
 * Pairs old and new facts: first a new fact exactly where an old one lands,
 * then one of the same kind overlapping where it lands (the span was edited),
 * then, when either side's paragraph has no counterpart (split, merged or
 * moved paragraphs), a fact with the same text and value. Paired facts are changed, moved or equal;
 * the rest are removed or added.
 */
function matchFacts(oldFacts: Fact[], newFacts: Fact[], oldParas: Para[], newParas: Para[], links: ParaLink[], unmatchedNew: boolean[]): FactDelta[] {
  const mapped = oldFacts.map((f) => mapSpan(f, oldParas, newParas, links));
  const partner: number[] = oldFacts.map(() => -1);
  const taken = newFacts.map(() => false);
  const at = new Map<string, number[]>();
  newFacts.forEach((f, j) => at.set(`${f.kind}:${f.start}:${f.end}`, [...(at.get(`${f.kind}:${f.start}:${f.end}`) ?? []), j]));
  oldFacts.forEach((f, i) => {
    const m = mapped[i];
    if (!m) return;
    const j = at.get(`${f.kind}:${m[0]}:${m[1]}`)?.find((k) => !taken[k]);
    if (j === undefined) return;
    partner[i] = j;
    taken[j] = true;
  });
  oldFacts.forEach((f, i) => {
    const m = mapped[i];
    if (partner[i] !== -1 || !m) return;
    const j = newFacts.findIndex((g, k) => !taken[k] && g.kind === f.kind && g.start < Math.max(m[1], m[0] + 1) && g.end > m[0]);
    if (j < 0) return;
    partner[i] = j;
    taken[j] = true;
  });
  const orphanNew = (g: Fact) => unmatchedNew[paraAt(newParas, g.start)] ?? true;
  oldFacts.forEach((f, i) => {
    if (partner[i] !== -1) return;
    const j = newFacts.findIndex((g, k) => !taken[k] && (!mapped[i] || orphanNew(g)) && g.kind === f.kind && g.text === f.text && !changedFields(f, g).length);
    if (j < 0) return;
    partner[i] = j;
    taken[j] = true;
  });
  const out: Array<FactDelta & { order: number }> = [];
  oldFacts.forEach((f, i) => {
    const j = partner[i] as number;
    if (j < 0) {
      out.push({ status: 'removed', fact: f, order: mapped[i]?.[0] ?? f.start });
      return;
    }
    const g = newFacts[j] as Fact;
    const fields = changedFields(f, g);
    if (fields.length) out.push({ status: 'changed', old: f, new: g, fields, order: g.start });
    else if (f.start !== g.start || f.end !== g.end) out.push({ status: 'moved', old: f, new: g, order: g.start });
  });
  newFacts.forEach((g, j) => {
    if (!taken[j]) out.push({ status: 'added', fact: g, order: g.start });
  });
  // In reading order of the new text; removed facts where they would have been.
  return out.sort((a, b) => a.order - b.order).map(({ order: _order, ...d }) => d as FactDelta);
}
