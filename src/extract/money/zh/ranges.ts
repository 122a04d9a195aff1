import { add, compare, fromInt, mulPow10 } from '../../../util/decimal.js';
import { parseZhNumber } from '../../../numerals/zh.js';
import type { ExtractContext, MoneySpan, Refiner } from '../../types.js';
import { namedAt, ZH_NAMED_CURRENCIES } from './currencies.js';
import type { ZhFigure } from './rules.js';

/** Between the two figures of a range; "70或80万元" (alternatives) is read as the range they span. */
const RANGE_JOIN = /^\s{0,2}(?:至|到|~|～|—|–|-|－|或)\s{0,2}/u;
/** A symbol the second figure of a range may name first: 由$1,500至$3,000. */
const SYMBOL_AT = /^(?:US\$|HK\$|NT\$|S\$|A\$|C\$|MOP\$|RM|\$|＄|¥|￥|€|£)/u;
const LONGEST_NAMED = Math.max(...ZH_NAMED_CURRENCIES.map(([w]) => w.length));

/**
 * Whether a figure that is no money alone may still be one end of a range, so
 * the rule keeps it for this refiner: a joiner after it (or its 以上), or one
 * before it within reach of a joiner and a currency word (the refiner decides).
 */
export function mayJoin(scan: string, index: number, end: number): boolean {
  return RANGE_JOIN.test(scan.slice(end, end + 6)) || scan.endsWith('以上', end) || LIST_PAIR_NEXT.test(scan.slice(end, end + 2)) ||
    /[至到~～—–\-－或、上]/u.test(scan.slice(Math.max(0, index - 8 - LONGEST_NAMED), index));
}

/**
 * Joins two neighbouring figures with a joiner between them into one range:
 * 3000萬元至5000萬元, 2000~3000元, 3至5亿元, 70或80万元 (alternatives: the
 * range they span), 澳門幣五萬元至60萬元, 由$1,500至$3,000, and the bounds of a
 * fine as statutes write them, 二十萬元以上一百萬元以下, 5000元以上不满5万元. The second figure
 * carries the currency, or both do: the same one, or a named one first and a
 * bare 元 after it, which is that currency. A first figure with no currency
 * borrows the second's 万/亿 unit (3至5亿元: 3亿; but 三千到一万元: 3000, as
 * 3000万 is past the high end). A "range" whose low end is above its high end
 * is not one. Figures left with no currency and not money by their sentence
 * are dropped. One pass in text order: each figure is compared with the next
 * one only.
 */
export const zhRanges: Refiner<MoneySpan> = {
  name: 'zh.money.ranges',
  refine(spans, ctx) {
    const figures = spans as ZhFigure[];
    const out: MoneySpan[] = [];
    for (let i = 0; i < figures.length; i++) {
      const first = figures[i] as ZhFigure;
      const next = figures[i + 1];
      // "30万新币(约合人民币160万)到40万新币": the first end's conversion in brackets stands between the ends.
      const conversion = next && figures[i + 2] ? bracketedConversion(ctx.scan, first, next) : null;
      const across = conversion !== null ? join(ctx, { ...first, end: conversion }, figures[i + 2] as ZhFigure) : null;
      if (across) {
        out.push(strip({ ...across, start: first.start }), strip(next as ZhFigure));
        i += 2;
        continue;
      }
      const range = next ? join(ctx, first, next) : null;
      if (range) i++;
      const span = range ?? first;
      if (!span.hasCurrency && !span.scaledOnly) continue;
      out.push(strip(span));
    }
    return out;
  },
};

/** A figure as a fact: without the fields the rule left for this refiner. */
function strip(span: ZhFigure): MoneySpan {
  const { index: _i, core: _c, unit: _u, scaled: _s, subExp: _e, scaledOnly: _so, hasCurrency: _h, isBare: _b, signed: _g, unsigned: _n, ...fact } = span;
  return fact;
}

/** Between a figure and the bracket that converts it: "(", "（约合", "(折合". */
const CONVERSION_OPEN = /^\s{0,2}[(（]\s{0,2}(?:折合|相当于|相當於|即)?\s{0,2}$/u;
const CONVERSION_CLOSE = /^\s{0,2}[)）]/u;

/**
 * Where the bracket that converts `first` into another currency closes — 30万新币(约合人民币160万),
 * 30萬新幣（約合新臺幣720萬元） — or null: both name a currency, a different one, and the bracket holds that figure only.
 */
function bracketedConversion(scan: string, first: ZhFigure, next: ZhFigure): number | null {
  if (!first.hasCurrency || !next.hasCurrency || first.currency === next.currency || next.qualifier === 'range') return null;
  if (!CONVERSION_OPEN.test(scan.slice(first.end, next.start))) return null;
  const close = CONVERSION_CLOSE.exec(scan.slice(next.end, next.end + 3));
  return close ? next.end + close[0].length : null;
}

/** "3、4千元", "70、80萬元": a figure, 、, then the next one up that carries the unit and the currency. */
const LIST_PAIR_NEXT = /^、[\d一二两兩三四五六七八九]/u;
const PAIR_FIRST = /^(?:[1-8]|[一二两兩三四五六七八]|[1-8]0|[二三四五六七八]十)$/u;
const PAIR_SECOND = /^(\d{1,2}|[二两兩三四五六七八九]十?)(.*)$/u;

/**
 * "3、4千元" = 3,000 to 4,000, "70、80萬元" = 700,000 to 800,000, as Taiwanese and Hong Kong copy writes
 * "three or four thousand": a bare single figure, 、, and the next one up (by one, or by ten) that carries
 * the unit and the currency. A list of more (1、2、3) or of figures that do not follow each other is no range.
 */
export function listPair(scan: string, first: ZhFigure, next: ZhFigure): ZhFigure | null {
  if (first.hasCurrency || first.scaled || scan[first.end] !== '、' || next.index !== first.end + 1 || !next.hasCurrency) return null;
  if (!PAIR_FIRST.test(first.core) || scan[first.index - 1] === '、') return null;
  const m = PAIR_SECOND.exec(next.core);
  const a = parseZhNumber(first.core)?.value;
  const b = m ? parseZhNumber(m[1] as string)?.value : undefined;
  if (!m || !m[2] || a === undefined || b === undefined) return null;
  const step = compare(a, fromInt(10)) >= 0 ? 10 : 1;
  if (compare(add(a, fromInt(step)), b) !== 0) return null;
  const low = parseZhNumber(first.core + (m[2] as string))?.value;
  if (!low || next.qualifier !== 'exact') return null;
  return {
    ...next, start: first.start, index: first.index, amount: low, qualifier: 'range', min: low, max: next.amount, rule: 'zh.money.range',
  };
}

/** After "A以上": 、, or the "less than" of a statute's upper bound (5000元以上不满5万元, 一萬元以上未滿三萬元). */
const BOUNDS_JOIN = /^\s{0,2}、?\s{0,2}(不满|不滿|不足|未满|未滿)?/u;

/** The range `first` and the figure after it make, or null. */
function join(ctx: ExtractContext, first: ZhFigure, next: ZhFigure): ZhFigure | null {
  const { scan } = ctx;
  const pair = listPair(scan, first, next);
  if (pair) return pair;
  // 處新臺幣二十萬元以上一百萬元以下罰鍰: "A以上B以下", the bounds of a fine.
  const overThenUnder = first.qualifier === 'over' && /以上$/u.test(scan.slice(first.end - 2, first.end));
  const joiner = (overThenUnder ? BOUNDS_JOIN : RANGE_JOIN).exec(scan.slice(first.end, first.end + 8));
  if (!joiner) return null;
  const at = first.end + joiner[0].length;
  // 由$1,500至$3,000, 人民币3万元至人民币5万元: the second figure may name its currency first.
  const symbol = SYMBOL_AT.exec(scan.slice(at, at + 5))?.[0] ?? namedAt(scan, at)?.[0] ?? '';
  const from = at + symbol.length + (/^\s/u.test(scan.slice(at + symbol.length, at + symbol.length + 1)) && symbol ? 1 : 0);
  // The next figure's number must start right there; read without a minus sign ("3万元 -5万元").
  const second = next.index !== from ? null : next.signed ? next.unsigned : next;
  // The second's span may begin with the 不满 the joiner read.
  if (!second || second.start < at - (joiner[1]?.length ?? 0)) return null;
  if (overThenUnder && !(joiner[1] ? second.qualifier === 'under' || second.qualifier === 'exact'
    : second.qualifier === 'under' && /以下$/u.test(scan.slice(second.end - 2, second.end)))) return null;
  // Neither names a currency: a range when the second is money by its sentence (月薪8千-1.2万).
  const ok = second.hasCurrency
    ? !first.hasCurrency || first.currency === second.currency || (second.isBare && !first.isBare)
    : (first.hasCurrency && second.scaled) || (!first.hasCurrency && second.scaledOnly);
  if (!ok) return null;
  let low = first.amount;
  // 2到3角, 20至30美分: a bare first figure is in the second's subunit too.
  if (!first.scaled && !first.hasCurrency && second.subExp !== 0) low = mulPow10(first.amount, second.subExp);
  if (!first.scaled && !first.hasCurrency && second.scaled && second.unit) {
    const borrowed = parseZhNumber(first.core + second.unit)?.value;
    if (borrowed && compare(borrowed, second.amount) <= 0) low = borrowed;
  }
  if (compare(low, second.amount) > 0) return null;
  const fromFirst = first.hasCurrency && (!first.isBare || !second.hasCurrency || second.isBare);
  return {
    ...first, end: second.end, amount: low, currency: fromFirst ? first.currency : second.currency,
    hasCurrency: first.hasCurrency || second.hasCurrency, scaledOnly: !first.hasCurrency && !second.hasCurrency,
    isBare: fromFirst ? first.isBare : second.isBare, bare: fromFirst ? first.bare ?? null : second.bare ?? null, qualifier: 'range', min: low, max: second.amount,
    per: second.per ?? first.per, rule: first.hasCurrency || second.hasCurrency ? 'zh.money.range' : 'zh.money.no-currency',
  };
}
