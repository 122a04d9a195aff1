// First: regexes compile to machine code from their first use (see the module).
import './util/regexp-engine.js';
import { createHash } from 'node:crypto';
import { cleanPage, keepWhole, type Cleaned } from './clean/index.js';
import type { PageMeta } from './clean/block.js';
import { publishedFromDateline, publishedFromUrl } from './clean/published.js';
import type { SiteRule } from './clean/site-rules.js';
import { decodeBytes, type Decoded } from './ingest/decode.js';
import { detectLanguage, paragraphLanguage } from './lang/detect.js';
import { formatDay, type RefDate } from './calendar/index.js';
import { foldDigits } from './numerals/digits.js';
import { foldKeyboardLetters } from './util/chars.js';
import { KINDS } from './extract/kinds.js';
import { CLEAN_WORDS, LANGUAGES } from './extract/languages.js';
import { linkMeasures } from './extract/measure/link.js';
import { findSpans, runRefiners } from './extract/run.js';
import type { ExtractContext, Language } from './extract/types.js';
import { sortFacts } from './facts/build.js';
import { Sentences } from './facts/sentences.js';
import { Article, SCHEMA_VERSION, type Article as ArticleT, type Fact, type PageInfo, type Warning } from './article/schema.js';
import { InputError, parseRefDate } from './input.js';

/** One article to extract: raw bytes of a saved file, or text / HTML already decoded. */
export interface ArticleInput {
  /** Raw bytes as saved; decoded here (BOM, declared charset, or a guess). */
  bytes?: Uint8Array;
  html?: string;
  text?: string;
  /** Whether `bytes` hold HTML or text; sniffed when absent. */
  format?: 'html' | 'text';
  /** Charset from outside the bytes (an HTTP header). */
  charsetHint?: string | null;
  /** Name recorded as `source.file`. */
  file?: string | null;
  url?: string | null;
  /** Language hint (BCP 47, e.g. "zh-Hant", "ar"): skips detection. */
  lang?: string | null;
  /** Publication date known from outside the page. */
  published?: string | null;
  /** Reference date for relative dates when the page prints none: YYYY-MM-DD, or a date-time (its day is taken). */
  refDate?: string | null;
  /** The country the text is about (ISO 3166-1 alpha-2: "SA", "HK"): decides bare currency words (元, ريال); overrides `ExtractOptions.country`. */
  country?: string | null;
  /** false: the text is already the article body; keep it whole. Default true. */
  clean?: boolean;
  /**
   * A last-resort reference date from outside the page (a fetched page's HTTP
   * Last-Modified, or when it was fetched): used only when neither the page,
   * the input nor the options give one. Never taken as the publication date.
   */
  fallbackRefDate?: { date: string; source: string } | null;
}

export interface ExtractOptions {
  /** Reference date used when neither the page nor the input gives one: YYYY-MM-DD or a date-time (its day is taken), or the value already parsed. */
  refDate?: string | RefDate | null;
  /**
   * Site rules, as parseSiteRules reads a `--site-rules` file: the rule for
   * a page's URL (`ArticleInput.url`, else the page's canonical link or
   * og:url) picks its body, drops elements, and gives its title and date.
   */
  siteRules?: readonly SiteRule[] | null;
  /** The country every text is about (ISO 3166-1 alpha-2), for bare currency words; see `ArticleInput.country`. */
  country?: string | null;
  /**
   * For benchmarks: a clock, and where to add each stage's milliseconds
   * (decode, clean, lang, extract, facts, validate). The output never depends on it.
   */
  timings?: StageTimings;
}

/** Milliseconds per pipeline stage, summed over the articles it is passed to. */
export interface StageTimings {
  now(): number;
  ms: Record<string, number>;
}

export { InputError, parseRefDate };

/**
 * The pipeline in one place: bytes → decoded text → cleaned headline and
 * paragraphs → language and script → money and date spans → facts → one
 * article object, validated by the schema. Pure: no files, network, clock or
 * environment.
 */
export function extractArticle(input: ArticleInput, options: ExtractOptions = {}): ArticleT {
  const t = options.timings;
  let last = t ? t.now() : 0;
  const lap = (stage: string) => {
    if (!t) return;
    const now = t.now();
    t.ms[stage] = (t.ms[stage] ?? 0) + now - last;
    last = now;
  };
  const { content, format, decoded, sha256, bytes } = ingest(input);
  lap('decode');
  const source = format === 'html' ? { html: content, url: input.url ?? null, siteRules: options.siteRules ?? null } : { text: content };
  const cleaned: Cleaned = input.clean === false ? keepWhole(source) : cleanPage(source, CLEAN_WORDS);

  const { text, paragraphs } = assemble(cleaned);
  lap('clean');
  const detected = detectLanguage(text, input.lang);
  lap('lang');

  // The reference date is parsed once (here, or by the caller) and passed down as a value.
  const explicit = input.refDate ?? options.refDate ?? null;
  const givenSource = explicit ? 'given' : input.fallbackRefDate ? input.fallbackRefDate.source : null;
  let givenDay: RefDate | null | undefined;
  const given = () => (givenDay ??= refDateOf(explicit ?? input.fallbackRefDate?.date ?? null));
  let published = input.published ?? cleaned.published;
  let publishedSource = input.published ? 'given' : cleaned.publishedSource;
  const page = pageInfo(cleaned.meta, input.url ?? null);
  if (!published) {
    // /2025/06/19/ in the page's URL: a whole day, after everything the page prints.
    published = publishedFromUrl(input.url) ?? publishedFromUrl(page.canonicalUrl);
    if (published) publishedSource = 'url';
  }
  if (!published) {
    // 本报上海3月2日讯: a dateline gives month and day; the reference date gives the year.
    const body = paragraphs.find((p) => p.role === 'body');
    published = body ? publishedFromDateline(text.slice(body.start, body.end), given()) : null;
    if (published) publishedSource = 'dateline';
  }
  const publishedDay = /^(\d{4}-\d{2}-\d{2})/u.exec(published ?? '')?.[1];
  const publishedRef = publishedDay ? parseRefDate(publishedDay) : null;
  const refDate = publishedRef ?? given();

  const paragraphLangs = paragraphs.map((p) => paragraphLanguage(text.slice(p.start, p.end), detected));
  const ctx: ExtractContext = {
    text, scan: foldKeyboardLetters(foldDigits(text)), lang: detected.lang, script: detected.script, refDate,
    url: input.url ?? page.canonicalUrl ?? null, country: countryOf(input.country ?? options.country ?? null),
    sentences: new Sentences(text), maxSpans: 4 * MAX_FACTS,
  };
  const accepted = acceptedLanguages(text, paragraphs, paragraphLangs, detected.script);
  const found = KINDS.map((kind) => findSpans(kind, accepted, ctx));
  lap('extract');
  // Candidates overlap (2025年3月5日 is also 3月5日): only far too many is refused before overlaps are dropped.
  const candidates = found.reduce((n, spans) => n + spans.length, 0);
  if (candidates > 4 * MAX_FACTS) throw tooManyFacts(candidates);
  const all: Fact[] = [];
  KINDS.forEach((kind, i) => {
    for (const s of runRefiners(kind.refiners, found[i] as never[], ctx)) all.push(kind.toFact(s, ctx));
  });
  const sorted = sortFacts(all);
  if (sorted.length > MAX_FACTS) throw tooManyFacts(sorted.length);
  const title = paragraphs.find((p) => p.role === 'title');
  const facts = linkMeasures(sorted, text, ctx.sentences, title ? [title.start, title.end] : null);

  const article: ArticleT = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      file: input.file ?? null,
      url: input.url ?? null,
      sha256,
      bytes,
      format,
      encoding: decoded?.encoding ?? 'utf-8',
      encodingSource: decoded?.encodingSource ?? 'given',
      invalidBytes: decoded?.invalidBytes ?? false,
    },
    page,
    lang: detected.lang,
    script: detected.script,
    published: published ?? null,
    publishedSource: published ? publishedSource ?? null : null,
    modified: cleaned.meta.modified,
    modifiedSource: cleaned.meta.modified ? cleaned.meta.modifiedSource : null,
    refDate: refDate ? formatDay(refDate) : null,
    refDateSource: refDate ? (publishedRef ? 'published' : givenSource) : null,
    title: cleaned.title,
    text,
    paragraphs: paragraphs.map((p, i) => ({ ...p, lang: paragraphLangs[i] as string })),
    facts,
    removed: cleaned.removed,
    cleaner: cleaned.method,
    siteRule: cleaned.siteRule,
    warnings: warningsOf(cleaned, detected.lang, refDate),
  };
  lap('facts');
  const valid = Article.parse(article);
  lap('validate');
  return valid;
}

/**
 * More figures (money, dates, percentages) than this in one page is a dump of figures, not
 * an article: it fails alone ("too-many-facts") before its output (each fact
 * quotes up to SENTENCE_MAX units of its sentence) can take the memory of a run.
 */
export const MAX_FACTS = 20_000;

function tooManyFacts(n: number): InputError {
  return new InputError('too-many-facts', `${n} figures (money, dates, percentages), over the limit of ${MAX_FACTS} for one page: not an article`);
}

function ingest(input: ArticleInput): { content: string; format: 'html' | 'text'; decoded: Decoded | null; sha256: string; bytes: number } {
  if (input.bytes) {
    rejectUnreadable(input.bytes);
    const decoded = decodeBytes(input.bytes, { charsetHint: input.charsetHint ?? null });
    rejectNoise(decoded);
    // A file named .html that holds no markup at all (scraped text saved under that name) is text.
    const format = input.format === 'html' && !HAS_TAG.test(decoded.text) ? 'text' : (input.format ?? (looksLikeHtml(decoded.text) ? 'html' : 'text'));
    return { content: decoded.text, format, decoded, sha256: sha256(input.bytes), bytes: input.bytes.length };
  }
  const content = input.html ?? input.text;
  if (content === undefined) throw new InputError('no-content', 'the input has neither bytes, "html" nor "text"');
  const buf = Buffer.from(content, 'utf8');
  return { content, format: input.html !== undefined ? 'html' : 'text', decoded: null, sha256: sha256(buf), bytes: buf.length };
}

const MAGIC: ReadonlyArray<readonly [string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]], ['PDF document', [0x25, 0x50, 0x44, 0x46]], ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]], ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]], ['gzip archive', [0x1f, 0x8b]],
];

/** Empty and binary files are errors with a reason, not articles of noise. */
function rejectUnreadable(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new InputError('empty', 'the file is empty');
  for (const [what, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) throw new InputError('binary', `not a text or HTML page: it is a ${what}`);
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff);
  if (!utf16 && bytes.subarray(0, 8192).includes(0)) throw new InputError('binary', 'not a text or HTML page: it holds NUL bytes');
}

/** Share of a decoded sample that may be U+FFFD or control characters before the file is not text. */
const MAX_REPLACED = 0.2;
const MAX_CONTROL = 0.05;

/** What rejectNoise counts: the replacement character and control characters other than tab, LF and CR. */
const NOISE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/u;

/**
 * Bytes that no candidate encoding reads (mostly U+FFFD) are "undecodable";
 * text full of control characters is binary that happened to hold no NUL.
 */
function rejectNoise(decoded: Decoded): void {
  const sample = decoded.text.slice(0, 16_384);
  // Most pages have neither; one native scan says so.
  if (!NOISE.test(sample)) return;
  let replaced = 0;
  let control = 0;
  let counted = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    counted++;
    if (c === 0xfffd) replaced++;
    else if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0)) control++;
  }
  if (!counted) return;
  if (replaced / counted > MAX_REPLACED) {
    throw new InputError('undecodable', `no encoding reads it: ${Math.round((100 * replaced) / counted)}% of the characters are invalid in ${decoded.encoding}, the best guess`);
  }
  if (control / counted > MAX_CONTROL) throw new InputError('binary', `not a text or HTML page: ${Math.round((100 * control) / counted)}% control characters`);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A tag, a comment or a doctype anywhere: what any HTML page has and plain text has not. */
const HAS_TAG = /<[A-Za-z!/?]/u;

/** True when a text starts like an HTML document or fragment. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).replace(/^\uFEFF/u, '').trimStart();
  if (/^<(?:!doctype\s+html|html|head|body|meta|title|!--|div|p|article|section|main|table|span|h[1-6]|a|script|link)[\s>]/iu.test(head)) return true;
  const tags = head.match(/<\/?(?:p|div|br|a|span|li|h[1-6])\b[^>]{0,200}>/giu);
  return (tags?.length ?? 0) >= 5;
}

/** Headline first, then paragraphs, separated by blank lines; offsets of each. */
function assemble(c: Cleaned): { text: string; paragraphs: Array<{ start: number; end: number; role: 'title' | 'body' }> } {
  const parts: Array<{ s: string; role: 'title' | 'body' }> = [];
  if (c.title) parts.push({ s: c.title, role: 'title' });
  for (const p of c.paragraphs) parts.push({ s: p, role: 'body' });
  let text = '';
  const paragraphs: Array<{ start: number; end: number; role: 'title' | 'body' }> = [];
  for (const { s, role } of parts) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + s.length, role });
    text += s;
  }
  return { text, paragraphs };
}

/** What the user should doubt in this article, in a stable order. */
function warningsOf(cleaned: Cleaned, lang: string, refDate: RefDate | null): Warning[] {
  const out: Warning[] = [...cleaned.warnings];
  if (!refDate) out.push('no-ref-date');
  if (lang === 'und') out.push('lang-und');
  return out;
}

/** The page's own statements for the output; a relative canonical URL made absolute against the input's URL. */
function pageInfo(meta: PageMeta, url: string | null): PageInfo {
  let canonicalUrl = meta.canonicalUrl;
  if (canonicalUrl && url && !/^[a-z][a-z0-9+.-]{0,20}:/iu.test(canonicalUrl)) {
    try {
      canonicalUrl = new URL(canonicalUrl, url).href;
    } catch {
      // An input URL that is not one: keep the canonical URL as written.
    }
  }
  return { canonicalUrl, siteName: meta.siteName, author: meta.author, lang: meta.lang };
}

/** A reference date given as text (YYYY-MM-DD) is parsed; one given as a value is taken as it is. */
/** A country as given (ISO 3166-1 alpha-2, any case), or an InputError naming it. */
function countryOf(code: string | null): string | null {
  if (code === null || code === '') return null;
  if (!/^[A-Za-z]{2}$/u.test(code)) throw new InputError('bad-country', `country "${code}" is not a two-letter ISO 3166-1 code (e.g. SA, EG, HK, TW)`);
  return code.toUpperCase();
}

function refDateOf(r: string | RefDate | null): RefDate | null {
  if (!r) return null;
  return typeof r === 'string' ? parseRefDate(r) : r;
}

/**
 * The languages whose rules read this text, each with the paragraphs it
 * reads: those whose language it accepts (a Persian, Urdu or Japanese
 * paragraph is read by none), and, in a paragraph of another registered
 * language, its spans written in its letters (an Arabic quote in a Chinese
 * paragraph). `keep` says whether a span is read (null: every span is).
 */
function acceptedLanguages(
  text: string,
  paragraphs: ReadonlyArray<{ start: number; end: number }>,
  langs: readonly string[],
  script: string,
): Array<{ language: Language; keep: ((span: { start: number; end: number }) => boolean) | null }> {
  const ours = langs.map((lang) => LANGUAGES.some((l) => l.accepts(lang, script)));
  const out: Array<{ language: Language; keep: ((span: { start: number; end: number }) => boolean) | null }> = [];
  for (const language of LANGUAGES) {
    const reads = langs.map((lang) => language.accepts(lang, script));
    if (!reads.includes(false)) {
      if (reads.length) out.push({ language, keep: null });
      continue;
    }
    const quotes = paragraphs.map((p, i) => !reads[i] && ours[i] === true && language.letters.test(text.slice(p.start, p.end)));
    if (!reads.includes(true) && !quotes.includes(true)) continue;
    out.push({
      language,
      keep: (s) => {
        const i = paragraphAt(paragraphs, s.start);
        return reads[i] === true || (quotes[i] === true && language.letters.test(text.slice(s.start, s.end)));
      },
    });
  }
  return out;
}

/** Index of the paragraph holding an offset (one between two paragraphs: the one before). */
function paragraphAt(paragraphs: ReadonlyArray<{ start: number }>, at: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((paragraphs[mid] as { start: number }).start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
