import { zhInt } from '../../../numerals/zh.js';
import type { KindRules } from '../../types.js';
import { dateSpan, type DateParts, type DateRule, type PendingDate } from '../common.js';

const S = String.raw`\s{0,2}`;
// 2025 | 二〇二五 | 二00九 (numerals with ASCII zeros, as typed in some copy)
const Y = String.raw`((?:19|20)\d{2}|[〇零○一二三四五六七八九]{4}|[一二][〇零○0Ｏ一二三四五六七八九\d]{3})`;
const M = String.raw`(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])`;
const D = String.raw`(3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])`;
const DAY_MARK = '[日号號]';
const PART = '(底|初|中|末|份|上旬|中旬|下旬)';
const QUARTER = String.raw`(?:第${S})?([一二三四1-4])${S}季(?:度)?`;
// 上午十时 / 下午3点 / 20:03
const TIME = String.raw`(?:${S}(上午|下午|晚上|早上|早晨|中午|凌晨|晚间|晚間|傍晚|夜间|夜間|深夜|午后|午後|晚|早)?${S}(\d{1,2}|[一二三四五六七八九十]{1,3})${S}(?:[:：]|时|時|点|點)${S}(\d{1,2}|[一二三四五六七八九十]{1,3}|正)?${S}分?)?`;

function timeParts(ampm: string | undefined, h: string | undefined, mi: string | undefined): Pick<DateParts, 'hour' | 'minute'> {
  let hour = zhInt(h);
  if (hour === undefined) return {};
  if (ampm && /下午|晚|傍晚|夜|午后|午後/u.test(ampm) && hour < 12 && (ampm !== '深夜' || hour >= 6)) hour += 12;
  if (ampm === '中午' && hour < 11) hour += 12;
  const minute = mi === '正' ? 0 : zhInt(mi);
  return minute === undefined ? { hour } : { hour, minute };
}

const REL_YEAR: Readonly<Record<string, Pick<DateParts, 'yearOffset' | 'contextYear'>>> = {
  今年: { yearOffset: 0 }, 本年: { yearOffset: 0 }, 去年: { yearOffset: -1 }, 上年: { yearOffset: -1 },
  前年: { yearOffset: -2 }, 明年: { yearOffset: 1 }, 后年: { yearOffset: 2 }, 後年: { yearOffset: 2 },
  同年: { yearOffset: 0, contextYear: true }, 当年: { yearOffset: 0, contextYear: true }, 當年: { yearOffset: 0, contextYear: true },
  次年: { yearOffset: 1, contextYear: true }, 翌年: { yearOffset: 1, contextYear: true }, 隔年: { yearOffset: 1, contextYear: true },
};
const REL_MONTH: Readonly<Record<string, number>> = {
  本月: 0, 当月: 0, 當月: 0, 这个月: 0, 這個月: 0, 上月: -1, 上个月: -1, 上個月: -1, 下月: 1, 下个月: 1, 下個月: 1,
};
const REL_DAY: Readonly<Record<string, number>> = {
  今天: 0, 今日: 0, 今早: 0, 今晨: 0, 今晚: 0, 昨天: -1, 昨日: -1, 昨晚: -1, 前天: -2, 前日: -2, 大前天: -3, 明天: 1, 明日: 1,
  后天: 2, 後天: 2, 大后天: 3, 大後天: 3,
};

const WEEKDAY: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const WEEK_OFFSET = (w: string | undefined): number => (w === undefined ? 0 : /^上/u.test(w) ? -1 : /^下/u.test(w) ? 1 : 0);
const WEEK_WORD = String.raw`(?:周|週|星期|礼拜|禮拜)`;
const WEEK_PREFIX = String.raw`(上个?|上個|下个?|下個|这个?|這個?|本|今個)?`;
/** 年底, 年初 after a relative year: 去年年底 is the year 去年. */
const YEAR_PART = String.raw`${S}(?:年底|年初|年末|年中|年尾|底|初|末|尾)`;
/** 1至6月 → H1, 1-3月 → Q1: a month range that is a named part of the year. */
function monthRangeParts(a: number, b: number): Partial<DateParts> | null {
  if (b <= a || a < 1 || b > 12) return null;
  if (b - a === 2 && a % 3 === 1) return { quarter: (a + 2) / 3 };
  if (a === 1 && b === 6) return { half: 1 };
  if (a === 7 && b === 12) return { half: 2 };
  if (a === 1 && b === 12) return {};
  return { month: a };
}

const at = (m: RegExpExecArray) => [m.index, m.index + m[0].length] as const;
/** "至3日", "到7月3日": the second end of a range of days. */
const DAY_RANGE = String.raw`(?:${S}[至到~～—–-]${S}(?:${M}${S}月${S})?${D}${S}${DAY_MARK})?`;

/** Chinese date rules, each with one example above it. Overlaps are settled by the refiner (longest wins). */
export const ZH_DATE_RULES: readonly DateRule[] = [
  // 2025年6月19日, 二〇一九年五月六日, 2025年6月19日下午3点
  { name: 'zh.date.ymd', pattern: new RegExp(`${Y}${S}年${S}${M}${S}月${S}${D}${S}${DAY_MARK}${TIME}${DAY_RANGE}`, 'gu'), extract: (m) => {
    const year = zhInt(m[1]);
    if (year === undefined) return null;
    const month = zhInt(m[2]);
    const to = m[8] !== undefined ? { year, month: zhInt(m[7]) ?? month, day: zhInt(m[8]) } : undefined;
    return dateSpan(...at(m), 'zh.date.ymd', { year, month, day: zhInt(m[3]), ...timeParts(m[4], m[5], m[6]) }, to);
  } },
  // 2025-06-19 20:03, 2025/6/19, 2025.6.19
  { name: 'zh.date.numeric', pattern: /(?<![\d.])((?:19|20)\d{2})([-/.])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?![\d.])(?:(?:\s{1,2}|T)([01]?\d|2[0-3]):([0-5]\d)(?![\d]))?/gu, extract: (m) =>
    dateSpan(...at(m), 'zh.date.numeric', { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]), ...(m[5] !== undefined ? { hour: Number(m[5]), minute: Number(m[6]) } : {}) }) },
  // 2025年6月, 2025年3月底
  { name: 'zh.date.ym', pattern: new RegExp(`${Y}${S}年${S}${M}${S}月(?:${S}${PART})?`, 'gu'), extract: (m) => {
    const year = zhInt(m[1]);
    return year === undefined ? null : dateSpan(...at(m), 'zh.date.ym', { year, month: zhInt(m[2]) });
  } },
  // 2024 年第一季度, 2025年Q1, 2025Q1
  { name: 'zh.date.y-quarter', pattern: new RegExp(`${Y}${S}(?:年度?${S}${QUARTER}|年?${S}Q([1-4]))`, 'gu'), extract: (m) => {
    const year = zhInt(m[1]);
    const quarter = zhInt(m[2] ?? m[3]);
    return year === undefined ? null : dateSpan(...at(m), 'zh.date.y-quarter', { year, quarter });
  } },
  // 2025年上半年
  { name: 'zh.date.y-half', pattern: new RegExp(`${Y}${S}年度?${S}(上|下)半年`, 'gu'), extract: (m) => {
    const year = zhInt(m[1]);
    return year === undefined ? null : dateSpan(...at(m), 'zh.date.y-half', { year, half: m[2] === '上' ? 1 : 2 });
  } },
  // 2013 年— 2023 年
  { name: 'zh.date.y-range', pattern: new RegExp(`${Y}${S}年?${S}[—–\\-~～至到]${S}${Y}${S}年(?!代)`, 'gu'), extract: (m) => {
    const a = zhInt(m[1]);
    const b = zhInt(m[2]);
    if (a === undefined || b === undefined || b <= a) return null;
    return dateSpan(...at(m), 'zh.date.y-range', { year: a }, { year: b });
  } },
  // 2025年, 二〇二五年, 2025年度 (not 2000年代)
  { name: 'zh.date.y', pattern: new RegExp(`${Y}${S}年(?:度)?(?!代)(?:${S}(?:底|初|末))?`, 'gu'), extract: (m) => {
    const year = zhInt(m[1]);
    return year === undefined ? null : dateSpan(...at(m), 'zh.date.y', { year });
  } },
  // 4 月 24 日, 5月1日至3日 (the first day; ranges of days are split)
  { name: 'zh.date.md', pattern: new RegExp(`(?<![\\d年])${M}${S}月${S}${D}${S}${DAY_MARK}${TIME}${DAY_RANGE}`, 'gu'), extract: (m) => {
    const month = zhInt(m[1]);
    const to = m[7] !== undefined ? { refYear: true, month: zhInt(m[6]) ?? month, day: zhInt(m[7]) } : undefined;
    return dateSpan(...at(m), 'zh.date.md', { refYear: true, month, day: zhInt(m[2]), ...timeParts(m[3], m[4], m[5]) }, to);
  } },
  // 19日 (month and year from the reference), not 3日内 (a duration) or 日元
  { name: 'zh.date.d', pattern: new RegExp(`(?<![\\d月年号號周週期拜(（.:/\\-])(3[01]|[12]\\d|0?[1-9]|[二三]?十[一二三四五六七八九]?)${S}日(?![\\d元圆圓本语語报報常内內以之游遊均年化])${TIME}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'zh.date.d', { refYear: true, day: zhInt(m[1]), ...timeParts(m[2], m[3], m[4]) }) },
  // 上周五, 周三, 下星期一, 这礼拜二 (a bare weekday is in the reference week)
  { name: 'zh.date.weekday', pattern: new RegExp(`(?<![\\d一二两兩三四五六七八九十每几幾数數个個])${WEEK_PREFIX}${WEEK_WORD}([一二三四五六日天])(?![\\d一二三四五六七八九十次])`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'zh.date.weekday', { weekOffset: WEEK_OFFSET(m[1]), weekday: WEEKDAY[m[2] as string] }) },
  // 上周, 本周, 下个星期 (week grain: ISO week)
  { name: 'zh.date.week', pattern: new RegExp(`(?<![\\d一二两兩三四五六七八九十每几幾数數])(上个?|上個|下个?|下個|这个?|這個?|本)${WEEK_WORD}(?![一二三四五六日天末])`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'zh.date.week', { weekOffset: WEEK_OFFSET(m[1]) }) },
  // 3年前, 一周前, 两个月后, 十天之前
  { name: 'zh.date.ago', pattern: new RegExp(`(?<![\\d.])(\\d{1,3}|[一二两兩三四五六七八九十]{1,3}|半)${S}(年|[个個]${S}月|[个個]?${S}(?:周|週|星期|礼拜|禮拜)|天)${S}(?:之|以)?(前|后|後)(?![后後天])`, 'gu'), extract: (m) => {
    const half = m[1] === '半';
    const n = half ? 0 : zhInt(m[1]);
    if (n === undefined || (half && !/^年$/u.test(m[2] as string))) return null;
    const sign = m[3] === '前' ? -1 : 1;
    const unit = m[2] as string;
    const parts: DateParts = half ? { monthOffset: 6 * sign }
      : unit === '年' ? { yearOffset: sign * n }
      : /月/u.test(unit) ? { monthOffset: sign * n }
      : unit === '天' ? { dayOffset: sign * n }
      : { weekOffset: sign * n };
    return dateSpan(...at(m), 'zh.date.ago', parts);
  } },
  // 1至6月 → H1, 2025年1-3月 → Q1, 1-9月 → 2025-01/2025-09
  { name: 'zh.date.month-range', pattern: new RegExp(`(?:${Y}${S}年${S})?(?<![\\d.])${M}${S}(?:月${S})?[至到~～—–-]${S}${M}${S}月(?!${S}[\\d一二三四五六七八九十]{1,3}${S}[日号號])(?:份)?`, 'gu'), extract: (m) => {
    const a = zhInt(m[2]);
    const b = zhInt(m[3]);
    if (a === undefined || b === undefined) return null;
    const part = monthRangeParts(a, b);
    if (!part) return null;
    const year = zhInt(m[1]);
    const base: DateParts = year === undefined ? { nearYear: true } : { year };
    const to = part.month !== undefined ? { ...base, month: b } : undefined;
    return dateSpan(...at(m), 'zh.date.month-range', { ...base, ...part }, to);
  } },
  // 年底, 年初, 月底 (the reference year or month)
  { name: 'zh.date.part', pattern: new RegExp(`(?<![\\d〇零○一二三四五六七八九十年月个個上下本当當今去明前后後同次翌隔])(年底|年初|年末|年尾|月底|月初|月末|月尾)`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'zh.date.part', /^年/u.test(m[1] as string) ? { yearOffset: 0 } : { monthOffset: 0 }) },
  // Q1, 上半年 with no year (the year named just before, else the reference year)
  { name: 'zh.date.q-half', pattern: new RegExp(`(?<![A-Za-z\\d年今去明同当當前后後本])(?:Q([1-4])(?![A-Za-z\\d])|(上|下)半年)`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'zh.date.q-half', m[1] ? { nearYear: true, quarter: Number(m[1]) } : { nearYear: true, half: m[2] === '上' ? 1 : 2 }) },
  // 3月底, 6月份
  { name: 'zh.date.m-part', pattern: new RegExp(`(?<![\\d年])${M}${S}月${S}${PART}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'zh.date.m-part', { refYear: true, month: zhInt(m[1]) }) },
  // 去年6月, 今年3月底, 同年9月, 明年, 今年上半年, 去年第四季度
  { name: 'zh.date.rel-year', pattern: new RegExp(`(今年|本年|去年|上年|前年|明年|后年|後年|同年|当年|當年|次年|翌年|隔年)(?:${S}的?${S}${M}${S}月(?:${S}${D}${S}${DAY_MARK})?(?:${S}${PART})?|${S}的?${S}(上|下)半年|${S}的?${S}${QUARTER}|${YEAR_PART})?`, 'gu'), extract: (m) => {
    const rel = REL_YEAR[m[1] as string] ?? {};
    const parts: DateParts = { ...rel, month: zhInt(m[2]), day: zhInt(m[3]) };
    if (m[5]) parts.half = m[5] === '上' ? 1 : 2;
    if (m[6]) parts.quarter = zhInt(m[6]);
    return dateSpan(...at(m), 'zh.date.rel-year', parts);
  } },
  // 上月, 本月
  { name: 'zh.date.rel-month', pattern: /(本月|当月|當月|这个月|這個月|上个?月|上個月|下个?月|下個月)(?:底|初|末|中旬|上旬|下旬)?/gu, extract: (m) =>
    dateSpan(...at(m), 'zh.date.rel-month', { monthOffset: REL_MONTH[m[1] as string] ?? 0 }) },
  // 昨日, 今天, 今早
  { name: 'zh.date.rel-day', pattern: new RegExp(Object.keys(REL_DAY).sort((a, b) => b.length - a.length).join('|'), 'gu'), extract: (m) =>
    dateSpan(...at(m), 'zh.date.rel-day', { dayOffset: REL_DAY[m[0]] ?? 0 }) },
  // 今(9)日: the 9th of the reference month
  { name: 'zh.date.today-n', pattern: /今[(（](\d{1,2})[)）]日/gu, extract: (m) =>
    dateSpan(...at(m), 'zh.date.today-n', { refYear: true, day: Number(m[1]) }) },
  // 一季度, 第三季度 (the year named last, else the reference year)
  { name: 'zh.date.quarter', pattern: new RegExp(`(?<![年\\d])${QUARTER}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'zh.date.quarter', { nearYear: true, quarter: zhInt(m[1]) }) },
];

/** Chinese dates: the rules, then no refiner of their own (overlaps and resolution are the date kind's). */
export const ZH_DATES: KindRules<PendingDate> = { rules: ZH_DATE_RULES, refiners: [] };
