import type { Qualifier } from '../../../facts/schema.js';
import type { Basis, Direction } from '../fact.js';
import { AR_DIGITS_SRC, AR_NUMBER_SRC, AR_WORD_END, parseArDigits, parseArNumber } from '../../../numerals/ar.js';
import { fromInt, parseDecimal, type Decimal } from '../../../util/decimal.js';
import { atWordStart } from '../../wordstart.js';
import type { ExtractContext, KindRules, Rule } from '../../types.js';
import { consecutiveYears, lastMatch, less, percentSpan, sentenceAround, shift, type Around } from '../common.js';
import type { PercentSpan } from '../span.js';

// ---------------------------------------------------------------------------
// What the words around a figure say.

const E = AR_WORD_END;
/** Right before the figure (after بنسبة): نحو / أكثر من / أقل من… */
const QUALIFIER_BEFORE: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/(?:^|[\s،,(])(?:ب|و)?(?:ما لا يقل عن|لا يقل عن|لا تقل عن|ما يزيد على|ما يزيد عن|تزيد على|تزيد عن|يزيد على|يزيد عن|ما يربو على|أكثر من|اكثر من|أزيد من|ما فوق|فوق|تتجاوز|يتجاوز|تجاوزت|تجاوز)\s{1,2}$/u, 'over'],
  [/(?:^|[\s،,(])(?:ب|و)?(?:لا يتجاوز|لا تتجاوز|لا يزيد على|لا يزيد عن|لا تزيد على|لا تزيد عن|أقل من|اقل من|ما دون|دون|تحت|تصل إلى|تصل الى|يصل إلى|يصل الى|قد تصل إلى|قد يصل إلى)\s{1,2}$/u, 'under'],
  [/(?:^|[\s،,(])(?:ب|و)?(?:ما يقارب|ما يناهز|يقارب|تقارب|يناهز|تناهز|حوالي|حوالى|نحو|قرابة|زهاء|في حدود|حدود|ما يقرب من|يقرب من)\s{1,2}$/u, 'approx'],
];
const QUALIFIER_AFTER = /^\s{1,2}(?:تقريبا|تقريباً|تقريبًا)/u;
/** بنسبة / نسبتها / بمعدل: transparent words between the verb and the figure. */
const RATE_WORD = /(?:^|[\s،,(])(?:ب|و)?(?:نسبة|نسبته|نسبتها|معدل|بمقدار|مقدار|قدره|قدرها|ب)\s{0,2}$/u;

const UP = 'تفاقم|اتسع|اتساع|ارتفع|ارتفاع|انتعش|انتعاش|مرتفع|صاعد|متقدم|رفع|يرفع|ترفع|ترتفع|يرتفع|زاد|زيادة|يزيد|تزيد|نمو|نما|نمت|ينمو|تنمو|صعد|صعود|يصعد|تصعد|قفز|قفزة|يقفز|تقفز|تحسن|تحسّن|مكاسب|ارتقى|تضاعف|أعلى|اعلى|زيادت|ارتفاعات';
const DOWN = 'انحسر|انحسار|انخفض|انخفاض|منخفض|متراجع|هابط|خاسر|تنخفض|ينخفض|تراجع|يتراجع|هبط|هبوط|يهبط|تهبط|خفض|خفّض|تخفيض|يخفض|تقلص|تقلّص|انكمش|انكماش|خسر|فقدت|نزل|نزول|تدنى|تدني|تهاوى|تهاوت|هوى|هوت|انهار|انهيار|أدنى|ادنى|تآكل';
/** A share, a stake, a rate, a level: the figure is not a change (بنسبة is not one: see below). */
const LEVEL = 'حصة|حصتها|حصته|حصص|يملك|تملك|يمتلك|تمتلك|استحوذ|يستحوذ|تستحوذ|يشكل|تشكل|شكلت|يمثل|تمثل|مثلت|معدل البطالة|سعر الفائدة|أسعار الفائدة|الفائدة|التضخم';
/** نسبة / بلغت make a level only when no rise or fall is named before them ("بارتفاع بلغت نسبته 11%" is a rise). */
const LEVEL_WEAK = 'نسبة|نسبته|نسبتها|بلغت|بلغ|يبلغ|تبلغ|لتبلغ|ليبلغ';
const CUE = new RegExp(`(?:^|[\\s،,(])([وبلف]{1,2})?(?:ال)?(?:(?:(${UP})|(${DOWN}))\\p{L}{0,3}|(${LEVEL})|(${LEVEL_WEAK}))(?![\\p{L}\\p{M}])`, 'gu');
/** The figure is where something ended up or started: إلى 5%, من 4%, عند 3%. */
const AT_LEVEL = /(?:^|[\s،,(])(?:[وف]?(?:من|إلى|الى|عند|لتصل إلى|ليصل إلى|لتبلغ|ليبلغ|لتسجل|ليسجل|ليستقر عند|لتستقر عند|مستقرا عند|مستقرة عند))\s{1,2}$/u;
/** The end of an earlier percentage in the window: what comes before it is its own. */
const PREVIOUS = /(?:[%٪]|المئة|المائة|المية|مئوية|أساس)/gu;
/** Only a list separator after the earlier percentage: "5% و7% على التوالي" share its verb. */
const LIST_GAP = /^\s{0,2}[،,]?\s{0,2}(?:و|أو|إلى|الى)?\s{0,2}$/u;

const BASIS_CUE = new RegExp(
  [
    String.raw`(على أساس سنوي|علي أساس سنوي|على اساس سنوي|على أساس سنوى|مقارنة بنفس الفترة|مقارنة بالفترة نفسها|مقارنة بالفترة ذاتها|مقارنة بالفترة المماثلة|مقارنة بالفترة المقابلة|عن العام الماضي|عن العام السابق|عن السنة الماضية|عن السنة السابقة|عن نفس الفترة|عن الفترة نفسها|عن الفترة ذاتها|عن الفترة المماثلة|الفترة نفسها من العام|الفترة ذاتها من العام|نفس الفترة من العام|الفترة المماثلة من العام|الفترة المقابلة من العام|مقارنة بعام|مقارنة مع عام|سنويا|سنوياً|سنويًا)`,
    String.raw`(على أساس فصلي|على أساس ربعي|على أساس ربع سنوي|على اساس فصلي|على اساس ربعي|عن الربع السابق|عن الربع الماضي|مقارنة بالفصل السابق|فصليا|ربعيا)`,
    String.raw`(على أساس شهري|على اساس شهري|عن الشهر السابق|عن الشهر الماضي|شهريا|شهرياً|شهريًا)`,
  ].join('|'),
  'gu',
);
/** مقارنة بـ… further on in the sentence: what the comparison is with decides the basis. */
const LATE_COMPARISON = /مقارنة[\u064B\u064C]?\s{0,2}(?:ب|مع\s)(?:[^.؟!%٪]|\.(?=\d)){0,90}?(?:(?<yoy>(?:بال|لل|ال)(?:ربع|فصل|شهر)\s\S{2,10}\s(?:\S{1,8}\s)?من\s(?:العام|السنة)\s(?:الماضي|الماضية|السابق|السابقة)|(?:العام|السنة|عام|سنة)\s(?:الماضي|الماضية|السابق|السابقة|الفائت|الفائتة|المنصرم|المنصرمة)|الفترة\s(?:ذاتها|نفسها|المماثلة|المقابلة)|نفس الفترة)|(?<qoq>(?:بال|لل|ال)ربع\s(?:السابق|الماضي|الأول|الاول|الثاني|الثالث|الرابع)|(?:بال|لل|ال)فصل\s(?:السابق|الماضي))|(?<mom>(?:بال|لل|ال)شهر\s(?:السابق|الماضي)))/u;
const COMPARED_YEAR = /(?:مقارنة\s(?:ب|مع\s)(?:عام\s|العام\s)?|عن\s(?:عام\s)?)((?:19|20)\d{2})/u;

function directionAround(before: string, points: boolean): Direction | null {
  if (!points && AT_LEVEL.test(before)) return null;
  const window = before.slice(Math.max(0, before.length - 160));
  // Cut at an earlier percentage, unless only a list separator stands between.
  let from = 0;
  PREVIOUS.lastIndex = 0;
  for (let m = PREVIOUS.exec(window); m; m = PREVIOUS.exec(window)) {
    const endPrev = m.index + m[0].length;
    if (!LIST_GAP.test(window.slice(endPrev))) from = endPrev;
  }
  const span = window.slice(from);
  let last: Direction | 'level' | null = null;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(span); m; m = CUE.exec(span)) {
    if (m[2]) last = 'up';
    else if (m[3]) last = 'down';
    // Points are always a change: "خفض أسعار الفائدة 50 نقطة أساس".
    else if (m[4] && !points) last = 'level';
  }
  return last === 'level' ? null : last;
}

function basisAround(before: string, after: string, sentence: string, direction: Direction | null): Basis | null {
  // A basis right after the figure is its own; else the nearest before it in the sentence carries over.
  const tail = after.slice(0, 70);
  const cut = tail.search(/[%٪]|المئة|المائة|[.!؟]/u);
  BASIS_CUE.lastIndex = 0;
  const own = BASIS_CUE.exec(cut >= 0 ? tail.slice(0, cut) : tail);
  const m = own ?? lastMatch(BASIS_CUE, before);
  if (!m && direction !== null) {
    const next = after.search(/[%٪]|المئة|المائة/u);
    const late = LATE_COMPARISON.exec(after.slice(0, next >= 0 ? next : 250)) ?? LATE_COMPARISON.exec(before);
    if (late?.groups?.yoy) return 'yoy';
    if (late?.groups?.qoq) return 'qoq';
    if (late?.groups?.mom) return 'mom';
  }
  if (m) {
    // سنويا after a rate ("5% سنويا") is a rate per year, not a change: only with a direction.
    if (direction === null) return null;
    if (m[1]) {
      if (/^مقارنة\s(?:ب|مع\s)عام$/u.test(m[1]) || /^مقارنة (?:بعام|مع عام)$/u.test(m[1])) {
        return comparedYear(before + after, sentence);
      }
      return 'yoy';
    }
    if (m[2]) return 'qoq';
    return 'mom';
  }
  return comparedYear(before, sentence);
}

function comparedYear(text: string, sentence: string): Basis | null {
  const y = COMPARED_YEAR.exec(text);
  return (y && sentence.includes(`${Number(y[1]) + 1}`)) || consecutiveYears(sentence) ? 'yoy' : null;
}

/** Direction, basis and qualifier of the figure at [start, end). */
export function arAround(ctx: ExtractContext, start: number, end: number, points = false): Around {
  const { before, after, sentence } = sentenceAround(ctx, start, end);
  let qualifier: Qualifier = 'exact';
  let head = before;
  for (const [re, q] of QUALIFIER_BEFORE) {
    const m = re.exec(head);
    if (m) {
      qualifier = q;
      head = head.slice(0, m.index + (m[0].length - m[0].trimStart().length));
      break;
    }
  }
  if (qualifier === 'exact' && QUALIFIER_AFTER.test(after)) qualifier = 'approx';
  // بنسبة / بمقدار between the verb and the figure say nothing of their own.
  const rate = RATE_WORD.exec(head);
  if (rate) head = head.slice(0, rate.index + (rate[0].length - rate[0].trimStart().length));
  const direction = directionAround(head, points);
  return { direction, basis: basisAround(before, after, sentence, direction), qualifier };
}

// ---------------------------------------------------------------------------
// The forms.

const PERCENT_WORD = String.raw`(?:بالمئة|بالمائة|بالمية|بالمئه|بالمائه|بالمائةِ|في المئة|في المائة|في المية|في المئه|في المائه|فى المئة|فى المائة|في المـئة)${E}`;
const RANGE_BEFORE = new RegExp(
  String.raw`(?:(?:^|\s)(ما\s)?(بين)\s{1,2}|(?:^|\s)(من)\s{1,2}|(?:^|[^\d.,]))(${AR_DIGITS_SRC})\s{0,2}([%٪]|${PERCENT_WORD})?\s{0,2}(و|-|–|إلى|الى)\s{0,2}$`,
  'u',
);

/** A range written before the figure: بين 5 و8%, 5-8%, 5 إلى 8 في المئة (not من 5% إلى 8%: two levels). */
function rangeBefore(ctx: ExtractContext, start: number, max: Decimal): { from: number; min: Decimal } | null {
  const head = ctx.scan.slice(Math.max(0, start - 40), start);
  const m = RANGE_BEFORE.exec(head);
  if (!m) return null;
  const between = Boolean(m[2]);
  if (m[6] === 'و' && !between) return null;
  if (m[3] && m[5]) return null; // من 5% إلى 8%
  if (m[3]) return null; // من 5 إلى 8: from a level to another, or a range: left as one figure
  const min = parseArDigits(m[4] as string);
  if (!min || !less(min, max)) return null;
  const at = head.length - m[0].length + m[0].search(/\d/u);
  return { from: start - head.length + at, min };
}

const HEX_AFTER = /^[0-9A-Fa-f]{2}/u;

// 26% | ٢٦٪ | 54 % | 13,6% | بين 5 و8%
const arSign: Rule<PercentSpan> = {
  name: 'ar.percent.sign',
  pattern: new RegExp(String.raw`(?<![\dA-Za-z.,%٪])([-−+]?)(${AR_DIGITS_SRC})\s{0,2}([%٪])`, 'gu'),
  extract(m, ctx) {
    const end = m.index + m[0].length;
    if (HEX_AFTER.test(ctx.scan.slice(end, end + 2))) return null;
    let value = parseArDigits(m[2] as string);
    if (!value) return null;
    const range = m[1] ? null : rangeBefore(ctx, m.index, value);
    const start = range ? range.from : m.index;
    if (m[1] && m[1] !== '+') value = { n: -value.n, exp: value.exp };
    return percentSpan(start, end, range ? 'ar.percent.range' : 'ar.percent.sign', value, 'percent', arAround(ctx, start, end), range ? { min: range.min, max: value } : null);
  },
};

// %26 | ٪26: the sign before the digits, as Arabic copy often types it. Not %20 in an address.
const arSignFirst: Rule<PercentSpan> = {
  name: 'ar.percent.sign-first',
  pattern: new RegExp(String.raw`(?<![\dA-Za-z.,%٪/=&?_\-])([%٪])\s?(${AR_DIGITS_SRC})(?![\dA-Za-z%٪])`, 'gu'),
  extract(m, ctx) {
    const end = m.index + m[0].length;
    const value = parseArDigits(m[2] as string);
    if (!value) return null;
    return percentSpan(m.index, end, 'ar.percent.sign-first', value, 'percent', arAround(ctx, m.index, end), null);
  },
};

// 26 بالمئة | 13,6 في المائة | عشرة في المئة | نصف في المئة | خمسة وعشرين بالمئة
const arWords: Rule<PercentSpan> = {
  name: 'ar.percent.words',
  pattern: new RegExp(String.raw`(?<![\d.,])(${AR_NUMBER_SRC})\s{0,2}${PERCENT_WORD}`, 'gu'),
  extract(m, ctx) {
    const num = m[1] as string;
    // A number word starts a word (a clitic و/ب/ل before it is allowed); digits may follow a letter (ب5).
    if (!/^\d/u.test(num) && !atWordStart(ctx.scan, m.index) && !(/[وبل]/u.test(ctx.scan.charAt(m.index - 1)) && atWordStart(ctx.scan, m.index - 1))) return m.index + 1;
    const parsed = /^[\d.,]+$/u.test(num) ? parseArDigits(num) : parseArNumber(num)?.value ?? null;
    // "10 و15 في المئة" is two numbers: the second is the figure (the first, its range: see rangeBefore).
    if (!parsed) return m.index + 1;
    const end = m.index + m[0].length;
    const range = /^\d/u.test(num) ? rangeBefore(ctx, m.index, parsed) : null;
    const start = range ? range.from : m.index;
    return percentSpan(start, end, range ? 'ar.percent.range' : 'ar.percent.words', parsed, 'percent', arAround(ctx, start, end), range ? { min: range.min, max: parsed } : null);
  },
};

// 0.5 نقطة مئوية | نقطتين مئويتين | ربع نقطة مئوية | 50 نقطة أساس (basis points, read as points: 0.5)
const arPoints: Rule<PercentSpan> = {
  name: 'ar.percent.points',
  pattern: new RegExp(
    String.raw`(?<![\d.,])(?:(${AR_NUMBER_SRC})\s{0,2})?(نقطة|نقطه|نقاط|نقطتين|نقطتان)\s{1,2}(مئوية|مئويه|مئويتين|مئويتان|أساس|اساس|أساسية|أساسيتين)${E}`,
    'gu',
  ),
  extract(m, ctx) {
    const num = m[1];
    let value: Decimal | null;
    if (num) value = /^[\d.,]+$/u.test(num) ? parseArDigits(num) : parseArNumber(num)?.value ?? null;
    else value = /تين|تان/u.test(m[2] as string) ? fromInt(2) : m[2] === 'نقاط' ? null : fromInt(1);
    // ثلاثة أرباع نقطة مئوية: three quarters of a point, not one point.
    const quarters = num ? null : THREE_QUARTERS.exec(ctx.scan.slice(Math.max(0, m.index - 16), m.index));
    if (quarters) value = parseDecimal('0.75');
    if (!value) return null;
    if (/أساس|اساس/u.test(m[3] as string)) value = shift(value, 2);
    const start = quarters ? m.index - quarters[0].length : m.index;
    const end = m.index + m[0].length;
    return percentSpan(start, end, 'ar.percent.points', value, 'points', arAround(ctx, start, end, true), null);
  },
};

/** Three quarters (of a point), just before نقطة. */
const THREE_QUARTERS = /(?<![\p{L}\p{M}])(?:ثلاثة|ثلاث)\s{1,2}أرباع\s{1,2}$/u;

/** What each rule's matches must contain: a text without it is not searched (see Rule.trigger). */
const AR_TRIGGERS = new Map<Rule<PercentSpan>, RegExp>([
  [arSign, /[%٪]/u], [arSignFirst, /[%٪]/u], [arWords, /الم(?:ـ?ئ|ائ|ي)[ةهـ]/u], [arPoints, /نق[طا]/u],
]);
export const AR_PERCENT: KindRules<PercentSpan> = {
  rules: [arSign, arSignFirst, arWords, arPoints].map((r) => ({ ...r, trigger: AR_TRIGGERS.get(r) })),
  refiners: [],
};
