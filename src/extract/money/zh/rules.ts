import { add, fromInt, mulPow10, negate, type Decimal } from '../../../util/decimal.js';
import { parseZhNumber, ZH_DIGITS, zhInt, type ZhNumber } from '../../../numerals/zh.js';
import type { Sentences } from '../../../facts/sentences.js';
import type { ExtractContext, KindRules, MoneySpan, Refiner, Rule } from '../../types.js';
import type { Per, Qualifier } from '../../../facts/schema.js';
import { decideCurrency } from '../../refiners/currency.js';
import { YUAN_NOT_MONEY_AFTER, ZH_CENT_WORDS, ZH_CURRENCY_PREFIXES, ZH_CURRENCY_SUFFIXES } from './currencies.js';

const UNITS = '万萬亿億兆千百十拾佰仟';
const EXTRA = '多余餘个個几幾';
const ZHD = Object.keys(ZH_DIGITS).join('');
// 450,000,000 | 36.46 | 43
const ASCII_NUM = String.raw`(?:\d{1,3}(?:,\d{3}){1,6}(?!\d)|\d{1,20})(?:\.\d{1,12})?`;
/** A number in digits, numerals or both, with its 万/亿 units: "43億", "2.17 万亿", "二十多亿", "3億250萬8,400". */
const CORE = new RegExp(
  String.raw`(?<![\dA-Za-z.])(?:${ASCII_NUM}|[${ZHD}${UNITS}])(?:\s?[${UNITS}${EXTRA}]|${ASCII_NUM}|[${ZHD}${UNITS}${EXTRA}]){0,24}`,
  'gu',
);
/** CORE anchored at a position (sticky), for the second figure of a range. */
const CORE_AT = new RegExp(CORE.source, 'uy');
const RANGE_JOIN = /^\s{0,2}(?:至|到|~|～|—|–|-|－)\s{0,2}/u;

// Longest first, so 美元 wins over 元 and 元人民币 over 元.
const SUFFIXES = [...ZH_CURRENCY_SUFFIXES].sort((a, b) => b[0].length - a[0].length);
const PREFIXES = [...ZH_CURRENCY_PREFIXES].sort((a, b) => b[0].length - a[0].length);
// Most numbers in a text have no currency word next to them: one character says whether to look.
const SUFFIX_FIRST = new Set(SUFFIXES.map(([w]) => w[0]));
const PREFIX_LAST = new Set(PREFIXES.map(([w]) => w[w.length - 1]));

/** Words right before a figure that qualify it. 高达 ("as much as") stresses an exact figure and is not one. */
const QUALIFIER_PREFIXES: ReadonlyArray<readonly [string, Qualifier]> = ([
  ['约合', 'approx'], ['約合', 'approx'], ['约为', 'approx'], ['約為', 'approx'], ['大约', 'approx'], ['大約', 'approx'],
  ['将近', 'approx'], ['將近', 'approx'], ['接近', 'approx'], ['大概', 'approx'], ['约', 'approx'], ['約', 'approx'],
  ['近', 'approx'], ['超过', 'over'], ['超過', 'over'], ['超出', 'over'], ['突破', 'over'], ['高于', 'over'],
  ['高於', 'over'], ['至少', 'over'], ['不少于', 'over'], ['不少於', 'over'], ['不低于', 'over'], ['不低於', 'over'],
  ['多于', 'over'], ['多於', 'over'], ['超', 'over'], ['逾', 'over'], ['不到', 'under'], ['不足', 'under'],
  ['不超过', 'under'], ['不超過', 'under'], ['低于', 'under'], ['低於', 'under'], ['少于', 'under'], ['少於', 'under'],
  ['最多', 'under'], ['未满', 'under'], ['未滿', 'under'], ['至多', 'under'], ['最高', 'under'], ['起码', 'over'],
  ['起碼', 'over'], ['最少', 'over'], ['最低', 'over'], ['上', 'over'],
] as Array<[string, Qualifier]>).sort((a, b) => b[0].length - a[0].length);
const QUALIFIER_SUFFIX = /^\s{0,2}(以上|之上|有余|有餘|以下|之下|以内|以內|左右|上下)/u;
const SUFFIX_QUALIFIER: Record<string, Qualifier> = {
  以上: 'over', 之上: 'over', 有余: 'over', 有餘: 'over', 以下: 'under', 之下: 'under', 以内: 'under', 以內: 'under',
  左右: 'approx', 上下: 'approx',
};

/** "3.8 港元 / 股", "30元/月", "5元/人" */
const PER_SUFFIX = /^\s{0,2}[/／]\s{0,2}(股|月|年|人|天|日|季|周|週|吨|噸|件|张|張|次)/u;
const PER_UNIT: Record<string, Per> = {
  股: 'share', 月: 'month', 年: 'year', 人: 'person', 天: 'day', 日: 'day', 季: 'quarter', 周: 'week', 週: 'week',
  吨: 'unit', 噸: 'unit', 件: 'unit', 张: 'unit', 張: 'unit', 次: 'unit',
};
/** 每股 / 每月 / 人均… earlier in the same clause. */
const PER_PREFIX: ReadonlyArray<readonly [RegExp, Per]> = [
  [/每股|每一股/u, 'share'], [/每月|每个月|每個月|月均|每月份|月薪|月租|月费|月費/u, 'month'],
  [/每年|年均|每一年|每年度|年薪|年费|年費/u, 'year'],
  [/每人|人均|每名|每位|每户|每戶/u, 'person'], [/每天|每日|日均|日薪/u, 'day'], [/每周|每週|周均/u, 'week'],
  [/每季|每季度/u, 'quarter'],
];
/** 角/毛 and 分 after a 元/块 figure: "5元3角", "三块五毛". */
const JIAO_FEN = new RegExp(`^([0-9${'一二两兩三四五六七八九'}])\\s?[角毛](?:\\s?([0-9${'一二两兩三四五六七八九'}])\\s?分)?`, 'u');
/** Characters that make the figure after them vague: 数十亿, 几百万. */
const VAGUE_BEFORE = /[数數几幾]$/u;
/** "1美元兑7.2元人民币": an exchange rate, not two amounts. */
const RATE_JOIN = /^\s{0,2}(?:兑换|兌換|兑|兌|折合|换|換)\s{0,2}$/u;
const CLAUSE_BREAK = /[,，。;；!?！？:：\n、]/u;

// Counters and units that make a scaled number a count, not money: 20萬個, 100万人, 3亿股.
const COUNTER_AFTER = /^\s{0,2}(?:[个個人名位家台臺辆輛吨噸股部次件户戶套张張条條篇所座架艘只隻颗顆枚倍项項款种種份批头頭年岁歲天周月%％‰度]|平方|公里|千米|公斤|千克|小时|小時|分钟|分鐘)/u;
// Words that make a currency-less scaled figure money: 研发投入为 38.39 亿.
const MONEY_CUES = /收入|营收|營收|营业额|營業額|利润|利潤|净利|淨利|亏损|虧損|市值|估值|融资|融資|投资|投資|资金|資金|成本|支出|开支|開支|投入|销售额|銷售額|金额|金額|资产|資產|负债|負債|债务|債務|预算|預算|拨款|撥款|补贴|補貼|罚款|罰款|费用|費用|价格|價格|售价|售價|募资|募資|募集|身家|财富|財富|蒸发|蒸發|缩水|縮水|GDP|产值|產值|交易额|交易額|成交额|成交額/u;

/** A currency table's value: an ISO code, or the family of a bare word (null: 元; lower case: "dollar"). */
function currencyOrFamily(v: string | null): { currency: string | null; bare: string | null } {
  if (v === null) return { currency: null, bare: 'yuan' };
  return /^[a-z]/u.test(v) ? { currency: null, bare: v } : { currency: v, bare: null };
}

/**
 * Chinese money figures: digits or numerals, 万/亿 scales, currency words and
 * symbols, qualifiers, ranges: 43億美元, 约2.17 万亿元, 3000萬元至5000萬元, 研发投入为 38.39 亿.
 */
export const zhMoneyRule: Rule<MoneySpan> = {
  name: 'zh.money',
  pattern: CORE,
  nativeLookBehind: true,
  extract(m, ctx) {
    const first = readAmount(ctx, m.index, m[0]);
    if (!first) return null;
    const span = readRange(ctx, first) ?? first;
    // A figure with no currency, not money: the search goes on after all it read.
    if (!span.hasCurrency && !span.scaledOnly) return Math.max(m.index + m[0].length, span.end);
    const { core: _c, unit: _u, scaled: _s, scaledOnly: _so, hasCurrency: _h, ...fact } = span;
    return fact;
  },
};

/** "1美元兑7.2元人民币" states an exchange rate: neither figure is an amount. */
export const zhExchangeRate: Refiner<MoneySpan> = {
  name: 'zh.money.exchange-rate',
  refine(spans, ctx) {
    const out: MoneySpan[] = [];
    for (const fact of spans) {
      const prev = out[out.length - 1];
      if (prev && RATE_JOIN.test(ctx.scan.slice(prev.end, fact.start))) {
        out.pop();
        continue;
      }
      out.push(fact);
    }
    return out;
  },
};

/** A figure with no currency word takes the one its sentence's other figures all name. */
export const zhBorrowCurrency: Refiner<MoneySpan> = {
  name: 'zh.money.borrow-currency',
  refine: (spans, ctx) => borrowSentenceCurrency(ctx.sentences, spans),
};

/** Chinese money: the rule, then its refiners in order. */
export const ZH_MONEY: KindRules<MoneySpan> = { rules: [zhMoneyRule], refiners: [decideCurrency, zhExchangeRate, zhBorrowCurrency] };

/**
 * "总市值1.12万亿元，较去年高点蒸发逾3000亿": a figure with no currency word takes
 * the currency of the other figures in its sentence, when they all name the same one.
 * Its figures are found by a binary search among the spans by start, not by a
 * scan of all of them (which made 营收1亿， × 200k take 35 s).
 */
export function borrowSentenceCurrency(sentences: Sentences, spans: MoneySpan[]): MoneySpan[] {
  const byStart = spans.slice().sort((x, y) => x.start - y.start);
  return spans.map((span) => {
    if (span.currency !== null || span.rule !== 'zh.money.no-currency') return span;
    const [a, b] = sentences.bounds(span.start, span.end);
    let code: string | null = null;
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((byStart[mid] as MoneySpan).start < a) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < byStart.length; i++) {
      const o = byStart[i] as MoneySpan;
      if (o.start >= b) break;
      if (o === span || o.end > b || !o.currency) continue;
      if (code === null) code = o.currency;
      else if (code !== o.currency) return span;
    }
    return code !== null ? { ...span, currency: code, currencySource: 'text' } : span;
  });
}

/**
 * A range after a first figure: 3000萬元至5000萬元, 2000~3000元, 3至5亿元. The
 * second figure carries the currency (or both do, the same one); a bare first
 * figure borrows the second's 万/亿 unit.
 */
function readRange(ctx: ExtractContext, first: Reading): Reading | null {
  const join = RANGE_JOIN.exec(ctx.scan.slice(first.end, first.end + 6));
  if (!join) return null;
  const at = first.end + join[0].length;
  CORE_AT.lastIndex = at;
  const m = CORE_AT.exec(ctx.scan);
  const second = m ? readAmount(ctx, at, m[0], false) : null;
  if (!second) return null;
  const same = first.currency === second.currency && (first.bare ?? null) === (second.bare ?? null);
  const ok = second.hasCurrency ? !first.hasCurrency || same : first.hasCurrency && second.scaled;
  if (!ok) return null;
  let low = first.amount;
  if (!first.scaled && second.scaled && second.unit) low = parseZhNumber(first.core + second.unit)?.value ?? low;
  return {
    ...first, end: second.end, amount: low, hasCurrency: true,
    ...(first.hasCurrency ? { currency: first.currency, bare: first.bare ?? null } : { currency: second.currency, bare: second.bare ?? null }),
    qualifier: 'range', min: low, max: second.amount, per: second.per ?? first.per, rule: 'zh.money.range',
  };
}

interface Reading extends MoneySpan {
  core: string;
  unit: string;
  scaled: boolean;
  hasCurrency: boolean;
  /** No currency, but scaled and in a money sentence: kept with currency null. */
  scaledOnly: boolean;
}

function readAmount(ctx: ExtractContext, index: number, raw: string, signed = true): Reading | null {
  const { scan } = ctx;
  const core = raw.replace(/[\s个個]+$/u, '');
  // "亿元" alone, or "数十亿": no figure, or a vague one.
  if (!core || /^[万萬亿億兆]/u.test(core) || VAGUE_BEFORE.test(scan.slice(Math.max(0, index - 1), index))) return null;
  const parsed: ZhNumber & { max?: Decimal } | null = parseZhNumber(core) ?? adjacentPair(core);
  if (!parsed) return null;
  let start = index;
  let end = index + core.length;
  const unit = /[万萬亿億兆]+$/u.exec(core)?.[0] ?? '';

  // Currency after the number.
  let currency: string | null = null;
  let bare: string | null = null;
  let hasCurrency = false;
  let suffixIsYuan = false;
  let value: Decimal = parsed.value;
  const after = scan.slice(end, end + 8);
  const gap = /^\s{0,2}/u.exec(after)?.[0].length ?? 0;
  for (const [word, code] of SUFFIX_FIRST.has(after[gap]) ? SUFFIXES : []) {
    if (after.startsWith(word, gap)) {
      const isYuan = code === null;
      if (isYuan && YUAN_NOT_MONEY_AFTER.test(scan.slice(end + gap + word.length))) break;
      ({ currency, bare } = currencyOrFamily(code));
      suffixIsYuan = isYuan;
      hasCurrency = true;
      end += gap + word.length;
      if (ZH_CENT_WORDS.has(word)) value = mulPow10(value, -2);
      const jf = isYuan && !parsed.scaled ? JIAO_FEN.exec(scan.slice(end, end + 8)) : null;
      if (jf) {
        // "5元3角5分" = 5.35
        value = add(value, mulPow10(fromInt(numeralValue(jf[1] as string)), -1));
        if (jf[2]) value = add(value, mulPow10(fromInt(numeralValue(jf[2])), -2));
        end += jf[0].length;
      }
      break;
    }
  }
  // Currency before the number.
  const before = scan.slice(Math.max(0, start - 4), start);
  const at = before.trimEnd();
  for (const [sym, code] of PREFIX_LAST.has(at[at.length - 1]) ? PREFIXES : []) {
    if (at.endsWith(sym)) {
      if (sym === '$' && /[A-Za-z]$/u.test(at.slice(0, -1))) continue;
      start -= before.length - at.length + sym.length;
      // 港币1.5亿元: the named currency before wins over a bare 元 after.
      if (!hasCurrency || (suffixIsYuan && code !== null && /^[A-Z]/u.test(code))) ({ currency, bare } = currencyOrFamily(code));
      hasCurrency = true;
      break;
    }
  }
  // No currency: money only when scaled, not a count, in a money sentence;
  // otherwise the reading is returned bare, for a range to pick up.
  const scaledOnly = !hasCurrency && parsed.scaled && !COUNTER_AFTER.test(scan.slice(end, end + 4)) &&
    MONEY_CUES.test(sentenceText(ctx, start, end));

  // Sign: "-0.13 元"; a hyphen between two numbers is a range, handled by the caller.
  let amount: Decimal = value;
  const sign = scan[start - 1];
  if (signed && (sign === '-' || sign === '−' || sign === '－') && !/[\dA-Za-z万萬亿億元]/u.test(scan[start - 2] ?? '')) {
    amount = negate(amount);
    start -= 1;
  }

  let per: Per | null = null;
  const perSuffix = PER_SUFFIX.exec(scan.slice(end, end + 8));
  if (perSuffix && hasCurrency) {
    per = PER_UNIT[perSuffix[1] as string] ?? null;
    end += perSuffix[0].length;
  }
  if (!per) per = perBefore(scan, start);

  let qualifier: Qualifier = parsed.more ? 'over' : 'exact';
  let min: Decimal | null = null;
  let max: Decimal | null = null;
  if (parsed.max) {
    qualifier = 'range';
    min = parsed.value;
    max = parsed.max;
  }
  // A qualifier right before the figure, or before one space: compared in
  // place (endsWith at an offset), with no slice per word.
  const spaced = scan.charCodeAt(start - 1) === 32 ? 1 : 0;
  for (const [word, q] of QUALIFIER_PREFIXES) {
    if (scan.endsWith(word, start - spaced) && (word !== '上' || /^[十百千万萬亿億]/u.test(core))) {
      if (qualifier !== 'range') qualifier = q;
      start -= spaced + word.length;
      break;
    }
  }
  const qs = QUALIFIER_SUFFIX.exec(scan.slice(end, end + 6));
  if (qs) {
    if (qualifier !== 'range') qualifier = SUFFIX_QUALIFIER[qs[1] as string] ?? qualifier;
    end += qs[0].length;
  }
  const rule = scaledOnly ? 'zh.money.no-currency' : parsed.scaled ? 'zh.money.scaled' : 'zh.money.plain';
  return {
    kind: 'money', start, end, rule, amount, currency, bare, qualifier, min, max, per,
    core, unit, scaled: parsed.scaled, hasCurrency, scaledOnly,
  };
}

/** "两三亿", "三四千万": two neighbouring numerals make a range. */
function adjacentPair(core: string): (ZhNumber & { max: Decimal }) | null {
  const m = /^([一二两兩三四五六七八])([二三四五六七八九])(.+)$/u.exec(core);
  if (!m) return null;
  const a = numeralValue(m[1] as string);
  const b = numeralValue(m[2] as string);
  if (b !== a + 1) return null;
  const low = parseZhNumber(m[1] + (m[3] as string));
  const high = parseZhNumber(m[2] + (m[3] as string));
  if (!low || !high) return null;
  return { value: low.value, max: high.value, more: false, scaled: low.scaled };
}

function numeralValue(ch: string): number {
  return zhInt(ch) ?? 0;
}

function perBefore(scan: string, start: number): Per | null {
  let from = start;
  while (from > 0 && start - from < 16 && !CLAUSE_BREAK.test(scan[from - 1] as string)) from--;
  const clause = scan.slice(from, start);
  for (const [re, per] of PER_PREFIX) if (re.test(clause)) return per;
  return null;
}

function sentenceText(ctx: ExtractContext, start: number, end: number): string {
  const [a, b] = ctx.sentences.bounds(start, end);
  return ctx.text.slice(a, b);
}
