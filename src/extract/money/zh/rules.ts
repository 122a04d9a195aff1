import { add, compare, fromInt, mulPow10, negate, type Decimal } from '../../../util/decimal.js';
import { parseZhNumber, ZH_DIGITS, ZH_TENS, zhInt, type ZhNumber } from '../../../numerals/zh.js';
import type { Sentences } from '../../../facts/sentences.js';
import { countBelow } from '../../../util/search.js';
import type { ExtractContext, KindRules, MoneySpan, Refiner, Rule } from '../../types.js';
import type { Qualifier } from '../../../facts/schema.js';
import type { Per } from '../fact.js';
import { decideCurrency } from '../../refiners/currency.js';
import {
  BATTERY_TEXT, EURO_ALONE_NOT_BEFORE, YUAN_NAME_AFTER, YUAN_NAME_SURNAME, YUAN_NOT_MONEY_AFTER, YUAN_PRICE_AFTER, ZH_AMBIGUOUS, ZH_CENT_OF, ZH_CENT_WORDS, ZH_CURRENCY_PREFIXES, ZH_CURRENCY_SUFFIXES,
  ZH_SCALED_ONLY_WORDS, namedAt, namedBefore,
} from './currencies.js';
import { mayJoin, zhRanges } from './ranges.js';
import { mayList, zhLists } from './lists.js';

const UNITS = '万萬亿億兆千百十拾佰仟';
const EXTRA = '多余餘个個几幾';
const ZHD = Object.keys(ZH_DIGITS).join('') + Object.keys(ZH_TENS).join('');
// 450,000,000 | 36.46 | 43
const ASCII_NUM = String.raw`(?:\d{1,3}(?:,\d{3}){1,6}(?!\d)|\d{1,20})(?:\.\d{1,12})?`;
/** Letter codes written against the figure: RM50, MOP1000, USD300. A figure after other letters (H100, GPT-4) is no amount. */
const CODES = ZH_CURRENCY_PREFIXES.map(([w]) => w).filter((w) => /^[A-Z]+$/u.test(w)).join('|');
/**
 * A number in digits, numerals or both, with its 万/亿 units: "43億", "2.17 万亿", "二十多亿", "3億250萬8,400".
 * A unit may be followed by a space when a figure and a smaller unit come next: "3 千 5 百 元".
 * 半 starts one before 万/亿 only: "半亿元". 点 is a decimal point before a big unit only: "三点五亿元" (not 三点五十分).
 */
const CORE = new RegExp(
  String.raw`(?<![\d.])(?<![A-Za-z](?<!(?<![A-Za-z])(?:${CODES})))(?:${ASCII_NUM}|[${ZHD}${UNITS}]|(?<!一)半(?=[万萬亿億]))(?:\s?[${UNITS}${EXTRA}](?:\s(?=[\d${ZHD}]{1,3}\s?[千百十拾佰仟]))?|${ASCII_NUM}|[${ZHD}${UNITS}${EXTRA}]|[点點](?=[零〇一二三四五六七八九]{1,8}[万萬亿億兆])){0,24}`,
  'gu',
);

// Longest first, so 美元 wins over 元 and 元人民币 over 元.
const SUFFIXES = [...ZH_CURRENCY_SUFFIXES].sort((a, b) => b[0].length - a[0].length);
const PREFIXES = [...ZH_CURRENCY_PREFIXES].sort((a, b) => b[0].length - a[0].length);
// Most numbers in a text have no currency word next to them: one character says whether to look.
// Each list is split by that character, longest first within it.
function byChar(list: ReadonlyArray<readonly [string, string | null]>, at: (w: string) => string): Map<string, Array<readonly [string, string | null]>> {
  const out = new Map<string, Array<readonly [string, string | null]>>();
  for (const e of list) {
    const k = at(e[0]);
    const l = out.get(k);
    if (l) l.push(e);
    else out.set(k, [e]);
  }
  return out;
}
const SUFFIX_FIRST = byChar(SUFFIXES, (w) => w[0] as string);
const PREFIX_LAST = byChar(PREFIXES, (w) => w[w.length - 1] as string);

/** Words right before a figure that qualify it. 高达 ("as much as") stresses an exact figure and is not one. */
const QUALIFIER_PREFIXES: ReadonlyArray<readonly [string, Qualifier]> = ([
  ['约折合', 'approx'], ['約折合', 'approx'], ['约合', 'approx'], ['約合', 'approx'], ['约为', 'approx'], ['約為', 'approx'], ['大约', 'approx'], ['大約', 'approx'],
  ['将近', 'approx'], ['將近', 'approx'], ['接近', 'approx'], ['大概', 'approx'], ['约', 'approx'], ['約', 'approx'],
  ['近', 'approx'], ['超过', 'over'], ['超過', 'over'], ['超出', 'over'], ['突破', 'over'], ['高于', 'over'],
  ['高於', 'over'], ['至少', 'over'], ['不少于', 'over'], ['不少於', 'over'], ['不低于', 'over'], ['不低於', 'over'],
  ['多于', 'over'], ['多於', 'over'], ['超', 'over'], ['逾', 'over'], ['不到', 'under'], ['不足', 'under'],
  ['不超过', 'under'], ['不超過', 'under'], ['低于', 'under'], ['低於', 'under'], ['少于', 'under'], ['少於', 'under'],
  ['最多', 'under'], ['未满', 'under'], ['未滿', 'under'], ['不满', 'under'], ['不滿', 'under'], ['至多', 'under'], ['最高', 'under'], ['起码', 'over'],
  ['起碼', 'over'], ['最少', 'over'], ['最低', 'over'], ['上', 'over'], ['过', 'over'], ['過', 'over'], ['破', 'over'],
] as Array<[string, Qualifier]>).sort((a, b) => b[0].length - a[0].length);
/** The qualifier words by their last character, in the order above: one look at the character before a figure picks the few to compare. */
const QUALIFIER_BY_LAST = new Map<number, Array<readonly [string, Qualifier]>>();
for (const e of QUALIFIER_PREFIXES) {
  const last = e[0].charCodeAt(e[0].length - 1);
  QUALIFIER_BY_LAST.set(last, [...(QUALIFIER_BY_LAST.get(last) ?? []), e]);
}
const QUALIFIER_SUFFIX = /^\s{0,2}(以上|之上|有余|有餘|以下|之下|以内|以內|左右|上下|多(?![种種样樣次家个個位名款项項])|起(?![诉訴草源因义義火飞飛来來见見码碼床身点點诉]))/u;
const SUFFIX_QUALIFIER: Record<string, Qualifier> = {
  以上: 'over', 之上: 'over', 有余: 'over', 有餘: 'over', 以下: 'under', 之下: 'under', 以内: 'under', 以內: 'under',
  左右: 'approx', 上下: 'approx', 多: 'over', 起: 'over',
};

/** "3.8 港元 / 股", "30元/月", "5元/人", "3万元/平方米", "12元/斤" */
const PER_SUFFIX =
  /^\s{0,2}[/／]\s{0,2}(?:\d{1,4}\s?(?=[克公千升斤毫]))?(股|月|年|人|天|日|晚|季|周|週|平方米|平米|平方公尺|平方呎|呎|㎡|坪|公斤|公觔|千克|吨|噸|斤|克|公升|毫升|升|桶|度|件|张|張|次|个|個|只|隻|台|臺|辆|輛|套|份|箱|头|頭|小时|小時|kg|KG)/u;
const PER_UNIT: Record<string, Per> = {
  股: 'share', 月: 'month', 年: 'year', 人: 'person', 天: 'day', 日: 'day', 晚: 'day', 季: 'quarter', 周: 'week',
  週: 'week',
};
/** 每股 / 每月 / 人均… earlier in the same clause; not 本周均价, 本月均价 (this week's average price). */
const PER_PREFIX: ReadonlyArray<readonly [RegExp, Per]> = [
  [/每股|每一股/u, 'share'], [/每月|每个月|每個月|(?<![本上这這该該同当當])月均|每月份|月薪|月租|月费|月費/u, 'month'],
  [/每年|(?<![本上这這该該同当當今去])年均|每一年|每年度|年薪|年费|年費|年租/u, 'year'],
  [/每人|人均|每名|每位|每户|每戶/u, 'person'], [/每天|每日|(?<![本当當今昨])日均|日薪|每晚/u, 'day'], [/每周|每週|(?<![本上这這该該同当當])[周週]均/u, 'week'],
  [/每季|每季度/u, 'quarter'],
  [/每平方米|每平米|每平方公尺|每平方呎|每呎|每尺|每坪|每公升|每升|每公斤|每公觔|每500克|每千克|每斤|每吨|每噸|每桶|每度|每件|每张|每張|每台|每臺|每辆|每輛|每套|每头|每頭|每小时|每小時/u, 'unit'],
];
/** Counters after a numeral that make it a count, not the 分 digit of a price: "1元和5角两种" (two kinds of coin). */
const COIN_COUNTERS = '种種个個张張枚类類样樣款套';
const SMALL_DIGITS = '0-9一二两兩三四五六七八九壹贰貳叁參叄肆伍陆陸柒捌玖';
/**
 * 角/毛/毫 and 分 after a 元/块 figure: "5元3角", "三块五毛", "壹佰元伍角", "3块5" (a lone digit after 块 is 角),
 * "十块零五毛" (零 only fills the gap), "三块五毛八" (the digit after 毛 is 分), "五蚊六毫" (毫 is Hong Kong's 角).
 */
const JIAO_FEN = new RegExp(
  `^[零〇]?([${SMALL_DIGITS}])\\s?[角毛毫](?![米升克秒安瓦伏无無不厘微西焦帕摩])(?:\\s?(?!一[斤个個份杯碗次张張件瓶包盒支])([${SMALL_DIGITS}])(?:\\s?分|(?![\\d${SMALL_DIGITS}十百千万萬亿億元块塊蚊角毛毫${COIN_COUNTERS}])))?|^[零〇]?([${SMALL_DIGITS}])\\s?分(?![钟鐘之析别別])`,
  'u',
);
/** "三块零四", "三块〇四": 零 and a lone digit after 块 are 分 (3.04). */
const KUAI_ZERO_DIGIT = new RegExp(`^[零〇]([${SMALL_DIGITS}])(?![\\d${SMALL_DIGITS}十百千万萬亿億角毛毫分元块塊蚊])`, 'u');
/** "三块半", "十一蚊半": half a unit; not 半年, 半小时, 半价. */
const KUAI_HALF = /^半(?![年月天日小个個场場点點价價斤岛島山路导導径徑])/u;
/** What makes the digit after 块 a measure or a count, not the 角 of a price: 一块6英寸屏幕, 三块5倍镜头, 两块3斤重的石头, 一块8核芯片, 15蚊1個 (fifteen dollars for one). */
const KUAI_MEASURE = '英寸吋倍斤克核米厘毫升号號层層岁歲度秒%％A-Za-z个個份杯碗次张張件瓶包盒支只隻位';
const KUAI_DIGIT = new RegExp(`^(?!一[斤个個份杯碗次张張件瓶包盒支])([${SMALL_DIGITS}])(?!一(?![斤个個份杯碗次张張件瓶包盒支]))(?![\\d.${SMALL_DIGITS.replace('一', '')}十百千万萬亿億角毛分元块塊拾佰仟${KUAI_MEASURE}]|\\s?公[斤里分])`, 'u');
/**
 * 角/毛 and 分 alone: "5毛钱", "八毛五", "1角", "5分钱". 分 alone is a score or a
 * minute, and 毛 or 角 alone a name or a corner (三毛, 冰山一角): they need 钱
 * after them, or for 角/毛 a figure in digits, a 分 digit after, or a price in the sentence.
 */
const SUBUNIT_AFTER = new RegExp(`^(?:([角毛毫])(?:\\s?([${SMALL_DIGITS}])(?:\\s?分)?(?!一(?![斤个個份杯碗次张張件瓶包盒支]))(?![\\d${SMALL_DIGITS.replace('一', '')}十百千万萬${COIN_COUNTERS}]))?\\s?(钱|錢)?|(分)\\s?(钱|錢))`, 'u');
/** What follows 一毛钱 or 一分钱 said to deny any money at all: 一毛钱关系, 一分钱也没花, 一毛钱都不给. */
const PENNY_IDIOM_AFTER = /^(?:也|都|的?关系|的?關係)/u;
const FEN_ALONE = /^分(?![钟鐘之析别別配享数數子手行局店公红紅期批])/u;
const PRICE_MOVE_BEFORE = /(?:涨|漲|降|跌|上调|上調|下调|下調|便宜|贵|貴)了?$/u;
/** Words after 角/毛 that make another word of it: 五角大楼, 三角形, 一毛不拔. */
const SUBUNIT_NOT_BEFORE = /^[形洲大楼樓度落尖架铁鐵巾衣线線笔筆毯皮发髮病不党黨钱錢米升克秒安瓦伏无無厘微西焦帕摩]/u;
/** A price in the sentence, for 块/毛/角 alone. */
const PRICE_CUES = /价|價|钱|錢|卖|賣|买|買|售|费|費|收|付|花|涨|漲|降|贵|貴|便宜|元|块|塊|薪|租|补|補|赚|賺|罚|罰|票|菜|斤|打折|优惠|優惠|成本|利润|利潤|车资|車資|加价|加價/u;
/** 块/塊 alone is money when what follows ends the figure: "七块", "两块五", not "三块金牌" or "一块去". */
const KUAI_END = /^(?:$|[\s,，。;；!?！？、)）」』"”'’/／.…:：]|多|左右|上下|以上|以下|一[斤个個份杯碗次张張]|每)/u;
/** "现在卖2块了": 块 before the particle 了 and the end of the clause. */
const KUAI_LE = /^了(?:$|[\s,，。;；!?！？、)）」』"”'’…])/u;
/** "两块到三块", "从两块涨到三块": 块 before the second figure of a range or a change. */
const KUAI_RANGE = new RegExp(`^\\s{0,2}(?:[涨漲升加增降跌减減调調提]{1,2}(?=[至到]))?(?:至|到|~|～|—|–|-|－|或)\\s{0,2}[\\d${SMALL_DIGITS}十百千]{1,6}\\s?[块塊蚊元]`, 'u');
/** "1.2兆元新台幣" — written this way the currency word is the one after 元. */
const ZHENG = /^[整正](?![常式好在点點是])/u;
/** "新臺幣(下同)30萬元": the currency stands for every bare 元 after it in the text. */
const SAME_BELOW = /[(（]\s?下同\s?[)）]/u;

/** Characters that make the figure after them vague: 数十亿, 几百万. */
const VAGUE_BEFORE = /[数數几幾]$/u;
/** "1美元兑7.2元人民币": an exchange rate, not two amounts. */
const RATE_JOIN = /^\s{0,2}(?:兑换|兌換|兑|兌|折合|换|換)\s{0,2}$/u;
/** "1美元约合4.65林吉特", "(1欧元=7.8元人民币)": one unit worth so much of another is a rate too (约合 before a real amount is its conversion). */
const UNIT_RATE_JOIN = /^\s{0,2}(?:约合|約合|约|約|合|相当于|相當於|等于|等於|=|＝)/u;
const ONE = fromInt(1);
const HUNDRED = fromInt(100);
const THOUSAND = fromInt(1000);
const CLAUSE_BREAK = /[,，。;；!?！？:：\n、]/u;

// Counters and units that make a scaled number a count, not money: 20萬個, 100万人, 3亿股.
export const COUNTER_AFTER =
  /^\s{0,2}(?:[个個人名位家台臺辆輛吨噸股部次件户戶套张張条條篇所座架艘只隻颗顆枚倍项項款种種份批头頭年岁歲天日号號周週月%％‰度点點例剂劑支瓶箱盒包袋粒片根棵株尾桶升册冊本首幅间間栋棟处處票手笔筆单單宗字行页頁帧幀趟班場场回码碼级級斤亩畝米罐对對双雙]|[瓦赫焦]|字节|字節|比特|平方|公里|千米|公斤|千克|公顷|公頃|小时|小時|分钟|分鐘|秒|光年|步|圈|[轮輪局]|英里|海里|立方|千瓦|兆瓦|TEU|标箱|標箱|粉丝|粉絲|用户|用戶|网民|網民|观众|觀眾|游客|遊客|旅客|访客|訪客|乘客|学生|學生|员工|員工|患者|居民|会员|會員|次)/u;
// Words that make a currency-less scaled figure money: 研发投入为 38.39 亿, 北京共捐700万.
const MONEY_CUES =
  /收入|营收|營收|营业额|營業額|利润|利潤|净利|淨利|盈利|获利|獲利|亏损|虧損|损失|損失|市值|估值|融资|融資|投资|投資|资金|資金|经费|經費|成本|支出|超支|开支|開支|耗资|耗資|斥资|斥資|出资|出資|注资|注資|增资|增資|投入|销售额|銷售額|金额|金額|资产|資產|资本|資本|负债|負債|债务|債務|欠款|借款|贷款|貸款|存款|预算|預算|拨款|撥款|补贴|補貼|补偿|補償|赔偿|賠償|赔款|賠款|赔了|賠了|赔|賠|亏了|虧了|赚了|賺了|赚|賺|赔付|賠付|罚款|罰款|罚金|罰金|罰鍰|费用|費用|价格|價格|售价|售價|标价|標價|定价|定價|造价|造價|房价|房價|价值|價值|成交价|成交價|成交额|成交額|拍卖|拍賣|拍出|中标|中標|投标|投標|招标|招標|合同|合约|合約|标的|標的|募资|募資|募集|募款|筹款|籌款|筹得|籌得|众筹|眾籌|善款|捐款|捐赠|捐贈|捐助|捐出|共捐|捐了|身家|财富|財富|蒸发|蒸發|缩水|縮水|GDP|产值|產值|交易额|交易額|薪|工资|工資|奖金|獎金|奖励|獎勵|租金|税|稅|票房|保费|保費|理赔|理賠|贿|賄|贪污|貪污|诈骗|詐騙|骗取|騙取|挪用|赃款|贓款|现金|現金|彩金|奖池|獎池|骗走|騙走|被骗|被騙|劫走|抢走|搶走|盗走|盜走|偷走|卷走|捲走|砸下|砸了|狂砸|豪砸|失窃|失竊|收购|收購|分红|分紅|红利|紅利|利息|外汇储备|外匯儲備|赤字|花费|花費|花了|开销|開銷|总价|總價|单价|單價|均价|均價|首付|首期|房款|款项|款項|货款|貨款|基金|房租|月租|租赁|租賃|楼价|樓價|呎价|呎價|尺价|尺價|沽出|易手|售出|出售|可罚|可罰|罚|罰|钱|錢/u;
/**
 * Head counts and other quantities named just before a figure: 用户700万, 观看人数达3580萬.
 * Nearer to the figure than any money cue, they make a currency-less figure a count.
 */
const COUNT_NOUNS =
  /人数|人數|人次|人口|用户|用戶|粉丝|粉絲|观众|觀眾|游客|遊客|旅客|访客|訪客|乘客|网民|網民|选民|選民|会员|會員|学生|學生|员工|員工|职工|職工|患者|病例|确诊|確診|感染|死亡|票数|票數|得票|选票|選票|投票|播放|浏览|瀏覽|点击|點擊|下载|下載|订阅|訂閱|阅读|閱讀|观看|觀看|搜索|量|数量|數量|面积|面積|居民|市民|民众|民眾/gu;
/** Money cues, searched backwards for the nearest one before a figure. */
const MONEY_CUES_ALL = new RegExp(MONEY_CUES.source, 'gu');

/**
 * Chinese money figures, one at a time: digits or numerals, 万/亿 scales,
 * currency words and symbols, qualifiers: 43億美元, 约2.17 万亿元, 研发投入为 38.39 亿.
 * Two figures that make a range (3000萬元至5000萬元, 3至5亿元) are joined by
 * the range refiner (./ranges.ts), which also drops the figures that are no
 * money; two neighbouring numerals in one number (两三亿, 三五万) are read here.
 */
export const zhMoneyRule: Rule<MoneySpan> = {
  name: 'zh.money',
  pattern: CORE,
  nativeLookBehind: true,
  extract(m, ctx) {
    const figure = readAmount(ctx, m.index, m[0]);
    if (!figure) return null;
    // A figure with no currency is no money alone: it stays only where a range may take it, and the search goes on after all it read.
    if (!figure.hasCurrency && !figure.scaledOnly && !mayJoin(ctx.scan, m.index, figure.end) && !mayList(ctx.scan, figure.end)) {
      return Math.max(m.index + m[0].length, figure.end);
    }
    // "3万元 -5万元": as a range's second end the figure takes no minus sign.
    if (figure.signed) figure.unsigned = readAmount(ctx, m.index, m[0], false);
    return figure;
  },
};

/** "1美元兑7.2元人民币" states an exchange rate: neither figure is an amount. */
export const zhExchangeRate: Refiner<MoneySpan> = {
  name: 'zh.money.exchange-rate',
  refine(spans, ctx) {
    const out: MoneySpan[] = [];
    for (const fact of spans) {
      const prev = out[out.length - 1];
      if (prev && RATE_JOIN.test(ctx.scan.slice(prev.end, fact.start))) {
        out.pop();
        continue;
      }
      // The second figure's span may begin with its 约合: what joins them is read up to its number.
      if (prev && isUnitRate(prev, fact, ctx.scan)) {
        out.pop();
        continue;
      }
      // "人民币兑美元中间价报7.1234元": a quoted rate, not an amount.
      if (isQuotedRate(fact, ctx)) continue;
      out.push(fact);
    }
    return out;
  },
};

/** What names an exchange rate in a clause: 汇率, 中间价, or one currency against another (兑美元, 對港元). */
const RATE_MARK = /汇率|匯率|中间价|中間價|[兑兌对對]\s?(?:美元|美金|港元|港币|港幣|人民币|人民幣|新台币|新台幣|新臺幣|台币|台幣|日元|日圓|日圆|欧元|歐元|英镑|英鎊|澳元|新元|令吉)/u;
/** The verb a quote puts before its figure: 报, 收报, 收在, 升至, 跌至, 为. */
const RATE_QUOTE_VERB = /[报報收在至为為于於到破]\s{0,2}$/u;
/** A move of a rate, in its own clause after the quote: "…收在32.5元，升值1.2角". */
const RATE_MOVE_VERB = /(?:升值|贬值|貶值|升|贬|貶)了?\s{0,2}$/u;

/**
 * A figure an exchange rate is quoted at: 人民币兑美元汇率中间价报7.1234元, 美元兌新台幣收在32.5元,
 * and its move after it (升值1.2角). Scaled figures (汇率损失达3亿元) and large ones stay amounts.
 */
function isQuotedRate(fact: MoneySpan, ctx: ExtractContext): boolean {
  if (compare(fact.amount, THOUSAND) >= 0 || /[万萬亿億兆]/u.test(ctx.scan.slice(fact.start, fact.end))) return false;
  let from = fact.start;
  while (from > 0 && fact.start - from < 40 && !CLAUSE_BREAK.test(ctx.scan[from - 1] as string)) from--;
  const clause = ctx.scan.slice(from, fact.start);
  // "…报7.1856元，兑1美元": the unit a rate is quoted against, after 兑.
  if (RATE_BEFORE.test(clause) && (compare(fact.amount, ONE) === 0 || compare(fact.amount, HUNDRED) === 0)) return true;
  if (RATE_MARK.test(clause)) return RATE_QUOTE_VERB.test(clause);
  if (!RATE_MOVE_VERB.test(clause)) return false;
  const [a] = ctx.sentences.bounds(fact.start, fact.end);
  return RATE_MARK.test(ctx.scan.slice(Math.max(a, fact.start - 60), from));
}

function isUnitRate(prev: MoneySpan, fact: MoneySpan, scan: string): boolean {
  if (prev.currency === null || fact.currency === null || prev.currency === fact.currency || prev.qualifier !== 'exact') return false;
  if (compare(prev.amount, ONE) !== 0 && compare(prev.amount, HUNDRED) !== 0) return false;
  const between = scan.slice(prev.end, fact.start);
  if (between.length > 4 || /\S/u.test(between.replace(UNIT_RATE_JOIN, ''))) return false;
  return UNIT_RATE_JOIN.test(between + scan.slice(fact.start, fact.start + 3));
}

/** A figure with no currency word takes the one the figures before it in its sentence all name. */
export const zhBorrowCurrency: Refiner<MoneySpan> = {
  name: 'zh.money.borrow-currency',
  refine: (spans, ctx) => borrowSentenceCurrency(ctx.sentences, spans),
};

/** Chinese money: the rule, the range refiner, then the others in order. */
export const ZH_MONEY: KindRules<MoneySpan> = { rules: [zhMoneyRule], joiners: [zhLists, zhRanges], refiners: [decideCurrency, zhExchangeRate, zhBorrowCurrency] };

/**
 * "总市值1.12万亿元，较去年高点蒸发逾3000亿": a figure with no currency word takes
 * the currency of the figures before it in its sentence, when they all name the
 * same one. A figure named before any currency (北京共捐700万 … 共接收捐款6.1亿元)
 * keeps null: the reader has not been told the currency yet.
 * Its figures are found by a binary search among the spans by start, not by a
 * scan of all of them (which made 营收1亿， × 200k take 35 s).
 */
export function borrowSentenceCurrency(sentences: Sentences, spans: MoneySpan[]): MoneySpan[] {
  const byStart = spans.slice().sort((x, y) => x.start - y.start);
  return spans.map((span) => {
    if (span.currency !== null || span.rule !== 'zh.money.no-currency') return span;
    const [a, b] = sentences.bounds(span.start, span.end);
    let code: string | null = null;
    for (let i = countBelow(byStart.length, (k) => (byStart[k] as MoneySpan).start, a); i < byStart.length; i++) {
      const o = byStart[i] as MoneySpan;
      if (o.start >= b || o.start >= span.start) break;
      if (o === span || o.end > b || !o.currency) continue;
      if (code === null) code = o.currency;
      else if (code !== o.currency) return span;
    }
    return code !== null ? { ...span, currency: code, currencySource: 'text' } : span;
  });
}

/**
 * One figure as the rule reads it, with what the range refiner (./ranges.ts)
 * needs to join it to a neighbour; the refiner leaves these fields out of
 * the spans it returns.
 */
export interface ZhFigure extends MoneySpan {
  /** Where the rule's match starts: the number, after a currency word, qualifier or sign before it. */
  index: number;
  /** The number as written: 3, 5亿, 三千. */
  core: string;
  /** Its 万/亿/兆 scale word, for a first figure of a range to borrow (3至5亿元). */
  unit: string;
  scaled: boolean;
  /** The power of ten a subunit word (角/毛 -1, 分/美分 -2) put on the figure: a bare first end of a range takes it (2到3角). */
  subExp: number;
  hasCurrency: boolean;
  /** The currency is a bare word's (元, 块, ¥): a (下同) declaration or the article decides it. */
  isBare: boolean;
  /** No currency, but scaled and in a money sentence: kept with currency null. */
  scaledOnly: boolean;
  /** A minus sign before the figure is part of it ("-0.13 元"). */
  signed: boolean;
  /** When `signed`: the figure read without the sign (null when it is no figure then), as a range's second end reads it. */
  unsigned?: ZhFigure | null;
}

// Longest currency word before a figure, plus "(下同)" and spaces.
const PREFIX_WINDOW = Math.max(...PREFIXES.map(([w]) => w.length)) + 8;
const SUFFIX_WINDOW = Math.max(...SUFFIXES.map(([w]) => w.length)) + 2;
/** "5亿3月": a lone digit after a unit, then a date or count word, is not the abbreviated next unit. */
const ABBREV_TAIL = new RegExp(`[万萬亿億兆千仟百佰][${SMALL_DIGITS}]$`, 'u');
const RATE_BEFORE = /[兑兌对對]\s{0,2}$/u;
/** A hyphen after a figure or a unit joins a range (8千-1.2万), it is no minus sign. */
const NOT_A_SIGN_AFTER = new RegExp(`[\\dA-Za-z${ZHD}${UNITS}元块塊]`, 'u');
const FIGURE_END = new RegExp(`[\\d${ZHD}${UNITS}]\\s{0,2}$`, 'u');
/** Cents after a currency word: 三令吉十六仙, 5元5仙, 3英镑50便士, 两美元又三美分 (仙 with any; the others with their own currency). */
const SEN_AFTER = new RegExp(`^[又零]?\\s?([0-9]{1,2}|[一二两兩三四五六七八九十]{1,3})\\s?(仙|${Object.keys(ZH_CENT_OF).join('|')})`, 'u');
const SAME_BELOW_END = new RegExp(`${SAME_BELOW.source}$`, 'u');
/** What may stand before 负 for it to be a minus sign: 为负, 是负, 降至负, or a break. */
const NEGATIVE_WORD_AFTER = /^(?:|[为為是至到达達\s,，:：(（])$/u;
/** What may follow 来 for it to be "about": a currency word (一百来块, 十来元, 三千来美元). */
const LAI_BEFORE_CURRENCY = /^(?:块|塊|元|蚊|美元|港元|欧元|歐元)/u;
/** k/K/M right after digits, then the end of the figure: not 4K视频, 10K跑, 5K公寓 (a word follows). */
const KILO_AFTER = /^([kKM])(?![A-Za-z\d])(?=$|[\s,，。;；、:：)）/／\-–~～至到]|[美港欧歐英日人新澳加元]|以上|左右|起|多|上下)/u;
/** w/W for 万 after digits, as salary copy writes it (年薪20W, 月薪1.5w, 20W+): only beside a pay word (功率65W is watts). */
const WAN_AFTER = /^[wW](?![A-Za-z\d])(?=$|[\s,，。;；、:：)）/／\-–~～+＋至到]|[元以左起多上])/u;
/**
 * Pay words a figure written with k or w needs in its clause when no currency word follows it:
 * 月薪8K, 年薪20W, 底薪5k, 租金3K; not 他跑了10K, 充电功率65W.
 */
const PAY_WORDS = /薪|工资|工資|收入|月入|年入|待遇|奖金|獎金|年终|年終|报酬|報酬|酬劳|酬勞|佣金|提成|租金|月租|房租/u;

/** "壹仟零伍" before 角 with no 元: the yuan figure, then the 角 digit after 零. */
const NO_YUAN_TAIL = new RegExp(`^(.+[${UNITS}])[零〇]([${SMALL_DIGITS.replace('0-9', '')}])$`, 'u');
/** 万 or 亿 alone as a figure: "万余元", "上万元", "过亿元" (not 万元户, 亿元级别). */
const BARE_UNIT = /^[万萬亿億][余餘多]?$/u;
const BARE_UNIT_BEFORE = /[上逾过過破超近]$/u;
/** 成千上万, 成百上千: "thousands upon thousands", no figure. */
const CROWD_BEFORE = /成[千百]上$/u;
/**
 * A scale word with no numeral before it (千万, 百萬, 十万) is the adverb 千万 ("by all means") or part of an
 * idiom when these follow it: 千万不要, 千萬別, 千万记住, 千萬小心, 千万一定要, 千萬三思, 百万富翁, 千萬俱樂部 (a club
 * of those past the figure, not an amount), 十万火急, 十万八千里, 以千万计, 千萬、千萬不要 (said twice). Not 千万不如 (ten million is worth less
 * than), 百万到千万不等, 千万不止: there the figure is the amount.
 */
const SCALE_ALONE = /^[十百千][万萬亿億]$/u;
const SCALE_IDIOM_AFTER =
  /^(?:不(?![如等止只到是够夠算])|别|別|要|莫|勿|可(?:[别別]|不[能要可])|也(?:[别別]|不[能要可])|[记記]|牢[记記]|切[记記]|小心|注意|留意|[当當]心|提防|[谨謹]慎|慎|得(?=小心|注意|[当當]心|留意|[记記]|想|慎|三思|提防)|一定|三思|[务務]必|保重|珍惜|拜[托託]|俱[乐樂]部|富翁|富豪|富婆|雄[师師]|大[军軍]|火急|八千里|[计計]|、?千[万萬])/u;

function readAmount(ctx: ExtractContext, index: number, raw: string, signed = true): ZhFigure | null {
  const { scan } = ctx;
  let core = raw.replace(/[\s个個]+$/u, '');
  // "亿元" alone, or "数十亿": no figure, or a vague one.
  // "万余元", "上万元", "过亿元", "破亿": a scale word alone is one of it, with 余/多 after it or 上/逾/过/破 before it.
  // "万把块钱", "千把元": a unit alone, then 把 ("or so"), then the currency: about one of it.
  const ba = /^[百千万萬]$/u.test(core) && scan[index + 1] === '把' && LAI_BEFORE_CURRENCY.test(scan.slice(index + 2, index + 4));
  const unitAlone = ba || (BARE_UNIT.test(core) && (/[余餘多]$/u.test(core) || (BARE_UNIT_BEFORE.test(scan.slice(Math.max(0, index - 1), index)) && !CROWD_BEFORE.test(scan.slice(Math.max(0, index - 3), index)))));
  // 千万不要, 百万富翁, 千万一定要 (the 一 is 一定's, not an abbreviated 百万): an adverb or an idiom, no figure.
  const head = core.length === 3 && SCALE_ALONE.test(core.slice(0, 2)) ? core.slice(0, 2) : core;
  if (SCALE_ALONE.test(head) && SCALE_IDIOM_AFTER.test(scan.slice(index + head.length, index + head.length + 3))) return null;
  if (core.startsWith('十') && /^十[万萬]八千[里裡裏]/u.test(scan.slice(index, index + 5))) return null;
  if (!unitAlone && (!core || /^[万萬亿億兆]/u.test(core) || VAGUE_BEFORE.test(scan.slice(Math.max(0, index - 1), index)))) return null;
  // 零 alone is no figure: 找零人民币五角 (change given), 零元购 (looting), 零首付.
  if (core === '零' || core === '〇' || core === '○') return null;
  if (ABBREV_TAIL.test(core) && COUNTER_AFTER.test(scan.slice(index + core.length, index + core.length + 4))) core = core.slice(0, -1);
  // "两三块钱": two neighbouring numerals alone are a range (2 to 3), not 23.
  // "半亿", "半萬": half the unit (罚款半亿元 = 50,000,000); nothing else may follow 半.
  const half = core.startsWith('半');
  if (half && !/^半[万萬亿億]$/u.test(core)) return null;
  let parsed: ZhNumber & { max?: Decimal } | null = half
    ? parseZhNumber(`0.5${core.slice(1)}`)
    : unitAlone ? parseZhNumber(`一${core}`)
    : (core.length === 2 ? adjacentPair(core) : null) ?? parseZhNumber(core) ?? adjacentPair(core);
  if (!parsed) return null;
  let start = index;
  let end = index + core.length;
  // "月薪8K", "15k-20k", "500K美元", "2M美元": k is a thousand, M a million (M only before a currency word).
  const kilo = /^[\d.,]+$/u.test(core) ? KILO_AFTER.exec(scan.slice(end, end + 4)) : null;
  /** Read with k, w or M after it: money with no currency word only beside a pay word. */
  let abbreviated = false;
  if (kilo && (kilo[1] !== 'M' || scan[end + 1] === '元' || namedAt(scan, end + 1 + (scan[end + 1] === ' ' ? 1 : 0)))) {
    parsed = { ...parsed, value: mulPow10(parsed.value, kilo[1] === 'M' ? 6 : 3), scaled: true };
    end += 1;
    abbreviated = true;
  } else if (/^[\d.]+$/u.test(core) && WAN_AFTER.test(scan.slice(end, end + 2)) && PAY_WORDS.test(clauseBefore(scan, start))) {
    parsed = { ...parsed, value: mulPow10(parsed.value, 4), scaled: true };
    end += 1;
    abbreviated = true;
  }
  // "一百来块钱", "十来元": 来 after a round figure, before the currency, makes it approximate.
  // "十来万元", "二十來萬元": 来 between the figure and its 万/亿 too ("ten-odd ten thousand").
  const laiAt = scan[end] === '来' || scan[end] === '來';
  const laiUnit = laiAt && /[十百千]$/u.test(core) ? /^[万萬亿億]{1,2}/u.exec(scan.slice(end + 1, end + 3))?.[0] ?? '' : '';
  const lai = ba || (laiAt && /[十百千万萬亿億]$/u.test(core) && LAI_BEFORE_CURRENCY.test(scan.slice(end + 1 + laiUnit.length, end + 3 + laiUnit.length)));
  const laiScaled = lai && laiUnit ? parseZhNumber(core + laiUnit) : null;
  if (lai && laiUnit && !laiScaled) return null;
  if (laiScaled) {
    parsed = laiScaled;
    core += laiUnit;
  }
  if (lai) end += 1 + laiUnit.length; // 来 and its unit, or 把
  const unit = /[万萬亿億兆]+$/u.exec(core)?.[0] ?? '';

  // Currency after the number.
  let currency: string | null = null;
  let hasCurrency = false;
  let isBare = false;
  let dollar = false;
  let decidedByText = false;
  /** 蚊, Cantonese copy's dollar: its own family (HKD or MOP), never the mainland's yuan. */
  let cantonese = false;
  let value: Decimal = parsed.value;
  /** The power of ten a subunit word (毛, 分, 美分) puts on both ends of a range. */
  let rangeExp = 0;
  const after = scan.slice(end, end + SUFFIX_WINDOW);
  const gap = /^\s{0,2}/u.exec(after)?.[0].length ?? 0;
  for (const [word, code] of SUFFIX_FIRST.get(after[gap] as string) ?? []) {
    if (!after.startsWith(word, gap)) continue;
    const wordEnd = end + gap + word.length;
    const rest = scan.slice(wordEnd, wordEnd + 6);
    if (code === null && YUAN_NOT_MONEY_AFTER.test(rest)) break;
    if (code === null && word === '元' && yuanNamesAThing(ctx, start, core, rest)) break;
    if (ZH_SCALED_ONLY_WORDS.has(word) && (!parsed.scaled || EURO_ALONE_NOT_BEFORE.test(rest))) break;
    if ((word === '块' || word === '塊') && !kuaiIsMoney(ctx, start, wordEnd, core)) break;
    isBare = code === null;
    cantonese = word === '蚊';
    currency = isBare ? bareCurrency(ctx, start) : code?.startsWith('~') ? ambiguousCurrency(ctx, code) : code;
    if (code?.startsWith('~')) decidedByText = true;
    hasCurrency = true;
    end = wordEnd;
    // 5萬元澳門幣, 3亿元韩币: a named currency right after 元 is the figure's.
    const named = isBare && (word === '元' || word === '圆' || word === '圓') ? namedAt(scan, end) : null;
    if (named) {
      currency = named[1];
      isBare = false;
      end += named[0].length;
    }
    if (ZH_CENT_WORDS.has(word)) {
      value = mulPow10(value, -2);
      rangeExp = -2;
    }
    if (isBare) {
      // "5元3角5分" = 5.35, "两块五" = 2.5, "壹佰贰拾叁万…柒元捌角玖分" = 1234567.89
      const tail = scan.slice(end, end + 8);
      const jf = JIAO_FEN.exec(tail);
      const kuai = !parsed.scaled && (word === '块' || word === '塊' || word === '蚊');
      const kd = !jf && kuai ? KUAI_DIGIT.exec(tail) : null;
      const kz = !jf && !kd && kuai ? KUAI_ZERO_DIGIT.exec(tail) : null;
      const half = !jf && !kd && !kz && !parsed.scaled && !parsed.more ? KUAI_HALF.exec(tail) : null;
      if (jf) {
        if (jf[3]) value = add(value, mulPow10(fromInt(numeralValue(jf[3])), -2));
        else {
          value = add(value, mulPow10(fromInt(numeralValue(jf[1] as string)), -1));
          if (jf[2]) value = add(value, mulPow10(fromInt(numeralValue(jf[2])), -2));
        }
        end += jf[0].length;
        // 三块五毛钱: 钱 after the subunit is part of the amount, as in 五毛钱.
        if (scan[end] === '钱' || scan[end] === '錢') end += 1;
      } else if (kd) {
        value = add(value, mulPow10(fromInt(numeralValue(kd[1] as string)), -1));
        end += kd[0].length;
      } else if (kz) {
        value = add(value, mulPow10(fromInt(numeralValue(kz[1] as string)), -2));
        end += kz[0].length;
      } else if (half) {
        value = add(value, mulPow10(fromInt(5), -1));
        end += half[0].length;
      }
    }
    // 三令吉十六仙 = 3.16: cents (sen) after the currency word.
    const sen = !parsed.scaled && !ZH_CENT_WORDS.has(word) ? SEN_AFTER.exec(scan.slice(end, end + 8)) : null;
    const senValue = sen ? parseZhNumber(sen[1] as string)?.value : undefined;
    const senFits = sen?.[2] === '仙' || (sen !== null && currency !== null && ZH_CENT_OF[sen[2] as string] === currency);
    if (sen && senFits && senValue && compare(senValue, fromInt(100)) < 0) {
      value = add(value, mulPow10(senValue, -2));
      end += sen[0].length;
    }
    // 人民币贰拾万元整
    if (ZHENG.test(scan.slice(end, end + 2))) end += 1;
    break;
  }
  // "5万8000元(新币,下同)", "罰款8,000元（港幣）": a bracket right after a bare figure names its currency;
  // so it does after a 万/亿 figure with no currency word at all: "每名永久居民發放1萬(澳門幣，下同)".
  if (((isBare && !cantonese) || (!hasCurrency && parsed.scaled)) && /^\s?[(（]/u.test(scan.slice(end, end + 2))) {
    const bracket = BRACKET_AFTER.exec(scan.slice(end, end + 16));
    const code = bracket ? HEADING_WORDS.get(bracket[1] as string) : undefined;
    if (code) {
      currency = code;
      isBare = false;
      hasCurrency = true;
    }
  }
  // 人民币壹仟零伍角 = 1000.5: with no 角 digit before it, a contract may leave out 元 and write 零 in its place.
  const noYuan = !hasCurrency && !parsed.more ? NO_YUAN_TAIL.exec(core) : null;
  if (noYuan && (scan[end] === '角' || scan[end] === '分') && namedEnding(scan.slice(Math.max(0, start - PREFIX_WINDOW), start))) {
    const whole = parseZhNumber(noYuan[1] as string);
    if (whole && !whole.more) {
      value = add(whole.value, mulPow10(fromInt(numeralValue(noYuan[2] as string)), scan[end] === '角' ? -1 : -2));
      end += 1;
      hasCurrency = true;
      isBare = true;
      if (ZHENG.test(scan.slice(end, end + 2))) end += 1;
    }
  }
  // 角/毛 and 分 alone: 5毛钱, 八毛五, 1角, 5分钱.
  if (!hasCurrency && !parsed.scaled && !parsed.more) {
    const sub = subunit(ctx, start, end, core);
    if (sub) {
      value = mulPow10(value, sub.cent ? -2 : -1);
      rangeExp = sub.cent ? -2 : -1;
      if (sub.extra) value = add(value, mulPow10(fromInt(sub.extra), -2));
      end += sub.length;
      // 人民币伍角整
      if (ZHENG.test(scan.slice(end, end + 2))) end += 1;
      currency = bareCurrency(ctx, start);
      hasCurrency = true;
      isBare = true;
    }
  }
  // Currency before the number: 日幣150億元, 新臺幣(下同)30萬元, RM50.
  const before = scan.slice(Math.max(0, start - PREFIX_WINDOW), start);
  let at = before.trimEnd();
  const same = SAME_BELOW_END.exec(at);
  if (same) at = at.slice(0, same.index).trimEnd();
  let prefixOnly = false;
  for (const [sym, code] of PREFIX_LAST.get(at[at.length - 1] as string) ?? []) {
    if (!at.endsWith(sym)) continue;
    const lead = at.slice(0, -sym.length);
    if (/^[A-Za-z$＄]/u.test(sym) && /[A-Za-z]$/u.test(lead)) continue;
    // "三令吉十六仙": the word ends the figure before it, and starts no other; but a symbol after a
    // table row's number and a space starts its figure ("1 $2,650" in a fee table).
    if (FIGURE_END.test(lead) && !(SYMBOL_FIRST.test(sym) && /\s$/u.test(lead))) continue;
    // "欧元兑美元1.08": a quoted rate, not an amount.
    if (RATE_BEFORE.test(lead) && !/\d/u.test(lead.slice(-8))) return null;
    start -= before.length - at.length + sym.length;
    // 港幣$50, 人民幣¥300: a named currency before the symbol is the figure's.
    const named = SYMBOLS_ALONE.has(sym) && (!hasCurrency || isBare) ? namedEnding(lead) : null;
    if (named) {
      start -= named[0];
      currency = named[1];
      isBare = false;
    }
    // 港币1.5亿元: the named currency before wins over a bare 元 after.
    if (!named && (!hasCurrency || (isBare && code !== null && code !== 'dollar'))) {
      // A bare $ is the "dollar" family: USD, or HKD/TWD/SGD where the text is from there (../../refiners/currency.ts).
      dollar = code === 'dollar';
      currency = code === null ? bareCurrency(ctx, start) : dollar ? null : code;
      // 收費(港幣)：成人$50: a heading's dollar currency is the bare $'s.
      const declared = dollar ? bareCurrency(ctx, start) : null;
      if (declared && DOLLAR_CODES.has(declared)) {
        currency = declared;
        dollar = false;
      }
      isBare = code === null;
    }
    prefixOnly = !hasCurrency;
    hasCurrency = true;
    break;
  }
  // "人民币3月", "港元4成": a currency word before a date or count.
  if (prefixOnly && COUNTER_AFTER.test(scan.slice(end, end + 4))) return null;
  // No currency: money only when scaled, not a count, in a money sentence;
  // otherwise the reading is returned bare, for the range refiner (./ranges.ts) to pick up.
  const scaledOnly = !hasCurrency && !lai && parsed.scaled && !COUNTER_AFTER.test(scan.slice(end, end + 4)) &&
    (abbreviated ? PAY_WORDS.test(clauseBefore(scan, start)) : moneyContext(ctx, start, end));

  // Sign: "-0.13 元"; a hyphen between two numbers is a range's (./ranges.ts).
  let amount: Decimal = value;
  let tookSign = false;
  const sign = scan[start - 1];
  if (signed && (sign === '-' || sign === '−' || sign === '－') && !NOT_A_SIGN_AFTER.test(scan[start - 2] ?? '')) {
    amount = negate(amount);
    start -= 1;
    tookSign = true;
  }
  // "净利润为负3.2亿元": 负 as a minus sign after 为/是/至 or a break; not 背负, 担负, 胜负.
  else if (signed && hasCurrency && (sign === '负' || sign === '負') && NEGATIVE_WORD_AFTER.test(scan.slice(Math.max(0, start - 2), start - 1))) {
    amount = negate(amount);
    start -= 1;
    tookSign = true;
  }

  let per: Per | null = null;
  const perSuffix = PER_SUFFIX.exec(scan.slice(end, end + 8));
  if (perSuffix && (hasCurrency || scaledOnly)) {
    per = PER_UNIT[perSuffix[1] as string] ?? 'unit';
    end += perSuffix[0].length;
  }
  if (!per) per = perBefore(scan, start);

  let qualifier: Qualifier = parsed.more ? 'over' : lai && hasCurrency ? 'approx' : 'exact';
  let min: Decimal | null = null;
  let max: Decimal | null = null;
  if (parsed.max) {
    qualifier = 'range';
    // "三四毛钱": both ends are in the subunit.
    min = mulPow10(parsed.value, rangeExp);
    max = mulPow10(parsed.max, rangeExp);
  }
  // A qualifier right before the figure, or before one space: compared in
  // place (endsWith at an offset), with no slice per word.
  const spaced = scan.charCodeAt(start - 1) === 32 ? 1 : 0;
  for (const [word, q] of QUALIFIER_BY_LAST.get(scan.charCodeAt(start - spaced - 1)) ?? []) {
    // 上, 过, 破 alone qualify a round figure only (上万元, 过亿元, 破千元): not 以上3万元, 经过3年.
    const roundOnly = word === '上' || word === '过' || word === '過' || word === '破';
    if (scan.endsWith(word, start - spaced) && (!roundOnly || (/^一?[十百千万萬亿億]/u.test(core) && !/[以之]$/u.test(scan.slice(Math.max(0, start - spaced - 2), start - spaced - 1))))) {
      if (qualifier !== 'range') qualifier = q;
      start -= spaced + word.length;
      // 人民幣約3,000元, 港幣逾2億元: a named currency before the qualifier is the figure's.
      const named = hasCurrency && (isBare || dollar) ? namedEnding(scan.slice(Math.max(0, start - PREFIX_WINDOW), start)) : null;
      if (named) {
        start -= named[0];
        currency = named[1];
        isBare = false;
        dollar = false;
      }
      break;
    }
  }
  const qs = QUALIFIER_SUFFIX.exec(scan.slice(end, end + 6));
  if (qs) {
    if (qualifier !== 'range') qualifier = SUFFIX_QUALIFIER[qs[1] as string] ?? qualifier;
    end += qs[0].length;
  }
  const rule = scaledOnly ? 'zh.money.no-currency' : parsed.scaled ? 'zh.money.scaled' : 'zh.money.plain';
  return {
    kind: 'money', start, end, rule, amount, currency, qualifier, min, max, per,
    index, core, unit, scaled: parsed.scaled, subExp: rangeExp, hasCurrency, isBare, scaledOnly, signed: tookSign,
    // Left for the currency refiner: a bare 元 no (下同) declaration decided, or a bare $.
    bare: dollar ? 'dollar' : isBare && currency === null ? (cantonese ? 'man' : 'yuan') : null,
    ...(decidedByText && currency !== null ? { currencySource: 'text' as const } : {}),
  };
}

/** A Han character first. */
const HAN_FIRST = /^\p{Script=Han}/u;
/** One numeral alone: 三 in 三元锂电池, 一 in 张一元. */
const ONE_NUMERAL = /^[一二两兩三四五六七八九十]$/u;
/** Whether the text is about batteries (see BATTERY_TEXT), asked once per text. */
const batteryTexts = new WeakMap<ExtractContext, boolean>();
/**
 * A one-numeral 元 that names a thing, not money: 三元锂电池, 三元催化器, 二元期权, 福建三元区, 陈三元,
 * 張一元茶莊, and 三元 alone in a text about batteries ("铁锂和三元路线"). 三元钱, 三元一斤 stay money.
 */
function yuanNamesAThing(ctx: ExtractContext, start: number, core: string, rest: string): boolean {
  if (!ONE_NUMERAL.test(core) || YUAN_PRICE_AFTER.test(rest)) return false;
  if (YUAN_NAME_AFTER.test(rest)) return true;
  // A name goes on into its sentence (陈三元当选); "给了小李一元。" ends on the amount.
  if (HAN_FIRST.test(rest) && YUAN_NAME_SURNAME.test(ctx.scan.slice(Math.max(0, start - 2), start))) return true;
  if (core !== '三') return false;
  let battery = batteryTexts.get(ctx);
  if (battery === undefined) batteryTexts.set(ctx, (battery = BATTERY_TEXT.test(ctx.text)));
  return battery;
}

/** Currency symbols and codes, which Chinese copy writes before the figure only: US$, HK$, $, ¥, €, £… */
const SYMBOL_FIRST = /^(?:[A-Z]{0,3}[$＄]|[¥￥€£₩₹฿₱₽])$/u;
/** Symbols that name no currency of their own: a named currency may stand before them (港幣$50). */
const SYMBOLS_ALONE: ReadonlySet<string> = new Set(['$', '＄', '¥', '￥']);
/** The named currency word `text` ends with (a space may follow it): the length it takes from the end, and its code. */
function namedEnding(text: string): readonly [number, string] | null {
  const trimmed = text.trimEnd();
  const hit = namedBefore(trimmed);
  return hit ? [text.length - trimmed.length + hit[0].length, hit[1]] : null;
}

/** The text around a figure, within its sentence and at most `reach` characters each side. */
function around(ctx: ExtractContext, start: number, end: number, reach: number): [number, number] {
  const [a, b] = ctx.sentences.bounds(start, end);
  return [Math.max(a, start - reach), Math.min(b, end + reach)];
}

/**
 * A currency-less scaled figure is money when its sentence names money (a cue
 * within 60 characters) and no head count or quantity is named between the
 * nearest cue and the figure: 北京共捐700万, not 用户700万 or 观看人数达3580萬.
 */
function moneyContext(ctx: ExtractContext, start: number, end: number): boolean {
  const [a, b] = around(ctx, start, end, 60);
  const text = ctx.text.slice(a, b);
  if (!MONEY_CUES.test(text)) return false;
  const near = ctx.text.slice(Math.max(a, start - 16), start);
  const lastOf = (re: RegExp): number => {
    re.lastIndex = 0;
    let last = -1;
    for (let m = re.exec(near); m; m = re.exec(near)) last = m.index + m[0].length;
    return last;
  };
  return lastOf(COUNT_NOUNS) <= lastOf(MONEY_CUES_ALL);
}

/** 块 alone: money when a 角 digit follows (两块五) or the figure ends there, not 三块金牌, 切成两块, 一块去. */
function kuaiIsMoney(ctx: ExtractContext, start: number, wordEnd: number, core: string): boolean {
  const rest = ctx.scan.slice(wordEnd, wordEnd + 4);
  if (JIAO_FEN.test(rest) || KUAI_DIGIT.test(rest) || KUAI_ZERO_DIGIT.test(rest)) return true;
  // 半 and a range need a price in the sentence: 切成两块半, 分成两块到三块 are pieces.
  // 了 after 块 too: 现在卖2块了 is a price, 拿了两块了 pieces.
  const needsPrice = KUAI_HALF.test(rest) || KUAI_RANGE.test(ctx.scan.slice(wordEnd, wordEnd + 12)) || KUAI_LE.test(rest);
  if ((!needsPrice && !KUAI_END.test(rest)) || /[成为為]了?$/u.test(ctx.scan.slice(Math.max(0, start - 2), start))) return false;
  if (!needsPrice && core !== '一' && core !== '1') return true;
  const [a, b] = around(ctx, start, wordEnd, 20);
  return PRICE_CUES.test(ctx.text.slice(a, start) + ctx.text.slice(wordEnd, b));
}

/** 角/毛/分 right after a small figure with no currency word: its length, the tenths or hundredths, and a 分 digit. */
function subunit(ctx: ExtractContext, start: number, end: number, core: string): { length: number; cent: boolean; extra: number } | null {
  if (core.length > 3) return null;
  // 一丝一毫, 絲毫: a hair's breadth, not a tenth of a dollar.
  if (ctx.scan[end] === '毫' && /[丝絲]$/u.test(ctx.scan.slice(Math.max(0, start - 2), start))) return null;
  const m = SUBUNIT_AFTER.exec(ctx.scan.slice(end, end + 6));
  // "没有一毛钱关系", "一分钱也没花": one 毛 or 分 of money said to deny any at all, not an amount.
  if (m && (m[3] || m[4]) && core === '一' && (PENNY_IDIOM_AFTER.test(ctx.scan.slice(end + m[0].length, end + m[0].length + 3)) ||
    /[没沒不无無未]/u.test(ctx.scan.slice(Math.max(0, start - 4), start)))) return null;
  if (m?.[4]) return { length: m[0].length, cent: true, extra: 0 };
  // 人民币伍角, 新臺幣伍分: a named currency right before the figure makes 角/分 its subunit, with no price word needed.
  const named = (): boolean => namedEnding(ctx.scan.slice(Math.max(0, start - PREFIX_WINDOW), start)) !== null;
  // 仙 alone: a cent of the dollar (Hong Kong) or ringgit (Malaysia): 每股派息12仙, 油价涨3仙; not 八仙, 神仙.
  if (!m && ctx.scan[end] === '仙' && !/^仙[人女子境姑鹤鶴桌]/u.test(ctx.scan.slice(end, end + 2))) {
    const [a, b] = around(ctx, start, end, 20);
    if (/^\d/u.test(core) ? /[息价價涨漲跌降股油]/u.test(ctx.text.slice(a, b)) : /派息|股息|每股|油价|油價|涨|漲|跌|降/u.test(ctx.text.slice(a, b))) {
      return { length: 1, cent: true, extra: 0 };
    }
  }
  if (!m) {
    // "较上周下降7分": 分 alone after a price moved, in a sentence of prices.
    const fen = FEN_ALONE.exec(ctx.scan.slice(end, end + 2));
    if (fen && named()) return { length: fen[0].length, cent: true, extra: 0 };
    if (!fen || !PRICE_MOVE_BEFORE.test(ctx.scan.slice(Math.max(0, start - 4), start))) return null;
    const [a, b] = around(ctx, start, end, 30);
    return /[元块塊价價]/u.test(ctx.text.slice(a, b)) ? { length: fen[0].length, cent: true, extra: 0 } : null;
  }
  // 八角 alone is star anise, a product of farm-price reports (八角每斤30元), not 0.8 yuan; 八角钱 and 八角五 stay money.
  if (core === '八' && m[1] === '角' && m[2] === undefined && m[3] === undefined && !named()) return null;
  const ok = m[2] !== undefined || m[3] !== undefined || named() ||
    (!SUBUNIT_NOT_BEFORE.test(ctx.scan.slice(end + m[0].length, end + m[0].length + 1)) && (() => {
      const [a, b] = around(ctx, start, end, 20);
      return PRICE_CUES.test(ctx.text.slice(a, start) + ctx.text.slice(end + m[0].length, b));
    })());
  if (!ok) return null;
  return { length: m[0].length, cent: false, extra: m[2] !== undefined ? numeralValue(m[2]) : 0 };
}

/** Each "(下同)" declaration or currency heading in a text: where it stands and the currency it names. */
const sameBelowOf = new WeakMap<ExtractContext, Array<Declaration>>();
/** Where a declaration stands, the currency it names, and where its reach ends. */
type Declaration = readonly [at: number, code: string, until: number];
/** How far a heading reaches at most. */
const HEADING_REACH = 600;
/** A paragraph of prose: a sentence end, or longer than a table row or list item. */
const PROSE = /[。！？!?]/u;

/**
 * Where a heading's reach ends: its own paragraph, then the short lines under it
 * (table rows and list items, each its own paragraph), up to the first paragraph
 * of prose and no more than HEADING_REACH characters.
 */
function headingReach(scan: string, at: number): number {
  const cap = Math.min(scan.length, at + HEADING_REACH);
  let end = scan.indexOf('\n\n', at);
  while (end >= 0 && end < cap) {
    const from = end + 2;
    const next = scan.indexOf('\n\n', from);
    const to = next < 0 ? scan.length : next;
    if (to - from > 80 || PROSE.test(scan.slice(from, to))) return from;
    end = next;
  }
  return cap;
}
const SAME_BELOW_ALL = new RegExp(SAME_BELOW.source, 'gu');
/** Named currencies and codes (港幣, HK$, MOP…) as a heading may write them, longest first. */
const HEADING_WORDS = new Map(
  PREFIXES.filter((e): e is readonly [string, string] => e[1] !== null && e[1] !== 'dollar' && e[0].length > 1),
);
const HEADING_SRC = [...HEADING_WORDS.keys()].map((w) => w.replace(/[$]/gu, '\\$&')).join('|');
/**
 * A currency heading over a fee table or a list: 收費(港幣), 票價（澳門幣）, (單位：新臺幣元), 單位：港元,
 * 币种：人民币. A bracket holds nothing but the currency (and 單位/幣別 before it, 元 after it).
 */
const HEADING_ALL = new RegExp(
  `[(（]\\s?(?:(?:金額|金额)?(?:單位|单位|幣別|币别|幣種|币种)\\s?[:：]\\s?)?(${HEADING_SRC})\\s?元?\\s?[)）]|(?:單位|单位|幣別|币别|幣種|币种)\\s?[:：]\\s?(${HEADING_SRC})`,
  'gu',
);
/** A currency in a bracket right after a figure, alone or before 下同 or a conversion: 5万8000元(新币,下同;约…令吉), 8,000元（港幣）. */
const BRACKET_AFTER = new RegExp(`^\\s?[(（]\\s?(${HEADING_SRC})\\s?(?=[)）,，、;；])`, 'u');
/** The same bracket with 下同: its currency is every bare 元 after it, as "新臺幣(下同)" before a figure says. */
const SAME_BELOW_AFTER_ALL = new RegExp(`[(（]\\s?(${HEADING_SRC})\\s?[,，、;；]\\s?下同`, 'gu');
/** Currencies a bare $ under a heading may be: 收費(港幣) … $50 is HKD. */
const DOLLAR_CODES: ReadonlySet<string> = new Set(['USD', 'HKD', 'TWD', 'SGD', 'MOP', 'AUD', 'CAD', 'NZD', 'BND']);

/**
 * The currency of a bare 元 at `pos`: the one a "(下同)" declaration before it
 * names (新臺幣(下同)30萬元 … 5萬元: both TWD, to the end of the text, as 下同
 * says), else the article's (see ../region.ts).
 */
function bareCurrency(ctx: ExtractContext, pos: number): string | null {
  let decl = sameBelowOf.get(ctx);
  if (!decl) {
    decl = [];
    SAME_BELOW_ALL.lastIndex = 0;
    for (let m = SAME_BELOW_ALL.exec(ctx.scan); m; m = SAME_BELOW_ALL.exec(ctx.scan)) {
      const lead = ctx.scan.slice(Math.max(0, m.index - 12), m.index).trimEnd();
      const hit = namedBefore(lead);
      if (hit) decl.push([m.index, hit[1], Infinity]);
    }
    // 5000元（新币，下同）: the bracket after the first figure declares the rest (most texts have no 下同: no scan).
    SAME_BELOW_AFTER_ALL.lastIndex = ctx.scan.includes('下同') ? 0 : ctx.scan.length;
    for (let m = SAME_BELOW_AFTER_ALL.exec(ctx.scan); m; m = SAME_BELOW_AFTER_ALL.exec(ctx.scan)) {
      const code = HEADING_WORDS.get(m[1] as string);
      if (code) decl.push([m.index, code, Infinity]);
    }
    // 收費(港幣)：成人$50: a heading names the currency of the bare figures under it, as 下同 does.
    HEADING_ALL.lastIndex = 0;
    for (let m = HEADING_ALL.exec(ctx.scan); m; m = HEADING_ALL.exec(ctx.scan)) {
      const code = HEADING_WORDS.get((m[1] ?? m[2]) as string);
      if (code) decl.push([m.index, code, headingReach(ctx.scan, m.index)]);
    }
    decl.sort((x, y) => x[0] - y[0]);
    sameBelowOf.set(ctx, decl);
  }
  if (decl.length === 0 || (decl[0] as Declaration)[0] > pos) return null;
  const lo = countBelow(decl.length, (k) => (decl[k] as Declaration)[0], pos);
  // The nearest declaration before that still reaches here (a heading's ends with its table).
  for (let i = lo - 1; i >= 0; i--) if ((decl[i] as Declaration)[2] > pos) return (decl[i] as Declaration)[1];
  return null;
}

/** A word that names several currencies (比索, 卢比, 镑…): the country the article names most, else the word's fallback. */
const ambiguousOf = new WeakMap<ExtractContext, Map<string, string | null>>();
function ambiguousCurrency(ctx: ExtractContext, key: string): string | null {
  let seen = ambiguousOf.get(ctx);
  if (!seen) ambiguousOf.set(ctx, (seen = new Map()));
  if (seen.has(key)) return seen.get(key) ?? null;
  const group = ZH_AMBIGUOUS[key];
  let best: string | null = group?.fallback ?? null;
  let bestCount = 0;
  for (const [code, re] of group?.cues ?? []) {
    const n = (ctx.text.match(re) ?? []).length;
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  seen.set(key, best);
  return best;
}

/** "两三亿", "三四千万", "一两万", "三五万", "两三块": two neighbouring numerals make a range. */
function adjacentPair(core: string): (ZhNumber & { max: Decimal }) | null {
  const m = /^([一二两兩三四五六七八])([二两兩三四五六七八九])(.*)$/u.exec(core);
  if (!m) return null;
  const a = numeralValue(m[1] as string);
  const b = numeralValue(m[2] as string);
  // 一两万, 两三千, 七八亿; and 三五万 ("three to five"), as speech pairs them.
  if (b !== a + 1 && !(a === 3 && b === 5)) return null;
  const low = parseZhNumber(m[1] + (m[3] as string));
  const high = parseZhNumber(m[2] + (m[3] as string));
  if (!low || !high) return null;
  return { value: low.value, max: high.value, more: false, scaled: low.scaled };
}

function numeralValue(ch: string): number {
  return zhInt(ch) ?? 0;
}

/** The clause before `start`: back to a clause break, 16 characters at most. */
function clauseBefore(scan: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < 16 && !CLAUSE_BREAK.test(scan[from - 1] as string)) from--;
  return scan.slice(from, start);
}

/** A period's average (周均价, 日均价): no per-marker of its own when a unit's price follows (周均价每公斤10元). */
const PERIOD_AVERAGE = /[日周週月年]均/u;

function perBefore(scan: string, start: number): Per | null {
  const clause = clauseBefore(scan, start);
  const unit = PER_PREFIX[PER_PREFIX.length - 1] as readonly [RegExp, Per];
  if (PERIOD_AVERAGE.test(clause) && unit[0].test(clause)) return 'unit';
  for (const [re, per] of PER_PREFIX) if (re.test(clause)) return per;
  return null;
}

function sentenceText(ctx: ExtractContext, start: number, end: number): string {
  const [a, b] = ctx.sentences.bounds(start, end);
  return ctx.text.slice(a, b);
}
