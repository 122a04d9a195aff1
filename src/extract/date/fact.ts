import { z } from 'zod';
import { SPAN } from '../../facts/schema.js';

export const Grain = z.enum(['year', 'half', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second']);
export type Grain = z.infer<typeof Grain>;

/** A date at the grain the text gives: 2025, 2025-Q1, 2025-03, 2024-04-24, 2025-06-19T20:03. */
export const DateFact = z.object({
  kind: z.literal('date'),
  ...SPAN,
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
export type DateFact = z.infer<typeof DateFact>;
