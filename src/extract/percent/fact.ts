import { z } from 'zod';
import { ExactDecimal, Metric, Qualifier, SPAN } from '../../facts/schema.js';

export const PercentUnit = z.enum(['percent', 'points']);
export const Direction = z.enum(['up', 'down']);
export const Basis = z.enum(['yoy', 'qoq', 'mom']);
export type PercentUnit = z.infer<typeof PercentUnit>;
export type Direction = z.infer<typeof Direction>;
export type Basis = z.infer<typeof Basis>;

/**
 * A percentage: 同比增长26.27% → value 26.27, direction up, basis yoy; 一成四 → 14;
 * 0.5个百分点 → 0.5 points; 50 نقطة أساس → 0.5 points; 八五折 (a discount) → 15, down.
 */
export const PercentFact = z.object({
  kind: z.literal('percent'),
  ...SPAN,
  /** The number as written, in percent (千分之五 and 5‰ → 0.5) or in percentage points; for a range, the lower bound. */
  value: z.number(),
  /** The same value as an exact decimal string. */
  exact: ExactDecimal,
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
export type PercentFact = z.infer<typeof PercentFact>;
