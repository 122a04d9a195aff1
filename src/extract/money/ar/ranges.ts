import { compare, mulPow10, parseDecimal, type Decimal } from '../../../util/decimal.js';
import { AR_NUMBER_SRC, AR_TOKEN_SRC, AR_WORD_END, parseArNumber, type ArNumber } from '../../../numerals/ar.js';
import type { ExtractContext, MoneySpan, Refiner } from '../../types.js';
import { AR_MONTH_PATTERN } from '../../../calendar/months.js';
import { AR_CURRENCIES, AR_DUAL_STEMS, minorExponent } from './currencies.js';
import { CODE_SRC, CURRENCY_SRC, isBareAfter, PER_BEFORE, PRE_SYM_SRC } from './patterns.js';
import { qualifierBefore, type ArFigure } from './rules.js';

/** The nationality adjectives of the currency table, as a first figure of a range may carry them ("من 40 ألف دينار جزائري إلى …"). */
const ADJ_SRC = [...new Set(AR_CURRENCIES.flatMap((c) => Object.keys(c.adjectives)))]
  .sort((x, y) => y.length - x.length)
  .join('|');
/** A nationality adjective after a currency noun: "دينار جزائري", "جنيهات مصرية". */
const ADJ_AFTER = String.raw`(?:\s{1,2}(?:ال)?(?:${ADJ_SRC})[\u064B-\u0652]{0,2}(?:ة|ه|ا|ين)?[\u064B-\u0652]{0,2})?`;
/**
 * A range or a change before the figure: "بين 2 و3 مليارات", "من 10 إلى 20 دولار", "10-20 دولار"; the first
 * figure may carry its own currency, adjective or code ("ما بين 40 ألف دج و120 ألف دج").
 */
const RANGE_HEAD = new RegExp(
  String.raw`(?:^|[\s،,(])(?<open>(?:ما\s{0,2})?بين|من|تتراوح بين|يتراوح بين)\s{1,2}(?:(?:${PRE_SYM_SRC})\s?)?(?<first>${AR_NUMBER_SRC})(?:\s{1,2}(?:أو|او)\s{1,2}(?<alt>${AR_TOKEN_SRC}))?` +
    String.raw`(?:\s{0,2}(?<fcur>${CURRENCY_SRC})${AR_WORD_END}${ADJ_AFTER}|\s?(?:${CODE_SRC}))?\s{0,2}(?<join>(?:و\s?)?(?:إلى|الى)\s{1,2}غاية|وإلى|والى|وحتى|و|إلى|الى|حتى|ل)?\s?ـ?\s?$`,
  'u',
);
/** Two figures as alternatives: "70 أو 80 مليون يورو", "1200 أو 1300 دولار", "مئة أو مئتي دولار". */
const OR_HEAD = new RegExp(String.raw`(?:^|[\s،,(])(?:[وفبل]{1,2}ـ?\s?)?(?<first>${AR_TOKEN_SRC})\s{1,2}(?:أو|او)\s{1,2}$`, 'u');
/**
 * A range whose first end is one or two units written as a noun, with no figure: "بين دينارين و3200 مليم",
 * "من دينار إلى دينارين", "ما بين جنيه واحد و3 جنيهات".
 */
const UNIT_HEAD = new RegExp(
  String.raw`(?:^|[\s،,(])(?<open>(?:ما\s{0,2})?بين|من)\s{1,2}(?<unit>(?:${AR_DUAL_STEMS.join('|')})(?<dual>ان|ين)?)[\u064B-\u0652]{0,2}(?:\s{1,2}(?!و\s?\d)[\p{L}\p{M}]{2,16})?(?:\s{1,2}(?:واحد|واحدة)[\u064B-\u0652]{0,2})?\s{1,2}(?<join>و|إلى|الى|حتى)\s?$`,
  'u',
);
/**
 * "و6 دراهم إلى 8 دراهم": a first figure with its own currency, after و and with no من, before إلى and a second figure in
 * the same currency noun, as market reports list one price range after another.
 */
const WAW_TO_HEAD = new RegExp(String.raw`(?:^|[\s،,(])و\s?(?<first>${AR_TOKEN_SRC})\s{1,2}(?<fcur>${CURRENCY_SRC})${AR_WORD_END}\s{1,2}(?:إلى|الى)\s{1,2}$`, 'u');
/**
 * "بيعت بـ110 دج وحتى 120 دج", "من 5 دراهم ولغاية 8 دراهم", "بـ 40 ألفا وصولا إلى 55 ألف دينار": an upper end after
 * وحتى, ولغاية or وصولا إلى with no من; the first figure may carry the same currency noun or code as the second.
 */
const UPTO_HEAD = new RegExp(
  String.raw`(?:^|[\s،,(])(?:[وفبل]{1,2}ـ?\s?)?(?<first>${AR_NUMBER_SRC})(?:\s{0,2}(?<fcur>${CURRENCY_SRC})${AR_WORD_END}${ADJ_AFTER}|\s?(?<fcode>${CODE_SRC})(?![A-Za-z\p{L}]))?` +
    String.raw`\s{1,2}(?:و\s?(?:حتى|لغاية)|وصول(?:ا|اً|ًا)\s{1,2}(?:إلى|الى))\s{1,2}$`,
  'u',
);
/** What UPTO_HEAD ends in, tested first: most heads end in none of these. */
const UPTO_END = /(?:حتى|لغاية|إلى|الى)\s{1,2}$/u;

/**
 * "نحو 3 إلى 4 مليارات دولار": a range with no من after a word of approximation; also after a word of price, as
 * market reports write it ("يباع الكيلو بسعر 14 إلى 18 ألف جنيه", "بـ 14 إلى 18 ألف ليرة").
 */
const APPROX_TO_HEAD = new RegExp(String.raw`(?:^|[\s،,(])(?:(?:ب)?(?:نحو|حوالي|حوالى|قرابة|ما يقارب|ما بين)|بسعر|بأسعار|باسعار|بقيمة|بتكلفة|بمبلغ|بـ)\s{1,2}(?<first>${AR_TOKEN_SRC})\s{1,2}(?:إلى|الى)\s?$`, 'u');
const DASH_HEAD = /(?:^|[^\d.,\-–])(?<first>\d{1,3}(?:,\d{3}){1,6}|\d{1,15}(?:\.\d{1,10})?)\s?(?:\$\s?)?[-–~]\s?$/u;
/**
 * "(2٫550) إلى (2٫650) جنيهاً", "بين 2.500 و3.000 جنيه": one dot (or ٫) before three digits groups thousands in
 * both figures when the rule read the other one so (see ./rules.ts); the ends of one range are written alike.
 */
const DOTTED = /^[(«“"]?\s?([1-9]\d{0,2})\.(\d{3})(?!\d)/u;
const THOUSAND = parseDecimal('1000') as Decimal;
function dottedAsThousands(written: string, other: string, otherValue: Decimal): Decimal | null {
  const d = DOTTED.exec(written);
  if (!d || !DOTTED.test(other) || compare(otherValue, THOUSAND) < 0) return null;
  return parseDecimal(`${d[1]}${d[2]}`);
}
/** "4" before "4500": the first figure is the second's thousands, when the second starts with its digits and has three more. */
function shortThousands(firstText: string, secondText: string, low: Decimal, high: Decimal): Decimal {
  const a = /^[(«“"]?\s?([1-9]\d{0,2})\s?[)»”"]?$/u.exec(firstText)?.[1];
  const b = /^[(«“"]?\s?(\d{4,6})(?!\d)/u.exec(secondText)?.[1];
  if (a === undefined || b === undefined || b.length !== a.length + 3 || !b.startsWith(a)) return low;
  const thousands = mulPow10(low, 3);
  return compare(thousands, high) < 0 ? thousands : low;
}
/** A figure that reads as a year: 19xx, 20xx in either digit set. */
const YEAR_FIGURE = /^[(«“"]?\s?(?:1[89]|20|١[٨٩]|٢٠)[\d٠-٩]{2}\s?[)»”"]?$/u;
/**
 * What names a year before it: "عام 2023", "النصف الأول من 2023", "الربع الثالث من 2022", "مطلع 2024", "يناير 2023".
 * Read over the words before the range's opening word.
 */
const YEAR_CUE_BEFORE = new RegExp(
  String.raw`(?:عام|العام|لعام|سنة|السنة|الربع|ربع|النصف|نصف|الفصل|الأول|الاول|الثاني|الثالث|الرابع|الأخير|مطلع|بداية|بدايه|نهاية|نهايه|أواخر|اواخر|أوائل|اوائل|منتصف|موسم|ميزانية|موازنة|(?<!\p{L})[وفبل]?(?:${AR_MONTH_PATTERN}))\p{M}{0,2}\s{1,2}(?:من\s{1,2}|في\s{1,2})?(?:(?:ال)?\p{L}{2,10}\s{1,2}(?:من\s{1,2})?)?$`,
  'u',
);
/**
 * "ارتفعت أرباح النصف الأول من 2023 إلى 3 مليارات درهم": a year is never an end of a money range or change. A year-like
 * first figure is a year when words of time name it, or when it would borrow the second figure's scale word (no one writes
 * "2023 إلى 3 مليارات" for 2,023 billion).
 */
function yearAsFirst(scan: string, firstText: string, firstStart: number, borrowsScale: boolean): boolean {
  if (!YEAR_FIGURE.test(firstText.trim())) return false;
  if (borrowsScale) return true;
  const before = scan.slice(Math.max(0, firstStart - 40), firstStart).replace(/(?:(?:ما\s{0,2})?بين|من|في|خلال)\s{1,2}$/u, '');
  return YEAR_CUE_BEFORE.test(before);
}

/** "ارتفعت من 2 إلى 3 مليارات": two values, not a range. */
const CHANGE_VERB = /(?:ارتفع|انخفض|تراجع|زاد|زيادة|قفز|صعد|هبط|نما|نمو|نمت|ارتفاع|انخفاض|رفع|خفض|تقلص|تضاعف|هوى|تهاوى|انتقل|تحول)/u;
/** "تتراوح الزيادة من 2 إلى 3 آلاف": a verb of range makes it a range whatever else the clause says. */
const RANGE_VERB = /(?:تراوح|يتراوح|تتراوح|تراوحت)/u;
/** Where a clause starts, read back from a figure: a sentence break (not a decimal point), or a word that opens a new clause. */
const CLAUSE_BREAK = /\.(?!\d)|[؛;\n!؟]|(?:^|\s)(?:فيما|بينما|في حين|حيث|كما)\s/gu;
/**
 * Whether the clause before a "من … إلى …" names a change ("ارتفع متوسط سعر المتر المربع في المدينة من 200 إلى 300
 * ألف درهم": two figures), read back to the clause's start, at most 100 characters; a verb of range there wins.
 */
function changeBefore(scan: string, at: number): boolean {
  const window = scan.slice(Math.max(0, at - 100), at);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m; m = CLAUSE_BREAK.exec(window)) cut = m.index + m[0].length;
  const clause = window.slice(cut);
  return CHANGE_VERB.test(clause) && !RANGE_VERB.test(clause);
}

/**
 * Joins an Arabic money figure with the figure before or after it into a
 * range ("بين 2 و3 مليارات دولار", "من 10 إلى 20 دولار", "10-20 دولار",
 * "1200 أو 1300 دولار") or a change ("ارتفعت من 2 إلى 3 مليارات دولار": two
 * facts, change-from and change-to). The rule (./rules.ts) reads each figure
 * that names its currency or is money by its sentence; the other end of a
 * range is a bare number the rule does not keep ("بين 2 و3 مليارات دولار": 2),
 * so it is read here from the words before the figure (or, for "من 4105
 * جنيهات إلى 5155", after it). One pass in text order; the few characters
 * before or after each figure are read once.
 */
export const arRanges: Refiner<MoneySpan> = {
  name: 'ar.money.ranges',
  refine(spans, ctx) {
    const out: MoneySpan[] = [];
    // A tail ("… إلى 5155") is one span with its figure: a figure the rule read inside it is part of it.
    let tailEnd = -1;
    let fraction: ArFigure | null = null;
    for (const s of spans) {
      const figure = s as Partial<ArFigure> & MoneySpan;
      if (figure.number === undefined || figure.at === undefined || figure.numberStart === undefined || figure.minorExp === undefined) {
        out.push(s);
        continue;
      }
      if (figure.at < tailEnd) continue;
      let f = figure as ArFigure;
      // "288 مليار سنتيم مقابل 300 مليار": a bare figure right after one counted in a fraction noun repeats it.
      if (fraction && f.rule === 'ar.money.no-currency' && FRACTION_REPEATED.test(ctx.scan.slice(fraction.end, f.at))) {
        f = { ...f, amount: mulPow10(f.amount, fraction.minorExp), currency: fraction.currency, bare: fraction.bare, minorExp: fraction.minorExp };
        if (fraction.currencySource !== undefined) f.currencySource = fraction.currencySource;
      }
      fraction = f.minorExp !== 0 ? f : null;
      const joined = readList(ctx, f) ?? readRange(ctx, f, f.numberStart) ?? readTail(ctx, f, f.at);
      const facts = joined ?? [strip(f)];
      for (const j of facts) {
        out.push(j);
        if (j.end > f.end) tailEnd = Math.max(tailEnd, j.end);
      }
      // "5 آلاف ريال للأول و7 للثاني": bare figures after a lone figure (or the last of a list) that names its currency.
      const lastFact = facts[facts.length - 1] as MoneySpan;
      if (lastFact.rule !== 'ar.money.no-currency' && (lastFact.currency !== null || lastFact.bare != null)) {
        for (const e of readEllipsis(ctx, lastFact, f.number, f.minorExp)) {
          out.push(e);
        }
      }
    }
    return out;
  },
};

/**
 * Between a figure in a fraction noun and a bare scaled one that repeats it: a word of comparison or change
 * ("288 مليار سنتيم مقابل 300 مليار", "من 150 مليار سنتيم إلى 210 مليارات", "و90 مليارا").
 */
const FRACTION_REPEATED = /^\s{0,2}[،,]?\s{0,2}(?:(?:مقابل|بعد|عن|من|إلى|الى|أو|او)\s{1,2}|و\s?)(?:(?:أكثر|اكثر|أقل|اقل|نحو|حوالي)\s{1,2}(?:من\s{1,2})?)?$/u;

/** "على التوالي" after the last figure of a list: each figure is its own amount. */
const RESPECTIVELY_AFTER = /^\s{0,2}[،,]?\s{0,2}(?:على|علي)\s{1,2}(?:التوالي|التوالى)/u;
/** A scale word a member of a list may carry: "800 مليون", "500 ألف". */
const SCALE_WORD = String.raw`(?:تر[يی]?ليون|مليار|بليون|مليون|ملايين|ملايير|مليارات|ألف|الف|آلاف|الاف)[\u064B-\u0652]{0,2}(?:ا|ات)?[\u064B-\u0652]{0,2}(?![\p{L}\p{M}])`;
/**
 * One figure of the list before the last, after a space or its own و: "3 و", "و5 و", "12، ", "800 مليون و" (a member
 * may carry its own scale word).
 */
const LIST_ITEM_BEFORE = new RegExp(
  String.raw`(?:^|[\s،,(])(?:[وفبل]{1,2}ـ?\s?)?(?<item>${AR_TOKEN_SRC}(?:\s{1,2}${SCALE_WORD})?)(?:\s{0,2}[،,]\s{0,2}(?:و\s?)?|\s{1,2}و\s?)$`,
  'u',
);
/** Before a list's first figure, words that make its figures a range or names: "بين 3 و5", "المواد 3 و5", "يومي 12 و13". */
const NOT_A_LIST_BEFORE =
  /(?:^|[\s،,(])(?:(?:ما\s{0,2})?بين|من|تتراوح|يتراوح|تراوح|تراوحت|رقم|رقمي|المادة|المادتين|المادتان|المواد|مادة|الفقرة|الفقرتين|الفقرات|البند|البندين|البنود|الفصل|الفصول|الصف|الصفين|المرحلة|المرحلتين|الساعة|يوم|يومي|عامي|العامين|عام|سنة|سنتي|الأعوام|الاعوام|السنوات|الحلقة|الجولة|الجولتين|الدرجة|المرتبة|المركز|المركزين|الطابق|الكيلو|المتر)\s{1,2}$/u;

/**
 * A list of figures that share the currency (and the scale word) of the last: "بلغت الإيرادات 3 و5 و7 ملايين دينار
 * كويتي" is three amounts, 3, 5 and 7 million dinars; "بلغ الإيجار 13,250 و16,250 دينارا على التوالي". Each figure's
 * span is its own; one with its own scale word keeps it ("800 مليون و1.2 مليار ريال"). No list after بين (a range)
 * or a word that names its figures (المواد 3 و5), and a year is never a member.
 */
function readList(ctx: ExtractContext, last: ArFigure): MoneySpan[] | null {
  const { scan } = ctx;
  // "بسعر (12,600) و(12,800) جنيه": figures each in its brackets, as tenders list offers, are a list too.
  const bracketed = scan[last.numberStart] === '(';
  const respectively = bracketed || RESPECTIVELY_AFTER.test(scan.slice(last.end, last.end + 24));
  // Without على التوالي, a list takes a currency only from a last figure that names one.
  if (!respectively && ((last.currency === null && last.bare == null) || last.rule === 'ar.money.no-currency')) return null;
  const fact = strip(last);
  const out: MoneySpan[] = [fact];
  let at = last.numberStart;
  let named = false;
  for (let i = 0; i < 6; i++) {
    const head = scan.slice(Math.max(0, at - 72), at);
    let m = LIST_ITEM_BEFORE.exec(head);
    // "سجل التمر الأحمر 20 والأسود 15 جنيها": each member after its own noun, as price boards list them.
    if (!m && !bracketed) {
      m = LIST_NOUN_ITEM_BEFORE.exec(head);
      if (m && (NOT_PRICED.test(m.groups?.pre ?? '') || NOT_PRICED.test(m.groups?.noun ?? ''))) m = null;
      if (m) named = true;
    }
    const item = m?.groups?.item;
    if (!m || item === undefined || (bracketed && !item.startsWith('('))) break;
    const n = parseArNumber(item);
    if (!n || !/[\d٠-٩]/u.test(item) || (n.scale === 0 && !n.digitsOnly) || YEAR_FIGURE.test(item.trim())) break;
    const start = at - head.length + m.index + m[0].indexOf(item);
    let amount = n.value;
    if (n.scale === 0 && last.number.scale > 0) {
      // "1500 و2 مليون": a bare member in the thousands is no count of millions; not a list.
      if (!respectively && compare(amount, THOUSAND) >= 0) break;
      amount = mulPow10(amount, last.number.scale);
    }
    if (last.minorExp !== 0) amount = mulPow10(amount, last.minorExp);
    out.unshift({ ...fact, start, end: start + item.length, amount, qualifier: 'exact', min: null, max: null, rule: respectively ? 'ar.money.respectively' : 'ar.money.list' });
    at = start;
  }
  if (out.length === 1) return null;
  // "بين (12) و(15) ديناراً", "بين 3 و5 ملايين": a range, read by readRange; "المواد 3 و5": names.
  const before = scan.slice(Math.max(0, at - 16), at);
  // "بنحو 3 و5 ملايين دينار", "لم تقل عن 110 و120 دج": a qualifier before the first member is every member's (as the
  // Chinese lists read 约 before the first), and joins the first member's span; "أكثر من 300 و400": its من opens no range.
  const { qualifier, from } = qualifierBefore(scan, at);
  const qualifierMin = qualifier !== 'exact' && /من\s{1,2}$/u.test(before);
  if (bracketed ? /(?:بين|من)\s{1,2}$/u.test(before) : !named && !qualifierMin && NOT_A_LIST_BEFORE.test(before)) return null;
  if (qualifier !== 'exact' && !named) {
    return out.map((f, i) => (f.qualifier === 'exact' ? { ...f, qualifier, ...(i === 0 && from !== null ? { start: from } : {}) } : f));
  }
  return out;
}

/** Digits alone, as a figure that leaves its scale and currency to the one before it is written. */
const BARE_DIGITS = String.raw`\d{1,3}(?:,\d{3}){1,3}|\d{1,6}(?:[.,]\d{1,3})?`;
/** Where such a figure ends: punctuation, the end of the text, or و and the next item. */
const ITEM_END = String.raw`(?=\s{0,2}(?:$|[.،,؛;:)\n!؟]|[-–]\s|و\s?\p{L}))`;
/** A member of a list after its own noun, before و and the next member's noun: "الأحمر 20 والأسود ". */
const LIST_NOUN_ITEM_BEFORE = new RegExp(
  String.raw`(?:^|[\s،,(])و?(?<pre>ال[\p{L}\p{M}]{2,14})\s{1,2}(?<item>${BARE_DIGITS})\s{0,2}[،,]?\s{0,2}و\s?(?<noun>ال[\p{L}\p{M}]{2,14}(?:\s{1,2}ال[\p{L}\p{M}]{2,14})?)\s{1,2}$`,
  'u',
);
/** A phrase of purpose or time after a figure: "للأول", "للمخالفة الأولى", "في 2023", "خلال الربع الثاني". */
const PHRASE = String.raw`(?:(?:لل|ل)[\p{L}\p{M}]{2,14}|(?:في|فى|خلال)\s{1,2}(?:عام\s{1,2})?(?:\d{4}|(?:ال)?[\p{L}\p{M}]{2,14}))(?:\s{1,2}(?:ال)?[\p{L}\p{M}]{2,14})?`;
/** "5 آلاف ريال للأول و7 للثاني", "7 ملايين دينار في 2023 و9 في 2024": و, a bare figure, and a phrase like the one before. */
const ELLIPSIS_PARALLEL = new RegExp(String.raw`^\s{1,2}(?<p1>${PHRASE})\s{0,2}[،,]?\s{0,2}و\s?(?<n>${BARE_DIGITS})\s{1,2}(?<p2>${PHRASE})${ITEM_END}`, 'du');
/** "سعر كيلو الطماطم 8 جنيهات والبطاطس 6", "الإيرادات 45 مليار دينار والنفقات 60": و, a noun with the article, a bare figure. */
const ELLIPSIS_NOUN = new RegExp(
  String.raw`^\s{0,2}(?:[،,]\s{0,2}(?<waw>و)?\s?|(?<and>و)\s?)(?<noun>ال[\p{L}\p{M}]{2,14}(?:\s{1,2}ال[\p{L}\p{M}]{2,14})?)\s{1,2}(?:ب\s?ـ?\s?|بسعر\s{1,2})?` +
    String.raw`(?<n>${BARE_DIGITS})(?:\s{0,2}[-–]\s{0,2}(?<hi>${BARE_DIGITS}))?(?<per>\s{1,2}(?:لل|لكل\s{1,2})[\p{L}\p{M}]{2,12})?${ITEM_END}`,
  'du',
);
/** A word of price before a figure: what makes items after commas alone a price board. */
const PRICE_WORD = /سعر|أسعار|اسعار|ثمن|يباع|تباع|بيع/u;
/** Nouns after which a bare figure is a rank, a time, a rate or a size, not a price: "والمرتبة 3", "والنمو 5". */
const NOT_PRICED = /^ال(?:عدد|تعداد|نسب|مرتب|ترتيب|مركز|عام|سن|ساع|دقيق|ماد|فقر|رقم|هاتف|مرحل|دور|جول|أسبوع|اسبوع|شهر|يوم|صف|فصل|عمر|طول|وزن|مساح|درج|نمو|تضخم|فائد|حرار|عمق|ارتفاع|زياد|نقاط|نقط|فريق|منتخب|طابق|حي|شارع|مبنى|قطع|لاعب|هدف|أهداف|اهداف|إصدار|اصدار|نسخ|جيل|مستوى|عيار|أوكتان|اوكتان|بنزين|مؤشر)/u;
/** A time or rate after a bare figure makes it something else: "و9 في المئة", "و3 في الصباح". */
const NOT_MONEY_PHRASE = /(?:المئة|المائة|بالمئة|بالمائة|الصباح|المساء|الساعة|الدقيقة)/u;

/**
 * Bare figures after a money figure that repeat its scale and currency by ellipsis, as lists of prices, fees and
 * budget lines write them: "الراتب 5 آلاف ريال سعودي للأول و7 للثاني" (7,000 SAR), "سعر كيلو الطماطم 8 جنيهات
 * والبطاطس 6 والبصل 10", "الإيرادات 45 مليار دينار ليبي والنفقات 60". Each span is the figure alone. A bare figure
 * of a thousand or more after a scaled one is left alone (no one writes 9500 for 9,500 millions); so is a year.
 */
function readEllipsis(ctx: ExtractContext, first: MoneySpan, number: ArNumber, minorExp: number): MoneySpan[] {
  const { scan } = ctx;
  const out: MoneySpan[] = [];
  let end = first.end;
  // "… بين 10 و20 قرشا، البصل 25- 45، البطاطا 25- 40": a price board may list its items after commas alone.
  const priceList = first.per === 'unit' || first.qualifier === 'range' || PRICE_WORD.test(scan.slice(Math.max(0, first.start - 80), first.start));
  for (let i = 0; i < 6; i++) {
    const rest = scan.slice(end, end + 120);
    const p = ELLIPSIS_PARALLEL.exec(rest);
    const q = p ? null : ELLIPSIS_NOUN.exec(rest);
    const m = p ?? q;
    const written = m?.groups?.n;
    if (!m || written === undefined) break;
    if (p && (sameFamily(p.groups?.p1 ?? '', p.groups?.p2 ?? '') === false || NOT_MONEY_PHRASE.test(`${p.groups?.p1} ${p.groups?.p2}`))) break;
    if (q && (NOT_PRICED.test(q.groups?.noun ?? '') || (q.groups?.waw === undefined && q.groups?.and === undefined && !priceList))) break;
    if (YEAR_FIGURE.test(written)) break;
    const n = parseArNumber(written);
    if (!n || !n.digitsOnly) break;
    let amount = n.value;
    if (number.scale > 0) {
      if (compare(amount, THOUSAND) >= 0) break;
      amount = mulPow10(amount, number.scale);
    }
    if (minorExp !== 0) amount = mulPow10(amount, minorExp);
    const start = end + (m.indices?.groups?.n?.[0] ?? 0);
    // "البصل 25- 45": a range of its own, in the same scale and currency.
    const hiWritten = q?.groups?.hi;
    const hi = hiWritten !== undefined ? parseArNumber(hiWritten) : null;
    if (hiWritten !== undefined) {
      if (!hi?.digitsOnly || (number.scale > 0 && compare(hi.value, THOUSAND) >= 0)) break;
      const high = mulPow10(mulPow10(hi.value, number.scale), minorExp);
      if (compare(amount, high) >= 0) break;
      const hiEnd = end + (m.indices?.groups?.hi?.[1] ?? 0);
      out.push({ ...first, start, end: hiEnd, amount, qualifier: 'range', min: amount, max: high, rule: 'ar.money.ellipsis' });
      end += m[0].length;
      continue;
    }
    out.push({ ...first, start, end: start + written.length, amount, qualifier: 'exact', min: null, max: null, rule: 'ar.money.ellipsis' });
    end += m[0].length;
  }
  return out;
}
/** "للأول … للثاني", "في 2023 … في 2024": the two phrases open with the same kind of word. */
function sameFamily(a: string, b: string): boolean {
  const kind = (x: string) => (/^ل/u.test(x) ? 'l' : 'fi');
  return kind(a) === kind(b);
}

const NOUN_RES = AR_CURRENCIES.map((c) => [new RegExp(`^(?:من\\s{1,2})?(?:${c.noun})$`, 'u'), c] as const);
/** The power of ten a currency noun counts in: 0 for a unit (دينار), -2 for قرش, -3 for مليم. */
function minorExpOf(noun: string, code: string | null): number {
  const c = NOUN_RES.find(([re]) => re.test(noun))?.[1];
  return c ? minorExponent(c, code) : 0;
}

/** "6 دراهم" and "8 دراهم": the two figures name one currency noun (its stem). */
function sameNoun(noun: string, secondText: string): boolean {
  const c = NOUN_RES.find(([re]) => re.test(noun))?.[1];
  const words = secondText.match(/\p{L}+/gu) ?? [];
  return c !== undefined && words.some((x) => NOUN_RES.find(([re]) => re.test(x))?.[1] === c);
}

/** "110 دج وحتى 120 دج": a first end with its own currency noun or code names the second's; a bare one borrows it. */
function sameUnit(noun: string | undefined, code: string | undefined, secondText: string): boolean {
  if (noun !== undefined) return sameNoun(noun, secondText);
  return code === undefined || secondText.replace(/\s/gu, '').includes(code.replace(/\s/gu, ''));
}

/** A figure without what the rule left for this refiner. */
function strip(f: ArFigure): MoneySpan {
  const { number: _n, minorExp: _e, at: _a, numberStart: _s, ...fact } = f;
  return fact;
}

/**
 * Whether the word between a range's figures goes with the word that opens it: "بين 5 و7", and as speech has it
 * "ما بين 5 إلى 7"; "من 5 إلى 7", "من 5 حتى 7". The و before إلى/حتى and a trailing غاية belong to the joiner ("من 6 دراهم
 * وإلى غاية 12 درهما", "من 14 ألف جنيه وحتى 18 ألفا", as Moroccan and Egyptian price reports write the upper end).
 */
function joinFits(open: string, join: string): boolean {
  const word = join.replace(/^و\s?(?=[إا]ل|حتى)/u, '').replace(/\s{1,2}غاية$/u, '');
  return /بين/u.test(open) ? ['و', 'إلى', 'الى'].includes(word) : ['إلى', 'الى', 'حتى', 'ل'].includes(word);
}

const TAIL_OPEN = /(?:^|[\s،,(])(?<open>(?:ما\s{0,2})?بين|من)\s{1,2}$/u;
const TAIL = new RegExp(String.raw`^\s{1,2}(?<join>(?:و\s?)?(?:إلى|الى)\s{1,2}غاية|وإلى|والى|وحتى|إلى|الى|حتى|و|ل)\s?ـ?\s?(?<second>${AR_NUMBER_SRC})`, 'u');
/** "14 ألف جنيه أو 18 ألفا", "14 ألف جنيه – 18 ألفا": alternatives or a dash need no opening word. */
const TAIL_NO_OPEN = new RegExp(String.raw`^(?:\s{1,2}(?<join>أو|او)\s{1,2}|\s?[-–]\s?)(?<second>${AR_NUMBER_SRC})`, 'u');

/**
 * A range or change whose second figure has no currency of its own: "من 4105 جنيهات إلى 5155",
 * "بين 100 دينار و150": it takes the first figure's currency (and its scale, when it has none).
 */
function readTail(ctx: ExtractContext, first: ArFigure, at: number): MoneySpan[] | null {
  const { scan } = ctx;
  const o = TAIL_OPEN.exec(scan.slice(Math.max(0, at - 16), at));
  const t = o ? TAIL.exec(scan.slice(first.end, first.end + 120)) : TAIL_NO_OPEN.exec(scan.slice(first.end, first.end + 120));
  if (!t?.groups) return null;
  const between = /بين/u.test(o?.groups?.open ?? '');
  if (o && !joinFits(o.groups?.open ?? '', t.groups.join ?? '-')) return null;
  const tailEnd = first.end + t[0].length;
  if (!isBareAfter(scan, tailEnd) || /^\s{0,2}[%٪]/u.test(scan.slice(tailEnd, tailEnd + 3))) return null;
  const n = parseArNumber(t.groups.second as string);
  if (!n) return null;
  // With no من or بين, the second figure is written as the first is, scale word and all ("14 ألف جنيه أو 18 ألفا"), not
  // "5 آلاف جنيه أو 10 سنوات", "20 دينارا - 2019".
  if (!o && (n.scale === 0 || n.scale !== first.number.scale)) return null;
  let high = n.value;
  if (n.scale === 0 && first.number.scale > 0 && n.digitsOnly) high = mulPow10(high, first.number.scale);
  if (n.digitsOnly && first.number.digitsOnly) high = dottedAsThousands(t.groups.second as string, scan.slice(first.numberStart, first.end), first.amount) ?? high;
  // "من 20 قرشا إلى 35": the second figure is counted in the first's fraction.
  if (first.minorExp !== 0) high = mulPow10(high, first.minorExp);
  const fact = strip(first);
  const secondStart = tailEnd - (t.groups.second as string).length;
  if (o && !between && changeBefore(scan, at)) {
    return [fact, { ...fact, start: secondStart, end: tailEnd, amount: high, qualifier: 'exact', rule: 'ar.money.change-to' }];
  }
  if (compare(first.amount, high) >= 0) return null;
  return [{ ...fact, end: tailEnd, qualifier: 'range', min: first.amount, max: high, rule: 'ar.money.range' }];
}

/**
 * The figure before a matched one, when the two make a range ("بين 2 و3
 * مليارات دولار", "من 10 إلى 20 دولار", "10-20 دولار") or a change ("ارتفعت من
 * 2 إلى 3 مليارات دولار": two facts). A bare first figure borrows the second's
 * scale word and currency.
 */
function readRange(ctx: ExtractContext, second: ArFigure, numberStart: number): MoneySpan[] | null {
  const { scan } = ctx;
  const headStart = Math.max(0, numberStart - 120);
  const head = scan.slice(headStart, numberStart);
  let firstText: string;
  let firstStart: number;
  let open = '';
  let unitFirst: ArNumber | null = null;
  let ownNoun: string | undefined;
  const r = RANGE_HEAD.exec(head);
  const u = r ? null : UNIT_HEAD.exec(head);
  const w = r || u ? null : WAW_TO_HEAD.exec(head);
  const t = r || u || w || !UPTO_END.test(head) ? null : UPTO_HEAD.exec(head);
  if (u?.groups?.unit !== undefined) {
    if (!joinFits(u.groups.open ?? '', u.groups.join as string)) return null;
    firstText = u.groups.unit;
    firstStart = headStart + u.index + u[0].indexOf(firstText, u[0].indexOf(u.groups.open as string) + (u.groups.open as string).length);
    open = u.groups.open as string;
    unitFirst = { value: parseDecimal(u.groups.dual === undefined ? '1' : '2') as Decimal, scale: 0, digitsOnly: false };
    ownNoun = firstText.replace(/(?:ان|ين)$/u, '');
  } else if (w?.groups?.first !== undefined && second.start === numberStart && w.groups.fcur !== undefined && sameNoun(w.groups.fcur, scan.slice(numberStart, second.end))) {
    firstText = w.groups.first;
    firstStart = headStart + w.index + w[0].indexOf(firstText);
    open = 'من';
    ownNoun = w.groups.fcur;
  } else if (t?.groups?.first !== undefined && sameUnit(t.groups.fcur, t.groups.fcode, scan.slice(numberStart, second.end))) {
    firstText = t.groups.first;
    firstStart = headStart + t.index + t[0].indexOf(firstText);
    // "ارتفع سعر الكيلو بـ 100 دج وصولا إلى 300 دج": after a verb of change, a rise and where it reached, two figures.
    if (changeBefore(scan, firstStart)) return null;
    open = 'حتى';
    ownNoun = t.groups.fcur ?? t.groups.fcode;
  } else if (r?.groups?.first !== undefined) {
    if (!joinFits(r.groups.open ?? '', r.groups.join ?? '')) return null;
    // "من 2200 أو 2500 إلى 3200 جنيه": a first end given as two alternatives runs from the lower, which comes first.
    const alt = r.groups.alt !== undefined ? parseArNumber(r.groups.alt) : null;
    const lower = parseArNumber(r.groups.first);
    if (r.groups.alt !== undefined && (!alt || !lower || compare(lower.value, alt.value) >= 0 || alt.scale !== lower.scale)) return null;
    firstText = r.groups.first;
    firstStart = headStart + r.index + r[0].indexOf(firstText, r[0].indexOf(r.groups.open as string) + (r.groups.open as string).length);
    open = r.groups.open as string;
    ownNoun = r.groups.fcur;
  } else {
    const d = DASH_HEAD.exec(head) ?? OR_HEAD.exec(head) ?? APPROX_TO_HEAD.exec(head);
    if (!d?.groups?.first || second.start !== numberStart) return null;
    firstText = d.groups.first;
    firstStart = headStart + d.index + d[0].indexOf(firstText);
    open = /أو|او|إلى|الى/u.test(d[0].slice(-6)) ? 'أو' : '';
  }
  const first = unitFirst ?? parseArNumber(firstText);
  if (!first) return null;
  if (yearAsFirst(scan, firstText, firstStart, first.scale === 0 && second.number.scale > 0)) return null;
  let low = first.value;
  // "بين 2500 مليم و3 دنانير", "ما بين 50 قرشا إلى 1 جنيه": a first figure with its own currency word counts in it.
  const firstExp = ownNoun === undefined ? second.minorExp : minorExpOf(ownNoun, second.currency);
  if (first.scale === 0 && second.number.scale > 0 && ownNoun === undefined) low = mulPow10(low, second.number.scale);
  if (first.digitsOnly && second.number.digitsOnly) low = dottedAsThousands(firstText, scan.slice(numberStart, second.end), second.number.value) ?? low;
  // "بين 4 – 4500 ليرة", "15 - 15500": the first figure in thousands, its thousands left unsaid, as Syrian price reports write it.
  if (open !== 'من' && first.digitsOnly && second.number.digitsOnly && first.scale === 0 && second.number.scale === 0) low = shortThousands(firstText, scan.slice(numberStart, second.end), low, second.number.value);
  // "بين 15 و30 قرشا", "من 20 إلى 35 قرشا": the first figure is counted in the same fraction.
  if (firstExp !== 0) low = mulPow10(low, firstExp);
  // "5 أو 3": alternatives that fall are no range, nor is a dash between a larger and a smaller figure ("رقم (2019-400)").
  if ((open === 'أو' || open === 'حتى' || (open === '' && !r)) && compare(low, second.amount) >= 0) return null;
  // "(350-400) جنيه": the span takes in the bracket that opens the range when it closes inside it.
  if (open === '' && !r && scan[firstStart - 1] === '(' && scan.slice(firstStart, second.end).includes(')')) firstStart -= 1;
  const fact = strip(second);
  // "سعر كيلو الطماطم ما بين 8 و10 دراهم": a rate word before the range or change is read before its first figure.
  let per = fact.per;
  if (!per) {
    const pre = scan.slice(Math.max(0, firstStart - 60), firstStart).replace(/(?:(?:ما\s{0,2})?بين|من)\s{1,2}$/u, '');
    for (const [re, p] of PER_BEFORE) if (re.test(pre)) per = p;
  }
  if (open === 'من' && changeBefore(scan, firstStart)) {
    // "ارتفعت الرسوم من 100 جنيه إلى 350 جنيهاً": the first figure's own currency word is in its span.
    const own = r?.groups?.first !== undefined || w
      ? head.slice(firstStart - headStart).replace(/\s{0,2}(?:إلى|الى|حتى|ل)?\s?ـ?\s?$/u, '').length
      : firstText.length;
    const firstFact: MoneySpan = {
      ...fact, start: firstStart, end: firstStart + Math.max(own, firstText.length), amount: low, qualifier: 'exact', per,
      rule: 'ar.money.change-from',
    };
    return [firstFact, { ...fact, per }];
  }
  return [{ ...fact, start: firstStart, amount: low, qualifier: 'range', min: low, max: second.amount, per, rule: 'ar.money.range' }];
}
