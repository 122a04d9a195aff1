import { add, compare, fromInt, mulPow10, parseDecimal, ZERO, type Decimal } from '../util/decimal.js';

/**
 * Arabic numbers as news writes them: digits (already folded to ASCII, see
 * digits.ts), number words in their masculine, feminine, nominative and
 * oblique forms, and scale words, joined by spaces and the conjunction و:
 * "ثلاثة مليارات", "نصف مليار", "ألف ومائتين وخمسين مليون",
 * "تريليون و200 مليار", "5 مليارات و500 مليون", "مليون ونصف".
 */

/** Optional short vowels, tanween and dagger alif after a word: مليارًا, ألفاً. */
const HARAKAT = '[\\u064B-\\u0652\\u0670]{0,3}';
/** A word ends where no letter or mark follows. */
export const AR_WORD_END = '(?![\\p{L}\\p{M}])';

const UNIT_STEMS: ReadonlyArray<readonly [string, number]> = [
  // Egyptian copy writes a final ي as ى (اثنى, ثمانى, مليارى); the parser reads the word with ي.
  // A hamza where the word has none, as two and eleven are often misspelt: إثنا عشر, أثنين, أحدى عشر.
  ['واحد|واحدة|واحده|أحد|احد|إحدى|احدى|إحدي|احدي|أحدى|أحدي', 1],
  ['اثنان|اثنين|اثنتان|اثنتين|اثنا|اثني|اثنى|اثنتا|اثنتي|اثنتى|إثنان|إثنين|إثنا|إثني|إثنى|إثنتا|إثنتي|إثنتان|إثنتين|أثنان|أثنين|أثنا|أثني|أثنى|أثنتا|أثنتي', 2],
  ['ثلاث|ثلاثة|ثلاثه', 3], ['أربع|أربعة|اربع|اربعة|أربعه|اربعه', 4], ['خمس|خمسة|خمسه', 5], ['ست|ستة|سته|ستّ|ستّة|ستّه', 6], ['سبع|سبعة|سبعه', 7],
  ['ثمان|ثماني|ثمانى|ثمانية|ثمانيه', 8], ['تسع|تسعة|تسعه', 9], ['عشر|عشرة|عشره', 10],
  // Egyptian spellings, as quoted prices write them: ت for ث (تلاتة, تمانية, اتنين) and the teens in one word (خمستاشر).
  ['اتنين|إتنين|اتنان', 2], ['تلات|تلاتة|تلاته', 3], ['تمانية|تمانيه|تماني', 8],
  ['حداشر|احداشر', 11], ['اتناشر|إتناشر', 12], ['تلتاشر|تلاتاشر', 13], ['اربعتاشر|أربعتاشر|اربعطاشر', 14], ['خمستاشر|خمسطاشر', 15],
  ['ستاشر|سطاشر', 16], ['سبعتاشر|سبعطاشر', 17], ['تمنتاشر|تمانتاشر', 18], ['تسعتاشر|تسعطاشر', 19],
];
const TEN_STEMS: ReadonlyArray<readonly [string, number]> = [
  ['عشر', 20], ['ثلاث', 30], ['تلات', 30], ['أربع', 40], ['اربع', 40], ['خمس', 50], ['ست|ستّ', 60], ['سبع', 70], ['ثماني|ثمان|تمان', 80], ['تسع', 90],
];
const HUNDRED_PREFIX: Readonly<Record<string, number>> = {
  '': 1, ثلاث: 3, ثلاثة: 3, ثلاثه: 3, أربع: 4, اربع: 4, أربعة: 4, أربعه: 4, اربعه: 4, خمس: 5, خمسة: 5, خمسه: 5, ست: 6, ستة: 6, سته: 6, سبع: 7, سبعة: 7, سبعه: 7,
  ثمان: 8, ثماني: 8, ثمانى: 8, ثمانية: 8, ثمانيه: 8, تسع: 9, تسعة: 9, تسعه: 9,
  تلات: 3, تلت: 3, تمان: 8,
};
/** "ثمنمائة", "تمنمية": eight hundred as often misspelt, only glued (ثمن and تمن alone are "price"). */
const GLUED_HUNDRED_PREFIX: Readonly<Record<string, number>> = { ثمن: 8, تمن: 8 };
/** Scale words → power of ten, and the count they stand for alone (the dual is two). */
const SCALES: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/^(?:ال)?تر[يی]?ليون(?:ين|ان|ي)$/u, 12, 2], [/^(?:ال)?(?:تر[يی]?ليون(?:ا|ات)?)$/u, 12, 1],
  [/^(?:ال)?(?:مليار(?:ين|ان|ي)|بليون(?:ين|ان|ي))$/u, 9, 2], [/^(?:ال)?(?:مليار(?:ا|ات)?|بليون(?:ا|ات)?|بلايين|ملايير)$/u, 9, 1],
  [/^(?:ال)?مليون(?:ين|ان|ي)$/u, 6, 2], [/^(?:ال)?(?:مليون(?:ا)?|ملايين)$/u, 6, 1],
  [/^(?:ال)?(?:ألف(?:ين|ان|ي)|الف(?:ين|ان|ي))$/u, 3, 2], [/^(?:ال)?(?:ألف(?:ا)?|الف(?:ا)?|آلف|آلاف|الاف|ألاف|الآف|آلآف|ألآف|الأف)$/u, 3, 1],
];
/** Plural scale words alone are vague ("ملايين الدولارات" = millions of dollars), never an amount. */
const PLURAL_SCALE = /^(?:ال)?(?:تر[يی]?ليونات|مليارات|بلايين|ملايير|ملايين|آلاف|الاف|ألاف|الآف|آلآف|ألآف|الأف)$/u;

// ه for ة, and a vowel mark on the prefix, as some papers write them: ثلاثِ مئهٍ, خمسه.
const HUNDREDS_SRC = `(?:(?:${Object.keys(HUNDRED_PREFIX).filter(Boolean).join('|')})${HARAKAT}\\s?)?(?:مائة|مئة|مائه|مئه|مية|ماية)|(?:${Object.keys(GLUED_HUNDRED_PREFIX).join('|')})(?:مائة|مئة|مائه|مئه|مية|ماية)|(?:مائت|مئت)(?:ان|ين|ا|ي|ى)|ميتين`;
const TENS_SRC = `(?:${TEN_STEMS.map(([s]) => s).join('|')})(?:ون|ين)`;
const UNITS_SRC = UNIT_STEMS.map(([s]) => s).join('|');
/**
 * A tatweel may stretch a scale word between two letters, as headlines and some Gulf and Iraqi papers write them
 * ("مليـار", "آلـاف", "ملاييـن"): the pattern lets one in after each letter that joins the next; the parser drops it.
 */
function stretched(src: string): string {
  return src.replace(/([\u0626\u0628-\u062E\u0633-\u063A\u0641-\u0647\u064A])(?=[\u0621-\u064A])/gu, '$1\u0640{0,4}');
}
/**
 * Scale words; a case ending may carry its tanween before the alif (مليارًا as written, مليارا, ملياراً); آلف and ألاف as news
 * misspells them; ملايير, the plural of مليار in Moroccan and Algerian copy (5 ملايير درهم).
 */
const SCALE_SRC = stretched(`(?:ال)?(?:(?:تريليون|ترليون|مليار|بليون|مليون)${HARAKAT}(?:ين|ان|ي|ى|ات|ا)?|بلايين|ملايير|ملايين|(?:ألف|الف)${HARAKAT}(?:ين|ان|ي|ى|ا)?|آلاف|الاف|ألاف|آلف|الآف|آلآف|ألآف|الأف)`);
const FRACTION_SRC = 'نصف|ربع';
/**
 * Western digits (after folding), in the groupings Arabic news uses:
 * - the Saudi and Kuwaiti agencies' reversed decimals, the integer part after ر (a space may follow it): 88ر5 = 5.88,
 *   14ر 163 = 163.14, 000ر250ر1 = 1,250,000;
 * - dots between groups of three: 1.500.000 (one dot and three digits, 12.000, is read by the rule, which knows the currency);
 * - commas between groups of three: 1,500,000 | 1,250.5;
 * - spaces between groups of three: 1 500 000;
 * - dots or spaces between groups and a decimal comma, as Algerian, Moroccan and Tunisian notices write them:
 *   1.250.000,50 | 2 500,75 | 1.250,500 (a Tunisian dinar's millimes);
 * - a colon for the decimal point before a currency word, as Egyptian copy writes pounds and piastres: ١٣:٥٠ جنيه = 13.50;
 * - Arabic commas between groups of three, as Sudanese and Yemeni price lists write them: ٤،٣٠٠ (not before a scale word);
 * - a decimal point or a decimal comma with one or two digits after it: 9.3 | 2,5 (the Arabic comma before a scale word: 12،5 مليار);
 * - any of these in parentheses, as budgets and contracts write them: (199) ترليون, (5) ملايين,
 *   or in guillemets or quotes, as Sudanese papers set figures apart: «35» جنيهًا, “120” جنيهاً.
 */
const DIGIT_GROUPS_SRC = String.raw`\d{1,3}(?:[.   ]\d{3}){1,5},\d{1,3}(?!\d)|\d{1,6}(?:ر ?\d{1,6}){1,3}(?!\d)|\d{1,3}(?:\.\d{3}){2,5}(?![\d.,]\d|\d)|\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,10})?(?!\d)|\d{1,3}(?:[   ]\d{3}){1,4}(?![\d.,]\d|\d)|\d{1,5}:\d{2}(?=\s{0,2}(?:جني|ريال|درهم|دراهم|دينار|دنانير|دولار|لير)|$)|\d{1,3}(?:،\d{3}){1,4}(?![\d،]|\s{0,2}(?:ال)?(?:تر[يی]?ليون|مليار|مليون))|\d{1,3}،\d{1,2}(?=\s{0,2}(?:ال)?(?:تر[يی]?ليون|مليار|مليون|ألف|الف))|\d{1,15}(?:\.\d{1,10}|,\d{1,2}(?!\d))?`;
export const AR_DIGITS_SRC = String.raw`${DIGIT_GROUPS_SRC}|\(\s?(?:${DIGIT_GROUPS_SRC})\s?\)|«\s?(?:${DIGIT_GROUPS_SRC})\s?»|[“"]\s?(?:${DIGIT_GROUPS_SRC})\s?[”"]`;

/** One number token: digits, a number word (with or without the article: المائة مليون) or a scale word. */
export const AR_TOKEN_SRC = `(?:${AR_DIGITS_SRC}|(?:${SCALE_SRC}|(?:ال)?(?:${HUNDREDS_SRC}|${TENS_SRC}|${UNITS_SRC})|${FRACTION_SRC})${HARAKAT}${AR_WORD_END})`;
/** Tokens joined by spaces or و (a word may follow digits or a closing bracket with no space: 10مليارات, (٢٣)ألف): at most 12, so a scan stays linear. */
/** A token after the first: no figure in parentheses ("خمسة آلاف (5000) ريال" restates the words, see the rule). */
const NEXT_TOKEN_SRC = `(?:${DIGIT_GROUPS_SRC}|(?:${SCALE_SRC}|(?:ال)?(?:${HUNDREDS_SRC}|${TENS_SRC}|${UNITS_SRC})|${FRACTION_SRC})${HARAKAT}${AR_WORD_END})`;
export const AR_NUMBER_SRC = `${AR_TOKEN_SRC}(?:(?:\\s{1,2}(?:و\\s?)?|(?<=[\\d)»”"]))${NEXT_TOKEN_SRC}){0,19}`;

const TOKEN_RE = new RegExp(`(و\\s?)?(${AR_TOKEN_SRC})`, 'gu');
const UNIT_RES = UNIT_STEMS.map(([s, v]) => [new RegExp(`^(?:${s})$`, 'u'), v] as const);
const TEN_RES = TEN_STEMS.map(([s, v]) => [new RegExp(`^(?:${s})(?:ون|ين)$`, 'u'), v] as const);
const HUNDRED_RE = /^(.*?)\s?(?:مائة|مئة|مائه|مئه|مية|ماية)$/u;
const HALF = parseDecimal('0.5') as Decimal;
const QUARTER = parseDecimal('0.25') as Decimal;

export interface ArNumber {
  value: Decimal;
  /** Power of ten of the last scale word (0 when none): "3 مليارات" → 9. */
  scale: number;
  /** True when the number is digits only, with no word. */
  digitsOnly: boolean;
}

/**
 * "9.3" → 9.3, "2,5" → 2.5 (decimal comma), "1,500,000", "1.500.000" and "1 500 000" → 1500000,
 * "88ر5" → 5.88 and "000ر250ر1" → 1250000 (reversed groups), "(5)" → 5. "12.000" is 12 here:
 * the rule decides whether one dot before three digits groups thousands.
 */
export function parseArDigits(raw: string): Decimal | null {
  const s = raw.replace(/^[(«“"]\s?|\s?[)»”"]$/gu, '');
  if (s.includes('ر')) {
    // "14ر 163" as the Kuwaiti agency sometimes spaces it: 163.14.
    const groups = s.replace(/ر /gu, 'ر').split('ر').reverse();
    if (groups.length === 2) return parseDecimal(`${groups[0]}.${groups[1]}`);
    // Three groups or more: thousands, each group after the first of three digits.
    if (!groups.slice(1).every((g) => g.length === 3)) return null;
    return parseDecimal(groups.join(''));
  }
  // "1.250.000,50", "2 500,75", "1.250,500" (a Tunisian dinar and its millimes): dots or spaces between groups and a
  // decimal comma, as Maghreb notices and tenders write them.
  if (/^\d{1,3}(?:[. \u00A0\u202F]\d{3})+,\d{1,3}$/u.test(s)) return parseDecimal(s.replace(/[. \u00A0\u202F]/gu, '').replace(',', '.'));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/u.test(s)) return parseDecimal(s.replace(/\./gu, ''));
  if (/^\d{1,3}(?:[ \u00A0\u202F]\d{3})+$/u.test(s)) return parseDecimal(s.replace(/[ \u00A0\u202F]/gu, ''));
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(s)) return parseDecimal(s.replace(/,/gu, ''));
  if (/^\d{1,3}(?:،\d{3})+$/u.test(s)) return parseDecimal(s.replace(/،/gu, ''));
  if (/^\d{1,5}:\d{2}$/u.test(s)) return parseDecimal(s.replace(':', '.'));
  return parseDecimal(s.replace(/[,،]/u, '.'));
}

/**
 * Evaluates a phrase matched by AR_NUMBER_SRC. Returns null when the tokens do
 * not form one number ("2 و3 مليارات" is two numbers: a range, read by the caller).
 */
export function parseArNumber(phrase: string): ArNumber | null {
  let total = ZERO; // completed scale groups
  let section = ZERO; // the group below the next scale word
  let sectionHasDigits = false;
  let lastScale = Infinity;
  let lastUnit: number | null = null; // a bare unit word, which a following مائة multiplies
  let lastWasScale = false;
  let lastWordExp = 0; // the power of the last scale word, for a range's bare first figure
  let absorb = -1; // "مليار ونصف المليار": the scale word after the half is already counted
  let count = 0;
  let digitsOnly = true;
  let prevEnd = 0;
  let restated = false;
  let digitsAfterWaw = false; // "800 مليون و1.2": digits after و that follow a whole scale group
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(phrase); m; m = TOKEN_RE.exec(phrase)) {
    const joined = m[1] !== undefined;
    if (m.index !== 0 && !/^\s*$/u.test(phrase.slice(prevEnd, m.index))) return null;
    prevEnd = m.index + m[0].length;
    let word = (m[2] as string).replace(/[\u064B-\u0652\u0670\u0640]/gu, '').replace(/ى$/u, 'ي');
    const tanween = /[\u064B-\u064D]/u.test(m[2] as string);
    count++;
    if (restated) {
      // "(1500) ألف دينار": one scale word, last, multiplies the figure; a restatement goes on in words.
      if (!(SCALES.some(([re]) => re.test(word)) && /^\s*$/u.test(phrase.slice(prevEnd)))) return null;
      restated = false;
    }
    if (/^[\d(«“"]/u.test(word)) {
      if (!isZeroDec(section) || (lastUnit !== null)) return null; // "2 و3": two numbers
      const d = parseArDigits(word);
      if (!d) return null;
      // "(1,312,800,000,000) ألف وثلاثمائة…": a figure in parentheses that the words after it restate.
      restated = word.startsWith('(') && d.n * 10n ** BigInt(Math.max(0, d.exp)) >= 1000n;
      section = d;
      sectionHasDigits = true;
      digitsAfterWaw = joined && !isZeroDec(total);
      lastUnit = null;
      lastWasScale = false;
      continue;
    }
    digitsOnly = false;
    const scale = SCALES.find(([re]) => re.test(word));
    if (scale) {
      const [, exp, alone] = scale;
      if (exp === absorb && isZeroDec(section)) {
        absorb = -1;
        continue;
      }
      let group = section;
      if (isZeroDec(group) && !(exp > lastScale && lastWasScale && !joined)) {
        if (PLURAL_SCALE.test(word)) return null; // "ملايين" with no number: vague
        // "ألفا دولار" is two thousand (a dual); "ألفًا", with tanween, is one. "مليارا و200 مليون" is one:
        // the dual of مليار and مليون is written ملياري / مليوني before a noun.
        group = fromInt(/^(?:ال)?(?:ألف|الف)ا$/u.test(word) ? (tanween ? 1 : 2) : alone);
      }
      if (exp > lastScale) {
        // "ألف ومائتين وخمسين مليون", "ألف مليون": a bigger scale after a smaller one multiplies all
        // so far. "500 مليون ومليار" is two numbers, and so is "800 مليون و1.2 مليار": no one counts
        // millions of billions. Thousands of millions are counted so ("11 ألف و197 مليون دينار" = 11,197 million).
        if (isZeroDec(section) && (joined || !lastWasScale)) return null;
        if (digitsAfterWaw && lastScale >= 6) return null;
        total = mulPow10(add(total, group), exp);
        lastScale += exp;
      } else if (exp < lastScale || (exp === lastScale && lessThanOne(group))) {
        // "مليار ونصف المليار": the half adds to the same scale.
        total = add(total, mulPow10(group, exp));
        lastScale = exp;
      } else if (exp === 3 && lastScale === 3 && joined && isZeroDec(section) && /^(?:ال)?(?:ألف|الف)$/u.test(word) && compare(total, fromInt(100000)) >= 0) {
        // "مائة ألف وألف" = 101,000: a thousand more after hundreds of thousands, as amounts are read out.
        total = add(total, mulPow10(group, exp));
      } else return null;
      lastWordExp = exp;
      section = ZERO;
      sectionHasDigits = false;
      digitsAfterWaw = false;
      lastUnit = null;
      lastWasScale = true;
      continue;
    }
    if (word === 'نصف' || word === 'ربع') {
      const frac = word === 'نصف' ? HALF : QUARTER;
      if (lastWasScale && joined && Number.isFinite(lastScale)) {
        // "مليون ونصف": half of the last scale.
        total = add(total, mulPow10(frac, lastScale));
        absorb = lastScale;
        lastWasScale = false;
        continue;
      }
      if (!isZeroDec(section)) return null;
      section = frac;
      lastWasScale = false;
      continue;
    }
    if (sectionHasDigits) return null; // digits then a word in one group: not one number
    word = word.replace(/^ال(?=[^ف])/u, ''); // "المائة مليون": the article on a number word
    const hundred = HUNDRED_RE.exec(word) ?? (/^(?:مائت|مئت|ميتين$)/u.test(word) ? ['', '2'] : null);
    if (hundred) {
      const prefix = hundred[1] ?? '';
      let times = prefix === '2' ? 2 : HUNDRED_PREFIX[prefix.trim()] ?? GLUED_HUNDRED_PREFIX[prefix];
      if (times === undefined) return null;
      // "مئة ومئتي": two numbers (a range), not three hundred.
      if (Number(section.n) * 10 ** section.exp % 1000 >= 100 && !(prefix === '' && lastUnit !== null && !joined)) return null;
      if (prefix === '' && lastUnit !== null && !joined) {
        // "ثلاث مائة": the unit before multiplies the hundred.
        section = add(section, fromInt(-lastUnit));
        times = lastUnit;
      }
      section = add(section, fromInt(times * 100));
      lastUnit = null;
      lastWasScale = false;
      continue;
    }
    const below100 = Number(section.n) * 10 ** section.exp % 100;
    const ten = TEN_RES.find(([re]) => re.test(word));
    if (ten) {
      if (below100 >= 10) return null; // "عشرة وعشرون" is two numbers; "خمسة وعشرون" is 25
      section = add(section, fromInt(ten[1]));
      lastUnit = null;
      lastWasScale = false;
      continue;
    }
    const unit = UNIT_RES.find(([re]) => re.test(word));
    if (!unit) return null;
    const teen = unit[1] === 10 && lastUnit !== null && !joined;
    if (below100 !== 0 && !teen) return null; // a unit comes first in its hundred: "مائة وخمسة"
    section = add(section, fromInt(unit[1])); // "ثلاثة عشر" adds up to 13, as "خمسة وعشرين" to 25
    lastUnit = unit[1] < 10 ? unit[1] : null;
    lastWasScale = false;
  }
  if (count === 0) return null;
  const value = add(total, section);
  if (isZeroDec(value)) return null;
  return { value, scale: lastWordExp, digitsOnly };
}

function isZeroDec(d: Decimal): boolean {
  return d.n === 0n;
}

function lessThanOne(d: Decimal): boolean {
  return d.exp < 0 && d.n > 0n && d.n < 10n ** BigInt(-d.exp);
}
