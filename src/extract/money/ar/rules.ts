import { add, compare, mulInt, mulPow10, parseDecimal, type Decimal } from '../../../util/decimal.js';
import type { Qualifier } from '../../../facts/schema.js';
import type { CurrencySource, Per } from '../fact.js';
import { AR_NUMBER_SRC, AR_TOKEN_SRC, AR_WORD_END, parseArNumber, type ArNumber } from '../../../numerals/ar.js';
import type { ExtractContext, KindRules, MoneySpan, Refiner, Rule } from '../../types.js';
import { adjectiveKey, AR_CODES, AR_CURRENCIES, AR_DUAL_STEMS, AR_PARTS, codeKey, minorExponent, THREE_DECIMALS, type ArCurrency } from './currencies.js';
import { decideCurrency } from '../../refiners/currency.js';
import { countriesNamed, countryOfHost, type CountryCounts } from '../../country/index.js';
import { arBareCurrency, arBareFamily } from './region.js';
import { CODE_SRC, COUNT_NOUN, CURRENCY_SRC, isBareAfter, PER_BEFORE, PER_UNIT_NOUN, PRE_SYM_SRC } from './patterns.js';
import { arRanges } from './ranges.js';


/**
 * [clitic و/ب/ل/ف] [symbol] number currency [nationality]; a number word after the currency is the next
 * figure, never its adjective ("ألفا دولار وخمسمائة دينار"):
 * "9.3 مليار دولار", "بمليار دولار", "و500 مليون ريال سعودي", "بـ2,5 مليار يورو",
 * "ثلاثة مليارات دولار", "ألف ومائتين وخمسين مليون ريال", "5 مليارات من الدولارات", "$10".
 */
const AMOUNT = new RegExp(
  String.raw`(?<![\p{L}\p{M}\d.,])(?<prefix>(?:[وفبل]{0,2}الـ|[وفبل]{1,2}ـ?)\s?)?(?<sym>(?:${PRE_SYM_SRC})\s?)?(?<num>${AR_NUMBER_SRC})` +
    String.raw`(?:\s{0,3}(?:\(\s?(?:بليون|مليار)\s?\)\s{0,2}|(?<restated>\(\s?\d[\d.,]{0,18}\s?\))\s{0,2})?(?<cur>(?:من\s{1,2}(?=ال))?(?:${CURRENCY_SRC}))${AR_WORD_END}(?:\s{1,2}(?![وفبل]?(?:${AR_TOKEN_SRC}))(?<adj>(?:ال)?[\p{L}\p{M}]{2,14}))?` +
    // "1.383.753. ل.ل.": a stray dot after the digits before a dotted abbreviation.
    String.raw`|(?:\.(?=\s?\p{L}\.))?\s?(?<code>${CODE_SRC})(?![A-Za-z\p{L}]))?`,
  'gu',
);

const QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = ([
  ['لا يتجاوز', 'under'], ['لا تتجاوز', 'under'], ['لا يزيد على', 'under'], ['لا يزيد عن', 'under'], ['لا تزيد على', 'under'],
  ['لا تزيد عن', 'under'], ['ما لا يقل عن', 'over'], ['لا يقل عن', 'over'], ['لا تقل عن', 'over'], ['لم يقل عن', 'over'],
  ['لم تقل عن', 'over'], ['لن يقل عن', 'over'], ['لن تقل عن', 'over'], ['ما يزيد على', 'over'],
  ['ما يزيد عن', 'over'], ['ما يربو على', 'over'], ['يربو على', 'over'], ['بأكثر من', 'over'], ['أكثر من', 'over'],
  ['اكثر من', 'over'], ['أزيد من', 'over'], ['يزيد على', 'over'], ['يزيد عن', 'over'], ['تزيد على', 'over'],
  ['تزيد عن', 'over'], ['متجاوزة', 'over'], ['ما فوق', 'over'], ['فوق', 'over'],
  ['بأقل من', 'under'], ['أقل من', 'under'], ['اقل من', 'under'], ['ما دون', 'under'], ['دون', 'under'], ['تحت', 'under'],
  ['ما يقارب', 'approx'], ['ما يناهز', 'approx'], ['يقارب', 'approx'], ['تقارب', 'approx'], ['يناهز', 'approx'],
  ['تناهز', 'approx'], ['بحوالي', 'approx'], ['بحوالى', 'approx'], ['حوالي', 'approx'], ['حوالى', 'approx'], ['بنحو', 'approx'], ['نحو', 'approx'],
  ['بقرابة', 'approx'], ['قرابة', 'approx'], ['زهاء', 'approx'], ['بزهاء', 'approx'], ['تقريبا', 'approx'],
  ['في حدود', 'approx'], ['بحدود', 'approx'], ['ما يقرب من', 'approx'], ['يقرب من', 'approx'],
  // Caps: "بحد أقصى 10 آلاف درهم", "بحد أدنى 3 آلاف جنيه" (and "غرامة تصل إلى", below).
  ['بحد أقصى', 'under'], ['لا يتعدى', 'under'], ['لا تتعدى', 'under'], ['يتعدى', 'over'], ['تتعدى', 'over'],
  ['بحد اقصى', 'under'], ['حد أقصى', 'under'], ['بحد أدنى', 'over'], ['بحد ادنى', 'over'], ['حتى', 'under'],
] as Array<[string, Qualifier]>).sort((a, b) => b[0].length - a[0].length);
// Compiled once: a whole-word test per currency noun and per qualifier.
const CURRENCY_RES = AR_CURRENCIES.map((c) => [new RegExp(`^(?:من\\s{1,2})?(?:${c.noun})$`, 'u'), c] as const);
/**
 * Qualifier words before a figure; the group `w` is the part that joins the span when it touches the
 * figure ("نحو 4.70 مليار ريال", "أكثر من 50 مليون يورو", "يفوق خمسين مليون دينار"), as the gold marks it.
 */
const QUALIFIER_RES: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  // A conjunction may lean on the word: "ولا تزيد على".
  ...QUALIFIERS.map(([word, q]) => [new RegExp(`(?:^|[\\s،,(])[وف]?(?<w>${word})\\s{1,2}$`, 'u'), q] as const),
  // A fine or a possibility that reaches a figure is capped by it: "غرامة تصل إلى 500 ألف ريال", "قد يصل إلى";
  // revenue that reaches a figure is the figure ("إيرادات تصل إلى 91.8 مليار دولار").
  [/(?:غرام|عقوب|مخالف|قد\s)\p{L}{0,4}\s{0,2}(?:\p{L}{2,12}\s{1,2})?(?:ت|ي)صل\s{1,2}(?:إلى|الى)\s{1,2}$/u, 'under'] as const,
  // Negated, they cap it: "لا تتجاوز التكلفة عشرة دنانير", "لم يتخط الإنفاق 5 ملايين".
  [/(?:^|[\s،,(])(?:و?لا|لم|لن)\s{1,2}(?<w>(?:ت|ي)?(?:تجاوز|تخط|تخطى|فاق|يفوق|تفوق)(?:ت|ى|ا|ان)?)\s{1,2}(?<subject>\p{L}{2,14}\s{1,2})?$/u, 'under'] as const,
  // Verbs may have their subject between them and the figure: "تجاوزت الخسائر 13 مليار دولار".
  [/(?:^|[\s،,(])(?<w>(?:ت|ي)?(?:تجاوز|تخط|تخطى|فاق|يفوق|تفوق)(?:ت|ى|ا|ان)?)\s{1,2}(?<subject>\p{L}{2,14}\s{1,2})?$/u, 'over'] as const,
];
const ENDS_IN_SPACE = /\s$/u;
const QUALIFIER_WORDS: ReadonlySet<string> = new Set(QUALIFIERS.map(([w]) => w));
const QUALIFIER_AFTER = /^\s{1,2}(تقريبا|تقريباً|تقريبًا|على الأقل|على الاقل|فأكثر|فما فوق|كحد أقصى|كحد اقصى|كحد أدنى|كحد ادنى|فأقل|فما دون)/u;

// "في العام" is a rate only when no date follows: not "في العام السابق", "في العام 2024".
const NO_DATE_AFTER = String.raw`(?: الواحد)?(?!\s{1,2}(?:ال|\d))`;
// "100 درهم عن كل يوم حبس", "لكل يوم": عن and ل may come before كل.
const PER_AFTER: ReadonlyArray<readonly [RegExp, Per]> = [
  [new RegExp(String.raw`^\s{1,2}(?:شهري(?:اً|ًا|ا)|(?:في|(?:عن\s{1,2}|ل)?كل|ب)\s?(?:ال)?شهر${NO_DATE_AFTER})`, 'u'), 'month'],
  [new RegExp(String.raw`^\s{1,2}(?:سنوي(?:اً|ًا|ا)|(?:في|(?:عن\s{1,2}|ل)?كل|ب)\s?(?:ال)?(?:سنة|عام)${NO_DATE_AFTER})`, 'u'), 'year'],
  [new RegExp(String.raw`^\s{1,2}(?:يومي(?:اً|ًا|ا)|(?:في|(?:عن\s{1,2}|ل)?كل|ب)\s?(?:ال)?يوم${NO_DATE_AFTER})`, 'u'), 'day'],
  [new RegExp(String.raw`^\s{1,2}(?:أسبوعي(?:اً|ًا|ا)|(?:في|(?:عن\s{1,2}|ل)?كل|ب)\s?(?:ال)?أسبوع${NO_DATE_AFTER})`, 'u'), 'week'],
  [/^\s{1,2}(?:للسهم(?: الواحد)?|لكل سهم|للسهم الواحد)/u, 'share'],
  [/^\s{1,2}(?:للفرد|لكل فرد|للشخص|لكل شخص|للمواطن|لكل مواطن|(?:للطالب|لكل طالب|للحاج|لكل حاج|للمعتمر|لكل معتمر|للمسافر|لكل مسافر|للموظف|لكل موظف)(?![\p{L}\p{M}]))/u, 'person'],
  // A price per measure or per piece: "4 دراهم للكيلوغرام", "2300 دولار للأوقية", "45 جنيها للتر", "5000 درهم للرأس".
  [new RegExp(String.raw`^\s{1,2}(?:لل|لكل\s{1,2})${PER_UNIT_NOUN}(?:\s{1,2}(?:ال)?مربع)?(?:\s{1,2}الواحد[ةه]?)?(?![\p{L}\p{M}])`, 'u'), 'unit'],
  // As price lists write it after a slash: "5 دراهم/كلغ", "54 دج/كغ", "1403 مي/كغ", "8 دراهم/ للوحدة".
  [new RegExp(String.raw`^\s{0,2}/\s{0,2}(?:لل|ال|ل)?${PER_UNIT_NOUN}(?![\p{L}\p{M}])`, 'u'), 'unit'],
];

const EXCHANGE_BEFORE = /سعر (?:ال)?صرف|سعر (?:ال)?دولار|سعر (?:ال)?يورو|(?:دولار|يورو|درهم|ريال|دينار|جنيه)\p{L}{0,4}(?: ال?\p{L}{2,10})?\s{0,2}(?:=|ي?ُ?ساوي|تساوي|يعادل|تعادل)\s{0,2}$/u;
const EXCHANGE_AFTER = /^\s{0,2}=|^\s{0,2}(?:(?:مقابل|أمام|امام)\s{1,2}(?:(?:1|واحد)\s{1,2})?(?:ال)?|لل|لكل\s{1,2})(?:دولار|يورو|جنيه|ريال|درهم|دينار)(?:\s(?:ال)?(?:واحد|أمريكي|الأمريكي))?(?![\p{L}])/u;

/** A line of a rate list: a currency with the article, its adjective, a colon ("الدولار الأمريكي: "), before a figure in another. */
const RATE_LIST_BEFORE = /(?:^|[\s🔹•*\-–])ال(دولار|يورو|درهم|ريال|دينار|جنيه|جنية|ليرة|فرنك|ين|يوان|روبل)((?:\s{1,2}ال[\p{L}\p{M}]{2,14}){0,2})\s{0,2}[:：]\s{0,2}$/u;
/** The currency stem of a noun as written: "جنيهاً" → "جنيه". */
function stemOf(noun: string): string {
  return /دولار|يورو|درهم|دراهم|ريال|دينار|دنانير|جني[هة]|لير|فرنك|يوان|روبل|ين/u.exec(noun)?.[0].replace(/جنية/u, 'جنيه').replace(/دراهم/u, 'درهم').replace(/دنانير/u, 'دينار') ?? noun;
}

/** The old ouguiya named anywhere in the article: "أوقية قديمة", "الأوقية القديمة", "الوقية القديمة". */
const OLD_OUGUIYA = /(?:أوقي|اوقي|وقي)\p{L}{0,3}\s{1,2}(?:ال)?قديم/u;
/** What an ounce weighs after the noun: "أوقية من الذهب", "أوقية ذهب", "أونصة من الفضة". */
const OUNCE_OF_METAL = /^\s{0,2}(?:[\p{L}\p{M}]{2,10}\s{1,2})?(?:من\s{1,2})?(?:ال)?(?:ذهب|فض[ةه]|بلاتين|بلاديوم|معدن|المعدن)/u;

/** "رقم 1500", "هاتف 2000", "المادة 12": a number that names something, not an amount. */
const NUMBER_NAME_BEFORE = /(?:رقم|هاتف|جوال|القضية|المادة|الفقرة|البند|ص\.ب)\s{0,2}[:#]?\s{0,2}$/u;
/** "… مليار دينار و437 مليونا": و and a smaller figure with no currency of its own. */
const HALF_AFTER = /^\s{0,2}و\s?(نصف|ربع)(?:\s{1,2}(?:ال)?(?:مليار|مليون|ألف|الف))?(?![\p{L}\p{M}])/u;
/** A figure whose last word is a scale word ("3 مليارات", "مليون ونصف"), not units ("ألف وخمسمائة"). */
const SCALE_LAST = /(?:^|[\s\d])(?:ال)?(?:تر[يی]?ليون|مليار|بليون|مليون|ملايين|ملايير|ألف|الف|آلاف|الاف)[\p{L}\p{M}\u0640]{0,4}\s?$|(?:نصف|ربع)(?:\s{1,2}(?:ال)?[\p{L}]{3,9})?\s?$/u;
const CONTINUED = new RegExp(String.raw`^\s{0,2}و\s?(${AR_NUMBER_SRC})`, 'u');
/** "3 دولارات و45 سنتا": و, a figure, then a fraction noun of the currency before it (see AR_PARTS). */
const PARTS_AFTER = AR_PARTS.map((p) => ({ ...p, re: new RegExp(String.raw`^\s{0,2}و\s?(${AR_NUMBER_SRC})\s{0,2}(?:${p.minor})${AR_WORD_END}`, 'u') }));
/** A scale word alone in the form of the nominative dual in construct: "مليونا", "مليارا", "تريليونا". */
const DUAL_CONSTRUCT = /^(?:مليون|مليار|بليون|تر[يی]?ليون)ا$/u;
/** Gold after a currency noun makes it a coin: "ليرة ذهبية", "جنيهات ذهب", "الجنيه الذهب". */
const GOLD_COIN = /^(?:ال)?ذهب/u;
/** A number that reads as a year: "في 2019 سنت الحكومة قانونا". */
const YEAR_LIKE = /^(?:1[89]|20)\d\d$/u;

/** A count named before the figure: "بلغ عدد المستخدمين 85 مليونا", "سكانها 100 مليون". */
const COUNT_BEFORE = /عدد|تعداد|سكان|نسم|(?:كمي[ةه]|كميات)(?!\s{1,2}(?:ال)?(?:نقد|نقود|أموال|اموال))/u;
/**
 * A count just before, then من/مقابل/إلى and a bare figure: "803.66 ملايين سهم من 861.80 مليونا",
 * "485.77 ألف صفقة مقابل 474.70 ألفا": the second figure counts what the first does.
 */
const COUNT_RESTATED = /(?:مليون|ملايين|مليار|مليارات|ألف|آلاف|الف|الاف)\p{M}{0,2}\s{1,2}([\p{L}\p{M}]{2,14})\s{1,2}(?:من|مقابل|إلى|الى|عن|بعد)\s{1,2}$/u;
/** Words after a bare figure that leave it standing alone: a preposition, a time, a rate, a new clause. */
const FUNCTION_AFTER = /^(?:في|فى|من|خلال|مقابل|كل|عن|على|إلى|الى|حتى|مع|أو|او|فقط|تقريب\p{M}{0,2}ا\p{M}{0,2}|سنوي\p{M}{0,2}ا\p{M}{0,2}|شهري\p{M}{0,2}ا\p{M}{0,2}|يومي\p{M}{0,2}ا\p{M}{0,2}|عام|العام|لعام|بين|منذ|بعد|قبل|حالي\p{M}{0,2}ا\p{M}{0,2}|هذا|هذه|مقارنة|بنهاية|بحلول|لل\p{L}+|و\p{L}+)$/u;
/** A price named just before a figure: "سعر كيلو الفروج المنظف بـ", "سعر كيلو لحم الخروف سجل". */
const PRICE_HEAD = /(?:^|[\s،,(])[وب]?(?:ال)?(?:سعر|ثمن|تسعيرة)(?:\s{1,2}[\p{L}\p{M}]{2,14}){0,5}\s{1,2}(?:(?:إلى|الى|عند|نحو|حوالي)\s{1,2})?$/u;
/** Words that make a sentence about money: "وصلت أرباح المطورين إلى 4 مليارات". */
const MONEY_CUES = /أرباح|ارباح|ربح|إيراد|ايراد|عائدات|مبيعات|موازن|ميزاني|عجز|إنفاق|انفاق|نفقات|مخصصات|تمويل|قرض|قروض|استثمار|ديون|منحة|المنح|رأس ?المال|رأسمال|الأصول|خسائر|خسارة|تكلف|تكاليف|كلفة|صفقة|صفقات|احتياطي|ودائع|رواتب|أجور|غرامة|غرامات|ضرائب|رسوم|ثروة|سيولة|صادرات|واردات|قيمة|الدخل|دخله|دخلها|الناتج|تبرع|مساعدات|مستحقات|سندات|صكوك|اكتتاب|أموال|اموال|مبلغ|أسعار|ثمن|ربحية|رأس مال/u;
/** A figure with a currency: what makes its sentence's bare figures money ("… 690.1 مليار جنيه، مقابل 579.9 ملياراً"). */
const CURRENCY_WORD = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${CURRENCY_SRC})${AR_WORD_END}|\d\s?(?:${CODE_SRC})(?![A-Za-z\p{L}])|(?:${PRE_SYM_SRC})\s?\d`, 'gu');
const NUMBER_BEFORE = new RegExp(String.raw`(?:${AR_TOKEN_SRC})\s{0,3}(?:من\s{1,2})?$`, 'u');

/** A fraction word before a scale word: "ثلاثة أرباع مليون", "ثلث مليار", "ثلثي المليون". */
const FRACTION_BEFORE = /(?:^|[\s،,(])[وفبل]?((?:ثلاثة|ثلاث)\s(?:أرباع|ارباع)|ثلث|ثلثا|ثلثي)\s$/u;
/** A number that is a scale word alone ("مليون", "مليار ونصف"): a count in most sentences. */
const SCALE_FIRST = /^(?:ال)?(?:تر[يی]?ليون|مليار|بليون|مليون|ألف|الف)/u;

const RATE_ONE_BEFORE = new RegExp(String.raw`(?:${CURRENCY_SRC})${AR_WORD_END}\s{1,2}(?:مقابل|أمام|امام|لكل)\s{1,2}$`, 'u');

/**
 * One figure as the rule reads it, with what the range refiner (./ranges.ts)
 * needs to join it to the figure before or after it; the refiner leaves these
 * fields out of the spans it returns.
 */
export interface ArFigure extends MoneySpan {
  /** The number as read, its scale word's power (a bare first figure borrows it: "بين 2 و3 مليارات"). */
  number: ArNumber;
  /** The power of ten of a fraction noun (قرش -2, فلس -3): a range's bare first figure counts in it too ("بين 15 و30 قرشا"). */
  minorExp: number;
  /** Where the rule's match starts, before a clitic (و, ب): the words before it are read from there. */
  at: number;
  /** Where the number starts, after the clitic. */
  numberStart: number;
}
type Found = Omit<ArFigure, 'at' | 'numberStart'>;

/**
 * Arabic money figures, one at a time: digits and number words, scale words,
 * currency nouns and symbols: 9.3 مليار دولار, بمليار دولار, ثلاثة مليارات دولار.
 * The range refiner (./ranges.ts) joins a figure with a bare one before or
 * after it: بين 2 و3 مليارات دولار, من 10 إلى 20 دولار.
 */
export const arMoneyRule: Rule<MoneySpan> = {
  name: 'ar.money',
  pattern: AMOUNT,
  extract(m, ctx) {
    const g = m.groups ?? {};
    const number = parseArNumber(g.num as string) ?? restatedAfterDigits(g.num as string);
    // "2 و3 مليارات": try the figure that follows
    if (!number) return m.index + 1;
    // "خمسة آلاف (5000) ريال": the words restated in digits are one figure; other digits are another.
    if (g.restated !== undefined && (number.digitsOnly || compare(parseArNumber(g.restated)?.value ?? number.value, number.value) !== 0)) {
      return m.index + m[0].lastIndexOf(g.restated);
    }
    const found = reading(ctx, m, number);
    if (!found) return null;
    const figure: ArFigure = { ...found, at: m.index, numberStart: m.index + (g.prefix?.length ?? 0) };
    return figure;
  },
};

/** "(350-": a bracket that opens on a first figure and a dash before the figure; what names a case or a law before it. */
const BRACKET_RANGE_BEFORE = /(?<name>(?:رقم|القضية|قضية|القرار|قرار|القانون|قانون|المرسوم|مرسوم|الملف|ملف|الدعوى|دعوى|المادة)\s{0,2})?\(\s?(?<first>[\d٠-٩][\d.,٠-٩٫٬]{0,18})\s?[-–]\s?$/u;
function bracketRangeBefore(scan: string, numStart: number, number: ArNumber): boolean {
  const b = BRACKET_RANGE_BEFORE.exec(scan.slice(Math.max(0, numStart - 40), numStart));
  const first = b?.groups?.first;
  if (!b || first === undefined || b.groups?.name !== undefined || YEAR_LIKE.test(first) || /^[١٢][٨٩٠][٠-٩]{2}$/u.test(first)) return false;
  const low = parseArNumber(first);
  return low !== null && compare(low.value, number.value) < 0;
}

/**
 * "لا تقل عن (10,000) عشرة آلاف ريال": figures in brackets restated in words right after them, as contracts and
 * notices write amounts, are one figure (the words' reading), so the qualifier before the bracket is its own.
 */
const DIGITS_THEN_WORDS = /^(\(\s?[\d.,٬٫٠-٩]{1,20}\s?\))\s{0,2}(\D.*)$/u;
function restatedAfterDigits(num: string): ArNumber | null {
  const r = DIGITS_THEN_WORDS.exec(num);
  const digits = r ? parseArNumber(r[1] as string) : null;
  const words = r ? parseArNumber(r[2] as string) : null;
  return digits && words && !words.digitsOnly && compare(digits.value, words.value) === 0 ? words : null;
}

/** A range or change takes over a first figure already read on its own ("2 مليار دولار و3 مليارات دولار"). */
export const arRangeTakesOver: Refiner<MoneySpan> = {
  name: 'ar.money.range-takes-over',
  refine(spans) {
    const out: MoneySpan[] = [];
    // In text order: the rules' spans come rule after rule, and a two-units span ("بدرهمين") read after
    // the figures would otherwise take over every figure of the paragraph after it.
    for (const s of spans.slice().sort((a, b) => a.start - b.start)) {
      // "بقيمة125 ألف درهم" read whole by the glued rule: the "ألف درهم" inside it is no figure of its own.
      const last = out[out.length - 1];
      if (last && last.start <= s.start && last.end >= s.end && last.end - last.start > s.end - s.start) continue;
      while (out.length && (out[out.length - 1] as MoneySpan).end > s.start) out.pop();
      out.push(s);
    }
    return out;
  },
};

/**
 * "(91643667236) ألف دينار (احدى وتسعون ترليون … الف دينار)": the same amount spelled out in brackets
 * after a figure, as official gazettes and budgets restate it, is that figure again: one fact.
 */
export const arRestatedInWords: Refiner<MoneySpan> = {
  name: 'ar.money.restated-in-words',
  refine(spans, ctx) {
    const sorted = spans.slice().sort((a, b) => a.start - b.start);
    const drop = new Set<MoneySpan>();
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1] as MoneySpan;
      const b = sorted[i] as MoneySpan;
      if (b.rule !== 'ar.money.words' || compare(a.amount, b.amount) !== 0 || a.qualifier === 'range') continue;
      if (/^\s{0,2}[(（]\s{0,2}$/u.test(ctx.scan.slice(a.end, b.start)) && /^\s{0,2}[)）]/u.test(ctx.scan.slice(b.end, b.end + 3))) drop.add(b);
    }
    return drop.size ? spans.filter((s) => !drop.has(s)) : spans;
  },
};

/** "بدينار واحد", "ريالاً واحداً": a currency noun counted by واحد is one unit of it. */
const ONE_UNIT = new RegExp(
  String.raw`(?<![\p{L}\p{M}\d])(?<prefix>[وفبل]{1,2}ـ?)?(?<cur>${CURRENCY_SRC})${AR_WORD_END}\s{1,2}(?<adj>[\p{L}\p{M}]{2,14}\s{1,2})?(?:واحد|واحدة)[\u064B-\u0652]{0,2}(?:ا[\u064B-\u0652]{0,2})?(?![\p{L}\p{M}])`,
  'gu',
);
export const arOneUnitRule: Rule<MoneySpan> = {
  name: 'ar.money.one-unit',
  pattern: ONE_UNIT,
  extract(m, ctx) {
    const g = m.groups ?? {};
    const noun = g.cur as string;
    // "للدولار الواحد", "مقابل دولار واحد": the unit of an exchange rate.
    if (noun.startsWith('ال') || /(?:مقابل|أمام|امام|لكل)\s{1,2}$/u.test(ctx.scan.slice(Math.max(0, m.index - 12), m.index))) return null;
    // "لم يدفع دولاراً واحداً": not a single one, no amount.
    if (/(?:^|\s)(?:لم|لن|لا|ولا|دون|بدون|ولو)\s/u.test(ctx.scan.slice(Math.max(0, m.index - 24), m.index))) return null;
    const cur = CURRENCY_RES.find(([re]) => re.test(noun))?.[1];
    if (!cur) return null;
    const adj = g.adj?.trim();
    if (cur.adjectiveRequired && !adjectiveCode(cur, adj)) return null;
    const currency = currencyOf(cur, adj, ctx.text, noun);
    const amount = mulPow10(parseDecimal('1') as Decimal, minorExponent(cur, currency));
    const { qualifier, per, from, to } = qualifierAndPer(ctx.scan, m.index, m.index + m[0].length);
    return { kind: 'money', start: from ?? m.index, end: to, rule: 'ar.money.one-unit', amount, ...decidedLater(cur, adj, noun, currency), qualifier, min: null, max: null, per };
  },
};

/** "دفع دولارين", "بدينارين", "ريالان سعوديان": a currency noun in the dual, with no figure, is two of it. */
const TWO_UNITS = new RegExp(
  String.raw`(?<![\p{L}\p{M}\d])(?<prefix>[وفبل]{1,2}ـ?)?(?<cur>(?:${AR_DUAL_STEMS.join('|')})(?:ان|ين))[\u064B-\u0652]{0,2}(?![\p{L}\p{M}])(?:\s{1,2}(?<adj>[\p{L}\p{M}]{2,16}))?`,
  'gu',
);
const DUAL_PART = /^\s{0,2}و\s?(نصف|ربع)(?![\p{L}\p{M}])(?!\s{1,2}ال)/u;
const NUMBER_JUST_BEFORE = new RegExp(String.raw`(?:${AR_TOKEN_SRC})\s{0,2}$`, 'u');
export const arTwoUnitsRule: Rule<MoneySpan> = {
  name: 'ar.money.two-units',
  pattern: TWO_UNITS,
  extract(m, ctx) {
    const g = m.groups ?? {};
    const noun = g.cur as string;
    const before = ctx.scan.slice(Math.max(0, m.index - 24), m.index);
    // "مقابل دولارين": the unit of a rate; "لم يدفع دولارين": none paid; "2 دولارين", "ألفين": a figure already counts it.
    if (/(?:مقابل|أمام|امام|لكل)\s{1,2}$/u.test(before) || /(?:^|\s)(?:لم|لن|لا|ولا|ولو)\s/u.test(before)) return null;
    if (NUMBER_JUST_BEFORE.test(before)) return null;
    const cur = CURRENCY_RES.find(([re]) => re.test(noun))?.[1];
    if (!cur) return null;
    // "دولارين أمريكيين": the adjective in the dual too.
    const adjWritten = g.adj;
    const adj = adjWritten !== undefined && cur.adjectives[adjectiveKey(adjWritten.replace(/(?:ين|ان)$/u, ''))] ? adjWritten.replace(/(?:ين|ان)$/u, '') : undefined;
    const currency = currencyOf(cur, adj, ctx.text, noun);
    const amount = mulPow10(parseDecimal('2') as Decimal, minorExponent(cur, currency));
    const start = m.index + (g.prefix?.length ?? 0);
    const end = adj !== undefined ? m.index + m[0].length : m.index + m[0].length - (adjWritten !== undefined ? m[0].length - m[0].lastIndexOf(adjWritten) : 0);
    let trimmed = ctx.scan.slice(start, end).trimEnd().length + start;
    // "دينارين وربع", "دولارين ونصف": a half or a quarter of the unit after the two (not "ونصف الكمية").
    let value = amount;
    const part = cur.minor === undefined ? DUAL_PART.exec(ctx.scan.slice(trimmed, trimmed + 12)) : null;
    if (part) {
      value = add(value, parseDecimal(part[1] === 'نصف' ? '0.5' : '0.25') as Decimal);
      trimmed += part[0].length;
    }
    const { qualifier, per, from, to } = qualifierAndPer(ctx.scan, m.index, trimmed);
    // A figure the range refiner may join: "من دينار إلى دينارين", "بين دينارين و3 دنانير".
    const minorExp = minorExponent(cur, currency);
    const figure: ArFigure = {
      kind: 'money', start: from ?? start, end: to, rule: 'ar.money.two-units', amount: value, ...decidedLater(cur, adj, noun, currency), qualifier, min: null, max: null, per,
      number: { value: mulPow10(value, -minorExp), scale: 0, digitsOnly: false }, minorExp, at: m.index, numberStart: start,
    };
    return figure;
  },
};

/** "جنيه ونصف", "بدينار وربع": one unit of a currency noun and a half or a quarter, with no figure. */
const UNIT_AND_PART = new RegExp(
  String.raw`(?<![\p{L}\p{M}\d])(?<prefix>[وفبل]{1,2}ـ?)?(?<cur>دولار|ريال|دينار|درهم|جنيه|جنية|فرنك|روبل)[\u064B-\u0652]{0,2}(?:ا[\u064B-\u0652]{0,2})?\s{1,2}و\s?(?<part>نصف|ربع)(?![\p{L}\p{M}])(?!\s{1,2}ال)`,
  'gu',
);
export const arUnitAndPartRule: Rule<MoneySpan> = {
  name: 'ar.money.unit-and-part',
  pattern: UNIT_AND_PART,
  extract(m, ctx) {
    const g = m.groups ?? {};
    const noun = g.cur as string;
    const before = ctx.scan.slice(Math.max(0, m.index - 24), m.index);
    // "مليار دولار ونصف", "3 دنانير ونصف": a figure already counts it (the figure's own rule reads the half);
    // "مقابل دولار ونصف" is the unit of a rate.
    if (NUMBER_JUST_BEFORE.test(before) || /(?:مقابل|أمام|امام|لكل)\s{1,2}$/u.test(before)) return null;
    const cur = CURRENCY_RES.find(([re]) => re.test(noun))?.[1];
    if (!cur) return null;
    const currency = currencyOf(cur, undefined, ctx.text, noun);
    const amount = parseDecimal(g.part === 'نصف' ? '1.5' : '1.25') as Decimal;
    // A clitic on the noun is part of the word and stays in the span, as in "بدينار واحد".
    const { qualifier, per, from, to } = qualifierAndPer(ctx.scan, m.index, m.index + m[0].length);
    return { kind: 'money', start: from ?? m.index, end: to, rule: 'ar.money.unit-and-part', amount, ...decidedLater(cur, undefined, noun, currency), qualifier, min: null, max: null, per };
  },
};

/**
 * "مبلغ2783 دينار", "بقيمة125 ألف درهم", "أوكتان19 جنيهًا": a figure glued to the Arabic word before it, as
 * typed copy and flattened tables leave it, read like any figure when a currency word or code follows it.
 * The pattern takes the letter before the figure (a leading look-behind would be tried at every character;
 * not the tatweel of "بـ300", which the main rule reads with its clitic);
 * the figure is read from after it.
 */
const GLUED = new RegExp(
  String.raw`[\u0621-\u063A\u0641-\u064A][\u064B-\u0652]?(?=[\d(«“"])(?<num>${AR_NUMBER_SRC})\s{0,3}(?:(?<cur>${CURRENCY_SRC})${AR_WORD_END}(?:\s{1,2}(?![وفبل]?(?:${AR_TOKEN_SRC}))(?<adj>(?:ال)?[\p{L}\p{M}]{2,14}))?` +
    String.raw`|(?<code>${CODE_SRC})(?![A-Za-z\p{L}]))`,
  'gu',
);
export const arGluedRule: Rule<MoneySpan> = {
  name: 'ar.money.glued',
  pattern: GLUED,
  trigger: /[\u0621-\u063A\u0641-\u064A][\u064B-\u0652]?[\d(«“"]/u,
  extract(m, ctx) {
    const lead = m[0].length - m[0].slice(1).replace(/^[\u064B-\u0652]/u, '').length;
    const figure = Object.assign(m.slice(), { index: m.index + lead, input: m.input, groups: m.groups }) as unknown as RegExpExecArray;
    figure[0] = m[0].slice(lead);
    const got = arMoneyRule.extract(figure, ctx);
    return typeof got === 'number' ? null : got;
  },
};

/**
 * "(350-400) جنيه", "(1.200 – 1.500) درهم": a range inside one bracket before the currency. The pattern takes the dash
 * and the second figure; that figure is read like any (its bracket closes before the currency), and the range refiner
 * (./ranges.ts) reads the first from before the dash.
 */
const BRACKET_SECOND = new RegExp(
  String.raw`\d\s?[-–]\s?(?<num>\d{1,3}(?:[.,]\d{3}){1,4}|\d{1,15}(?:[.,]\d{1,3})?)\s?\)\s{0,3}(?:(?<cur>${CURRENCY_SRC})${AR_WORD_END}(?:\s{1,2}(?![وفبل]?(?:${AR_TOKEN_SRC}))(?<adj>(?:ال)?[\p{L}\p{M}]{2,14}))?` +
    String.raw`|(?<code>${CODE_SRC})(?![A-Za-z\p{L}]))`,
  'gu',
);
export const arBracketRangeRule: Rule<MoneySpan> = {
  name: 'ar.money.bracket-range',
  pattern: BRACKET_SECOND,
  trigger: /\d\s?[-–]\s?\d[\d.,]{0,18}\s?\)/u,
  extract(m, ctx) {
    const lead = m[0].indexOf(m.groups?.num as string, 1);
    // The range's opening bracket: "(350-400)", not a figure after a closing one; a bracket that closes after the figure
    // joins it to the currency only when it holds a range that rises to it: "قضية رقم (2019-400) دينار", "القرار (2021-15)"
    // number a case or a decree.
    const second = parseArNumber(m.groups?.num as string);
    if (!second || !bracketRangeBefore(ctx.scan, m.index + lead, second)) return null;
    const figure = Object.assign(m.slice(), { index: m.index + lead, input: m.input, groups: m.groups }) as unknown as RegExpExecArray;
    figure[0] = m[0].slice(lead);
    const got = arMoneyRule.extract(figure, ctx);
    return typeof got === 'number' ? null : got;
  },
};

/** Arabic money: the rules, the range refiner, then the others in order. */
export const AR_MONEY: KindRules<MoneySpan> = {
  rules: [arMoneyRule, arGluedRule, arBracketRangeRule, arOneUnitRule, arTwoUnitsRule, arUnitAndPartRule],
  joiners: [arRanges],
  refiners: [arRangeTakesOver, arRestatedInWords, decideCurrency],
};

function reading(ctx: ExtractContext, m: RegExpExecArray, number: ArNumber): Found | null {
  const { scan, text } = ctx;
  const g = m.groups ?? {};
  let end = m.index + m[0].length;
  let currency: string | null = null;
  let later: { currency: string | null; bare: string | null } | null = null;
  let value = number.value;
  let minorExp = 0;
  let rule: string | null = null;
  let placed: CurrencySource | null = null;
  if (g.cur !== undefined) {
    const cur = CURRENCY_RES.find(([re]) => re.test(g.cur as string))?.[1];
    if (!cur) return null;
    currency = currencyOf(cur, g.adj, text, g.cur);
    later = decidedLater(cur, g.adj, g.cur, currency);
    if (g.adj !== undefined && !adjectiveCode(cur, g.adj)) {
      end -= m[0].length - m[0].lastIndexOf(g.adj);
      while (end > m.index && /\s/u.test(scan[end - 1] as string)) end--;
    }
    // سنتيم, فلس, قرش: a fraction of the currency its code names.
    minorExp = minorExponent(cur, currency);
    if (cur.notAfterYear && YEAR_LIKE.test((g.num as string).trim())) return null;
    // "في الدقيقة 90 الريال يسجل": a currency noun with the article right after digits starts the next words
    // (the club, a rate list's next line); news counts money with no article there ("90 ريالا", "5 مليارات من الدولارات").
    if (number.digitsOnly && g.sym === undefined && (g.cur as string).startsWith('ال')) return null;
    // "حصل على 5 ليرات ذهبية", "اشترى 10 جنيهات ذهب": coins counted by their metal, not an amount of money.
    if (g.adj !== undefined && GOLD_COIN.test(g.adj)) return null;
    // "250 ألف أوقية من الذهب": a weight; the ouguiya is named with its adjective, or bare in copy placed in Mauritania
    // ("غرامة 50 ألف أوقية" from Nouakchott), unless gold, silver or a metal is weighed by it there too.
    if (cur.adjectiveRequired && !adjectiveCode(cur, g.adj)) {
      placed = cur.bareIn && !OUNCE_OF_METAL.test(scan.slice(end, end + 30)) ? placedBy(ctx, cur.bareIn.country) : null;
      if (!cur.bareIn || !placed) return null;
      // "ثمن العلبة 300 أوقية بدلا من 250 أوقية قديمة": where the article quotes the old ouguiya, a bare one may be either.
      currency = OLD_OUGUIYA.test(ctx.text) ? null : cur.bareIn.currency;
      later = { currency, bare: null };
      if (currency === null) placed = null;
    }
    // "900 مي": the millime's abbreviation only in copy the text or its address places in Tunisia.
    if (cur.onlyIn !== undefined && !placedIn(ctx, cur.onlyIn)) return null;
  } else if (g.code !== undefined) {
    currency = AR_CODES[codeKey(g.code)] ?? null;
    // "في 2020 دل على": the undotted دل after a year is the verb "showed".
    if (codeKey(g.code) === 'دل' && YEAR_LIKE.test((g.num as string).trim())) return null;
  } else if (g.sym !== undefined) {
    currency = AR_CODES[g.sym.trim()] ?? null;
  } else {
    // No currency word: money only when the sentence says so (see bareScaled).
    if (!bareScaled(ctx, m.index, end, number, g.num as string)) return null;
    rule = 'ar.money.no-currency';
  }
  if (g.sym !== undefined && g.cur === undefined && g.code === undefined && !number.digitsOnly && number.scale === 0) {
    // "$ خمسة": a symbol before a number word is not how news writes money.
    return null;
  }
  // "مليونا دولار", "مليارا ريال": a scale word alone, its alif unmarked, right before the currency noun is the dual
  // in construct (two million), which drops its ن before the noun it counts; the accusative singular would be
  // "مليونَ دولار" there. "مليونًا" with its tanween, "مليونا و500 ألف" and "مليونا من الدولارات" stay one.
  if (g.cur !== undefined && !g.cur.startsWith('من') && DUAL_CONSTRUCT.test(g.num as string)) {
    const numEnd = (g.prefix?.length ?? 0) + (g.sym?.length ?? 0) + (g.num as string).length;
    if (/^\s{1,2}$/u.test(m[0].slice(numEnd, m[0].indexOf(g.cur, numEnd)))) value = mulInt(value, 2n);
  }
  // "12.000 درهم": one dot before three digits groups thousands, except in the currencies of three decimals
  // ("1.250 دينار كويتي" is a dinar and a quarter) unless the three digits are 000.
  // Not after a zero: "0.027 دولار" is a decimal.
  const dotted = /^[(«“"]?\s?([1-9]\d{0,2})\.(\d{3})\s?[)»”"]?$/u.exec(g.num as string);
  if (dotted && (dotted[2] === '000' || !(currency && THREE_DECIMALS.has(currency)))) {
    value = parseDecimal(`${dotted[1]}${dotted[2]}`) as Decimal;
  }
  // "7.84 دينار مقابل 1 دولار": the one unit of an exchange rate.
  if (number.digitsOnly && number.value.n === 1n && number.value.exp === 0 && RATE_ONE_BEFORE.test(scan.slice(Math.max(0, m.index - 40), m.index))) return null;
  // "رقم 1500 دينار", "الهاتف 2000": a number that names something is not an amount.
  if (NUMBER_NAME_BEFORE.test(scan.slice(Math.max(0, m.index - 16), m.index))) return null;
  // "4 مليارات دينار و437 مليونا": the smaller figure after و goes on the same amount.
  if (number.scale >= 6 && rule === null) {
    const more = CONTINUED.exec(scan.slice(end, end + 120));
    const next = more ? parseArNumber(more[1] as string) : null;
    if (more && next && !next.digitsOnly && next.scale < number.scale && next.scale >= 3 && isBareAfter(scan, end + more[0].length)) {
      value = add(value, next.value);
      end += more[0].length;
    }
  }
  // "مليار دولار ونصف": the half after the currency is half of the last scale word, when the figure ends in one;
  // "ألف وخمسمائة دولار ونصف" ends in units: the half is half a unit (below).
  const endsInScale = SCALE_LAST.test(g.num as string);
  // "2.5 مليار ونصف": a decimal figure and a half of its scale is no way to write an amount; no fact rather than a guess.
  if (/\d[.,٫]\d/u.test(g.num as string) && (/و\s?(?:نصف|ربع)/u.test(g.num as string) || (endsInScale && HALF_AFTER.test(scan.slice(end, end + 30))))) return null;
  if (number.scale >= 3 && rule === null && endsInScale) {
    const half = HALF_AFTER.exec(scan.slice(end, end + 30));
    if (half) {
      value = add(value, mulPow10(half[1] === 'نصف' ? (parseDecimal('0.5') as Decimal) : (parseDecimal('0.25') as Decimal), number.scale));
      end += half[0].length;
    }
  }
  // "3 دنانير ونصف", "5 جنيهات وربع": a half or a quarter of the unit after a whole figure of it (not "ونصف الكمية").
  if ((number.scale === 0 || !endsInScale) && g.cur !== undefined && minorExp === 0 && !/[.,٫٬]/u.test(g.num as string)) {
    const part = /^\s{0,2}و\s?(نصف|ربع)(?![\p{L}\p{M}])(?!\s{1,2}ال)/u.exec(scan.slice(end, end + 12));
    if (part) {
      value = add(value, parseDecimal(part[1] === 'نصف' ? '0.5' : '0.25') as Decimal);
      end += part[0].length;
    }
  }
  if (minorExp !== 0) value = mulPow10(value, minorExp);
  // "3 دولارات و45 سنتا", "15 جنيها و50 قرشا": the fraction after و goes on the amount.
  else if (g.cur !== undefined && !/[.,٫٬]/u.test(g.num as string)) {
    const rest = scan.slice(end, end + 60);
    for (const p of PARTS_AFTER) {
      if (!p.major.test(g.cur) || (number.scale !== 0 && !p.scaled)) continue;
      const part = p.re.exec(rest);
      const n = part ? parseArNumber(part[1] as string) : null;
      if (!part || !n || n.scale !== 0 || compare(n.value, mulPow10(parseDecimal('1') as Decimal, -p.exp)) >= 0) continue;
      value = add(value, mulPow10(n.value, p.exp));
      end += part[0].length;
      break;
    }
  }
  // The span starts at the number. A clitic ب/و/ل stays in the span when it is part of a word ("بمليار
  // جنيه"); before digits ("و61 مليارا", "بـ 500 ر.س") the span starts at the digits, as the gold marks it.
  let start = g.prefix !== undefined && g.sym === undefined && /^[\d(«“"]/u.test(g.num as string) ? m.index + g.prefix.length : m.index;
  // "ثلاثة أرباع مليون دولار" = 750,000: three quarters of a scale word alone. A third (ثلث, ثلثا) is no
  // decimal amount: no fact rather than the whole.
  if (g.prefix === undefined && SCALE_FIRST.test(g.num as string) && number.scale > 0) {
    const part = FRACTION_BEFORE.exec(scan.slice(Math.max(0, m.index - 20), m.index));
    if (part?.[1] !== undefined) {
      if (!/أرباع|ارباع/u.test(part[1])) return null;
      value = mulPow10(mulInt(value, 75n), -2);
      start = m.index - (part[1].length + 1);
    }
  }
  // What comes before is read from before the clitic: "أجر يومي بـ300 دولار".
  const at = m.index;
  // "سعر صرف الدولار 50 جنيها", "50 جنيها للدولار الواحد": an exchange rate, not an amount.
  if (EXCHANGE_BEFORE.test(scan.slice(Math.max(0, at - 40), at)) || EXCHANGE_AFTER.test(scan.slice(end, end + 24))) return null;
  // A rate list, "الدولار الأمريكي: 3100 جنيه", "الريال السعودي : 826 جنيها": another currency named, a colon, then the figure.
  const listed = g.cur !== undefined ? RATE_LIST_BEFORE.exec(scan.slice(Math.max(0, at - 40), at)) : null;
  // "الجنيه المصري : 63 جنيه" in a Sudanese list: the same noun, but another country's.
  if (listed && (stemOf(listed[1] as string) !== stemOf(g.cur as string) || (listed[2] !== '' && g.adj === undefined))) return null;
  const { qualifier, per, from, to } = qualifierAndPer(scan, at, end);
  rule ??= number.digitsOnly ? 'ar.money.plain' : /\d/u.test(g.num as string) ? 'ar.money.scaled' : 'ar.money.words';
  return {
    kind: 'money', start: from ?? start, end: to, rule, amount: value, currency, ...later, ...(placed ? { currencySource: placed } : {}), qualifier, min: null, max: null, per,
    number: { ...number, value }, minorExp,
  };
}

/** Whether the user, the text or the page's address places the article in `country`; the text is read once per article. */
const namedIn = new WeakMap<ExtractContext, CountryCounts>();
function placedIn(ctx: ExtractContext, country: string): boolean {
  return placedBy(ctx, country) !== null;
}
/** How the article is placed in `country`: by the user (given), its address (url) or its text; null when it is not. */
function placedBy(ctx: ExtractContext, country: string): CurrencySource | null {
  if (ctx.country === country) return 'given';
  if (countryOfHost(ctx.url) === country) return 'url';
  let counts = namedIn.get(ctx);
  if (!counts) namedIn.set(ctx, (counts = countriesNamed(ctx.text)));
  return (counts.get(country) ?? 0) > 0 ? 'text' : null;
}

function adjectiveCode(cur: ArCurrency, adj: string | undefined): string | undefined {
  return adj === undefined ? undefined : cur.adjectives[adjectiveKey(adj)];
}

/**
 * The code a currency noun names: by its nationality adjective, or its one
 * code; a bare shared noun's (ريال, دينار…) is a first guess from the text's
 * countries, used only for what depends on the code here (فلس is a hundredth
 * of a dirham, a thousandth of a dinar; 1.250 دينار كويتي has three decimals).
 */
function currencyOf(cur: ArCurrency, adj: string | undefined, text: string, noun: string): string | null {
  return adjectiveCode(cur, adj) ?? cur.bare ?? arBareCurrency(noun, text);
}

/** A bare shared noun's currency is left to the currency refiner (../../refiners/currency.ts): its family, and no code yet. */
function decidedLater(cur: ArCurrency, adj: string | undefined, noun: string, currency: string | null): { currency: string | null; bare: string | null } {
  const family = adjectiveCode(cur, adj) === undefined && cur.bare === null ? arBareFamily(noun) : null;
  return family ? { currency: null, bare: family } : { currency, bare: null };
}

/**
 * A scaled figure with no currency word ("4 مليارات", "579.9 ملياراً", "ثلاثة مليارات كل عام")
 * is money, with currency null, when it is no count and its sentence is about money: the
 * sentence has a figure with a currency, or a money word ("أرباح", "موازنة") and nothing but a
 * preposition, a time or punctuation follows the figure.
 */
function bareScaled(ctx: ExtractContext, start: number, end: number, number: ArNumber, num: string): boolean {
  if (number.digitsOnly || number.scale < 3 || (!/\d/u.test(num) && SCALE_FIRST.test(num))) return false;
  const { scan } = ctx;
  const [a, b] = ctx.sentences.bounds(start, end);
  if (COUNT_BEFORE.test(scan.slice(Math.max(a, start - 40), start))) return false;
  const restated = COUNT_RESTATED.exec(scan.slice(Math.max(a, start - 40), start));
  if (restated && COUNT_NOUN.test(restated[1] as string)) return false;
  const w = /^\s{0,2}([\p{L}\p{M}]+)(?:\s{1,2}([\p{L}\p{M}]+))?/u.exec(scan.slice(end, Math.min(b, end + 60)));
  const next = w?.[1];
  if (next !== undefined && COUNT_NOUN.test(next === 'من' || next === 'مـن' ? (w?.[2] ?? '') : next)) return false;
  if (next !== undefined && /^(?:نسبة|بالمائة|بالمئة|المائة|المئة)$/u.test(next)) return false;
  const alone = next === undefined || FUNCTION_AFTER.test(next);
  // Thousands are counts more often than millions: "7 آلاف" in a price list only with nothing after it, or
  // after the price it gives ("سعر كيلو الفروج بـ 39 ألف", as Syrian copy leaves the lira unsaid).
  if (number.scale < 6) return alone && (hasMoneyFigure(ctx, a, b) || PRICE_HEAD.test(scan.slice(Math.max(a, start - 60), start)));
  if (hasMoneyFigure(ctx, a, b)) return true;
  return alone && MONEY_CUES.test(scan.slice(a, b));
}

/** Whether scan[a, b) holds a figure with a currency word, code or symbol; asked once per sentence. */
const moneySentences = new WeakMap<ExtractContext, Map<number, boolean>>();
function hasMoneyFigure(ctx: ExtractContext, a: number, b: number): boolean {
  let seen = moneySentences.get(ctx);
  if (!seen) moneySentences.set(ctx, (seen = new Map()));
  const key = a * 0x100000 + (b - a);
  let found = seen.get(key);
  if (found === undefined) {
    found = false;
    const sentence = ctx.scan.slice(a, b);
    CURRENCY_WORD.lastIndex = 0;
    for (let m = CURRENCY_WORD.exec(sentence); m && !found; m = CURRENCY_WORD.exec(sentence)) {
      found = /^[\d$€£U]/u.test(m[0]) || NUMBER_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index));
    }
    seen.set(key, found);
  }
  return found;
}

/**
 * The qualifier word before a figure that starts at `at` ("نحو", "أكثر من", "لم تقل عن", "تجاوزت الخسائر"), and where
 * the span starts when the word touches the figure (null when it does not, or when there is none).
 */
export function qualifierBefore(scan: string, at: number): { qualifier: Qualifier; from: number | null } {
  const headStart = Math.max(0, at - 24);
  const head = scan.slice(headStart, at);
  // Every qualifier pattern ends in a space before the figure: a head that does not is tried against none.
  for (const [re, q] of ENDS_IN_SPACE.test(head) ? QUALIFIER_RES : []) {
    const m = re.exec(head);
    if (!m) continue;
    let w = m.groups?.w;
    if (w === undefined || m.groups?.subject !== undefined) return { qualifier: q, from: null };
    // "بنحو": the clitic stays out, as it does before digits.
    if (w.startsWith('ب') && QUALIFIER_WORDS.has(w.slice(1))) w = w.slice(1);
    return { qualifier: q, from: headStart + m.index + m[0].lastIndexOf(w) };
  }
  return { qualifier: 'exact', from: null };
}

/**
 * The qualifier and rate words around a figure read from `at` to `end` ("نحو …", "… تقريبا",
 * "… شهريا", "ربحية السهم …"), and the span they make: a word that touches the figure joins it
 * ("نحو 4.70 مليار ريال", "85 ريالاً للسهم", "ثلاثة مليارات كل عام").
 */
function qualifierAndPer(scan: string, at: number, end: number): { qualifier: Qualifier; per: Per | null; from: number | null; to: number } {
  let { qualifier, from } = qualifierBefore(scan, at);
  let to = end;
  const after = QUALIFIER_AFTER.exec(scan.slice(end, end + 16));
  if (after) {
    qualifier = /الأقل|الاقل|أكثر|فوق|أدنى|ادنى/u.test(after[1] ?? '') ? 'over' : /أقصى|اقصى|أقل|دون/u.test(after[1] ?? '') ? 'under' : 'approx';
    to = end + after[0].length;
  }
  let per: Per | null = null;
  for (const [re, p] of PER_AFTER) {
    const m = re.exec(scan.slice(end, end + 20));
    if (m) {
      per = p;
      to = Math.max(to, end + m[0].length);
      break;
    }
  }
  if (!per) for (const [re, p] of PER_BEFORE) if (re.test(scan.slice(Math.max(0, at - 40), at))) per = p;
  return { qualifier, per, from, to };
}
