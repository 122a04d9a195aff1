/** What a page's JSON-LD says about its article; each field null when it does not say. */
export interface JsonLd {
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  /** `author.name` (author a string, an object, or an array: its first). */
  author: string | null;
  /** `publisher.name`. */
  publisher: string | null;
  /** `articleBody` of an object typed as an article, as written (line breaks kept); never read by the patterns. */
  articleBody: string | null;
}

type Node = Record<string, unknown>;

/** Objects looked at per page: a page with more in its JSON-LD is not describing one article. */
const MAX_NODES = 200;
// schema.org's article types end so, but for ReportageNews (a NewsArticle).
const ARTICLE_TYPE = /(?:Article|Posting|Report|ReportageNews)$/u;
const FIELDS = ['headline', 'datePublished', 'dateModified', 'author', 'publisher'] as const;
const NAMES_FIELD = /"(?:headline|datePublished|dateModified|author|publisher)"/u;

/**
 * The contents of a page's `<script type="application/ld+json">` blocks →
 * what they say about the article. Each block is read with JSON.parse: a
 * single object, an array of them, or a `@graph` of them (nested one level).
 * Objects typed as an article (NewsArticle, Article, ReportageNews,
 * BlogPosting…) speak first, then the others (a WebPage's datePublished), in
 * page order. A block that is not valid JSON (raw line breaks inside its
 * strings, a trailing comma, a truncated copy) is read by patterns for the
 * same fields. `maxChars`: a block this long was cut by the walk and goes to
 * the patterns directly.
 */
export function readJsonLd(blocks: readonly string[], maxChars: number): JsonLd {
  const articles: Node[] = [];
  const others: Node[] = [];
  const fallback: JsonLd[] = [];
  for (const raw of blocks) {
    // A BreadcrumbList or a site search box says nothing of the article: not worth a parse.
    if (!NAMES_FIELD.test(raw)) continue;
    const parsed = raw.length < maxChars ? parseJson(raw) : undefined;
    if (parsed === undefined) {
      fallback.push(byPatterns(raw));
      continue;
    }
    for (const node of nodesOf(parsed)) (isArticle(node) ? articles : others).push(node);
  }
  const out: JsonLd = { headline: null, datePublished: null, dateModified: null, author: null, publisher: null, articleBody: null };
  for (const node of [...articles, ...others]) {
    for (const f of FIELDS) out[f] ??= fieldOf(node, f);
  }
  for (const node of articles) {
    const body = node.articleBody;
    if (typeof body === 'string' && body.trim()) {
      out.articleBody = body;
      break;
    }
  }
  for (const fb of fallback) for (const f of FIELDS) out[f] ??= fb[f];
  return out;
}

function parseJson(raw: string): unknown {
  // Line breaks and tabs typed raw inside strings (invalid JSON, common on CMS pages) become
  // spaces, which outside strings they were already; an HTML comment around it goes. One
  // attempt, and no stack trace for a refusal: a thrown SyntaxError costs more than the parse.
  const text = raw.replace(/[\x00-\x1f]+/g, ' ').trim().replace(/^<!--/, '').replace(/-->$/, '');
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The objects of a parsed block: itself or its items, and their @graph items, at most MAX_NODES. */
function nodesOf(value: unknown): Node[] {
  const out: Node[] = [];
  const add = (v: unknown, depth: number) => {
    if (out.length >= MAX_NODES) return;
    if (Array.isArray(v)) {
      if (depth < 2) for (const item of v) add(item, depth + 1);
      return;
    }
    if (!v || typeof v !== 'object') return;
    const node = v as Node;
    out.push(node);
    if (depth < 2 && Array.isArray(node['@graph'])) add(node['@graph'], depth + 1);
  };
  add(value, 0);
  return out;
}

function isArticle(node: Node): boolean {
  const t = node['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPE.test(x));
}

function fieldOf(node: Node, field: (typeof FIELDS)[number]): string | null {
  const v = node[field];
  if (field === 'author' || field === 'publisher') return nameOf(Array.isArray(v) ? v[0] : v);
  return text(v);
}

/** A person or organization: a name as a string, or an object with a `name`. */
function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return text(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) return text((v as Node).name);
  return null;
}

function text(v: unknown): string | null {
  return typeof v === 'string' ? v.replace(/\s+/gu, ' ').trim() || null : null;
}

// A JSON string's contents, escapes included; bounded.
const STR = String.raw`"((?:[^"\\]|\\.){1,500})"`;
const PATTERNS: ReadonlyArray<readonly [keyof JsonLd, RegExp]> = [
  ['headline', new RegExp(String.raw`"headline"\s{0,20}:\s{0,20}${STR}`, 'u')],
  ['datePublished', new RegExp(String.raw`"datePublished"\s{0,20}:\s{0,20}${STR}`, 'u')],
  ['dateModified', new RegExp(String.raw`"dateModified"\s{0,20}:\s{0,20}${STR}`, 'u')],
  // "author": "Name" | {"@type": "Person", "name": "Name"} | [{…"name": "Name"}]
  ['author', new RegExp(String.raw`"author"\s{0,20}:\s{0,20}(?:\[\s{0,20})?(?:\{[^{}]{0,300}?"name"\s{0,20}:\s{0,20})?${STR}`, 'u')],
  ['publisher', new RegExp(String.raw`"publisher"\s{0,20}:\s{0,20}\{[^{}]{0,300}?"name"\s{0,20}:\s{0,20}${STR}`, 'u')],
];

/** The fields of a block JSON.parse cannot read, by pattern. */
function byPatterns(raw: string): JsonLd {
  const out: JsonLd = { headline: null, datePublished: null, dateModified: null, author: null, publisher: null, articleBody: null };
  for (const [field, re] of PATTERNS) {
    const m = re.exec(raw);
    if (m?.[1] !== undefined) out[field] = text(unescape(m[1]));
  }
  return out;
}

function unescape(s: string): string {
  if (!s.includes('\\')) return s;
  try {
    return JSON.parse(`"${s.replace(/[\x00-\x1f]+/g, ' ')}"`) as string;
  } catch {
    return s;
  }
}
