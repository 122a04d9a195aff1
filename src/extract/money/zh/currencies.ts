/**
 * Chinese currency words and symbols → ISO 4217, as data.
 *
 * - A named currency (美元, 令吉, 澳門幣…) has its code, written after the figure
 *   (43億美元) or before it (日幣150億元, 澳門幣五萬元).
 * - A bare word (元, 圆, 块, 蚊) maps to null, a bare $ to "dollar": the country the
 *   text is about decides (see ../../refiners/currency.ts).
 * - An ambiguous word (比索, 卢比, 第纳尔, 镑 alone…) maps to a group ("~PESO"):
 *   the country the article names most decides, else the group's fallback.
 *
 * Words are listed once in Simplified script; their Traditional forms are made
 * by `hant` below, and the forms only Taiwan or Hong Kong use are listed too.
 */

// Simplified → Traditional for the characters of the currency names below.
const HANT: Readonly<Record<string, string>> = {
  币: '幣', 门: '門', 铢: '銖', 韩: '韓', 欧: '歐', 镑: '鎊', 亚: '亞', 尔: '爾', 兰: '蘭', 罗: '羅', 马: '馬',
  来: '來', 乌: '烏', 萨: '薩', 卢: '盧', 伦: '倫', 纳: '納', 兹: '茲', 宾: '賓', 达: '達', 谢: '謝', 坚: '堅',
  鲜: '鮮', 莱: '萊', 缅: '緬', 圆: '圓', 纸: '紙', 联: '聯', 约: '約', 叙: '敘', 苏: '蘇', 岛: '島', 麦: '麥',
  图: '圖', 挝: '撾', 纽: '紐',
};
export function hant(word: string): string {
  return [...word].map((ch) => HANT[ch] ?? ch).join('');
}

/** Named currencies, Simplified. */
const NAMED: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ['USD', ['美元', '美金', '美圆']],
  ['HKD', ['港元', '港币', '港圆', '港纸']],
  ['TWD', ['新台币', '新臺幣', '台币', '臺幣', '新台元']],
  ['JPY', ['日元', '日圆', '日币']],
  ['EUR', ['欧元', '欧罗']],
  ['GBP', ['英镑']],
  ['CNY', ['人民币']],
  ['KRW', ['韩元', '韩圆', '韩币', '韩圜']],
  ['RUB', ['卢布', '俄罗斯卢布']],
  ['BYN', ['白俄罗斯卢布']],
  ['AUD', ['澳元', '澳币', '澳大利亚元', '澳洲元']],
  ['CAD', ['加元', '加币', '加拿大元']],
  ['CHF', ['瑞郎', '瑞士法郎']],
  ['SGD', ['新加坡元', '新元', '新币', '新加坡币', '坡币', '星币', '坡元']],
  ['NZD', ['新西兰元', '纽西兰元', '纽元', '纽币']],
  ['ZAR', ['南非兰特', '兰特', '南非币']],
  ['TRY', ['土耳其里拉']],
  ['BRL', ['雷亚尔', '巴西雷亚尔', '巴西里尔']],
  ['SAR', ['沙特里亚尔', '沙特阿拉伯里亚尔', '沙乌地里亚尔']],
  ['QAR', ['卡塔尔里亚尔', '卡达里亚尔']],
  ['OMR', ['阿曼里亚尔']],
  ['IRR', ['伊朗里亚尔']],
  ['YER', ['也门里亚尔']],
  ['AED', ['阿联酋迪拉姆']],
  ['MAD', ['摩洛哥迪拉姆']],
  ['EGP', ['埃及镑']],
  ['SDG', ['苏丹镑']],
  ['SYP', ['叙利亚镑']],
  ['LBP', ['黎巴嫩镑']],
  ['IQD', ['伊拉克第纳尔']],
  ['KWD', ['科威特第纳尔']],
  ['JOD', ['约旦第纳尔']],
  ['BHD', ['巴林第纳尔']],
  ['LYD', ['利比亚第纳尔']],
  ['DZD', ['阿尔及利亚第纳尔']],
  ['TND', ['突尼斯第纳尔']],
  ['THB', ['泰铢', '泰币']],
  ['INR', ['印度卢比']],
  ['PKR', ['巴基斯坦卢比']],
  ['LKR', ['斯里兰卡卢比']],
  ['NPR', ['尼泊尔卢比']],
  ['IDR', ['印尼盾', '印度尼西亚盾', '印尼卢比']],
  ['VND', ['越南盾']],
  ['MYR', ['令吉', '马币', '林吉特', '马来西亚令吉', '马来西亚林吉特', '马来西亚币']],
  ['MOP', ['澳门元', '澳门币', '澳门圆', '葡币', '帕塔卡']],
  ['PHP', ['菲律宾比索', '菲律宾披索']],
  ['MXN', ['墨西哥比索', '墨西哥披索']],
  ['ARS', ['阿根廷比索', '阿根廷披索']],
  ['CLP', ['智利比索', '智利披索']],
  ['COP', ['哥伦比亚比索', '哥伦比亚披索']],
  ['HUF', ['福林', '匈牙利福林']],
  ['PLN', ['兹罗提', '波兰兹罗提']],
  ['CZK', ['捷克克朗']],
  ['SEK', ['瑞典克朗']],
  ['NOK', ['挪威克朗']],
  ['DKK', ['丹麦克朗']],
  ['ISK', ['冰岛克朗']],
  ['ILS', ['新谢克尔', '谢克尔', '以色列新谢克尔']],
  ['KZT', ['坚戈', '哈萨克斯坦坚戈']],
  ['UAH', ['格里夫纳', '乌克兰格里夫纳']],
  ['RON', ['列伊']],
  ['NGN', ['奈拉', '尼日利亚奈拉']],
  ['KES', ['肯尼亚先令']],
  ['BDT', ['塔卡', '孟加拉塔卡']],
  ['MMK', ['缅元', '缅币']],
  ['KHR', ['瑞尔', '柬埔寨瑞尔']],
  ['LAK', ['基普', '老挝基普']],
  ['MNT', ['图格里克']],
  ['BND', ['文莱元', '汶莱元']],
  ['KPW', ['朝鲜元']],
];

/** Forms only Traditional-script copy (Taiwan, Hong Kong, Macau) uses, and that `hant` does not make. */
const NAMED_HANT: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ['TWD', ['新臺幣', '臺幣']],
  ['KRW', ['韓圜']],
  ['NZD', ['紐幣', '紐元']],
  ['SGD', ['星幣', '新加坡幣']],
  ['SAR', ['沙烏地里亞爾']],
  ['QAR', ['卡達里亞爾']],
  ['AED', ['杜拜迪拉姆']],
  ['ZAR', ['南非幣']],
  ['PHP', ['菲國披索']],
  ['IDR', ['印尼盾']],
  ['HKD', ['港紙']],
];

/**
 * Words that name several currencies: the country the article names most
 * decides (cues in order; a word such as 印度 must not also match 印度尼西亚),
 * else `fallback`.
 */
export interface AmbiguousCurrency {
  words: ReadonlyArray<string>;
  cues: ReadonlyArray<readonly [string, RegExp]>;
  fallback: string | null;
}
export const ZH_AMBIGUOUS: Readonly<Record<string, AmbiguousCurrency>> = {
  '~PESO': {
    words: ['比索', '披索'],
    cues: [
      ['PHP', /菲律宾|菲律賓|菲國|菲国|马尼拉|馬尼拉/gu], ['MXN', /墨西哥/gu], ['ARS', /阿根廷/gu], ['CLP', /智利/gu],
      ['COP', /哥伦比亚|哥倫比亞/gu], ['CUP', /古巴/gu], ['UYU', /乌拉圭|烏拉圭/gu], ['DOP', /多米尼加/gu],
    ],
    fallback: null,
  },
  '~RUPEE': {
    words: ['卢比', '盧比'],
    cues: [
      ['IDR', /印尼|印度尼西亚|印度尼西亞|雅加达|雅加達/gu], ['PKR', /巴基斯坦/gu], ['LKR', /斯里兰卡|斯里蘭卡/gu],
      ['NPR', /尼泊尔|尼泊爾/gu], ['MUR', /毛里求斯|模里西斯/gu], ['INR', /印度(?!尼西)/gu],
    ],
    fallback: 'INR',
  },
  '~DINAR': {
    words: ['第纳尔', '第納爾'],
    cues: [
      ['IQD', /伊拉克/gu], ['KWD', /科威特/gu], ['JOD', /约旦|約旦/gu], ['BHD', /巴林/gu], ['LYD', /利比亚|利比亞/gu],
      ['DZD', /阿尔及利亚|阿爾及利亞/gu], ['TND', /突尼斯|突尼西亞/gu], ['RSD', /塞尔维亚|塞爾維亞/gu],
    ],
    fallback: null,
  },
  '~RIYAL': {
    words: ['里亚尔', '里亞爾'],
    cues: [
      ['SAR', /沙特|沙烏地|利雅得/gu], ['QAR', /卡塔尔|卡塔爾|卡達|多哈/gu], ['OMR', /阿曼/gu], ['IRR', /伊朗/gu],
      ['YER', /也门|葉門/gu],
    ],
    fallback: 'SAR',
  },
  '~DIRHAM': {
    words: ['迪拉姆'],
    cues: [['AED', /阿联酋|阿聯酋|迪拜|杜拜|阿布扎比|阿布達比/gu], ['MAD', /摩洛哥/gu]],
    fallback: 'AED',
  },
  '~POUND': {
    words: ['镑', '鎊'],
    cues: [
      ['GBP', /英国|英國|伦敦|倫敦|英格兰|英格蘭/gu], ['EGP', /埃及|开罗|開羅/gu], ['SDG', /苏丹|蘇丹/gu],
      ['SYP', /叙利亚|敘利亞/gu], ['LBP', /黎巴嫩/gu],
    ],
    fallback: 'GBP',
  },
  '~LIRA': {
    words: ['里拉'],
    cues: [['TRY', /土耳其|安卡拉|伊斯坦布尔|伊斯坦堡/gu], ['LBP', /黎巴嫩/gu], ['SYP', /叙利亚|敘利亞/gu]],
    fallback: 'TRY',
  },
  '~KRONA': {
    words: ['克朗'],
    cues: [['SEK', /瑞典/gu], ['NOK', /挪威/gu], ['DKK', /丹麦|丹麥/gu], ['CZK', /捷克/gu], ['ISK', /冰岛|冰島/gu]],
    fallback: null,
  },
  '~FRANC': {
    words: ['法郎'],
    cues: [['CHF', /瑞士/gu], ['XOF', /西非|塞内加尔|塞內加爾|科特迪瓦|马里|馬利/gu], ['XAF', /中非|喀麦隆|喀麥隆/gu], ['CDF', /刚果|剛果/gu]],
    fallback: 'CHF',
  },
  '~SHILLING': {
    words: ['先令'],
    cues: [['KES', /肯尼亚|肯亞/gu], ['TZS', /坦桑尼亚|坦尚尼亞/gu], ['UGX', /乌干达|烏干達/gu], ['SOS', /索马里|索馬利亞/gu]],
    fallback: null,
  },
};

/** Bare words: 元 and its everyday forms, whose currency the article decides. 蚊 is Cantonese copy's dollar. */
const BARE = ['元', '圆', '圓', '块', '塊', '元钱', '元錢', '块钱', '塊錢', '蚊'];

/** Words that follow a figure only when it has a 万/亿 unit: 850万欧 (not 5欧). */
export const ZH_SCALED_ONLY_WORDS: ReadonlySet<string> = new Set(['欧', '歐']);
/** 欧 starting a longer word is not the euro: 欧洲, 欧盟. */
export const EURO_ALONE_NOT_BEFORE = /^[洲盟美亚亞陆陸式债債元]/u;

/** Hundredths of a named currency, and the currency they are of: 50美分, 20便士, 港幣3元5港仙. */
export const ZH_CENT_OF: Readonly<Record<string, string>> = { 美分: 'USD', 欧分: 'EUR', 歐分: 'EUR', 港仙: 'HKD', 便士: 'GBP' };
/** Subunits: the amount is in hundredths of the currency. */
export const ZH_CENT_WORDS: ReadonlySet<string> = new Set(Object.keys(ZH_CENT_OF));

function named(): Array<[string, string]> {
  const out = new Map<string, string>();
  for (const [code, words] of [...NAMED, ...NAMED_HANT]) {
    for (const w of words) {
      out.set(w, code);
      out.set(hant(w), code);
    }
  }
  return [...out];
}

/** Named currency words (Simplified and Traditional) → code. */
export const ZH_NAMED_CURRENCIES: ReadonlyArray<readonly [string, string]> = named();

const NAMED_BY_LENGTH = [...ZH_NAMED_CURRENCIES].sort((x, y) => y[0].length - x[0].length);
/** The named words by their first character, longest first: one look at a character picks the few to compare. */
const NAMED_FIRST = new Map<string, Array<readonly [string, string]>>();
for (const e of NAMED_BY_LENGTH) NAMED_FIRST.set(e[0][0] as string, [...(NAMED_FIRST.get(e[0][0] as string) ?? []), e]);
/** The named currency word that starts at `at`, if any: 澳門幣五萬元, 5萬元澳門幣. */
export function namedAt(scan: string, at: number): readonly [string, string] | null {
  for (const e of NAMED_FIRST.get(scan[at] as string) ?? []) if (scan.startsWith(e[0], at)) return e;
  return null;
}

/** The named currency word a text ends with, longest first, if any: 新臺幣(下同). */
export function namedBefore(lead: string): readonly [string, string] | undefined {
  return NAMED_BY_LENGTH.find(([w]) => lead.endsWith(w));
}

/** Currency after the number: 43亿美元, 5000令吉, 1.2兆元新台幣, 850万欧, 3块钱. */
export const ZH_CURRENCY_SUFFIXES: ReadonlyArray<readonly [string, string | null]> = [
  ...ZH_NAMED_CURRENCIES,
  ...Object.entries(ZH_AMBIGUOUS).flatMap(([key, a]) => a.words.map((w) => [w, key] as const)),
  ...Object.entries(ZH_CENT_OF), ['欧', 'EUR'], ['歐', 'EUR'],
  ['元人民币', 'CNY'], ['元人民幣', 'CNY'], ['元港币', 'HKD'], ['元港幣', 'HKD'], ['元新台币', 'TWD'], ['元新台幣', 'TWD'],
  ['元新臺幣', 'TWD'], ['元台币', 'TWD'], ['元台幣', 'TWD'],
  ...BARE.map((w) => [w, null] as const),
];

/**
 * Currency written before the number: US$5億, 人民币100亿元, ¥3,000, RM50, 澳門幣五萬元.
 * Every named currency word may stand before the figure too.
 */
export const ZH_CURRENCY_PREFIXES: ReadonlyArray<readonly [string, string | null]> = [
  ['US$', 'USD'], ['HK$', 'HKD'], ['NT$', 'TWD'], ['S$', 'SGD'], ['A$', 'AUD'], ['C$', 'CAD'], ['MOP$', 'MOP'],
  ['RMB', 'CNY'], ['CNY', 'CNY'], ['USD', 'USD'], ['HKD', 'HKD'], ['TWD', 'TWD'], ['NTD', 'TWD'], ['JPY', 'JPY'],
  ['EUR', 'EUR'], ['GBP', 'GBP'], ['MOP', 'MOP'], ['SGD', 'SGD'], ['MYR', 'MYR'], ['RM', 'MYR'], ['AUD', 'AUD'],
  ['CAD', 'CAD'], ['CHF', 'CHF'], ['KRW', 'KRW'], ['THB', 'THB'], ['INR', 'INR'], ['PHP', 'PHP'],
  ['€', 'EUR'], ['£', 'GBP'], ['₩', 'KRW'], ['₹', 'INR'], ['฿', 'THB'], ['₱', 'PHP'], ['₽', 'RUB'],
  ...ZH_NAMED_CURRENCIES,
  ['US＄', 'USD'], ['HK＄', 'HKD'], ['NT＄', 'TWD'],
  ['¥', null], ['￥', null], ['$', 'dollar'], ['＄', 'dollar'],
];

/**
 * What follows 元 when it is not money: 元素, 元旦, 单元, 二元结构, 二元母猪,
 * 一元复始, 一元二次方程, 三元里, 三元桥, 多元化, 万元户 (a household of the 1980s' rich), 十元店 (a shop of that price)…
 */
export const YUAN_NOT_MONEY_AFTER =
  /^(?:[素旦宵首帅帥件老年月气氣宇朝代音化论論制组組性里桥橋复復酸醇醛环環户戶]|店(?![家员員主内內里裡])|结构|結構|方程|函数|函數|母猪|母豬|猪|豬|杂交|雜交|乳业|乳業|食品|对立|對立|[一二三四]次)/u;

/**
 * What follows a figure of one numeral and a bare 元 when the two name a thing, not money: batteries and
 * their chemistry (三元锂电池, 三元材料, 三元正极, 三元前驱体), a car's catalyst (三元催化器), binary options
 * (二元期权), the old exam title (三元及第), a pun on 一中各表 (一元各表), feng shui's 三元九运, a dairy brand (三元牛奶, 三元股份), and places (福建三元区, 上海一元路,
 * 三元镇, 三元宫). Not 一元路费 (a fare), 两元区间 (a price band).
 */
export const YUAN_NAME_AFTER =
  /^(?:锂|鋰|电池|電池|电芯|電芯|材料|正极|正極|前驱|前驅|催化|期权|期權|及第|各表|九运|九運|牛奶|乳品|股份|集团|集團|[区區](?![间間])|[县縣镇鎮村乡鄉宫宮巷庙廟寺]|路(?![费費])|大街|街道)/u;
/**
 * Surnames that make a one-numeral 元 after them a given name: 陈三元当选村主任, 李一元, 張一元茶莊.
 * Not those that are also words a price follows: 周 (每周三元), 钟 (每分钟两元), 程 (全程两元), 曾 (曾两元),
 * 汤, 姜 (生姜三元一斤), 高, 于, 金, 钱, 方, 万; 张 only where no count word stands before it (每张一元 is a price).
 */
export const YUAN_NAME_SURNAME =
  /(?:[王李刘劉陈陳杨楊黄黃赵趙吴吳徐孙孫朱胡郭何林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭肖蕭董袁潘蒋蔣蔡杜叶葉苏蘇魏吕呂丁沈姚卢盧崔谭譚陆陸汪范贾賈韦韋邹鄒孟熊秦邱尹薛闫閆雷侯龚龔邵严嚴覃戴莫孔]|(?<![每一两兩几幾这這那整半数數\d十百千])[张張])$/u;
/** What may follow a one-numeral 元 that is money after all: 三元钱, 三元整, 三元一斤, 三元/个, 三元左右, 三元起. */
export const YUAN_PRICE_AFTER = /^(?:[钱錢整每起多/／]|一[斤个個份杯碗次张張件瓶包盒支只隻]|左右|以[上下内內])/u;
/** Words that make a text about batteries or cars: there, 三元 alone is the chemistry (三元和铁锂), not three yuan. */
export const BATTERY_TEXT = /三元锂|三元鋰|三元电池|三元電池|三元材料|三元正极|三元正極|三元前驱|三元前驅|磷酸铁锂|磷酸鐵鋰|铁锂|鐵鋰|动力电池|動力電池/u;
