import { z } from 'zod';
import { KINDS, type RegisteredKinds } from '../extract/kinds.js';

// Each kind's fact, from its folder, for the stages after this one and the library's users.
export { MoneyFact } from '../extract/money/fact.js';
export { DateFact } from '../extract/date/fact.js';
export { PercentFact } from '../extract/percent/fact.js';

/** Bumped when the article format changes incompatibly. */
export const SCHEMA_VERSION = 1;

/** The fact schemas of a tuple of kinds, as a tuple. */
type Schemas<T extends readonly unknown[]> = { -readonly [I in keyof T]: T[I] extends { schema: infer Z } ? Z : never };

/**
 * A fact of any kind, told apart by `kind`: the union of the registry's fact
 * objects (../extract/kinds.ts), in its order. Its type is derived from the
 * registry's tuple, so `Fact` narrows on `kind` as an explicit union would.
 */
export const Fact = z.discriminatedUnion('kind', KINDS.map((k) => k.schema) as unknown as Schemas<RegisteredKinds>);

export const Paragraph = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** "title" for the headline, "body" otherwise. */
  role: z.enum(['title', 'body']),
  /** BCP 47 language of the paragraph (the article's unless it is written in another). */
  lang: z.string(),
});

/**
 * What a user should check by hand: "empty-text" (no article text was found),
 * "short-text" (the text kept is under a quarter of the prose the page
 * holds: part of the article may be missing), "site-rule-missed" (the
 * body selector of the page's site rule matched nothing: the general
 * cleaner read the page), "no-ref-date" (no date to
 * resolve relative dates against: theirs are null), "lang-und" (the
 * language was not recognised: no rules ran).
 */
export const Warning = z.enum(['empty-text', 'short-text', 'site-rule-missed', 'no-ref-date', 'lang-und']);

/** What an HTML page declares about itself, as written on it. */
export const PageInfo = z.object({
  /** `<link rel=canonical>`, else `og:url` (made absolute against `source.url` when it is relative). */
  canonicalUrl: z.string().nullable(),
  /** `og:site_name`, `application-name` or JSON-LD `publisher.name`. */
  siteName: z.string().nullable(),
  /** `meta name=author`, `article:author`, JSON-LD `author.name` (the first author) or a `rel=author` link's text. */
  author: z.string().nullable(),
  /** The language the page declares (`<html lang>`, else a content-language meta), as written: not the detected `lang`. */
  lang: z.string().nullable(),
});

/** Page metadata of a text input, or of a file written before `page` existed. */
export const NO_PAGE_INFO: z.infer<typeof PageInfo> = { canonicalUrl: null, siteName: null, author: null, lang: null };

/** One extracted article: the format of every `<out>/<name>.json`. */
export const Article = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({
    /** Input path relative to the folder or file named on the command line; null for JSONL records. */
    file: z.string().nullable(),
    url: z.string().nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/u),
    bytes: z.number().int().nonnegative(),
    /** "html" or "text". */
    format: z.enum(['html', 'text']),
    /** WHATWG name of the encoding used to decode the bytes ("utf-32le" / "utf-32be" for UTF-32, which WHATWG does not name). */
    encoding: z.string(),
    encodingSource: z.enum(['bom', 'declared', 'guessed', 'default', 'given']),
    /** True when undecodable bytes were replaced with U+FFFD. */
    invalidBytes: z.boolean(),
  }),
  /** What the page declares about itself (HTML only; each field null when it does not say, all null for text). */
  page: PageInfo,
  /** BCP 47 language detected from the text: "zh", "ar", … or "und". */
  lang: z.string(),
  /** ISO 15924 script: "Hans", "Hant", "Hani", "Arab", … */
  script: z.string(),
  /** Publication date(time) printed on the page, ISO 8601, or null. */
  published: z.string().nullable(),
  /** Where `published` came from ("byline", "meta:article:published_time", "given", "url"…), or null. */
  publishedSource: z.string().nullable(),
  /** When the page says it was last modified (never the publication date), ISO 8601, or null. */
  modified: z.string().nullable(),
  /** Where `modified` came from ("meta:article:modified_time", "meta:og:updated_time", "json-ld:dateModified", "itemprop:dateModified", "meta:last-modified"…), or null. */
  modifiedSource: z.string().nullable(),
  /** The date relative expressions were resolved against (published, else --ref-date, else a fetched page's HTTP date), or null. */
  refDate: z.string().nullable(),
  /** Where `refDate` came from: "published", "given" (--ref-date or the input), "http-last-modified", "fetched-at"; null with no refDate. */
  refDateSource: z.string().nullable(),
  title: z.string().nullable(),
  /** The cleaned text: headline, then body paragraphs, separated by blank lines. */
  text: z.string(),
  paragraphs: z.array(Paragraph),
  /** Money, date and percent facts, sorted by start offset. */
  facts: z.array(Fact),
  /**
   * Blocks removed by cleaning, with the reason: first those of the elements
   * a site rule dropped ("site-rule"), then the rest, each in page order.
   */
  removed: z.array(z.object({ text: z.string(), reason: z.string() })),
  /**
   * How the text was cleaned: "general" (the boilerplate classifier),
   * "relaxed" (the classifier again with lower bars, because the first pass
   * kept under a quarter of the page's prose), "json-ld" (the articleBody
   * the page declares in its JSON-LD, when both passes left the text empty
   * or short and it holds half as much again), "readability" (Mozilla's
   * Readability, when the text was still empty or short and it found half
   * as much again), "site-rule" (the body a site rule chose, kept
   * whole: see --site-rules), "whole" (`clean: false`).
   */
  cleaner: z.enum(['general', 'relaxed', 'json-ld', 'readability', 'site-rule', 'whole']),
  /** The `match` of the site rule (--site-rules) applied to the page, or null. */
  siteRule: z.string().nullable(),
  /** Doubts about this article, in a fixed order; empty when there are none. */
  warnings: z.array(Warning),
});

export type Fact = z.infer<typeof Fact>;
export type Article = z.infer<typeof Article>;
export type PageInfo = z.infer<typeof PageInfo>;
export type Warning = z.infer<typeof Warning>;

/**
 * Reads an article file written by any release of schema 1: fields added to
 * it since (refDateSource, modified, modifiedSource, page; a date fact's
 * calendar and hijri; cleaner, siteRule and warnings) take the value they
 * had before they existed (null; "general" and none).
 * Then validates it. Throws a ZodError.
 */
export function readArticle(data: unknown): Article {
  if (data && typeof data === 'object' && (data as { schemaVersion?: unknown }).schemaVersion === SCHEMA_VERSION) {
    const a = data as Record<string, unknown>;
    const facts = Array.isArray(a.facts)
      ? a.facts.map((f: unknown) => (f && typeof f === 'object' && (f as { kind?: unknown }).kind === 'date' ? { calendar: 'gregory', hijri: null, ...(f as object) } : f))
      : a.facts;
    return Article.parse({
      ...a,
      page: a.page === undefined ? NO_PAGE_INFO : a.page,
      modified: a.modified === undefined ? null : a.modified,
      modifiedSource: a.modifiedSource === undefined ? null : a.modifiedSource,
      refDateSource: a.refDateSource === undefined ? null : a.refDateSource,
      cleaner: a.cleaner === undefined ? 'general' : a.cleaner,
      siteRule: a.siteRule === undefined ? null : a.siteRule,
      warnings: a.warnings === undefined ? [] : a.warnings,
      facts,
    });
  }
  return Article.parse(data);
}

/** The article format as JSON Schema (draft 2020-12). */
export function articleJsonSchema(): unknown {
  return z.toJSONSchema(Article);
}
