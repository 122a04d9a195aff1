import type { DateFact, Fact, MoneyFact } from '../facts/schema.js';
import { toExactString, toNumber } from '../util/decimal.js';
import { resolveDates } from './date/resolve.js';
import { percent } from './percent/kind.js';
import { dropOverlapsRefiner } from './refiners/overlaps.js';
import type { DateSpan, ExtractContext, KindRules, MoneySpan, Refiner, Span } from './types.js';

/**
 * A kind of fact: the refiners that run over the spans of every language
 * (after each language's own), and how a span becomes a fact of the output
 * (../facts/schema.ts), in the schema's key order.
 */
export interface Kind<S extends { start: number; end: number; rule: string } = Span, F extends Fact = Fact> {
  name: F['kind'];
  /** What a count of these facts is called in the report and its summary: "money", "dates". */
  plural: string;
  refiners: ReadonlyArray<Refiner<S>>;
  /**
   * Rules and refiners the kind brings for languages (by code), beside those a
   * language registers for it in languages.ts: a new kind can live in one folder.
   */
  languages?: Readonly<Record<string, KindRules<S>>>;
  toFact(span: S, ctx: ExtractContext): F;
  /** Fields whose change is a change of the fact, for diff (offsets and sentence are not). */
  fields: readonly string[];
  /** The normalized value in a few words, for diff and the report: "4300000000 USD over per month", "2025-03 month relative". */
  describe(f: F): string;
  /** The value the report puts on a fact's highlight (data-value). */
  value(f: F): string;
  /** The highlight's colour in the report. */
  color: string;
}

const money: Kind<MoneySpan, MoneyFact> = {
  name: 'money',
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

const date: Kind<DateSpan, DateFact> = {
  name: 'date',
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

/**
 * The registry of kinds, in the order their spans are found. Adding a kind is
 * a folder of rules per language (registered in languages.ts), its fact in
 * ../facts/schema.ts, and one line here. Diff, the report and the CLI's
 * --kind loop over this list.
 */
export const KINDS: ReadonlyArray<Kind<any, any>> = [money, date, percent];

/** The kind of a fact. */
export function kindOf(f: Fact): Kind<Span, Fact> {
  const k = KINDS.find((x) => x.name === f.kind);
  if (!k) throw new Error(`no kind "${f.kind}" in the registry`);
  return k;
}
