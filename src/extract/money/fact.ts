import { z } from 'zod';
import { ExactDecimal, Measure, Qualifier, SPAN } from '../../facts/schema.js';

export const CurrencySource = z.enum(['explicit', 'text', 'url', 'given']);
export type CurrencySource = z.infer<typeof CurrencySource>;
export const Per = z.enum(['share', 'day', 'week', 'month', 'quarter', 'year', 'person', 'unit']);
export type Per = z.infer<typeof Per>;

/** A money figure: 43億美元 → amount 4300000000, currency USD. */
export const MoneyFact = z.object({
  kind: z.literal('money'),
  ...SPAN,
  /** Full units of the currency; for a range, the lower bound. */
  amount: z.number(),
  /** The same amount as an exact decimal string ("22460000000", "-0.13"); exact past 2^53 too. */
  exact: ExactDecimal,
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
export type MoneyFact = z.infer<typeof MoneyFact>;
