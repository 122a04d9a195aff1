/**
 * Arabic currency words. A currency noun takes an optional nationality
 * adjective that fixes the code: ريال سعودي → SAR. A noun without one falls
 * back to `bare`, which for ريال/جنيه/دينار/درهم depends on the country the
 * article is about (see ../region-ar.ts), so it is null here.
 */
export interface ArCurrency {
  /** Regex source for the noun in its singular, dual, plural and accusative forms. */
  noun: string;
  /** Code when no adjective follows; null = decide from the article. */
  bare: string | null;
  /** Adjective stem → code. */
  adjectives: Readonly<Record<string, string>>;
  /**
   * A fraction of a currency (سنتيم, فلس, قرش, هللة, بيسة): the power of ten
   * that turns it into the currency its code names (100 مليون سنتيم = 1,000,000 MAD),
   * and where that differs by country, the power per code (a fils is a
   * thousandth of a Kuwaiti dinar and a hundredth of a dirham).
   */
  minor?: number;
  minorByCode?: Readonly<Record<string, number>>;
  /**
   * The noun is also a common verb or word before a subject ("في 2019 سنت الحكومة قانونا", enacted):
   * after a number that reads as a year it is not the currency.
   */
  notAfterYear?: boolean;
  /**
   * The noun names money only with its adjective: أوقية is also the ounce gold is weighed in
   * ("250 ألف أوقية من الذهب"), so only "أوقية جديدة/قديمة/موريتانية" is the ouguiya.
   */
  adjectiveRequired?: boolean;
  /**
   * The noun names money only in copy from this country (ISO 3166-1): Tunisian market reports abbreviate
   * the millime مي ("900 مي للكلغ"), a word that is a name elsewhere. The text, the page's address or the
   * user's --country must place it there.
   */
  onlyIn?: string;
  /** With adjectiveRequired: the country where the bare noun is money after all, and the currency it then names. */
  bareIn?: { country: string; currency: string };
}

/**
 * The power of ten one of a currency noun's units is of the currency `code` names: 0 for a unit (دينار), -2 for
 * قرش or سنتيم, -3 for مليم, and for فلس -3 in KWD but -2 in AED (`minorByCode`).
 */
export function minorExponent(c: ArCurrency, code: string | null): number {
  if (c.minor === undefined) return 0;
  return (code ? c.minorByCode?.[code] : undefined) ?? c.minor;
}

/** An adjective as the tables key it: no article, no vowel marks, masculine, no case ending: "الأمريكية" → "أمريكي", "ليبياً" → "ليبي". */
export function adjectiveKey(adj: string): string {
  return adj
    .replace(/[\u064B-\u0652\u0670]/gu, '')
    .replace(/ى$/u, 'ي')
    .replace(/^ال/u, '')
    .replace(/(?:ية|يه)$/u, 'ي')
    .replace(/[ةه]$/u, '')
    .replace(/(?<=\p{L}{3})يا$/u, 'ي');
}

function keyed(adjs: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  return Object.fromEntries(Object.entries(adjs).map(([k, v]) => [adjectiveKey(k), v]));
}

/** Vowel marks a noun may carry where its case ending is written: دولارٍ, دولاراً, ديناراً, جنيهًا. */
const H = '[\\u064B-\\u0652]{0,2}';
/** A noun from its stem: singular, dual, sound plural and accusative, each with its marks, and broken plurals as written. */
function noun(stems: string, plurals = '', endings = 'ين|ان|ات|ا'): string {
  return `(?:ال)?(?:(?:${stems})${H}(?:(?:${endings})${H})?${plurals ? `|${plurals}` : ''})`;
}

const ARAB_DOLLAR_ADJ = {
  'أمريكي': 'USD', 'أميركي': 'USD', 'امريكي': 'USD', 'اميركي': 'USD', 'كندي': 'CAD', 'كندى': 'CAD', 'أسترالي': 'AUD', 'استرالي': 'AUD',
  'سنغافوري': 'SGD', 'هونغ كونغ': 'HKD', 'هونغ': 'HKD', 'هونج': 'HKD', 'تايواني': 'TWD', 'نيوزيلندي': 'NZD', 'نيوزيلاندي': 'NZD',
};
/** «ريال مدريد» and its namesakes are football clubs, not money. */
const CLUBS_AFTER = '(?!\\s{1,2}(?:مدريد|بيتيس|سوسيداد|مايوركا|أوفييدو|اوفييدو|سرقسطة|بلد الوليد))';

const CURRENCIES: readonly ArCurrency[] = [
  { noun: noun('دولار'), bare: 'USD', adjectives: ARAB_DOLLAR_ADJ },
  { noun: '(?:ال)?(?:يورو|أورو|اورو)', bare: 'EUR', adjectives: {} },
  { noun: noun('ريال') + CLUBS_AFTER, bare: null, adjectives: { 'سعودي': 'SAR', 'قطري': 'QAR', 'عماني': 'OMR', 'عُماني': 'OMR', 'يمني': 'YER', 'إيراني': 'IRR', 'ايراني': 'IRR', 'برازيلي': 'BRL' } },
  { noun: noun('درهم', 'دراهم'), bare: null, adjectives: { 'إماراتي': 'AED', 'اماراتي': 'AED', 'مغربي': 'MAD' } },
  // جنية: as Egyptian and Sudanese copy often spells it.
  { noun: noun('جنيه|جنية'), bare: null, adjectives: { 'مصري': 'EGP', 'إسترليني': 'GBP', 'استرليني': 'GBP', 'سوداني': 'SDG', 'جنوب': 'SSP' } },
  { noun: noun('دينار', 'دنانير'), bare: null, adjectives: { 'كويتي': 'KWD', 'أردني': 'JOD', 'اردني': 'JOD', 'بحريني': 'BHD', 'عراقي': 'IQD', 'ليبي': 'LYD', 'تونسي': 'TND', 'جزائري': 'DZD', 'صربي': 'RSD', 'مقدوني': 'MKD' } },
  { noun: '(?:ال)?(?:لير[ةه]|ليرات)' + H, bare: null, adjectives: { 'لبنانية': 'LBP', 'سورية': 'SYP', 'سوري': 'SYP', 'تركية': 'TRY' } },
  { noun: noun('يوان'), bare: 'CNY', adjectives: { 'صيني': 'CNY' } },
  { noun: '(?:ال)?ين' + H, bare: 'JPY', adjectives: { 'ياباني': 'JPY' } },
  { noun: noun('روبل'), bare: 'RUB', adjectives: { 'روسي': 'RUB', 'بيلاروسي': 'BYN' } },
  { noun: noun('روبي[ةه]', 'روبيات'), bare: 'INR', adjectives: { 'هندية': 'INR', 'باكستانية': 'PKR', 'إندونيسية': 'IDR', 'اندونيسية': 'IDR', 'سريلانكية': 'LKR', 'نيبالية': 'NPR' } },
  { noun: noun('فرنك'), bare: 'CHF', adjectives: { 'سويسري': 'CHF', 'إفريقي': 'XOF', 'أفريقي': 'XOF', 'افريقي': 'XOF', 'جيبوتي': 'DJF', 'غيني': 'GNF', 'رواندي': 'RWF', 'كونغولي': 'CDF', 'قمري': 'KMF' } },
  { noun: '(?:ال)?(?:شيكل|شيكلات|شواكل|شواقل|شيقل|شيقلات)' + H, bare: 'ILS', adjectives: {} },
  { noun: '(?:ال)?(?:بيزو)', bare: null, adjectives: { 'مكسيكي': 'MXN', 'أرجنتيني': 'ARS', 'ارجنتيني': 'ARS', 'فلبيني': 'PHP', 'كولومبي': 'COP', 'تشيلي': 'CLP' } },
  { noun: '(?:ال)?(?:وون)', bare: 'KRW', adjectives: { 'كوري': 'KRW' } },
  { noun: '(?:ال)?(?:إسترليني|استرليني|باوند)', bare: 'GBP', adjectives: {} },
  { noun: noun('كرون[ةه]', 'كرونات'), bare: null, adjectives: { 'سويدية': 'SEK', 'نرويجية': 'NOK', 'دنماركية': 'DKK', 'تشيكية': 'CZK', 'أيسلندية': 'ISK' } },
  { noun: '(?:ال)?(?:راند)', bare: 'ZAR', adjectives: {} },
  { noun: '(?:ال)?(?:رينغيت|رينجيت|رنجيت)', bare: 'MYR', adjectives: {} },
  { noun: '(?:ال)?(?:نايرا|نيرة)', bare: 'NGN', adjectives: {} },
  { noun: noun('شلن'), bare: null, adjectives: { 'كيني': 'KES', 'أوغندي': 'UGX', 'اوغندي': 'UGX', 'تنزاني': 'TZS', 'صومالي': 'SOS' } },
  // Fractions of a currency. سنتيم counts large sums in Morocco and Algeria (100 مليون سنتيم = 1,000,000 دراهم).
  { noun: noun('سنتيم|سانتيم'), bare: null, adjectives: { 'مغربي': 'MAD', 'جزائري': 'DZD' }, minor: -2 },
  { noun: noun('فلس', 'فلوس'), bare: null, adjectives: { 'كويتي': 'KWD', 'بحريني': 'BHD', 'أردني': 'JOD', 'اردني': 'JOD', 'عراقي': 'IQD', 'إماراتي': 'AED', 'اماراتي': 'AED' }, minor: -3, minorByCode: { AED: -2, YER: -2 } },
  { noun: noun('قرش', 'قروش'), bare: null, adjectives: { 'مصري': 'EGP', 'أردني': 'JOD', 'اردني': 'JOD', 'سوري': 'SYP', 'لبناني': 'LBP' }, minor: -2 },
  { noun: noun('هلل[ةه]', 'هللات'), bare: 'SAR', adjectives: {}, minor: -2 },
  // The cent of the dollar, as oil and fuel prices are quoted ("ارتفع البرميل 50 سنتا"). No dual: سنتين is two years.
  { noun: noun('سنت|سينت', '', 'ات|ا'), bare: 'USD', adjectives: {}, minor: -2, notAfterYear: true },
  { noun: noun('بيس[ةه]', 'بيسات'), bare: 'OMR', adjectives: {}, minor: -3 },
  // The millime, a thousandth of the Tunisian dinar: the one country that still counts in it ("500 مليم" for an egg).
  { noun: noun('مليم|ملّيم', 'ملاليم'), bare: 'TND', adjectives: { 'تونسي': 'TND' }, minor: -3 },
  // Its abbreviation in Tunisian market reports: "900 مى للكلغ", "1403 مي/كغ".
  { noun: '(?:مي|مى)', bare: 'TND', adjectives: {}, minor: -3, onlyIn: 'TN' },
  // Mauritania's ouguiya: the new one (MRU, since 2018) and the old one (MRO, ten to a new one) that prices are still quoted in.
  // Bare, it is the (new) ouguiya only where the text, its address or the user places the article in Mauritania.
  { noun: noun('أوقي|اوقي', '', 'ة|ه|ات|تان|تين'), bare: null, adjectives: { 'جديد': 'MRU', 'موريتاني': 'MRU', 'قديم': 'MRO' }, adjectiveRequired: true, bareIn: { country: 'MR', currency: 'MRU' } },
];

export const AR_CURRENCIES: readonly ArCurrency[] = CURRENCIES.map((c) => ({ ...c, adjectives: keyed(c.adjectives) }));

/** Currencies of three decimals, where "1.250 دينار" is one dinar and a quarter, not 1,250. */
export const THREE_DECIMALS: ReadonlySet<string> = new Set(['KWD', 'BHD', 'OMR', 'JOD', 'TND', 'LYD']);

/**
 * Symbols, ISO codes and the Arabic abbreviations after a figure: $5 مليارات,
 * 5 مليارات USD, 500 ر.س., 20 د.ك, 1000 ل.ل., 50 ج.م, and Libyan price lists' undotted دل (145 دل).
 * Keyed without spaces or a final dot.
 */
export const AR_CODES: Readonly<Record<string, string>> = {
  USD: 'USD', EUR: 'EUR', SAR: 'SAR', AED: 'AED', EGP: 'EGP', QAR: 'QAR', KWD: 'KWD', GBP: 'GBP', CNY: 'CNY', JPY: 'JPY',
  'US$': 'USD', '$': 'USD', '€': 'EUR', '£': 'GBP', LBP: 'LBP', JOD: 'JOD', BHD: 'BHD', OMR: 'OMR', MAD: 'MAD', TRY: 'TRY',
  LYD: 'LYD', IQD: 'IQD', TND: 'TND', DZD: 'DZD', SDG: 'SDG', SYP: 'SYP', YER: 'YER', CHF: 'CHF', INR: 'INR', RUB: 'RUB', KRW: 'KRW', ILS: 'ILS',
  'ج.م': 'EGP', 'ج.س': 'SDG', 'ر.س': 'SAR', 'ر.ق': 'QAR', 'ر.ع': 'OMR', 'ر.ي': 'YER', 'د.ك': 'KWD', 'د.إ': 'AED', 'د.ا': 'AED',
  'د.ب': 'BHD', 'د.أ': 'JOD', 'د.ع': 'IQD', 'د.ل': 'LYD', 'دل': 'LYD', 'د.ت': 'TND', 'د.ج': 'DZD', 'دج': 'DZD', 'د.م': 'MAD', 'ل.ل': 'LBP',
  'ل.س': 'SYP', 'ل.ت': 'TRY',
};

/** A code as written → its key in AR_CODES: "ر. س." → "ر.س". */
export function codeKey(written: string): string {
  return written.replace(/\s/gu, '').replace(/(?<=\p{L})\.$/u, '');
}

/**
 * The fractions that go on a figure after و, by the noun of the figure ("3 دولارات و45 سنتا" = 3.45,
 * "15 جنيها و50 قرشا" = 15.5, "12 درهما و50 سنتيما" = 12.5), with the power of ten that counts them in it;
 * `scaled`: also after a figure with a scale word.
 */
export const AR_PARTS: ReadonlyArray<{ major: RegExp; minor: string; exp: number; scaled?: boolean }> = [
  { major: /دولار|يورو|أورو|اورو/u, minor: noun('سنت|سينت', '', 'ات|ا'), exp: -2 },
  { major: /جني[هة]|لير[ةه]|ليرات/u, minor: noun('قرش', 'قروش'), exp: -2 },
  { major: /ريال/u, minor: noun('هلل[ةه]', 'هللات'), exp: -2 },
  { major: /ريال/u, minor: noun('بيس[ةه]', 'بيسات'), exp: -3 },
  { major: /درهم|دراهم/u, minor: noun('فلس', 'فلوس'), exp: -2 },
  { major: /درهم|دراهم/u, minor: noun('سنتيم|سانتيم'), exp: -2 },
  { major: /دينار|دنانير/u, minor: noun('فلس', 'فلوس'), exp: -3 },
  { major: /دينار|دنانير/u, minor: noun('قرش', 'قروش'), exp: -2 },
  { major: /دينار|دنانير/u, minor: noun('سنتيم|سانتيم'), exp: -2 },
  { major: /دينار|دنانير/u, minor: noun('مليم|ملّيم', 'ملاليم'), exp: -3 },
  // Libya's dirham, a thousandth of its dinar, also after a scaled figure: "3 آلاف دينار و500 درهم" = 3000.5.
  { major: /دينار|دنانير/u, minor: noun('درهم', 'دراهم'), exp: -3, scaled: true },
];

/** Nouns whose dual alone is an amount of two ("دفع دولارين", "بدينارين"); not سنتين, which is two years. */
export const AR_DUAL_STEMS: readonly string[] = ['دولار', 'ريال', 'دينار', 'درهم', 'جنيه', 'جنية', 'فرنك', 'روبل', 'قرش', 'فلس'];
