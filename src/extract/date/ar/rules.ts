import type { KindRules, Refiner } from '../../types.js';
import { dateSpan, grainOf, resolve, spanDays, type DateParts, type DateRule, type PendingDate } from '../common.js';
import { AR_DATE_TRIGGERS, withTriggers } from '../triggers.js';
import { AR_NUMBER_SRC, parseArNumber } from '../../../numerals/ar.js';
import { toNumber } from '../../../util/decimal.js';
import { AR_MONTH_PATTERN, AR_MONTHS, arMonth, HIJRI_MONTH_PATTERN, hijriMonth } from '../../../calendar/months.js';
import { dayTime, type RefDate } from '../../../calendar/index.js';
import { easter, hijriYearAround, hijriYearIn, ISLAMIC_HOLIDAYS, type HijriDay } from '../../../calendar/islamic-holidays.js';
import { dropOverlaps } from '../../refiners/overlaps.js';

const YEAR = String.raw`((?:19|20)\d{2})(?!\d)`;
/** A year beside a month name or a year word, back to 1500 (عام 1798, 29 يناير 1789). */
const YEAR_EXT = String.raw`((?:1[5-9]|20)\d{2})(?!\d)`;
const B = String.raw`(?<![\p{L}\p{M}\d])`; // word start
const E = String.raw`(?![\p{L}\p{M}])`; // word end
/** The article with the prefixes that join it: الربع, والربع, بالربع, فللربع, للربع. */
const AL = '(?:[وف]?[بك]?ال|[وف]?لل)';
/** Prefixes joined to a word or a number: و15 مارس, بـ15 مارس, لـ3 أيار. */
const PFX = '(?:[وفبلك]{1,2}ـ?)?';
/** "2022م": the Gregorian era mark. */
const M_MARK = `(?:\\s?م${E}|\\s{1,2}ميلادي(?:ة)?${E})?`;
const MONTHS = `(${AR_MONTH_PATTERN})`;
/** The article before a day in digits: الـ15 من يونيو, للـ30 من الشهر. */
const DAY_AL = '(?:(?:ال|لل)ـ?)?';
/** "أغسطس آب", "حزيران يونيو": a second name with only a space between, taken only when it names the month just named. */
const SAME_MONTH_SPACED = Array.from({ length: 12 }, (_, i) => {
  const names = AR_MONTHS.filter(([, n]) => n === i + 1).map(([w]) => w).sort((a, b) => b.length - a.length).join('|');
  return String.raw`(?<=(?<![\p{L}\p{M}])(?:${names}))\s{1,2}(?:${names})(?![\p{L}\p{M}])`;
}).join('|');
// "آب/أغسطس", "آب (أغسطس)", "أغسطس آب": a second name for the same month
const MONTH2 = String.raw`(?:\s{0,2}[/(]\s{0,2}(?:${AR_MONTH_PATTERN})\s{0,2}\)?|${SAME_MONTH_SPACED})?`;
const YEAR_WORD = String.raw`(?:من\s{1,2}(?:(?:عام|العام|سنة)\s{1,2})?|(?:عام|العام|سنة|لعام|بعام|للعام)\s{1,2})?`;
/** The year word between a Hijri month and its year: محرم عام 1446, صفر لعام 1446 هـ, ذي الحجة للعام 1445هـ, رجب سنة 1445. */
const HIJRI_YEAR_WORD = '(?:(?:ل|لل|ال)?(?:عام|سنة)\\s{1,2})?';
const ORDINAL: Readonly<Record<string, number>> = { الأول: 1, الاول: 1, الثاني: 2, الثالث: 3, الرابع: 4, الأخير: 4, الاخير: 4 };
const PART_WORDS = 'بداية|نهاية|منتصف|مطلع|أواخر|أوائل|اواخر|اوائل|أواسط|اواسط|أوسط|خلال|طوال|حتى|منذ|بحلول|قبل|بعد|مع|أول|آخر|اخر';
/** The seasons, as a part of a year: صيف 2024, شتاء العام الماضي (the year's value: the schema has no season grain). */
const SEASONS = 'صيف|شتاء|ربيع|خريف';
const PARTS_OF_YEAR = `(?:[وفب]?(?:${PART_WORDS}|${SEASONS}))`;
/** A part of a month or year before a relative one: مطلع الشهر الجاري, أواخر العام الماضي. */
const PART_PREFIX = `(?:[وفب]?(?:بداية|نهاية|منتصف|مطلع|أواخر|أوائل|اواخر|اوائل|أواسط|اواسط|${SEASONS})\\s{1,2})?`;
const REL_YEAR: Readonly<Record<string, number>> = withLam({
  'هذا العام': 0, 'العام الحالي': 0, 'العام الجاري': 0, 'العام الحالى': 0, 'العام الجارى': 0, 'السنة الحالية': 0, 'هذه السنة': 0, 'السنة الجارية': 0,
  'العام قبل الماضي': -2, 'السنة قبل الماضية': -2, 'العام الماضي': -1, 'العام الماضى': -1, 'السنة الماضية': -1, 'العام المنصرم': -1, 'العام الفائت': -1, 'السنة الفائتة': -1, 'السنة المنصرمة': -1,
  'العام المقبل': 1, 'العام القادم': 1, 'السنة المقبلة': 1, 'السنة القادمة': 1,
});
/** Years counted from the year the text named last: "في 2024، مقارنة مع العام السابق" is 2023. */
const CONTEXT_YEAR: Readonly<Record<string, number>> = withLam({
  'العام السابق': -1, 'السنة السابقة': -1, 'العام الذي سبقه': -1, 'العام نفسه': 0, 'نفس العام': 0, 'العام ذاته': 0,
  'ذات العام': 0, 'السنة نفسها': 0, 'العام التالي': 1, 'السنة التالية': 1,
});
const REL_WEEK: Readonly<Record<string, number>> = withLam({
  'هذا الأسبوع': 0, 'هذا الاسبوع': 0, 'الأسبوع الحالي': 0, 'الأسبوع الجاري': 0, 'الاسبوع الحالي': 0, 'الاسبوع الجاري': 0,
  'الأسبوع قبل الماضي': -2, 'الاسبوع قبل الماضي': -2, 'الأسبوع الماضي': -1, 'الاسبوع الماضي': -1, 'الأسبوع المنصرم': -1, 'الاسبوع المنصرم': -1, 'الأسبوع الفائت': -1, 'الاسبوع الفائت': -1,
  'الأسبوع السابق': -1, 'الاسبوع السابق': -1,
  'الأسبوع المقبل': 1, 'الاسبوع المقبل': 1, 'الأسبوع القادم': 1, 'الاسبوع القادم': 1, 'الأسبوع التالي': 1, 'الاسبوع التالي': 1,
  'الأسبوع الجاي': 1, 'الاسبوع الجاي': 1,
});
const WEEKDAYS: Readonly<Record<string, number>> = {
  الاثنين: 1, الإثنين: 1, الثلاثاء: 2, الأربعاء: 3, الاربعاء: 3, الخميس: 4, الجمعة: 5, الجمعه: 5, السبت: 6, الأحد: 7, الاحد: 7,
};
/** A weekday's name, with its article (الأحد), not captured. */
const WEEKDAY_NAMES = `(?:${Object.keys(WEEKDAYS).join('|')})`;
const WEEKDAY_SRC = `(?:يوم\\s{1,2})?(${Object.keys(WEEKDAYS).join('|')})`;
const WEEKDAY_PREFIX = `(?:(?:يوم\\s{1,2})?(?:${Object.keys(WEEKDAYS).join('|')})\\s{0,2}[،,]?\\s{0,2})?`;
const LAST_WORDS = 'الماضي|الماضى|المنصرم|الفائت|السابق';
const NEXT_WORDS = 'المقبل|القادم|المقبلة|القادمة';
const NEXT_WORD = new RegExp(`^(?:${NEXT_WORDS})$`, 'u');
const LAST_WORD = new RegExp(`^(?:${LAST_WORDS})$`, 'u');
/** Words after a month that place it: يونيو الماضي, أول يوليو المقبل, 7 يوليو الجاري. */
/** This month or year, in both spellings (Egyptian copy ends them in ى: 22 مايو الجارى). */
const THIS_WORDS = 'الجاري|الحالي|الجارى|الحالى';
const THIS_WORD = new RegExp(`^(?:${THIS_WORDS})$`, 'u');
const DIR_SRC = `${LAST_WORDS}|${NEXT_WORDS}|${THIS_WORDS}`;
/** Cues that a bare weekday is ahead: "من المقرر أن يعقد الاجتماع الأحد", "حالة الطقس المتوقعة الخميس". */
const FUTURE_CUE_SRC = 'سوف|من المقرر|من المنتظر|من المتوقع|يعتزم|تعتزم';
/** Adjectives of a scheduled event (الجلسة المقررة الأحد): ahead only when no verb in the clause says otherwise (لم تعقد الجلسة المقررة الأحد). */
const SCHEDULED_SRC = 'المقرر|المقررة|المتوقع|المتوقعة|المرتقب|المرتقبة';
/**
 * Verbs of announcements, fixtures and forecasts, as stems after the imperfect's ي / ت (تنطلق, يعقد,
 * تشهد): before a bare weekday, the event is ahead (تنطلق البطولة الخميس), and with س or سوف all the more
 * (سيشهد الطقس يوم الخميس). After لم the imperfect is past (لم يعقد الاجتماع الأحد).
 */
const IMPERFECT_STEMS = 'نطلق|بدأ|شهد|قام|عقد|نعقد|لتقي|ستضيف|ستأنف|ختتم|فتتح|جري|جرى|صل|زور|واجه|خوض|حل|لعب|ستقبل|نظم|نتهي|عود|تواصل|ستمر|صوت|رتفع|نخفض|سود|تساقط|هطل|غادر|ترأس|لقي|فتح|حتفل|ناقش|جتمع|ستكمل|شارك|نظر|ستهل|صدر|علن|ستأنف|بت|طلق|كون|حسم|قرر';
/** Past verbs of reports: before a bare weekday, the day is the latest (أعلنت الوزارة الخميس, عقد المجلس يوم الأحد). */
const PAST_STEMS = 'أعلن|اعلن|قال|عقد|أكد|اكد|ذكر|أفاد|افاد|شهد|أصدر|اصدر|وقع|التقى|استقبل|انطلق|بدأ|بدا|اختتم|افتتح|جرى|جرت|أجرى|اجرى|أجرت|نظم|شارك|قتل|صرح|نشر|كشف|أقيم|اقيم|زار|وصل|أوضح|اوضح|أشار|اشار|أضاف|اضاف|دعا|دعت|طالب|أطلق|اطلق|وافق|صادق|أقر|اقر|ناقش|اجتمع|احتفل|فاز|خسر|تعادل|سجل|تلقى|أصيب|اصيب|توفي|اعتقل|شن|استهدف|سقط|حسم|قرر';
/** The tense of the verbs before a bare weekday, the nearest one deciding (توقعت الأرصاد أن يشهد الطقس الخميس: ahead). */
const TENSE_CUE = new RegExp(`(?<![\\p{L}\\p{M}])(?:(?<fut>${FUTURE_CUE_SRC.replace(/ /gu, '\\s{1,2}')})|(?<sched>${SCHEDULED_SRC})|[وف]?(?<neg>لم\\s{1,2})?(?:لن\\s{1,2}|سوف\\s{1,2})?س?[يت](?:${IMPERFECT_STEMS})(?:ان|ون|ن)?|[وف]?(?<past>${PAST_STEMS})(?:ت|وا|ا|تا)?)(?![\\p{L}\\p{M}])`, 'gu');
/** Ordinal day words: الأول من مارس, الحادي والعشرين من يونيو. */
const ORDINAL_UNITS: ReadonlyArray<readonly [string, number]> = [
  ['الأول', 1], ['الاول', 1], ['الحادي', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الخامس', 5], ['السادس', 6],
  ['السابع', 7], ['الثامن', 8], ['التاسع', 9], ['العاشر', 10],
];
const ORDINAL_DAY_SRC = `((?:${ORDINAL_UNITS.map(([w]) => w).join('|')})(?:\\s{1,2}عشرة?|\\s{1,2}و(?:العشرين|الثلاثين))?|العشرين|الثلاثين)`;
function ordinalDay(words: string): number | undefined {
  if (words === 'العشرين') return 20;
  if (words === 'الثلاثين') return 30;
  const [first, rest] = words.split(/\s+/u) as [string, string | undefined];
  const unit = ORDINAL_UNITS.find(([w]) => w === first)?.[1];
  if (unit === undefined) return undefined;
  if (!rest) return unit === 1 && first === 'الحادي' ? undefined : unit;
  if (rest === 'عشر' || rest === 'عشرة') return unit === 10 ? undefined : 10 + unit;
  return unit + (rest === 'والعشرين' ? 20 : 30);
}
/** An ordinal after a week word is a week of the month (الأسبوع الأول من يوليو, الأسبوع الأول من الشهر المقبل), not its first day. */
const NOT_A_WEEK = String.raw`(?<!(?:الأسبوع|الاسبوع|أسبوع|اسبوع|الأسابيع|الاسابيع)\s{1,2})`;
/** Ordinal days without the article, as Moroccan copy writes them before a month (سادس يوليوز); فاتح (the first) is read with أول and غرة. */
const BARE_ORDINALS: Readonly<Record<string, number>> = { ثاني: 2, ثالث: 3, رابع: 4, خامس: 5, سادس: 6, سابع: 7, ثامن: 8, تاسع: 9, عاشر: 10 };
/** Units of منذ/قبل/بعد N …: singular, dual, plural. */
const AGO_UNITS: ReadonlyArray<readonly [RegExp, 'day' | 'week' | 'month' | 'year', number]> = [
  [/^(?:يومين|يومان)$/u, 'day', 2], [/^(?:يوم|يوما|يومًا|أيام|ايام)$/u, 'day', 1],
  [/^(?:أسبوعين|اسبوعين)$/u, 'week', 2], [/^(?:أسبوع|اسبوع|أسابيع|اسابيع|أسبوعا)$/u, 'week', 1],
  [/^(?:شهرين|شهران)$/u, 'month', 2], [/^(?:شهر|شهرا|شهرًا|أشهر|اشهر|شهور)$/u, 'month', 1],
  [/^(?:عامين|عامان|سنتين|سنتان)$/u, 'year', 2], [/^(?:عام|عاما|عامًا|أعوام|اعوام|سنة|سنوات|سنين)$/u, 'year', 1],
];
const AGO_UNIT_SRC = 'يومين|يومان|يومًا|يوما|يوم|أيام|ايام|أسبوعين|اسبوعين|أسبوعا|أسبوع|اسبوع|أسابيع|اسابيع|شهرين|شهران|شهرًا|شهرا|شهر|أشهر|اشهر|شهور|عامين|عامان|عامًا|عاما|عام|أعوام|اعوام|سنتين|سنتان|سنة|سنوات|سنين';

/** Plural units of "the past / next N …" (الأيام الثلاثة الماضية), and a singular after a number in digits (الـ12 شهرا الماضية): months in a unit, or days. */
const SPAN_UNITS: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/^(?:أيام|ايام|يوما|يومًا|يوماً)$/u, 0, 1], [/^(?:أسابيع|اسابيع|أسبوعا|أسبوعًا|أسبوعاً)$/u, 0, 7],
  [/^(?:أشهر|اشهر|شهور|شهرا|شهرًا|شهراً)$/u, 1, 0], [/^(?:سنوات|أعوام|اعوام|سنين|عاما|عامًا|عاماً|سنة)$/u, 12, 0],
];
/** The duals: اليومين الماضيين, العامين المقبلين. */
const SPAN_DUALS: Readonly<Record<string, readonly [number, number]>> = {
  يومين: [0, 2], أسبوعين: [0, 14], اسبوعين: [0, 14], شهرين: [2, 0], عامين: [24, 0], سنتين: [24, 0],
};
/** A count after a plural, with the article: الثلاثة, الخمس, الاثني عشر. */
const SPAN_COUNTS: Readonly<Record<string, number>> = {
  الثلاثة: 3, الثلاث: 3, الأربعة: 4, الاربعة: 4, الأربع: 4, الاربع: 4, الخمسة: 5, الخمس: 5, الستة: 6, الست: 6, السبعة: 7, السبع: 7,
  الثمانية: 8, الثماني: 8, التسعة: 9, التسع: 9, العشرة: 10, العشر: 10, 'الاثني عشر': 12, 'الإثني عشر': 12, 'الاثنى عشر': 12, 'الاثنا عشر': 12,
};
/** The same counts without the article, after أول / آخر: أول ثلاثة أشهر, آخر خمسة أشهر. */
const BARE_COUNTS: Readonly<Record<string, number>> = Object.fromEntries(Object.entries(SPAN_COUNTS).map(([k, v]) => [k.replace(/^ال/u, ''), v]));
const MONTHS_PLURAL = '(?:أشهر|اشهر|شهور)';
const SPAN_PAST = 'الماضية|الماضيه|الأخيرة|الاخيرة|المنصرمة|الفائتة|الماضيين|الأخيرين|الاخيرين|المنصرمين';
const SPAN_NEXT = 'المقبلة|القادمة|المقبله|القادمه|المقبلين|القادمين';
/** Days counted from the day named last: في اليوم التالي, صباح اليوم السابق. */
const SINCE_LAST: Readonly<Record<string, number>> = { التالي: 1, التالى: 1, الموالي: 1, السابق: -1 };
/** Weekday names inside "أول جمعة من يوليو" (no article). */
const NTH_WEEKDAYS: Readonly<Record<string, number>> = { اثنين: 1, إثنين: 1, ثلاثاء: 2, أربعاء: 3, اربعاء: 3, خميس: 4, جمعة: 5, جمعه: 5, سبت: 6, أحد: 7, احد: 7 };
const NTH: Readonly<Record<string, number>> = { أول: 1, اول: 1, ثاني: 2, ثالث: 3, رابع: 4, آخر: -1, اخر: -1 };
/**
 * Ordinals after a weekday (الجمعة الأولى من يوليو, الخميس الأخير من الشهر): the feminine ones
 * agree only with الجمعة, and الأخير never names a day of the month; the masculine الأول,
 * الثاني… are left to the day they name (الأحد الثاني من مايو: Sunday 2 May).
 */
const NTH_AFTER: Readonly<Record<string, number>> = {
  الأولى: 1, الاولى: 1, الثانية: 2, الثالثة: 3, الرابعة: 4, الأخيرة: -1, الاخيرة: -1, الأخير: -1, الاخير: -1,
};
/**
 * National days fixed in the Gregorian calendar, by the country word after اليوم الوطني /
 * العيد الوطني (اليوم الوطني alone differs by country and is not read).
 */
const NATIONAL_DAYS: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/السعودي|السعودية/u, 9, 23], [/الكويت/u, 2, 25], [/قطر/u, 12, 18], [/البحرين/u, 12, 16], [/الإمارات|الامارات/u, 12, 2],
];
const NATIONAL_COUNTRY = '(?:ال)?(?:سعودي|كويتي|قطري|بحريني|إماراتي|اماراتي)|ل(?:ل)?(?:مملكة\\s{1,2}العربية\\s{1,2}السعودية|دولة\\s{1,2}(?:الكويت|قطر|الإمارات|الامارات)|مملكة\\s{1,2}البحرين)';

const REL_MONTH: Readonly<Record<string, number>> = withLam({
  'هذا الشهر': 0, 'الشهر الحالي': 0, 'الشهر الجاري': 0, 'الشهر الحالى': 0, 'الشهر الجارى': 0, 'الشهر قبل الماضي': -2, 'الشهر الماضي': -1, 'الشهر الماضى': -1, 'الشهر الماض': -1, 'الشهر السابق': -1,
  'الشهر المنصرم': -1, 'الشهر الفائت': -1, 'الشهر المقبل': 1, 'الشهر القادم': 1, 'الشهر التالي': 1, 'الشهر الجاي': 1,
});
const REL_DAY: Readonly<Record<string, number>> = {
  'أول أمس': -2, 'أول من أمس': -2, 'اول امس': -2, 'أمس الأول': -2, 'امس الاول': -2, 'قبل أمس': -2, 'قبل امس': -2,
  'أمس': -1, 'امس': -1, 'البارحة': -1, 'الأمس': -1, 'الليلة الماضية': -1, 'اليوم': 0, 'في هذا اليوم': 0, 'الليلة': 0, 'هذه الليلة': 0, 'غدا': 1, 'غداً': 1, 'غدًا': 1, 'بكرة': 1, 'بكرا': 1,
  'يوم غد': 1, 'يوم غدٍ': 1, 'يوم الغد': 1, 'صباح الغد': 1, 'مساء الغد': 1, 'ظهر الغد': 1, 'صباح غد': 1, 'مساء غد': 1, 'صباح غدٍ': 1, 'مساء غدٍ': 1, 'ظهر غدٍ': 1, 'غدٍ': 1, 'غد': 1, 'بعد غد': 2, 'بعد غدٍ': 2, 'بعد الغد': 2,
};
// Month names that are also ordinary words are only taken with a year or a day.
const AMBIGUOUS_MONTHS = new Set(['مارس', 'ماي', 'آب', 'اب', 'أوت', 'اوت']);
/** Names that hold اليوم and are no date: newspapers and channels (المصري اليوم, روسيا اليوم), and days that are occasions. */
const TODAY_NAME_BEFORE = /(?:صحيفة|جريدة|مجلة|موقع|صحيفتي|جريدتي|المصري|روسيا|الإمارات|الامارات|العرب|الخليج|أخبار|اخبار|برنامج|قناة|«|")\s{0,2}$/u;
/** "بغداد اليوم" in quotes, اليوم الإخبارية: an outlet's name. */
const QUOTED_NAME_BEFORE = /[«"“(]\s{0,2}[\p{L}\p{M}]{2,12}\s{1,2}$/u;
const OUTLET_AFTER = /^\s{0,2}(?:[»"”]|ال(?:إخبارية|اخبارية|السابع)(?![\p{L}\p{M}]))/u;
/** اليوم before these is a day of something (اليوم الوطني, اليوم الأول, اليوم الذي), not today. */
const NOT_TODAY_AFTER = /^\s{1,2}ال(?:وطني|عالمي|عالمى|دولي|قومي|أول|اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|أخير|اخير|تالي|موالي|سابق|ماضي|ذي|مفتوح|دراسي|رياضي|ختامي|افتتاحي|موعود|محدد|مشهود|نفسه|ذاته|كامل|واحد|عادي|مقرر|مخصص)(?![\p{L}\p{M}])/u;
/** A year that is a count or an amount: "في 2019 موظفا", "بعد 2010 دولار". */
const NOT_A_YEAR_AFTER = String.raw`(?![/.\-]\d)(?!\s{0,2}(?:[%٪]|(?:ال)?(?:مليون|مليار|ملايين|ألف|الف|آلاف|دولار|ريال|درهم|جنيه|دينار|ليرة|يورو|موظف|شخص|عامل|طالب|سهم|نقطة|طن|برميل|كيلو|كلم|متر|قتيل|جريح|مصاب|حالة|وحدة|سيارة|منزل|مسكن|أسرة|عائلة|مواطن|لاجئ|طفل|لاعب|مشارك|زائر|مسافر|صفقة|مشروع|شركة|مرة|ساعة|دقيقة|يوما|ميغا|ميجا)))`;

/** Hours as words: الساعة الرابعة, الحادية عشرة. */
const HOUR_WORDS: ReadonlyArray<readonly [string, number]> = [
  // Cardinals, after الساعة only (الساعة ثلاثة الصبح).
  ['واحدة', 1], ['اثنين', 2], ['ثنتين', 2], ['ثلاثة', 3], ['ثلاث', 3], ['أربعة', 4], ['اربعة', 4], ['أربع', 4], ['اربع', 4], ['خمسة', 5], ['خمس', 5],
  ['ستة', 6], ['ست', 6], ['سبعة', 7], ['سبع', 7], ['ثمانية', 8], ['ثماني', 8], ['تسعة', 9], ['تسع', 9], ['عشرة', 10],
  ['الواحدة', 1], ['الثانية عشرة', 12], ['الثانية عشر', 12], ['الثانية', 2], ['الثالثة', 3], ['الرابعة', 4], ['الخامسة', 5],
  ['السادسة', 6], ['السابعة', 7], ['الثامنة', 8], ['التاسعة', 9], ['العاشرة', 10], ['الحادية عشرة', 11], ['الحادية عشر', 11],
];
const HOUR_WORD_ALT = [...HOUR_WORDS].sort((a, b) => b[0].length - a[0].length).map(([w]) => w.replace(/ /gu, '\\s{1,2}')).join('|');
const HOUR_WORD_SRC = `(${[...HOUR_WORDS].filter(([w]) => w.startsWith('ال')).sort((a, b) => b[0].length - a[0].length).map(([w]) => w.replace(/ /gu, '\\s{1,2}')).join('|')})`;
/** The fraction after إلا (العاشرة إلا ربعاً), with its tanween or the article. */
const LESS_SRC = 'ربعاً|ربعًا|ربعا|ربع|الربع|ثلثاً|ثلثًا|ثلثا|ثلث|الثلث';
const lessWord = (w: string) => (w.startsWith('ربع') || w === 'الربع' ? 'ربع' : 'ثلث');
const FRACTION_MIN: Readonly<Record<string, number>> = { النصف: 30, نصف: 30, الربع: 15, ربع: 15, الثلث: 20, ثلث: 20 };
/** Words after an hour that say which half of the day: صباحاً, عصراً, مساءً, م. */
const PERIOD_SRC = 'بعد\\s{1,2}الظهر|صباحا|صباحاً|صباحًا|الصبح|صباح|فجرا|فجراً|فجرًا|الفجر|ظهرا|ظهراً|ظهرًا|الظهر|عصرا|عصراً|عصرًا|العصر|مساءً|مساءا|مساءاً|مساء|ليلا|ليلاً|ليلًا|الليل';
/** The half of the day after a bare hour word: not صباح / مساء alone, which begin "صباح اليوم" (المرة الثانية صباح اليوم); before غد they are the day's own words (مساء غد), left to ar.date.time-before-day. */
const PERIOD_BARE_SRC = PERIOD_SRC.split('|').map((w) => (w === 'صباح' || w === 'مساء' ? `${w}(?!\\s{1,2}(?!(?:اليوم|أمس|امس|يوم|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد)(?![\\p{L}\\p{M}]))\\p{L})` : w)).join('|');
function clock(hour: number, period: string | undefined): number {
  if (!period) return hour;
  if (/^(?:ص|صباح|الصبح|فجر|الفجر)/u.test(period)) return hour === 12 ? 0 : hour;
  if (/^(?:ظهر|الظهر)/u.test(period)) return hour <= 6 ? hour + 12 : hour;
  if (/^(?:ليل|الليل)/u.test(period) && hour === 12) return 0;
  return hour < 12 ? hour + 12 : hour;
}

/** The end of a time range after الساعة …: حتى 11, إلى الساعة الثالثة عصراً, - 14:30 (an hour word or digits, with its own half of the day). */
const TIME_END = String.raw`(?:\s{0,2}(?:حتى|وحتى|إلى|الى|وإلى|والى|[-–])\s{0,2}(?:(?:ال)?ساعة\s{1,2})?(?:(?<h2>\d{1,2})(?::(?<mm2>\d{2}))?(?!\s{0,2}[\d.,:])|(?<hw2>${HOUR_WORD_ALT})${E})(?:\s{0,2}(?<p2>${PERIOD_SRC}|ص|م)${E})?)?`;
/** Decades: التسعينيات, ثمانينات القرن الماضي. */
const DECADES: Readonly<Record<string, number>> = { عشرين: 20, ثلاثين: 30, أربعين: 40, اربعين: 40, خمسين: 50, ستين: 60, سبعين: 70, ثمانين: 80, تسعين: 90 };
/** A century named by its ordinal or by where it stands: القرن العشرين, القرن الماضي. */
const CENTURY_SRC = `((?:${ORDINAL_UNITS.map(([w]) => w).join('|')})(?:\\s{1,2}عشر|\\s{1,2}والعشرين)?|العشرين|الماضي|الحالي|الجاري)`;
function century(words: string): number | undefined {
  const w = words.replace(/\s+/gu, ' ');
  if (w === 'الماضي') return 20;
  if (w === 'الحالي' || w === 'الجاري') return 21;
  const n = ordinalDay(w);
  return n !== undefined && n >= 10 && n <= 21 ? n : undefined;
}

const HOLIDAY_SRC = ISLAMIC_HOLIDAYS.map(([n]) => n).sort((a, b) => b.length - a.length).map((n) => n.replace(/ /gu, '\\s{1,2}')).join('|');
const holidayOf = (name: string): HijriDay | undefined => ISLAMIC_HOLIDAYS.find(([n]) => n === name.replace(/\s+/gu, ' '))?.[1];
/** A country or city between a feast and its year word: عيد الأضحى بالمغرب لسنة 2024, عيد الفطر في مصر لعام 2023 (the year word must follow). */
const FEAST_PLACE = String.raw`(?:\s{1,2}(?:في\s{1,2}|ب)[\p{L}\p{M}]{2,14}(?=\s{1,2}(?:ل|ب)?(?:ال)?(?:عام|سنة)\s{1,2}[\d٠-٩]))?`;
/** Words before a bare رمضان that make it the month, not a name (محمد رمضان). */
const RAMADAN_CUE = /(?:شهر|خلال|في|قبل|بعد|منذ|حتى|طوال|نهاية|بداية|مطلع|منتصف|أواخر|أوائل|اواخر|اوائل|غرة|حلول|قدوم|اقتراب|موسم|ليالي|أيام|ايام)\s{1,2}$/u;

/** Parts a rule passes to the refiners below; the resolver never reads these. */
interface ArParts extends DateParts {
  /** A month placed by a word after it: يونيو الماضي (last), أول يوليو المقبل (next), الجاري (this year). */
  /** since: the latest on or before the reference (منذ 7 أكتوبر, with no year, is a day already past). */
  monthDir?: 'last' | 'next' | 'same' | 'since';
  /** A feast or month of the Hijri calendar with no year written: the reference's Gregorian year, or the next / last one. */
  feast?: HijriDay & { dir?: 1 | -1; years?: number };
  /** Easter of the reference year. */
  easter?: boolean;
  /** A time of day alone (الساعة الرابعة عصراً): joined to a date just before it. */
  time?: boolean;
}

/** "للعام الماضي": ل before the article drops its alif; each key is also read that way. */
function withLam(table: Readonly<Record<string, number>>): Readonly<Record<string, number>> {
  const out: Record<string, number> = { ...table };
  for (const [k, v] of Object.entries(table)) if (k.startsWith('ال')) out[`ل${k.slice(1)}`] = v;
  return out;
}

const at = (m: RegExpExecArray) => [m.index, m.index + m[0].length] as const;
const alt = (keys: Iterable<string>) => [...keys].sort((a, b) => b.length - a.length).map((k) => k.replace(/ /gu, '\\s{1,2}')).join('|');
const norm = (s: string | undefined) => (s ?? '').replace(/\s+/gu, ' ');
const REL_YEAR_SRC = alt(Object.keys(REL_YEAR));
const CONTEXT_YEAR_SRC = alt(Object.keys(CONTEXT_YEAR));
/**
 * The first or last months of a year, as statistics offices and company results write them:
 * الأشهر التسعة الأولى, التسعة الأشهر الأولى, الخمسة أشهر الأولى, الـ9 أشهر الأولى, الشهرين الأولين,
 * أول ثلاثة أشهر, آخر 3 أشهر. A year must follow (2025, عام 2025, العام الجاري, or العام / السنة:
 * the year named just before, else the reference's); without one (خلال الأشهر الستة الأخيرة) it
 * is the past months, read by ar.date.span.
 */
const YEAR_MONTHS_SRC = String.raw`${B}[وفبل]?(?:(?:(?:ال|لل)${MONTHS_PLURAL}\s{1,2}(?<countA>${alt(Object.keys(SPAN_COUNTS))})|(?<countB>${alt(Object.keys(SPAN_COUNTS))})\s{1,2}(?:ال)?${MONTHS_PLURAL}|(?:ال|لل)ـ?\s{0,2}(?<digits>\d{1,2})\s{1,2}${MONTHS_PLURAL}|(?:ال|لل)(?<dual>شهرين))\s{1,2}(?<order>الأولى|الاولى|الأولين|الاولين|الأخيرة|الاخيرة|الأخيرين|الاخيرين)|(?<nth>أول|اول|آخر|اخر)\s{1,2}(?:(?<countC>${alt(Object.keys(BARE_COUNTS))})\s{1,2}${MONTHS_PLURAL}|(?<digitsC>\d{1,2})\s{1,2}${MONTHS_PLURAL}|(?<dualC>شهرين)))${E}\s{0,2}(?:(?:من|في|خلال)\s{1,2})?(?:(?:(?:لل|بال|ال|ل|ب)?(?:عام|سنة)(?:\s{1,2}|\s{0,2}/\s{0,2}))?(?<year>(?:19|20)\d{2})(?!\d)${M_MARK}${NOT_A_YEAR_AFTER}|(?<rel>${REL_YEAR_SRC})${E}|(?<=(?:من|في|خلال)\s{1,2})(?:العام|السنة|للعام|للسنة)${E})`;

/** What a word after a month, or "من العام الماضي", says about its year. */
function tailParts(dir: string | undefined, relYear: string | undefined): ArParts {
  if (relYear) {
    const k = norm(relYear);
    if (REL_YEAR[k] !== undefined) return { yearOffset: REL_YEAR[k] };
    return { contextYear: true, yearOffset: CONTEXT_YEAR[k] ?? 0 };
  }
  if (!dir) return {};
  if (NEXT_WORD.test(dir)) return { monthDir: 'next' };
  if (LAST_WORD.test(dir)) return { monthDir: 'last' };
  return { monthDir: 'same' };
}
/** منذ just before a match: "منذ 7 أكتوبر", "منذ مطلع مارس" look back. */
const SINCE_BEFORE = /(?<![\p{L}\p{M}])[وف]?منذ\s{1,2}(?:يوم\s{1,2}|شهر\s{1,2})?$/u;
/** tailParts, or a look back when منذ stands just before a match with no year or word after its month. */
function dirParts(m: RegExpExecArray, dir: string | undefined, relYear: string | undefined): ArParts {
  if (!dir && !relYear && SINCE_BEFORE.test(m.input.slice(Math.max(0, m.index - 16), m.index))) return { monthDir: 'since' };
  return tailParts(dir, relYear);
}
const TAIL = `(?:\\s{0,2}[،,]?\\s{1,2}(${DIR_SRC})${E}|\\s{1,2}من\\s{1,2}(${REL_YEAR_SRC}|${CONTEXT_YEAR_SRC})${E})?`;

/** A year range's second year: 2016-2018, 2023/24 (a season or fiscal year), or null when it is no range. */
function secondYear(first: number, second: string): number | null {
  if (second.length === 2) {
    const y = Math.floor(first / 100) * 100 + Number(second);
    return y === first + 1 ? y : null;
  }
  const y = Number(second);
  return y > first && y - first <= 50 ? y : null;
}
const yearRange = (m: RegExpExecArray, rule: string, a: number, b: number | null) =>
  b === null ? null : dateSpan(...at(m), rule, { year: a }, { year: b });

/**
 * The words of a budget's name between موازنة / ميزانية and its year: الموازنة العامة الاتحادية 2024 (Iraq),
 * الموازنة العامة للدولة 2025 (Egypt, Jordan), ميزانية الدولة 2024, الموازنة التكميلية 2023.
 */
const BUDGET_ADJ = String.raw`(?:\s{1,2}(?:ال)?(?:عامة|اتحادية|تكميلية|تشغيلية|استثمارية|جديدة|سنوية|عمومية)${E}|\s{1,2}(?:للدولة|الدولة|للحكومة|الحكومة)${E}){0,3}`;

/** Arabic date rules, one example above each. */
export const AR_DATE_RULES: readonly DateRule[] = [
  // من 1/7/2025 ولغاية 31/7/2025, بين 1/7/2025 و31/7/2025: two numeric dates joined by a range word are one interval (و only after بين)
  { name: 'ar.date.numeric-range', pattern: new RegExp(`${B}(?:[وف]?(بين)\\s{1,2})?(?:تاريخ\\s{1,2})?(3[01]|[12]\\d|0?[1-9])\\s{0,2}/\\s{0,2}(1[0-2]|0?[1-9])\\s{0,2}/\\s{0,2}((?:19|20)\\d{2})${M_MARK}\\s{0,2}(?:[-–]|(?:و?(?:إلى|الى)\\s{1,2})?غاية|إلى|الى|حتى|وحتى|لغاية|ولغاية|وإلى|والى|(و))\\s{0,2}(?:تاريخ\\s{1,2})?(3[01]|[12]\\d|0?[1-9])\\s{0,2}/\\s{0,2}(1[0-2]|0?[1-9])\\s{0,2}/\\s{0,2}((?:19|20)\\d{2})(?![\\d/])${M_MARK}`, 'gu'), extract: (m) => {
    if (m[5] !== undefined && m[1] !== 'بين') return null;
    const from = { year: Number(m[4]), month: Number(m[3]), day: Number(m[2]) };
    const to = { year: Number(m[8]), month: Number(m[7]), day: Number(m[6]) };
    if (to.year * 10000 + to.month * 100 + to.day <= from.year * 10000 + from.month * 100 + from.day) return null;
    return dateSpan(...at(m), 'ar.date.numeric-range', from, to);
  } },
  // 19 يونيو 2025, 12 آب/أغسطس 2021, الخميس 15 أغسطس 2024, 29 يناير 1789
  { name: 'ar.date.dmy', pattern: new RegExp(`${B}${PFX}${WEEKDAY_PREFIX}${DAY_AL}(\\d{1,2})\\s{0,2}(?:من\\s{1,2})?(?:شهر\\s{1,2})?${MONTHS}${MONTH2}\\s{0,2}(?:[،,]\\s{0,2})?${YEAR_WORD}((?:1[0-9]|20)\\d{2})(?!\\d)${M_MARK}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.dmy', { year: Number(m[3]), month: arMonth(m[2] ?? ''), day: Number(m[1]) }) },
  // شهري يناير وفبراير, في مارس وأبريل 2024, خلال يناير وفبراير ومارس (one fact per month)
  { name: 'ar.date.month-list', pattern: new RegExp(`${B}[وفبل]?(?:شهري|أشهر|الأشهر|شهور|في|فى|خلال|حتى)\\s{1,2}${MONTHS}${MONTH2}(?:\\s{0,2}[،,]?\\s{0,2}و\\s{0,2}(?:شهر\\s{1,2})?(?:${AR_MONTH_PATTERN})${MONTH2}${E}){1,4}(?:\\s{0,2}${YEAR_WORD}${YEAR})?`, 'gu'), extract: (m) => {
    const year = m[2] ? { year: Number(m[2]) } : { refYear: true };
    const out: PendingDate[] = [];
    const names = new RegExp(`(?:^|[\\s،,و(/])(${AR_MONTH_PATTERN})(?![\\p{L}\\p{M}])`, 'gu');
    const text = m[0];
    let alias = false;
    for (const n of text.matchAll(names)) {
      const month = arMonth(n[1] ?? '');
      const start = m.index + (n.index ?? 0) + n[0].length - (n[1] ?? '').length;
      // "كانون الثاني/يناير": the second name is the same month.
      if (alias || /^[/(]/u.test(n[0])) { alias = false; const last = out[out.length - 1]; if (last) last.end = start + (n[1] ?? '').length; continue; }
      out.push(dateSpan(start, start + (n[1] ?? '').length, 'ar.date.month-list', { ...year, month }));
    }
    if (out.length < 2) return null;
    const last = out[out.length - 1] as PendingDate;
    last.end = m.index + m[0].length;
    return out;
  } },
  // بين يناير ومارس, من يناير إلى مارس 2024 (the months between, as an interval)
  { name: 'ar.date.month-range', pattern: new RegExp(`${B}[وف]?(?:بين|من)\\s{1,2}(?:شهر\\s{1,2})?${MONTHS}${MONTH2}\\s{1,2}(?:و|إلى|الى|حتى|وحتى)\\s{0,2}(?:شهر\\s{1,2})?${MONTHS}${MONTH2}${E}(?:\\s{0,2}${YEAR_WORD}${YEAR})?`, 'gu'), extract: (m) => {
    const a = arMonth(m[1] ?? '');
    const b = arMonth(m[2] ?? '');
    if (a === undefined || b === undefined || b <= a) return null;
    const year = m[3] ? { year: Number(m[3]) } : { refYear: true };
    return dateSpan(...at(m), 'ar.date.month-range', { ...year, month: a }, { ...year, month: b });
  } },
  // 13 إلى 15 يوليو 2025, 13-15 تموز (the first and last day)
  { name: 'ar.date.day-range', pattern: new RegExp(`${B}${PFX}(?:(بين)\\s{1,2})?(\\d{1,2})\\s{0,2}(?:[-–]|(?:و?(?:إلى|الى)\\s{1,2})?غاية|إلى|الى|حتى|لغاية|ولغاية|(و))\\s{0,2}(\\d{1,2})\\s{0,2}(?:(?:من\\s{1,2})?شهر\\s{1,2})?${MONTHS}${MONTH2}(?:\\s{0,2}${YEAR_WORD}${YEAR}|${E}${TAIL})`, 'gu'), extract: (m) => {
    // "و" joins the ends of a range only after بين; "1 و8 سبتمبر" alone is two days: read on from the second.
    if (m[3] && !m[1]) return m.index + m[0].indexOf(m[4] ?? '', m[0].indexOf('و'));
    const month = arMonth(m[5] ?? '');
    // بين 3 و5 يونيو الجاري, من 1 إلى 3 مارس من العام الماضي: the words after the month place it
    const base: DateParts = m[6] ? { year: Number(m[6]), month } : { refYear: true, month, ...tailParts(m[7], m[8]) } as ArParts;
    return dateSpan(...at(m), 'ar.date.day-range', { ...base, day: Number(m[2]) }, { ...base, day: Number(m[4]) });
  } },
  // يوليو 13-15, تموز 13 إلى 15 (the month first)
  { name: 'ar.date.month-day-range', pattern: new RegExp(`${B}(?:شهر\\s{1,2})?${MONTHS}${E}\\s{1,2}(\\d{1,2})\\s{0,2}(?:[-–]|إلى|الى|حتى)\\s{0,2}(\\d{1,2})(?![\\d.,:/])(?:\\s{0,2}${YEAR_WORD}${YEAR})?`, 'gu'), extract: (m) => {
    if (AMBIGUOUS_MONTHS.has(m[1] ?? '')) return null;
    const a = Number(m[2]);
    const b = Number(m[3]);
    if (a < 1 || b > 31 || b <= a) return null;
    const base: DateParts = m[4] ? { year: Number(m[4]), month: arMonth(m[1] ?? '') } : { refYear: true, month: arMonth(m[1] ?? '') };
    return dateSpan(...at(m), 'ar.date.month-day-range', { ...base, day: a }, { ...base, day: b });
  } },
  // يوم السبت 21/09, بتاريخ 21/9 (day and month in digits, only after a word that announces a date)
  { name: 'ar.date.numeric-dm', pattern: new RegExp(`${B}[وفب]?(?:(?:يوم\\s{1,2})?(?:${Object.keys(WEEKDAYS).join('|')})|يوم|بتاريخ|تاريخ|الموافق)\\s{0,2}[،,]?\\s{0,2}(3[01]|[12]\\d|0?[1-9])\\s{0,2}/\\s{0,2}(1[0-2]|0?[1-9])(?![\\d/]|[.,]\\d|\\s{1,2}/)`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.numeric-dm', { refYear: true, month: Number(m[2]), day: Number(m[1]) }) },
  // من 13 تموز إلى 15 آب 2025
  { name: 'ar.date.dm-range', pattern: new RegExp(`${B}${PFX}(?:(بين)\\s{1,2})?(\\d{1,2})\\s{0,2}${MONTHS}${MONTH2}\\s{0,2}(?:[-–]|(?:و?(?:إلى|الى)\\s{1,2})?غاية|إلى|الى|حتى|وحتى|وإلى|والى|لغاية|ولغاية|(و))\\s{0,2}(\\d{1,2})\\s{0,2}${MONTHS}${MONTH2}(?:\\s{0,2}${YEAR_WORD}${YEAR})?`, 'gu'), extract: (m) => {
    // بين 15 مارس و20 أبريل: a range; "15 مارس و20 أبريل" alone: two days, read by the day rules.
    if (m[4] && !m[1]) return m.index + m[0].indexOf(m[3] ?? '') + (m[3] ?? '').length;
    const from = { month: arMonth(m[3] ?? ''), day: Number(m[2]) };
    const to = { month: arMonth(m[6] ?? ''), day: Number(m[5]) };
    // من 20 ديسمبر إلى 10 يناير 2026: a range over the new year; the year written is its end's.
    const wraps = (from.month ?? 0) * 100 + from.day > (to.month ?? 0) * 100 + to.day;
    if (m[7]) return dateSpan(...at(m), 'ar.date.dm-range', { year: Number(m[7]) - (wraps ? 1 : 0), ...from }, { year: Number(m[7]), ...to });
    return dateSpan(...at(m), 'ar.date.dm-range', { refYear: true, ...from }, wraps ? { yearOffset: 1, ...to } : { refYear: true, ...to });
  } },
  // 15 مارس, الخميس 15 أغسطس (the year of the reference), 7 يوليو الجاري, 12 مايو الماضي, 3 مارس من العام الماضي
  { name: 'ar.date.dm', pattern: new RegExp(`${B}${PFX}${WEEKDAY_PREFIX}${DAY_AL}(\\d{1,2})\\s{0,2}(?:من\\s{1,2}(?!(?:${[...AMBIGUOUS_MONTHS].join('|')})${E}))?(?:شهر\\s{1,2})?${MONTHS}${MONTH2}${E}(?!\\s{0,2}(?:${YEAR_WORD})\\d)${TAIL}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.dm', { refYear: true, month: arMonth(m[2] ?? ''), day: Number(m[1]), ...dirParts(m, m[3], m[4]) } as ArParts) },
  // الأول من مارس, الحادي والعشرين من يونيو 2025, الثالث عشر من فبراير القادم
  { name: 'ar.date.ordinal', pattern: new RegExp(`${B}${NOT_A_WEEK}${WEEKDAY_PREFIX}${ORDINAL_DAY_SRC}\\s{1,2}من\\s{1,2}(?:شهر\\s{1,2})?${MONTHS}${E}(?:\\s{0,2}${YEAR_WORD}${YEAR}|${TAIL})`, 'gu'), extract: (m) => {
    const day = ordinalDay((m[1] ?? '').replace(/\s+/gu, ' '));
    if (day === undefined) return null;
    return dateSpan(...at(m), 'ar.date.ordinal', { ...(m[3] ? { year: Number(m[3]) } : { refYear: true, ...dirParts(m, m[4], m[5]) }), month: arMonth(m[2] ?? ''), day } as ArParts);
  } },
  // أول يوليو المقبل, غرة يناير 2024, آخر يونيو (أول and غرة are the first day; آخر, نهاية, مطلع… keep the month's grain)
  { name: 'ar.date.part-month', pattern: new RegExp(`${B}[وفب]?(أول|اول|غرة|فاتح|آخر|اخر|${PART_WORDS.split('|').filter((w) => !/^(?:أول|آخر|اخر|خلال|طوال|حتى|منذ|بحلول|قبل|بعد|مع)$/u.test(w)).join('|')})\\s{1,2}(?:شهر\\s{1,2})?${MONTHS}${MONTH2}${E}(?:\\s{0,2}${YEAR_WORD}${YEAR_EXT}${M_MARK}|${TAIL})`, 'gu'), extract: (m) => {
    // آخر أب: a father; نهاية آب, آخر شهر آب, أول آب/أغسطس are the month
    if ((m[2] === 'آب' || m[2] === 'اب') && !m[3] && !m[4] && !m[5] && /^(?:آخر|اخر|أول|اول)$/u.test(m[1] ?? '') && !/شهر|\//u.test(m[0])) return null;
    const month = arMonth(m[2] ?? '');
    const first = /^(?:أول|اول|غرة|فاتح)$/u.test(m[1] ?? ''); // فاتح: the first of a month in the Maghreb
    const year: ArParts = m[3] ? { year: Number(m[3]) } : { refYear: true, ...dirParts(m, m[4], m[5]) };
    return dateSpan(...at(m), 'ar.date.part-month', { ...year, month, ...(first ? { day: 1 } : {}) } as ArParts);
  } },
  // 15 رمضان 1446 هـ, 10 ذي الحجة, شهر رمضان, 1446 هـ (converted; the Hijri date is kept); 13 من رمضان 1442 (Moroccan
  // decrees: من between day and month only with a year after, so a count (5 من صفر) is not read)
  { name: 'ar.date.hijri', pattern: new RegExp(`${B}(?:${WEEKDAY_PREFIX}(\\d{1,2})\\s{0,2}(?:من\\s{1,2}(?:شهر\\s{1,2})?(?=(?:${HIJRI_MONTH_PATTERN})${E}\\s{0,2}(?:من\\s{1,2})?${HIJRI_YEAR_WORD}1[34]\\d{2}))?(${HIJRI_MONTH_PATTERN})${E}(?:\\s{0,2}(?:من\\s{1,2})?${HIJRI_YEAR_WORD}(1[34]\\d{2})(?!\\d)\\s{0,2}(?:[هھ]ـ|[هھ]${E}|هجري(?:ة)?|للهجرة)?)?|(?:شهر\\s{1,2})(${HIJRI_MONTH_PATTERN})${E}(?:\\s{0,2}(?:من\\s{1,2})?${HIJRI_YEAR_WORD}(1[34]\\d{2})(?!\\d)\\s{0,2}(?:[هھ]ـ|[هھ]${E}|هجري(?:ة)?|للهجرة)?)?|(?:عام\\s{1,2})?(1[34]\\d{2})\\s{0,2}(?:[هھ]ـ|[هھ]${E}|هجري(?:ة)?|للهجرة))`, 'gu'), extract: (m) => {
    if (m[1] !== undefined) {
      // A day and a month alone ("15 صفر") is too easily a count: it needs a year or a Hijri marker.
      if (m[3] === undefined && !/(?:رمضان|شوال|ذي الحجة|ذو الحجة|محرم|شعبان)/u.test(m[2] ?? '')) return null;
      return dateSpan(...at(m), 'ar.date.hijri', { hijri: { year: m[3] ? Number(m[3]) : undefined, month: hijriMonth(m[2] ?? ''), day: Number(m[1]) } });
    }
    if (m[4] !== undefined) return dateSpan(...at(m), 'ar.date.hijri', { hijri: { year: m[5] ? Number(m[5]) : undefined, month: hijriMonth(m[4]) } });
    return dateSpan(...at(m), 'ar.date.hijri', { hijri: { year: Number(m[6]) } });
  } },
  // ذي الحجة 1446, ربيع الأول 1447هـ (a Hijri month and year: its days)
  { name: 'ar.date.hijri-my', pattern: new RegExp(`${B}[وفب]?(${HIJRI_MONTH_PATTERN})${E}\\s{0,2}(?:من\\s{1,2})?${HIJRI_YEAR_WORD}(1[34]\\d{2})(?!\\d)(?:\\s{0,2}(?:[هھ]ـ|[هھ]${E}|هجري(?:ة)?|للهجرة))?`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.hijri-my', { hijri: { year: Number(m[2]), month: hijriMonth(m[1] ?? '') } }) },
  // غرة رمضان, غرة شوال 1446 هـ, فاتح شهر صفر لعام 1446 هجرية (the first day of a Hijri month; فاتح in Maghreb copy)
  { name: 'ar.date.hijri-first', pattern: new RegExp(`${B}[وفب]?(?:غرة|فاتح)\\s{1,2}(?:شهر\\s{1,2})?(${HIJRI_MONTH_PATTERN})${E}(?:\\s{0,2}(?:من\\s{1,2})?${HIJRI_YEAR_WORD}(1[34]\\d{2})(?!\\d)\\s{0,2}(?:[هھ]ـ|[هھ]${E}|هجري(?:ة)?|للهجرة)?)?`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.hijri-first', { hijri: { year: m[2] ? Number(m[2]) : undefined, month: hijriMonth(m[1] ?? ''), day: 1 } }) },
  // ٩ /١١ /١٤٤١هـ, 8/8/1442هـ, 1445/3/12 هـ (a year of the 1300s or 1400s is Hijri)
  { name: 'ar.date.hijri-numeric', pattern: /(?<![\d/.])(?:(3[01]|[12]\d|0?[1-9])\s{0,2}[/-]\s{0,2}(1[0-2]|0?[1-9])\s{0,2}[/-]\s{0,2}(1[34]\d{2})(?!\d)|(1[34]\d{2})\s{0,2}([/-])\s{0,2}(1[0-2]|0?[1-9])\s{0,2}\5\s{0,2}(30|[12]\d|0?[1-9])(?![\d/]|[.,]\d))(?:\s{0,2}(?:[هھ]ـ|[هھ](?![\p{L}\p{M}])|هجرية|هجري))?/gu, extract: (m) =>
    m[1] !== undefined
      ? dateSpan(...at(m), 'ar.date.hijri-numeric', { hijri: { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) } })
      : dateSpan(...at(m), 'ar.date.hijri-numeric', { hijri: { year: Number(m[4]), month: Number(m[6]), day: Number(m[7]) } }) },
  // عيد الفطر, عيد الأضحى 2024, رمضان 2019, شهر رمضان المقبل, رأس السنة الهجرية 1447, المولد النبوي الشريف
  { name: 'ar.date.holiday', pattern: new RegExp(`${B}[وفبلك]{0,2}(?:شهر\\s{1,2})?(${HOLIDAY_SRC})${E}(?:\\s{1,2}(?:المبارك|المباركة|السعيد|الشريف|الكريم|المعظم))?(?:${FEAST_PLACE}\\s{0,2}(?:من\\s{1,2})?(?:(?:ل|ب)?(?:ال)?(?:عام|سنة)\\s{1,2})?(?:(1[34]\\d{2})(?!\\d)(?:\\s{0,2}(?:[هھ]ـ|[هھ]${E}|هجري(?:ة)?|للهجرة))?|${YEAR}${M_MARK})|\\s{1,2}(${NEXT_WORDS}|${LAST_WORDS}|الحالي|الجاري)${E}|\\s{1,2}من\\s{1,2}(${REL_YEAR_SRC})${E})?`, 'gu'), extract: (m, ctx) => {
    const h = holidayOf(m[1] ?? '');
    if (!h) return null;
    const whole = m[0];
    if (h.day === undefined && !/^[وفبلك]{0,2}شهر/u.test(whole) && !m[2] && !m[3] && !m[4] && !m[5] && !/(?:المبارك|الكريم|المعظم)/u.test(whole)
      && !RAMADAN_CUE.test(ctx.scan.slice(Math.max(0, m.index - 12), m.index))) return null; // محمد رمضان: a name
    if (m[2]) return dateSpan(...at(m), 'ar.date.holiday', { hijri: { year: Number(m[2]), ...h } });
    if (m[3]) {
      const y = hijriYearIn(Number(m[3]), h);
      return y === null ? null : dateSpan(...at(m), 'ar.date.holiday', { hijri: { year: y, ...h } });
    }
    const dir = m[4] ? (NEXT_WORD.test(m[4]) ? 1 : LAST_WORD.test(m[4]) ? -1 : undefined) : undefined;
    // رمضان من العام الماضي: the feast in the Gregorian year that many years from the reference's
    const years = m[5] ? REL_YEAR[norm(m[5])] : undefined;
    return dateSpan(...at(m), 'ar.date.holiday', { hijri: { ...h }, feast: { ...h, ...(dir ? { dir } : {}), ...(years ? { years } : {}) } } as ArParts);
  } },
  // عيد الميلاد 2020, عيد الميلاد (25 December; not عيد الميلاد المجيد, which Egypt's Copts keep on 7 January)
  { name: 'ar.date.christmas', pattern: new RegExp(`${B}[وفبل]{0,2}عيد\\s{1,2}الميلاد${E}(?!\\s{1,2}المجيد)(?:\\s{0,2}(?:(?:عام|لعام)\\s{1,2})?${YEAR})?`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.christmas', m[1] ? { year: Number(m[1]), month: 12, day: 25 } : { refYear: true, month: 12, day: 25 }) },
  // عيد الفصح, عيد الفصح 2024 (Western Easter)
  { name: 'ar.date.easter', pattern: new RegExp(`${B}[وفبل]{0,2}عيد\\s{1,2}الفصح(?:\\s{1,2}المجيد)?${E}(?:\\s{0,2}(?:(?:عام|لعام)\\s{1,2})?${YEAR})?`, 'gu'), extract: (m) => {
    if (!m[1]) return dateSpan(...at(m), 'ar.date.easter', { easter: true, refYear: true, month: 4, day: 1 } as ArParts);
    const [month, day] = easter(Number(m[1]));
    return dateSpan(...at(m), 'ar.date.easter', { year: Number(m[1]), month, day });
  } },
  // 2/2013 (month and year)
  { name: 'ar.date.numeric-my', pattern: /(?<![\d/.-])(1[0-2]|0?[1-9])\/((?:19|20)\d{2})(?![\d/])/gu, extract: (m) =>
    dateSpan(...at(m), 'ar.date.numeric-my', { year: Number(m[2]), month: Number(m[1]) }) },
  // 19/6/2025, 19-6-2025, 19.06.2025 (day first)
  { name: 'ar.date.numeric', pattern: /(?<![\d/.-])(3[01]|[12]\d|0?[1-9])\s{0,2}([/.-])\s{0,2}(1[0-2]|0?[1-9])\s{0,2}\2\s{0,2}((?:1[5-9]|20)\d{2})(?![\d/]|[.-]\d)(?:\s?م(?![\p{L}\p{M}]))?/gu, extract: (m) =>
    dateSpan(...at(m), 'ar.date.numeric', { year: Number(m[4]), month: Number(m[3]), day: Number(m[1]) }) },
  // 2025/06/19, 2025-6-19 (year first)
  { name: 'ar.date.numeric-ymd', pattern: /(?<![\d/.-])((?:1[5-9]|20)\d{2})([/.-])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?![\d/]|[.-]\d)/gu, extract: (m) =>
    dateSpan(...at(m), 'ar.date.numeric-ymd', { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) }) },
  // 26/02/24 (a two-digit year: 2000-2069, else 1900s)
  { name: 'ar.date.numeric-yy', pattern: /(?<![\d/.-])(3[01]|[12]\d|0?[1-9])\/(1[0-2]|0[1-9]|[1-9])\/(\d{2})(?![\d/]|[.-]\d)/gu, extract: (m) => {
    const yy = Number(m[3]);
    return dateSpan(...at(m), 'ar.date.numeric-yy', { year: yy < 70 ? 2000 + yy : 1900 + yy, month: Number(m[2]), day: Number(m[1]) });
  } },
  // يونيو 2025, سبتمبر من عام 2025
  { name: 'ar.date.my', pattern: new RegExp(`${B}[وفب]?(?:شهر\\s{1,2})?${MONTHS}${MONTH2}\\s{0,2}(?:\\/\\s{0,2})?${YEAR_WORD}${YEAR_EXT}${M_MARK}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.my', { year: Number(m[2]), month: arMonth(m[1] ?? '') }) },
  // الربع الثالث من عام 2025, للربع الثالث 2023, الربع المالي الأول لعام 2023, الربع الأول من عامها المالي 2026, الربع الأخير من السنة المالية السابقة 2019
  { name: 'ar.date.quarter', pattern: new RegExp(`${B}${AL}(?:ربع|ثلاثي)\\s{1,2}(?:(?:ال)?مالي\\s{1,2})?(${alt(Object.keys(ORDINAL))})${E}(?:\\s{1,2}(?:ال)?مالي${E})?\\s{0,2}(?:(?:من|في|خلال)\\s{1,2})?(?:(?:لل|بال|ال|ل|ب)?(?:عام|سنة)(?:ها|ه|هم)?(?:\\s{1,2}(?:ال)?مالي(?:ة)?)?(?:\\s{1,2}(?:السابق|السابقة|الماضي|الماضية|المنصرم))?\\s{1,2})?(?:${YEAR}${M_MARK}|(${REL_YEAR_SRC})${E})`, 'gu'), extract: (m) => {
    const quarter = ORDINAL[m[1] ?? ''];
    if (m[2]) return dateSpan(...at(m), 'ar.date.quarter', { year: Number(m[2]), quarter });
    return dateSpan(...at(m), 'ar.date.quarter', { yearOffset: REL_YEAR[norm(m[3])] ?? 0, quarter });
  } },
  // النصف الأول من عام 2025, للنصف الثاني من العام الماضي
  { name: 'ar.date.half', pattern: new RegExp(`${B}${AL}(?:نصف|سداسي)\\s{1,2}(الأول|الاول|الثاني)${E}\\s{0,2}(?:(?:من|في|خلال)\\s{1,2})?(?:(?:لل|بال|ال|ل|ب)?(?:عام|سنة)(?:ها|ه|هم)?(?:\\s{1,2}(?:ال)?مالي(?:ة)?)?\\s{1,2})?(?:${YEAR}${M_MARK}|(${REL_YEAR_SRC})${E})`, 'gu'), extract: (m) => {
    const half = m[1] === 'الثاني' ? 2 : 1;
    if (m[2]) return dateSpan(...at(m), 'ar.date.half', { year: Number(m[2]), half });
    return dateSpan(...at(m), 'ar.date.half', { yearOffset: REL_YEAR[norm(m[3])] ?? 0, half });
  } },
  // السنة المالية 2005, للعام المالي 2026, ميزانية 2011, موازنة 2022/2023, العام المالي 2023-2024 (a range is the interval)
  { name: 'ar.date.fiscal', pattern: new RegExp(`${B}(?:${AL}|[وفبل]{0,2})(?:(?:سنة|عام)(?:ها|ه)?\\s{1,2}(?:ال)?مالي(?:ة)?|ميزانية|موازنة)${E}${BUDGET_ADJ}(?:\\s{1,2}(?:السابقة|الماضية|السابق|الماضي|الجاري|الجارية|الحالي|الحالية|المقبل|المقبلة|القادم|القادمة))?\\s{0,2}(?:(?:(?:ل|ال|لل)?(?:عام|سنة)\\s{1,2})?(?:(?:ال)?مالي(?:ة)?\\s{1,2})?)?(?:\\/\\s{0,2})?\\(?\\s{0,2}${YEAR}${M_MARK}(?:\\s{0,2}[-–—/ـ]\\s{0,2}((?:19|20)?\\d{2})(?!\\d))?(?:\\s{0,2}\\))?`, 'gu'), extract: (m) => {
    const a = Number(m[1]);
    if (!m[2]) return dateSpan(...at(m), 'ar.date.fiscal', { year: a });
    // Egyptian budgets name the later year first: 2019/2018.
    const b = m[2].length === 4 && Number(m[2]) === a - 1 ? a - 1 : secondYear(a, m[2]);
    if (b === null) return dateSpan(m.index, m.index + m[0].indexOf(m[1] ?? '') + 4, 'ar.date.fiscal', { year: a });
    return b < a ? dateSpan(...at(m), 'ar.date.fiscal', { year: b }, { year: a }) : yearRange(m, 'ar.date.fiscal', a, b);
  } },
  // 2016-2018, بين 2014-2018, للأعوام 2026-2028, العام الدراسي لعام 2013-2014 (the year word is part of the span),
  // not a number or an article (القانون رقم 2024-25, المادة 2019-2020) من 2016 إلى 2018, بين عامي 2020 و2022, الفترة 2016/2017
  { name: 'ar.date.year-range', pattern: new RegExp(`(?<![\\d/.\\-\\p{L}\\p{M}])(?:[وفل]?(?:من|بين|الفترة|للفترة|خلال|للأعوام|الأعوام|للسنوات|السنوات|الاعوام|للاعوام)\\s{1,2}(?:(?:عامي|العامين|سنتي|عام|العام|سنة)\\s{1,2})?|[وفبل]{0,2}(?:عام|العام|سنة|السنة|لعام|للعام|لسنة|للسنة)\\s{1,2})?(?<!(?:رقم|رقمه|المادة|مادة|البند|الفقرة)\\s{0,2}[(\\[]?\\s{0,2})${YEAR}${M_MARK}\\s{0,2}(?:[-–—ـ]|/(?=\\s{0,2}(?:19|20)?\\d{2}(?!\\d))|(?:إلى|الى|حتى|وحتى|و)\\s{0,2}(?:(?:عام|العام|سنة)\\s{1,2})?)\\s{0,2}((?:19|20)?\\d{2})(?!\\d)${M_MARK}${NOT_A_YEAR_AFTER}`, 'gu'), extract: (m) => {
    const a = Number(m[1]);
    const b = secondYear(a, m[2] ?? '');
    // "و" and "إلى" join two years only after a word that opens a range: بين 2014 و2018, من 2016 إلى 2018.
    const joined = /\d\s{0,2}(?:م\s{0,2})?(?:إلى|الى|حتى|وحتى|و)/u.test(m[0]);
    if (joined && !/^[وفل]?(?:من|بين|الفترة|للفترة|خلال|للأعوام|الأعوام|للسنوات|السنوات|الاعوام|للاعوام)/u.test(m[0])) return null;
    if (b === null) return null;
    return yearRange(m, 'ar.date.year-range', a, b);
  } },
  // في عامي 2002 و2003, العامين 2019 و2020 (two years: one fact each)
  { name: 'ar.date.year-pair', pattern: new RegExp(`${B}(?:[وفبل]{0,2})(?:عامي|العامين|سنتي|السنتين)\\s{1,2}${YEAR}${M_MARK}\\s{0,2}(?:و|أو|او)\\s{0,2}(?:(?:عام)\\s{1,2})?${YEAR}${M_MARK}`, 'gu'), extract: (m) => {
    const second = m[0].lastIndexOf(m[2] ?? '');
    return [
      dateSpan(m.index, m.index + m[0].indexOf(m[1] ?? '', m[0].search(/\d/u)) + 4, 'ar.date.year-pair', { year: Number(m[1]) }),
      dateSpan(m.index + second, m.index + m[0].length, 'ar.date.year-pair', { year: Number(m[2]) }),
    ];
  } },
  // التسعينيات, ثمانينات القرن الماضي, عشرينيات القرن الحالي (the ten years)
  { name: 'ar.date.decade', pattern: new RegExp(`${B}(?:${AL})?(عشرين|ثلاثين|أربعين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:يات|ات)${E}(?:\\s{1,2}(?:من\\s{1,2})?${AL}قرن\\s{1,2}${CENTURY_SRC}${E}(?:\\s{1,2}الميلادي)?)?(?!\\s{1,2}(?:من\\s{1,2})?(?:ال)?عمر)`, 'gu'), extract: (m) => {
    const tens = DECADES[m[1] ?? ''];
    if (tens === undefined) return null;
    const c = m[2] ? century(m[2]) : tens === 20 ? undefined : 20; // العشرينيات alone: the 1920s or the 2020s
    if (c === undefined) return null;
    const start = (c - 1) * 100 + tens;
    return dateSpan(...at(m), 'ar.date.decade', { year: start }, { year: start + 9 });
  } },
  // القرن العشرين, القرن التاسع عشر, القرن الحادي والعشرين, القرن الماضي (the hundred years)
  { name: 'ar.date.century', pattern: new RegExp(`${B}${AL}قرن\\s{1,2}${CENTURY_SRC}${E}(?:\\s{1,2}الميلادي)?`, 'gu'), extract: (m) => {
    const c = century(m[1] ?? '');
    if (c === undefined) return null;
    return dateSpan(...at(m), 'ar.date.century', { year: (c - 1) * 100 }, { year: (c - 1) * 100 + 99 });
  } },
  // نهاية عام 2026, بداية 2025 (year grain: the text names a part of the year, not a month)
  { name: 'ar.date.part-year', pattern: new RegExp(`${B}${PARTS_OF_YEAR}\\s{1,2}(?:عام|العام|سنة)?\\s{0,2}${YEAR}${M_MARK}${NOT_A_YEAR_AFTER}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.part-year', { year: Number(m[1]) }) },
  // نهاية العام, منتصف السنة (the year named just before, else the reference's); نهاية الشهر (the reference's month)
  { name: 'ar.date.part-this-year', pattern: new RegExp(`${B}[وفب]?(?:بداية|نهاية|منتصف|مطلع|أواخر|أوائل|اواخر|اوائل|أواسط|اواسط)\\s{1,2}(العام|السنة|الشهر)${E}(?!\\s{1,2}(?:ال|لل|\\d))`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.part-this-year', m[1] === 'الشهر' ? { monthOffset: 0 } : { nearYear: true }) },
  // عام 2025, العام 2024, سنة 2023, للعام 2026, عام 1869
  { name: 'ar.date.year-word', pattern: new RegExp(`${B}(?:[وفبلك]{0,2})(?:عام|العام|سنة|السنة)(?:\\s{1,2}|\\s{0,2}\\/\\s{0,2})${YEAR_EXT}${M_MARK}${NOT_A_YEAR_AFTER}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.year-word', { year: Number(m[1]) }) },
  // 2021م: a year with the Gregorian era mark
  { name: 'ar.date.year-mark', pattern: new RegExp(`(?<![\\d/.\\-])(?:${YEAR_EXT}م|${YEAR}\\sم)${E}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.year-mark', { year: Number(m[1] ?? m[2]) }) },
  // في 2026, حتى 2029, مقارنة بـ2019, وفي 2019 و2020: the year alone after a word that makes it one (the span is the year)
  { name: 'ar.date.prep-year', pattern: new RegExp(`${B}[وف]?(?:في|فى|منذ|حتى|بحلول|قبل|بعد|خلال|مطلع|لعام|طوال|عن|مقارنة\\s{1,2}(?:ب|مع)|قياسا\\s{1,2}ب|قياساً\\s{1,2}ب|مقابل|ميزانية|موازنة|(?:المماثلة|المماثل|نفسها|نفسه|ذاتها|ذاته|المقابلة|المقابل)\\s{1,2}(?:من|في))ـ?\\s{0,2}${YEAR}(?:\\s{0,2}(?:و|أو|او)\\s{0,2}${YEAR})?${NOT_A_YEAR_AFTER}`, 'gu'), extract: (m) => {
    const first = m.index + m[0].search(/\d/u);
    if (!m[2]) return dateSpan(first, m.index + m[0].length, 'ar.date.prep-year', { year: Number(m[1]) });
    const second = m.index + m[0].lastIndexOf(m[2]);
    return [
      dateSpan(first, first + 4, 'ar.date.prep-year', { year: Number(m[1]) }),
      dateSpan(second, m.index + m[0].length, 'ar.date.prep-year', { year: Number(m[2]) }),
    ];
  } },
  // الربع الأول (no year: the year named last, else the reference)
  { name: 'ar.date.quarter-ctx', pattern: new RegExp(`${B}${AL}(?:ربع|ثلاثي)\\s{1,2}(${alt(Object.keys(ORDINAL))})${E}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.quarter-ctx', { nearYear: true, quarter: ORDINAL[m[1] ?? ''] }) },
  // النصف الأول من العام, السداسي الثاني من السنة: the year named just before, else the reference year (not النصف الأول من المباراة)
  { name: 'ar.date.half-ctx', pattern: new RegExp(`${B}${AL}(?:نصف|سداسي)\\s{1,2}(الأول|الاول|الثاني)\\s{1,2}(?:من|في)\\s{1,2}(?:العام|السنة)${E}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.half-ctx', { nearYear: true, half: m[1] === 'الثاني' ? 2 : 1 }) },
  // يومي الأحد والإثنين 22 و23 يونيو, السبت 5 والأحد 6 أكتوبر 2024, الأحد والإثنين 22 و23 الجاري: two days, each restated by its weekday: one fact a day
  { name: 'ar.date.weekday-day-pair', pattern: new RegExp(`${B}[وفبل]?(?:يومي\\s{1,2})?(?:${WEEKDAY_NAMES}\\s{0,2}و\\s{0,2}(?:يوم\\s{1,2})?${WEEKDAY_NAMES}\\s{0,2}[،,]?\\s{0,2}\\(?\\s{0,2}(\\d{1,2})\\s{0,2}و\\s{0,2}|${WEEKDAY_NAMES}\\s{0,2}[،,]?\\s{1,2}(\\d{1,2})\\s{0,2}و\\s{0,2}(?:يوم\\s{1,2})?${WEEKDAY_NAMES}\\s{1,2})(\\d{1,2})\\s{0,2}(?:(?:من\\s{1,2})?(?:شهر\\s{1,2})?${MONTHS}${MONTH2}${E}(?:\\s{0,2}${YEAR_WORD}${YEAR})?|(?:من\\s{1,2})?(${THIS_WORDS}|${alt(Object.keys(REL_MONTH))})${E}|من\\s{1,2}(الشهر\\s{1,2}(?:نفسه|ذاته|عينه)|(?:نفس|ذات)\\s{1,2}الشهر)${E})`, 'gu'), extract: (m) => {
    const first = m[1] ?? m[2] ?? '';
    // 22 و23 الجاري, 5 و6 من الشهر المقبل: the month placed by the word after the days
    const rel = m[6] === undefined ? undefined : THIS_WORD.test(m[6]) ? 0 : REL_MONTH[norm(m[6])] ?? 0;
    const month = rel === undefined ? arMonth(m[4] ?? '') : undefined;
    // يومي الأربعاء والخميس 11 و12 من الشهر نفسه: the month the text named last
    const year: DateParts = m[7] ? { lastMonth: true } : rel !== undefined ? { monthOffset: rel } : m[5] ? { year: Number(m[5]) } : { refYear: true };
    const end1 = m[0].search(/\d/u) + first.length;
    const start2 = end1 + (/^\s*/u.exec(m[0].slice(end1))?.[0].length ?? 0);
    return [
      dateSpan(m.index, m.index + end1, 'ar.date.weekday-day-pair', { ...year, month, day: Number(first) }),
      dateSpan(m.index + start2, m.index + m[0].length, 'ar.date.weekday-day-pair', { ...year, month, day: Number(m[3]) }),
    ];
  } },
  // يومي 10 و11 يونيو, في 5 و6 نونبر, أيام 5 و6 و7 يوليو, 9 و10 و11 و12 ذي الحجة, يومي 22 و23 من الشهر الجاري: one fact a
  // day (with no word before them, three days at least: "1 و8 سبتمبر" alone is read by the day rules)
  { name: 'ar.date.day-list', pattern: new RegExp(`${B}[وفبل]?(?:(?<lead>يومي|أيام|ايام|في|فى)\\s{1,2})?(?<days>\\d{1,2}(?:\\s{0,2}[،,]?\\s{0,2}و\\s{0,2}\\d{1,2}(?![\\d.,:/])){1,7})\\s{0,2}(?:من\\s{1,2})?(?:شهر\\s{1,2})?(?:(?<hm>${HIJRI_MONTH_PATTERN})${E}(?:\\s{0,2}(?:من\\s{1,2})?${HIJRI_YEAR_WORD}(?<hy>1[34]\\d{2})(?!\\d)(?:\\s{0,2}(?:[هھ]ـ|[هھ]${E}|هجري(?:ة)?|للهجرة))?)?|(?<gm>${AR_MONTH_PATTERN})${MONTH2}${E}(?:\\s{0,2}${YEAR_WORD}(?<gy>(?:19|20)\\d{2})(?!\\d))?|(?<rel>${THIS_WORDS}|${alt(Object.keys(REL_MONTH))})${E}|(?<same>الشهر\\s{1,2}(?:نفسه|ذاته|عينه)|(?:نفس|ذات)\\s{1,2}الشهر)${E})`, 'gu'), extract: (m) => {
    const g = m.groups ?? {};
    const text = m[0];
    const days = [...(g.days ?? '').matchAll(/\d{1,2}/gu)].map((d) => Number(d[0]));
    if (days.length < (g.lead ? 2 : 3) || days.some((d) => d < 1 || d > 31)) return null;
    // يومي 5 و6 الجاري after في alone is two days; a list needs its days in order (5 و6 و7), else it is counts.
    if (days.some((d, k) => k > 0 && d <= (days[k - 1] as number))) return null;
    let parts: DateParts;
    if (g.hm) parts = { hijri: { year: g.hy ? Number(g.hy) : undefined, month: hijriMonth(g.hm) } };
    else if (g.gm) parts = g.gy ? { year: Number(g.gy), month: arMonth(g.gm) } : { refYear: true, month: arMonth(g.gm) };
    else if (g.same) parts = { lastMonth: true };
    else parts = { monthOffset: THIS_WORD.test(g.rel ?? '') ? 0 : REL_MONTH[norm(g.rel)] ?? 0 };
    const withDay = (day: number): DateParts => (parts.hijri ? { hijri: { ...parts.hijri, day } } : { ...parts, day });
    // Each day from its digits (a later one from its و, as the day rules read "و7 يوليو"); the last to the end of the month.
    const daysAt = m.index + text.indexOf(g.days ?? '');
    const out: PendingDate[] = [];
    for (const d of (g.days ?? '').matchAll(/(?:و\s{0,2})?\d{1,2}/gu)) {
      const start = daysAt + (d.index ?? 0);
      out.push(dateSpan(start, start + d[0].length, 'ar.date.day-list', withDay(Number(/\d+/u.exec(d[0])?.[0]))));
    }
    (out[out.length - 1] as PendingDate).end = m.index + text.length;
    return out;
  } },
  // حتى سبتمبر, في يونيو (month alone, year from the reference); يونيو الماضي, مارس من العام الماضي
  { name: 'ar.date.month', pattern: new RegExp(`(?<=${B}(?:[وف]?(?:في|فى|حتى|منذ|خلال|بداية|نهاية|منتصف|مطلع|أواخر|أوائل|اواخر|اوائل|أواسط|طوال|قبل|بعد)\\s{1,2}(?:شهر\\s{1,2})?|[وفبل]{0,2}شهر\\s{1,2}))${MONTHS}${MONTH2}${E}(?!\\s{0,2}(?:${AR_MONTH_PATTERN}|\\d))${TAIL}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.month', { month: arMonth(m[1] ?? ''), ...dirParts(m, m[2], m[3]) } as ArParts) },
  // من 20 إلى 25 من الشهر المقبل, بين 10 و12 من الشهر الجاري: a range of days in a month placed by a word
  { name: 'ar.date.day-range-rel', pattern: new RegExp(`${B}(?:(بين)\\s{1,2})?${DAY_AL}(\\d{1,2})\\s{0,2}(?:[-–]|إلى|الى|حتى|وحتى|(و))\\s{0,2}${DAY_AL}(\\d{1,2})\\s{1,2}(?:من\\s{1,2})?(${alt(Object.keys(REL_MONTH))})${E}`, 'gu'), extract: (m) => {
    if (m[3] && !m[1]) return m.index + m[0].indexOf(m[4] ?? '', m[0].indexOf('و'));
    const a = Number(m[2]);
    const b = Number(m[4]);
    if (a < 1 || b > 31 || b <= a) return null;
    const monthOffset = REL_MONTH[norm(m[5])] ?? 0;
    return dateSpan(...at(m), 'ar.date.day-range-rel', { monthOffset, day: a }, { monthOffset, day: b });
  } },
  // في 17 الجاري, منذ 25 الشهر الماضي (Levant, Iraq): a day of this or another month, without من; only after في/يوم/منذ/حتى/بتاريخ
  { name: 'ar.date.day-rel-bare', pattern: new RegExp(`(?<=${B}[وف]?(?:في|فى|يوم|منذ|حتى|بتاريخ|تاريخ)\\s{1,2})(\\d{1,2})\\s{1,2}(?:(${THIS_WORDS})|(${alt(Object.keys(REL_MONTH))}))${E}`, 'gu'), extract: (m) => {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return null;
    return dateSpan(...at(m), 'ar.date.day-rel-bare', { monthOffset: m[2] ? 0 : REL_MONTH[norm(m[3])] ?? 0, day });
  } },
  // 24 من الشهر الجاري, العاشر من الشهر الماضي (a day of a month named by where it stands)
  { name: 'ar.date.day-of-rel-month', pattern: new RegExp(`${B}${NOT_A_WEEK}(?:يوم\\s{1,2})?(?:${DAY_AL}(\\d{1,2})|${ORDINAL_DAY_SRC})\\s{1,2}من\\s{1,2}(${alt(Object.keys(REL_MONTH))})${E}`, 'gu'), extract: (m) => {
    const day = m[1] !== undefined ? Number(m[1]) : ordinalDay(norm(m[2]));
    if (day === undefined || day < 1 || day > 31) return null;
    return dateSpan(...at(m), 'ar.date.day-of-rel-month', { monthOffset: REL_MONTH[norm(m[3])] ?? 0, day });
  } },
  // في نفس اليوم, في اليوم ذاته, ذات اليوم (the day named last; not today: "نادي مصر في نفس اليوم")
  { name: 'ar.date.same-day', pattern: new RegExp(`${B}[وفب]?(?:(?:نفس|ذات)\\s{1,2}اليوم|اليوم\\s{1,2}(?:نفسه|ذاته|عينه))${E}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.same-day', { sinceLast: 0 }) },
  // 30 من الشهر نفسه, الخامس من الشهر ذاته, في العاشر من نفس الشهر (a day of the month the text named last)
  { name: 'ar.date.day-same-month', pattern: new RegExp(`${B}${NOT_A_WEEK}(?:يوم\\s{1,2})?(?:${DAY_AL}(\\d{1,2})|${ORDINAL_DAY_SRC})\\s{1,2}من\\s{1,2}(?:الشهر\\s{1,2}(?:نفسه|ذاته|عينه)|(?:نفس|ذات)\\s{1,2}الشهر)${E}`, 'gu'), extract: (m) => {
    const day = m[1] !== undefined ? Number(m[1]) : ordinalDay(norm(m[2]));
    if (day === undefined || day < 1 || day > 31) return null;
    return dateSpan(...at(m), 'ar.date.day-same-month', { lastMonth: true, day });
  } },
  // وحتى الثلاثاء 7 منه, إلى 15 منه (Gulf notices): a day of the month just named; only after a weekday or a word that
  // ends a range, so a count (اشترى 3 منه) is not read
  { name: 'ar.date.day-of-it', pattern: new RegExp(`(?:${B}(?:يوم\\s{1,2})?${WEEKDAY_NAMES}\\s{0,2}[،,]?\\s{0,2}|(?<=${B}[وف]?(?:حتى|إلى|الى|لغاية|يوم)\\s{1,2}))${DAY_AL}(\\d{1,2})\\s{1,2}منه${E}`, 'gu'), extract: (m) => {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return null;
    return dateSpan(...at(m), 'ar.date.day-of-it', { lastMonth: true, day });
  } },
  // سادس يوليوز الجاري, ثالث أكتوبر 2024 (Moroccan copy: an ordinal day without its article; an ambiguous month name needs a year or a word after it)
  { name: 'ar.date.bare-ordinal', pattern: new RegExp(`${B}${PFX}${WEEKDAY_PREFIX}(${Object.keys(BARE_ORDINALS).join('|')})\\s{1,2}(?:من\\s{1,2})?${MONTHS}${MONTH2}${E}(?:\\s{0,2}${YEAR_WORD}${YEAR}${M_MARK}|${TAIL})`, 'gu'), extract: (m) => {
    const month = arMonth(m[2] ?? '');
    const tail = m[4] !== undefined || m[5] !== undefined;
    if (month === undefined || (m[3] === undefined && !tail && AMBIGUOUS_MONTHS.has(m[2] ?? ''))) return null;
    const day = BARE_ORDINALS[m[1] ?? ''] as number;
    return dateSpan(...at(m), 'ar.date.bare-ordinal', m[3] !== undefined ? { year: Number(m[3]), month, day } : { refYear: true, month, day, ...dirParts(m, m[4], m[5]) } as ArParts);
  } },
  // التاسع والعشرين من شهر ذي الحجة لعام 1445هـ, العاشر من محرم (an ordinal day of a Hijri month)
  { name: 'ar.date.hijri-ordinal', pattern: new RegExp(`${B}${PFX}${WEEKDAY_PREFIX}${ORDINAL_DAY_SRC}\\s{1,2}من\\s{1,2}(?:شهر\\s{1,2})?(${HIJRI_MONTH_PATTERN})${E}(?:\\s{0,2}(?:من\\s{1,2})?${HIJRI_YEAR_WORD}(1[34]\\d{2})(?!\\d)\\s{0,2}(?:[هھ]ـ|[هھ]${E}|هجري(?:ة)?|للهجرة)?)?`, 'gu'), extract: (m) => {
    const day = ordinalDay(norm(m[1]));
    if (day === undefined || day > 30) return null;
    if (m[3] === undefined && !/(?:رمضان|شوال|ذي الحجة|ذو الحجة|محرم|شعبان)/u.test(m[2] ?? '')) return null;
    return dateSpan(...at(m), 'ar.date.hijri-ordinal', { hijri: { year: m[3] ? Number(m[3]) : undefined, month: hijriMonth(m[2] ?? ''), day } });
  } },
  // يونيو الماضي, شهر مارس المقبل, أكتوبر من العام الماضي (a month placed by the words after it)
  { name: 'ar.date.month-dir', pattern: new RegExp(`${B}[وفب]?(?:شهر\\s{1,2})?${MONTHS}${MONTH2}${E}(?:\\s{1,2}(${DIR_SRC})${E}|\\s{1,2}من\\s{1,2}(${REL_YEAR_SRC}|${CONTEXT_YEAR_SRC})${E})`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.month-dir', { month: arMonth(m[1] ?? ''), ...tailParts(m[2], m[3]) } as ArParts) },
  // العام الماضي, هذا العام, أواخر العام الماضي
  { name: 'ar.date.rel-year', pattern: new RegExp(`${B}${PART_PREFIX}[وفبل]?(${REL_YEAR_SRC})${E}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.rel-year', { yearOffset: REL_YEAR[norm(m[1])] ?? 0 }) },
  // الشهر الماضي, مطلع الشهر الجاري, الشهر التالي
  { name: 'ar.date.rel-month', pattern: new RegExp(`${B}${PART_PREFIX}[وفبل]?(${alt(Object.keys(REL_MONTH))})${E}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.rel-month', { monthOffset: REL_MONTH[norm(m[1])] ?? 0 }) },
  // العام السابق, العام نفسه (counted from the year named last)
  { name: 'ar.date.context-year', pattern: new RegExp(`${B}${PART_PREFIX}[وفبل]?(${CONTEXT_YEAR_SRC})${E}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.context-year', { contextYear: true, yearOffset: CONTEXT_YEAR[norm(m[1])] ?? 0 }) },
  // الأسبوع الماضي, هذا الأسبوع
  { name: 'ar.date.rel-week', pattern: new RegExp(`${B}${PART_PREFIX}[وفبل]?(${alt(Object.keys(REL_WEEK))})${E}`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.rel-week', { weekOffset: REL_WEEK[norm(m[1])] ?? 0 }) },
  // الأحد الماضي, يوم الثلاثاء المقبل, الثلاثاء (a bare weekday in a report: the latest one), الأحد من الأسبوع الماضي
  { name: 'ar.date.weekday', pattern: new RegExp(`${B}(?<!(?:صلاة|صلاتي|خطبة|خطيب|خطباء|خطب|إمام|امام)\\s{1,2})(?:[وبف]?)${WEEKDAY_SRC}(?:\\s{1,2}(${LAST_WORDS}|${NEXT_WORDS})|\\s{1,2}(?:من\\s{1,2})?(${alt(Object.keys(REL_WEEK))}))?${E}(?!\\s{1,2}عشر)`, 'gu'), extract: (m) => {
    const weekday = WEEKDAYS[m[1] ?? ''];
    if (weekday === undefined) return null;
    if (m[3]) return dateSpan(...at(m), 'ar.date.weekday', { weekday, weekOffset: REL_WEEK[norm(m[3])] ?? 0 });
    const dir: DateParts['weekdayDir'] = m[2] ? (NEXT_WORD.test(m[2]) ? 'next' : 'last') : 'latest';
    return dateSpan(...at(m), 'ar.date.weekday', { weekday, weekdayDir: dir });
  } },
  // جلستي الثلاثاء والأربعاء المقبلتين, يومي السبت والأحد المقبلين, الأحد والاثنين الماضيين (Gulf parliament and court
  // copy): two weekdays placed by one dual word after them, one fact each (the bare weekdays were read as past days)
  { name: 'ar.date.weekday-pair-dir', pattern: new RegExp(`${B}[وفبل]?(?:(?:يومي|جلستي|جلستَي|ليلتي)\\s{1,2})?(${Object.keys(WEEKDAYS).join('|')})\\s{1,2}و\\s{0,2}(${Object.keys(WEEKDAYS).join('|')})\\s{1,2}(?:(المقبلين|القادمين|المقبلتين|القادمتين)|(الماضيين|المنصرمين|الماضيتين|المنصرمتين|الفائتين))${E}`, 'gu'), extract: (m) => {
    const a = WEEKDAYS[m[1] ?? ''];
    const b = WEEKDAYS[m[2] ?? ''];
    if (a === undefined || b === undefined) return null;
    const dir: DateParts['weekdayDir'] = m[3] ? 'next' : 'last';
    const second = m.index + m[0].lastIndexOf(m[2] ?? '', m[0].length - (m[3] ?? m[4] ?? '').length - 1);
    return [
      dateSpan(m.index, m.index + m[0].indexOf(m[1] ?? '') + (m[1] ?? '').length, 'ar.date.weekday-pair-dir', { weekday: a, weekdayDir: dir }),
      dateSpan(second, m.index + m[0].length, 'ar.date.weekday-pair-dir', { weekday: b, weekdayDir: dir }),
    ];
  } },
  // الأشهر التسعة الأولى من عام 2025, التسعة الأشهر الأولى 2023, الخمسة أشهر الأولى من سنة 2019, أول ثلاثة أشهر من العام الجاري,
  // الأشهر الستة الأخيرة من 2024: the months of that year, an interval at month grain
  { name: 'ar.date.year-months', pattern: new RegExp(YEAR_MONTHS_SRC, 'gu'), extract: (m) => {
    const g = m.groups ?? {};
    const count = g.dual ?? g.dualC ? 2 : g.digits ?? g.digitsC ? Number(g.digits ?? g.digitsC) : g.countC ? BARE_COUNTS[norm(g.countC)] : SPAN_COUNTS[norm(g.countA ?? g.countB)];
    if (count === undefined || count < 2 || count > 11) return null;
    const last = /^(?:آخر|اخر)$/u.test(g.nth ?? '') || /خير/u.test(g.order ?? '');
    // الأشهر التسعة الأولى من العام: the year named just before, else the reference's
    const year: ArParts = g.year ? { year: Number(g.year) } : g.rel ? { yearOffset: REL_YEAR[norm(g.rel)] ?? 0 } : { nearYear: true };
    return dateSpan(...at(m), 'ar.date.year-months', { ...year, month: last ? 13 - count : 1 }, { ...year, month: last ? 12 : count });
  } },
  // في الأيام الثلاثة الماضية, السنوات الخمس المقبلة, الأشهر الاثني عشر الأخيرة, الـ12 شهرا الماضية, العامين المقبلين:
  // the days back from yesterday (or on from tomorrow) that many units, an interval of days. After خلال, طوال,
  // على مدى or منذ it is a length of time (خلال الأشهر الستة الماضية), as 近三年来 and 过去一周内 are: not read.
  { name: 'ar.date.span', pattern: new RegExp(`${B}(?<!(?:خلال|طوال|طيلة|مدى|مدار|منذ)\\s{1,2})[وفبل]?(?:ال|لل)(?:(أيام|ايام|أسابيع|اسابيع|أشهر|اشهر|شهور|سنوات|أعوام|اعوام|سنين)\\s{1,2}(${alt(Object.keys(SPAN_COUNTS))})|ـ?\\s{0,2}(\\d{1,2})\\s{1,2}(يوما|يومًا|يوماً|أسبوعا|أسبوعًا|أسبوعاً|شهرا|شهرًا|شهراً|عاما|عامًا|عاماً|سنة)|(${Object.keys(SPAN_DUALS).join('|')}))\\s{1,2}(${SPAN_PAST}|${SPAN_NEXT})${E}`, 'gu'), extract: (m, ctx) => {
    let months = 0;
    let days = 0;
    if (m[5]) [months, days] = SPAN_DUALS[m[5]] ?? [0, 0];
    else {
      const n = m[3] !== undefined ? Number(m[3]) : SPAN_COUNTS[norm(m[2])];
      const unit = SPAN_UNITS.find(([re]) => re.test(m[1] ?? m[4] ?? ''));
      if (!unit || n === undefined || n < 1) return null;
      [months, days] = [unit[1] * n, unit[2] * n];
    }
    const past = new RegExp(`^(?:${SPAN_PAST})$`, 'u').test(m[6] ?? '');
    return dateSpan(...at(m), 'ar.date.span', ...spanDays(ctx.refDate, past, months, days));
  } },
  // في اليوم التالي, صباح اليوم التالي, اليوم السابق: a day from the day named last (not "اليوم التالي للحرب", the day after something)
  { name: 'ar.date.since-last', pattern: new RegExp(`${B}(?:(?:صباح|مساء|ظهر|فجر)\\s{1,2})?[وفبل]?(?:ال|لل)يوم\\s{1,2}(التالي|التالى|الموالي|السابق)${E}(?!\\s{0,2}(?:ل|على|عن|من)[\\p{L}\\p{M}\\s])`, 'gu'), extract: (m) =>
    dateSpan(...at(m), 'ar.date.since-last', { sinceLast: SINCE_LAST[m[1] ?? ''] ?? 1 }) },
  // أول جمعة من يوليو, آخر خميس من الشهر الجاري, ثاني أحد في مايو 2024: a weekday counted in a month
  { name: 'ar.date.nth-weekday', pattern: new RegExp(`${B}[وفب]?(أول|اول|ثاني|ثالث|رابع|آخر|اخر)\\s{1,2}(?:يوم\\s{1,2})?(${Object.keys(NTH_WEEKDAYS).join('|')})\\s{1,2}(?:من|في|فى)\\s{1,2}(?:(?:شهر\\s{1,2})?${MONTHS}${E}(?:\\s{0,2}${YEAR_WORD}${YEAR})?|(${alt(Object.keys(REL_MONTH))})${E})`, 'gu'), extract: (m) => {
    const nthWeekday = { n: NTH[m[1] ?? ''] ?? 1, weekday: NTH_WEEKDAYS[m[2] ?? ''] ?? 5 };
    if (m[5]) return dateSpan(...at(m), 'ar.date.nth-weekday', { monthOffset: REL_MONTH[norm(m[5])] ?? 0, nthWeekday });
    return dateSpan(...at(m), 'ar.date.nth-weekday', { ...(m[4] ? { year: Number(m[4]) } : { refYear: true }), month: arMonth(m[3] ?? ''), nthWeekday });
  } },
  // الجمعة الأولى من يوليو, الخميس الأخير من الشهر الجاري, الجمعة الأخيرة من رمضان: a weekday, then its rank in a month (Gregorian or Hijri)
  { name: 'ar.date.nth-weekday-after', pattern: new RegExp(`${B}[وفب]?(?:يوم\\s{1,2})?(${Object.keys(WEEKDAYS).join('|')})\\s{1,2}(${Object.keys(NTH_AFTER).join('|')})\\s{1,2}(?:من|في|فى)\\s{1,2}(?:(?:شهر\\s{1,2})?(?:${MONTHS}|(${HIJRI_MONTH_PATTERN}))${E}(?:\\s{0,2}${YEAR_WORD}${YEAR})?|(${alt(Object.keys(REL_MONTH))})${E})`, 'gu'), extract: (m) => {
    const nthWeekday = { n: NTH_AFTER[m[2] ?? ''] ?? 1, weekday: WEEKDAYS[m[1] ?? ''] ?? 5 };
    if (/^ال(?:أولى|اولى|ثانية|ثالثة|رابعة)$/u.test(m[2] ?? '') && nthWeekday.weekday !== 5) return null; // a feminine rank agrees only with الجمعة
    if (m[6]) return dateSpan(...at(m), 'ar.date.nth-weekday-after', { monthOffset: REL_MONTH[norm(m[6])] ?? 0, nthWeekday });
    // A Hijri month (الجمعة الأخيرة من رمضان): in the Hijri year of the reference; with a Gregorian year written, not read.
    if (m[4]) return m[5] ? null : dateSpan(...at(m), 'ar.date.nth-weekday-after', { hijri: { month: hijriMonth(m[4]) }, nthWeekday });
    return dateSpan(...at(m), 'ar.date.nth-weekday-after', { ...(m[5] ? { year: Number(m[5]) } : { refYear: true }), month: arMonth(m[3] ?? ''), nthWeekday });
  } },
  // اليوم الوطني السعودي, العيد الوطني الكويتي, اليوم الوطني الـ94 للمملكة العربية السعودية, اليوم الوطني القطري 2024: a fixed day of the year
  { name: 'ar.date.national-day', pattern: new RegExp(`${B}${AL}(?:يوم|عيد)\\s{1,2}(?:ال)?وطني(?:\\s{1,2}الـ?\\s?\\d{1,3})?\\s{1,2}(${NATIONAL_COUNTRY})${E}(?:\\s{0,2}(?:(?:عام|لعام)\\s{1,2})?${YEAR})?`, 'gu'), extract: (m) => {
    const day = NATIONAL_DAYS.find(([re]) => re.test(m[1] ?? ''));
    if (!day) return null;
    return dateSpan(...at(m), 'ar.date.national-day', { ...(m[2] ? { year: Number(m[2]) } : { refYear: true }), month: day[1], day: day[2] });
  } },
  // منذ ثلاثة أشهر, قبل عامين, بعد يومين, منذ 5 سنوات, بعد أسبوعين من الآن (not قبل يومين من الانتخابات: from an event)
  { name: 'ar.date.ago', pattern: new RegExp(`${B}[وف]?(منذ|قبل|بعد)\\s{1,2}(?:(?:نحو|حوالي|قرابة)\\s{1,2})?(?:(${AR_NUMBER_SRC})\\s{1,2})?(${AGO_UNIT_SRC})${E}(?:\\s{1,2}من\\s{1,2}(?:الآن|الان|اليوم)${E})?(?!\\s{0,2}(?:\\d|من\\s|(?:${AR_MONTH_PATTERN}|${HIJRI_MONTH_PATTERN})${E}))`, 'gu'), extract: (m) => {
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
  // أمس, أول أمس, اليوم, يوم غدٍ, بعد غد, اليوم الخميس, اليوم (الثلاثاء)
  { name: 'ar.date.rel-day', pattern: new RegExp(`${B}(?:[وبفل]?)(?:يوم\\s{1,2})?(${alt(Object.keys(REL_DAY))})${E}(?:\\s{0,2}[(،,]?\\s{0,2}${WEEKDAY_SRC}${E}\\)?)?`, 'gu'), extract: (m, ctx) => {
    const word = norm(m[1]);
    // غد alone is "the future" (من أجل غد أفضل); before its weekday it is tomorrow (يومي غد الثلاثاء وبعد غد الأربعاء).
    if (word === 'غد' && !m[2] && !/يوم/u.test(m[0])) return null;
    if (word === 'اليوم' && !m[2]) {
      // صحيفة اليوم, المصري اليوم: a name; اليوم الوطني, اليوم الأول, اليوم الذي: an occasion or a day of something.
      if (TODAY_NAME_BEFORE.test(ctx.scan.slice(Math.max(0, m.index - 12), m.index))) return null;
      if (QUOTED_NAME_BEFORE.test(ctx.scan.slice(Math.max(0, m.index - 16), m.index)) || OUTLET_AFTER.test(ctx.scan.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      if (NOT_TODAY_AFTER.test(ctx.scan.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
    }
    return dateSpan(...at(m), 'ar.date.rel-day', { dayOffset: REL_DAY[word] ?? 0 } as DateParts);
  } },
  // الساعة الرابعة عصراً, الساعة 9 مساء, الساعة العاشرة والنصف صباحاً, الساعة 3 و15 دقيقة
  { name: 'ar.date.time-word', pattern: new RegExp(`${B}${AL}ساعة\\s{1,2}(?:(?<h>\\d{1,2})(?::(?<mm>\\d{2})|\\s{0,2}و\\s{0,2}(?<dm>\\d{1,2})\\s{0,2}دقيقة)?(?!\\s{0,2}[\\d.,:])|(?<hw>${HOUR_WORD_ALT})${E}(?:\\s{1,2}و\\s{0,2}(?:(?<fr>النصف|نصف|الربع|ربع|الثلث|ثلث)|(?<wm>\\d{1,2})\\s{0,2}دقيقة))?)(?:\\s{1,2}إلا\\s{1,2}(?<less>${LESS_SRC})${E})?(?:\\s{0,2}(?<p>${PERIOD_SRC}|ص|م)${E})?${TIME_END}`, 'gu'), extract: (m) => {
    const g = m.groups ?? {};
    const h = g.h !== undefined ? Number(g.h) : HOUR_WORDS.find(([w]) => w === norm(g.hw))?.[1];
    if (h === undefined || h > 23) return null;
    const mm = g.mm ?? g.dm ?? g.wm;
    if (g.less && (mm !== undefined || g.fr)) return null;
    // العاشرة إلا ربعاً: a quarter to ten, 9:45.
    const minute = g.less ? 60 - (FRACTION_MIN[lessWord(g.less)] as number) : mm !== undefined ? Number(mm) : g.fr ? FRACTION_MIN[g.fr] : undefined;
    if (minute !== undefined && minute > 59) return null;
    if (g.less) return dateSpan(...at(m), 'ar.date.time', { dayOffset: 0, hour: clock(h === 1 ? 12 : h - 1, g.p ? norm(g.p) : undefined), minute, time: true } as ArParts);
    // من الساعة 9 حتى 11 صباحاً: the half of the day said once, after the end, is both ends'.
    const p1 = g.p ?? g.p2;
    const start = clock(h, p1 ? norm(p1) : undefined);
    const parts = { dayOffset: 0, hour: start, ...(minute !== undefined ? { minute } : {}), time: true } as ArParts;
    const h2 = g.h2 !== undefined ? Number(g.h2) : g.hw2 !== undefined ? HOUR_WORDS.find(([w]) => w === norm(g.hw2))?.[1] : undefined;
    if (h2 === undefined || h2 > 23) return dateSpan(...at(m), 'ar.date.time', parts);
    const p2 = g.p2 ?? g.p;
    let end = clock(h2, p2 ? norm(p2) : undefined);
    if (!g.p2 && end < start && end < 12) end += 12; // من 10 صباحاً حتى 2: the afternoon
    if (end <= start || (g.mm2 !== undefined && Number(g.mm2) > 59)) return dateSpan(...at(m), 'ar.date.time', parts);
    const to = { dayOffset: 0, hour: end, ...(g.mm2 !== undefined ? { minute: Number(g.mm2) } : minute !== undefined ? { minute: 0 } : {}), time: true } as ArParts;
    return dateSpan(...at(m), 'ar.date.time', g.mm2 !== undefined && minute === undefined ? { ...parts, minute: 0 } : parts, to);
  } },
  // الرابعة عصراً, العاشرة والنصف صباحاً (an hour word needs the half of the day after it)
  // العاشرة إلا ربعاً, الحادية عشرة إلا ثلثاً مساءً (a quarter or a third to the hour: 9:45, 22:40; the half of the day may be left out)
  { name: 'ar.date.time-bare', pattern: new RegExp(`${B}[وف]?${HOUR_WORD_SRC}(?:(?:\\s{1,2}و\\s{0,2}(النصف|نصف|الربع|ربع|الثلث|ثلث))?\\s{1,2}(?:من\\s{1,2})?(${PERIOD_BARE_SRC})${E}|\\s{1,2}إلا\\s{1,2}(${LESS_SRC})${E}(?:\\s{1,2}(?:من\\s{1,2})?(${PERIOD_BARE_SRC})${E})?)`, 'gu'), extract: (m) => {
    const h = HOUR_WORDS.find(([w]) => w === norm(m[1]))?.[1];
    if (h === undefined) return null;
    if (m[4]) return dateSpan(...at(m), 'ar.date.time', { dayOffset: 0, hour: clock(h === 1 ? 12 : h - 1, m[5] ? norm(m[5]) : undefined), minute: 60 - (FRACTION_MIN[lessWord(m[4])] as number), time: true } as ArParts);
    // "للمرة الثانية صباح اليوم": the second time, this morning.
    if (h === 2 && /^(?:صباح|مساء)$/u.test(norm(m[3]))) return null;
    const minute = m[2] ? FRACTION_MIN[m[2]] : undefined;
    return dateSpan(...at(m), 'ar.date.time', { dayOffset: 0, hour: clock(h, norm(m[3])), ...(minute !== undefined ? { minute } : {}), time: true } as ArParts);
  } },
  // السابعة مساء غدٍ الثلاثاء, العاشرة صباح اليوم: an hour word before the part of the day that opens a day (the day keeps its own words; the two are joined after)
  { name: 'ar.date.time-before-day', pattern: new RegExp(`${B}[وف]?${HOUR_WORD_SRC}(?=\\s{1,2}(?:من\\s{1,2})?(صباح|مساء|ظهر|عصر|فجر)\\s{1,2}(?:يوم\\s{1,2})?(?:غدٍ|غد|الغد|اليوم|أمس|امس|${Object.keys(WEEKDAYS).join('|')})(?![\\p{L}\\p{M}]))`, 'gu'), extract: (m) => {
    const h = HOUR_WORDS.find(([w]) => w === norm(m[1]))?.[1];
    if (h === undefined || h === 2) return null;
    return dateSpan(...at(m), 'ar.date.time', { dayOffset: 0, hour: clock(h, m[2]), time: true } as ArParts);
  } },
  // 09:45 م, 12:34 مساءً, 08:06 (two-digit hours, or an hour with the half of the day)
  { name: 'ar.date.time-digits', pattern: new RegExp(`(?<![\\d:.,/])(\\d{1,2}):([0-5]\\d)(?::[0-5]\\d)?(?![\\d:]|[.,]\\d)(?:\\s{0,2}(${PERIOD_SRC}|ص|م)${E})?`, 'gu'), nativeLookBehind: true, extract: (m) => {
    const h = Number(m[1]);
    if (h > 23 || (!m[3] && (m[1] ?? '').length < 2)) return null;
    if (m[3] && h > 12) return null;
    return dateSpan(...at(m), 'ar.date.time', { dayOffset: 0, hour: clock(h, m[3] ? norm(m[3]) : undefined), minute: Number(m[2]), time: true } as ArParts);
  } },
];

/** A place named after a date: ساحة 20 غشت, شارع 26 يوليو, ملعب 5 جويلية, حي 8 ماي 1945, جسر 14 تموز. */
const PLACE_BEFORE = /(?<![\p{L}\p{M}])[وفبل]{0,2}(?:ال)?(?:ساحة|شارع|ميدان|ملعب|استاد|ستاد|حي|زنقة|جسر|كوبري|مدرسة|ثانوية|إعدادية|اعدادية|مستشفى|مطار|محطة|مسجد|قاعة)\s{1,2}$/u;
const placeName: Refiner<PendingDate> = {
  name: 'ar.date.place-name',
  refine(found, ctx) {
    const places = found.filter((d) => /^\d/u.test(ctx.scan.slice(d.start, d.end)) && d.parts.month !== undefined && PLACE_BEFORE.test(ctx.scan.slice(Math.max(0, d.start - 16), d.start)));
    // The name's shorter readings go with it (ماي 1945 inside حي 8 ماي 1945).
    return found.filter((d) => !places.some((p) => d.start < p.end && p.start < d.end));
  },
};

/**
 * A bare weekday takes its direction from the verb before it in its sentence, the nearest deciding:
 * an imperfect of an announcement or forecast (تنطلق البطولة الخميس, سيشهد الطقس يوم الخميس) or a
 * future cue (من المقرر أن …, سوف) is the next such day; a past verb (أعلنت الوزارة الخميس) or لم with
 * the imperfect keeps the latest. With no such verb the default (the latest) stands.
 */
const weekdayAhead: Refiner<PendingDate> = {
  name: 'ar.date.weekday-ahead',
  refine(found, ctx) {
    for (const d of found) {
      if (d.parts.weekdayDir !== 'latest') continue;
      const before = ctx.scan.slice(Math.max(0, d.start - 80), d.start).split(/[.!؟?\n]/u).pop() ?? '';
      let verb: boolean | undefined;
      let scheduled = false;
      for (const c of before.matchAll(TENSE_CUE)) {
        if (c.groups?.sched !== undefined) scheduled = true;
        else verb = c.groups?.fut !== undefined || (c.groups?.past === undefined && c.groups?.neg === undefined);
      }
      if (verb ?? scheduled) d.parts.weekdayDir = 'next';
    }
    return found;
  },
};

const isTime = (s: PendingDate) => (s.parts as ArParts).time === true;
const isBareWeekday = (s: PendingDate) => s.parts.weekday !== undefined && s.parts.weekOffset === undefined && !s.toParts;
const isDay = (s: PendingDate) => !s.toParts && !isTime(s) && grainOf(s.parts) === 'day' && s.parts.hour === undefined;
const isRelYear = (s: PendingDate) => !s.toParts && s.parts.year === undefined && !s.parts.hijri && grainOf(s.parts) === 'year' && (s.parts.yearOffset !== undefined || s.parts.contextYear === true);
const isAbsYear = (s: PendingDate) => !s.toParts && s.parts.year !== undefined && grainOf(s.parts) === 'year';
const isHijriYear = (s: PendingDate) => !s.toParts && s.parts.hijri?.year !== undefined && s.parts.hijri.month === undefined;
/**
 * Between a date and the same date said again: "الأحد (12 مايو)", "اليوم الثلاثاء", "الخميس، 15 مارس",
 * "الأحد بتاريخ 22/9/2013", "1-9-2013 الذي يصادف يوم الأحد" (Iraqi ministry notices); a Hijri date and its
 * twin: "، موافق" (Morocco), "ـ حسب تقويم أم القرى ـ الموافق" (Saudi notices).
 */
const RESTATE_GAP = /^\s{0,3}(?:[(\[،,–-]\s{0,3})?(?:ـ?\s{0,2}حسب\s{1,2}تقويم\s{1,2}أم\s{1,2}القرى\s{0,2}ـ?\s{0,3})?(?:(?:(?:و)?(?:الموافق|الموافقة|موافق|في|بتاريخ|تاريخ|المصادف|المصادفة)|(?:(?:الذي|التي|والذي|والتي)\s{1,2}|و)?(?:يصادف|يوافق|تصادف|توافق))(?:\s{0,2}لـ?)?\s{0,3})?(?:[(\[]\s{0,3})?$/u;
/** Between a date and its time: "الخميس الساعة 8", "26/02/24 08:06", "أمس في الرابعة عصراً", "الخميس من الساعة 9 حتى 11", a byline's "2026-02-15 | 2:51 مساءً". */
const TIME_GAP = /^\s{0,3}(?:[،,–|-]\s{0,3})?(?:(?:في|عند|على|حوالي|نحو|تمام|من)\s{1,2}){0,2}$/u;
/** A part of the day before a day: صباح اليوم, مساء أمس, فجر الخميس. */
const DAY_PART_BEFORE = /(?:^|[^\p{L}\p{M}])([وف]?(?:صباح|مساء|ظهر|عصر|فجر|ليلة|ظهيرة|ضحى)\s{1,2}(?:يوم\s{1,2})?)$/u;

function joined(a: PendingDate, b: PendingDate, keep: PendingDate, parts: DateParts, extra: Partial<PendingDate> = {}): PendingDate {
  return { ...keep, ...extra, start: a.start, end: b.end, parts, grain: grainOf(parts), relative: keep.relative, ...(keep.toParts ? { toParts: keep.toParts } : {}) };
}

/** The end of a time range (الساعة 9 حتى 11) on the day it joins, moved by the hours its start was moved (مساء أمس). */
function timeEnd(day: PendingDate, time: PendingDate, shift = 0): Partial<PendingDate> {
  const to = time.toParts;
  if (!to || to.hour === undefined) return {};
  const hour = to.hour + shift;
  return { toParts: { ...day.parts, hour: hour > 23 ? hour - 12 : hour, ...(to.minute !== undefined ? { minute: to.minute } : {}) } };
}

/** Two neighbours that are one date said twice, or a date and its time; null when they are two facts. */
function joinPair(a: PendingDate, b: PendingDate, gap: string): PendingDate | null {
  if (isTime(b) && isDay(a) && TIME_GAP.test(gap)) {
    return joined(a, b, a, { ...a.parts, hour: b.parts.hour, ...(b.parts.minute !== undefined ? { minute: b.parts.minute } : {}) }, timeEnd(a, b));
  }
  if (!RESTATE_GAP.test(gap)) return null;
  // ٢٢ شوال ١٣٩٨هـ الموافق ٢٥ سبتمبر ١٩٧٨م, 1447هـ (2026م): one date, the Gregorian value, the Hijri date kept.
  const aH = a.parts.hijri !== undefined;
  const bH = b.parts.hijri !== undefined;
  if (aH !== bH) {
    const [h, g] = aH ? [a, b] : [b, a];
    const sameGrain = (isDay(h) && isDay(g) && g.parts.weekday === undefined && g.parts.dayOffset === undefined) || (isHijriYear(h) && isAbsYear(g));
    if (sameGrain) return joined(a, b, g, g.parts, { hijriTwin: h.parts.hijri, rule: h.rule });
  }
  if (isBareWeekday(a) && isDay(b) && !isBareWeekday(b)) return joined(a, b, b, b.parts);
  // اليوم الثلاثاء (1 تشرين الأول 2024): the day written out.
  if (a.parts.dayOffset !== undefined && a.parts.hour === undefined && isDay(b) && b.parts.dayOffset === undefined && !isBareWeekday(b)) return joined(a, b, b, b.parts);
  if (isBareWeekday(b) && isDay(a) && !isBareWeekday(a)) return joined(a, b, a, a.parts);
  // العام السابق 2021م, العام الماضي (2024): the year written out.
  if (isRelYear(a) && isAbsYear(b)) return joined(a, b, b, b.parts);
  return null;
}

/**
 * A date said twice is one fact (اليوم (الثلاثاء), الأحد (12 مايو), a Hijri date
 * and its Gregorian twin); a time joins the day before it (الخميس الساعة 8); a
 * part of the day joins the day after it (صباح اليوم, مساء أمس).
 */
const restated: Refiner<PendingDate> = {
  name: 'ar.date.restated',
  refine(found, ctx) {
    const spans = dropOverlaps(found);
    // صباح اليوم, مساء أمس: the part of the day joins the day; it says which half of the day a bare hour is in.
    const dayPart = new Map<PendingDate, string>();
    let prevEnd = 0;
    for (const s of spans) {
      const before = prevEnd;
      prevEnd = s.end;
      if (!isDay(s)) continue;
      const part = DAY_PART_BEFORE.exec(ctx.scan.slice(Math.max(0, s.start - 16), s.start))?.[1];
      if (!part || s.start - part.length < before) continue;
      s.start -= part.length;
      dayPart.set(s, part);
    }
    const out: PendingDate[] = [];
    for (const s of spans) {
      const prev = out[out.length - 1];
      if (!prev || prev.end > s.start) {
        out.push(s);
        continue;
      }
      const gap = ctx.scan.slice(prev.end, s.start);
      // الساعة الواحدة ظهر اليوم, الثامنة من مساء أمس: the hour of the day after it.
      if (isTime(prev) && isDay(s) && /^\s{0,3}(?:من\s{1,2})?(?:يوم\s{1,2})?$/u.test(gap)) {
        const h = inHalf(prev.parts.hour as number, dayPart.get(s), ctx.scan.slice(prev.start, prev.end));
        out[out.length - 1] = joined(prev, s, s, { ...s.parts, hour: h, ...(prev.parts.minute !== undefined ? { minute: prev.parts.minute } : {}) }, timeEnd(s, prev, h - (prev.parts.hour as number)));
        continue;
      }
      // الثلاثاء وبعد غد الأربعاء: a day joined by و is the next of a list, not the one before said again.
      const j = /^\s{0,3}$/u.test(gap) && ctx.scan[s.start] === 'و' && !isTime(s) ? null : joinPair(prev, s, gap);
      if (j && isTime(s)) {
        const hour = inHalf(s.parts.hour as number, dayPart.get(prev), ctx.scan.slice(s.start, s.end));
        if (j.toParts?.hour !== undefined) j.toParts = { ...j.toParts, hour: Math.min(23, j.toParts.hour + hour - (j.parts.hour as number)) };
        j.parts = { ...j.parts, hour };
      }
      if (j) out[out.length - 1] = j;
      else out.push(s);
    }
    for (const s of out) {
      const text = ctx.scan.slice(s.start, s.end);
      if (text.includes('(') && !text.includes(')')) {
        const close = /^\s{0,2}\)/u.exec(ctx.scan.slice(s.end, s.end + 4));
        if (close) s.end += close[0].length;
      }
    }
    return out;
  },
};

/** An hour said without its half of the day, in the part of the day named beside it: مساء أمس الساعة التاسعة is 21. */
function inHalf(hour: number, part: string | undefined, timeText: string): number {
  if (!part || /(?:صباح|فجر|ظهر|عصر|مساء|ليل|الصبح|ص$|م$)/u.test(timeText.replace(/^\S*ساعة/u, ''))) return hour;
  if (/(?:مساء|عصر|ليلة)/u.test(part)) return hour < 12 ? hour + 12 : hour;
  if (/ظهر/u.test(part)) return hour <= 6 ? hour + 12 : hour;
  return hour;
}

/** Places what needs the reference: يونيو الماضي, أول يوليو المقبل, عيد الفطر with no year, عيد الفصح. */
const anchored: Refiner<PendingDate> = {
  name: 'ar.date.anchored',
  refine(found, ctx) {
    const ref: RefDate | null = ctx.refDate;
    if (!ref) return found;
    for (const s of found) {
      const p = s.parts as ArParts;
      if (p.monthDir && p.month !== undefined && p.year === undefined) {
        const later = p.day !== undefined ? p.month * 100 + p.day > ref.month * 100 + ref.day : p.month > ref.month;
        const earlier = p.day !== undefined ? p.month * 100 + p.day < ref.month * 100 + ref.day : p.month < ref.month;
        p.yearOffset = p.monthDir === 'next' ? (later ? 0 : 1) : p.monthDir === 'last' ? (earlier ? 0 : -1) : p.monthDir === 'since' ? (later ? -1 : 0) : 0;
      }
      if (p.feast && p.hijri && p.hijri.year === undefined) {
        const { dir, years, ...h } = p.feast;
        const y = dir ? hijriYearAround(dayTime(ref), h, dir) : hijriYearIn(ref.year + (years ?? 0), h);
        if (y !== null) p.hijri = { ...p.hijri, year: y };
      }
      if (p.easter && p.year === undefined) {
        const [month, day] = easter(ref.year);
        p.month = month;
        p.day = day;
      }
    }
    return found;
  },
};

/** Between the two ends of a range: إلى, حتى, إلى غاية (Maghreb), لغاية (Levant), a dash; و only after بين. */
const RANGE_GAP = /^\s{0,3}(?:[وف]?(?:إلى|الى|حتى|لغاية)|(?:و?(?:إلى|الى)\s{1,2})?غاية|[-–]|(?<and>و))\s{0,3}(?:(?:تاريخ|يوم)\s{1,2})?$/u;
/** What opens a range before its first end: من, ابتداء من, اعتبارا من, بداية من; بين for a range joined by و. */
const RANGE_OPEN = /(?:^|[^\p{L}\p{M}])(?:[وف]?(?<from>من)|(?<between>بين))\s{1,2}(?:(?:تاريخ|يوم)\s{1,2})?$/u;
const isWrittenDay = (s: PendingDate) => isDay(s) && (s.parts.hijri ? s.parts.hijri.day !== undefined && s.parts.hijri.month !== undefined : s.parts.day !== undefined && s.parts.month !== undefined);

/**
 * Two days written out, each with its own direction word or year, across a range word after من are one
 * interval: من 20 مارس الماضي إلى غاية 11 يونيو الجاري, من 2024/1/1 إلى 2024/6/30, من 1-7-2025 حتى 31-12-2025.
 * Only when the second resolves after the first (a range never runs back); with no reference and no
 * year the two days stay two facts.
 */
const dayRange: Refiner<PendingDate> = {
  name: 'ar.date.day-range-join',
  refine(found, ctx) {
    const out: PendingDate[] = [];
    for (const s of found) {
      const prev = out[out.length - 1];
      if (prev && !prev.toParts && prev.end <= s.start && isWrittenDay(prev) && isWrittenDay(s)) {
        // بين 3 يناير 2024 و5 فبراير 2024: the و may be the second day's own prefix.
        const and = /^\s{0,3}$/u.test(ctx.scan.slice(prev.end, s.start)) && ctx.scan[s.start] === 'و';
        const gap = and ? null : RANGE_GAP.exec(ctx.scan.slice(prev.end, s.start));
        const open = (and || gap) && RANGE_OPEN.exec(ctx.scan.slice(Math.max(0, prev.start - 24), prev.start));
        if (open && (and || gap?.groups?.and !== undefined) === (open.groups?.between !== undefined)) {
          const a = resolve(prev.parts, ctx.refDate, null).value;
          const b = resolve(s.parts, ctx.refDate, null).value;
          if (a && b && a < b) {
            out[out.length - 1] = { ...prev, end: s.end, rule: 'ar.date.range-join', toParts: s.parts };
            continue;
          }
        }
      }
      out.push(s);
    }
    return out;
  },
};

/** Arabic dates: the rules, then the refiners; overlaps and resolution are the date kind's. */
export const AR_DATES: KindRules<PendingDate> = { rules: withTriggers(AR_DATE_RULES, AR_DATE_TRIGGERS), refiners: [placeName, weekdayAhead, restated, anchored, dayRange] };
