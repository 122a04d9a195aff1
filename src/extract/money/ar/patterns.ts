import type { Per } from '../fact.js';
import { AR_WORD_END } from '../../../numerals/ar.js';
import { AR_CODES, AR_CURRENCIES } from './currencies.js';

/**
 * Patterns the Arabic money rules (./rules.ts) and the range refiner
 * (./ranges.ts) share: currency nouns, codes and symbols, the rate words
 * before a figure, and what makes the words after a figure a count.
 */

export const CURRENCY_SRC = AR_CURRENCIES.map((c) => c.noun).join('|');
// Longest first; an Arabic abbreviation as news spaces and ends it: ر.س, ر. س., ل.ل.
export const CODE_SRC = Object.keys(AR_CODES)
  .sort((a, b) => b.length - a.length)
  .map((c) => (/^\p{L}\.\p{L}$/u.test(c) ? `${c[0]}\\.\\s?${c[2]}\\.?` : c.replace(/[$.]/gu, '\\$&')))
  .join('|');
/** Before a figure: symbols, and ISO codes as wires write them beside Arabic ("USD 50 مليون", "SAR 2.5 مليار"). */
export const PRE_SYM_SRC = [String.raw`US\$|\$|€|£`, ...Object.keys(AR_CODES).filter((c) => /^[A-Z]{3}$/u.test(c))].join('|');
export const CURRENCY_AFTER = new RegExp(String.raw`^\s{0,3}(?:(?:من\s{1,2})?(?:${CURRENCY_SRC})${AR_WORD_END}|(?:${CODE_SRC})(?![A-Za-z\p{L}]))`, 'u');

/** Measures and pieces a price is quoted by, as they follow لل or لكل: "للكيلو", "لكل طن", "للمتر المربع". */
const MEASURE_NOUN = String.raw`كيلو(?:غرام|جرام|غ)?|كغ|كلغ|كجم|طن|برميل|غرام|جرام|أوقية|اوقية|أونصة|اونصة|أونصه|تر|لتر|ليتر|متر|رأس|راس|رغيف|قنطار|فدان|هكتار|دونم|علبة|كيس|قارورة|جالون|غالون|ميغاواط ساعة|كيلوواط ساعة`;
/**
 * The pieces and sacks market reports price by too, after لل or a slash ("للأردب", "/للوحدة", "للحزمة"): the
 * bunch, the sack, the ardeb, the box, the bottle, the cylinder. "سعر جوال السكر" names the goods as much as the
 * measure, so before a figure they count only with ل ("سعر للأردب").
 */
const PIECE_NOUN = String.raw`وحدة|حزمة|ربطة|باقة|حبة|قطعة|أردب|إردب|اردب|جوال|شوال|صندوق|كرتونة|قنينة|أسطوانة|اسطوانة|بيضة|رطل`;
export const PER_UNIT_NOUN = String.raw`(?:${MEASURE_NOUN}|${PIECE_NOUN})`;
// "إنفاق شهري بمليار دولار", "ربحية السهم 2.5 ريال": a rate word just before the figure.
// "الراتب الشهري 4500 ريال": the rate word right before the figure (not across قدره: the table keeps that one bare).
/** What may stand between a rate word and its figure: "راتب شهري قدره 900 دينار", "مكافأة سنوية بقيمة 5 آلاف درهم". */
const AMOUNT_WORD = String.raw`(?:\s{1,2}(?:قدره|قدرها|مقداره|مقدارها|بقيمة|بمبلغ|قيمته|قيمتها|يبلغ|تبلغ|بلغ|بلغت))?\s{1,2}$`;
export const PER_BEFORE: ReadonlyArray<readonly [RegExp, Per]> = [
  [new RegExp(String.raw`(?:^|\s)(?:ال)?شهري(?:ة|ا|اً|ًا)?${AMOUNT_WORD}`, 'u'), 'month'],
  [new RegExp(String.raw`(?:^|\s)(?:ال)?سنوي(?:ة|ا|اً|ًا)?${AMOUNT_WORD}`, 'u'), 'year'],
  [new RegExp(String.raw`(?:^|\s)(?:ال)?يومي(?:ة|ا|اً|ًا)?${AMOUNT_WORD}`, 'u'), 'day'],
  [new RegExp(String.raw`(?:^|\s)(?:ال)?أسبوعي(?:ة|ا|اً|ًا)?${AMOUNT_WORD}`, 'u'), 'week'],
  [/(?:ربحية|عائد|توزيعات|سعر) السهم(?: الواحد)?\s{1,2}(?:\p{L}{2,8}\s{1,2})?$/u, 'share'],
  // The measure named with the price before the figure: "سعر الطن 3200 جنيه", "سعر كيلو اللحم 450 جنيها",
  // "ارتفع سعر الكيلو إلى 5 دراهم", "سعر جرام الذهب عيار 21 سجل 4650 جنيها"; at most one noun after the measure, then verbs or prepositions.
  [new RegExp(
    String.raw`(?:سعر|ثمن|أسعار|اسعار)\s{1,2}(?:(?:ال)?(?:${MEASURE_NOUN})|(?:لل|ل)${PER_UNIT_NOUN})(?![\p{L}\p{M}])(?:\s{1,2}الواحد[ةه]?)?(?:\s{1,2}(?:ال)?[\p{L}\p{M}]{2,12})?(?:\s{1,2}عيار\s{1,2}\d{2})?` +
      String.raw`(?:\s{1,2}(?:[يت]?(?:بلغ|سجل|وصل|يصل|ارتفع|انخفض|تراجع|استقر|قفز)\p{L}{0,2}|إلى|الى|عند|نحو|حوالي))*${AMOUNT_WORD}`,
    'u',
  ), 'unit'],
];

// Nouns that make a figure a count, not money: "85 مليون مستخدم", "12 ألف نقطة", "10 ملايين برميل" (not after a
// preposition: "8.5 مليارات لمشروعات التنمية" is money for projects).
export const COUNT_NOUN = new RegExp(
  String.raw`^(?:ال)?(?:` +
    [
      'مستخدم', 'مشترك', 'شخص', 'أشخاص', 'اشخاص', 'نسم', 'مواطن', 'مقيم', 'سائح', 'سياح', 'زائر', 'زوار', 'لاجئ', 'نازح', 'مهاجر',
      'طالب', 'طلاب', 'تلميذ', 'تلاميذ', 'عامل', 'عمال', 'موظف', 'برميل', 'براميل', 'طن', 'أطنان', 'اطنان', 'متر', 'أمتار', 'كيلو\\p{L}{0,6}',
      'كلم', 'كم', 'ميل', 'أميال', 'قدم', 'سهم', 'أسهم', 'اسهم', 'وحد', 'نسخ', 'مشاهد', 'متابع', 'ناخب', 'جندي', 'جنود', 'طفل', 'أطفال',
      'اطفال', 'امرأة', 'نساء', 'رجل', 'رجال', 'مسافر', 'حاج', 'حجاج', 'معتمر', 'مصل', 'عميل', 'عملاء', 'زبون', 'زبائن', 'مريض', 'مرضى',
      'حال', 'إصاب', 'اصاب', 'جرع', 'لقاح', 'صوت', 'أصوات', 'منزل', 'مسكن', 'شق', 'سيار', 'هاتف', 'جهاز', 'أجهز', 'شجر', 'أشجار',
      'رأس', 'نقط', 'نقاط', 'ميغاواط', 'ميجاواط', 'ميغاوات', 'واط', 'قنطار', 'هكتار', 'فدان', 'دونم', 'لتر', 'غالون', 'مقعد', 'وظيف',
      'فرص', 'كتاب', 'صفح', 'تطبيق', 'حساب', 'منشأ', 'شرك', 'مشروع', 'مشاريع', 'مولود', 'قتيل', 'قتلى', 'جريح', 'جرحى', 'ضحي', 'ضحايا',
      'دول', 'مر', 'ضعف', 'أضعاف', 'درج', 'بايت', 'تغريد', 'رسال', 'طلب', 'مستفيد', 'أسر', 'اسر', 'عائل', 'فرد', 'أفراد', 'افراد',
      'بقر', 'حب', 'قطع', 'وجب', 'كيس', 'حاوي', 'غرام', 'جرام', 'أوقي', 'اوقي', 'شاب', 'مستهلك', 'مزارع', 'صياد', 'سجين', 'معتقل',
      'زيار', 'رحل', 'بطاق', 'مركب', 'طائر', 'سفين', 'حاسوب', 'خط', 'منتج', 'سلع', 'عبو', 'زجاج', 'مشجع', 'متفرج', 'قارئ', 'قراء',
      'نخل', 'رأس', 'حيوان', 'طير', 'دجاج', 'سمك', 'بيض', 'كتب', 'ملف', 'صور', 'فيديو', 'مرشح', 'عضو', 'أعضاء', 'لاعب', 'مسلم', 'صفق',
    ].join('|') +
    String.raw`)(?:ات|ين|ون|ان|ة|ه|ا|ي|ى)?(?![\p{L}\p{M}])`,
  'u',
);

/** True when what follows `at` is no currency of its own and no count: "و437 مليونا للخدمات". */
export function isBareAfter(scan: string, at: number): boolean {
  const rest = scan.slice(at, at + 40);
  if (CURRENCY_AFTER.test(rest)) return false;
  const w = /^\s{0,2}([\p{L}\p{M}]+)/u.exec(rest);
  return !(w && COUNT_NOUN.test(w[1] as string));
}

