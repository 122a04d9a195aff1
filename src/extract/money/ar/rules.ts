import { fromInt, mulPow10, parseDecimal, type Decimal } from '../../../util/decimal.js';
import type { Per, Qualifier } from '../../../facts/schema.js';
import type { ExtractContext, MoneySpan } from '../../types.js';
import { AR_CURRENCIES } from './currencies.js';
import { arBareCurrency } from './region.js';

/** Scale words in their singular, plural, accusative and dual forms → power of ten and count when alone. */
const SCALES: ReadonlyArray<readonly [string, number, number]> = [
  ['تريليونين|تريليونان|تريليوني', 12, 2], ['تريليون(?:اً|ًا|ا|ات)?', 12, 1],
  ['مليارين|ملياران|ملياري', 9, 2], ['مليار(?:اً|ًا|ا|ات)?|بليون(?:اً|ًا|ا)?|بلايين', 9, 1],
  ['مليونين|مليونان|مليوني', 6, 2], ['مليون(?:اً|ًا|ا)?|ملايين', 6, 1],
  ['ألفين|ألفان|ألفي', 3, 2], ['ألف(?:اً|ًا|ا)?|آلاف|الاف', 3, 1],
];
const SCALE_SRC = SCALES.map(([s]) => s).join('|');
// 1,000,000 | 9.3 | 2,5 (decimal comma: one or two digits after it)
const NUM = String.raw`\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,10})?(?!\d)|\d{1,15}(?:\.\d{1,10}|,\d{1,2}(?!\d))?`;
const CURRENCY_SRC = AR_CURRENCIES.map((c) => c.noun).join('|');
const END = String.raw`(?![\p{L}\p{M}])`;

/**
 * [و|ب|ل|ف prefix] (number [scale] | scale) currency [nationality]:
 * "9.3 مليار دولار", "بمليار دولار", "و500 مليون ريال سعودي", "بـ2,5 مليار يورو".
 */
const AMOUNT = new RegExp(
  String.raw`(?<![\p{L}\p{M}\d])(?<prefix>[وفبل]{1,2}ـ?\s?)?(?:(?<num>${NUM})\s{0,2}(?:(?<scale>${SCALE_SRC})${END})?|(?<alone>${SCALE_SRC})${END})\s{1,3}(?<cur>${CURRENCY_SRC})${END}(?:\s{1,2}(?<adj>(?:ال)?[\p{L}]{2,12}))?`,
  'gu',
);

const QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = ([
  ['لا يتجاوز', 'under'], ['لا تتجاوز', 'under'], ['لا يزيد على', 'under'], ['لا يزيد عن', 'under'], ['لا تزيد على', 'under'],
  ['لا تزيد عن', 'under'], ['ما لا يقل عن', 'over'], ['لا يقل عن', 'over'], ['لا تقل عن', 'over'], ['ما يزيد على', 'over'],
  ['ما يزيد عن', 'over'], ['بأكثر من', 'over'], ['أكثر من', 'over'], ['اكثر من', 'over'], ['أزيد من', 'over'],
  ['يزيد على', 'over'], ['يزيد عن', 'over'], ['تزيد على', 'over'], ['تزيد عن', 'over'], ['تتجاوز', 'over'], ['يتجاوز', 'over'],
  ['تجاوزت', 'over'], ['تجاوز', 'over'], ['متجاوزة', 'over'], ['يفوق', 'over'], ['تفوق', 'over'], ['ما فوق', 'over'],
  ['فوق', 'over'], ['بأقل من', 'under'], ['أقل من', 'under'], ['اقل من', 'under'], ['ما دون', 'under'], ['دون', 'under'],
  ['ما يقارب', 'approx'], ['ما يناهز', 'approx'], ['يقارب', 'approx'], ['تقارب', 'approx'], ['يناهز', 'approx'],
  ['تناهز', 'approx'], ['بحوالي', 'approx'], ['حوالي', 'approx'], ['حوالى', 'approx'], ['بنحو', 'approx'], ['نحو', 'approx'],
  ['بقرابة', 'approx'], ['قرابة', 'approx'], ['زهاء', 'approx'], ['بزهاء', 'approx'], ['تقريبا', 'approx'],
] as Array<[string, Qualifier]>).sort((a, b) => b[0].length - a[0].length);
// Compiled once: a whole-word test per currency noun, per scale word, per qualifier.
const CURRENCY_RES = AR_CURRENCIES.map((c) => [new RegExp(`^(?:${c.noun})$`, 'u'), c] as const);
const SCALE_RES = SCALES.map(([src, exp, count]) => [new RegExp(`^(?:${src})$`, 'u'), exp, count] as const);
const QUALIFIER_RES = QUALIFIERS.map(([word, q]) => [new RegExp(`(?:^|[\\s،,(])${word}\\s{1,2}$`, 'u'), q] as const);
const QUALIFIER_AFTER = /^\s{1,2}(تقريبا|تقريباً|تقريبًا|على الأقل|فأكثر|فما فوق)/u;

const PER_AFTER: ReadonlyArray<readonly [RegExp, Per]> = [
  [/^\s{1,2}(?:شهري(?:اً|ًا|ا)|في الشهر|كل شهر)/u, 'month'],
  [/^\s{1,2}(?:سنوي(?:اً|ًا|ا)|في السنة|في العام|كل عام|كل سنة)/u, 'year'],
  [/^\s{1,2}(?:يومي(?:اً|ًا|ا)|في اليوم|كل يوم)/u, 'day'],
  [/^\s{1,2}(?:أسبوعي(?:اً|ًا|ا)|في الأسبوع|كل أسبوع)/u, 'week'],
  [/^\s{1,2}(?:للسهم(?: الواحد)?|لكل سهم)/u, 'share'],
  [/^\s{1,2}(?:للفرد|لكل فرد|للشخص|لكل شخص|للمواطن)/u, 'person'],
];
// "إنفاق شهري بمليار دولار": a rate adjective just before the figure.
const PER_BEFORE: ReadonlyArray<readonly [RegExp, Per]> = [
  [/(?:^|\s)شهري(?:ة)?\s{1,2}$/u, 'month'], [/(?:^|\s)سنوي(?:ة)?\s{1,2}$/u, 'year'], [/(?:^|\s)يومي(?:ة)?\s{1,2}$/u, 'day'],
  [/(?:^|\s)أسبوعي(?:ة)?\s{1,2}$/u, 'week'],
];

/** Arabic money figures with digits and scale words. */
export function arMoney(ctx: ExtractContext): MoneySpan[] {
  const { scan, text } = ctx;
  const out: MoneySpan[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(scan); m; m = AMOUNT.exec(scan)) {
    const g = m.groups ?? {};
    let amount: Decimal | null;
    if (g.num !== undefined) {
      amount = parseArNumber(g.num);
      if (amount && g.scale) amount = mulPow10(amount, scaleOf(g.scale)[0]);
    } else {
      const [exp, count] = scaleOf(g.alone ?? '');
      amount = mulPow10(fromInt(count), exp);
    }
    if (!amount) continue;
    const cur = CURRENCY_RES.find(([re]) => re.test(g.cur ?? ''))?.[1];
    if (!cur) continue;
    let end = m.index + m[0].length;
    let currency = cur.bare;
    const adjStem = (g.adj ?? '').replace(/^ال/u, '').replace(/(?:ة|ية)$/u, (s) => (s === 'ية' ? 'ي' : ''));
    const adjCode = cur.adjectives[adjStem] ?? cur.adjectives[(g.adj ?? '').replace(/^ال/u, '')];
    if (adjCode) currency = adjCode;
    else {
      end -= g.adj !== undefined ? m[0].length - m[0].lastIndexOf(g.adj) : 0;
      end = trimEnd(scan, m.index, end);
      if (currency === null) currency = arBareCurrency(g.cur ?? '', text);
    }
    // The span starts at the number; a clitic ب/و/ل stays in the span as written.
    const start = m.index;
    let qualifier: Qualifier = 'exact';
    const head = scan.slice(Math.max(0, start - 24), start);
    for (const [re, q] of QUALIFIER_RES) {
      if (re.test(head)) {
        qualifier = q;
        break;
      }
    }
    const after = QUALIFIER_AFTER.exec(scan.slice(end, end + 16));
    if (after) qualifier = /الأقل|أكثر|فوق/u.test(after[1] ?? '') ? 'over' : 'approx';
    let per: Per | null = null;
    for (const [re, p] of PER_AFTER) {
      const pm = re.exec(scan.slice(end, end + 20));
      if (pm) {
        per = p;
        break;
      }
    }
    if (!per) for (const [re, p] of PER_BEFORE) if (re.test(head)) per = p;
    const rule = g.alone !== undefined ? 'ar.money.scale-word' : g.scale ? 'ar.money.scaled' : 'ar.money.plain';
    out.push({ kind: 'money', start, end, rule, amount, currency, qualifier, min: null, max: null, per });
  }
  return out;
}

function trimEnd(scan: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/u.test(scan[e - 1] as string)) e--;
  return e;
}

function scaleOf(word: string): [number, number] {
  for (const [re, exp, count] of SCALE_RES) if (re.test(word)) return [exp, count];
  return [0, 1];
}

/** "9.3" → 9.3, "2,5" → 2.5 (decimal comma), "1,500,000" → 1500000. */
export function parseArNumber(s: string): Decimal | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(s)) return parseDecimal(s.replace(/,/gu, ''));
  return parseDecimal(s.replace(',', '.'));
}
