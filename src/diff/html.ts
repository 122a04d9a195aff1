import { KINDS, kindOf } from '../extract/kinds.js';
import type { Article, Fact, MoneyFact } from '../article/schema.js';
import type { ArticleDiff, FactDelta, FieldChange } from './schema.js';
import { describe } from './text.js';
import { wordDiff } from './words.js';

/** One article of the report: its current version and, with --against, how it changed. */
export interface ReportEntry {
  id: string;
  /** Null for an article only the old run has. */
  article: Article | null;
  /** Null when there was nothing to compare against, or no difference. */
  diff: ArticleDiff | null;
}

export interface ReportOptions {
  /** Label of the run compared against (a folder), or null without --against. */
  against: string | null;
  /** Label of the run shown. */
  run: string;
  /**
   * Articles left out because they did not change (the changed-only view of
   * a large run, see CHANGED_ONLY_OVER); 0 when every article is shown.
   */
  leftOut?: number;
}

/**
 * With --against, a run of more than this many articles is shown changed
 * articles only (unless --all): 400 unchanged articles made a 6.3 MB page
 * nobody reads to the end, while 50 still read as one page.
 */
export const CHANGED_ONLY_OVER = 50;

/** Languages written right to left. */
const RTL = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'sd', 'ug', 'yi', 'ckb']);

/** Escapes text for HTML content and quoted attributes: nothing scraped is ever markup. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

const dir = (lang: string) => (RTL.has(lang.split('-')[0] as string) ? 'rtl' : 'ltr');

/** What the index and header need of an article: a line, without its text. */
export interface IndexRow {
  id: string;
  title: string | null;
  lang: string | null;
  script: string | null;
  published: string | null;
  /** Facts of each kind, in the order of the registry (../extract/kinds.ts). */
  counts: number[];
  diff: Pick<ArticleDiff, 'status' | 'counts'> | null;
}

/** The index line of an entry. */
export function indexRow(e: ReportEntry): IndexRow {
  const a = e.article;
  return {
    id: e.id,
    title: a?.title ?? null,
    lang: a?.lang ?? null,
    script: a?.script ?? null,
    published: a?.published ?? null,
    counts: KINDS.map((k) => a?.facts.filter((f) => f.kind === k.name).length ?? 0),
    diff: e.diff ? { status: e.diff.status, counts: e.diff.counts } : null,
  };
}

/**
 * One self-contained HTML page to review a run in a browser: an index with
 * counts, then per article its metadata, the cleaned text with money and
 * dates highlighted (hover or focus shows the value and the rule), facts
 * added / changed against an older run marked, removed facts listed, and
 * the removed boilerplate collapsed. No script, no external resource: the
 * page's Content-Security-Policy forbids both.
 *
 * Written in pieces so a run of any size streams to disk: this head (header,
 * summary and index), then reportSection() per article, then REPORT_TAIL.
 */
export function reportHead(rows: IndexRow[], opts: ReportOptions, shown: IndexRow[] = rows): string {
  const delta = (k: 'added' | 'removed' | 'changed') => rows.reduce((s, r) => s + (r.diff?.counts[k] ?? 0), 0);
  const summary = [`${rows.length} articles`, ...KINDS.map((k, i) => `${rows.reduce((s, r) => s + (r.counts[i] ?? 0), 0)} ${k.plural}`)];
  if (opts.against !== null) summary.push(`against ${opts.against}: ${delta('added')} added, ${delta('removed')} removed, ${delta('changed')} changed`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsfacts report">
<title>newsfacts report: ${esc(opts.run)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>newsfacts report: ${esc(opts.run)}</h1>
<p class="summary">${esc(summary.join(' · '))}</p>
<p class="legend">${KINDS.map((k) => `<mark class="fact ${k.name}">${k.name}</mark>`).join(' ')}${
    opts.against !== null ? ' <mark class="fact money added">added</mark> <mark class="fact money changed">changed</mark> <span class="gone-fact">removed</span>' : ''
  } · each article's facts, with their values, are listed in a table under its text (hover or focus a highlight for the same)</p>
${opts.leftOut ? `<p class="left-out">${opts.leftOut} unchanged article${opts.leftOut === 1 ? '' : 's'} left out: showing the ${shown.length} that changed (over ${CHANGED_ONLY_OVER} articles only changed ones are shown; --all shows every article)</p>\n` : ''}</header>
${index(shown, opts)}
<main>
`;
}

/** Closes the page opened by reportHead(). */
export const REPORT_TAIL = `</main>
</body>
</html>
`;

function index(rows: IndexRow[], opts: ReportOptions): string {
  const diffCols = opts.against !== null;
  const lines = rows.map((r, i) => {
    const c = r.diff?.counts;
    const cells = [
      `<td><a href="#article-${i}">${esc(r.id)}</a></td>`,
      `<td dir="auto">${esc(r.title ?? '')}</td>`,
      `<td>${esc(r.lang ? `${r.lang}${r.script && r.lang !== 'und' ? `-${r.script}` : ''}` : '')}</td>`,
      `<td>${esc(r.published ?? '')}</td>`,
      ...r.counts.map((n) => `<td class="n">${n}</td>`),
    ];
    if (diffCols) cells.push(`<td class="n">${c?.added ?? 0}</td>`, `<td class="n">${c?.removed ?? 0}</td>`, `<td class="n">${c?.changed ?? 0}</td>`);
    const status = r.diff ? ` class="${r.diff.status}"` : '';
    return `<tr${status}>${cells.join('')}</tr>`;
  });
  const heads = ['article', 'title', 'language', 'published', ...KINDS.map((k) => k.plural), ...(diffCols ? ['added', 'removed', 'changed'] : [])];
  return `<nav aria-label="Articles"><table class="index">
<thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody>
${lines.join('\n')}
</tbody></table></nav>`;
}

/** One article's section; `i` is its place in the index (the anchor #article-i). */
export function reportSection(e: ReportEntry, i: number, opts: ReportOptions): string {
  const a = e.article;
  const deltas = new Map<Fact, FactDelta>();
  const gone: Fact[] = [];
  for (const d of e.diff?.facts ?? []) {
    if (d.status === 'added') deltas.set(d.fact, d);
    else if (d.status === 'removed') gone.push(d.fact);
    else deltas.set(d.new, d);
  }
  const attrs = KINDS.map((k) => ` data-${k.name}="${a ? a.facts.filter((f) => f.kind === k.name).length : 0}"`).join('');
  const diffAttrs = e.diff ? ` data-added="${e.diff.counts.added}" data-removed="${e.diff.counts.removed}" data-changed="${e.diff.counts.changed}"` : '';
  const parts = [`<section class="article" id="article-${i}" data-id="${esc(e.id)}"${attrs}${diffAttrs}>`, `<h2><a href="#article-${i}">${esc(e.id)}</a>${e.diff && e.diff.status !== 'changed' ? ` <span class="status">${e.diff.status} article</span>` : ''}</h2>`];
  if (a) parts.push(meta(a));
  if (e.diff && opts.against !== null) parts.push(changes(e.diff));
  const edited = new Set((e.diff?.paragraphs ?? []).filter((p) => p.status === 'edited').map((p) => p.index));
  if (a) parts.push(body(a, deltas, edited));
  if (a) parts.push(factsTable(a, deltas, opts.against !== null));
  if (gone.length) {
    parts.push(`<details class="gone" open><summary>Removed facts (${gone.length})</summary><ul>${gone
      .map((f) => `<li><span class="gone-fact ${f.kind}">${esc(f.text)}</span> ${esc(describe(f))} <span class="rule">${esc(f.rule)}</span><br><span class="sentence" dir="auto">${esc(f.sentence)}</span></li>`)
      .join('')}</ul></details>`);
  }
  if (a?.removed.length) {
    parts.push(`<details class="boilerplate"><summary>Removed boilerplate (${a.removed.length} blocks)</summary><ol>${a.removed
      .map((r) => `<li><span class="reason">${esc(r.reason)}</span> <span dir="auto">${esc(r.text)}</span></li>`)
      .join('')}</ol></details>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

function meta(a: Article): string {
  const rows: Array<[string, string]> = [
    ['language', a.lang],
    ['script', a.script],
    ['published', a.published ? `${a.published} (${a.publishedSource ?? 'unknown'})` : 'not printed'],
    ['relative to', a.refDate ?? 'nothing (relative dates unresolved)'],
    ['source', `${a.source.file ?? '(record)'} · ${a.source.format} · ${a.source.encoding} (${a.source.encodingSource})${a.source.invalidBytes ? ' · invalid bytes replaced' : ''}`],
  ];
  const dd = ([k, v]: [string, string]) => `<dt>${k}</dt><dd dir="auto">${esc(v)}</dd>`;
  const url = a.source.url ? `<dt>url</dt><dd dir="ltr">${link(a.source.url)}</dd>` : '';
  return `<dl class="meta">${rows.map(dd).join('')}${url}</dl>`;
}

/** A link to an http(s) address, escaped; any other scheme (javascript:, data:, file:) stays plain text. */
export function link(url: string): string {
  let ok = false;
  try {
    const u = new URL(url);
    ok = u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    ok = false;
  }
  return ok ? `<a href="${esc(url)}" rel="noopener noreferrer">${esc(url)}</a>` : esc(url);
}

function changes(d: ArticleDiff): string {
  const items = d.fields.map((f) => `<li>${esc(f.field)}: <del dir="auto">${esc(String(f.old))}</del> → <ins dir="auto">${esc(String(f.new))}</ins></li>`);
  for (const p of d.paragraphs) {
    if (p.status === 'edited' && p.was !== null) {
      items.push(`<li>paragraph ${p.index + 1} edited: <span class="words" dir="auto">${editedWords(p.was, p.text, d.lang)}</span></li>`);
      continue;
    }
    const text = esc(p.text.length > 160 ? `${p.text.slice(0, 160)}…` : p.text);
    items.push(`<li>${p.status === 'removed' ? 'old ' : ''}paragraph ${p.index + 1} ${p.status}: <span dir="auto">${text}</span></li>`);
  }
  const c = d.counts;
  return `<div class="changes"><p class="delta">${c.added} added · ${c.removed} removed · ${c.changed} changed${c.moved ? ` · ${c.moved} moved` : ''}</p>${items.length ? `<ul>${items.join('')}</ul>` : ''}</div>`;
}

/** Characters of unchanged text kept on each side of an edit (the rest: "…"). */
const WORD_CONTEXT = 24;

/** An edited paragraph with the words it lost struck (<del>) and the words it gained underlined (<ins>). */
function editedWords(was: string, now: string, lang: string): string {
  const pieces = wordDiff(was, now, lang);
  return pieces
    .map((w, i) => {
      if (w.op === 'del') return `<del>${esc(w.text)}</del>`;
      if (w.op === 'ins') return `<ins>${esc(w.text)}</ins>`;
      const first = i === 0;
      const last = i === pieces.length - 1;
      const keep = WORD_CONTEXT * (first || last ? 1 : 2);
      if (w.text.length <= keep + 1) return esc(w.text);
      if (first) return `…${esc(w.text.slice(-WORD_CONTEXT))}`;
      if (last) return `${esc(w.text.slice(0, WORD_CONTEXT))}…`;
      return `${esc(w.text.slice(0, WORD_CONTEXT))} … ${esc(w.text.slice(-WORD_CONTEXT))}`;
    })
    .join('');
}

function body(a: Article, deltas: Map<Fact, FactDelta>, edited: Set<number>): string {
  const facts = a.facts;
  let k = 0;
  const out: string[] = [];
  const articleLang = a.lang === 'zh' && /^Han[st]$/u.test(a.script) ? `zh-${a.script}` : a.lang;
  for (const p of a.paragraphs) {
    const html: string[] = [];
    let at = p.start;
    // Facts are sorted by start and lie within one paragraph; a fact overlapping the
    // one before it (a date inside a money span) is drawn from where that one ends.
    while (k < facts.length && (facts[k] as Fact).start < p.end) {
      const f = facts[k++] as Fact;
      const s = Math.max(f.start, at);
      const e = Math.max(f.end, s);
      html.push(esc(a.text.slice(at, s)), mark(f, a.text.slice(s, Math.min(e, p.end)), deltas.get(f)));
      at = Math.min(e, p.end);
    }
    html.push(esc(a.text.slice(at, p.end)));
    const tag = p.role === 'title' ? 'h3' : 'p';
    const lang = p.lang === a.lang ? '' : ` lang="${esc(p.lang)}"`;
    const n = out.length;
    out.push(`<${tag} class="${p.role}${edited.has(n) ? ' edited' : ''}"${lang} dir="${dir(p.lang)}">${html.join('')}</${tag}>`);
  }
  return `<div class="text" lang="${esc(articleLang)}" dir="${dir(a.lang)}">\n${out.join('\n')}\n</div>`;
}

/**
 * The article's facts as a table a reader can scan, print or screenshot
 * without hovering: each figure, its kind, its normalized value, what it is
 * about (a money figure's metric, subject and period; a date range's ends; a
 * percentage's metric) and its rule; against an older run, what changed
 * (old → new) or that it is new.
 */
function factsTable(a: Article, deltas: Map<Fact, FactDelta>, against: boolean): string {
  if (!a.facts.length) return '';
  const cell = (v: string | null | undefined, cls = '') => `<td${cls ? ` class="${cls}"` : ''} dir="auto">${v === null || v === undefined || v === '' ? '<span class="none">—</span>' : esc(v)}</td>`;
  const rows = a.facts.map((f) => {
    const d = deltas.get(f);
    const status = d?.status === 'added' || d?.status === 'changed' ? d.status : '';
    const change = !against ? '' : d?.status === 'added' ? '<td class="change">new</td>' : d?.status === 'changed' ? `<td class="change" dir="auto">${fieldChanges(d.fields)}</td>` : '<td class="change"><span class="none">—</span></td>';
    return `<tr class="${f.kind}${status ? ` ${status}` : ''}">${cell(f.text)}<td>${f.kind}</td>${cell(valueOf(f), 'num')}${cell(aboutOf(f))}<td class="rule">${esc(f.rule)}</td>${change}</tr>`;
  });
  const counts = KINDS.map((k) => [k, a.facts.filter((f) => f.kind === k.name).length] as const)
    .filter(([, n]) => n)
    .map(([k, n]) => `${n} ${n === 1 ? k.name : k.plural}`)
    .join(' · ');
  return `<table class="facts"><caption>Facts: ${counts}</caption><thead><tr><th>figure</th><th>kind</th><th>value</th><th>about</th><th>rule</th>${against ? '<th>change</th>' : ''}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The normalized value of a fact, in the table: "362500000000 CNY", "2025-03 month relative", "9.7% down yoy". */
function valueOf(f: Fact): string {
  if (f.kind === 'money') {
    const m = f as MoneyFact;
    const amount = m.qualifier === 'range' && m.min !== null && m.max !== null ? `${m.min}–${m.max}` : m.exact;
    return [amount, m.currency ?? '(no currency)', m.qualifier === 'exact' || m.qualifier === 'range' ? '' : m.qualifier, m.per ? `per ${m.per}` : ''].filter(Boolean).join(' ');
  }
  if (f.kind === 'percent') return kindOf(f).value(f);
  return describe(f);
}

/** What a fact is about, in the table: money's metric · subject · period, a date range's ends, a percentage's metric. */
function aboutOf(f: Fact): string {
  if (f.kind === 'money') {
    const m = (f as MoneyFact).measure;
    return m ? [m.metric, m.subject && `of ${m.subject}`, m.period && `for ${m.period}`].filter(Boolean).join(' · ') : '';
  }
  if (f.kind === 'date') return [f.from || f.to ? `${f.from ?? '…'} – ${f.to ?? '…'}` : '', f.calendar === 'islamic' ? 'hijri calendar' : ''].filter(Boolean).join(' · ');
  return (f as { metric?: string | null }).metric ?? '';
}

/** A changed fact's fields, old → new: "amount <del>362000000000</del> → <ins>362500000000</ins>". */
function fieldChanges(fields: FieldChange[]): string {
  // "exact" repeats "amount" as a string; show it only when the amount did not change.
  const amount = fields.some((c) => c.field === 'amount');
  return fields
    .filter((c) => !(amount && c.field === 'exact'))
    .map((c) => `${esc(c.field)} <del>${esc(String(c.old))}</del> → <ins>${esc(String(c.new))}</ins>`)
    .join('<br>');
}

function mark(f: Fact, shown: string, d: FactDelta | undefined): string {
  const status = d?.status === 'added' ? ' added' : d?.status === 'changed' ? ' changed' : '';
  let tip = `${f.kind}: ${describe(f)} · ${f.rule}`;
  if (d?.status === 'added') tip += ' · added';
  if (d?.status === 'changed') tip += ` · was: ${d.old.text} = ${describe(d.old)}${d.old.rule !== f.rule ? ` (${d.old.rule})` : ''}`;
  const value = kindOf(f).value(f);
  return `<mark class="fact ${f.kind}${status}" tabindex="0" data-value="${esc(value)}" data-rule="${esc(f.rule)}" data-tip="${esc(tip)}">${esc(shown)}</mark>`;
}

/**
 * Font stacks naming the common Chinese and Arabic fonts of each system (Noto
 * and Source Han on Linux, PingFang and Geeza on macOS, Microsoft YaHei /
 * JhengHei and Tahoma on Windows), so a page is not drawn as empty boxes
 * wherever one of them is installed (Debian: fonts-noto-cjk, fonts-noto-core).
 */
const CJK_SC = '"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","Source Han Sans CN","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei"';
const CJK_TC = '"Noto Sans CJK TC","Noto Sans TC","Source Han Sans TC","Source Han Sans TW","PingFang TC","Microsoft JhengHei"';
const ARABIC = '"Noto Naskh Arabic","Noto Sans Arabic","Amiri","Scheherazade New","Geeza Pro","Arabic Typesetting","Segoe UI","Tahoma","DejaVu Sans"';

const CSS = `
:root{color-scheme:light;${KINDS.map((k) => `--${k.name}:${k.color};`).join('')}--added:#1a7f37;--changed:#bf8700;--removed:#cf222e}
*{box-sizing:border-box}
body{margin:0 auto;max-width:72rem;padding:1rem 1.5rem 4rem;font:16px/1.7 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",${CJK_SC},${ARABIC},sans-serif;color:#1f2328;background:#fff}
:lang(zh-Hant){font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",${CJK_TC},${CJK_SC},sans-serif}
:lang(ar),[dir=rtl]{font-family:${ARABIC},system-ui,sans-serif}
h1{font-size:1.4rem;margin:.5rem 0}
h2{font-size:1.1rem;margin:0 0 .5rem;font-family:ui-monospace,monospace}
h2 a{color:inherit;text-decoration:none}
.summary{margin:.2rem 0;font-weight:600}
.legend{color:#57606a;font-size:.9rem}
table.index{border-collapse:collapse;width:100%;font-size:.9rem;margin:1rem 0 2rem}
table.facts{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0 1rem}
.facts caption{text-align:start;font-weight:600;padding:.25rem 0}
.facts th,.facts td{border-bottom:1px solid #d0d7de;padding:.2rem .5rem;text-align:start;vertical-align:top}
.facts td.num{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}
.facts .none,.facts .q{color:#656d76}
.facts td.rule{font-family:ui-monospace,monospace;font-size:.75rem;color:#57606a}
.facts tr.added td:first-child{border-inline-start:4px solid var(--added)}
.facts tr.changed td:first-child{border-inline-start:4px dashed var(--changed)}
.facts td.change{font-size:.8rem}
.left-out{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:.3rem .6rem}
.text p.edited{border-inline-start:3px solid var(--changed);padding-inline-start:.5rem}
.words del{background:#ffebe9;text-decoration:line-through}
.words ins{background:#dafbe1;text-decoration:underline}
dl.meta a{color:#0969da;overflow-wrap:anywhere}
@media print{mark.fact::after{display:none}table.facts{break-inside:auto}tr{break-inside:avoid}}
.index th,.index td{border-bottom:1px solid #d0d7de;padding:.25rem .5rem;text-align:start;vertical-align:top}
.index td.n{text-align:end;font-variant-numeric:tabular-nums}
.index tr.added td:first-child{border-inline-start:4px solid var(--added)}
.index tr.removed td:first-child{border-inline-start:4px solid var(--removed)}
.index tr.changed td:first-child{border-inline-start:4px solid var(--changed)}
section.article{border-top:2px solid #d0d7de;padding:1rem 0 1.5rem}
.status{font-size:.8rem;color:#fff;background:#57606a;border-radius:3px;padding:0 .4rem;font-family:system-ui}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:0 1rem;font-size:.85rem;color:#57606a;margin:0 0 1rem}
dl.meta dt{font-weight:600}
dl.meta dd{margin:0;overflow-wrap:anywhere}
.changes{font-size:.9rem;background:#f6f8fa;border-radius:6px;padding:.4rem .8rem;margin-bottom:1rem}
.changes ul{margin:.2rem 0;padding-inline-start:1.2rem}
del{color:var(--removed)}ins{color:var(--added);text-decoration:none}
.text{font-size:1.05rem}
.text h3.title{font-size:1.2rem;margin:.2rem 0 .8rem}
.text[dir=rtl]{font-size:1.15rem}
.text p{margin:0 0 .8rem}
mark.fact{position:relative;border-radius:3px;padding:0 .1em;color:inherit;cursor:help}
${KINDS.map((k) => `mark.${k.name}{background:var(--${k.name})}`).join('\n')}
mark.added{outline:2px solid var(--added);outline-offset:1px}
mark.changed{outline:2px dashed var(--changed);outline-offset:1px}
mark.fact:focus{outline:2px solid #0969da}
mark.fact:hover::after,mark.fact:focus::after{content:attr(data-tip);position:absolute;inset-inline-start:0;bottom:calc(100% + 4px);z-index:10;background:#1f2328;color:#fff;font:13px/1.4 system-ui,sans-serif;padding:.3rem .5rem;border-radius:4px;white-space:normal;width:max-content;max-width:min(32rem,80vw);direction:ltr;unicode-bidi:isolate;pointer-events:none}
.gone-fact{text-decoration:line-through;color:var(--removed)}
details{margin:.6rem 0;font-size:.9rem}
summary{cursor:pointer;color:#57606a}
details.gone li{margin:.3rem 0}
.rule{color:#57606a;font-family:ui-monospace,monospace;font-size:.8rem}
.sentence{color:#57606a}
.reason{display:inline-block;min-width:6rem;font-family:ui-monospace,monospace;font-size:.8rem;color:#57606a}
details.boilerplate li{color:#57606a;overflow-wrap:anywhere}
`;
