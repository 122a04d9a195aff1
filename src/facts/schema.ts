import { z } from 'zod';

/**
 * The pieces facts of several kinds are made of: the fields every fact has
 * (SPAN), and the enums and objects kinds share. Each kind's fact object is in
 * its folder (../extract/money/fact.ts…); the union of them all and the
 * article are assembled from the registry of kinds in ../article/schema.ts.
 */

/** The fields every fact has, after its `kind`, in this order. */
export const SPAN = {
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

/** A fact as every kind has it: its kind and its span. */
export interface FactBase {
  kind: string;
  text: string;
  start: number;
  end: number;
  sentence: string;
  rule: string;
}

export const Qualifier = z.enum(['exact', 'approx', 'over', 'under', 'range']);
export type Qualifier = z.infer<typeof Qualifier>;

/** A figure as an exact decimal string ("22460000000", "-0.13"), exact past 2^53 too. */
export const ExactDecimal = z.string().regex(/^-?\d+(?:\.\d+)?$/u);

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

