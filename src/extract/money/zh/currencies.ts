/**
 * Chinese currency words and symbols → ISO 4217, or the family of a bare word
 * whose currency depends on the country (see ../../country/families.ts): null
 * for 元 / 圆 / 块 / ¥ (the "yuan" family), "dollar" for a bare $.
 */
export const ZH_CURRENCY_SUFFIXES: ReadonlyArray<readonly [string, string | null]> = [
  ['美元', 'USD'], ['美金', 'USD'], ['港元', 'HKD'], ['港币', 'HKD'], ['港幣', 'HKD'], ['新台币', 'TWD'], ['新台幣', 'TWD'],
  ['台币', 'TWD'], ['台幣', 'TWD'], ['臺幣', 'TWD'], ['日元', 'JPY'], ['日圓', 'JPY'], ['日圆', 'JPY'], ['日币', 'JPY'],
  ['日幣', 'JPY'], ['欧元', 'EUR'], ['歐元', 'EUR'], ['英镑', 'GBP'], ['英鎊', 'GBP'], ['人民币', 'CNY'], ['人民幣', 'CNY'],
  ['韩元', 'KRW'], ['韓元', 'KRW'], ['韩圆', 'KRW'], ['卢布', 'RUB'], ['盧布', 'RUB'], ['澳元', 'AUD'], ['澳币', 'AUD'],
  ['澳幣', 'AUD'], ['加元', 'CAD'], ['加币', 'CAD'], ['加幣', 'CAD'], ['瑞郎', 'CHF'], ['新加坡元', 'SGD'], ['新元', 'SGD'],
  ['瑞士法郎', 'CHF'], ['法郎', 'CHF'], ['奈拉', 'NGN'], ['新西兰元', 'NZD'], ['紐西蘭元', 'NZD'], ['纽元', 'NZD'],
  ['南非兰特', 'ZAR'], ['兰特', 'ZAR'], ['蘭特', 'ZAR'], ['里拉', 'TRY'], ['雷亚尔', 'BRL'], ['雷亞爾', 'BRL'],
  ['沙特里亚尔', 'SAR'], ['沙特里亞爾', 'SAR'], ['美分', 'USD'], ['欧分', 'EUR'], ['歐分', 'EUR'],
  ['港仙', 'HKD'], ['泰铢', 'THB'], ['泰銖', 'THB'], ['卢比', 'INR'], ['盧比', 'INR'], ['澳门元', 'MOP'], ['澳門元', 'MOP'], ['澳门币', 'MOP'],
  ['澳門幣', 'MOP'], ['迪拉姆', 'AED'], ['里亚尔', 'SAR'], ['里亞爾', 'SAR'], ['林吉特', 'MYR'], ['越南盾', 'VND'],
  ['元人民币', 'CNY'], ['元人民幣', 'CNY'], ['元港币', 'HKD'], ['元港幣', 'HKD'], ['块钱', null], ['塊錢', null],
  ['元', null], ['圆', null], ['圓', null], ['块', null], ['塊', null],
];

/** Currency written before the number: US$5億, 人民币100亿元, ¥3,000. */
export const ZH_CURRENCY_PREFIXES: ReadonlyArray<readonly [string, string | null]> = [
  ['US$', 'USD'], ['HK$', 'HKD'], ['NT$', 'TWD'], ['S$', 'SGD'], ['A$', 'AUD'], ['C$', 'CAD'], ['RMB', 'CNY'],
  ['CNY', 'CNY'], ['USD', 'USD'], ['HKD', 'HKD'], ['TWD', 'TWD'], ['JPY', 'JPY'], ['EUR', 'EUR'], ['GBP', 'GBP'],
  ['人民币', 'CNY'], ['人民幣', 'CNY'], ['港币', 'HKD'], ['港幣', 'HKD'], ['新台幣', 'TWD'], ['新台币', 'TWD'], ['台幣', 'TWD'],
  ['台币', 'TWD'], ['臺幣', 'TWD'], ['美金', 'USD'], ['€', 'EUR'], ['£', 'GBP'],
  ['¥', null], ['￥', null], ['$', 'dollar'],
];

/** Subunits: the amount is in hundredths of the currency. */
export const ZH_CENT_WORDS: ReadonlySet<string> = new Set(['美分', '欧分', '歐分', '港仙']);

/** Words after 元 that make it not money: 元素, 元旦, 元宵, 单元… */
export const YUAN_NOT_MONEY_AFTER = /^[素旦宵首帅帥件老年月气氣宇朝代音]/u;
