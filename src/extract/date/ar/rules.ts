import type { ExtractContext } from '../../types.js';
import { dateSpan, runDateRules, type DateParts, type DateRule, type PendingDate } from '../common.js';
import { AR_MONTH_PATTERN, arMonth } from './months.js';

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
  'العام الماضي': -1, 'السنة الماضية': -1, 'العام السابق': -1, 'العام المنصرم': -1,
  'العام المقبل': 1, 'العام القادم': 1, 'السنة المقبلة': 1, 'السنة القادمة': 1,
};
const REL_MONTH: Readonly<Record<string, number>> = {
  'هذا الشهر': 0, 'الشهر الحالي': 0, 'الشهر الجاري': 0, 'الشهر الماضي': -1, 'الشهر السابق': -1, 'الشهر المنصرم': -1,
  'الشهر المقبل': 1, 'الشهر القادم': 1,
};
const REL_DAY: Readonly<Record<string, number>> = { 'أول أمس': -2, 'أول من أمس': -2, 'أمس': -1, 'البارحة': -1, 'اليوم': 0, 'غدا': 1, 'غداً': 1, 'غدًا': 1 };
// Month names that are also ordinary words are only taken with a year or a day.
const AMBIGUOUS_MONTHS = new Set(['مارس', 'ماي', 'آب', 'اب', 'أوت', 'اوت']);

const at = (m: RegExpExecArray) => [m.index, m.index + m[0].length] as const;
const alt = (keys: Iterable<string>) => [...keys].sort((a, b) => b.length - a.length).join('|');

/** Arabic date rules, one example above each. */
export const AR_DATE_RULES: readonly DateRule[] = [
  // 19 يونيو 2025, 12 آب/أغسطس 2021
  { name: 'ar.date.dmy', re: new RegExp(`${B}(\\d{1,2})\\s{0,2}${MONTHS}${MONTH2}\\s{0,2}${YEAR_WORD}${YEAR}`, 'gu'), make: (m) =>
    dateSpan(...at(m), 'ar.date.dmy', { year: Number(m[3]), month: arMonth(m[2] ?? ''), day: Number(m[1]) }) },
  // 19/6/2025 (day first)
  { name: 'ar.date.numeric', re: /(?<![\d/])(3[01]|[12]\d|0?[1-9])[/-](1[0-2]|0?[1-9])[/-]((?:19|20)\d{2})(?![\d/])/gu, make: (m) =>
    dateSpan(...at(m), 'ar.date.numeric', { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }) },
  // يونيو 2025, سبتمبر من عام 2025
  { name: 'ar.date.my', re: new RegExp(`${B}(?:شهر\\s{1,2})?${MONTHS}${MONTH2}\\s{0,2}${YEAR_WORD}${YEAR}`, 'gu'), make: (m) =>
    dateSpan(...at(m), 'ar.date.my', { year: Number(m[2]), month: arMonth(m[1] ?? '') }) },
  // الربع الثالث من عام 2025
  { name: 'ar.date.quarter', re: new RegExp(`${B}الربع\\s{1,2}(${alt(Object.keys(ORDINAL))})\\s{1,2}${YEAR_WORD}${YEAR}`, 'gu'), make: (m) =>
    dateSpan(...at(m), 'ar.date.quarter', { year: Number(m[2]), quarter: ORDINAL[m[1] ?? ''] }) },
  // النصف الأول من عام 2025
  { name: 'ar.date.half', re: new RegExp(`${B}النصف\\s{1,2}(الأول|الاول|الثاني)\\s{1,2}${YEAR_WORD}${YEAR}`, 'gu'), make: (m) =>
    dateSpan(...at(m), 'ar.date.half', { year: Number(m[2]), half: m[1] === 'الثاني' ? 2 : 1 }) },
  // نهاية عام 2026, بداية 2025 (year grain: the text names a part of the year, not a month)
  { name: 'ar.date.part-year', re: new RegExp(`${B}${PARTS_OF_YEAR}\\s{1,2}(?:عام|العام|سنة)?\\s{0,2}${YEAR}`, 'gu'), make: (m) =>
    dateSpan(...at(m), 'ar.date.part-year', { year: Number(m[1]) }) },
  // عام 2025, العام 2024, سنة 2023
  { name: 'ar.date.year-word', re: new RegExp(`${B}(?:[وبل]{0,2})(?:عام|العام|سنة|السنة)\\s{1,2}${YEAR}`, 'gu'), make: (m) =>
    dateSpan(...at(m), 'ar.date.year-word', { year: Number(m[1]) }) },
  // في 2026, حتى 2029: the year alone after a preposition (the span is the year)
  { name: 'ar.date.prep-year', re: new RegExp(`(?<=${B}(?:في|منذ|حتى|بحلول|قبل|بعد|خلال|مطلع|لعام)\\s{1,2})${YEAR}(?!\\s{0,2}[%٪])`, 'gu'), make: (m) =>
    dateSpan(...at(m), 'ar.date.prep-year', { year: Number(m[1]) }) },
  // الربع الأول (no year: the year named last, else the reference)
  { name: 'ar.date.quarter-ctx', re: new RegExp(`${B}الربع\\s{1,2}(${alt(Object.keys(ORDINAL))})${E}`, 'gu'), make: (m) =>
    dateSpan(...at(m), 'ar.date.quarter-ctx', { nearYear: true, quarter: ORDINAL[m[1] ?? ''] }) },
  // حتى سبتمبر, في يونيو (month alone, year from the reference)
  { name: 'ar.date.month', re: new RegExp(`(?<=${B}(?:في|حتى|منذ|خلال|بداية|نهاية|منتصف|مطلع|أواخر|أوائل)\\s{1,2}(?:شهر\\s{1,2})?)${MONTHS}${E}(?!\\s{0,2}(?:${AR_MONTH_PATTERN}|\\d))`, 'gu'), make: (m) =>
    AMBIGUOUS_MONTHS.has(m[1] ?? '') ? null : dateSpan(...at(m), 'ar.date.month', { month: arMonth(m[1] ?? '') }) },
  // العام الماضي, هذا العام
  { name: 'ar.date.rel-year', re: new RegExp(`${B}(${alt(Object.keys(REL_YEAR))})${E}`, 'gu'), make: (m) =>
    dateSpan(...at(m), 'ar.date.rel-year', { yearOffset: REL_YEAR[m[1] ?? ''] ?? 0 }) },
  // الشهر الماضي
  { name: 'ar.date.rel-month', re: new RegExp(`${B}(${alt(Object.keys(REL_MONTH))})${E}`, 'gu'), make: (m) =>
    dateSpan(...at(m), 'ar.date.rel-month', { monthOffset: REL_MONTH[m[1] ?? ''] ?? 0 }) },
  // أمس, أول أمس, اليوم
  { name: 'ar.date.rel-day', re: new RegExp(`${B}(?:[وب]?)(${alt(Object.keys(REL_DAY))})${E}`, 'gu'), make: (m) =>
    dateSpan(...at(m), 'ar.date.rel-day', { dayOffset: REL_DAY[m[1] ?? ''] ?? 0 } as DateParts) },
];

/** All candidates of these rules; overlaps are left for the refiner. */
export function arDates(ctx: ExtractContext): PendingDate[] {
  return runDateRules(AR_DATE_RULES, ctx.scan);
}
