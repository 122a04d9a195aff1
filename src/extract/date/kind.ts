import type { Kind } from '../kinds.js';
import { dropOverlapsRefiner } from '../refiners/overlaps.js';
import type { DateSpan, Refiner } from '../types.js';
import { DateFact } from './fact.js';
import { resolveDates } from './resolve.js';

/**
 * Dates: its fact is in ./fact.ts; its rules per language, in zh/ and ar/, are
 * registered by ../languages.ts. Relative dates are resolved after overlaps are dropped.
 */
export const date: Kind<DateSpan, typeof DateFact> = {
  name: 'date',
  schema: DateFact,
  plural: 'dates',
  refiners: [dropOverlapsRefiner as Refiner<DateSpan>, resolveDates],
  toFact: (s, ctx) => ({
    kind: 'date',
    text: ctx.text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    sentence: ctx.sentences.of(s.start, s.end),
    rule: s.rule,
    value: s.value,
    grain: s.grain,
    relative: s.relative,
    from: s.from,
    to: s.to,
    calendar: s.calendar,
    hijri: s.hijri,
  }),
  fields: ['text', 'value', 'grain', 'relative', 'from', 'to', 'calendar', 'hijri', 'rule'],
  describe: (f) => [f.value ?? '(unresolved)', f.grain, f.relative ? 'relative' : '', f.hijri ? `hijri ${f.hijri}` : ''].filter(Boolean).join(' '),
  value: (f) => f.value ?? '',
  color: '#b9e3ff',
};
