import { Parser, Tokenizer, type Handler } from 'htmlparser2';
import { isoDate, pad } from '../calendar/index.js';
import { collapseSpaces, countNonSpace } from '../util/spaces.js';
import { NONE, type Block, type PageMeta, type Role } from './block.js';
import { readJsonLd, type JsonLd } from './jsonld.js';

// <rt> and <rp> are ruby glosses (pinyin, bopomofo, furigana) and their parentheses: 财<rt>cái</rt> is 财.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'select', 'option', 'button', 'input', 'textarea', 'head', 'title', 'meta', 'link', 'rt', 'rp']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'blockquote', 'pre', 'figure',
  'figcaption', 'form', 'fieldset', 'legend', 'address', 'details', 'summary', 'center', 'hr', 'br',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// Maps, not object literals: a page's <constructor> or role="__proto__" must not find Object's own properties.
/** Elements whose whole subtree plays a boilerplate role. */
const ROLE_TAGS = new Map([['nav', 'nav'], ['footer', 'footer'], ['aside', 'aside'], ['form', 'form']]);
const ROLE_ATTR = new Map([['navigation', 'nav'], ['contentinfo', 'footer'], ['complementary', 'aside'], ['banner', 'header'], ['search', 'form']]);
// Class and id words that sites use for boilerplate containers. A word must be
// a whole token or a dash/underscore-delimited part: "ad" matches "ad-box",
// never "header" or "shadow".
const HINT_WORDS =
  /(?:^|[-_\s])(nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|sidebar|side|aside|comments?|reply|share|sharing|social|related|recommend|recommends|hot|hots|rank|ranking|ads?|advert|advertisement|banner|promo|sponsor|copyright|disclaimer|toolbar|tags|keywords|subscribe|newsletter|login|download|qrcode|pager|pagination|popular|most-read|widget)(?:$|[-_\s\d])/iu;
const ARTICLE_WORDS = /(?:^|[-_\s])(article|content|post|entry|story|body|text|detail|main)(?:$|[-_\s\d])/iu;

/**
 * HTML → blocks in reading order, plus what the page says about itself
 * (title, h1, publication date, lang), in one pass over htmlparser2's events.
 *
 * The parser is the one cheerio/slim builds its tree from, and its open and
 * close events (implied ones included) are exactly that tree's nesting, so
 * this reads what a walk over the cheerio document would read, without
 * building the document: building it cost more than the parse itself.
 *
 * The parser keeps its open elements with Array#unshift and looks close tags
 * up with indexOf, so a page nested 100k deep would take quadratic time. The
 * walk therefore stops when the parser's own stack passes MAX_NESTING (no
 * real page does: unclosed <p>, <li> and <option> close each other), and
 * the page is parsed again with the excess tags dropped, never its text
 * (its `depth` is then Infinity).
 */
export function htmlToBlocks(html: string): Walked {
  const page = walk(html);
  if (page) return page;
  const flat = walk(limitNesting(html)) ?? (walk(flattenTags(html), false) as Walked);
  return { ...flat, depth: Infinity };
}

/** A page's blocks and metadata, and its size as a DOM: elements, and nesting depth (Infinity past MAX_NESTING). */
export interface Walked {
  blocks: Block[];
  meta: PageMeta;
  elements: number;
  depth: number;
  /** The body the page declares in its JSON-LD (`articleBody` of an article), as written, or null. */
  articleBody: string | null;
}

/**
 * htmlparser2's tokenizer walks the page one character at a time in
 * JavaScript, even where it only waits for one or two characters: the end of
 * a script, style or comment, the next "<" or "&" in text, the closing quote
 * or an "&" in an attribute value. Those walks were most of the cleaning
 * time; String#indexOf finds the same characters natively. Each override
 * keeps the contract of the method it replaces and hands every character
 * the stock method acts on ("<", "&", the quote) back to it, so the events
 * are the same (the property test against cheerio's document checks them).
 * Should a later version rename the fields they read, the stock methods run.
 */
class IndexOfTokenizer extends Tokenizer {}

/** The tokenizer's private state that the overrides read and move. */
interface ScanState {
  buffer: unknown;
  index: number;
  offset: number;
  decodeEntities: unknown;
  /** The next "&" at or after the last position asked about (-1: none left; undefined: not looked for yet). */
  nextAmp?: number;
}
type FastForward = (this: ScanState, c: number) => boolean;
type StateText = (this: ScanState, c: number) => void;
type InAttributeValue = (this: ScanState, c: number, quote: number) => void;
const stock = Tokenizer.prototype as unknown as { fastForwardTo: FastForward; stateText: StateText; handleInAttributeValue: InAttributeValue };
const fast = IndexOfTokenizer.prototype as unknown as typeof stock;

const LT = 60;
const AMP = 38;
const usable = (t: ScanState): t is ScanState & { buffer: string } =>
  typeof t.buffer === 'string' && typeof t.index === 'number' && typeof t.offset === 'number';

fast.fastForwardTo = function fastForwardTo(c) {
  if (!usable(this)) return stock.fastForwardTo.call(this, c);
  const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
  if (at >= 0) {
    this.index = at + this.offset;
    return true;
  }
  // As the stock method: parse() increments the index after this returns.
  this.index = this.buffer.length + this.offset - 1;
  return false;
};

/** Where the next "&" at or after `from` is (the buffer's length if none): each "&" is looked for once. */
function nextAmp(t: ScanState & { buffer: string }, from: number): number {
  let at = t.nextAmp;
  if (at === undefined || (at >= 0 && at < from)) {
    at = t.buffer.indexOf('&', from);
    t.nextAmp = at;
  }
  return at < 0 ? t.buffer.length : at;
}

/** Moves to just before the first of `stop` and the next "&" after the current character. */
function skipTo(t: ScanState & { buffer: string }, stop: number): void {
  const from = t.index + 1 - t.offset;
  const at = t.buffer.indexOf(String.fromCharCode(stop), from);
  // parse() increments the index, so the loop next reads the character found.
  t.index = Math.min(at < 0 ? t.buffer.length : at, nextAmp(t, from)) + t.offset - 1;
}

fast.stateText = function stateText(c) {
  if (c === LT || c === AMP || this.decodeEntities !== true || !usable(this)) return stock.stateText.call(this, c);
  skipTo(this, LT);
};

fast.handleInAttributeValue = function handleInAttributeValue(c, quote) {
  if (c === quote || c === AMP || this.decodeEntities !== true || !usable(this)) return stock.handleInAttributeValue.call(this, c, quote);
  skipTo(this, quote);
};

/** Signals, from inside the parser's callbacks, that the page nests too deep. */
const TOO_DEEP = new Error('nested too deep');

function walk(html: string, guard = true): Walked | null {
  const walker = new BlockWalker(guard ? MAX_NESTING : Infinity);
  try {
    new Parser(walker, { Tokenizer: IndexOfTokenizer }).end(html);
  } catch (err) {
    if (err === TOO_DEEP) return null;
    throw err;
  }
  walker.flush();
  const ld = readJsonLd(walker.scan.ldJson, MAX_JSON_LD);
  return { blocks: walker.blocks, meta: readMeta(walker.scan, ld), elements: walker.elements, depth: walker.depth, articleBody: ld.articleBody };
}

// What an open element did on entering, undone when it closes: bits of one
// number per element, so the walk allocates nothing per tag.
/** Entered by the block walk (not skipped, not inside a skipped element). */
const WALKED = 1;
const BLOCK_END = 2;
const LINK = 4;
const ITEM = 8;
const HEADING = 16;
const ROLE = 32;
/** Opened a skipped subtree (script, hidden…). */
const SKIPPED = 64;
/** Opened a capture of its text for the page metadata. */
const CAPTURE_TITLE = 128;
const CAPTURE_H1 = 256;
const CAPTURE_LD = 512;
const CAPTURE_AUTHOR = 1024;
const CAPTURES = CAPTURE_TITLE | CAPTURE_H1 | CAPTURE_LD | CAPTURE_AUTHOR;
/** Opened a part of the page it hides (hidden, display: none). */
const HIDDEN = 2048;
/** JSON-LD past this many characters is read by the fallback patterns, on its first this many characters only. */
export const MAX_JSON_LD = 200_000;

/** Turns parser events into blocks and the metadata scan. */
class BlockWalker implements Partial<Handler> {
  readonly blocks: Block[] = [];
  readonly scan: MetaScan = { metas: new Map(), title: null, h1: null, hiddenH1: null, ldJson: [], time: null, lang: null, canonical: null, authorLink: null };
  private buf = '';
  private linkChars = 0;
  private bufHeading = 0;
  private bufList = false;
  private bufHint: string | null = null;
  private bufRoles: readonly Role[] = NONE;
  private bufPath: readonly number[] = NONE;
  // Ancestor state, kept as counters and stacks.
  private linkDepth = 0;
  private liDepth = 0;
  private skipDepth = 0;
  private readonly headingStack: number[] = [];
  private readonly hintStack: Role[] = [];
  /** Ids of the open block elements, outermost first. */
  private readonly blockStack: number[] = [];
  // Copies of the two stacks as they stand, made for the first block that needs them and shared by the
  // blocks after it until a stack changes: most blocks of a page sit in a few containers.
  private pathCopy: readonly number[] | null = null;
  private rolesCopy: readonly Role[] | null = null;
  private nextId = 0;
  private readonly frames: number[] = [];
  // Metadata: the visible text of the first h1 and rel=author link, and the raw text of a <title> or ld+json <script>, while open.
  private h1Text: string | null = null;
  private h1Hidden = false;
  /** Open elements the page hides. */
  private hiddenDepth = 0;
  private authorText: string | null = null;
  private rawText: string | null = null;
  private titleSeen = false;
  private timeSeen = false;

  /** Elements opened, and the deepest nesting reached: the page's size as a DOM would have it. */
  elements = 0;
  depth = 0;

  constructor(private readonly maxDepth: number) {}

  flush(): void {
    if (this.buf) {
      const text = collapseSpaces(this.buf);
      if (text) {
        const len = text.length;
        this.blocks.push({
          text,
          heading: this.bufHeading,
          listItem: this.bufList,
          linkDensity: len ? Math.min(1, this.linkChars / len) : 0,
          hint: this.bufHint,
          roles: this.bufRoles,
          path: this.bufPath,
        });
      }
    }
    this.buf = '';
    this.linkChars = 0;
  }

  onopentag(name: string, a: Record<string, string>): void {
    // htmlparser2 gives tag names lower-cased.
    let frame = this.scanTag(name, a);
    const at = this.frames.push(0) - 1;
    if (at >= this.maxDepth) throw TOO_DEEP;
    this.elements++;
    if (at >= this.depth) this.depth = at + 1;
    if (this.skipDepth > 0) {
      this.frames[at] = frame;
      return;
    }
    if (SKIP.has(name)) {
      this.frames[at] = frame | SKIPPED;
      this.skipDepth++;
      return;
    }
    frame |= WALKED;
    const block = BLOCK.has(name);
    if (block) this.flush();
    // A line break only ends the block before it; it has no end of its own.
    if (name === 'br' || name === 'hr') {
      this.frames[at] = frame;
      return;
    }
    if (block) {
      frame |= BLOCK_END;
      this.blockStack.push(this.nextId++);
      this.pathCopy = null;
    }
    // Hidden text is kept as a block with the role "hidden", not dropped: some
    // sites ship the article hidden and show it by script, and a container
    // that holds most of the page's prose is judged by that (see the cleaner).
    const hidden = isHidden(a);
    if (hidden) {
      this.hiddenDepth++;
      frame |= HIDDEN;
    }
    const role = hidden ? 'hidden' : roleOf(name, a);
    if (role) {
      this.hintStack.push({ id: this.nextId++, role });
      this.rolesCopy = null;
      frame |= ROLE;
    }
    // A link is an <a> with an href: <a name="top"> left open around a body is an anchor, not a link.
    if (name === 'a' && a.href !== undefined) {
      this.linkDepth++;
      frame |= LINK;
    }
    if (name === 'li') {
      this.liDepth++;
      frame |= ITEM;
    }
    const level = headingLevel(name);
    if (level) {
      this.headingStack.push(level);
      frame |= HEADING;
    }
    this.frames[at] = frame;
  }

  onclosetag(): void {
    if (!this.frames.length) return;
    const frame = this.frames.pop() as number;
    if (frame & CAPTURES) this.endCapture(frame);
    if (frame & SKIPPED) {
      this.skipDepth--;
      return;
    }
    if (!(frame & WALKED)) return;
    if (frame & BLOCK_END) {
      this.flush();
      this.blockStack.pop();
      this.pathCopy = null;
    }
    if (frame & LINK) this.linkDepth--;
    if (frame & ITEM) this.liDepth--;
    if (frame & HEADING) this.headingStack.pop();
    if (frame & ROLE) {
      this.hintStack.pop();
      this.rolesCopy = null;
    }
    if (frame & HIDDEN) this.hiddenDepth--;
  }

  ontext(raw: string): void {
    if (this.rawText !== null && this.rawText.length < MAX_JSON_LD) this.rawText += raw;
    // What a reader sees of an h1 or an author link: not a script inside it writing the headline.
    if (this.skipDepth > 0) return;
    if (this.h1Text !== null) this.h1Text += raw;
    if (this.authorText !== null) this.authorText += raw;
    const data = normalizeSpaces(raw);
    if (!this.buf) {
      this.bufHeading = this.headingStack[this.headingStack.length - 1] ?? 0;
      this.bufList = this.liDepth > 0;
      const hints = this.hintStack;
      this.bufHint = hints.length ? (hints[hints.length - 1] as Role).role : null;
      this.bufRoles = this.rolesCopy ??= hints.length ? hints.slice() : NONE;
      this.bufPath = this.pathCopy ??= this.blockStack.slice();
    }
    this.buf += data;
    if (this.linkDepth > 0) this.linkChars += countNonSpace(data);
  }

  /** The page's statements about itself, in document order (first one wins); the capture bits this element opens. */
  private scanTag(name: string, a: Record<string, string>): number {
    const scan = this.scan;
    if (name === 'meta' && a.content !== undefined) {
      this.meta('property', a.property, a.content);
      this.meta('name', a.name, a.content);
      this.meta('http-equiv', a['http-equiv'], a.content);
    }
    // <meta itemprop="datePublished" content>, <time itemprop="dateModified" datetime>
    if (a.itemprop !== undefined) this.meta('itemprop', a.itemprop, a.content ?? a.datetime);
    if (!this.timeSeen && name === 'time' && (a.datetime !== undefined || a.pubdate !== undefined)) {
      this.timeSeen = true;
      scan.time = a.datetime ?? null;
    }
    if (name === 'html' && scan.lang === null) scan.lang = a.lang ?? null;
    let capture = 0;
    if ((name === 'a' || name === 'link') && a.rel !== undefined) {
      const rel = ` ${a.rel.toLowerCase()} `;
      if (name === 'link' && scan.canonical === null && a.href && rel.includes(' canonical ')) scan.canonical = a.href;
      // <a rel="author" href="/writers/x">Name</a>: the name is the link's text.
      if (name === 'a' && scan.authorLink === null && this.authorText === null && this.skipDepth === 0 && rel.includes(' author ')) {
        this.authorText = '';
        capture |= CAPTURE_AUTHOR;
      }
    }
    // The first h1 with visible text: an h1 inside it is part of its text. One in a hidden part counts
    // only when the page has no other (see readMeta).
    if (name === 'h1' && scan.h1 === null && this.h1Text === null && this.skipDepth === 0) {
      const hidden = this.hiddenDepth > 0 || isHidden(a);
      if (!hidden || scan.hiddenH1 === null) {
        this.h1Text = '';
        this.h1Hidden = hidden;
        capture |= CAPTURE_H1;
      }
    }
    // <title> and <script> hold raw text only, so their captures never nest.
    if (name === 'title' && !this.titleSeen) {
      this.titleSeen = true;
      capture |= CAPTURE_TITLE;
      this.rawText = '';
    } else if (name === 'script' && (a.type ?? '').toLowerCase() === 'application/ld+json') {
      capture |= CAPTURE_LD;
      this.rawText = '';
    }
    return capture;
  }

  private meta(key: 'property' | 'name' | 'http-equiv' | 'itemprop', value: string | undefined, content: string | undefined): void {
    if (value === undefined || content === undefined) return;
    const k = `${key}:${value.toLowerCase()}`;
    if (!this.scan.metas.has(k)) this.scan.metas.set(k, content);
  }

  private endCapture(frame: number): void {
    if (frame & CAPTURE_H1) {
      const text = this.h1Text ?? '';
      this.h1Text = null;
      if (text.trim()) {
        if (this.h1Hidden) this.scan.hiddenH1 = text;
        else this.scan.h1 = text;
      }
    }
    if (frame & CAPTURE_AUTHOR) {
      const text = this.authorText ?? '';
      this.authorText = null;
      if (text.trim()) this.scan.authorLink = text;
    }
    if (frame & (CAPTURE_TITLE | CAPTURE_LD)) {
      const text = this.rawText ?? '';
      this.rawText = null;
      if (frame & CAPTURE_TITLE) this.scan.title = text;
      else this.scan.ldJson.push(text);
    }
  }
}

/** An element whose content is never page text: scripts, styles, templates, forms' widgets, the head. */
export function skipsSubtree(name: string): boolean {
  return SKIP.has(name);
}

/** An element the page hides (the hidden attribute, display: none). */
export function isHidden(attribs: Record<string, string>): boolean {
  return attribs.hidden !== undefined || (attribs.style !== undefined && /display\s*:\s*none/iu.test(attribs.style));
}

/** 1–6 for h1–h6, else 0. */
function headingLevel(name: string): number {
  if (name.length !== 2 || name.charCodeAt(0) !== 104 /* h */) return 0;
  const d = name.charCodeAt(1) - 48;
  return d >= 1 && d <= 6 ? d : 0;
}

const roleCache = new Map<string, string | null>();

function roleOf(name: string, attribs: Record<string, string>): string | null {
  const byTag = ROLE_TAGS.get(name);
  if (byTag) return byTag;
  if (attribs.role !== undefined) {
    const byRole = ROLE_ATTR.get(attribs.role.toLowerCase());
    if (byRole) return byRole;
  }
  const cls = attribs.class;
  const id = attribs.id;
  if (cls === undefined && id === undefined) return null;
  // The words as one string; a missing id adds nothing the word patterns could see.
  const words = id === undefined ? (cls as string) : `${cls ?? ''} ${id}`;
  // Pages repeat their class names; the answer depends on the words alone.
  let role = roleCache.get(words);
  if (role === undefined) {
    const m = HINT_WORDS.exec(words);
    // A container named both "article-content" and "share" is the article.
    role = m && !ARTICLE_WORDS.test(words) ? (m[1] ?? 'hint').toLowerCase() : null;
    if (roleCache.size >= 4096) roleCache.clear();
    roleCache.set(words, role);
  }
  return role;
}

// htmlparser2 decodes entities itself; this only turns the no-break spaces
// that pages use for indentation into plain spaces.
function normalizeSpaces(s: string): string {
  return s.indexOf('\u00a0') < 0 ? s : s.replace(/\u00a0/gu, ' ');
}

/** What readMeta needs of a page, gathered in the same pass. */
interface MetaScan {
  /** First content of each <meta>, by "property:og:title" / "name:pubdate" / "http-equiv:content-language" / "itemprop:datemodified" (names lower-cased). */
  metas: Map<string, string>;
  title: string | null;
  h1: string | null;
  /** The first h1 inside a hidden part: the headline when the page shows no h1 (a story shipped hidden, shown by script). */
  hiddenH1: string | null;
  ldJson: string[];
  time: string | null;
  lang: string | null;
  /** href of the first <link rel=canonical>. */
  canonical: string | null;
  /** Text of the first <a rel=author>. */
  authorLink: string | null;
}

/** Meta names that hold the publication date, in the order they are believed. */
const PUBLISHED_NAMES = ['pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date', 'dc.date.issued', 'article.published', 'sailthru.date']
  .map((name) => [`name:${name}`, `meta:${name}`] as const);
/** Metas that hold the last-modified date, after the Open Graph ones and JSON-LD. */
const MODIFIED_NAMES = ['http-equiv:last-modified', 'name:last-modified', 'name:lastmod', 'name:dc.date.modified']
  .map((key) => [key, `meta:${key.slice(key.indexOf(':') + 1)}`] as const);

function readMeta(scan: MetaScan, ld: JsonLd): PageMeta {
  const metaContent = (key: string) => {
    const v = scan.metas.get(key);
    return v === undefined ? null : collapseSpaces(v) || null;
  };
  const text = (v: string | null) => (v === null ? null : collapseSpaces(v) || null);
  const dates = () => {
    let value: string | null = null;
    let source: string | null = null;
    const tryDate = (v: string | null | undefined, from: string) => {
      if (value || !v) return;
      const iso = isoFromMeta(v);
      if (iso) {
        value = iso;
        source = from;
      }
    };
    return { tryDate, get: () => ({ value, source }) };
  };
  const pub = dates();
  pub.tryDate(metaContent('property:article:published_time') ?? metaContent('name:article:published_time'), 'meta:article:published_time');
  pub.tryDate(ld.datePublished, 'json-ld:datePublished');
  pub.tryDate(metaContent('itemprop:datepublished'), 'itemprop:datePublished');
  for (const [key, source] of PUBLISHED_NAMES) pub.tryDate(scan.metas.get(key), source);
  pub.tryDate(scan.time, 'time[datetime]');
  const mod = dates();
  mod.tryDate(metaContent('property:article:modified_time') ?? metaContent('name:article:modified_time'), 'meta:article:modified_time');
  mod.tryDate(metaContent('property:og:updated_time'), 'meta:og:updated_time');
  mod.tryDate(ld.dateModified, 'json-ld:dateModified');
  mod.tryDate(metaContent('itemprop:datemodified'), 'itemprop:dateModified');
  for (const [key, source] of MODIFIED_NAMES) mod.tryDate(scan.metas.get(key), source);

  // article:author is often a profile URL, not a name.
  const notUrl = (v: string | null) => (v && !/^(?:https?:)?\/\//iu.test(v) && !v.startsWith('/') ? v : null);
  const lang = scan.lang?.trim() || (metaContent('http-equiv:content-language') ?? metaContent('name:content-language'))?.split(/[,;\s]/u)[0] || null;
  return {
    title: text(scan.title),
    ogTitle: metaContent('property:og:title') ?? metaContent('name:og:title') ?? metaContent('name:twitter:title') ?? metaContent('property:twitter:title'),
    headline: ld.headline,
    h1: text(scan.h1) ?? text(scan.hiddenH1),
    published: pub.get().value,
    publishedSource: pub.get().source,
    modified: mod.get().value,
    modifiedSource: mod.get().source,
    lang,
    canonicalUrl: text(scan.canonical) ?? metaContent('property:og:url'),
    siteName: metaContent('property:og:site_name') ?? metaContent('name:application-name') ?? ld.publisher,
    author: notUrl(metaContent('name:author')) ?? notUrl(metaContent('property:article:author')) ?? ld.author ?? text(scan.authorLink),
  };
}

/** Past this depth a page is not a page but an attack; real news pages stay under a hundred. */
export const MAX_NESTING = 512;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** A tag as written, for the passes over the raw page: "/" if closing, the name, "/" if self-closing. */
const tagPattern = () => /<(\/?)([A-Za-z][A-Za-z0-9:-]{0,40})(?:\s[^<>]{0,4000})?(\/?)>/gu;

/**
 * Drops the tags (never the text) of elements nested deeper than `max`
 * (a dropped block tag leaves a line break, so paragraphs stay apart),
 * counting open and close tags as written. Used only on a page whose parse
 * went past MAX_NESTING; it leaves an ordinary page untouched (the same
 * string) and flattens only the pathological part of the others.
 */
export function limitNesting(html: string, max = MAX_NESTING): string {
  const tag = tagPattern();
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
        return dropTag(name);
      }
      depth = Math.max(0, depth - 1);
      return whole;
    }
    if (depth >= max) {
      excess++;
      return dropTag(name);
    }
    depth++;
    return whole;
  });
}

// Elements whose content the parser reads as raw text: they cannot nest.
const RAW_TEXT = /^(?:script|style|title|textarea|xmp|iframe|noembed|noframes|plaintext)$/iu;

/**
 * The last resort for a page whose nesting defeats limitNesting (close tags
 * that match nothing open, tags that close each other implicitly): every tag
 * goes, block tags becoming line breaks, so nothing nests and no text is
 * lost; raw-text elements stay, so scripts do not turn into text.
 */
export function flattenTags(html: string): string {
  return html.replace(tagPattern(), (whole, _close: string, name: string) => (RAW_TEXT.test(name) ? whole : dropTag(name.toLowerCase())));
}

/** What a dropped tag leaves: a line break where it ended a block, else nothing (as in the page's text). */
function dropTag(name: string): string {
  return BLOCK.has(name) ? '<br>' : '';
}

/**
 * "2025-06-19T20:03:00+08:00" stays as given (ISO 8601 with its offset);
 * "2025-06-19 20:03" becomes "2025-06-19T20:03"; "2025/6/19" becomes "2025-06-19".
 */
export function isoFromMeta(value: string): string | null {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]{1,3}(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s{0,2}(Z|[+-]\d{2}:?\d{2})?)?/u.exec(value.trim());
  if (!m) return httpDate(value);
  const [, y, mo, d, h, mi, s, tz] = m;
  const date = isoDate(Number(y), Number(mo), Number(d));
  if (!date) return null;
  let out = date;
  if (h !== undefined && mi !== undefined) {
    out += `T${pad(Number(h))}:${mi}`;
    if (s !== undefined) out += `:${s}`;
    if (tz) out += tz === 'Z' ? 'Z' : tz.includes(':') ? tz : `${tz.slice(0, 3)}:${tz.slice(3)}`;
  }
  return out;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** An HTTP date, as a last-modified meta gives it: "Thu, 19 Jun 2025 08:05:00 GMT" → "2025-06-19T08:05:00Z". */
function httpDate(value: string): string | null {
  const m = /^(?:[A-Za-z]{3,9},\s{1,3})?(\d{1,2})[\s-]{1,3}([A-Za-z]{3})[\s-]{1,3}(\d{4})\s{1,3}(\d{2}):(\d{2}):(\d{2})\s{0,3}(GMT|UTC|Z|[+-]\d{4})?$/u.exec(value.trim());
  if (!m) return null;
  const [, d, mon, y, h, mi, s, tz] = m;
  const date = isoDate(Number(y), MONTHS.indexOf((mon as string).toLowerCase()) + 1, Number(d));
  if (!date || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return null;
  const zone = !tz ? '' : tz === 'GMT' || tz === 'UTC' || tz === 'Z' ? 'Z' : `${tz.slice(0, 3)}:${tz.slice(3)}`;
  return `${date}T${h}:${mi}:${s}${zone}`;
}
