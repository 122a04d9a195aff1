/**
 * Bare currency words whose currency depends on the country: a family, the
 * currencies it may mean, and how a reader tells them apart. Data only; the
 * decision is ../refiners/currency.ts.
 */
export interface Family {
  /** The currencies the word may mean, each with the country (ISO 3166-1) that uses it. */
  options: ReadonlyArray<readonly [country: string, currency: string]>;
  /**
   * The currency when nothing in the text, its address or the user decides,
   * by the article's script: 元 in Simplified copy is the mainland's. Absent: null.
   */
  byScript?: Readonly<Record<string, string>>;
  /**
   * Whether the same word with its country named elsewhere in the text
   * (ريال سعودي … ريال) decides the bare one. True for Arabic nouns; not for
   * 元, which Hong Kong copy writes bare for HKD beside 人民幣 for the mainland's.
   */
  namedElsewhereDecides: boolean;
  /**
   * Countries whose mention or address counts only in copy of these scripts:
   * mainland papers write 港元, 新台币, 澳门元 by name, so Simplified copy that
   * names Hong Kong throughout (a listing there) still means CNY by a bare 元.
   */
  scripts?: Readonly<Record<string, readonly string[]>>;
  /**
   * Options where the word is a fraction of the country's currency, with the power of ten
   * that counts it in full units: Libya's درهم is a thousandth of the dinar.
   */
  minor?: Readonly<Record<string, number>>;
}

export const FAMILIES: Readonly<Record<string, Family>> = {
  // 元 / 圆 / 块 / ¥ in Chinese copy (Malaysian papers write 令吉 by name, and 元 too, in headlines and quotes).
  yuan: {
    options: [['CN', 'CNY'], ['HK', 'HKD'], ['TW', 'TWD'], ['MO', 'MOP'], ['SG', 'SGD'], ['MY', 'MYR']],
    byScript: { Hans: 'CNY', Hani: 'CNY' },
    namedElsewhereDecides: false,
    scripts: { HK: ['Hant', 'Hani'], TW: ['Hant', 'Hani'], MO: ['Hant', 'Hani'] },
  },
  // 蚊: Cantonese copy's dollar — Hong Kong's, or Macau's where the text is from there; never the mainland's yuan in print.
  man: {
    options: [['HK', 'HKD'], ['MO', 'MOP']],
    byScript: { Hant: 'HKD', Hans: 'HKD', Hani: 'HKD' },
    namedElsewhereDecides: false,
  },
  // $ in Chinese copy: US dollars unless the text is from Hong Kong, Taiwan, Singapore or Macau (whose
  // fee tables and notices write $ for the pataca, MOP$).
  dollar: {
    options: [['US', 'USD'], ['HK', 'HKD'], ['TW', 'TWD'], ['SG', 'SGD'], ['MO', 'MOP']],
    byScript: { Hans: 'USD', Hant: 'USD', Hani: 'USD' },
    namedElsewhereDecides: false,
  },
  riyal: { options: [['SA', 'SAR'], ['QA', 'QAR'], ['OM', 'OMR'], ['YE', 'YER'], ['IR', 'IRR']], namedElsewhereDecides: true },
  pound: { options: [['EG', 'EGP'], ['SD', 'SDG'], ['SS', 'SSP'], ['GB', 'GBP']], namedElsewhereDecides: true },
  dinar: {
    options: [['KW', 'KWD'], ['JO', 'JOD'], ['BH', 'BHD'], ['IQ', 'IQD'], ['LY', 'LYD'], ['TN', 'TND'], ['DZ', 'DZD']],
    namedElsewhereDecides: true,
  },
  // درهم in Libyan copy is a thousandth of the dinar: "سعر الرغيف 250 درهما" = 0.25 LYD.
  dirham: { options: [['AE', 'AED'], ['MA', 'MAD'], ['LY', 'LYD']], namedElsewhereDecides: true, minor: { LYD: -3 } },
  lira: { options: [['LB', 'LBP'], ['SY', 'SYP'], ['TR', 'TRY']], namedElsewhereDecides: true },
  // سنتيم: a hundredth of the Moroccan dirham or the Algerian dinar (the amount is already in full units).
  centime: { options: [['MA', 'MAD'], ['DZ', 'DZD']], namedElsewhereDecides: true },
  // فلس and قرش: fractions of the dinar, dirham and pound countries' currencies.
  fils: { options: [['KW', 'KWD'], ['BH', 'BHD'], ['JO', 'JOD'], ['IQ', 'IQD'], ['AE', 'AED']], namedElsewhereDecides: true },
  qirsh: { options: [['EG', 'EGP'], ['JO', 'JOD'], ['SY', 'SYP'], ['LB', 'LBP'], ['SD', 'SDG']], namedElsewhereDecides: true },
};

/**
 * Units of a currency per US dollar, for currencies pegged or held in a band,
 * with the tolerance a rounded news figure needs: "119.8 مليار درهم (32.6 مليار
 * دولار)" is 3.67 a dollar, the dirham's peg. A bare figure beside its dollar
 * conversion is decided by the rate when exactly one option fits.
 */
export const DOLLAR_RATES: Readonly<Record<string, readonly [low: number, high: number]>> = {
  SAR: [3.73, 3.77],
  AED: [3.655, 3.69],
  QAR: [3.62, 3.655],
  OMR: [0.38, 0.39],
  BHD: [0.372, 0.38],
  KWD: [0.27, 0.34],
  JOD: [0.70, 0.72],
  HKD: [7.7, 7.9],
  MOP: [7.95, 8.15],
  CNY: [6.0, 7.4],
  TWD: [27, 35],
  SGD: [1.24, 1.48],
};

/**
 * Floating currencies whose range of rates tells them from another of their
 * family only in a given year (the Egyptian and the Sudanese pound both
 * passed 18 a dollar, years apart): [first year, last year, low, high], broad
 * ranges that hold the year's official and market rates. Read for the
 * article's year and the years beside it; with no reference date, not at all.
 */
export const DOLLAR_RATES_BY_YEAR: Readonly<Record<string, ReadonlyArray<readonly [number, number, number, number]>>> = {
  EGP: [
    [2005, 2010, 5.3, 6.3], [2011, 2012, 5.8, 6.6], [2013, 2015, 6.5, 9], [2016, 2016, 7.7, 19.5], [2017, 2021, 15.4, 19],
    [2022, 2022, 15.5, 25], [2023, 2023, 24.5, 31.5], [2024, 2024, 30.5, 51.5], [2025, 2027, 45, 56],
  ],
  SDG: [
    [2005, 2011, 2, 3.5], [2012, 2017, 4.4, 7], [2018, 2018, 18, 48], [2019, 2020, 45, 60], [2021, 2021, 55, 460],
    [2022, 2022, 430, 600], [2023, 2023, 560, 1100], [2024, 2027, 600, 3500],
  ],
  MAD: [[2005, 2027, 7, 11.5]],
  IQD: [[2005, 2027, 1100, 1500]],
  DZD: [[2005, 2027, 70, 145]],
};
