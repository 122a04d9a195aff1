import type { RefDate } from '../calendar/index.js';
import type { Lexicon } from '../clean/lexicon.js';
import type { Qualifier } from '../facts/schema.js';
import type { Grain } from './date/fact.js';
import type { CurrencySource, Per } from './money/fact.js';
import type { Sentences } from '../facts/sentences.js';
import type { Decimal } from '../util/decimal.js';

export type { RefDate };

/** What every rule and refiner gets: the cleaned text, and the same text with digits folded to ASCII (same offsets). */
export interface ExtractContext {
  text: string;
  /** `text` with full-width and Arabic-Indic digits folded to ASCII (see ../numerals/digits.ts). */
  scan: string;
  /** The article's language and script (each paragraph's decides which rules run; see run.ts). */
  lang: string;
  script: string;
  refDate: RefDate | null;
  /** The page's address (the input's, else the page's canonical link), for the country it is from; null when unknown. */
  url: string | null;
  /** The country the user says the text is about (ISO 3166-1 alpha-2, `--country`), or null. */
  country: string | null;
  /** The sentences of `text`: the one splitter every rule and the output's `sentence` use. */
  sentences: Sentences;
  /**
   * Stop once one kind has more spans than this: the page will be refused
   * (too-many-facts) anyway, and a 32 MB page of figures would otherwise make
   * millions of them first. Unbounded when absent.
   */
  maxSpans?: number;
}

interface SpanBase {
  start: number;
  end: number;
  rule: string;
}

export interface MoneySpan extends SpanBase {
  kind: 'money';
  amount: Decimal;
  currency: string | null;
  /**
   * How `currency` was decided: "explicit" (the text names it: 美元, ريال سعودي),
   * "text" (a bare word, decided by the country the text is about, or by the
   * other figures of its sentence), "url" (by the page's address), "given" (by
   * the user's --country); null while the currency is null.
   */
  currencySource?: CurrencySource | null;
  /**
   * A bare currency word whose currency depends on the country (元, $, ريال,
   * جنيه, دينار…): its family in ./country/families.ts. The currency refiner
   * decides it and clears this; null for a named currency.
   */
  bare?: string | null;
  qualifier: Qualifier;
  min: Decimal | null;
  max: Decimal | null;
  per: Per | null;
}

export interface DateSpan extends SpanBase {
  kind: 'date';
  value: string | null;
  grain: Grain;
  relative: boolean;
  from: string | null;
  to: string | null;
  calendar: 'gregory' | 'islamic';
  /** The Hijri date as written ("1446-09-15"), or null. */
  hijri: string | null;
}

export type Span = MoneySpan | DateSpan;

/**
 * A rule finds spans of one kind in one language and reads their value. The
 * runner (run.ts) searches `pattern` (global; a leading one-class negative
 * look-behind is checked by hand, see wordstart.ts) over the digit-folded text
 * and calls `extract` on each match. `name` names the rule in tests and docs;
 * each span's `rule` (the `rule` of its fact) is the rule's name, or a finer
 * one for a rule that reads several shapes ("zh.money.scaled" of "zh.money"),
 * or the name a joiner gives what it makes ("zh.money.range", see KindRules).
 */
export interface Rule<S = Span> {
  name: string;
  pattern: RegExp;
  /**
   * The span or spans a match means, or null for none. A number instead means
   * none here, and the search goes on from that offset (a match that read
   * further than the regex, or one to retry one character on). After spans,
   * the search goes on from the later of the match's end and their end.
   */
  extract(m: RegExpExecArray, ctx: ExtractContext): S | readonly S[] | null | number;
  /**
   * Leave a leading look-behind to the regex engine. By default the runner
   * checks it by hand (wordstart.ts), much faster for the word-start class on
   * Arabic text; a pattern that often starts inside runs of digits (a number
   * after a letter) is faster with the engine's own.
   */
  nativeLookBehind?: boolean;
  /**
   * Something every match must contain (%, 分之, المئة), tested once per text
   * before the pattern is searched: a text without it is not searched at all.
   */
  trigger?: RegExp;
}

/**
 * A refiner works over all the spans found so far, in order: it merges ranges,
 * drops overlaps, borrows currencies, resolves relative dates. A language's
 * refiners see that language's spans of one kind; a kind's refiners then see
 * the spans of every language.
 */
export interface Refiner<S = Span> {
  name: string;
  refine(spans: S[], ctx: ExtractContext): S[];
}

/**
 * One language's rules and refiners for one kind. The run (run.ts) is: the
 * rules, then the joiners, then the language gate (a span in a paragraph of
 * another language is dropped), then the refiners, each list in order.
 */
export interface KindRules<S = Span> {
  rules: ReadonlyArray<Rule<S>>;
  /**
   * Refiners that make one span of several figures the rules found one at a
   * time (a range: 3至5亿元, بين 2 و3 مليارات دولار). They run before the
   * language gate, which judges a range as the one span it is; they may drop
   * the figures the rules kept only for them.
   */
  joiners?: ReadonlyArray<Refiner<S>>;
  refiners: ReadonlyArray<Refiner<S>>;
}

/** A language: which paragraphs it reads, and its rules per kind (a kind it has no rules for is left out). */
export interface Language {
  /** BCP 47 primary code: "zh", "ar". */
  code: string;
  /** True for a paragraph this language's rules should read: its language (BCP 47) and the article's script (ISO 15924). */
  accepts(lang: string, script: string): boolean;
  /**
   * The letters the language is written in. Inside a paragraph of another
   * registered language (an Arabic quote in a Chinese paragraph), its spans
   * written in these letters are read too.
   */
  letters: RegExp;
  kinds: Readonly<Record<string, KindRules<any>>>;
  /** The words its news sites print around an article (../clean/lexicon.ts), for the cleaner; none when absent. */
  lexicon?: Lexicon;
}
