import type { Qualifier } from '../../../facts/schema.js';
import type { Basis, Direction } from '../fact.js';
import { parseZhNumber, ZH_DIGITS } from '../../../numerals/zh.js';
import { fromInt, mulInt, parseDecimal, ZERO, add, type Decimal } from '../../../util/decimal.js';
import type { ExtractContext, KindRules, Rule } from '../../types.js';
import { consecutiveYears, lastMatch, less, percentSpan, sentenceAround, shift, type Around } from '../common.js';
import type { PercentSpan } from '../span.js';

// 26.27 | 1,200 | 0.5
const NUM = String.raw`\d{1,3}(?:,\d{3}){1,3}(?:\.\d{1,6})?(?!\d)|\d{1,7}(?:\.\d{1,6})?`;
// 二十五点五 | 百 | 零点五
const ZHNUM = String.raw`[零〇一二两兩三四五六七八九十百]{1,6}(?:[点點][零〇一二三四五六七八九]{1,4})?`;
const RANGE_JOIN = String.raw`(?:至|到|~|～|-|－|—|–)`;

/** A number in digits or numerals, with 点 as the decimal point: "二十五点五" → 25.5, "0.5" → 0.5. */
export function zhPercentNumber(s: string): Decimal | null {
  const t = s.replace(/,/gu, '');
  if (/^\d/u.test(t)) return parseDecimal(t);
  const [int, frac] = t.split(/[点點]/u) as [string, string | undefined];
  const whole = int === '' ? ZERO : parseZhNumber(int)?.value;
  if (!whole) return null;
  if (frac === undefined) return whole;
  const digits = [...frac].map((ch) => ZH_DIGITS[ch]);
  if (digits.some((d) => d === undefined)) return null;
  return add(whole, parseDecimal(`0.${digits.join('')}`) as Decimal);
}

// ---------------------------------------------------------------------------
// What the words around a figure say.

/** Right before the figure: 约 / 超过 / 不到…; its end is where the direction is looked for. */
const QUALIFIER_BEFORE: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/(?:大约|大約|约为|約為|约|約|将近|將近|接近|近|大概|或达|或達)\s{0,2}$/u, 'approx'],
  [/(?:超过|超過|超出|超|逾|高于|高於|至少|不少于|不少於|不低于|不低於|多于|多於|突破|起码|起碼|最少)\s{0,2}$/u, 'over'],
  [/(?:不到|不足|不超过|不超過|低于|低於|少于|少於|最多|至多|未满|未滿|最高)\s{0,2}$/u, 'under'],
];
const QUALIFIER_AFTER: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/^\s{0,2}(?:以上|之上|有余|有餘|多)/u, 'over'],
  [/^\s{0,2}(?:以下|之下|以内|以內|之内|之內)/u, 'under'],
  [/^\s{0,2}(?:左右|上下)/u, 'approx'],
];

/** Words that say a rise or a fall; the one nearest before the figure in its clause decides. */
const UP = '放大|增长|增長|上涨|上漲|上升|提升|提高|增加|攀升|大涨|大漲|暴涨|暴漲|飙升|飆升|跃升|躍升|激增|猛增|劲升|勁升|急升|走高|反弹|反彈|回升|上扬|上揚|上调|上調|扩大|擴大|扩阔|擴闊|走阔|走闊|成长|成長|高出|多出|增幅|涨幅|漲幅|升幅|增速|收高|走强|走強|拉升|抬升|溢价|溢價|加息|加快|加速|涨|漲|升|增';
const DOWN = '缩小|縮小|下降|下跌|减少|減少|回落|缩减|縮減|萎缩|萎縮|下滑|下挫|暴跌|大跌|重挫|挫|降低|缩水|縮水|走低|跌幅|降幅|减幅|減幅|下调|下調|收窄|收跌|收低|跳水|滑落|低出|贬值|貶值|折让|折讓|折价|折價|放缓|放緩|放慢|减速|減速|减慢|減慢|倒退|衰退|回吐|跌|降|减|減';
/** A share, a stake, a rate: the figure is a level, whatever moved before it in the clause. */
const LEVEL_STRONG = '占比|占|佔|比重|比例|持股|持有|股权|股權|股份|份额|份額|利率|税率|稅率|概率|机率|機率|可能性|从|從|由';
/** 为 / 是 make a level only when no rise or fall is named before them. */
const LEVEL_WEAK = '为|為|是|达到|達到|约占|率';
const CUE = new RegExp(`(${UP})|(${DOWN})|(${LEVEL_STRONG})|(${LEVEL_WEAK})`, 'gu');
/** Where a clause begins: the direction of a figure is read in its own clause (a list with 、 is one clause). */
const CLAUSE_BREAK = /[，,；;：:。！？!?\n（）()“”"]/gu;
/** The figure is where something ended up, not how much it moved: 升至5%, 降到3%. */
const TO_LEVEL = /(?:[^达達高]|^)[至到]\s{0,2}$/u;
/** The size of a rise or fall named just before the figure: 涨幅达5%, 跌幅扩大至5.1%, 降幅收窄到2%. */
const SIZE_OF_CHANGE = /(?:(增幅|涨幅|漲幅|升幅)|(跌幅|降幅|减幅|減幅))(?:扩大|擴大|收窄|缩小|縮小|进一步|進一步)?\s{0,2}(?:至|到|为|為|达|達|是)?\s{0,2}(?:约|約|近|逾|超过|超過)?\s{0,2}$/u;
/** 5%的增长 / 5% 的跌幅: the direction after the figure. */
const AFTER_CUE = /^\s{0,2}(?:的\s{0,2})?(?:(增长|增長|增幅|涨幅|漲幅|升幅|上涨|上漲|上升|提升|增加)|(下降|下跌|跌幅|降幅|减少|減少|下滑))/u;

/** Basis words; the nearest before the figure in its sentence carries over to it. */
const BASIS_CUE = new RegExp(
  [
    '(同比|按年|去年同期|上年同期|同期相比|(?:与|與|和|跟|同)(?:去年|上年|上一年|前一年)(?:同期)?相比|(?:相比|相较|相較|较|較|比)(?:去年|上年|上一年|前一年)(?!\\s{0,2}(?:第?[一二三四1-4]\\s{0,2}季|同期|[一二三四五六七八九十\\d]{1,2}\\s{0,2}月|底|末|年底|年末|年初))|年增率|年减率|年減率|YoY|yoy)',
    '(环比|環比)',
    '(按季|(?:较|較|比)(?:去年|上年)第?四季|较上季|較上季|比上季|较上一季|較上一季|较前一季|較前一季|(?:与|與|和)上(?:一)?(?:个|個)?季度?相比|季增率)',
    '(按月|较上月|較上月|比上月|较上个月|較上個月|较前一月|(?:与|與|和)上(?:一)?(?:个|個)?月相比|月增率)',
    // Taiwan: 營收年增5%, 月減3%, 季增2% (not 今年增长 or 3月增长: see below)
    '(?<![今去明前全同当當该該每上本近多半逐历歷连連首中个個单單\\d〇零一二三四五六七八九十])(?:(年)|(月)|(季))(?:增|減|减|成長|成长)',
  ].join('|'),
  'gu',
);
const MONTH_NAMED = /\d{1,2}\s{0,2}月|[一二三四五六七八九十]{1,3}月|上月|本月|当月|當月|单月|單月|月份|月度|月内|月內/u;
const COMPARED_YEAR = /(?:较|較|比|相比|与|與|对比|對比)\s{0,2}((?:19|20)\d{2})\s{0,2}年/u;

/** 高5% / 多出 / 低了: a comparison right before the figure. */
const NEAR = /(?:(高|多)|(低|少))(?:了|出)?\s{0,2}$/u;

function directionAround(before: string, after: string, points: boolean): Direction | null {
  // 跌幅扩大至5.1%, 涨幅为3%: the size of a rise or fall, whatever 至 or 为 follows it.
  const size = SIZE_OF_CHANGE.exec(before);
  if (size) return size[1] ? 'up' : 'down';
  if (!points && TO_LEVEL.test(before)) return null;
  const near = NEAR.exec(before);
  if (near) return near[1] ? 'up' : 'down';
  const clause = before.slice(lastBreak(before));
  let weak = false;
  CUE.lastIndex = 0;
  let last: Direction | 'level' | null = null;
  for (let m = CUE.exec(clause); m; m = CUE.exec(clause)) {
    if (m[1]) last = 'up';
    else if (m[2]) last = 'down';
    // Points are always a change: 利率下调25个基点.
    else if (m[3] && !points) last = 'level';
    else if (m[4] && last === null && !points) weak = true;
  }
  if (last === 'level') return null;
  if (last) return last;
  if (weak) return null;
  const a = AFTER_CUE.exec(after);
  return a ? (a[1] ? 'up' : 'down') : null;
}

function lastBreak(s: string): number {
  const m = lastMatch(CLAUSE_BREAK, s);
  return m ? m.index + 1 : 0;
}

function basisAround(before: string, afterClause: string, sentence: string): Basis | null {
  const m = lastMatch(BASIS_CUE, before) ?? firstMatch(BASIS_CUE, afterClause);
  if (m) {
    if (m[1] || m[5]) return 'yoy';
    if (m[3] || m[7]) return 'qoq';
    if (m[4] || m[6]) return 'mom';
    return MONTH_NAMED.test(sentence) ? 'mom' : 'qoq'; // 环比: monthly data names its month
  }
  // Two consecutive years: 2024年营收较2023年增长5%, 从2020年的79亿欧元增长33%至2021年的106亿欧元
  const y = COMPARED_YEAR.exec(before);
  if ((y && sentence.includes(`${Number(y[1]) + 1}`)) || consecutiveYears(sentence)) return 'yoy';
  return null;
}

function firstMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(s);
}

/** Direction, basis and qualifier of the figure at [start, end). */
export function zhAround(ctx: ExtractContext, start: number, end: number, direction?: Direction, points = false): Around {
  const { before, after, sentence } = sentenceAround(ctx, start, end);
  // A basis carries over the clauses of a sentence, and past ；: 营收同比增长20%；净利润增长15%.
  const carried = basisWindow(ctx, start, before);
  let qualifier: Qualifier = 'exact';
  let head = before;
  for (const [re, q] of QUALIFIER_BEFORE) {
    const m = re.exec(head);
    if (m) {
      qualifier = q;
      head = head.slice(0, m.index);
      break;
    }
  }
  if (qualifier === 'exact') for (const [re, q] of QUALIFIER_AFTER) if (re.test(after)) qualifier = q;
  const afterClause = after.slice(0, firstBreak(after, AFTER_BREAK));
  const dir = direction ?? directionAround(head, afterClause, points);
  return { direction: dir, basis: dir === null ? null : basisAround(carried, afterClause, sentence), qualifier };
}

/** The text before the figure back to the last 。!? or line break (at most 200 units), or its sentence's. */
function basisWindow(ctx: ExtractContext, start: number, before: string): string {
  const from = Math.max(0, start - 200);
  if (start - before.length <= from) return before;
  const back = ctx.scan.slice(from, start);
  const m = lastMatch(SENTENCE_END, back);
  const own = m ? back.slice(m.index + m[0].length) : back;
  return own.length > before.length ? own : before;
}
const SENTENCE_END = /[。！？!?\n]+/gu;

/** After the figure a clause goes on into brackets: 增长5%（同比）. */
const AFTER_BREAK = /[，,；;：:。！？!?\n]/gu;

function firstBreak(s: string, re: RegExp): number {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? m.index : s.length;
}

// ---------------------------------------------------------------------------
// The forms.

/** A range written before the figure: 5%至8%, 5至8%, 5-8%. */
const RANGE_BEFORE = new RegExp(String.raw`(?:^|[^\d.,])(${NUM})\s{0,2}[%％]?\s{0,2}${RANGE_JOIN}\s{0,2}$`, 'u');

function rangeBefore(ctx: ExtractContext, start: number, max: Decimal): { from: number; min: Decimal } | null {
  const head = ctx.scan.slice(Math.max(0, start - 24), start);
  const m = RANGE_BEFORE.exec(head);
  if (!m) return null;
  const min = zhPercentNumber(m[1] as string);
  if (!min || !less(min, max)) return null;
  return { from: start - head.length + m.index + m[0].length - m[0].replace(/^[^\d]/u, '').length, min };
}

const IN_BRACKETS = /[(（]\s{0,1}$/u;

/** "%E4%B8": a percent-encoded address, not a percentage. */
const HEX_AFTER = /^[0-9A-Fa-f]{2}/u;

// 26.27% | ２６％ | -1.76% | 5‰ | 5%至8% (the range is read back from the second figure)
const zhSign: Rule<PercentSpan> = {
  name: 'zh.percent.sign',
  pattern: new RegExp(String.raw`(?<![\dA-Za-z.%％])([-−－+]?)(${NUM})\s{0,2}([%％‰])`, 'gu'),
  extract(m, ctx) {
    const end = m.index + m[0].length;
    if (HEX_AFTER.test(ctx.scan.slice(end, end + 2))) return null;
    let value = zhPercentNumber(m[2] as string);
    if (!value) return null;
    if (m[3] === '‰') value = shift(value, 1);
    const range = m[1] ? null : rangeBefore(ctx, m.index, value);
    const start = range ? range.from : m.index;
    if (m[1] && m[1] !== '+') value = { n: -value.n, exp: value.exp };
    const around = zhAround(ctx, start, end);
    // (+5%), （-3.2%）: a change written with its sign in brackets after a figure.
    if (m[1] && around.direction === null && IN_BRACKETS.test(ctx.scan.slice(Math.max(0, start - 2), start)) && /^\s{0,2}[)）]/u.test(ctx.scan.slice(end, end + 3))) {
      around.direction = m[1] === '+' ? 'up' : 'down';
    }
    return percentSpan(start, end, range ? 'zh.percent.range' : 'zh.percent.sign', value, 'percent', around, range ? { min: m[3] === '‰' ? shift(range.min, 1) : range.min, max: value } : null);
  },
};

// 百分之二十 | 百分之二十五点五 | 百分之5 | 千分之五 | 万分之五 | 百分之五至百分之八 | 百分之五到八
const zhFraction: Rule<PercentSpan> = {
  name: 'zh.percent.fraction',
  pattern: new RegExp(String.raw`([百千万萬])分之\s{0,2}(${NUM}|${ZHNUM})(?:\s{0,2}${RANGE_JOIN}\s{0,2}(?:[百千万萬]分之)?\s{0,2}(${NUM}|${ZHNUM}))?`, 'gu'),
  extract(m, ctx) {
    const per = m[1] === '千' ? 1 : m[1] === '百' ? 0 : 2;
    const first = zhPercentNumber(m[2] as string);
    if (!first) return null;
    const end = m.index + m[0].length;
    // 百分之百确定: "absolutely", not a figure.
    if (m[2] === '百' && !m[3] && /^\s{0,2}(?:地|[是会會能要可不确確肯相支保放满滿正有])/u.test(ctx.scan.slice(end, end + 3))) return null;
    const second = m[3] ? zhPercentNumber(m[3]) : null;
    if (second && less(first, second)) {
      return percentSpan(m.index, end, 'zh.percent.range', shift(first, per), 'percent', zhAround(ctx, m.index, end), { min: shift(first, per), max: shift(second, per) });
    }
    const stop = m[3] ? m.index + m[0].indexOf(m[2] as string) + (m[2] as string).length : end;
    return percentSpan(m.index, stop, 'zh.percent.fraction', shift(first, per), 'percent', zhAround(ctx, m.index, stop), null);
  },
};

// 0.5个百分点 | 两个百分点 | 三点五个百分点 | 25个基点 (basis points, read as points: 0.25)
const zhPoints: Rule<PercentSpan> = {
  name: 'zh.percent.points',
  pattern: new RegExp(String.raw`(?<![\d.])(${NUM}|${ZHNUM})\s{0,2}(?:个|個)?(多)?\s{0,2}(百分点|百分點|基点|基點)`, 'gu'),
  extract(m, ctx) {
    let value = zhPercentNumber(m[1] as string);
    if (!value) return null;
    const basisPoints = /基/u.test(m[3] as string);
    if (basisPoints) value = shift(value, 2);
    const end = m.index + m[0].length;
    const range = /^\d/u.test(m[1] as string) ? rangeBefore(ctx, m.index, value) : null;
    const start = range ? range.from : m.index;
    const min = range && basisPoints ? shift(range.min, 2) : range?.min;
    const around = zhAround(ctx, start, end, undefined, true);
    // 5个多百分点: over five points.
    if (m[2] && around.qualifier === 'exact') around.qualifier = 'over';
    return percentSpan(start, end, range ? 'zh.percent.range' : 'zh.percent.points', value, 'points', around, range && min ? { min, max: value } : null);
  },
};

const CHENG_DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/**
 * 成 after a numeral is tenths (一成四 = 14%, 三成半 = 35%, 6成 = 60%), unless
 * it starts a word (成本, 成交, 成长, 一成不变) or 八成 means "probably" (八成是,
 * 八成会): then a verb or adverb follows.
 */
const NOT_CHENG_AFTER = /^(?:[本交长長立为為功员員果绩績就熟都型品份效色语語器材才仙婚全名形是会會要已也还還能可在不没沒得把被又该該将將很挺太想群事分像败敗千百万萬亿億真了对對倍片批套堆灾災风風活药藥])/u;
/** What may stand right before 一成: 近一成, 增长一成, 的一成, 有一成. */
const ONE_MAY_FOLLOW = /[近逾约約超有占佔了的增降跌涨漲长長加减減少多达達到至和或及只仅僅不足过過上下升高低为為是余餘出]/u;
// 三成 | 一成四 | 三成半 | 6成 | 七八成 (a range) | 两到三成
const zhCheng: Rule<PercentSpan> = {
  name: 'zh.percent.cheng',
  pattern: /(?<![零〇一二两兩三四五六七八九十百千万萬亿億\d.第])(?:([一二两兩三四五六七八九]|\d)\s{0,1}(?:至|到|~|-)?\s{0,1})?([一二两兩三四五六七八九十]|\d(?:\.\d)?|10)成([一二三四五六七八九半])?/gu,
  extract(m, ctx) {
    const end = m.index + m[0].length;
    const next = ctx.scan.slice(end, end + 1);
    // 一成四 reads the numeral after 成 only when no word goes on from it (一成四川 is not 14%).
    let stop = end;
    let tail = m[3];
    if (tail && /^\p{Script=Han}/u.test(next) && !/^[的左以多上下]/u.test(next)) {
      tail = undefined;
      stop = end - 1;
    }
    if (NOT_CHENG_AFTER.test(ctx.scan.slice(stop, stop + 1))) return null;
    // 一 ends many words (统一成标准, 合一成): after a Han character, only after one that may stand before a share.
    if (!m[1] && m[2] === '一' && /^\p{Script=Han}$/u.test(ctx.scan.charAt(m.index - 1)) && !ONE_MAY_FOLLOW.test(ctx.scan.charAt(m.index - 1))) return null;
    const tenths = (s: string) => (/^\d/u.test(s) ? parseDecimal(s) : CHENG_DIGIT[s] !== undefined ? fromInt(CHENG_DIGIT[s] as number) : null);
    let value = tenths(m[2] as string);
    if (!value || less(fromInt(10), value)) return null;
    value = mulInt(value, 10n);
    if (tail) value = add(value, tail === '半' ? fromInt(5) : fromInt(CHENG_DIGIT[tail] as number));
    if (m[1]) {
      const low = tenths(m[1]);
      if (low && less(low, mulInt(value, 1n)) && less(mulInt(low, 10n), value)) {
        return percentSpan(m.index, stop, 'zh.percent.cheng-range', mulInt(low, 10n), 'percent', zhAround(ctx, m.index, stop), { min: mulInt(low, 10n), max: value });
      }
      return m.index + 1;
    }
    return percentSpan(m.index, stop, 'zh.percent.cheng', value, 'percent', zhAround(ctx, m.index, stop), null);
  },
};

/**
 * 八五折 / 8.5折 / 打八折 / 对折: a discount, read as how much the price falls:
 * 八五折 (pay 85%) → 15, direction down. Not 折合 (converted), 折旧, 一波三折.
 */
const NOT_ZHE_AFTER = /^(?:合|算|旧|舊|射|叠|疊|腾|騰|返|线|線|磨|服|损|損|子|断|斷|中|衷|纸|紙|八扣|页|頁|寿|壽)/u;
const zhDiscount: Rule<PercentSpan> = {
  name: 'zh.percent.discount',
  pattern: /(?<![零〇一二两兩三四五六七八九十百千\d.波])(对|對|[一二三四五六七八九](?:[一二三四五六七八九])?|\d(?:\.\d|\d)?)\s{0,1}折/gu,
  extract(m, ctx) {
    const end = m.index + m[0].length;
    if (NOT_ZHE_AFTER.test(ctx.scan.slice(end, end + 2))) return null;
    const w = m[1] as string;
    let pay: Decimal | null;
    if (w === '对' || w === '對') pay = fromInt(50);
    else if (/^\d\.\d$/u.test(w)) pay = mulInt(parseDecimal(w) as Decimal, 10n);
    else if (/^\d\d$/u.test(w)) pay = parseDecimal(w);
    else if (/^\d$/u.test(w)) pay = fromInt(Number(w) * 10);
    else pay = fromInt([...w].reduce((n, ch, i) => n + (CHENG_DIGIT[ch] as number) * (i === 0 ? 10 : 1), 0));
    if (!pay || !less(fromInt(0), pay) || !less(pay, fromInt(100))) return null;
    const off = add(fromInt(100), { n: -pay.n, exp: pay.exp });
    const around = zhAround(ctx, m.index, end, 'down');
    return percentSpan(m.index, end, 'zh.percent.discount', off, 'percent', { ...around, basis: null }, null);
  },
};

/** What each rule's matches must contain: a text without it is not searched (see Rule.trigger). */
const ZH_TRIGGERS = new Map<Rule<PercentSpan>, RegExp>([
  [zhSign, /[%％‰]/u], [zhFraction, /分之/u], [zhPoints, /百分[点點]|基[点點]/u], [zhCheng, /成/u], [zhDiscount, /折/u],
]);
export const ZH_PERCENT: KindRules<PercentSpan> = {
  rules: [zhSign, zhFraction, zhPoints, zhCheng, zhDiscount].map((r) => ({ ...r, trigger: ZH_TRIGGERS.get(r) })),
  refiners: [],
};
