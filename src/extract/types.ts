import type { Grain, Per, Qualifier } from '../facts/schema.js';
import type { Decimal } from '../util/decimal.js';

/** A calendar date to resolve relative expressions against. */
export interface RefDate {
  year: number;
  month: number;
  day: number;
}

/** What every parser gets: the cleaned text, and the same text with digits folded to ASCII (same offsets). */
export interface ExtractContext {
  text: string;
  /** `text` with full-width and Arabic-Indic digits folded to ASCII (see numerals/digits.ts). */
  scan: string;
  lang: string;
  script: string;
  refDate: RefDate | null;
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
}

export type Span = MoneySpan | DateSpan;

/** A parser finds spans of one kind in one language. */
export type Parser = (ctx: ExtractContext) => Span[];
