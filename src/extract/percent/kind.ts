import { toExactString, toNumber } from '../../util/decimal.js';
import type { Kind } from '../kinds.js';
import { dropOverlapsRefiner } from '../refiners/overlaps.js';
import type { Refiner } from '../types.js';
import { AR_PERCENT } from './ar/rules.js';
import { PercentFact } from './fact.js';
import type { PercentSpan } from './span.js';
import { ZH_PERCENT } from './zh/rules.js';

/**
 * Percentages: its fact is in ./fact.ts, its rules per language beside this file. `metric` is left
 * null here: what a figure measures is linked after extraction.
 */
export const percent: Kind<PercentSpan, typeof PercentFact> = {
  name: 'percent',
  schema: PercentFact,
  plural: 'percentages',
  refiners: [dropOverlapsRefiner as Refiner<PercentSpan>],
  languages: { zh: ZH_PERCENT, ar: AR_PERCENT },
  toFact: (s, ctx) => ({
    kind: 'percent',
    text: ctx.text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    sentence: ctx.sentences.of(s.start, s.end),
    rule: s.rule,
    value: toNumber(s.value),
    exact: toExactString(s.value),
    unit: s.unit,
    direction: s.direction,
    basis: s.basis,
    qualifier: s.qualifier,
    min: s.min ? toNumber(s.min) : null,
    max: s.max ? toNumber(s.max) : null,
    metric: null,
  }),
  fields: ['text', 'value', 'exact', 'unit', 'direction', 'basis', 'qualifier', 'min', 'max', 'metric', 'rule'],
  describe(f) {
    const v = f.qualifier === 'range' && f.min !== null && f.max !== null ? `${f.min}–${f.max}` : f.exact;
    return [
      `${v}${f.unit === 'points' ? ' points' : '%'}`,
      f.direction ?? '',
      f.basis ?? '',
      f.qualifier === 'exact' || f.qualifier === 'range' ? '' : f.qualifier,
      f.metric ?? '',
    ].filter(Boolean).join(' ');
  },
  value: (f) => `${f.exact}${f.unit === 'points' ? ' pt' : '%'}${f.direction ? ` ${f.direction}` : ''}${f.basis ? ` ${f.basis}` : ''}`,
  color: '#e3d4ff',
};
