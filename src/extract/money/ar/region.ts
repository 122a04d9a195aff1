/**
 * Which country an Arabic article is about, for currency nouns shared by
 * several countries (ريال, جنيه, دينار, درهم, ليرة). The country named most
 * often among those that use the noun decides; none named → null.
 */
const COUNTRIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['SAR', /السعودي|السعودية|الرياض|جدة|أرامكو/gu],
  ['QAR', /قطر|الدوحة/gu],
  ['OMR', /عمان|عُمان|مسقط/gu],
  ['YER', /اليمن|صنعاء|عدن/gu],
  ['EGP', /مصر|القاهرة|المصري|الإسكندرية/gu],
  ['SDG', /السودان|الخرطوم/gu],
  ['KWD', /الكويت/gu],
  ['JOD', /الأردن|عمّان/gu],
  ['BHD', /البحرين|المنامة/gu],
  ['IQD', /العراق|بغداد/gu],
  ['LYD', /ليبيا|طرابلس الغرب/gu],
  ['TND', /تونس/gu],
  ['DZD', /الجزائر/gu],
  ['AED', /الإمارات|الامارات|دبي|أبوظبي|أبو ظبي/gu],
  ['MAD', /المغرب|الرباط|الدار البيضاء/gu],
  ['LBP', /لبنان|بيروت/gu],
  ['SYP', /سوريا|سورية|دمشق/gu],
  ['TRY', /تركيا|أنقرة|إسطنبول/gu],
];

const NOUN_COUNTRIES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/ريال/u, ['SAR', 'QAR', 'OMR', 'YER']],
  [/جنيه|جنية/u, ['EGP', 'SDG']],
  [/دينار|دنانير/u, ['KWD', 'JOD', 'BHD', 'IQD', 'LYD', 'TND', 'DZD']],
  [/درهم|دراهم/u, ['AED', 'MAD']],
  [/ليرة|ليره|ليرات/u, ['LBP', 'SYP', 'TRY']],
  // Fractions: the سنتيم of Moroccan and Algerian sums, the فلس and قرش of the dinar, dirham and pound countries.
  [/سنتيم|سانتيم/u, ['MAD', 'DZD']],
  [/فلس|فلوس/u, ['KWD', 'BHD', 'JOD', 'IQD', 'AED']],
  [/قرش|قروش/u, ['EGP', 'JOD', 'SYP', 'LBP', 'SDG']],
];

/** The code a bare currency noun takes in this text, or null. */
export function arBareCurrency(noun: string, text: string): string | null {
  const options = NOUN_COUNTRIES.find(([re]) => re.test(noun))?.[1];
  if (!options) return null;
  const counts = countryCounts(text);
  let best: string | null = null;
  let bestCount = 0;
  for (const [code] of COUNTRIES) {
    if (!options.includes(code)) continue;
    const n = counts.get(code) ?? 0;
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  return best;
}

/**
 * How often each country is named in a text, counted once per text: counting
 * again for every bare ريال made a text of n such figures take n² time. The
 * rules of one article ask with the same string, one article at a time.
 */
let counted: { text: string; counts: Map<string, number> } | null = null;
function countryCounts(text: string): Map<string, number> {
  if (counted?.text !== text) {
    const counts = new Map<string, number>();
    for (const [code, re] of COUNTRIES) counts.set(code, (text.match(re) ?? []).length);
    counted = { text, counts };
  }
  return counted.counts;
}

/**
 * The family of a bare currency noun (../../country/families.ts), whose
 * currency the currency refiner decides from the country the text is about;
 * null for a noun that names one currency.
 */
const NOUN_FAMILIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/ريال/u, 'riyal'],
  [/جنيه|جنية/u, 'pound'],
  [/دينار|دنانير/u, 'dinar'],
  [/درهم|دراهم/u, 'dirham'],
  [/ليرة|ليره|ليرات/u, 'lira'],
  [/سنتيم|سانتيم/u, 'centime'],
  [/فلس|فلوس/u, 'fils'],
  [/قرش|قروش/u, 'qirsh'],
];

export function arBareFamily(noun: string): string | null {
  return NOUN_FAMILIES.find(([re]) => re.test(noun))?.[1] ?? null;
}
