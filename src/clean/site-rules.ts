import { createRequire } from 'node:module';
import { domainToASCII } from 'node:url';
import type { Cheerio, CheerioAPI } from 'cheerio/slim';
import { Parser } from 'htmlparser2';
import { z } from 'zod';
import { collapseSpaces } from '../util/spaces.js';
import type { Block, PageMeta } from './block.js';
import { isMetaLine } from './features.js';
import { flattenTags, htmlToBlocks, isoFromMeta, limitNesting, MAX_NESTING } from './html.js';
import type { Cleaned, Removed } from './index.js';
import { removePinyinGlosses } from './pinyin.js';
import { publishedFromLine } from './published.js';

/**
 * One site rule of a `--site-rules` file: where the article is on one site's
 * pages, in CSS selectors. Only `match` is required.
 *
 *   { "match": "example.com", "body": "article .content", "drop": [".related", ".share"],
 *     "title": "h1.headline", "published": "time[datetime]" }
 */
export const SiteRule = z.strictObject({
  /** A host name, matching it and its subdomains, optionally with a path prefix: "example.com", "example.com/business/". */
  match: z.string().min(1),
  /** The article body: only the text of its matches (all of them, in page order) is kept. */
  body: z.string().min(1).optional(),
  /** Elements removed before anything else (related lists, share bars, ads). */
  drop: z.array(z.string().min(1)).optional(),
  /** The headline: the text of the first match. */
  title: z.string().min(1).optional(),
  /** The publication date: the first match's `datetime` or `content` attribute, else its text. */
  published: z.string().min(1).optional(),
});
/** A `--site-rules` file: a JSON list of rules. */
export const SiteRules = z.array(SiteRule);
export type SiteRule = z.infer<typeof SiteRule>;

/** A rules file that cannot be used; the message names the rule and field ("rules[2].body: …"). */
export class SiteRulesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteRulesError';
  }
}

// cheerio is loaded on first use, so that runs without site rules never pay
// for loading it (about 60 ms). A synchronous require keeps cleanPage synchronous.
let cheerio: typeof import('cheerio/slim') | null = null;
function loadCheerio(): typeof import('cheerio/slim') {
  cheerio ??= createRequire(import.meta.url)('cheerio/slim') as typeof import('cheerio/slim');
  return cheerio;
}

/** cheerio's options: htmlparser2 (cheerio/slim) builds the tree the cleaner reads; UTF-8 stays as it is when written back. */
const OPTIONS = { xml: { xmlMode: false, encodeEntities: 'utf8' as const } };

/** A page in cheerio: the API, what to search from, and the element that holds the page. */
interface Doc {
  $: CheerioAPI;
  top: Selection;
  page: Selection;
}

/**
 * The page as cheerio's document, inside two elements of its own: cheerio
 * searches an element with a pass over its children that is quadratic in
 * their number (domutils' removeSubsets), and a page can have 100,000
 * top-level nodes; the outer element has one child.
 */
function loadPage(html: string): Doc {
  let tag = 'newsfacts-page';
  for (let n = 1; new RegExp(tag, 'iu').test(html); n++) tag = `newsfacts-page-${n}`;
  const $ = loadCheerio().load(`<${tag}><${tag}>${html}</${tag}></${tag}>`, OPTIONS);
  const top = $.root().children(tag);
  return { $, top, page: top.children(tag) };
}

/**
 * Reads a rules file (JSON text) and checks it: the shape, each `match`, and
 * each selector, tried on an empty document, so a bad rule fails when the
 * file is loaded, not on the first page of its site. Throws SiteRulesError.
 */
export function parseSiteRules(json: string): SiteRule[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new SiteRulesError(`not JSON: ${(e as Error).message}`);
  }
  const parsed = SiteRules.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    throw new SiteRulesError(`${issue.path.length ? pathName(issue.path) : 'rules'}: ${issueText(issue, data)}`);
  }
  const rules = parsed.data;
  const $ = loadCheerio().load('', OPTIONS);
  rules.forEach((rule, i) => {
    if (!matchTarget(rule.match)) {
      throw new SiteRulesError(`rules[${i}].match: "${rule.match}" is not a host name with an optional path, such as example.com or example.com/business/`);
    }
    const selectors: Array<[string, string]> = [];
    if (rule.body !== undefined) selectors.push(['body', rule.body]);
    rule.drop?.forEach((s, k) => selectors.push([`drop[${k}]`, s]));
    if (rule.title !== undefined) selectors.push(['title', rule.title]);
    if (rule.published !== undefined) selectors.push(['published', rule.published]);
    for (const [field, selector] of selectors) {
      try {
        $.root().find(selector);
      } catch (e) {
        throw new SiteRulesError(`rules[${i}].${field}: "${selector}" is not a CSS selector cheerio can use: ${(e as Error).message}`);
      }
    }
  });
  return rules;
}

/** A zod issue in the words of the rules file. */
function issueText(issue: z.core.$ZodIssue, data: unknown): string {
  const field = issue.path[issue.path.length - 1];
  const needed = field === 'match' ? ' (every rule needs a match: a host name)' : ' (give a CSS selector, or leave the field out)';
  if (issue.path.length === 0) return 'not a list (the file must be a JSON list of rules)';
  if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} (a rule has match, body, drop, title, published)`;
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) return `missing${needed}`;
  if (issue.code === 'too_small' && issue.origin === 'string') return `empty${needed}`;
  return issue.message;
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let v = data;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

/** [2, "drop", 0] → "rules[2].drop[0]". */
function pathName(path: PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : `${s}.${String(p)}`), 'rules');
}

/** What a rule's `match` selects: a host (lower case, punycode) and a path prefix ("" for any). */
interface Target {
  host: string;
  path: string;
}

const targets = new Map<string, Target | null>();

/** "News.Example.com/business/" → { host: "news.example.com", path: "/business/" }; null when it is not that shape. */
function matchTarget(match: string): Target | null {
  let t = targets.get(match);
  if (t !== undefined) return t;
  const m = /^([^/?#:@\s]+?)\.?(\/[^?#\s]*)?$/u.exec(match.trim());
  const host = m ? domainToASCII(m[1] as string) : '';
  t = host && host.includes('.') ? { host, path: m?.[2] ?? '' } : null;
  if (targets.size >= 4096) targets.clear();
  targets.set(match, t);
  return t;
}

/**
 * The rule for a page's URL: its `match` names the URL's host or a parent
 * domain ("example.com" matches www.example.com and news.example.com, never
 * badexample.com), and the start of its path when it gives one. The longest
 * `match` wins; of two as long, the first in the file. Null when none does,
 * or the URL is not an http(s) URL.
 */
export function findSiteRule(rules: readonly SiteRule[], url: string | null): SiteRule | null {
  const page = parseUrl(url);
  if (!page) return null;
  let best: SiteRule | null = null;
  for (const rule of rules) {
    const t = matchTarget(rule.match);
    if (!t || (best && rule.match.length <= best.match.length)) continue;
    const hostOk = page.host === t.host || page.host.endsWith(`.${t.host}`);
    if (hostOk && page.path.startsWith(t.path)) best = rule;
  }
  return best;
}

function parseUrl(url: string | null): Target | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim().startsWith('//') ? `https:${url.trim()}` : url.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return { host: u.hostname.replace(/\.$/u, ''), path: u.pathname };
  } catch {
    return null;
  }
}

const TOO_DEEP = new Error('nested too deep');

/**
 * One pass of htmlparser2 (the parser cheerio/slim builds its tree with) over
 * a page: its own URL (`<link rel="canonical">`, else `og:url`), and whether
 * it nests deeper than MAX_NESTING. The pass stops there: htmlparser2 takes
 * quadratic time on deeper nesting, and cheerio's tree walks recurse on it.
 */
function scanPage(html: string): { url: string | null; deep: boolean } {
  let depth = 0;
  let canonical: string | null = null;
  let ogUrl: string | null = null;
  const parser = new Parser({
    onopentag(name, a) {
      if (++depth > MAX_NESTING) throw TOO_DEEP;
      if (name === 'link' && canonical === null && a.href && /(?:^|\s)canonical(?:\s|$)/iu.test(a.rel ?? '') && parseUrl(a.href)) canonical = a.href.trim();
      else if (name === 'meta' && ogUrl === null && a.content && a.property?.toLowerCase() === 'og:url') ogUrl = a.content.trim();
    },
    onclosetag() {
      depth--;
    },
  });
  try {
    parser.end(html);
  } catch (e) {
    if (e !== TOO_DEEP) throw e;
    return { url: canonical ?? ogUrl, deep: true };
  }
  return { url: canonical ?? ogUrl, deep: false };
}

/** The page with its nesting bounded as the cleaner bounds it (htmlToBlocks): the same string for any real page. */
function shallow(html: string): string {
  if (!scanPage(html).deep) return html;
  const limited = limitNesting(html);
  return scanPage(limited).deep ? flattenTags(html) : limited;
}

/** What a rule did to a page, for the cleaner. */
export interface RuledPage {
  /**
   * The page without the dropped elements; when `body` matched, each body
   * element is between the two marker blocks `marks`. The page as given when
   * the rule changed nothing.
   */
  html: string;
  /** The marker blocks around each body element, or null when the rule has no body or it matched nothing. */
  marks: { start: string; end: string } | null;
  /** The rule has a body selector and it matched nothing. */
  missed: boolean;
  /** The text of the first `title` match, or null. */
  title: string | null;
  /** The `published` match as ISO 8601, or null. */
  published: string | null;
  /** The text blocks of the dropped elements, in page order. */
  dropped: string[];
}

/** Marks a body element's start and end: text no page holds (checked). */
const MARK = '\uE000newsfacts-site-rule-body\uE001';

/**
 * Applies one rule to a page with cheerio: removes its `drop` matches, marks
 * its `body` matches (the outermost of nested ones, in page order), and reads
 * its `title` and `published`.
 */
export function applySiteRule(given: string, rule: SiteRule): RuledPage {
  const html = shallow(given);
  return applyTo(loadPage(html), html, rule);
}

function applyTo(doc: Doc, html: string, rule: SiteRule): RuledPage {
  const { $, top } = doc;
  const outermost = (sel: Selection) => outermostOf(sel.toArray().filter((el) => el !== doc.page[0]));
  // Title and date first: a drop may remove an element they point into.
  const title = rule.title === undefined ? null : titleOf($, top.find(rule.title).first());
  const published = rule.published === undefined ? null : dateOf($, top.find(rule.published).first());
  const dropped: string[] = [];
  let changed = false;
  if (rule.drop?.length) {
    const gone = outermost(top.find(rule.drop.join(', ')));
    for (const el of gone) for (const b of htmlToBlocks($.html(el)).blocks) dropped.push(b.text);
    removeAll(gone);
    changed = gone.length > 0;
  }
  let marks: RuledPage['marks'] = null;
  let missed = false;
  if (rule.body !== undefined) {
    const body = outermost(top.find(rule.body));
    missed = body.length === 0;
    if (!missed) {
      let n = 0;
      while (html.includes(`${MARK}${n}`)) n++;
      marks = { start: `${MARK}${n}:start`, end: `${MARK}${n}:end` };
      // Inside each element, so they share its fate (hidden, raw text, void);
      // line breaks, which end a block without closing a <p> as a <div> would.
      for (const el of body) $(el).prepend(`<br>${marks.start}<br>`).append(`<br>${marks.end}<br>`);
      changed = true;
    }
  }
  return { html: changed ? (doc.page.html() ?? '') : html, marks, missed, title, published, dropped };
}

/** domhandler's node (cheerio's AnyNode), named through cheerio's own types. */
type Node = Exclude<Parameters<typeof import('cheerio/slim').load>[0], string | Buffer | unknown[]>;
/** A selection in the page. */
type Selection = Cheerio<Node>;

/**
 * Removes elements from the tree, one pass over each parent's children
 * (cheerio's remove() splices them out one at a time: quadratic when a
 * parent has 100,000 children and a rule drops every other one).
 */
function removeAll(els: Node[]): void {
  const byParent = new Map<NonNullable<Node['parent']>, Set<Node>>();
  for (const el of els) {
    if (!el.parent) continue;
    let set = byParent.get(el.parent);
    if (!set) byParent.set(el.parent, (set = new Set()));
    set.add(el);
  }
  for (const [parent, gone] of byParent) {
    const kept = parent.children.filter((c) => !gone.has(c));
    kept.forEach((c, i) => {
      c.prev = kept[i - 1] ?? null;
      c.next = kept[i + 1] ?? null;
    });
    parent.children = kept;
    for (const g of gone) {
      g.parent = null;
      g.prev = null;
      g.next = null;
    }
  }
}

/** The elements not inside another of them (cheerio lists matches in page order). */
function outermostOf<T extends { parent: unknown }>(els: T[]): T[] {
  const set = new Set<unknown>(els);
  return els.filter((el) => {
    for (let p = el.parent; p; p = (p as { parent: unknown }).parent) if (set.has(p)) return false;
    return true;
  });
}

/** An element's visible text as the cleaner reads it (no script, no hidden parts), blocks joined by a space. */
function textOf($: CheerioAPI, sel: Selection): string | null {
  const el = sel.get(0);
  if (!el) return null;
  return collapseSpaces(htmlToBlocks($.html(el)).blocks.map((b) => b.text).join(' ')) || null;
}

/** The headline's text; a `<title>` element's text, or a `<meta>`'s content, when the selector points at one. */
function titleOf($: CheerioAPI, sel: Selection): string | null {
  const el = sel.get(0);
  if (!el) return null;
  if (el.type === 'tag' && (el.name === 'title' || el.name === 'meta')) return collapseSpaces((el.name === 'title' ? sel.text() : sel.attr('content')) ?? '') || null;
  return textOf($, sel);
}

/** `<time datetime>`, `<meta content>` or a date line → ISO 8601. */
function dateOf($: CheerioAPI, sel: Selection): string | null {
  if (!sel.length) return null;
  const value = sel.attr('datetime') ?? sel.attr('content') ?? textOf($, sel) ?? '';
  return isoFromMeta(value) ?? publishedFromLine(value);
}

/** The general cleaner: blocks and page metadata → the article. */
type GeneralCleaner = (blocks: Block[], meta: PageMeta) => Cleaned;

/**
 * Cleans a page with the rule for its URL (the URL given, else the page's
 * canonical link or og:url), or returns null when no rule is for it, so the
 * caller cleans the page as it would without rules (byte for byte).
 *
 * With the rule: its drops are removed (their blocks listed first in
 * `removed`, reason "site-rule"). When its body matched, only the body is
 * kept, leniently: every block of it but exact repeats and the headline;
 * text outside it is removed as "outside-body". Otherwise (no body selector,
 * or one that matched nothing: warning "site-rule-missed") the general
 * cleaner reads the page. The rule's title and date win over the page's own.
 */
export function cleanWithSiteRules(given: string, url: string | null, rules: readonly SiteRule[], general: GeneralCleaner): Cleaned | null {
  const rule = findSiteRule(rules, url ?? scanPage(given).url);
  if (!rule) return null;
  const html = shallow(given);
  let page = applyTo(loadPage(html), html, rule);
  let { blocks, meta } = htmlToBlocks(page.html);
  if (page.marks && !hasBodyText(blocks, page.marks)) {
    // The body matched only empty or hidden elements: as if it matched nothing.
    page = { ...applyTo(loadPage(html), html, { ...rule, body: undefined }), missed: true };
    ({ blocks, meta } = htmlToBlocks(page.html));
  }
  meta = {
    ...meta,
    h1: page.title ?? meta.h1,
    published: page.published ?? meta.published,
    publishedSource: page.published ? 'site-rule' : meta.publishedSource,
  };
  const cleaned = page.marks ? lenient(blocks, meta, page.marks) : general(blocks, meta);
  return {
    ...cleaned,
    removed: [...page.dropped.map((text) => ({ text, reason: 'site-rule' })), ...cleaned.removed],
    siteRule: rule.match,
    warnings: page.missed ? [...cleaned.warnings, 'site-rule-missed'] : cleaned.warnings,
  };
}

/** A block inside an element the page hides: never part of a body a rule chose (the rule's author sees the page shown). */
function isHiddenBlock(b: Block): boolean {
  return b.roles.some((r) => r.role === 'hidden');
}

/** Whether any block that is not hidden lies between a start and an end mark. */
function hasBodyText(blocks: Block[], marks: { start: string; end: string }): boolean {
  let inside = false;
  for (const b of blocks) {
    if (b.text === marks.start) inside = true;
    else if (b.text === marks.end) inside = false;
    else if (inside && !isHiddenBlock(b)) return true;
  }
  return false;
}

/**
 * The body a rule chose, kept whole: every block between the marks but exact
 * repeats (ignoring white space) and the headline; the rest of the page is
 * "outside-body". A date line at the top of the body gives the date when
 * neither the rule nor the page's metadata did, and stays in the text.
 */
function lenient(blocks: Block[], meta: PageMeta, marks: { start: string; end: string }): Cleaned {
  const declared = meta.h1 ?? meta.title;
  const title = declared ? removePinyinGlosses(declared) : null;
  let titleSeen = false;
  let inside = false;
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  const removed: Removed[] = [];
  let published = meta.published;
  let publishedSource = meta.publishedSource;
  for (const b of blocks) {
    if (b.text === marks.start || b.text === marks.end) {
      inside = b.text === marks.start;
      continue;
    }
    const text = removePinyinGlosses(b.text);
    if (!text) continue;
    if (isHiddenBlock(b)) {
      removed.push({ text, reason: 'hidden' });
      continue;
    }
    if (!titleSeen && (text === title || (meta.title !== null && text === meta.title))) {
      titleSeen = true;
      continue;
    }
    if (!inside) {
      removed.push({ text, reason: 'outside-body' });
      continue;
    }
    const key = text.replace(/\s+/gu, '');
    if (seen.has(key)) {
      removed.push({ text, reason: 'duplicate' });
      continue;
    }
    seen.add(key);
    if (!published && paragraphs.length < 4 && isMetaLine(text)) {
      published = publishedFromLine(text);
      if (published) publishedSource = 'byline';
    }
    paragraphs.push(text);
  }
  return {
    title, paragraphs, removed, published, publishedSource, method: 'site-rule', warnings: paragraphs.length ? [] : ['empty-text'], meta, siteRule: null,
  };
}
