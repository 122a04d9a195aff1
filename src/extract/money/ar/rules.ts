import { mulPow10 } from '../../../util/decimal.js';
import type { Per, Qualifier } from '../../../facts/schema.js';
import { AR_NUMBER_SRC, AR_WORD_END, parseArNumber, type ArNumber } from '../../../numerals/ar.js';
import type { ExtractContext, KindRules, MoneySpan, Refiner, Rule } from '../../types.js';
import { adjectiveKey, AR_CODES, AR_CURRENCIES, type ArCurrency } from './currencies.js';
import { decideCurrency } from '../../refiners/currency.js';
import { arBareFamily } from './region.js';

const CURRENCY_SRC = AR_CURRENCIES.map((c) => c.noun).join('|');
const CODE_SRC = Object.keys(AR_CODES).map((c) => c.replace(/[$.]/gu, '\\$&')).join('|');
const PRE_SYM_SRC = String.raw`US\$|\$|€|£`;

/**
 * [clitic و/ب/ل/ف] [symbol] number currency [nationality]:
 * "9.3 مليار دولار", "بمليار دولار", "و500 مليون ريال سعودي", "بـ2,5 مليار يورو",
 * "ثلاثة مليارات دولار", "ألف ومائتين وخمسين مليون ريال", "5 مليارات من الدولارات", "$10".
 */
const AMOUNT = new RegExp(
  String.raw`(?<![\p{L}\p{M}\d.,])(?<prefix>[وفبل]{1,2}ـ?\s?)?(?<sym>(?:${PRE_SYM_SRC})\s?)?(?<num>${AR_NUMBER_SRC})` +
    String.raw`(?:\s{0,3}(?<cur>(?:من\s{1,2}(?=ال))?(?:${CURRENCY_SRC}))${AR_WORD_END}(?:\s{1,2}(?<adj>(?:ال)?\p{L}{2,12}))?` +
    String.raw`|\s?(?<code>${CODE_SRC})(?![A-Za-z\p{L}]))?`,
  'gu',
);

const QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = ([
  ['لا يتجاوز', 'under'], ['لا تتجاوز', 'under'], ['لا يزيد على', 'under'], ['لا يزيد عن', 'under'], ['لا تزيد على', 'under'],
  ['لا تزيد عن', 'under'], ['ما لا يقل عن', 'over'], ['لا يقل عن', 'over'], ['لا تقل عن', 'over'], ['ما يزيد على', 'over'],
  ['ما يزيد عن', 'over'], ['ما يربو على', 'over'], ['يربو على', 'over'], ['بأكثر من', 'over'], ['أكثر من', 'over'],
  ['اكثر من', 'over'], ['أزيد من', 'over'], ['يزيد على', 'over'], ['يزيد عن', 'over'], ['تزيد على', 'over'],
  ['تزيد عن', 'over'], ['متجاوزة', 'over'], ['ما فوق', 'over'], ['فوق', 'over'],
  ['بأقل من', 'under'], ['أقل من', 'under'], ['اقل من', 'under'], ['ما دون', 'under'], ['دون', 'under'], ['تحت', 'under'],
  ['ما يقارب', 'approx'], ['ما يناهز', 'approx'], ['يقارب', 'approx'], ['تقارب', 'approx'], ['يناهز', 'approx'],
  ['تناهز', 'approx'], ['بحوالي', 'approx'], ['بحوالى', 'approx'], ['حوالي', 'approx'], ['حوالى', 'approx'], ['بنحو', 'approx'], ['نحو', 'approx'],
  ['بقرابة', 'approx'], ['قرابة', 'approx'], ['زهاء', 'approx'], ['بزهاء', 'approx'], ['تقريبا', 'approx'],
  ['في حدود', 'approx'], ['بحدود', 'approx'], ['ما يقرب من', 'approx'], ['يقرب من', 'approx'],
] as Array<[string, Qualifier]>).sort((a, b) => b[0].length - a[0].length);
// Compiled once: a whole-word test per currency noun and per qualifier.
const CURRENCY_RES = AR_CURRENCIES.map((c) => [new RegExp(`^(?:من\\s{1,2})?(?:${c.noun})$`, 'u'), c] as const);
const QUALIFIER_RES = [
  ...QUALIFIERS.map(([word, q]) => [new RegExp(`(?:^|[\\s،,(])${word}\\s{1,2}$`, 'u'), q] as const),
  // Verbs may have their subject between them and the figure: "تجاوزت الخسائر 13 مليار دولار".
  [/(?:^|[\s،,(])(?:ت|ي)?(?:تجاوز|تخط|تخطى|فاق|يفوق|تفوق)(?:ت|ى|ا|ان)?\s{1,2}(?:\p{L}{2,14}\s{1,2})?$/u, 'over'] as const,
];
const QUALIFIER_AFTER = /^\s{1,2}(تقريبا|تقريباً|تقريبًا|على الأقل|على الاقل|فأكثر|فما فوق)/u;

// "في العام" is a rate only when no date follows: not "في العام السابق", "في العام 2024".
const NO_DATE_AFTER = String.raw`(?: الواحد)?(?!\s{1,2}(?:ال|\d))`;
const PER_AFTER: ReadonlyArray<readonly [RegExp, Per]> = [
  [new RegExp(String.raw`^\s{1,2}(?:شهري(?:اً|ًا|ا)|(?:في|كل|ب)\s?(?:ال)?شهر${NO_DATE_AFTER})`, 'u'), 'month'],
  [new RegExp(String.raw`^\s{1,2}(?:سنوي(?:اً|ًا|ا)|(?:في|كل|ب)\s?(?:ال)?(?:سنة|عام)${NO_DATE_AFTER})`, 'u'), 'year'],
  [new RegExp(String.raw`^\s{1,2}(?:يومي(?:اً|ًا|ا)|(?:في|كل|ب)\s?(?:ال)?يوم${NO_DATE_AFTER})`, 'u'), 'day'],
  [new RegExp(String.raw`^\s{1,2}(?:أسبوعي(?:اً|ًا|ا)|(?:في|كل|ب)\s?(?:ال)?أسبوع${NO_DATE_AFTER})`, 'u'), 'week'],
  [/^\s{1,2}(?:للسهم(?: الواحد)?|لكل سهم|للسهم الواحد)/u, 'share'],
  [/^\s{1,2}(?:للفرد|لكل فرد|للشخص|لكل شخص|للمواطن|لكل مواطن)/u, 'person'],
];
// "إنفاق شهري بمليار دولار", "ربحية السهم 2.5 ريال": a rate word just before the figure.
const PER_BEFORE: ReadonlyArray<readonly [RegExp, Per]> = [
  [/(?:^|\s)شهري(?:ة|ا)?\s{1,2}$/u, 'month'], [/(?:^|\s)سنوي(?:ة|ا)?\s{1,2}$/u, 'year'], [/(?:^|\s)يومي(?:ة|ا)?\s{1,2}$/u, 'day'],
  [/(?:^|\s)أسبوعي(?:ة|ا)?\s{1,2}$/u, 'week'], [/(?:ربحية|عائد|توزيعات|سعر) السهم(?: الواحد)?\s{1,2}(?:\p{L}{2,8}\s{1,2})?$/u, 'share'],
];

/** A range or a change before the figure: "بين 2 و3 مليارات", "من 10 إلى 20 دولار", "10-20 دولار". */
const RANGE_HEAD = new RegExp(
  String.raw`(?:^|[\s،,(])(?<open>(?:ما\s{1,2})?بين|من|تتراوح بين|يتراوح بين)\s{1,2}(?:(?:${PRE_SYM_SRC})\s?)?(?<first>${AR_NUMBER_SRC})` +
    String.raw`(?:\s{0,2}(?:${CURRENCY_SRC})${AR_WORD_END})?\s{0,2}(?<join>و|إلى|الى|حتى|ل)?\s?ـ?$`,
  'u',
);
const DASH_HEAD = /(?:^|[^\d.,\-–])(?<first>\d{1,15}(?:\.\d{1,10})?)\s?(?:\$\s?)?[-–~]\s?$/u;
/** "ارتفعت من 2 إلى 3 مليارات": two values, not a range. */
const CHANGE_VERB = /(?:ارتفع|انخفض|تراجع|زاد|زيادة|قفز|صعد|هبط|نما|نمو|نمت|ارتفاع|انخفاض|رفع|خفض|تقلص|تضاعف|هوى|تهاوى)/u;

const EXCHANGE_BEFORE = /سعر (?:ال)?صرف|سعر (?:ال)?دولار|سعر (?:ال)?يورو/u;
const EXCHANGE_AFTER = /^\s{0,2}(?:(?:مقابل|أمام|امام)\s{1,2}(?:ال)?|لل)(?:دولار|يورو|جنيه|ريال)(?:\s(?:ال)?(?:واحد|أمريكي|الأمريكي))?(?![\p{L}])/u;

interface Found extends MoneySpan {
  number: ArNumber;
}

/**
 * Arabic money figures: digits and number words, scale words, currency nouns
 * and symbols, ranges: 9.3 مليار دولار, بمليار دولار, ثلاثة مليارات دولار, بين 2 و3 مليارات دولار.
 */
export const arMoneyRule: Rule<MoneySpan> = {
  name: 'ar.money',
  pattern: AMOUNT,
  extract(m, ctx) {
    const g = m.groups ?? {};
    if (g.cur === undefined && g.code === undefined && g.sym === undefined) return null;
    const number = parseArNumber(g.num as string);
    // "2 و3 مليارات": try the figure that follows
    if (!number) return m.index + 1;
    const found = reading(ctx, m, number);
    if (!found) return null;
    const { number: _n, ...fact } = found;
    return readRange(ctx, found, m.index + (g.prefix?.length ?? 0)) ?? fact;
  },
};

/** A range or change takes over a first figure already read on its own ("2 مليار دولار و3 مليارات دولار"). */
export const arRangeTakesOver: Refiner<MoneySpan> = {
  name: 'ar.money.range-takes-over',
  refine(spans) {
    const out: MoneySpan[] = [];
    for (const s of spans) {
      while (out.length && (out[out.length - 1] as MoneySpan).end > s.start) out.pop();
      out.push(s);
    }
    return out;
  },
};

/** Arabic money: the rule, then its refiner. */
export const AR_MONEY: KindRules<MoneySpan> = { rules: [arMoneyRule], refiners: [arRangeTakesOver, decideCurrency] };

function reading(ctx: ExtractContext, m: RegExpExecArray, number: ArNumber): Found | null {
  const { scan } = ctx;
  const g = m.groups ?? {};
  let end = m.index + m[0].length;
  let currency: string | null = null;
  let bare: string | null = null;
  if (g.cur !== undefined) {
    const cur = CURRENCY_RES.find(([re]) => re.test(g.cur as string))?.[1];
    if (!cur) return null;
    currency = adjectiveCode(cur, g.adj) ?? cur.bare;
    if (currency === null) bare = arBareFamily(g.cur);
    if (g.adj !== undefined && !adjectiveCode(cur, g.adj)) {
      end -= m[0].length - m[0].lastIndexOf(g.adj);
      while (end > m.index && /\s/u.test(scan[end - 1] as string)) end--;
    }
  } else if (g.code !== undefined) {
    currency = AR_CODES[g.code.trim()] ?? null;
  } else {
    currency = AR_CODES[(g.sym as string).trim()] ?? null;
  }
  if (g.sym !== undefined && g.cur === undefined && g.code === undefined && !number.digitsOnly && number.scale === 0) {
    // "$ خمسة": a symbol before a number word is not how news writes money.
    return null;
  }
  // The span starts at the number; a clitic ب/و/ل stays in the span as written.
  const start = m.index;
  // "سعر صرف الدولار 50 جنيها", "50 جنيها للدولار الواحد": an exchange rate, not an amount.
  if (EXCHANGE_BEFORE.test(scan.slice(Math.max(0, start - 40), start)) || EXCHANGE_AFTER.test(scan.slice(end, end + 24))) return null;
  const head = scan.slice(Math.max(0, start - 24), start);
  let qualifier: Qualifier = 'exact';
  for (const [re, q] of QUALIFIER_RES) {
    if (re.test(head)) {
      qualifier = q;
      break;
    }
  }
  const after = QUALIFIER_AFTER.exec(scan.slice(end, end + 16));
  if (after) qualifier = /الأقل|الاقل|أكثر|فوق/u.test(after[1] ?? '') ? 'over' : 'approx';
  let per: Per | null = null;
  for (const [re, p] of PER_AFTER) {
    if (re.test(scan.slice(end, end + 20))) {
      per = p;
      break;
    }
  }
  if (!per) for (const [re, p] of PER_BEFORE) if (re.test(scan.slice(Math.max(0, start - 40), start))) per = p;
  const rule = number.digitsOnly ? 'ar.money.plain' : /\d/u.test(g.num as string) ? 'ar.money.scaled' : 'ar.money.words';
  return { kind: 'money', start, end, rule, amount: number.value, currency, bare, qualifier, min: null, max: null, per, number };
}

/**
 * The figure before a matched one, when the two make a range ("بين 2 و3
 * مليارات دولار", "من 10 إلى 20 دولار", "10-20 دولار") or a change ("ارتفعت من
 * 2 إلى 3 مليارات دولار": two facts). A bare first figure borrows the second's
 * scale word and currency.
 */
function readRange(ctx: ExtractContext, second: Found, numberStart: number): MoneySpan[] | null {
  const { scan } = ctx;
  const headStart = Math.max(0, numberStart - 120);
  const head = scan.slice(headStart, numberStart);
  let firstText: string;
  let firstStart: number;
  let open = '';
  const r = RANGE_HEAD.exec(head);
  if (r?.groups?.first !== undefined) {
    const join = r.groups.join ?? '';
    const between = /بين/u.test(r.groups.open ?? '');
    if (between ? join !== 'و' : !['إلى', 'الى', 'حتى', 'ل'].includes(join)) return null;
    firstText = r.groups.first;
    firstStart = headStart + r.index + r[0].indexOf(firstText, r[0].indexOf(r.groups.open as string) + (r.groups.open as string).length);
    open = r.groups.open as string;
  } else {
    const d = DASH_HEAD.exec(head);
    if (!d?.groups?.first || second.start !== numberStart) return null;
    firstText = d.groups.first;
    firstStart = headStart + d.index + d[0].indexOf(firstText);
  }
  const first = parseArNumber(firstText);
  if (!first) return null;
  let low = first.value;
  if (first.scale === 0 && second.number.scale > 0) low = mulPow10(low, second.number.scale);
  const { number: _n, ...fact } = second;
  const clauseStart = Math.max(0, firstStart - 40);
  if (open === 'من' && CHANGE_VERB.test(scan.slice(clauseStart, firstStart))) {
    const firstFact: MoneySpan = {
      ...fact, start: firstStart, end: firstStart + firstText.length, amount: low, qualifier: 'exact', per: fact.per,
      rule: 'ar.money.change-from',
    };
    return [firstFact, fact];
  }
  return [{ ...fact, start: firstStart, amount: low, qualifier: 'range', min: low, max: second.amount, rule: 'ar.money.range' }];
}

function adjectiveCode(cur: ArCurrency, adj: string | undefined): string | undefined {
  return adj === undefined ? undefined : cur.adjectives[adjectiveKey(adj)];
}
