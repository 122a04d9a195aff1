import { z } from 'zod';

/** Bumped when the article format changes incompatibly. */
export const SCHEMA_VERSION = 1;

const span = {
  /** The quoted span, exactly `article.text.slice(start, end)`. */
  text: z.string().min(1),
  /** UTF-16 offset of the span's first unit in `article.text`. */
  start: z.number().int().nonnegative(),
  /** UTF-16 offset just past the span. */
  end: z.number().int().nonnegative(),
  /**
   * The sentence of `article.text` that holds the span, verbatim and trimmed; one
   * longer than 400 units is cut to the 100 units each side of the span (older
   * files may hold a longer sentence whole: same type, read alike).
   */
  sentence: z.string(),
  /** Name of the rule that produced the fact, e.g. "zh.money.scaled". */
  rule: z.string().min(1),
};

export const Qualifier = z.enum(['exact', 'approx', 'over', 'under', 'range']);
export const CurrencySource = z.enum(['explicit', 'text', 'url', 'given']);
export type CurrencySource = z.infer<typeof CurrencySource>;
export const Per = z.enum(['share', 'day', 'week', 'month', 'quarter', 'year', 'person', 'unit']);

/** What a figure measures (../extract/measure/metrics.ts has the words for each). */
export const Metric = z.enum([
  'revenue', 'profit', 'loss', 'valuation', 'market-value', 'funding', 'investment', 'spending', 'cash', 'debt',
  'price', 'deal', 'salary', 'fine', 'budget', 'deficit', 'tax', 'dividend', 'donation', 'assets', 'trade',
]);
export type Metric = z.infer<typeof Metric>;

/** A place in `article.text`: [start, end). */
const At = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/**
 * What a money figure measures, each part with what decided it; a part the
 * text does not say is null, never a guess.
 */
export const Measure = z.object({
  /** What the amount is: revenue, profit, fine… (closed list), or null. */
  metric: Metric.nullable(),
  /** The word that decided the metric (营收, غرامة), where it is; null with no metric. */
  metricCue: z.object({ text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).nullable(),
  /** Whose amount it is, as the text names it (xAI, 港府, أرامكو), or null. */
  subject: z.string().nullable(),
  /** Where the subject is named in the text (for a generic word resolved to a name, where the name is). */
  subjectAt: At.nullable(),
  /** The value of the date fact the amount refers to (2024-Q1), or null. */
  period: z.string().nullable(),
  /** That date fact's offsets. */
  periodAt: At.nullable(),
});
export type Measure = z.infer<typeof Measure>;

/** A money figure: 43億美元 → amount 4300000000, currency USD. */
export const MoneyFact = z.object({
  kind: z.literal('money'),
  ...span,
  /** Full units of the currency; for a range, the lower bound. */
  amount: z.number(),
  /** The same amount as an exact decimal string ("22460000000", "-0.13"); exact past 2^53 too. */
  exact: z.string().regex(/^-?\d+(?:\.\d+)?$/u),
  /** ISO 4217 code, or null when the text names no currency, or a bare word (元, ريال) whose country nothing decides. */
  currency: z.string().regex(/^[A-Z]{3}$/u).nullable(),
  /**
   * How the currency was decided: "explicit" (named: 美元, ريال سعودي, US$),
   * "text" (a bare 元 / ريال / $ decided by the country the text is about, a
   * conversion it gives, or the other figures of its sentence), "url" (by the
   * page's address), "given" (by the user: --country, or a JSONL record's
   * "country"); null when the currency is null. Absent in files written before it.
   */
  currencySource: CurrencySource.nullable().optional(),
  qualifier: Qualifier,
  /** Range bounds (qualifier "range"); otherwise null. */
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** A rate: per share, per month… or null. */
  per: Per.nullable(),
  /** What the figure measures (metric, subject, period). Absent in files written before it. */
  measure: Measure.optional(),
});

export const Grain = z.enum(['year', 'half', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second']);

/** A date at the grain the text gives: 2025, 2025-Q1, 2025-03, 2024-04-24, 2025-06-19T20:03. */
export const DateFact = z.object({
  kind: z.literal('date'),
  ...span,
  /**
   * ISO 8601 at its grain ("2025", "2025-H1", "2025-Q1", "2025-03", "2025-W12",
   * "2024-04-24", "2025-06-19T20:03"); an interval as "start/end"; null when a
   * relative date has nothing to resolve against.
   */
  value: z.string().nullable(),
  grain: Grain,
  /** True when the value was resolved from the reference date (去年, 4月24日, العام الماضي…). */
  relative: z.boolean(),
  /** For an interval, its two ends (each ISO 8601 at the grain); otherwise null. */
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** The calendar the text wrote the date in: "islamic" for Hijri dates (15 رمضان 1446 هـ), whose value is converted. */
  calendar: z.enum(['gregory', 'islamic']),
  /** The Hijri date as written, at its grain ("1446-09-15", "1446-09", "1446"); null for Gregorian dates. */
  hijri: z.string().regex(/^\d{1,4}(?:-\d{2}(?:-\d{2})?)?$/u).nullable(),
});

export const PercentUnit = z.enum(['percent', 'points']);
export const Direction = z.enum(['up', 'down']);
export const Basis = z.enum(['yoy', 'qoq', 'mom']);

/**
 * A percentage: 同比增长26.27% → value 26.27, direction up, basis yoy; 一成四 → 14;
 * 0.5个百分点 → 0.5 points; 50 نقطة أساس → 0.5 points; 八五折 (a discount) → 15, down.
 */
export const PercentFact = z.object({
  kind: z.literal('percent'),
  ...span,
  /** The number as written, in percent (千分之五 and 5‰ → 0.5) or in percentage points; for a range, the lower bound. */
  value: z.number(),
  /** The same value as an exact decimal string. */
  exact: z.string().regex(/^-?\d+(?:\.\d+)?$/u),
  /** "points" for percentage points (个百分点, نقطة مئوية) and basis points (基点, نقطة أساس: value in points). */
  unit: PercentUnit,
  /** A rise (增长, ارتفع) or a fall (下降, انخفض) the text states; null for levels, shares, rates and stakes. */
  direction: Direction.nullable(),
  /** What the change is measured against, when the text says: year on year (同比, على أساس سنوي), quarter on quarter, month on month. */
  basis: Basis.nullable(),
  qualifier: Qualifier,
  /** Range bounds (qualifier "range"); otherwise null. */
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** What changed or what the share is of (one of the money metrics), or null. */
  metric: Metric.nullable(),
});

export const Fact = z.discriminatedUnion('kind', [MoneyFact, DateFact, PercentFact]);

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
   * kept under a quarter of the page's prose), "readability" (Mozilla's
   * Readability, when both passes left the text empty or short and it found
   * half as much again), "site-rule" (the body a site rule chose, kept
   * whole: see --site-rules), "whole" (`clean: false`).
   */
  cleaner: z.enum(['general', 'relaxed', 'readability', 'site-rule', 'whole']),
  /** The `match` of the site rule (--site-rules) applied to the page, or null. */
  siteRule: z.string().nullable(),
  /** Doubts about this article, in a fixed order; empty when there are none. */
  warnings: z.array(Warning),
});

export type MoneyFact = z.infer<typeof MoneyFact>;
export type DateFact = z.infer<typeof DateFact>;
export type PercentFact = z.infer<typeof PercentFact>;
export type Fact = z.infer<typeof Fact>;
export type Article = z.infer<typeof Article>;
export type PageInfo = z.infer<typeof PageInfo>;
export type Qualifier = z.infer<typeof Qualifier>;
export type Per = z.infer<typeof Per>;
export type Grain = z.infer<typeof Grain>;
export type PercentUnit = z.infer<typeof PercentUnit>;
export type Direction = z.infer<typeof Direction>;
export type Basis = z.infer<typeof Basis>;
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
