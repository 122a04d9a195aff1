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
}

/** An adjective as the tables key it: no article, masculine: "الأمريكية" → "أمريكي", "مصريه" → "مصري". */
export function adjectiveKey(adj: string): string {
  return adj.replace(/^ال/u, '').replace(/(?:ية|يه)$/u, 'ي').replace(/[ةه]$/u, '');
}

function keyed(adjs: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  return Object.fromEntries(Object.entries(adjs).map(([k, v]) => [adjectiveKey(k), v]));
}

const ARAB_DOLLAR_ADJ = { 'أمريكي': 'USD', 'أميركي': 'USD', 'امريكي': 'USD', 'اميركي': 'USD', 'كندي': 'CAD', 'أسترالي': 'AUD', 'استرالي': 'AUD', 'سنغافوري': 'SGD', 'هونغ كونغ': 'HKD', 'تايواني': 'TWD', 'نيوزيلندي': 'NZD', 'هونغ': 'HKD', 'هونج': 'HKD', 'كندى': 'CAD' };

const CURRENCIES: readonly ArCurrency[] = [
  { noun: '(?:ال)?دولار(?:اً|ًا|ا|ات|ين|ان)?', bare: 'USD', adjectives: ARAB_DOLLAR_ADJ },
  { noun: '(?:ال)?(?:يورو|أورو|اورو)', bare: 'EUR', adjectives: {} },
  { noun: '(?:ال)?(?:ريال(?:اً|ًا|ا|ات)?|ريالات)', bare: null, adjectives: { 'سعودي': 'SAR', 'قطري': 'QAR', 'عماني': 'OMR', 'عُماني': 'OMR', 'يمني': 'YER', 'إيراني': 'IRR', 'ايراني': 'IRR', 'برازيلي': 'BRL' } },
  { noun: '(?:ال)?(?:درهم(?:اً|ًا|ا)?|دراهم)', bare: null, adjectives: { 'إماراتي': 'AED', 'اماراتي': 'AED', 'مغربي': 'MAD' } },
  { noun: '(?:ال)?(?:جنيه(?:اً|ًا|ا|ات)?)', bare: null, adjectives: { 'مصري': 'EGP', 'إسترليني': 'GBP', 'استرليني': 'GBP', 'سوداني': 'SDG' } },
  { noun: '(?:ال)?(?:دينار(?:اً|ًا|ا)?|دنانير)', bare: null, adjectives: { 'كويتي': 'KWD', 'أردني': 'JOD', 'اردني': 'JOD', 'بحريني': 'BHD', 'عراقي': 'IQD', 'ليبي': 'LYD', 'تونسي': 'TND', 'جزائري': 'DZD', 'صربي': 'RSD' } },
  { noun: '(?:ال)?(?:ليرة|ليرات)', bare: null, adjectives: { 'لبنانية': 'LBP', 'سورية': 'SYP', 'تركية': 'TRY' } },
  { noun: '(?:ال)?يوان(?:اً|ًا|ا|ات)?', bare: 'CNY', adjectives: {} },
  { noun: '(?:ال)?ين', bare: 'JPY', adjectives: { 'ياباني': 'JPY' } },
  { noun: '(?:ال)?(?:روبل|روبلات)', bare: 'RUB', adjectives: {} },
  { noun: '(?:ال)?(?:روبية|روبيات)', bare: 'INR', adjectives: { 'هندية': 'INR', 'باكستانية': 'PKR', 'إندونيسية': 'IDR', 'اندونيسية': 'IDR' } },
  { noun: '(?:ال)?(?:فرنك(?:اً|ًا|ا)?|فرنكات)', bare: 'CHF', adjectives: { 'سويسري': 'CHF' } },
  { noun: '(?:ال)?(?:شيكل|شيكلات|شواكل|شواقل|شيقل|شيقلات)', bare: 'ILS', adjectives: {} },
  { noun: '(?:ال)?(?:بيزو)', bare: null, adjectives: { 'مكسيكي': 'MXN', 'أرجنتيني': 'ARS', 'ارجنتيني': 'ARS', 'فلبيني': 'PHP' } },
  { noun: '(?:ال)?(?:وون)', bare: 'KRW', adjectives: { 'كوري': 'KRW' } },
  { noun: '(?:ال)?(?:ليرة)', bare: null, adjectives: {} },
];

export const AR_CURRENCIES: readonly ArCurrency[] = CURRENCIES.map((c) => ({ ...c, adjectives: keyed(c.adjectives) }));

/** Symbols and codes in Arabic copy: $5 مليارات, 5 مليارات USD. */
export const AR_CODES: Readonly<Record<string, string>> = {
  USD: 'USD', EUR: 'EUR', SAR: 'SAR', AED: 'AED', EGP: 'EGP', QAR: 'QAR', KWD: 'KWD', GBP: 'GBP', CNY: 'CNY', JPY: 'JPY',
  'ج.م.': 'EGP', 'ج.م': 'EGP', 'US$': 'USD', '$': 'USD', '€': 'EUR', '£': 'GBP', LBP: 'LBP', JOD: 'JOD',
  BHD: 'BHD', OMR: 'OMR', MAD: 'MAD', TRY: 'TRY',
};
