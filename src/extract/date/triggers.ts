import { AR_MONTH_PATTERN, HIJRI_MONTH_PATTERN } from '../../calendar/months.js';
import type { Rule } from '../types.js';

/**
 * What every match of a date rule must contain (see Rule.trigger): a text
 * without it is not searched for that rule. Each is read off the rule's
 * pattern: a literal, or one of an alternation's words, that no match can
 * leave out. Rules with no entry are always searched (their required parts
 * — 年, 月, 日, a digit — are in nearly every text anyway).
 */
export const ZH_DATE_TRIGGERS: ReadonlyMap<string, RegExp> = new Map([
  ['zh.date.md-slash', /\//u],
  ['zh.date.numeric-spaced', /\d \d\d \d/u],
  ['zh.date.y3', /(?:公元|在|于|於)\s{0,2}\d{3}\s{0,2}年/u],
  // The era's name, then its year's 年 a few characters on.
  ['zh.date.era', /(?:治|熙|正|隆|庆|慶|光|丰|豐|绪|緒|统|統|武|乐|樂|德|化|靖|历|曆|启|啟|祯|禎|观|觀|元|宝|寶|龙|龍|宁|寧|和|成)\s{0,2}[元一二三四五六七八九十\d]{1,3}\s{0,2}年/u],
  ['zh.date.q-short', /[QH]/u],
  ['zh.date.y-quarter', /[季Q]/u],
  ['zh.date.y-half', /半年/u],
  ['zh.date.y-week', /[周週]/u],
  ['zh.date.decade', /年代/u],
  ['zh.date.century', /世[纪紀]/u],
  ['zh.date.d-hao', /[号號]/u],
  ['zh.date.d-said', /[二三四五六七八九]日/u],
  ['zh.date.weekday', /周|週|星期|礼拜|禮拜/u],
  ['zh.date.week', /周|週|星期|礼拜|禮拜/u],
  ['zh.date.weekend', /周|週|星期|礼拜|禮拜/u],
  ['zh.date.first-part', /[前首]/u],
  ['zh.date.part', /[年月][底初末尾中杪内內]/u],
  ['zh.date.from-today', /即日起/u],
  ['zh.date.day-ampm', /[今昨明](?:上午|下午|中午|凌晨|清晨|晚间|晚間|傍晚)/u],
  ['zh.date.plan', /十[一二三四五六七]五/u],
  ['zh.date.q-half', /Q|半年/u],
  ['zh.date.m-part', /月\s{0,2}[上中下底初末杪份]/u],
  ['zh.date.rel-year', /[今本去上前明后後同当當次翌隔]年/u],
  ['zh.date.rel-month', /[本当當个個上下]月/u],
  ['zh.date.year-same-month', /[本同当當]月/u],
  ['zh.date.this-year-n', /[今本去明前後后][(（]/u],
  ['zh.date.rel-month-n', /[本上下]\s{0,2}[(（]/u],
  ['zh.date.today-md', /今[(（]/u],
  ['zh.date.today-n', /[今昨明前]\s{0,2}[(（]/u],
  ['zh.date.rel-day', /[今昨明前后後]/u],
  ['zh.date.rel-quarter', /季/u],
  ['zh.date.quarter', /季/u],
  // A lunar day after 月: 初五, 十五, 廿三, 三 (never digits).
  // A word of each holiday the pattern names (its leading year or 今年… is optional).
  ['zh.date.holiday', /元旦|春[节節]|除夕|大年|新年|元宵|清明|端午|七夕|中秋|重[阳陽]|劳动|勞動|五一|[国國][庆慶]|情人|[妇婦]女|[儿兒]童|[圣聖][诞誕]|平安夜|[双雙]|[六七八]一|光棍|植[树樹]|消[费費]|愚人|青年|建[党黨军軍]|教[师師]|万圣|萬聖|[腊臘]八|母[亲親]|父亲|感恩|[复復]活/u],
  // 近 (in 最近 too), 过去, 未来, 今后, 往后, 接下来: the word before the count.
  ['zh.date.span', /近|[过過]去|未[来來]|今[后後]|往[后後]|接下[来來]/u],
  // 今天 / 今日 (这一天 holds 天 too, but not 今): the day named is the reference's.
  ['zh.date.same-day', /今[天日]|[这這]一天/u],
  // 今 or 去 before a season's character.
  ['zh.date.season', /[今去][春夏秋冬]/u],
  ['zh.date.two-days', /今明|明[后後]/u],
  ['zh.date.nth-weekday', /第|最[后後]/u],
  // The count and the week word after it (第一周, 第二个星期, 最后一周).
  ['zh.date.month-week', /(?:第|最[后後])\s{0,2}[一二三四五1-5]?\s{0,2}一?\s{0,2}[个個]?\s{0,2}(?:周|週|星期|礼拜|禮拜)/u],
  // The dash between the two dates (起至 holds 至).
  ['zh.date.ymd-range', /[至到~～—–\-－]/u],
  ['zh.date.md-said', /月\s{0,2}[初十廿一二三四五六七八九]/u],
  // The list's last separator, its last month (at most two of these characters) and 月.
  ['zh.date.month-list', /[、和及与與]\s{0,2}[\d一二三四五六七八九十]{1,2}\s{0,2}月/u],
  // A separator and a day after it (its first character).
  ['zh.date.day-list', /[、和及与與或]\s{0,2}[\d一二三四五六七八九十]/u],
  // A separator and a day in digits after it.
  ['zh.date.bare-day-list', /[、及和与與]\s{0,2}\d/u],
  ['zh.date.new-year-day', /年初/u],
  // 月, the first day (at most three of these characters), and the range's dash.
  ['zh.date.day-range', /月\s{0,2}[\d一二三四五六七八九十]{1,3}\s{0,2}[至到~～—–-]/u],
  // The range's dash, the second month (at most two characters) and 月.
  ['zh.date.month-range', /[至到~～—–-]\s{0,2}[\d一二三四五六七八九十]{1,2}\s{0,2}月/u],
]);

const AR_WEEKDAY = /اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمع[ةه]|سبت|أحد|احد/u;
/** A month's name: the month group (MONTHS in ar/rules.ts) is a required part of these rules, outside any optional group or alternative. */
const AR_MONTH = new RegExp(`(?:${AR_MONTH_PATTERN})`, 'u');
const AR_MONTH_RULES = [
  'ar.date.dmy', 'ar.date.month-list', 'ar.date.month-range', 'ar.date.day-range', 'ar.date.month-day-range', 'ar.date.dm-range',
  'ar.date.dm', 'ar.date.ordinal', 'ar.date.bare-ordinal', 'ar.date.part-month', 'ar.date.my', 'ar.date.month', 'ar.date.month-dir',
];

export const AR_DATE_TRIGGERS: ReadonlyMap<string, RegExp> = new Map([
  ['ar.date.hijri-my', /جمادى|ربيع|القعدة|الحجة|شعبان|رمضان|محرم|شوال|صفر|رجب/u],
  ['ar.date.hijri-first', /غرة|فاتح/u],
  // A Hijri month's name after the ordinal day and من.
  ['ar.date.hijri-ordinal', new RegExp(`(?:${HIJRI_MONTH_PATTERN})`, 'u')],
  // الشهر نفسه / ذاته / عينه, نفس الشهر, ذات الشهر: each holds الشهر.
  ['ar.date.day-same-month', /الشهر/u],
  ['ar.date.day-of-it', /منه/u],
  ['ar.date.same-day', /اليوم/u],
  // The slash of the first numeric date.
  ['ar.date.numeric-range', /\//u],
  // The part of the day after the hour word: صباح, مساء, ظهر, عصر, فجر.
  ['ar.date.time-before-day', /صباح|مساء|ظهر|عصر|فجر/u],
  ['ar.date.holiday', /الإسراء|الهجرية|المولد|عاشوراء|عيد|عرف|رمضان/u],
  ['ar.date.christmas', /الميلاد/u],
  ['ar.date.easter', /الفصح/u],
  ['ar.date.quarter', /ربع|ثلاثي/u],
  ['ar.date.quarter-ctx', /ربع|ثلاثي/u],
  ['ar.date.half', /نصف|سداسي/u],
  ['ar.date.half-ctx', /نصف|سداسي/u],
  // Two days joined by و, digits on both sides: 5 و6, 9 و10.
  ['ar.date.day-list', /\d\s{0,2}و\s{0,2}\d/u],
  // الجاري / الحالي, or شهر in every month word (الشهر الماضي, هذا الشهر).
  ['ar.date.day-rel-bare', /الجاري|الحالي|الجارى|الحالى|شهر/u],
  ['ar.date.day-range-rel', /شهر/u],
  ['ar.date.fiscal', /مالي|ميزانية|موازنة/u],
  ['ar.date.year-pair', /عامي|عامين|سنتي|سنتين/u],
  ['ar.date.decade', /ينيات|ينات/u],
  ['ar.date.century', /قرن/u],
  ['ar.date.rel-year', /سنة|عام/u],
  ['ar.date.context-year', /سنة|عام/u],
  ['ar.date.rel-month', /شهر/u],
  ['ar.date.rel-week', /سبوع/u],
  ['ar.date.weekday', AR_WEEKDAY],
  ['ar.date.weekday-pair-dir', /(?:مقبل|قادم|ماضي|منصرم)(?:تين|ين)|فائتين/u],
  ['ar.date.year-months', /[أا]شهر|شهور|شهرين/u],
  ['ar.date.weekday-day-pair', AR_WEEKDAY],
  ['ar.date.time-word', /ساعة/u],
  // The unit: a plural, a singular after digits, or a dual (each holds one of these stretches).
  ['ar.date.span', /يام|يوم|سابيع|سبوع|شهر|شهور|سنوات|عوام|سنين|عام|سنة|سنتين/u],
  ['ar.date.since-last', /يوم\s{1,2}ال(?:تال|سابق|موالي)/u],
  // A weekday's name, then its rank (الأولى … الأخيرة: each holds one of these stretches).
  ['ar.date.nth-weekday-after', /ولى|ثانية|ثالثة|رابعة|خير/u],
  // الوطني and the country after it.
  ['ar.date.national-day', /وطني/u],
  ['ar.date.nth-weekday', /اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمع[ةه]|سبت|أحد|احد/u],
  // A Hijri month's name, or a Hijri year marked هـ / ه / هجري / للهجرة (the three alternatives of the pattern).
  ['ar.date.hijri', new RegExp(`(?:${HIJRI_MONTH_PATTERN})|1[34]\\d{2}\\s{0,2}(?:ه|للهجرة)`, 'u')],
  ...AR_MONTH_RULES.map((name) => [name, AR_MONTH] as const),
]);

/** The rules, each with its trigger when it has one. */
export function withTriggers<R extends Rule<unknown>>(rules: readonly R[], triggers: ReadonlyMap<string, RegExp>): R[] {
  return rules.map((r) => {
    const trigger = triggers.get(r.name);
    return trigger ? { ...r, trigger } : r;
  });
}
