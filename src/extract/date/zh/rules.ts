import { fromEra, fromRoc, HOLIDAYS, REIGN_ERAS } from '../../../calendar/chinese.js';
import { zhInt } from '../../../numerals/zh.js';
import type { ExtractContext, KindRules, Refiner } from '../../types.js';
import { dropOverlaps } from '../../refiners/overlaps.js';
import { dateSpan, spanDays, type DateParts, type DateRule, type PendingDate } from '../common.js';
import { withTriggers, ZH_DATE_TRIGGERS } from '../triggers.js';

const S = String.raw`\s{0,2}`;
// 2025 | 1357 | 二〇二五 | 二00九 (numerals with ASCII zeros, as typed in some copy)
const YEAR = String.raw`(?:1\d{3}|20\d{2}|[〇零○一二三四五六七八九]{4}|[一二][〇零○0Ｏ一二三四五六七八九\d]{3})`;
const Y = `(${YEAR})`;
/** 两千零四年: a year said as a number, only before a month (两千年 alone is usually a span of time). */
const Y_SAID = String.raw`(${YEAR}|[两兩二]千(?:零[一二三四五六七八九]|零?[一二三四五六七八九]?十[一二三四五六七八九]?)?)`;
const M = String.raw`(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])`;
const D = String.raw`(3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])`;
const DAY_MARK = '[日号號]';
/** 杪: the end of a month or year, as Malaysian and Singapore copy writes it (本月杪, 年杪). */
const PART = '(上中旬|中下旬|上旬|中旬|下旬|底|初|中|末|杪|份)';
const QUARTER = String.raw`(?:第${S})?([一二三四1-4]|首(?=季))${S}(?:财|財)?季(?:度)?`;
/** The quarter a QUARTER match names: 首季 is the first. */
const quarterOf = (q: string | undefined): number | undefined => (q === '首' ? 1 : zhInt(q));
/** (星期一), (四), ，周五: a weekday restating the date before it; (大年初三), （農曆正月初九）: the lunar day restating it. */
const WD = String.raw`(?:${S}[(（]${S}(?:星期|周|週|礼拜|禮拜)?[一二三四五六日天]${S}[)）]|${S}[,，]?${S}(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]|${S}[(（]${S}(?:农历|農曆)?(?:大?年初|正月初)[一二三四五六七八九十]${S}[)）])?`;
const AMPM = '上午|下午|晚上|早上|早晨|清晨|中午|凌晨|晚间|晚間|傍晚|夜间|夜間|夜晚|深夜|午后|午後|上晝|下晝|晚|早';
// 上午十时, 下午3点, 8时半, 20:03, 上午九时正
const TIME = String.raw`(?:${S}(${AMPM})?${S}(\d{1,2}|[一二三四五六七八九十]{1,3}|零|[两兩](?=${S}(?:点|點|时|時)))${S}(?:[:：]|时|時|点|點)${S}([一三]刻|\d{1,2}|[一二三四五六七八九十]{1,3}|正|半)?${S}分?)?`;

/** 上午9点到11点, 14:00至16:00: a time with its end, on the same day (the end takes the start's 上午 / 下午 when it says none). */
const TIME_RANGE = String.raw`(?:${S}(${AMPM})?${S}(\d{1,2}|[一二三四五六七八九十]{1,3}|零|[两兩](?=${S}(?:点|點|时|時)))${S}(?:[:：]|时|時|点|點)${S}([一三]刻|\d{1,2}|[一二三四五六七八九十]{1,3}|正|半)?${S}分?(?:${S}[至到~～—–-]${S}(${AMPM})?${S}(\d{1,2}|[一二三四五六七八九十]{1,3}|[两兩](?=${S}(?:点|點|时|時)))${S}(?:[:：]|时|時|点|點)${S}([一三]刻|\d{1,2}|[一二三四五六七八九十]{1,3}|正|半)?${S}分?)?)?`;
/** The end of a TIME_RANGE as parts of `day`, or undefined when the match has none. */
function timeTo(day: DateParts, m: RegExpExecArray, i: number, evening = false): DateParts | undefined {
  if (m[i + 4] === undefined) return undefined;
  const end = timeParts(m[i + 3] ?? m[i], m[i + 4], m[i + 5], evening);
  return end.hour === undefined ? undefined : { ...day, ...end };
}

function timeParts(ampm: string | undefined, h: string | undefined, mi: string | undefined, evening = false): Pick<DateParts, 'hour' | 'minute'> {
  let hour = zhInt(h?.replace(/^[两兩]$/u, '二'));
  if (hour === undefined) return {};
  if (((ampm && /下|晚|夜|午后|午後/u.test(ampm) && (ampm !== '深夜' || hour >= 6)) || (!ampm && evening)) && hour < 12) hour += 12;
  if (ampm === '中午' && hour < 11) hour += 12;
  const minute = mi === '正' ? 0 : mi === '半' ? 30 : mi === '一刻' ? 15 : mi === '三刻' ? 45 : zhInt(mi);
  return minute === undefined ? { hour } : { hour, minute };
}

const REL_YEAR: Readonly<Record<string, Pick<DateParts, 'yearOffset' | 'contextYear'>>> = {
  今年: { yearOffset: 0 }, 本年: { yearOffset: 0 }, 去年: { yearOffset: -1 }, 上年: { yearOffset: -1 },
  前年: { yearOffset: -2 }, 明年: { yearOffset: 1 }, 后年: { yearOffset: 2 }, 後年: { yearOffset: 2 },
  同年: { yearOffset: 0, contextYear: true }, 当年: { yearOffset: 0, contextYear: true }, 當年: { yearOffset: 0, contextYear: true },
  次年: { yearOffset: 1, contextYear: true }, 翌年: { yearOffset: 1, contextYear: true }, 隔年: { yearOffset: 1, contextYear: true },
};
const REL_YEAR_WORDS = Object.keys(REL_YEAR).join('|');
/**
 * Characters that make a relative-year word part of another word when they
 * come before it (税前年薪, 以上年度, 成本年增, 说明年报, 过去年份, 不同年龄,
 * 相当年轻, 本次年会) or after it (年薪, 年会, 年金, 年假, 年龄, 年级, 年限).
 */
const REL_YEAR_NOT: Readonly<Record<string, [string, string]>> = {
  前年: ['税稅以之提此目日空当當眼生战戰事年多', '薪会會金假龄齡级級限轻輕'],
  上年: ['以之线線网網马馬向加晚早场場边邊面本', '薪会會金假龄齡级級限轻輕纪紀'],
  本年: ['成资資基根版样樣文范範课課账賬日剧劇', '薪会會金假龄齡级級限'],
  明年: ['说說证證发發声聲表透光鲜鮮简簡英聪聰开開分标標查阐闡申文', '轻輕龄齡级級'],
  去年: ['过過回失离離出进進死除减減抹删刪', '薪龄齡级級'],
  今年: ['', '薪龄齡级級'],
  同年: ['不相共如合等陪连連协協会會认認', '薪会會金假龄齡级級限轻輕纪紀'],
  当年: ['相适適应應正充担擔恰妥稳穩便每', '薪会會金假龄齡级級限轻輕'],
  當年: ['相适適应應正充担擔恰妥穩稳便每', '薪会會金假龄齡级級限轻輕'],
  次年: ['本此首这這多每上下一二两兩三四五六七八九十几幾数數再屡屢层層档檔', '薪会會金假龄齡级級限'],
};
function relYearInWord(text: string, start: number, word: string): boolean {
  const not = REL_YEAR_NOT[word];
  if (!not) return false;
  const before = text[start - 1] ?? '';
  const after = text[start + word.length] ?? '';
  return (before !== '' && not[0].includes(before)) || (after !== '' && not[1].includes(after));
}
const REL_MONTH: Readonly<Record<string, number>> = {
  本月: 0, 当月: 0, 當月: 0, 这个月: 0, 這個月: 0, 上上月: -2, 上上个月: -2, 上上個月: -2, 下下月: 2, 下下个月: 2, 下下個月: 2, 上月: -1, 上个月: -1, 上個月: -1, 下月: 1, 下个月: 1, 下個月: 1,
};
const REL_DAY: Readonly<Record<string, number>> = {
  今天: 0, 今日: 0, 今早: 0, 今晨: 0, 今午: 0, 今晚: 0, 今夜: 0, 昨天: -1, 昨日: -1, 昨晚: -1, 昨夜: -1, 昨晨: -1, 昨早: -1,
  前天: -2, 前日: -2, 大前天: -3, 明天: 1, 明日: 1, 明早: 1, 明晨: 1, 明晚: 1,
  后天: 2, 後天: 2, 大后天: 3, 大後天: 3,
};
const REL_DAY_WORDS = Object.keys(REL_DAY).sort((a, b) => b.length - a.length).join('|');
/** Days counted from the day the text just named: 次日, 翌日, 当天. */
const SINCE_LAST: Readonly<Record<string, number>> = {
  次日: 1, 翌日: 1, 隔日: 1, 隔天: 1, 第二天: 1, 次晨: 1, 翌晨: 1, 后一天: 1, 後一天: 1,
  当天: 0, 當天: 0, 当日: 0, 當日: 0, 当晚: 0, 當晚: 0, 当夜: 0, 當夜: 0, 同日: 0, 同一天: 0, 同一日: 0, 前一天: -1, 前一日: -1,
};
const SINCE_LAST_WORDS = Object.keys(SINCE_LAST).sort((a, b) => b.length - a.length).join('|');

const WEEKDAY: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
/** 上周 = -1, 上上周 = -2 (the week before last), 下下周 = 2. */
const WEEK_OFFSET = (w: string | undefined): number => (w === undefined ? 0 : /^上上/u.test(w) ? -2 : /^下下/u.test(w) ? 2 : /^上/u.test(w) ? -1 : /^下/u.test(w) ? 1 : 0);
const WEEK_WORD = String.raw`(?:周|週|星期|礼拜|禮拜)`;
const WEEK_PREFIX = String.raw`(上上个?|上上個|下下个?|下下個|上一?个?|上一?個|下一?个?|下一?個|这个?|這個?|本|今個)?`;
/** 年底, 年初 after a relative year: 去年年底 is the year 去年. */
const YEAR_PART = String.raw`${S}(?:年底|年初|年末|年中|年尾|年杪|底|初|末|杪|尾)`;
/**
 * A season of the year named before it (今年夏天, 2024年春季, 去年秋冬): the value is the year,
 * as in Arabic (صيف 2024): no ISO value says a season without choosing its months.
 */
const SEASON = String.raw`${S}的?${S}(?:[春夏秋冬](?:季(?!度)|天)|春夏|秋冬)`;
/** 1至6月 → H1, 1-3月 → Q1: a month range that is a named part of the year. */
function monthRangeParts(a: number, b: number): Partial<DateParts> | null {
  if (b <= a || a < 1 || b > 12) return null;
  if (b - a === 2 && a % 3 === 1) return { quarter: (a + 2) / 3 };
  if (a === 1 && b === 6) return { half: 1 };
  if (a === 7 && b === 12) return { half: 2 };
  if (a === 1 && b === 12) return {};
  return { month: a };
}

/**
 * A Han character before "N个月后" that names an event it counts from (上市10个月后, 成立两年后,
 * 入職三個月後): any but the words that count from now (在, 于, 将, 约, 预计, 最快 …).
 */
const AFTER_EVENT = /^(?![在于於将將再约約计計概要会會可能快早迟遲晚到至直等待需须須仅僅只才就还還已])\p{Script=Han}$/u;
/** An event 首N个月 counts from (上市首三个月, 開業首兩季): its first months, not the year's. */
const FIRST_AFTER_EVENT = /(?:上市|推出|开业|開業|开幕|開幕|成立|发售|發售|上映|开通|開通|运营|運營|投产|投產|实施|實施|上任|就任|上线|上線|开放|開放|营业|營業|通车|通車)$/u;
const at = (m: RegExpExecArray) => [m.index, m.index + m[0].length] as const;
/** "至3日", "到7月3日": the second end of a range of days. */
// 起至 … 止 wraps a range too: 7月1日起至9月30日止
/** A TIME whose hour is not kept: the end day of a range says it (1月7日（星期三）上午8时), the range's value is days. */
const TIME_SAID = TIME.replace(/\((?!\?)/gu, '(?:');
const DAY_RANGE = String.raw`(?:${S}(?:起${S})?[至到~～—–-]${S}(?:${M}${S}月${S})?${D}${S}${DAY_MARK}${WD}${TIME_SAID}(?:${S}止)?)?`;

/**
 * True when the sentence looks ahead (将, 预计…, …起, …前): a month named
 * there is this year's even when it is more than half a year away.
 */
const AHEAD_BEFORE = /将|將|预计|預計|计划|計劃|拟|擬|预定|預定|有望|预期|預期|定于|定於|届时|屆時|准备|準備|打算|计划|預估|预估|將於|即将|即將/u;
const AHEAD_AFTER = /^\s{0,2}[日号號]?\s{0,2}(?:起|止|前|以前|之前|开始|開始|举行|舉行|上市|到期|实施|實施|施行|生效|截止|合约|合約|期货|期貨|交割)/u;
function looksAhead(ctx: ExtractContext, start: number, end: number): boolean {
  const before = ctx.scan.slice(Math.max(0, start - 30), start);
  const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'), before.lastIndexOf('\n'), before.lastIndexOf('；'));
  return AHEAD_BEFORE.test(before.slice(cut + 1)) || AHEAD_AFTER.test(ctx.scan.slice(end, end + 8));
}
/**
 * The month of a day said beside 昨天 / 今日 / 明天 (昨（十八）日, 今日(3日)):
 * the reference month, or the one before (after) when the day said is past
 * (before) the reference day the word points back (ahead) from.
 */
function saidDayMonth(ctx: ExtractContext, offset: number, day: number): number {
  const ref = ctx.refDate;
  if (!ref) return 0;
  if (offset < 0 && day > ref.day) return -1;
  if (offset > 0 && day < ref.day) return 1;
  return 0;
}
/** A month with no year, resolved as news means it (see DateParts.newsYear). */
/** 以来 / 至今 right after a date: it is already past (自10月7日以来, 10月至今). */
const LOOKS_BACK = /^\s{0,2}(?:以来|以來|至今)/u;
const newsMonth = (ctx: ExtractContext, start: number, end: number): DateParts => (LOOKS_BACK.test(ctx.scan.slice(end, end + 6))
  ? { refYear: true, past: true }
  : { refYear: true, newsYear: true, ...(looksAhead(ctx, start, end) ? { ahead: true } : {}) });

/** Taiwan copy: Republic of China years (113年, 九十六年) are read in it. */
const TAIWAN = /民國|臺灣|台灣|臺北|台北|新北|桃園|臺中|台中|臺南|台南|高雄|中央社|立法院|行政院|總統府|立委|新臺幣|新台幣|台幣|臺幣|國民黨|民進黨|縣市|縣府|市府|金管會|衛福部|環境部|經濟部|內政部|勞動部|國發會|農委會|交通部/u;
const taiwanCache = new WeakMap<ExtractContext, boolean>();
/** Traditional (or undecided) copy that names Taiwan's institutions. */
const isTaiwan = (ctx: ExtractContext): boolean => {
  let t = taiwanCache.get(ctx);
  if (t === undefined) taiwanCache.set(ctx, (t = ctx.script !== 'Hans' && TAIWAN.test(ctx.scan)));
  return t;
};

/** A short year: 民國113年, 113年 and 九十六年 in Taiwan copy (ROC), 08年 and 18年 (two digits), 零八年. */
const SHORT_YEAR = String.raw`((?:中[華华])?民[國国]${S})?(\d{1,3}|[一二三四五六七八九](?=${S}年)|[〇零○一二三四五六七八九]{2,3}|[一二三四五六七八九]?十[一二三四五六七八九]?|一百[〇零○]?[一二三四五六七八九十]{0,2})`;
/**
 * Reign names a short year counts from (康熙二十年, 乾隆五十年, 萬曆十年; Japan's 令和6年, 平成30年):
 * not a year of this century, so not read.
 */
const ERA_BEFORE = /(?:顺治|順治|康熙|雍正|乾隆|嘉庆|嘉慶|道光|咸丰|咸豐|同治|光绪|光緒|宣统|宣統|洪武|永乐|永樂|宣德|正统|正統|成化|弘治|正德|嘉靖|隆庆|隆慶|万历|萬曆|天启|天啟|崇祯|崇禎|贞观|貞觀|开元|開元|天宝|天寶|明治|大正|昭和|平成|令和)$/u;
const ERA_NAMES = Object.keys(REIGN_ERAS).join('|');
/** After a reign year with no month: a span of time (康熙年间 is no year; 乾隆六十年来), not a date. */
const ERA_YEAR_NOT = /^(?:[来來间間期代内內多余餘前后後之])/u;
/** After a short year with no month: a span of time (10年来, 5年期, 100年前), not a date. */
const SHORT_YEAR_NOT = /^(?:[来來间間期代制级級内內多余餘前后後以之半历歷老龄齡薪资資租息])/u;
function shortYear(ctx: ExtractContext, roc: boolean, raw: string, withMonth: boolean, after: string): number | null {
  const n = zhInt(raw);
  if (n === undefined || n < 1) return null;
  const rocRef = (ctx.refDate?.year ?? 2025) - 1911;
  if (roc) return n <= rocRef + 5 ? fromRoc(n) : null;
  if (n < 10 && !/^[0〇零○]/u.test(raw)) return null;
  const digitByDigit = /^(?:\d+|[〇零○一二三四五六七八九]+)$/u.test(raw);
  const three = n >= 100;
  const byForm = /^[0〇零○]/u.test(raw) || (digitByDigit && !/^\d+$/u.test(raw));
  if (!withMonth && (byForm ? /^[来來期代制级級龄齡]/u : SHORT_YEAR_NOT).test(after)) return null;
  if (three) {
    // 113年 (2024) in Traditional copy; elsewhere a three-digit count of years.
    // Alone (113年度) it needs copy that names Taiwan: 100年 in Hong Kong copy is a century.
    // 三六七年一月一日: a year past the ROC's, by its digits, before a month (a year of the first millennium)
    if (withMonth && n > rocRef + 5 && byForm) return n;
    if (!(withMonth ? ctx.script === 'Hant' || isTaiwan(ctx) : isTaiwan(ctx)) || n > rocRef + 5 || (!withMonth && n < 60)) return null;
    return fromRoc(n);
  }
  const leadingZero = /^[0〇零○]/u.test(raw);
  if (isTaiwan(ctx) && !leadingZero && n >= 40) {
    // 九十六年, 96年11月 in Taiwan copy.
    if (!withMonth && !digitByDigit && !/^(?:度|[，,、。底初時时起])/u.test(after)) return null;
    return fromRoc(n);
  }
  // 08年, 零八年 (a year by its digits); 18年 only before a month (18年 alone is as often 18 years).
  if (!withMonth && !(leadingZero || (digitByDigit && !/^\d+$/u.test(raw)))) return null;
  const pivot = ((ctx.refDate?.year ?? 2025) % 100) + 5;
  return n <= pivot ? 2000 + n : 1900 + n;
}

/** 九十年代, 90年代, 上世纪90年代, 19世纪70年代, 2000年代: the first year of the decade, or null. */
function decadeStart(ctx: ExtractContext, century: string | undefined, decade: string): number | null {
  const d = zhInt(decade);
  if (d === undefined) return null;
  if (d >= 1000) return d % 10 === 0 ? d : null;
  if (d % 10 !== 0 || d > 90) return null;
  const c = centuryStart(ctx, century);
  if (c !== null) return c + d;
  if (century !== undefined) return null;
  const ref = ctx.refDate?.year ?? 2025;
  return d <= ref % 100 ? ref - (ref % 100) + d : ref - (ref % 100) - 100 + d;
}
/** The first year of a century as news counts it (20世纪 = the 1900s), or null. */
function centuryStart(ctx: ExtractContext, century: string | undefined): number | null {
  if (century === undefined) return null;
  const ref = ctx.refDate?.year ?? 2025;
  if (/^上/u.test(century)) return ref - (ref % 100) - 100;
  if (/^[本这這]/u.test(century)) return ref - (ref % 100);
  const n = zhInt(century);
  return n !== undefined && n >= 1 && n <= 22 ? (n - 1) * 100 : null;
}

/** The holiday a name means: 国庆节 → 国庆, 大年三十 → 除夕. */
function holidayKey(name: string): string | null {
  const key = name.replace(/[节節]$/u, '').replace(/^(?:国际|國際)/u, '');
  if (key === '大年三十' || key === '大年夜') return '除夕';
  if (key === '五一劳动' || key === '五一勞動') return '五一';
  if (key === '劳动' || key === '勞動') return '劳动节';
  if (key === '五四青年' || key === '青年') return '青年节';
  // 六一, 七一, 八一 said alone (六一前夕, 七一当天): Children's Day, the Party's founding day, Army Day.
  if (key === '六一') return '儿童节';
  if (key === '七一') return '建党节';
  if (key === '八一') return '建军节';
  for (const k of [key, `${key}节`, `${key}節`]) if (k in HOLIDAYS) return k;
  return null;
}
/**
 * Holidays, with the words that must follow the ambiguous ones (五一 is also
 * a street, 国庆 a given name, 清明 "clear-sighted", 元宵 a dumpling).
 */
const HOLIDAY = String.raw`(元旦[节節]?|春[节節](?![联聯]欢|[联聯]歡)|除夕|大年三十|大年夜|大年初一|[农農][历曆]新年|元宵[节節]|(?:清明(?=[节節假小期当當前后後时時])|(?<=(?:今天|明天|后天|後天|昨天|今年|去年|明年|\d{4}年)\s{0,2})清明(?![节節]))[节節]?|端午[节節]?|七夕[节節]?|中秋[节節]?|重[阳陽][节節]|(?:国际|國際)?(?:五一)?(?:劳动|勞動)[节節]|五一(?=[”"」』]?(?:[假长長小黄黃期前当當连連]|去|出[游遊行]|[,，、]?\s{0,2}(?:去|到)[哪那]))|(?<=(?:今天|明天|后天|後天|昨天|今年|去年|明年|\d{4}年)\s{0,2})五一(?![路村街广廣大中小队隊劳勞奖獎])|[六七八]一(?:[节節]|(?=[”"」』]?(?:前夕|当天|當天|期间|期間)))|[国國]庆(?=[节節假长長小黄黃期前当當连連档檔七])[节節]?|[國国]慶(?=[节節假長长小黃黄期前當当連连檔档七])[節节]?|情人[节節]|(?:三八)?[妇婦]女[节節]|(?:六一)?[儿兒]童[节節]|[圣聖]诞[节節]|聖誕[節节]|[圣聖][诞誕](?=[前期假当當档檔])|平安夜|[双雙](?:十[一二]|1[12](?![\d月]))|光棍[节節]|植[树樹][节節]|(?:国际|國際)?消[费費]者[权權]益日|愚人[节節]|(?:五四)?青年[节節](?![目奏])|建[党黨][节節]|(?:八一)?建[军軍][节節]|教[师師][节節]|万圣[节節]|萬聖節|[腊臘]八[节節]|母[亲親][节節]|父亲节|感恩[节節]|[复復]活[节節])`;
const GOLDEN = '(假期|长假|長假|小长假|小長假|黄金周|黃金週|黃金周|连假|連假|七天长假|七天長假)';

/** Chinese date rules, each with one example above it. Overlaps are settled by the refiner (longest wins; a tie goes to the rule listed first). */
export const ZH_DATE_RULES: readonly DateRule[] = [
  // 2008、2009年: one fact per year
  { name: 'zh.date.year-list', pattern: /(?<![\d.])(?:19|20)\d{2}(?:\s{0,2}[、和及与與]\s{0,2}(?:19|20)\d{2}){1,6}\s{0,2}年(?!代)/gu, extract: (m) => {
    const spans: PendingDate[] = [];
    for (const y of m[0].matchAll(/(?:19|20)\d{2}/gu)) {
      const start = m.index + (y.index ?? 0);
      const last = start + 4 >= m.index + m[0].length - 3;
      spans.push(dateSpan(start, last ? m.index + m[0].length : start + 4, 'zh.date.year-list', { year: Number(y[0]) }));
    }
    return spans;
  } },
  // 5、6、7月 and 2024年5、6月: one fact per month
  { name: 'zh.date.month-list', pattern: new RegExp(`(?<![\\d年./\\-~～])(?:${Y}${S}年${S}|(${REL_YEAR_WORDS})${S}的?${S})?${M}((?:${S}[、和及与與]${S}${M.replace('(', '(?:')}){1,6})${S}月(?![\\d〇零○一二三四五六七八九十日号號期薪租])`, 'gu'), extract: (m, ctx) => {
    const year = zhInt(m[1]);
    const rel = m[2] === undefined ? undefined : REL_YEAR[m[2]];
    if (m[2] && relYearInWord(ctx.scan, m.index, m[2])) return m.index + 1;
    const list = m[0].slice(m[1] || m[2] ? m[0].search(/年/u) + 1 : 0);
    const offset = m.index + m[0].length - list.length;
    const spans: PendingDate[] = [];
    const re = /1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]/gu;
    const members = [...list.matchAll(re)];
    for (const [i, x] of members.entries()) {
      const month = zhInt(x[0]);
      const start = i === 0 ? m.index : offset + (x.index ?? 0);
      const end = i === members.length - 1 ? m.index + m[0].length : offset + (x.index ?? 0) + x[0].length;
      const base: DateParts = year !== undefined ? { year } : rel ? { ...rel } : newsMonth(ctx, start, end);
      spans.push(dateSpan(start, end, 'zh.date.month-list', { ...base, month }));
    }
    return spans;
  } },
  // 3月5日、6日, 3月5、6日 and 5月13日或14日: one fact per day, in the month named
  { name: 'zh.date.day-list', pattern: new RegExp(`(?:${Y}${S}年${S})?(?<![\\d年])${M}${S}月${S}${D}${S}${DAY_MARK}?((?:${S}[、和及与與或]${S}${D.replace('(', '(?:')}${S}${DAY_MARK}?){1,6})`, 'gu'), extract: (m, ctx) => {
    if (!/[日号號]$/u.test(m[0])) return m.index + 1;
    const year = zhInt(m[1]);
    const month = zhInt(m[2]);
    const listStart = m.index + m[0].length - (m[4] as string).length;
    const base = (start: number, end: number): DateParts => (year === undefined ? newsMonth(ctx, start, end) : { year });
    const spans: PendingDate[] = [dateSpan(m.index, listStart, 'zh.date.day-list', { ...base(m.index, listStart), month, day: zhInt(m[3]) })];
    for (const x of (m[4] as string).matchAll(/(3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s{0,2}[日号號]?/gu)) {
      const start = listStart + (x.index ?? 0);
      spans.push(dateSpan(start, start + x[0].length, 'zh.date.day-list', { ...base(start, start + x[0].length), month, day: zhInt(x[1]) }));
    }
    return spans;
  } },
  // 星期六(4月26日), 周五（5月16日）晚上8时: a weekday and its date in brackets, as Singapore and Malaysia copy writes it, is one date
  { name: 'zh.date.weekday-md', pattern: new RegExp(`(?:上|下|本|这|這)?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]${S}[(（]${S}(?:${Y}${S}年${S})?${M}${S}月${S}${D}${S}${DAY_MARK}?${S}[)）]${TIME}`, 'gu'), extract: (m, ctx) => {
    const year = zhInt(m[1]);
    const base: DateParts = year === undefined ? newsMonth(ctx, m.index, m.index + m[0].length) : { year };
    return dateSpan(...at(m), 'zh.date.weekday-md', { ...base, month: zhInt(m[2]), day: zhInt(m[3]), ...timeParts(m[4], m[5], m[6]) });
  } },
  // 5月1至3日, 2024年11月11-13日, 一月十九到二十日: a range of days whose first day has no 日
  { name: 'zh.date.day-range', pattern: new RegExp(`(?<![\\d〇零○一二三四五六七八九十])(?:${Y_SAID}${S}年${S})?${M}${S}月${S}${D}${S}[至到~～—–-]${S}(?:${M}${S}月${S})?${D}${S}${DAY_MARK}`, 'gu'), extract: (m, ctx) => {
    const year = zhInt(m[1]);
    const base: DateParts = year === undefined ? newsMonth(ctx, m.index, m.index + m[0].length) : { year };
    const month = zhInt(m[2]);
    return dateSpan(...at(m), 'zh.date.day-range', { ...base, month, day: zhInt(m[3]) }, { ...base, month: zhInt(m[4]) ?? month, day: zhInt(m[5]) });
  } },
  // 6/19(四), 6/19（週四）: month and day with their weekday, as Taiwan and Hong Kong copy writes them; 6/20(五)-6/22(日): a range of them
  { name: 'zh.date.md-slash', pattern: /(?<![\d.\-/])(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])\s{0,2}[(（]\s{0,2}(?:星期|周|週|礼拜|禮拜)?[一二三四五六日天]\s{0,2}[)）](?:\s{0,2}([01]?\d|2[0-3])[:：]([0-5]\d)(?!\d))?(?:\s{0,2}[-–~～至到]\s{0,2}(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])(?![\d/])(?:\s{0,2}[(（]\s{0,2}(?:星期|周|週|礼拜|禮拜)?[一二三四五六日天]\s{0,2}[)）])?)?/gu, extract: (m, ctx) => {
    // 6/20(五)-6/22(日): a range of days, each restated by its weekday; 12/12(四)16:00 with its time (Taiwan notices)
    // 今12/11(三): today, said by its date (the reference year, whatever the month)
    const base: DateParts = ctx.scan[m.index - 1] === '今' ? { refYear: true } : newsMonth(ctx, m.index, m.index + m[0].length);
    const time = m[3] !== undefined && m[5] === undefined ? { hour: Number(m[3]), minute: Number(m[4]) } : {};
    const to = m[5] !== undefined ? { ...base, month: Number(m[5]), day: Number(m[6]) } : undefined;
    return dateSpan(...at(m), 'zh.date.md-slash', { ...base, month: Number(m[1]), day: Number(m[2]), ...time }, to);
  } },
  // 2025年6月19日, 二〇一九年五月六日, 2025年6月19日下午3点, 二零二零年三月十六日(星期一)上午九时正
  { name: 'zh.date.ymd', pattern: new RegExp(`${Y_SAID}${S}年${S}${M}${S}月${S}${D}${S}${DAY_MARK}${WD}${TIME_RANGE}${DAY_RANGE}`, 'gu'), extract: (m) => {
    const year = zhInt(m[1]);
    if (year === undefined) return null;
    const month = zhInt(m[2]);
    const day: DateParts = { year, month, day: zhInt(m[3]) };
    const to = m[11] !== undefined ? { year, month: zhInt(m[10]) ?? month, day: zhInt(m[11]) } : timeTo(day, m, 4);
    return dateSpan(...at(m), 'zh.date.ymd', { ...day, ...timeParts(m[4], m[5], m[6]) }, to);
  } },
  // 两千零四年八月十五, 2004年8月十五 (a day said without 日)
  { name: 'zh.date.ymd-said', pattern: new RegExp(`${Y_SAID}${S}年${S}${M}${S}月${S}([二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?![\\d〇零○一二三四五六七八九十百千万萬亿億个個日号號元%％])`, 'gu'), extract: (m) => {
    const year = zhInt(m[1]);
    return year === undefined ? null : dateSpan(...at(m), 'zh.date.ymd-said', { year, month: zhInt(m[2]), day: zhInt(m[3]) });
  } },
  // 康熙二十年, 萬曆十年五月 (a lunar month: the value is the year), 神龙元年; 令和6年4月1日, 平成30年 (Japan's months are Gregorian)
  { name: 'zh.date.era', pattern: new RegExp(`(${ERA_NAMES})${S}(元|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]|\\d{1,2})${S}年(?:${S}[(（]${S}(?:公元)?${S}(\\d{3,4})${S}年?${S}[)）])?(?:${S}(正|腊|臘|冬|1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])${S}月(?:${S}(初[一二三四五六七八九十]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]|[一二三四五六七八九]|3[01]|[12]\\d|0?[1-9])${S}${DAY_MARK}?)?)?`, 'gu'), extract: (m, ctx) => {
    const era = m[1] as string;
    const n = m[2] === '元' ? 1 : zhInt(m[2]);
    if (n === undefined) return null;
    if (m[4] === undefined && ERA_YEAR_NOT.test(ctx.scan.slice(m.index + m[0].length, m.index + m[0].length + 1))) return m.index + 1;
    // 康熙二十年（1681年）: the year restated in brackets is the text's own reading
    const year = m[3] !== undefined ? Number(m[3]) : fromEra(era, n);
    if (year === null) return dateSpan(...at(m), 'zh.date.era', { noSuchYear: true });
    // A Chinese reign's months and days are lunar (no calendar here before 1900): the year is what is known.
    if (REIGN_ERAS[era]?.lunar) return dateSpan(...at(m), 'zh.date.era', { year });
    const month = /^[\d十一二三四五六七八九]/u.test(m[4] ?? '') ? zhInt(m[4]) : undefined;
    const day = month !== undefined && m[5] !== undefined && !/[初廿]/u.test(m[5]) ? zhInt(m[5]) : undefined;
    return dateSpan(...at(m), 'zh.date.era', { year, month, day: month === undefined ? undefined : day });
  } },
  // 民國113年11月18日, 113年11月18日 and 九十六年 in Taiwan copy, 18年10月1日, 08年
  { name: 'zh.date.short-year', pattern: new RegExp(`(?<![A-Za-z\\d〇零○一二三四五六七八九十百千万萬亿億.．第每近前后後这這那上下本今去明同当當次翌隔/\\-])${SHORT_YEAR}${S}年(?!代)(?:${S}${M}${S}月(?:${S}${D}${S}${DAY_MARK}${WD}${TIME}${DAY_RANGE}|${S}${PART})?|${S}度?${S}(?:第${S})?([一二三四1-4])${S}季(?!${S}[度]?${S}[内內])度?|${S}度?${S}(上|下)半年)?`, 'gu'), extract: (m, ctx) => {
    if (ERA_BEFORE.test(ctx.scan.slice(Math.max(0, m.index - 2), m.index))) return m.index + 1;
    // 112年第4季, 113年上半年 (Taiwan copy): the quarter or half of that year, one fact
    const withMonth = m[3] !== undefined || m[11] !== undefined || m[12] !== undefined;
    const year = shortYear(ctx, m[1] !== undefined, m[2] as string, withMonth, ctx.scan.slice(m.index + m[0].length, m.index + m[0].length + 3));
    if (year === null) return m.index + 1;
    if (m[11] !== undefined) return dateSpan(...at(m), 'zh.date.short-year', { year, quarter: zhInt(m[11]) });
    if (m[12] !== undefined) return dateSpan(...at(m), 'zh.date.short-year', { year, half: m[12] === '上' ? 1 : 2 });
    const parts: DateParts = { year, month: zhInt(m[3]), day: zhInt(m[4]), ...timeParts(m[5], m[6], m[7]) };
    // 18年3月1日至5日: a range of days, one interval
    const to = m[9] !== undefined ? { year, month: zhInt(m[8]) ?? parts.month, day: zhInt(m[9]) } : undefined;
    return dateSpan(...at(m), 'zh.date.short-year', parts, to);
  } },
  // 2025-06-19 20:03, 2025/6/19, 2025.6.19, 1789-01-29
  { name: 'zh.date.numeric', pattern: /(?<![\d.])((?:1[0-9]|20)\d{2})([-/.])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?![\d.])(?:\s{0,2}[(（]?(?:星期|周|週)[一二三四五六日天][)）]?)?(?:(?:\s{1,2}|T)([01]?\d|2[0-3]):([0-5]\d)(?![\d]))?(?:\s{0,2}[-—–~～至到]\s{0,2}((?:1[0-9]|20)\d{2})\2(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?![\d.]))?/gu, extract: (m) => {
    const to = m[7] !== undefined ? { year: Number(m[7]), month: Number(m[8]), day: Number(m[9]) } : undefined;
    return dateSpan(...at(m), 'zh.date.numeric', { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]), ...(m[5] !== undefined ? { hour: Number(m[5]), minute: Number(m[6]) } : {}) }, to);
  } },
  // 2010 01 29: year, month and day apart by single spaces, month and day in two digits (photo captions, datelines)
  { name: 'zh.date.numeric-spaced', pattern: /(?<![\d.:/\-]|\d )((?:19|20)\d{2}) (1[0-2]|0[1-9]) (3[01]|[12]\d|0[1-9])(?![\d.:/\-%％]| \d)/gu, extract: (m) =>
    dateSpan(...at(m), 'zh.date.numeric-spaced', { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) },
  // 公元789年, 在789年: a year of three digits after 公元 / 在 / 于 (not 在300年间, 于500年前, 在500年一遇, 在150年历史中: lengths of time)
  { name: 'zh.date.y3', pattern: /(?<=(?:公元|在|于|於)\s{0,2})([1-9]\d{2})\s{0,2}年(?![前后後来來间間内內的里裏中多余餘左上下历歷期制级級龄齡代老半一之以左])/gu, nativeLookBehind: true, extract: (m) =>
    dateSpan(...at(m), 'zh.date.y3', { year: Number(m[1]) }) },
  // 2025年6月, 2025年3月底, 两千年八月
  { name: 'zh.date.ym', pattern: new RegExp(`${Y_SAID}${S}年${S}${M}${S}月(?:${S}${PART})?`, 'gu'), extract: (m) => {
    const year = zhInt(m[1]);
    return year === undefined ? null : dateSpan(...at(m), 'zh.date.ym', { year, month: zhInt(m[2]) });
  } },
  // 2024 年第一季度, 2025年Q1, 2025Q1, 2025财年第一季度, 2025財年第一財季, FY2025 Q1
  { name: 'zh.date.y-quarter', pattern: new RegExp(`(?:${Y}${S}(?:(?:年度?|(?:财|財)政?年度?|(?:会计|會計)年度)${S}的?${S}${QUARTER}|(?:年|(?:财|財)政?年度?)?${S}Q([1-4]))|(?<![A-Za-z])FY${S}((?:19|20)\\d{2}|\\d{2})${S}(?:Q([1-4])|${QUARTER}))`, 'gu'), extract: (m) => {
    const fy = m[4] === undefined ? undefined : Number(m[4]) < 100 ? 2000 + Number(m[4]) : Number(m[4]);
    const year = fy ?? zhInt(m[1]);
    const quarter = quarterOf(m[2] ?? m[3] ?? m[5] ?? m[6]);
    return year === undefined ? null : dateSpan(...at(m), 'zh.date.y-quarter', { year, quarter });
  } },
  // 1Q25, 25Q1, 2025H1, 1H25, H1 2025: quarters and halves as finance copy abbreviates them
  { name: 'zh.date.q-short', pattern: /(?<![A-Za-z\d])(?:([1-4])([QH])(\d{2})|((?:20)?\d{2})([QH])([1-4])|([QH])([1-4])\s?((?:19|20)\d{2}))(?![A-Za-z\d])/gu, extract: (m) => {
    const n = Number(m[1] ?? m[6] ?? m[8]);
    const kind = m[2] ?? m[5] ?? m[7];
    const y = m[3] ?? m[4] ?? m[9] ?? '';
    const year = y.length === 2 ? 2000 + Number(y) : Number(y);
    if (kind === 'H' && n > 2) return null;
    return dateSpan(...at(m), 'zh.date.q-short', kind === 'Q' ? { year, quarter: n } : { year, half: n });
  } },
  // 2025-26年度, 2024/25财年: a fiscal year across two calendar years (Hong Kong's runs April to March);
  // 2024/25赛季, 2024-2025學年, 2023/24球季: a season or school year across two years
  { name: 'zh.date.fy-span', pattern: /(?<![\d.\-/])((?:19|20)\d{2})\s{0,2}[-/至到—–]\s{0,2}((?:19|20)?\d{2})\s{0,2}(?:年度|(?:财|財)政?年度?|(?:会计|會計)年度|年|[赛賽球雪]季|[学學]年)/gu, extract: (m) => {
    const a = Number(m[1]);
    const b = (m[2] as string).length === 4 ? Number(m[2]) : a - (a % 100) + Number(m[2]);
    if (b !== a + 1) return null;
    return dateSpan(...at(m), 'zh.date.fy-span', { year: a }, { year: b });
  } },
  // 2025年上半年
  { name: 'zh.date.y-half', pattern: new RegExp(`${Y}${S}(?:年度?|(?:财|財)年度?)${S}(上|下)半年`, 'gu'), extract: (m) => {
    const year = zhInt(m[1]);
    return year === undefined ? null : dateSpan(...at(m), 'zh.date.y-half', { year, half: m[2] === '上' ? 1 : 2 });
  } },
  // 2018年第4周, 2018年第04週 (ISO week)
  { name: 'zh.date.y-week', pattern: new RegExp(`${Y}${S}年?${S}第${S}(\\d{1,2}|[一二三四五]?十[一二三四五六七八九]?|[一二三四五六七八九])${S}(?:周|週)(?![年岁歲])`, 'gu'), extract: (m) => {
    const year = zhInt(m[1]);
    return year === undefined ? null : dateSpan(...at(m), 'zh.date.y-week', { year, week: zhInt(m[2]) });
  } },
  // 2013 年— 2023 年, 2016至2018年, 2016-2018 (not 1999-2999元, a range of prices)
  { name: 'zh.date.y-range', pattern: new RegExp(`${Y}${S}(年?)${S}[—–\\-~～至到]${S}${Y}${S}(年?)(?!代)(?![年\\d.\\-/%％元块塊万萬亿億千百美港台日欧歐英镑鎊个個人家名股辆輛套件吨噸米公克户戶款号號])`, 'gu'), extract: (m) => {
    const a = zhInt(m[1]);
    const b = zhInt(m[3]);
    if (a === undefined || b === undefined || b <= a || b - a > 50) return null;
    if (!m[4] && (!/^(?:19|20)\d{2}$/u.test(m[1] as string) || !/^(?:19|20)\d{2}$/u.test(m[3] as string) || /\d[-/.]$/u.test(m.input.slice(Math.max(0, m.index - 2), m.index)))) return m.index + 1;
    return dateSpan(...at(m), 'zh.date.y-range', { year: a }, { year: b });
  } },
  // 上世纪90年代, 19世纪70年代, 九十年代, 2000年代: the decade's years
  { name: 'zh.date.decade', pattern: /(?:(上[个個]?|本|这[个個]?|這[个個]?|\d{1,2}|[一二]?十[一二三四五六七八九]?)\s{0,2}世[纪紀]\s{0,2}(?:的\s{0,2})?)?(?<![\d〇零○一二三四五六七八九十])((?:19|20)?\d0|[一二三四五六七八九]十)\s{0,2}年代(?:[初末中]期?)?/gu, extract: (m, ctx) => {
    const start = decadeStart(ctx, m[1], m[2] as string);
    if (start === null) return null;
    const span = dateSpan(...at(m), 'zh.date.decade', { year: start }, { year: start + 9 });
    return /^(?:19|20)\d0$/u.test(m[2] as string) || /^\d/u.test(m[1] ?? '') || /^[一二十]/u.test(m[1] ?? '') ? span : { ...span, relative: true };
  } },
  // 20世纪, 上世纪, 本世纪: the century's years (20世纪 = 1900–1999)
  { name: 'zh.date.century', pattern: /(?<![\d〇零○一二三四五六七八九十新])(上[个個]?|本|这[个個]?|這[个個]?|\d{1,2}|[一二]?十[一二三四五六七八九]?)\s{0,2}世[纪紀](?!\s{0,2}(?:的\s{0,2})?(?:\d0|[一二三四五六七八九]十)\s{0,2}年代)(?:[初末中](?:期|叶|葉)?)?(?![经經不教出英报報网網商])/gu, extract: (m, ctx) => {
    const start = centuryStart(ctx, m[1]);
    if (start === null) return null;
    const span = dateSpan(...at(m), 'zh.date.century', { year: Math.max(1, start) }, { year: start + 99 });
    return /^[上本这這]/u.test(m[1] as string) ? { ...span, relative: true } : span;
  } },
  // 2025年, 二〇二五年, 2025年度, 2025财年, FY2025, 2024年春季 (not 2000年代, 1500年前)
  { name: 'zh.date.y', pattern: new RegExp(`(?:${Y}${S}(?:年(?:度)?|(?:财|財)政?年度?|(?:会计|會計)年度)(?!代)(?:${S}(?:底|初|末|杪)|${SEASON})?|(?<![A-Za-z])FY${S}((?:19|20)\\d{2}|\\d{2})(?![\\d]))`, 'gu'), extract: (m, ctx) => {
    const year = m[2] !== undefined ? (Number(m[2]) < 100 ? 2000 + Number(m[2]) : Number(m[2])) : zhInt(m[1]);
    if (year === undefined) return null;
    if (year < 1900 && /^[前来來间間多余餘历歷之以]/u.test(ctx.scan.slice(m.index + m[0].length, m.index + m[0].length + 1))) return null;
    return dateSpan(...at(m), 'zh.date.y', { year });
  } },
  // 4 月 24 日, 5月1日至3日 (the first day; ranges of days are split), 10月12号，星期一
  { name: 'zh.date.md', pattern: new RegExp(`(?<![\\d年])${M}${S}月${S}${D}${S}${DAY_MARK}${WD}${TIME_RANGE}${DAY_RANGE}`, 'gu'), extract: (m, ctx) => {
    const month = zhInt(m[1]);
    const base = newsMonth(ctx, m.index, m.index + m[0].length);
    const day: DateParts = { ...base, month, day: zhInt(m[2]) };
    const to = m[10] !== undefined ? { ...base, month: zhInt(m[9]) ?? month, day: zhInt(m[10]) } : timeTo(day, m, 3);
    return dateSpan(...at(m), 'zh.date.md', { ...day, ...timeParts(m[3], m[4], m[5]) }, to);
  } },
  // 农历八月十五, 正月初一, 腊月二十三 (lunar); 八月十五, 一月二十三 (a day said without 日)
  { name: 'zh.date.md-said', pattern: new RegExp(`(?<![\\d〇零○一二三四五六七八九十年个個])(?:${Y}${S}年${S}(?=农|農|阴|陰))?(农历|農曆|阴历|陰曆)?${S}(?:${Y}${S}年${S})?(正|腊|臘|冬|十[一二]?|[一二三四五六七八九])月${S}(初[一二三四五六七八九十]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]|[一二三四五六七八九](?=[\\s，,。；、]))(?![\\d〇零○一二三四五六七八九十百千万萬亿億个個日号號元%％])`, 'gu'), extract: (m, ctx) => {
    const monthWord = m[4] as string;
    const month = monthWord === '正' ? 1 : /腊|臘/u.test(monthWord) ? 12 : monthWord === '冬' ? 11 : zhInt(monthWord);
    const dayWord = (m[5] as string).replace(/^初/u, '').replace(/^廿/u, '二十');
    const day = zhInt(dayWord);
    if (month === undefined || day === undefined) return null;
    const lunar = m[2] !== undefined || /^初/u.test(m[5] as string) || /[正腊臘冬]/u.test(monthWord);
    const year = zhInt(m[1] ?? m[3]);
    if (lunar) return dateSpan(...at(m), 'zh.date.lunar', { lunar: { month, day }, ...(year === undefined ? { nearYear: true } : { year }) });
    if (year !== undefined) return null;
    return dateSpan(...at(m), 'zh.date.md-said', { ...newsMonth(ctx, m.index, m.index + m[0].length), month, day });
  } },
  // 国庆假期 (1–7 October), 今年春节, 2024年中秋节, 端午, 除夕
  { name: 'zh.date.holiday', pattern: new RegExp(`(?:${Y}${S}年${S}|(${REL_YEAR_WORDS})${S})?(?:的${S})?${HOLIDAY}(?:[”"」』]?${S}${GOLDEN}|${S}(?:当天|當天|当日|當日|当晚|當晚))?`, 'gu'), extract: (m, ctx) => {
    let key = holidayKey((m[3] as string).replace(/^(?:三八|六一|八一)(?=.{2})/u, ''));
    if (!key) return null;
    if (key === '青年节' && !/^五四/u.test(m[3] as string) && isTaiwan(ctx)) key = '臺灣青年節';
    if (m[2] && relYearInWord(ctx.scan, m.index, m[2])) return m.index + 1;
    if (/[每逢]/u.test(ctx.scan.slice(Math.max(0, m.index - 2), m.index))) return m.index + 1; // 每年中秋, 每逢春节: every year's
    const parts: DateParts = { holiday: key, ...(m[4] ? { goldenWeek: true } : {}) };
    const year = zhInt(m[1]);
    if (year !== undefined) parts.year = year;
    else if (m[2]) Object.assign(parts, REL_YEAR[m[2]]);
    else parts.nearYear = true; // 2015年…春节: the year just named, else the reference year
    return dateSpan(...at(m), 'zh.date.holiday', parts);
  } },
  // 17、18日, 20及21日: days listed with no month, one fact each, in the month a day alone is read in (digits only: 一、二日 is too often a count)
  { name: 'zh.date.bare-day-list', pattern: /(?<![\d〇零○一二三四五六七八九十月年号號第每前近约約逾.．:：\/\-])((?:3[01]|[12]\d|0?[1-9])(?:\s{0,2}[、及和与與]\s{0,2}(?:3[01]|[12]\d|0?[1-9])){1,6})\s{0,2}日(?![\d元圆圓本语語报報常内內以之游遊均年化自间間里裏期])/gu, extract: (m, ctx) => {
    const spans: PendingDate[] = [];
    for (const x of (m[1] as string).matchAll(/\d{1,2}/gu)) {
      const start = m.index + (x.index ?? 0);
      const last = start + x[0].length === m.index + (m[1] as string).length;
      const end = last ? m.index + m[0].length : start + x[0].length;
      spans.push(dateSpan(start, end, 'zh.date.bare-day-list', { ...newsMonth(ctx, start, end), day: Number(x[0]) }));
    }
    return spans;
  } },
  // 大年初三, 年初九 (当天): a day of the lunar new year (正月初三), not 年初 "early in the year" (年初三个月 is the first three months)
  { name: 'zh.date.new-year-day', pattern: new RegExp(`(?:${Y}${S}年${S})?(大)?年初([一二三四五六七八九十])(?![\\d〇零○一二三四五六七八九十个個些批次家位名项項度季成倍年月日天周週点點時时分期轮輪])`, 'gu'), extract: (m, ctx) => {
    const after = ctx.scan.slice(m.index + m[0].length, m.index + m[0].length + 1);
    if (m[2] === undefined && !/^(?:$|[（(）)，,、。；;及和至到与與或当當晚早前後后起的是])/u.test(after)) return null;
    const year = zhInt(m[1]);
    return dateSpan(...at(m), 'zh.date.lunar', { lunar: { month: 1, day: zhInt(m[3]) as number }, ...(year === undefined ? { nearYear: true } : { year }) });
  } },
  // 19日 (month and year from the reference), not 3日内 (a duration) or 日元, nor the last of a list the list rules did not take (第1、2日)
  { name: 'zh.date.d', pattern: new RegExp(`(?<![\\d月年号號周週期拜(（.:/\\-、])(3[01]|[12]\\d|0?[1-9]|[二三]?十[一二三四五六七八九]?)${S}日(?![\\d元圆圓本语語报報常内內以之游遊均年化自])${WD}${TIME}`, 'gu'), extract: (m, ctx) =>
    dateSpan(...at(m), 'zh.date.d', { ...newsMonth(ctx, m.index, m.index + m[0].length), day: zhInt(m[1]), ...timeParts(m[2], m[3], m[4]) }) },
  // 于15号召开, 到20號: a day by 号 alone, only after 于/至/到/从 (3号线, 5号楼, 第3号文件 are no dates)
  { name: 'zh.date.d-hao', pattern: /(?<=[于於至到即从從])(3[01]|[12]\d|0?[1-9])[号號](?![\d线線楼樓院文令码碼机機台臺店房门門桥橋球位仓倉窗口馆館路街巷厅廳车車选選件字坑场場公地柜櫃])/gu, nativeLookBehind: true, extract: (m, ctx) =>
    dateSpan(...at(m), 'zh.date.d-hao', { ...newsMonth(ctx, m.index, m.index + m[0].length), day: Number(m[1]) }) },
  // 館七日接受, 七日電: a day said in one numeral, only where a word of the story follows (not 七日内, 三日游, 一日)
  { name: 'zh.date.d-said', pattern: new RegExp(`(?<![\\d〇零○一二三四五六七八九十百千万萬两兩几幾数數第每这這那同某前后後近逾约約仅僅只连連首末头頭初个個单單整全半多廿月号號周週期拜(（.:/\\-])([二三四五六七八九])日(?=\\p{Script=Han})(?![〇零○一二三四五六七八九十百千元圆圓本语語报報常内內以之游遊均年化后後前来來起间間里裏期制班工息薪份自夜的及和与與或左])${TIME}`, 'gu'), extract: (m, ctx) =>
    dateSpan(...at(m), 'zh.date.d-said', { ...newsMonth(ctx, m.index, m.index + m[0].length), day: zhInt(m[1]), ...timeParts(m[2], m[3], m[4]) }) },
  // 上周五, 周三, 下星期一, 这礼拜二 (a bare weekday is in the reference week); 周五(9/19): the day in brackets
  { name: 'zh.date.weekday', pattern: new RegExp(`(?<![\\d一二两兩三四五六七八九十每几幾数數个個])${WEEK_PREFIX}${WEEK_WORD}([一二三四五六日天])(?:${S}[至到~～—–-]${S}${WEEK_WORD}?([一二三四五六日天]))?(?![\\d一二三四五六七八九十次])(?:${S}[(（]${S}(?:(?:${M}${S}月${S})?${D}${S}${DAY_MARK}(?:${S}[至到~～—–-]${S}(?:${M}${S}月${S})?${D}${S}${DAY_MARK})?|(1[0-2]|0?[1-9])\\/(3[01]|[12]\\d|0?[1-9]))${S}[)）])?${TIME}`, 'gu'), extract: (m, ctx) => {
    // 周五(9/19), 週三（9/17）: the month and day in brackets, as Taiwan copy restates a weekday
    if (m[8] !== undefined) return dateSpan(...at(m), 'zh.date.weekday', { ...newsMonth(ctx, m.index, m.index + m[0].length), month: Number(m[8]), day: Number(m[9]), ...timeParts(m[10], m[11], m[12]) });
    // 下周一至周二(22日至23日): the days said in brackets are the value
    if (m[5] !== undefined) {
      const base = (month: string | undefined): DateParts => (month === undefined ? { refYear: true } : { ...newsMonth(ctx, m.index, m.index + m[0].length), month: zhInt(month) });
      const to = m[7] !== undefined ? { ...base(m[6] ?? m[4]), day: zhInt(m[7]) } : undefined;
      return dateSpan(...at(m), 'zh.date.weekday', { ...base(m[4]), day: zhInt(m[5]) }, to);
    }
    // 下周一至周二: the second day is in the same week
    const weekOffset = WEEK_OFFSET(m[1]);
    const to = m[3] !== undefined ? { weekOffset, weekday: WEEKDAY[m[3]] } : undefined;
    // 下周三晚上8時半: the time joins the day (not a range's second day)
    const time = to ? {} : timeParts(m[10], m[11], m[12]);
    return dateSpan(...at(m), 'zh.date.weekday', { weekOffset, weekday: WEEKDAY[m[2] as string], ...time }, to);
  } },
  // 上周, 本周, 下个星期 (week grain: ISO week)
  { name: 'zh.date.week', pattern: new RegExp(`(?<![\\d一二两兩三四五六七八九十每几幾数數])(上上个?|上上個|下下个?|下下個|上个?|上個|下个?|下個|这个?|這個?|本)${WEEK_WORD}(?![一二三四五六日天末])`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'zh.date.week', { weekOffset: WEEK_OFFSET(m[1]) }) },
  // 过去一周, 近12个月, 未来三年, 最近两天: the days from the reference back (or on) that many units, an interval of days (近三年来 and 过去一周内, like 10年来, are a length of time: not read)
  { name: 'zh.date.span', pattern: new RegExp(`(?:(?<![接将將逼靠附临臨])近|最近|[过過]去|未[来來]|今[后後]|往[后後]|接下[来來])${S}的?${S}(\\d{1,2}|[一二两兩三四五六七八九十]{1,3}|半)${S}(年|[个個]${S}月|[个個]?${S}(?:周|週|星期|礼拜|禮拜)|天)(?![期化级級龄齡薪息均线線来來以内內])`, 'gu'), extract: (m, ctx) => {
    const half = m[1] === '半';
    const n = half ? 6 : zhInt((m[1] as string).replace(/[两兩]/u, '二'));
    const unit = m[2] as string;
    if (n === undefined || n < 1 || (half && unit !== '年')) return null;
    const months = half ? 6 : unit === '年' ? 12 * n : /月/u.test(unit) ? n : 0;
    const days = months ? 0 : unit === '天' ? n : 7 * n;
    return dateSpan(...at(m), 'zh.date.span', ...spanDays(ctx.refDate, /近|[过過]去/u.test(m[0].slice(0, 2)), months, days));
  } },
  // 去年的今天, 上个月的今日, 三年前的今天, 去年今日: the reference day that many months or years back (not today)
  { name: 'zh.date.same-day', pattern: new RegExp(`(?:(去年|前年|上[个個]?月)|(\\d{1,2}|[一二两兩三四五六七八九十]{1,3})${S}(年|[个個]${S}月)${S}前)${S}的?${S}(?:今天|今日|这一天|這一天)`, 'gu'), extract: (m, ctx) => {
    const n = m[2] === undefined ? 1 : zhInt((m[2] as string).replace(/[两兩]/u, '二'));
    if (n === undefined || n < 1) return null;
    const months = m[1] === '去年' ? 12 : m[1] === '前年' ? 24 : m[1] ? 1 : /年/u.test(m[3] as string) ? 12 * n : n;
    return dateSpan(...at(m), 'zh.date.same-day', spanDays(ctx.refDate, true, months, 0)[0]);
  } },
  // 5月的第二个星期日, 十月第一个周一, 下个月的最后一个周五: a weekday counted in a month
  { name: 'zh.date.nth-weekday', pattern: new RegExp(`(?:${Y}${S}年${S}|(${REL_YEAR_WORDS})${S})?(?:${M}${S}月(?:份)?|(本月|[这這][个個]月|上[个個]?月|下[个個]?月))${S}的?${S}(?:第${S}([一二三四五1-5])|(最[后後]))${S}[一]?[个個]?${S}的?${S}${WEEK_WORD}([一二三四五六日天])`, 'gu'), extract: (m, ctx) => {
    const n = m[6] ? -1 : zhInt(m[5]);
    const weekday = WEEKDAY[m[7] as string];
    if (n === undefined || weekday === undefined) return null;
    if (m[2] && relYearInWord(ctx.scan, m.index, m[2])) return m.index + 1;
    const year = zhInt(m[1]);
    const nthWeekday = { n, weekday };
    if (m[4]) return dateSpan(...at(m), 'zh.date.nth-weekday', { monthOffset: REL_MONTH[(m[4] as string).replace(/^([上下])月$/u, '$1个月')] ?? 0, nthWeekday });
    const month = zhInt(m[3]);
    const base: DateParts = year !== undefined ? { year } : m[2] ? { ...REL_YEAR[m[2]] } : newsMonth(ctx, m.index, m.index + m[0].length);
    return dateSpan(...at(m), 'zh.date.nth-weekday', { ...base, month, nthWeekday });
  } },
  // 10月的第一周, 2024年3月第二周, 下个月的最后一周: a week counted in a month (the ISO week that holds the month's nth Thursday)
  { name: 'zh.date.month-week', pattern: new RegExp(`(?:${Y}${S}年${S}|(${REL_YEAR_WORDS})${S})?(?:${M}${S}月(?:份)?|(本月|[这這][个個]月|上[个個]?月|下[个個]?月))${S}的?${S}(?:第${S}([一二三四五1-5])|(最[后後])${S}一?)${S}[个個]?${S}${WEEK_WORD}(?![一二三四五六日天末年])`, 'gu'), extract: (m, ctx) => {
    const n = m[6] ? -1 : zhInt(m[5]);
    if (n === undefined) return null;
    if (m[2] && relYearInWord(ctx.scan, m.index, m[2])) return m.index + 1;
    if (m[4]) return dateSpan(...at(m), 'zh.date.month-week', { monthOffset: REL_MONTH[(m[4] as string).replace(/^([上下])月$/u, '$1个月')] ?? 0, weekOfMonth: n });
    const year = zhInt(m[1]);
    const base: DateParts = year !== undefined ? { year } : m[2] ? { ...REL_YEAR[m[2]] } : newsMonth(ctx, m.index, m.index + m[0].length);
    return dateSpan(...at(m), 'zh.date.month-week', { ...base, month: zhInt(m[3]), weekOfMonth: n });
  } },
  // 2024年1月1日至2024年12月31日: two full dates, one interval
  { name: 'zh.date.ymd-range', pattern: new RegExp(`${Y}${S}年${S}${M}${S}月${S}${D}${S}${DAY_MARK}${S}(?:[至到~～—–\\-－]|起至)${S}${Y}${S}年${S}${M}${S}月${S}${D}${S}${DAY_MARK}`, 'gu'), extract: (m) => {
    const [y1, m1, d1, y2, m2, d2] = [1, 2, 3, 4, 5, 6].map((i) => zhInt(m[i]));
    if (y1 === undefined || y2 === undefined) return null;
    return dateSpan(...at(m), 'zh.date.ymd-range', { year: y1, month: m1, day: d1 }, { year: y2, month: m2, day: d2 });
  } },
  // 3年前, 一周前, 两个月后, 十天之前
  { name: 'zh.date.ago', pattern: new RegExp(`(?<![\\d.])(\\d{1,3}|[一二两兩三四五六七八九十]{1,3}|半)${S}(年|[个個]${S}月|[个個]?${S}(?:周|週|星期|礼拜|禮拜)|天)${S}(?:之|以)?(前|后|後)(?![后後天])`, 'gu'), extract: (m, ctx) => {
    const half = m[1] === '半';
    if (/^0\d/u.test(m[1] as string)) return m.index + 1; // 07年以后: a year, not seven years
    const n = half ? 0 : zhInt(m[1]);
    if (n === undefined || (half && !/^年$/u.test(m[2] as string))) return null;
    const sign = m[3] === '前' ? -1 : 1;
    // 上市10个月后, 成立两年后: after an event the text names, not after the reference (a length, not read)
    if (sign > 0 && AFTER_EVENT.test(ctx.scan[m.index - 1] ?? '')) return null;
    const unit = m[2] as string;
    const parts: DateParts = half ? { monthOffset: 6 * sign }
      : unit === '年' ? { yearOffset: sign * n }
      : /月/u.test(unit) ? { monthOffset: sign * n }
      : unit === '天' ? { dayOffset: sign * n }
      : { weekOffset: sign * n };
    return dateSpan(...at(m), 'zh.date.ago', parts);
  } },
  // 前三季度, 今年前5个月, 2024年前10月, 今（2025）年前5月: the first quarters or months of the year (the year just named, else the reference year)
  { name: 'zh.date.first-part', pattern: new RegExp(`(?:(?:[今本去明][(（]${S})?${Y}${S}(?:[)）]${S})?年度?${S}|(${REL_YEAR_WORDS})${S})?(?:的${S})?([前首])${S}([1-9]|1[01]|[二两兩三四五六七八九]|十[一]?)${S}(?:([个個])${S})?(季度|季|月)(?:份)?(?![\\d〇零○一二三四五六七八九十])`, 'gu'), extract: (m, ctx) => {
    const n = zhInt((m[4] as string).replace(/[两兩]/u, '二'));
    const quarters = /季/u.test(m[6] as string);
    if (n === undefined || n < 2 || n > (quarters ? 3 : 11)) return m.index + 1;
    // 首三季, 首九个月 (Malaysian and Singapore copy): as 前; months need 个 (首月 is a first month), and
    // not after an event the text names (上市首三个月)
    if (m[3] === '首' && ((!quarters && m[5] === undefined) || (m[1] === undefined && m[2] === undefined && FIRST_AFTER_EVENT.test(ctx.scan.slice(Math.max(0, m.index - 2), m.index))))) return null;
    if (m[2] && relYearInWord(ctx.scan, m.index, m[2])) return m.index + 1;
    const year = zhInt(m[1]);
    const base: DateParts = year !== undefined ? { year } : m[2] ? { ...REL_YEAR[m[2]] } : { nearYear: true };
    return quarters
      ? dateSpan(...at(m), 'zh.date.first-part', { ...base, quarter: 1 }, { ...base, quarter: n })
      : dateSpan(...at(m), 'zh.date.first-part', { ...base, month: 1 }, { ...base, month: n });
  } },
  // 1至6月 → H1, 2025年1-3月 → Q1, 1-9月 → 2025-01/2025-09
  // 今年1—5月, 去年1-11月, 上年3至5月: a relative year before the range is its year (one fact, not 去年 beside a range of this year)
  { name: 'zh.date.month-range', pattern: new RegExp(`(?:${Y}${S}年${S}|(${REL_YEAR_WORDS})${S}的?${S})?(?<![\\d.])${M}${S}(?:月${S})?[至到~～—–-]${S}${M}${S}月(?!${S}[\\d一二三四五六七八九十]{1,3}${S}[日号號])(?:份)?`, 'gu'), extract: (m, ctx) => {
    if (m[2] && relYearInWord(ctx.scan, m.index, m[2])) return m.index + 1;
    const a = zhInt(m[3]);
    const b = zhInt(m[4]);
    if (a === undefined || b === undefined) return null;
    const part = monthRangeParts(a, b);
    if (!part) return null;
    const year = zhInt(m[1]);
    const rel = m[2] === undefined ? undefined : REL_YEAR[m[2]];
    const base: DateParts = year !== undefined ? { year } : rel ? { ...rel } : { nearYear: true };
    const to = part.month !== undefined ? { ...base, month: b } : undefined;
    return dateSpan(...at(m), 'zh.date.month-range', { ...base, ...part }, to);
  } },
  // 年底, 年初, 月底 (the reference year or month); 年中检讨, 年內完成 (Hong Kong copy: within this year), not 3年内, 周年内
  { name: 'zh.date.part', pattern: new RegExp(`(?<![\\d〇零○一二三四五六七八九十年月个個上下本当當今去明前后後同次翌隔全每几幾数數多近])(年底|年初|年末|年尾|年杪|月底|月初|月末|月尾|月杪|年中(?=[，,。；、前后後时時左以完推发發公召将將检檢举舉出开開或])|年[内內](?=[，,。；、完推发發公召将將举舉出开開实實落启啟上下推]|$))`, 'gu'), extract: (m, ctx) =>
    /^年[内內]$/u.test(m[1] as string) && /[周週学學财財历歷半两兩百千廿卅]/u.test(ctx.scan[m.index - 1] ?? '') ? null
      : dateSpan(...at(m), 'zh.date.part', /^年/u.test(m[1] as string) ? { yearOffset: 0 } : { monthOffset: 0 }) },
  // Q1, 上半年, 首半年 (Malaysian copy) with no year (the year named just before, else the reference year)
  { name: 'zh.date.q-half', pattern: new RegExp(`(?<![A-Za-z\\d年今去明同当當前后後本])(?:Q([1-4])(?![A-Za-z\\d])|(上|下|首)半年)`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'zh.date.q-half', m[1] ? { nearYear: true, quarter: Number(m[1]) } : { nearYear: true, half: m[2] === '下' ? 2 : 1 }) },
  // 3月底, 6月份, 10月上旬
  { name: 'zh.date.m-part', pattern: new RegExp(`(?<![\\d年])${M}${S}月${S}${PART}`, 'gu'), extract: (m, ctx) =>
    dateSpan(...at(m), 'zh.date.m-part', { ...newsMonth(ctx, m.index, m.index + m[0].length), month: zhInt(m[1]) }) },
  // 7月, 十一月, 元月 where the sentence makes it a date (not 5个月, 3月期, 12月龄)
  { name: 'zh.date.m', pattern: new RegExp(`(?<![\\d〇零○一二三四五六七八九十两兩个個几幾数數多每第上下本当當这這那近前首头頭年/.\\-~～至到])(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|元)${S}月(?![\\d〇零○一二三四五六七八九十日号號份底杪初中末旬期薪租费費息龄齡饼餅天花票卡刊度均嫂子光球亮色台臺内內间間来來])`, 'gu'), extract: (m, ctx) => {
    if (m[1] === '元' && /[美港币幣万萬亿億千百台日欧歐韩韓英加澳镑鎊分角\d]/u.test(ctx.scan[m.index - 1] ?? '')) return m.index + 1;
    const month = m[1] === '元' ? 1 : zhInt(m[1]);
    return dateSpan(...at(m), 'zh.date.m', { ...newsMonth(ctx, m.index, m.index + m[0].length), month });
  } },
  // 去年6月, 今年3月底, 同年9月, 明年, 今年上半年, 去年第四季度, 今年夏天 (not 税前年薪, 以上年度, 本次年会)
  { name: 'zh.date.rel-year', pattern: new RegExp(`(${REL_YEAR_WORDS})(?:${S}的?${S}${M}${S}月(?:${S}${D}${S}${DAY_MARK}${WD}${TIME}${DAY_RANGE})?(?:${S}${PART})?|${S}的?${S}(上|下|首)半年|${S}的?${S}${QUARTER}|${YEAR_PART}|${SEASON})?`, 'gu'), extract: (m, ctx) => {
    if (relYearInWord(ctx.scan, m.index, m[1] as string)) return m.index + 1;
    const rel = REL_YEAR[m[1] as string] ?? {};
    const parts: DateParts = { ...rel, month: zhInt(m[2]), day: zhInt(m[3]), ...timeParts(m[4], m[5], m[6]) };
    if (m[10]) parts.half = m[10] === '下' ? 2 : 1;
    if (m[11]) parts.quarter = quarterOf(m[11]);
    const to = m[8] !== undefined ? { ...rel, month: zhInt(m[7]) ?? parts.month, day: zhInt(m[8]) } : undefined;
    return dateSpan(...at(m), 'zh.date.rel-year', parts, to);
  } },
  // 去年同月, 去年本月十日, 明年同月: the reference month that many years away (a day of it when one is said)
  { name: 'zh.date.year-same-month', pattern: new RegExp(`(去年|上年|前年|明年)${S}的?${S}(?:本月|同月|当月|當月)(?:${S}${D}${S}${DAY_MARK})?`, 'gu'), extract: (m, ctx) => {
    if (relYearInWord(ctx.scan, m.index, m[1] as string)) return m.index + 1;
    const monthOffset = 12 * (REL_YEAR[m[1] as string]?.yearOffset ?? 0);
    return dateSpan(...at(m), 'zh.date.year-same-month', { monthOffset, ...(m[2] !== undefined ? { day: zhInt(m[2]) } : {}) });
  } },
  // 上月, 本月, 下月6日, 本月十日, 本月十七日（周六）; 当月15日 (a day of the month named just before)
  { name: 'zh.date.rel-month', pattern: new RegExp(`(本月|当月|當月|这个月|這個月|上上个?月|上上個月|下下个?月|下下個月|上个?月|上個月|下个?月|下個月)(?:${S}${D}${S}${DAY_MARK}${WD}${TIME}${DAY_RANGE}|底|初|末|杪|中旬|上旬|下旬|中(?![国國心央文])|份)?`, 'gu'), extract: (m) => {
    const monthOffset = REL_MONTH[m[1] as string] ?? 0;
    // 当月 alone is the month just named (2019年3月…当月); 本月 and 上月 count from the reference
    if (/^[当當]月$/u.test(m[0])) return dateSpan(...at(m), 'zh.date.rel-month', { lastMonth: true });
    if (/^[当當]月/u.test(m[0]) && m[2] && m[7] === undefined) return dateSpan(...at(m), 'zh.date.rel-month', { lastMonth: true, day: zhInt(m[2]), ...timeParts(m[3], m[4], m[5]) });
    // 本月15日至17日: a range of days in that month (本月28日至7月3日: the end's month named)
    const to: DateParts | undefined = m[7] === undefined ? undefined : m[6] !== undefined ? { refYear: true, month: zhInt(m[6]), day: zhInt(m[7]) } : { monthOffset, day: zhInt(m[7]) };
    return dateSpan(...at(m), 'zh.date.rel-month', m[2] ? { monthOffset, day: zhInt(m[2]), ...timeParts(m[3], m[4], m[5]) } : { monthOffset }, to);
  } },
  // 今(2024)年, 本(101)年12月14日上午: the year said in brackets after 今 or 本 (Taiwan copy)
  { name: 'zh.date.this-year-n', pattern: new RegExp(`[今本去明前後后][(（](\\d{2,4})[)）]年(?:度)?(?:${S}${M}${S}月(?:${S}${D}${S}${DAY_MARK}${TIME})?)?`, 'gu'), extract: (m, ctx) => {
    const n = Number(m[1]);
    const year = n >= 1900 ? n : n < 200 && (ctx.script !== 'Hans' || /民國/u.test(ctx.scan)) ? fromRoc(n) : null;
    if (year === null) return m.index + 1;
    return dateSpan(...at(m), 'zh.date.this-year-n', { year, month: zhInt(m[2]), day: zhInt(m[3]), ...timeParts(m[4], m[5], m[6]) });
  } },
  // 本(6)月20日, 上（5）月, 本（6）月底: a relative month restated by its number in brackets (Taiwan copy); the number is the month (not 基本（1）月薪)
  { name: 'zh.date.rel-month-n', pattern: new RegExp(`(?<![基根成资資版样樣文剧劇账賬课課范範标標读讀书書副母血老原])([本上下])${S}[(（]${S}(1[0-2]|0?[1-9])${S}[)）]${S}月(?![薪租费費息])(?:${S}${D}${S}${DAY_MARK}${WD}${TIME}|${S}(底|初|末|杪|中旬|上旬|下旬|份))?`, 'gu'), extract: (m, ctx) => {
    const month = Number(m[2]);
    const ref = ctx.refDate;
    // 上（12）月 said in January is last year's December; 下（1）月 said in December is next year's January.
    const yearOffset = !ref ? 0 : m[1] === '上' && month > ref.month ? -1 : m[1] === '下' && month < ref.month ? 1 : 0;
    return dateSpan(...at(m), 'zh.date.rel-month-n', { refYear: true, yearOffset, month, day: zhInt(m[3]), ...timeParts(m[4], m[5], m[6]) });
  } },
  // 今(4/22): today, with its month and day in brackets
  { name: 'zh.date.today-md', pattern: /今[(（](1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])[)）]日?/gu, extract: (m, ctx) =>
    dateSpan(...at(m), 'zh.date.today-md', { ...newsMonth(ctx, m.index, m.index + m[0].length), month: Number(m[1]), day: Number(m[2]) }) },
  // 101-12-20, 113/11/18: a ROC date in numbers, in Taiwan copy only
  { name: 'zh.date.roc-numeric', pattern: /(?<![\d.\-/])(1[0-2]\d|[89]\d)([-/.])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?![\d.\-/])/gu, extract: (m, ctx) => {
    const n = Number(m[1]);
    if (!isTaiwan(ctx) || n > (ctx.refDate?.year ?? 2025) - 1911 + 5) return m.index + 1;
    return dateSpan(...at(m), 'zh.date.roc-numeric', { year: fromRoc(n), month: Number(m[3]), day: Number(m[4]) });
  } },
  // 13/5/2015, 13.5.2015: day first, as Hong Kong, Singapore and Malaysia copy writes it (a month first only when the day cannot be a month)
  // 10/1/2018-10/7/2018: two of them joined by a dash, one interval (each end read the same way)
  { name: 'zh.date.dmy', pattern: /(?<![\d.\-/])(3[01]|[12]\d|0?[1-9])([-/.])(3[01]|[12]\d|0?[1-9])\2((?:19|20)\d{2})(?:\s{0,2}[-—–~～至到]\s{0,2}(3[01]|[12]\d|0?[1-9])\2(3[01]|[12]\d|0?[1-9])\2((?:19|20)\d{2}))?(?![\d.\-/])/gu, extract: (m) => {
    const ends = [[m[1], m[3], m[4]], [m[5], m[6], m[7]]].filter((e) => e[0] !== undefined).map(([a, b, y]) => ({ day: Number(a), month: Number(b), year: Number(y) }));
    // Day first, unless the day cannot be a month (in either end: the two are written alike)
    if (ends.some((e) => e.month > 12)) for (const e of ends) [e.day, e.month] = [e.month, e.day];
    if (ends.some((e) => e.month > 12)) return null;
    return dateSpan(...at(m), 'zh.date.dmy', ends[0] as DateParts, ends[1]);
  } },
  // 本周末, 上周末: the Saturday and Sunday of that week
  { name: 'zh.date.weekend', pattern: new RegExp(`(?<![\\d一二两兩三四五六七八九十每几幾数數])(上上个?|上上個|下下个?|下下個|上个?|上個|下个?|下個|这个?|這個?|本)(?:周|週|星期|礼拜|禮拜)末`, 'gu'), extract: (m) => {
    const weekOffset = WEEK_OFFSET(m[1]);
    return dateSpan(...at(m), 'zh.date.weekend', { weekOffset, weekday: 6 }, { weekOffset, weekday: 7 });
  } },
  // 昨(18)日, 昨（十八）日, 今(9)日: the day is said, the month is the reference's (or the one before, for 昨(31)日 on the 1st)
  { name: 'zh.date.today-n', pattern: new RegExp(`([今昨明前])${S}[(（]${S}(\\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])${S}[)）]${S}日${TIME}`, 'gu'), extract: (m, ctx) => {
    const day = zhInt(m[2]);
    if (day === undefined) return null;
    const offset = m[1] === '今' ? 0 : m[1] === '明' ? 1 : -1;
    return dateSpan(...at(m), 'zh.date.today-n', { monthOffset: saidDayMonth(ctx, offset, day), day, ...timeParts(m[3], m[4], m[5]) });
  } },
  // 昨日, 今天, 今早, 昨天下午3时, 昨天(6月9日) and 今天（19日） (one date, said twice)
  { name: 'zh.date.rel-day', pattern: new RegExp(`(${REL_DAY_WORDS})(?:${S}[(（]${S}(?:${M}${S}月${S})?${D}${S}${DAY_MARK}?(?:${S}[,，、]?${S}(?:星期|周|週)[一二三四五六日天])?${S}[)）]|${S}[(（]${S}(?:星期|周|週)[一二三四五六日天]${S}[)）])?${TIME_RANGE}`, 'gu'), extract: (m, ctx) => {
    const word = m[1] as string;
    const evening = /晚/u.test(word);
    const time = timeParts(m[4], m[5], m[6], evening);
    const offset = REL_DAY[word] ?? 0;
    const said = zhInt(m[3]);
    const day: DateParts = m[2] !== undefined ? { refYear: true, month: zhInt(m[2]), day: said }
      : said !== undefined ? { monthOffset: saidDayMonth(ctx, offset, said), day: said } : { dayOffset: offset };
    return dateSpan(...at(m), 'zh.date.rel-day', { ...day, ...time }, timeTo(day, m, 4, evening));
  } },
  // 今下午2:00, 昨上午, 明晚间8时 (Taiwan and Hong Kong copy: 今 / 昨 / 明 straight before the part of the day)
  { name: 'zh.date.day-ampm', pattern: new RegExp(`(?<![如至迄而现現当當古说說证證表透声聲发發查申阐闡聪聰])([今昨明])(?=(上午|下午|中午|凌晨|清晨|晚间|晚間|傍晚))${TIME_RANGE}`, 'gu'), extract: (m) => {
    const day: DateParts = { dayOffset: m[1] === '今' ? 0 : m[1] === '明' ? 1 : -1 };
    if (m[4] === undefined) return dateSpan(m.index, m.index + 1 + (m[2] as string).length, 'zh.date.day-ampm', day);
    return dateSpan(...at(m), 'zh.date.day-ampm', { ...day, ...timeParts(m[3], m[4], m[5]) }, timeTo(day, m, 3));
  } },
  // 次日, 翌日, 当天, 同日: counted from the day named just before (not 当日冲销, 次日达)
  { name: 'zh.date.since-last', pattern: new RegExp(`(?<![每这這那某一相应應适適担擔充])(${SINCE_LAST_WORDS})(?![冲沖均内內达達然会會])${TIME}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'zh.date.since-last', { sinceLast: SINCE_LAST[m[1] as string] ?? 0, ...timeParts(m[2], m[3], m[4], /[晚夜]/u.test(m[1] as string)) }) },
  // 今夏, 今冬, 去冬今春: this year's (last year's) season, its year (not 如今冬天, 至今春节, 今春晚: this year's gala)
  { name: 'zh.date.season', pattern: /(?<![如至迄而现現过過失离離回])(?:今[春夏秋冬](?![节節晚联聯运運天季])|去冬(?=\s{0,2}(?:今春|以来|以來|[，,、至到])))/gu, extract: (m) =>
    dateSpan(...at(m), 'zh.date.season', { yearOffset: m[0].startsWith('去') ? -1 : 0 }) },
  // 今明两天, 明后两天: two days, an interval
  { name: 'zh.date.two-days', pattern: /(今明|明[后後])(?:两|兩|二|2)?[天日]/gu, extract: (m) => {
    const first = m[1] === '今明' ? 0 : 1;
    return dateSpan(...at(m), 'zh.date.two-days', { dayOffset: first }, { dayOffset: first + 1 });
  } },
  // 上季度, 本季, 下一季度: a quarter counted from the reference quarter
  { name: 'zh.date.rel-quarter', pattern: /(?<![\d一二三四第每])(本|上一?|下一?|当|當|这一?|這一?)[个個]?季度?(?:末|底|杪|初)?(?![报報节節赛賽])/gu, extract: (m) => {
    const w = m[1] as string;
    return dateSpan(...at(m), 'zh.date.rel-quarter', { quarterOffset: /^上/u.test(w) ? -1 : /^下/u.test(w) ? 1 : 0 });
  } },
  // 即日起 (from this day on): the reference day; 自即日起至12月31日止 joins its end (the from-to refiner)
  { name: 'zh.date.from-today', pattern: /(?<![立随隨旋])即日起/gu, extract: (m) =>
    dateSpan(...at(m), 'zh.date.from-today', { dayOffset: 0 }) },
  // "十四五"期间, 「十四五」時期, 十五五规划期: a five-year plan's years (the sixth plan was 1981–1985); not 十四五岁, 十四五个
  { name: 'zh.date.plan', pattern: /(?<![\d〇零○一二三四五六七八九十第])十([一二三四五六七])五(?=[”"」』]?\s{0,2}(?:时期|時期|期间|期間|以来|以來|末|初期|收官|开局|開局|规划期|規劃期|计划期|計劃期))/gu, extract: (m) => {
    const start = 1981 + 5 * ((zhInt(m[1]) ?? 0) + 10 - 6);
    return dateSpan(...at(m), 'zh.date.plan', { year: start }, { year: start + 4 });
  } },
  // 一季度, 第三季度, 第一财季 (the year named last, else the reference year; followed by 以来 / 至今, already past)
  { name: 'zh.date.quarter', pattern: new RegExp(`(?<![年\\d首])${QUARTER}`, 'gu'), extract: (m, ctx) =>
    dateSpan(...at(m), 'zh.date.quarter', { nearYear: true, quarter: quarterOf(m[1]), ...(LOOKS_BACK.test(ctx.scan.slice(m.index + m[0].length, m.index + m[0].length + 6)) ? { past: true } : {}) }) },
];

/** A range of days written 至 / 到 / a dash between its ends (not a golden week, not 今明两天). */
const RANGE_MARK = /[至到~～—–-]/u;
/** What lies between the two ends of a range written as two dates. */
const RANGE_GAP = /^\s{0,2}(?:到|至|[~～—–-])\s{0,2}$/u;
const JOINABLE = new Set(['year', 'half', 'quarter', 'month', 'week', 'day', 'hour', 'minute']);
/** 是 / 即 / 为 between a day and a holiday's name: the name restates the day (正月初一是春节). */
const RESTATES = /^\s{0,2}(?:就是|即是|正是|是|即|为|為|乃)\s{0,2}$/u;
/**
 * 从5月1日到3日: the 从 that opens a range is the range's, as 到 closes it (one span, 从 … 到 …).
 * 2015年农历正月初一是春节, 今天是中秋节: a holiday named after 是 restates the day before it: one fact, the day.
 */
const fromTo: Refiner<PendingDate> = {
  name: 'zh.date.from-to',
  refine(found, ctx) {
    const spans = dropOverlaps(found);
    const out: PendingDate[] = [];
    for (const s of spans) {
      const prev = out[out.length - 1];
      // 从去年6月到今年3月, 去年12月至今年2月: two dates of one grain across 至 / 到 are one interval
      if (prev && !prev.toParts && !s.toParts && prev.grain === s.grain && JOINABLE.has(s.grain) && RANGE_GAP.test(ctx.scan.slice(prev.end, s.start))) {
        prev.end = s.end;
        // 即日起至12月31日: a range from the reference day ends after it
        prev.toParts = prev.rule === 'zh.date.from-today' && s.parts.newsYear ? { ...s.parts, ahead: true } : s.parts;
        prev.relative ||= s.relative;
        if (/[从從]$/u.test(ctx.scan.slice(Math.max(out[out.length - 2]?.end ?? 0, prev.start - 1), prev.start))) prev.start -= 1;
        continue;
      }
      // 8月当月, 去年12月当月: 当月 restates the month just before it (one fact)
      if (prev && prev.grain === 'month' && !prev.toParts && prev.end === s.start && s.parts.lastMonth && s.parts.day === undefined) {
        prev.end = s.end;
        continue;
      }
      if (s.toParts && RANGE_MARK.test(ctx.scan.slice(s.start, s.end)) && /[从從]$/u.test(ctx.scan.slice(Math.max(prev?.end ?? 0, s.start - 1), s.start))) s.start -= 1;
      if (prev && s.parts.holiday && !s.parts.goldenWeek && prev.grain === 'day' && !prev.toParts && RESTATES.test(ctx.scan.slice(prev.end, s.start))) continue;
      out.push(s);
    }
    return out;
  },
};

/** Chinese dates: the rules, then 从 … 到 and restated holidays (overlaps and resolution are the date kind's). */
export const ZH_DATES: KindRules<PendingDate> = { rules: withTriggers(ZH_DATE_RULES, ZH_DATE_TRIGGERS), refiners: [fromTo] };
