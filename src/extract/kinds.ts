import type { DateFact, Fact, MoneyFact } from '../facts/schema.js';
import { toExactString, toNumber } from '../util/decimal.js';
import { resolveDates } from './date/resolve.js';
import { dropOverlapsRefiner } from './refiners/overlaps.js';
import type { DateSpan, ExtractContext, MoneySpan, Refiner, Span } from './types.js';

/**
 * A kind of fact: the refiners that run over the spans of every language
 * (after each language's own), and how a span becomes a fact of the output
 * (../facts/schema.ts), in the schema's key order.
 */
export interface Kind<S extends Span = Span, F extends Fact = Fact> {
  name: F['kind'];
  refiners: ReadonlyArray<Refiner<S>>;
  toFact(span: S, ctx: ExtractContext): F;
}

const money: Kind<MoneySpan, MoneyFact> = {
  name: 'money',
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
    qualifier: s.qualifier,
    min: s.min ? toNumber(s.min) : null,
    max: s.max ? toNumber(s.max) : null,
    per: s.per,
  }),
};

const date: Kind<DateSpan, DateFact> = {
  name: 'date',
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
};

/**
 * The registry of kinds, in the order their spans are found. Adding a kind is
 * a folder of rules per language (registered in languages.ts), its fact in
 * ../facts/schema.ts, and one line here.
 */
export const KINDS: ReadonlyArray<Kind<any, any>> = [money, date];
