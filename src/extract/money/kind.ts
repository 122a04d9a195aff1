import { toExactString, toNumber } from '../../util/decimal.js';
import type { Kind } from '../kinds.js';
import { dropOverlapsRefiner } from '../refiners/overlaps.js';
import type { MoneySpan, Refiner } from '../types.js';
import { MoneyFact } from './fact.js';

/**
 * Money: its fact is in ./fact.ts; its rules per language, in zh/ and ar/, are
 * registered by ../languages.ts (with their currency and region refiners).
 */
export const money: Kind<MoneySpan, typeof MoneyFact> = {
  name: 'money',
  schema: MoneyFact,
  plural: 'money',
  refiners: [dropOverlapsRefiner as Refiner<MoneySpan>],
  toFact: (s, ctx) => ({
    kind: 'money',
    text: ctx.text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    sentence: ctx.sentences.of(s.start, s.end),
    rule: s.rule,
    amount: toNumber(s.amount),
    exact: toExactString(s.amount),
    currency: s.currency,
    currencySource: s.currency === null ? null : s.currencySource ?? 'explicit',
    qualifier: s.qualifier,
    min: s.min ? toNumber(s.min) : null,
    max: s.max ? toNumber(s.max) : null,
    per: s.per,
  }),
  fields: ['text', 'amount', 'exact', 'currency', 'currencySource', 'qualifier', 'min', 'max', 'per', 'measure.metric', 'measure.subject', 'measure.period', 'rule'],
  describe(f) {
    const amount = f.qualifier === 'range' && f.min !== null && f.max !== null ? `${f.min}–${f.max}` : f.exact;
    const measure = f.measure ? [f.measure.metric, f.measure.subject && `of ${f.measure.subject}`, f.measure.period && `for ${f.measure.period}`].filter(Boolean).join(' ') : '';
    return [amount, f.currency ?? '(no currency)', f.qualifier === 'exact' || f.qualifier === 'range' ? '' : f.qualifier, f.per ? `per ${f.per}` : '', measure && `(${measure})`].filter(Boolean).join(' ');
  },
  value: (f) => `${f.exact} ${f.currency ?? ''}`.trim(),
  color: '#ffe08a',
};
