import type { KindRules, Refiner } from '../../types.js';
import { dateSpan, type DateParts, type DateRule, type PendingDate } from '../common.js';
import { AR_NUMBER_SRC, parseArNumber } from '../../../numerals/ar.js';
import { toNumber } from '../../../util/decimal.js';
import { AR_MONTH_PATTERN, arMonth, HIJRI_MONTH_PATTERN, hijriMonth } from '../../../calendar/months.js';

const YEAR = String.raw`((?:19|20)\d{2})(?!\d)`;
const B = String.raw`(?<![\p{L}\p{M}\d])`; // word start
const E = String.raw`(?![\p{L}\p{M}])`; // word end
const MONTHS = `(${AR_MONTH_PATTERN})`;
// "آب/أغسطس", "آب (أغسطس)": a second name for the same month
const MONTH2 = String.raw`(?:\s{0,2}[/(]\s{0,2}(?:${AR_MONTH_PATTERN})\s{0,2}\)?)?`;
const YEAR_WORD = String.raw`(?:من\s{1,2}(?:(?:عام|العام|سنة)\s{1,2})?|(?:عام|العام|سنة|لعام|بعام)\s{1,2})?`;
const ORDINAL: Readonly<Record<string, number>> = { الأول: 1, الاول: 1, الثاني: 2, الثالث: 3, الرابع: 4, الأخير: 4 };
const PARTS_OF_YEAR = '(?:بداية|نهاية|منتصف|مطلع|أواخر|أوائل|اواخر|اوائل|أول|آخر|خلال|طوال|حتى|منذ|بحلول|قبل|بعد|مع)';
const REL_YEAR: Readonly<Record<string, number>> = {
  'هذا العام': 0, 'العام الحالي': 0, 'العام الجاري': 0, 'السنة الحالية': 0, 'هذه السنة': 0,
  'العام الماضي': -1, 'السنة الماضية': -1, 'العام المنصرم': -1, 'العام الفائت': -1, 'السنة المنصرمة': -1,
  'العام المقبل': 1, 'العام القادم': 1, 'السنة المقبلة': 1, 'السنة القادمة': 1,
};
/** Years counted from the year the text named last: "في 2024، مقارنة مع العام السابق" is 2023. */
const CONTEXT_YEAR: Readonly<Record<string, number>> = {
  'العام السابق': -1, 'السنة السابقة': -1, 'العام الذي سبقه': -1, 'العام نفسه': 0, 'نفس العام': 0, 'العام ذاته': 0,
  'ذات العام': 0, 'السنة نفسها': 0, 'العام التالي': 1, 'السنة التالية': 1,
};
const REL_WEEK: Readonly<Record<string, number>> = {
  'هذا الأسبوع': 0, 'هذا الاسبوع': 0, 'الأسبوع الحالي': 0, 'الأسبوع الجاري': 0, 'الاسبوع الحالي': 0, 'الاسبوع الجاري': 0,
  'الأسبوع الماضي': -1, 'الاسبوع الماضي': -1, 'الأسبوع المنصرم': -1, 'الأسبوع الفائت': -1, 'الأسبوع السابق': -1,
  'الأسبوع المقبل': 1, 'الاسبوع المقبل': 1, 'الأسبوع القادم': 1, 'الاسبوع القادم': 1,
};
const WEEKDAYS: Readonly<Record<string, number>> = {
  الاثنين: 1, الإثنين: 1, الثلاثاء: 2, الأربعاء: 3, الاربعاء: 3, الخميس: 4, الجمعة: 5, الجمعه: 5, السبت: 6, الأحد: 7, الاحد: 7,
};
const WEEKDAY_SRC = `(?:يوم\\s{1,2})?(${Object.keys(WEEKDAYS).join('|')})`;
const WEEKDAY_PREFIX = `(?:(?:يوم\\s{1,2})?(?:${Object.keys(WEEKDAYS).join('|')})\\s{0,2}[،,]?\\s{1,2})?`;
const LAST_WORDS = 'الماضي|الماضى|المنصرم|الفائت|السابق';
const NEXT_WORDS = 'المقبل|القادم|المقبلة|القادمة';
const NEXT_WORD = new RegExp(`^(?:${NEXT_WORDS})$`, 'u');
/** Cues that a bare weekday is ahead: "من المقرر أن يعقد الاجتماع الأحد". */
const FUTURE_CUE = /(?:سوف|من المقرر|من المنتظر|من المتوقع|المقرر|يعتزم|تعتزم)/u;
/** Ordinal day words: الأول من مارس, الحادي والعشرين من يونيو. */
const ORDINAL_UNITS: ReadonlyArray<readonly [string, number]> = [
  ['الأول', 1], ['الاول', 1], ['الحادي', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الخامس', 5], ['السادس', 6],
  ['السابع', 7], ['الثامن', 8], ['التاسع', 9], ['العاشر', 10],
];
const ORDINAL_DAY_SRC = `((?:${ORDINAL_UNITS.map(([w]) => w).join('|')})(?:\\s{1,2}عشر|\\s{1,2}و(?:العشرين|الثلاثين))?|العشرين|الثلاثين)`;
function ordinalDay(words: string): number | undefined {
  if (words === 'العشرين') return 20;
  if (words === 'الثلاثين') return 30;
  const [first, rest] = words.split(/\s+/u) as [string, string | undefined];
  const unit = ORDINAL_UNITS.find(([w]) => w === first)?.[1];
  if (unit === undefined) return undefined;
  if (!rest) return unit === 1 && first === 'الحادي' ? undefined : unit;
  if (rest === 'عشر') return unit === 10 ? undefined : 10 + unit;
  return unit + (rest === 'والعشرين' ? 20 : 30);
}
/** Units of منذ/قبل/بعد N …: singular, dual, plural. */
const AGO_UNITS: ReadonlyArray<readonly [RegExp, 'day' | 'week' | 'month' | 'year', number]> = [
  [/^(?:يومين|يومان)$/u, 'day', 2], [/^(?:يوم|يوما|يومًا|أيام|ايام)$/u, 'day', 1],
  [/^(?:أسبوعين|اسبوعين)$/u, 'week', 2], [/^(?:أسبوع|اسبوع|أسابيع|اسابيع|أسبوعا)$/u, 'week', 1],
  [/^(?:شهرين|شهران)$/u, 'month', 2], [/^(?:شهر|شهرا|شهرًا|أشهر|اشهر|شهور)$/u, 'month', 1],
  [/^(?:عامين|عامان|سنتين|سنتان)$/u, 'year', 2], [/^(?:عام|عاما|عامًا|أعوام|اعوام|سنة|سنوات|سنين)$/u, 'year', 1],
];
const AGO_UNIT_SRC = 'يومين|يومان|يومًا|يوما|يوم|أيام|ايام|أسبوعين|اسبوعين|أسبوعا|أسبوع|اسبوع|أسابيع|اسابيع|شهرين|شهران|شهرًا|شهرا|شهر|أشهر|اشهر|شهور|عامين|عامان|عامًا|عاما|عام|أعوام|اعوام|سنتين|سنتان|سنة|سنوات|سنين';

const REL_MONTH: Readonly<Record<string, number>> = {
  'هذا الشهر': 0, 'الشهر الحالي': 0, 'الشهر الجاري': 0, 'الشهر الماضي': -1, 'الشهر السابق': -1, 'الشهر المنصرم': -1,
  'الشهر المقبل': 1, 'الشهر القادم': 1,
};
const REL_DAY: Readonly<Record<string, number>> = { 'أول أمس': -2, 'أول من أمس': -2, 'أمس': -1, 'امس': -1, 'البارحة': -1, 'اليوم': 0, 'غدا': 1, 'غداً': 1, 'غدًا': 1, 'بكرة': 1, 'بعد غد': 2 };
// Month names that are also ordinary words are only taken with a year or a day.
const AMBIGUOUS_MONTHS = new Set(['مارس', 'ماي', 'آب', 'اب', 'أوت', 'اوت']);

const at = (m: RegExpExecArray) => [m.index, m.index + m[0].length] as const;
const alt = (keys: Iterable<string>) => [...keys].sort((a, b) => b.length - a.length).join('|');

/** Arabic date rules, one example above each. */
export const AR_DATE_RULES: readonly DateRule[] = [
  // 19 يونيو 2025, 12 آب/أغسطس 2021, الخميس 15 أغسطس 2024
  { name: 'ar.date.dmy', pattern: new RegExp(`${B}${WEEKDAY_PREFIX}(\\d{1,2})\\s{0,2}${MONTHS}${MONTH2}\\s{0,2}${YEAR_WORD}${YEAR}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.dmy', { year: Number(m[3]), month: arMonth(m[2] ?? ''), day: Number(m[1]) }) },
  // 13 إلى 15 يوليو 2025, 13-15 تموز (the first and last day)
  { name: 'ar.date.day-range', pattern: new RegExp(`${B}(\\d{1,2})\\s{0,2}(?:[-–]|إلى|الى|حتى)\\s{0,2}(\\d{1,2})\\s{0,2}${MONTHS}${MONTH2}(?:\\s{0,2}${YEAR_WORD}${YEAR})?`, 'gu'), extract: (m) => {
    const month = arMonth(m[3] ?? '');
    const base: DateParts = m[4] ? { year: Number(m[4]), month } : { refYear: true, month };
    return dateSpan(...at(m), 'ar.date.day-range', { ...base, day: Number(m[1]) }, { ...base, day: Number(m[2]) });
  } },
  // من 13 تموز إلى 15 آب 2025
  { name: 'ar.date.dm-range', pattern: new RegExp(`${B}(\\d{1,2})\\s{0,2}${MONTHS}\\s{0,2}(?:[-–]|إلى|الى|حتى)\\s{0,2}(\\d{1,2})\\s{0,2}${MONTHS}(?:\\s{0,2}${YEAR_WORD}${YEAR})?`, 'gu'), extract: (m) => {
    const year = m[5] ? { year: Number(m[5]) } : { refYear: true };
    return dateSpan(...at(m), 'ar.date.dm-range', { ...year, month: arMonth(m[2] ?? ''), day: Number(m[1]) }, { ...year, month: arMonth(m[4] ?? ''), day: Number(m[3]) });
  } },
  // 15 مارس, الخميس 15 أغسطس (the year of the reference)
  { name: 'ar.date.dm', pattern: new RegExp(`${B}${WEEKDAY_PREFIX}(\\d{1,2})\\s{0,2}${MONTHS}${MONTH2}${E}(?!\\s{0,2}(?:${YEAR_WORD})\\d)`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.dm', { refYear: true, month: arMonth(m[2] ?? ''), day: Number(m[1]) }) },
  // الأول من مارس, الحادي والعشرين من يونيو 2025
  { name: 'ar.date.ordinal', pattern: new RegExp(`${B}${WEEKDAY_PREFIX}${ORDINAL_DAY_SRC}\\s{1,2}من\\s{1,2}(?:شهر\\s{1,2})?${MONTHS}${E}(?:\\s{0,2}${YEAR_WORD}${YEAR})?`, 'gu'), extract: (m) => {
    const day = ordinalDay((m[1] ?? '').replace(/\s+/gu, ' '));
    if (day === undefined) return null;
    return dateSpan(...at(m), 'ar.date.ordinal', { ...(m[3] ? { year: Number(m[3]) } : { refYear: true }), month: arMonth(m[2] ?? ''), day });
  } },
  // 15 رمضان 1446 هـ, 10 ذي الحجة, شهر رمضان, 1446 هـ (converted; the Hijri date is kept)
  { name: 'ar.date.hijri', pattern: new RegExp(`${B}(?:${WEEKDAY_PREFIX}(\\d{1,2})\\s{0,2}(${HIJRI_MONTH_PATTERN})${E}(?:\\s{0,2}(?:من\\s{1,2})?(?:عام\\s{1,2})?(1[34]\\d{2})(?!\\d)\\s{0,2}(?:هـ|ه${E}|هجري(?:ة)?|للهجرة)?)?|(?:شهر\\s{1,2})(${HIJRI_MONTH_PATTERN})${E}(?:\\s{0,2}(?:من\\s{1,2})?(?:عام\\s{1,2})?(1[34]\\d{2})(?!\\d)\\s{0,2}(?:هـ|ه${E}|هجري(?:ة)?|للهجرة)?)?|(?:عام\\s{1,2})?(1[34]\\d{2})\\s{0,2}(?:هـ|ه${E}|هجري(?:ة)?|للهجرة))`, 'gu'), extract: (m) => {
    if (m[1] !== undefined) {
      // A day and a month alone ("15 صفر") is too easily a count: it needs a year or a Hijri marker.
      if (m[3] === undefined && !/(?:رمضان|شوال|ذي الحجة|ذو الحجة|محرم|شعبان)/u.test(m[2] ?? '')) return null;
      return dateSpan(...at(m), 'ar.date.hijri', { hijri: { year: m[3] ? Number(m[3]) : undefined, month: hijriMonth(m[2] ?? ''), day: Number(m[1]) } });
    }
    if (m[4] !== undefined) return dateSpan(...at(m), 'ar.date.hijri', { hijri: { year: m[5] ? Number(m[5]) : undefined, month: hijriMonth(m[4]) } });
    return dateSpan(...at(m), 'ar.date.hijri', { hijri: { year: Number(m[6]) } });
  } },
  // 19/6/2025 (day first)
  // 2/2013 (month and year)
  { name: 'ar.date.numeric-my', pattern: /(?<![\d/.-])(1[0-2]|0?[1-9])\/((?:19|20)\d{2})(?![\d/])/gu, extract: (m) =>
    dateSpan(...at(m), 'ar.date.numeric-my', { year: Number(m[2]), month: Number(m[1]) }) },
  { name: 'ar.date.numeric', pattern: /(?<![\d/])(3[01]|[12]\d|0?[1-9])[/-](1[0-2]|0?[1-9])[/-]((?:19|20)\d{2})(?![\d/])/gu, extract: (m) =>
    dateSpan(...at(m), 'ar.date.numeric', { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }) },
  // يونيو 2025, سبتمبر من عام 2025
  { name: 'ar.date.my', pattern: new RegExp(`${B}(?:شهر\\s{1,2})?${MONTHS}${MONTH2}\\s{0,2}${YEAR_WORD}${YEAR}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.my', { year: Number(m[2]), month: arMonth(m[1] ?? '') }) },
  // الربع الثالث من عام 2025
  { name: 'ar.date.quarter', pattern: new RegExp(`${B}الربع\\s{1,2}(${alt(Object.keys(ORDINAL))})\\s{1,2}${YEAR_WORD}${YEAR}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.quarter', { year: Number(m[2]), quarter: ORDINAL[m[1] ?? ''] }) },
  // النصف الأول من عام 2025
  { name: 'ar.date.half', pattern: new RegExp(`${B}النصف\\s{1,2}(الأول|الاول|الثاني)\\s{1,2}${YEAR_WORD}${YEAR}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.half', { year: Number(m[2]), half: m[1] === 'الثاني' ? 2 : 1 }) },
  // نهاية عام 2026, بداية 2025 (year grain: the text names a part of the year, not a month)
  { name: 'ar.date.part-year', pattern: new RegExp(`${B}${PARTS_OF_YEAR}\\s{1,2}(?:عام|العام|سنة)?\\s{0,2}${YEAR}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.part-year', { year: Number(m[1]) }) },
  // عام 2025, العام 2024, سنة 2023
  { name: 'ar.date.year-word', pattern: new RegExp(`${B}(?:[وبل]{0,2})(?:عام|العام|سنة|السنة)\\s{1,2}${YEAR}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.year-word', { year: Number(m[1]) }) },
  // في 2026, حتى 2029: the year alone after a preposition (the span is the year)
  { name: 'ar.date.prep-year', pattern: new RegExp(`(?<=${B}(?:في|منذ|حتى|بحلول|قبل|بعد|خلال|مطلع|لعام)\\s{1,2})${YEAR}(?!\\s{0,2}[%٪])`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.prep-year', { year: Number(m[1]) }) },
  // الربع الأول (no year: the year named last, else the reference)
  { name: 'ar.date.quarter-ctx', pattern: new RegExp(`${B}الربع\\s{1,2}(${alt(Object.keys(ORDINAL))})${E}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.quarter-ctx', { nearYear: true, quarter: ORDINAL[m[1] ?? ''] }) },
  // حتى سبتمبر, في يونيو (month alone, year from the reference)
  { name: 'ar.date.month', pattern: new RegExp(`(?<=${B}(?:في|حتى|منذ|خلال|بداية|نهاية|منتصف|مطلع|أواخر|أوائل)\\s{1,2}(?:شهر\\s{1,2})?)${MONTHS}${E}(?!\\s{0,2}(?:${AR_MONTH_PATTERN}|\\d))`, 'gu'), extract: (m) =>
    AMBIGUOUS_MONTHS.has(m[1] ?? '') ? null : dateSpan(...at(m), 'ar.date.month', { month: arMonth(m[1] ?? '') }) },
  // العام الماضي, هذا العام
  { name: 'ar.date.rel-year', pattern: new RegExp(`${B}(${alt(Object.keys(REL_YEAR))})${E}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.rel-year', { yearOffset: REL_YEAR[m[1] ?? ''] ?? 0 }) },
  // الشهر الماضي
  { name: 'ar.date.rel-month', pattern: new RegExp(`${B}(${alt(Object.keys(REL_MONTH))})${E}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.rel-month', { monthOffset: REL_MONTH[m[1] ?? ''] ?? 0 }) },
  // العام السابق, العام نفسه (counted from the year named last)
  { name: 'ar.date.context-year', pattern: new RegExp(`${B}(${alt(Object.keys(CONTEXT_YEAR))})${E}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.context-year', { contextYear: true, yearOffset: CONTEXT_YEAR[m[1] ?? ''] ?? 0 }) },
  // الأسبوع الماضي, هذا الأسبوع
  { name: 'ar.date.rel-week', pattern: new RegExp(`${B}(${alt(Object.keys(REL_WEEK))})${E}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.rel-week', { weekOffset: REL_WEEK[m[1] ?? ''] ?? 0 }) },
  // الأحد الماضي, يوم الثلاثاء المقبل, الثلاثاء (a bare weekday in a report: the latest one)
  { name: 'ar.date.weekday', pattern: new RegExp(`${B}(?:[وب]?)${WEEKDAY_SRC}(?:\\s{1,2}(${LAST_WORDS}|${NEXT_WORDS}))?${E}(?!\\s{1,2}عشر)`, 'gu'), extract: (m) => {
    const weekday = WEEKDAYS[m[1] ?? ''];
    if (weekday === undefined) return null;
    const dir: DateParts['weekdayDir'] = m[2] ? (NEXT_WORD.test(m[2]) ? 'next' : 'last') : 'latest';
    return dateSpan(...at(m), 'ar.date.weekday', { weekday, weekdayDir: dir });
  } },
  // منذ ثلاثة أشهر, قبل عامين, بعد يومين, منذ 5 سنوات
  { name: 'ar.date.ago', pattern: new RegExp(`${B}(منذ|قبل|بعد)\\s{1,2}(?:(?:نحو|حوالي|قرابة)\\s{1,2})?(?:(${AR_NUMBER_SRC})\\s{1,2})?(${AGO_UNIT_SRC})${E}(?!\\s{0,2}(?:\\d|من\\s))`, 'gu'), extract: (m) => {
    const unit = AGO_UNITS.find(([re]) => re.test(m[3] ?? ''));
    if (!unit) return null;
    const [, grain, dual] = unit;
    let n = dual;
    if (m[2] !== undefined) {
      const parsed = parseArNumber(m[2]);
      if (!parsed || dual === 2) return null;
      n = toNumber(parsed.value);
      if (!Number.isInteger(n) || n > 500) return null;
    } else if (/^(?:أيام|ايام|أسابيع|اسابيع|أشهر|اشهر|شهور|أعوام|اعوام|سنوات|سنين)$/u.test(m[3] ?? '')) return null; // منذ سنوات: vague
    const sign = m[1] === 'بعد' ? 1 : -1;
    const parts: DateParts = grain === 'year' ? { yearOffset: sign * n } : grain === 'month' ? { monthOffset: sign * n }
      : grain === 'week' ? { weekOffset: sign * n } : { dayOffset: sign * n };
    return dateSpan(...at(m), 'ar.date.ago', parts);
  } },
  // أمس, أول أمس, اليوم
  { name: 'ar.date.rel-day', pattern: new RegExp(`${B}(?:[وب]?)(${alt(Object.keys(REL_DAY))})${E}(?:\\s{1,2}${WEEKDAY_SRC}${E})?`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.rel-day', { dayOffset: REL_DAY[m[1] ?? ''] ?? 0 } as DateParts) },
];

/** "من المقرر أن يعقد الاجتماع الأحد": a bare weekday after a future cue is the next one, not the latest. */
const weekdayAhead: Refiner<PendingDate> = {
  name: 'ar.date.weekday-ahead',
  refine(found, ctx) {
    for (const d of found) {
      if (d.parts.weekdayDir !== 'latest') continue;
      const before = ctx.scan.slice(Math.max(0, d.start - 80), d.start).split(/[.!؟?\n]/u).pop() ?? '';
      if (FUTURE_CUE.test(before)) d.parts.weekdayDir = 'next';
    }
    return found;
  },
};

/** Arabic dates: the rules, then the weekday refiner; overlaps and resolution are the date kind's. */
export const AR_DATES: KindRules<PendingDate> = { rules: AR_DATE_RULES, refiners: [weekdayAhead] };
