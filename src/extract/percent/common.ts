import type { Qualifier } from '../../facts/schema.js';
import type { Basis, Direction, PercentUnit } from './fact.js';
import { add, mulPow10, negate, type Decimal } from '../../util/decimal.js';
import type { ExtractContext } from '../types.js';
import type { PercentSpan } from './span.js';

/** What a language reads around a figure: its direction, basis and qualifier. */
export interface Around {
  direction: Direction | null;
  basis: Basis | null;
  qualifier: Qualifier;
}

export function percentSpan(
  start: number, end: number, rule: string, value: Decimal, unit: PercentUnit, around: Around, range: { min: Decimal; max: Decimal } | null,
): PercentSpan {
  return {
    kind: 'percent', start, end, rule, value: range ? range.min : value, unit,
    direction: around.direction, basis: around.direction === null ? null : around.basis,
    qualifier: range ? 'range' : around.qualifier,
    min: range ? range.min : null, max: range ? range.max : null,
  };
}

/** a < b, exactly. */
export function less(a: Decimal, b: Decimal): boolean {
  return add(a, negate(b)).n < 0n;
}

/** d / 10^k: 5‰ → 0.5%, 50 basis points → 0.5 points. */
export function shift(d: Decimal, k: number): Decimal {
  return mulPow10(d, -k);
}

/** The last match of a global regex in `s`, or null. */
export function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    last = m;
    if (m[0].length === 0) re.lastIndex++;
  }
  return last;
}

/** The text of the figure's sentence before it and after it (bounded: see Sentences.bounds). */
export function sentenceAround(ctx: ExtractContext, start: number, end: number): { before: string; after: string; sentence: string } {
  const [a, b] = ctx.sentences.bounds(start, end);
  return { before: ctx.scan.slice(a, start), after: ctx.scan.slice(end, b), sentence: ctx.scan.slice(a, b) };
}

/**
 * Two consecutive years named in the sentence (2020年…2021年, 2023 … 2024): a
 * change between them is year on year. A span of years (2023-2024, a fiscal
 * year) is not two years.
 */
export function consecutiveYears(sentence: string): boolean {
  const years = new Set<number>();
  const text = sentence.replace(/(?:19|20)\d{2}\s?[-/–—]\s?(?:(?:19|20)?\d{2})(?!\d)/gu, ' ');
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)) years.add(Number(m[1]));
  for (const y of years) if (years.has(y + 1)) return true;
  return false;
}
