import { load } from 'cheerio/slim';
import { pad } from '../extract/date/common.js';
import type { Block, PageMeta } from './block.js';

/** The parts of a domhandler node this walker reads. */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'select', 'option', 'button', 'input', 'textarea', 'head', 'title', 'meta', 'link']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'blockquote', 'pre', 'figure',
  'figcaption', 'form', 'fieldset', 'legend', 'address', 'details', 'summary', 'center', 'hr', 'br',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements whose whole subtree plays a boilerplate role. */
const ROLE_TAGS: Record<string, string> = { nav: 'nav', footer: 'footer', aside: 'aside', form: 'form' };
const ROLE_ATTR: Record<string, string> = { navigation: 'nav', contentinfo: 'footer', complementary: 'aside', banner: 'header', search: 'form' };
// Class and id words that sites use for boilerplate containers. A word must be
// a whole token or a dash/underscore-delimited part: "ad" matches "ad-box",
// never "header" or "shadow".
const HINT_WORDS =
  /(?:^|[-_\s])(nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|sidebar|side|aside|comments?|reply|share|sharing|social|related|recommend|recommends|hot|hots|rank|ranking|ads?|advert|advertisement|banner|promo|sponsor|copyright|disclaimer|toolbar|tags|keywords|subscribe|newsletter|login|download|qrcode|pager|pagination|popular|most-read|widget)(?:$|[-_\s\d])/iu;
const ARTICLE_WORDS = /(?:^|[-_\s])(article|content|post|entry|story|body|text|detail|main)(?:$|[-_\s\d])/iu;

/**
 * HTML → blocks in reading order, plus what the page says about itself
 * (title, h1, publication date, lang). One explicit-stack walk, so pages nested
 * 100k deep cannot overflow the call stack.
 */
export function htmlToBlocks(html: string): { blocks: Block[]; meta: PageMeta } {
  const $ = load(limitNesting(html));
  const root = $.root()[0] as unknown as DomNode;
  const meta = readMeta(root);
  const blocks: Block[] = [];

  let buf = '';
  let linkChars = 0;
  let bufHeading = 0;
  let bufList = false;
  let bufHint: string | null = null;
  // Ancestor state, kept as counters and stacks while walking.
  let linkDepth = 0;
  let liDepth = 0;
  const headingStack: number[] = [];
  const hintStack: string[] = [];

  const flush = () => {
    const text = buf.replace(/\s+/gu, ' ').trim();
    if (text) {
      const len = text.length;
      blocks.push({
        text,
        heading: bufHeading,
        listItem: bufList,
        linkDensity: len ? Math.min(1, linkChars / len) : 0,
        hint: bufHint,
      });
    }
    buf = '';
    linkChars = 0;
  };

  type Frame = { node: DomNode; exit: boolean; role: string | null };
  const stack: Frame[] = [{ node: root, exit: false, role: null }];
  while (stack.length) {
    const frame = stack.pop() as Frame;
    const { node } = frame;
    const name = node.name?.toLowerCase() ?? '';
    if (frame.exit) {
      if (BLOCK.has(name)) flush();
      if (name === 'a') linkDepth--;
      if (name === 'li') liDepth--;
      if (/^h[1-6]$/u.test(name)) headingStack.pop();
      if (frame.role) hintStack.pop();
      continue;
    }
    if (node.type === 'text') {
      const data = normalizeSpaces(node.data ?? '');
      if (!buf) {
        bufHeading = headingStack[headingStack.length - 1] ?? 0;
        bufList = liDepth > 0;
        bufHint = hintStack[hintStack.length - 1] ?? null;
      }
      buf += data;
      if (linkDepth > 0) linkChars += data.replace(/\s+/gu, '').length;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    if (SKIP.has(name)) continue;
    if (node.attribs?.hidden !== undefined || /display\s*:\s*none/iu.test(node.attribs?.style ?? '')) continue;
    if (BLOCK.has(name)) flush();
    if (name === 'br' || name === 'hr') continue;
    const role = roleOf(name, node.attribs ?? {});
    if (role) hintStack.push(role);
    if (name === 'a') linkDepth++;
    if (name === 'li') liDepth++;
    if (/^h[1-6]$/u.test(name)) headingStack.push(Number(name[1]));
    stack.push({ node, exit: true, role });
    const kids = node.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] as DomNode, exit: false, role: null });
  }
  flush();
  return { blocks, meta };
}

function roleOf(name: string, attribs: Record<string, string>): string | null {
  const byTag = ROLE_TAGS[name];
  if (byTag) return byTag;
  const byRole = ROLE_ATTR[(attribs.role ?? '').toLowerCase()];
  if (byRole) return byRole;
  const words = `${attribs.class ?? ''} ${attribs.id ?? ''}`;
  const m = HINT_WORDS.exec(words);
  // A container named both "article-content" and "share" is the article.
  if (m && !ARTICLE_WORDS.test(words)) return (m[1] ?? 'hint').toLowerCase();
  return null;
}

// htmlparser2 (cheerio/slim) decodes entities itself; this only turns the
// no-break spaces that pages use for indentation into plain spaces.
function normalizeSpaces(s: string): string {
  return s.replace(/\u00a0/gu, ' ');
}

/** What readMeta needs of a page, gathered in one walk. */
interface MetaScan {
  /** First content of each <meta>, by "property:og:title" / "name:pubdate" (names lower-cased). */
  metas: Map<string, string>;
  title: string | null;
  h1: string | null;
  ldJson: string[];
  itemprop: string | null;
  time: string | null;
  lang: string | null;
}

/**
 * Collects the page's own statements about itself in one explicit-stack walk
 * (css selectors in cheerio walk with Array#unshift, which is quadratic on
 * deeply nested pages).
 */
function scanMeta(root: DomNode): MetaScan {
  const scan: MetaScan = { metas: new Map(), title: null, h1: null, ldJson: [], itemprop: null, time: null, lang: null };
  let timeSeen = false;
  let itempropSeen = false;
  const stack: DomNode[] = [root];
  while (stack.length) {
    const node = stack.pop() as DomNode;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const name = node.name?.toLowerCase() ?? '';
      const a = node.attribs ?? {};
      if (name === 'meta' && a.content !== undefined) {
        for (const key of ['property', 'name'] as const) {
          const v = a[key];
          if (v !== undefined && !scan.metas.has(`${key}:${v.toLowerCase()}`)) scan.metas.set(`${key}:${v.toLowerCase()}`, a.content);
        }
      }
      if (name === 'title' && scan.title === null) scan.title = textOf(node);
      if (name === 'h1' && scan.h1 === null && textOf(node).trim()) scan.h1 = textOf(node);
      if (name === 'script' && (a.type ?? '').toLowerCase() === 'application/ld+json') scan.ldJson.push(textOf(node));
      if (!itempropSeen && a.itemprop === 'datePublished') {
        itempropSeen = true;
        scan.itemprop = a.content ?? a.datetime ?? null;
      }
      if (!timeSeen && name === 'time' && (a.datetime !== undefined || a.pubdate !== undefined)) {
        timeSeen = true;
        scan.time = a.datetime ?? null;
      }
      if (name === 'html' && scan.lang === null) scan.lang = a.lang ?? null;
    }
    const kids = node.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as DomNode);
  }
  return scan;
}

/** All text under a node, in order (cheerio's .text()), without recursion. */
function textOf(node: DomNode): string {
  let out = '';
  const stack: DomNode[] = [node];
  while (stack.length) {
    const n = stack.pop() as DomNode;
    if (n.type === 'text') out += n.data ?? '';
    const kids = n.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as DomNode);
  }
  return out;
}

function readMeta(root: DomNode): PageMeta {
  const scan = scanMeta(root);
  const metaContent = (key: string) => scan.metas.get(key)?.trim() || null;
  const title = metaContent('property:og:title') ?? metaContent('name:twitter:title') ?? (scan.title?.replace(/\s+/gu, ' ').trim() || null);
  const h1 = scan.h1 !== null ? scan.h1.replace(/\s+/gu, ' ').trim() : null;

  let published: string | null = null;
  let publishedSource: string | null = null;
  const tryDate = (value: string | null | undefined, source: string) => {
    if (published || !value) return;
    const iso = isoFromMeta(value);
    if (iso) {
      published = iso;
      publishedSource = source;
    }
  };
  tryDate(metaContent('property:article:published_time'), 'meta:article:published_time');
  for (const json of scan.ldJson) tryDate(findJsonLdDate(json), 'json-ld:datePublished');
  tryDate(scan.itemprop, 'itemprop:datePublished');
  for (const name of ['pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date', 'dc.date.issued', 'article.published', 'sailthru.date']) {
    tryDate(metaContent(`name:${name}`), `meta:${name}`);
  }
  tryDate(scan.time, 'time[datetime]');
  const lang = scan.lang?.trim() || null;
  return { title, h1, published, publishedSource, lang };
}

/**
 * An upper bound of a page's nesting, cheap enough to run on every page: open
 * tags (void elements aside) minus close tags, never below zero, at its
 * highest. Self-closing and implied-closed elements only make it larger, so
 * when it stays under the limit the exact pass can be skipped.
 */
function depthBound(html: string): number {
  let depth = 0;
  let max = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const close = html.charCodeAt(i + 1) === 47; /* / */
    const start = close ? i + 2 : i + 1;
    if (!isAsciiLetter(html.charCodeAt(start))) continue;
    let j = start + 1;
    while (j < html.length && j - start <= 41 && isNameChar(html.charCodeAt(j))) j++;
    // No void element's name is longer than 6 letters: only short names need a look.
    const isVoid = j - start <= 6 && VOID.has(html.slice(start, j).toLowerCase());
    if (close) {
      // Counted exactly as limitNesting counts it, so the bound holds; "</div>" needs no regex.
      if (html.charCodeAt(j) === 62 /* > */ && j - start <= 41) {
        if (!isVoid && depth > 0) depth--;
        continue;
      }
      CLOSE_AT.lastIndex = i;
      const m = CLOSE_AT.exec(html);
      if (m && !m[2] && !VOID.has((m[1] as string).toLowerCase()) && depth > 0) depth--;
      continue;
    }
    if (isVoid) continue;
    if (++depth > max) max = depth;
  }
  return max;
}

const CLOSE_AT = /<\/([A-Za-z][A-Za-z0-9:-]{0,40})(?:\s[^<>]{0,4000})?(\/?)>/uy;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 58 || c === 45;

/** Past this depth a page is not a page but an attack; real news pages stay under a hundred. */
export const MAX_NESTING = 512;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Drops the tags (never the text) of elements nested deeper than `max`.
 * The HTML parser keeps its open-element stack with Array#unshift, so a page
 * nested 100k deep would take quadratic time; this linear pre-pass leaves
 * every ordinary page untouched (the same string) and flattens only the
 * pathological part of the others.
 */
export function limitNesting(html: string, max = MAX_NESTING): string {
  if (depthBound(html) <= max) return html;
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9:-]{0,40})(?:\s[^<>]{0,4000})?(\/?)>/gu;
  let depth = 0;
  let excess = 0;
  let deep = false;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = (m[2] as string).toLowerCase();
    if (VOID.has(name) || m[3]) continue;
    if (m[1]) {
      if (excess) excess--;
      else depth = Math.max(0, depth - 1);
    } else if (depth >= max) {
      excess++;
      deep = true;
    } else depth++;
  }
  if (!deep) return html;
  // Second pass, the same bookkeeping, now dropping the tags beyond the limit.
  depth = 0;
  excess = 0;
  return html.replace(tag, (whole, close: string, rawName: string, selfClose: string) => {
    const name = rawName.toLowerCase();
    if (VOID.has(name) || selfClose) return whole;
    if (close) {
      if (excess) {
        excess--;
        return ' ';
      }
      depth = Math.max(0, depth - 1);
      return whole;
    }
    if (depth >= max) {
      excess++;
      return ' ';
    }
    depth++;
    return whole;
  });
}

function findJsonLdDate(json: string): string | null {
  const m = /"datePublished"\s{0,5}:\s{0,5}"([^"]{4,40})"/u.exec(json);
  return m?.[1] ?? null;
}

/**
 * "2025-06-19T20:03:00+08:00" stays as given (ISO 8601 with its offset);
 * "2025-06-19 20:03" becomes "2025-06-19T20:03"; "2025/6/19" becomes "2025-06-19".
 */
export function isoFromMeta(value: string): string | null {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]{1,3}(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s{0,2}(Z|[+-]\d{2}:?\d{2})?)?/u.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, tz] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  let out = `${y}-${pad(month)}-${pad(day)}`;
  if (h !== undefined && mi !== undefined) {
    out += `T${pad(Number(h))}:${mi}`;
    if (s !== undefined) out += `:${s}`;
    if (tz) out += tz === 'Z' ? 'Z' : tz.includes(':') ? tz : `${tz.slice(0, 3)}:${tz.slice(3)}`;
  }
  return out;
}
