import type { Metric } from '../../facts/schema.js';

/**
 * What a money figure measures, as news writes it: each phrase must give its
 * one money fact this metric (and subject and period, where given; null means
 * the text does not say). Reference date 2025-06-19.
 */
export interface MeasureExample {
  expect: { metric: Metric | null; subject?: string | null; period?: string | null };
  phrases: string[];
  todo?: string;
}

export const MEASURE_REF = '2025-06-19';

export const ZH_MEASURE_EXAMPLES: MeasureExample[] = [
  { expect: { metric: 'revenue', subject: '比亚迪', period: '2024' }, phrases: ['比亚迪2024年实现营业收入7771亿元。', '比亚迪2024年营收7771亿元，同比增长29%。'] },
  { expect: { metric: 'revenue', period: '2025-Q1' }, phrases: ['2025年第一季度，公司营收达到120亿元。', '該集團2025年第一季度營業額為120億港元。'] },
  { expect: { metric: 'profit', subject: '招商银行', period: '2024' }, phrases: ['招商银行2024年实现净利润1484亿元。', '招商银行2024年淨利潤1484億元。'] },
  { expect: { metric: 'loss', period: '2024' }, phrases: ['蔚来2024年净亏损224亿元。', '2024年，这家车企亏损224亿元。'] },
  { expect: { metric: 'funding' }, phrases: ['这家初创公司完成新一轮融资5亿美元。', '該公司計劃在香港招股集資30億港元。', '公司获得4亿美元投资。'] },
  { expect: { metric: 'investment' }, phrases: ['集团宣布斥资50亿元建设新工厂。', '台積電董事會通過增資子公司100億美元。'] },
  { expect: { metric: 'valuation' }, phrases: ['本轮融资后，公司估值达到300亿美元。', '此輪過後估值約為300億美元。'] },
  { expect: { metric: 'market-value' }, phrases: ['当天收盘，公司总市值蒸发1200亿元。', '股價急挫，市值一度跌至800億港元。'] },
  { expect: { metric: 'price' }, phrases: ['新股招股价定为每股3.8港元。', '该楼盘均价每平方米6万元。', '門票售價為120元。'] },
  // A price of goods has no subject unless the seller is named; a share's price is its company's.
  { expect: { metric: 'price', subject: null }, phrases: ['門票售價為120元。', '今年豬肉價格漲至每斤35元。'] },
  { expect: { metric: 'price', subject: '小米' }, phrases: ['小米將SU7售價定為21.59萬元。'] },
  { expect: { metric: 'deal' }, phrases: ['公司以70亿元收购对方全部股权。', '雙方簽訂合同，總金額達5億元。', '該項目由一家央企以3.2億元中標。', '交易总代价约11亿港元。'] },
  { expect: { metric: 'fine' }, phrases: ['监管部门对其罚款500万元。', '法院判令被告賠償原告80萬元。'] },
  // A fine is the party fined, not the authority; null when only the authority is named.
  { expect: { metric: 'fine', subject: '平安银行' }, phrases: ['国家金融监督管理总局对平安银行罚款720万元。', '平安银行因违规被罚款720万元。'] },
  { expect: { metric: 'fine', subject: '富邦人壽' }, phrases: ['金管會對富邦人壽開出罰款600萬元新台幣。'] },
  { expect: { metric: 'fine', subject: null }, phrases: ['新加坡金融管理局宣布罰款300萬新元。'] },
  { expect: { metric: 'salary' }, phrases: ['该岗位月薪1.5万元。', '今年起最低工資調升至每小時42元。'] },
  { expect: { metric: 'budget' }, phrases: ['市政府拨款2亿元用于旧城改造。', '特區政府預算案預留100億元。'] },
  { expect: { metric: 'donation' }, phrases: ['这位企业家向母校捐款1亿元。', '政府向每户发放消费券5000元。'] },
  { expect: { metric: 'debt' }, phrases: ['截至年底，公司负债总额达2.4万亿元。', '銀行向該集團提供貸款20億元。'] },
  { expect: { metric: 'cash' }, phrases: ['公司账上现金仅剩40亿美元。', '截至6月底，外汇储备为3.2万亿美元。'] },
  { expect: { metric: 'dividend' }, phrases: ['董事会建议派发末期息每股0.5港元。', '公司每股派息1.2元。'] },
  { expect: { metric: 'trade' }, phrases: ['上半年出口额达1626亿美元。', '今年首五個月進口貨值為800億元。'] },
  { expect: { metric: 'tax' }, phrases: ['该公司去年缴纳税款30亿元。'] },
  { expect: { metric: 'deficit' }, phrases: ['今年财政赤字预计为5.6万亿元。'] },
  // A total after a metric word is that metric's.
  { expect: { metric: 'trade' }, phrases: ['上半年进口总金额为820亿美元。', '今年首季出口總金額達120億美元。'] },
  // A figure restated in another currency measures the same thing.
  { expect: { metric: 'funding' }, phrases: ['公司融资4亿美元(约合人民币29亿元)。'] },
  // A dateline, a time or a description before the name is not the subject; a clause that opens with a verb takes the sentence's.
  { expect: { metric: 'donation', subject: '深圳' }, phrases: ['新华社广州8月2日电 (记者张明)深圳共捐款300万元。'] },
  { expect: { metric: 'donation', subject: '慈濟基金會' }, phrases: ['截至昨天下午3時，慈濟基金會直接發放善款1200萬元。'] },
  { expect: { metric: 'funding', subject: '小鹏' }, phrases: ['电动车厂商小鹏近日宣布，成功获得一笔5亿美元融资。', '智能驾驶独角兽小鹏日前表示，已完成5亿美元融资。'] },
  { expect: { metric: 'revenue', subject: '星展' }, phrases: ['新加坡银行业龙头星展今日公布，去年营收达220亿新元。'] },
  // 公司 after a year is the company the passage named before.
  { expect: { metric: 'revenue', subject: '联发科', period: '2024' }, phrases: ['联发科发布年报。2024 年公司实现营收5300亿新台币。'] },
  { expect: { metric: 'price', subject: '恒隆地产' }, phrases: ['【智通财经讯】恒隆地产(00101.HK)公布，配售价定为每股8.2港元。'] },
  // A name ends at its stock code or at the metric word that follows it.
  { expect: { metric: 'market-value', subject: '寧德時代' }, phrases: ['動力電池巨頭寧德時代(300750.SZ)股價大漲，總市值達1.2萬億元。'] },
  { expect: { metric: 'investment', subject: '百度' }, phrases: ['年報顯示，2024年，百度研發投入為221億元。'] },
  // A regulator approving another's investment: the one approved.
  { expect: { metric: 'investment', subject: 'Blue Harbor Capital Ltd' }, phrases: ['經濟部投審會通過美商Blue Harbor Capital Ltd以新台幣15億元增資台灣子公司。'] },
  { expect: { metric: 'revenue', subject: '蔚來' }, phrases: ['蔚來第一季度營收120億元。'] },
  // Not a name: an exchange, a term (AIGC).
  { expect: { metric: 'price', subject: null }, phrases: ['该股于NASDAQ上市，报收每股12美元。'] },
  // Hong Kong filings: 收益 is turnover, 溢利 / 純利 profit, 蝕 a loss.
  { expect: { metric: 'revenue' }, phrases: ['本集團本年度收益約為3.2億港元。', '该集团录得收益人民币4.5亿元。'] },
  { expect: { metric: 'profit' }, phrases: ['集團股東應佔溢利為1.8億港元。', '公司錄得純利2.3億港元。'] },
  { expect: { metric: 'loss' }, phrases: ['這家酒樓集團去年虧蝕3000萬港元。'] },
  { expect: { metric: 'price' }, phrases: ['該單位成交價為850萬港元。'] },
  // A reporting span named by the day it ends (截至…止六個月) is the half, quarter, year or months it covers.
  { expect: { metric: 'revenue', period: '2023-H1' }, phrases: ['截至2023年6月30日止六个月，本集团收益为人民币5.2亿元。', '截至2023年6月30日止六個月，集團營業額為5.2億港元。'] },
  { expect: { metric: 'profit', period: '2023-01/2023-09' }, phrases: ['截至2023年9月30日止九个月，公司纯利为人民币1.1亿元。'] },
  { expect: { metric: 'revenue', period: '2023-Q3' }, phrases: ['截至2023年9月30日止三個月，集團收益為2.4億港元。'] },
  // 全年 / 前三季度 without a year: the year of the date before it in the sentence.
  { expect: { metric: 'spending', period: '2025' }, phrases: ['该公司3月底披露，全年预计支出高达90亿元。', '該集團2025年第四季度錄得虧損，全年支出則為90億元。'] },
  { expect: { metric: 'revenue', period: '2024-01/2024-09' }, phrases: ['2024年第三季度营收增长放缓，前三季度营收累计为320亿元。'] },
  // … none when the sentence gives no year, or the span is last year's.
  { expect: { metric: 'revenue', period: null }, phrases: ['公司全年营收为320亿元。'] },
  // A metric word inside an organisation's name is no cue: 投資公司 buying a stake is a deal.
  { expect: { metric: 'deal' }, phrases: ['某某投資公司以新台幣30億元受讓取得該廠全部股權。'] },
  { expect: { metric: 'salary' }, phrases: ['今年应届毕业生平均起薪为6500元。', '該職位月收入約為3萬港元。'] },
  // The budget's own spending is spending (convention 4), not the budget.
  { expect: { metric: 'spending' }, phrases: ['今年一般公共预算支出约为28万亿元。'] },
  // The cost of a deal is the deal's value.
  { expect: { metric: 'deal' }, phrases: ['这次收购的整笔交易的成本约为60亿元。'] },
  // The figure compared with takes the date the comparison gives it.
  { expect: { metric: 'salary', period: '2024-Q4' }, phrases: ['今年一季度薪酬有所回落，较2024年四季度的9800元下降2%。'] },
  // A monthly rate takes the period of a clause that is only a date, opening its sentence.
  { expect: { metric: 'salary', period: '2024-Q2' }, phrases: ['2024年二季度，一线城市平均月薪为12000元/月。'] },
  // A date that modifies another noun (…公布的方案) is not the figure's.
  { expect: { metric: 'price', period: null }, phrases: ['新方案沿用公司2024年9月公布的认购价，每股12.5美元。'] },
  // Money received as an investment is funding, also when the word follows the figure.
  { expect: { metric: 'funding' }, phrases: ['这家芯片初创公司宣布，获得来自多家基金的2亿美元战略投资。'] },
  // Cash as a means of payment is no cash held: the figure is part of the deal's price.
  { expect: { metric: 'deal' }, phrases: ['收购总代价为8亿元，全部以现金支付。'] },
  // A metric word in one clause and a bare verb of amount in the next: the figure is the word's.
  { expect: { metric: 'revenue' }, phrases: ['公司去年营业收入再创新高，达到58亿元。'] },
  // Taiwan's dated verb (今(12)日, 昨(3)日) ends the name before it; it is no stock code.
  { expect: { metric: 'investment', subject: '鴻海' }, phrases: ['鴻海今(12)日宣布，將投資新台幣300億元擴建高雄廠。'] },
  { expect: { metric: 'revenue', subject: '聯發科', period: '2025-Q1' }, phrases: ['聯發科昨(3)日公布，第一季營收為新台幣1,200億元。'] },
  // A short name followed by 对 / 为 / 在 is its clause's subject, and that of a later clause with none of its own.
  { expect: { metric: 'investment', subject: '宁德时代' }, phrases: ['宁德时代对一家锂矿企业进行了15亿元的战略投资。'] },
  { expect: { metric: 'investment', subject: '長榮' }, phrases: ['長榮對旗下一家物流企業進行了15億元的策略投資。'] },
  { expect: { metric: 'revenue', subject: '澳佳宝', period: '2024' }, phrases: ['澳佳宝在马来西亚设有三座工厂，去年销售额约为8亿令吉。'] },
  // … but a clause that opens with an adverb (目前在售) names nobody.
  { expect: { metric: 'price', subject: null }, phrases: ['目前在售楼盘均价为每平方米3万元。'] },
  // 其 before the metric word (其营收, 其收益) is the organisation the passage named before; with none, nobody.
  { expect: { metric: 'revenue', subject: '华润置地' }, phrases: ['华润置地去年表现平稳。受市场影响，其营业收入从最高时的3000亿元降至2500亿元。'] },
  { expect: { metric: 'revenue', subject: '長實集團' }, phrases: ['長實集團早年在香港起家。近年其收益從高峰時的800億港元回落。'] },
  { expect: { metric: 'revenue', subject: null }, phrases: ['其营收为20亿元。'] },
  // A figure whose sentence names nobody is the organisation named just before it, not an article-wide Latin name.
  { expect: { metric: 'price', subject: '寒武紀' }, phrases: ['Nvidia與AMD競爭激烈，Nvidia股價今年大漲。寒武紀首日以每股64元招股。當天收市報每股120元。'] },
  { expect: { metric: 'funding', subject: '智谱' }, phrases: ['OpenAI今年估值大涨，OpenAI的对手众多。智谱宣布完成新一轮融资，金额为30亿元。'] },
  // A year in an event's or a plan's name is no period: the figure takes the date the sentence gives it, or none.
  { expect: { metric: 'donation', subject: '长江集团', period: '2025-04' }, phrases: ['今年四月，长江集团向2010年上海世博会中国馆捐赠人民币一亿元。'] },
  { expect: { metric: 'budget', period: null }, phrases: ['2022年北京冬奥会的总预算为31亿美元。', '2026年亞運會的預算約為800億日圓。'] },
  // 全年 without a year takes the quarter's year from the sentence before it in its paragraph; an event's year there does not count.
  { expect: { metric: 'revenue', period: '2024' }, phrases: ['該集團2024年第三季度轉虧。全年營業額則為90億港元。', '这家车企2024年第四季度交付创新高。全年营收为900亿元。'] },
  { expect: { metric: 'revenue', period: null }, phrases: ['公司2023年成立。全年营收为10亿元。'] },
  // A gift received is its giver's (接受X…捐赠); money put up 由X出资 after the figure is X's.
  { expect: { metric: 'donation', subject: '招商局集团' }, phrases: ['博物馆昨日接受招商局集团两亿元人民币捐赠。'] },
  { expect: { metric: 'donation', subject: '長江實業' }, phrases: ['該校上月收到長江實業的5000萬港元捐贈。'] },
  { expect: { metric: 'investment', subject: '华润集团' }, phrases: ['该项目总投资30亿元，由华润集团全额出资。'] },
  { expect: { metric: 'investment', subject: null }, phrases: ['该项目总投资30亿元。'] },
  // No cue: nothing decided.
  { expect: { metric: null, period: null }, phrases: ['他说，一百万元买不来健康。', '彩票奖池累积至12亿元。'] },
  // Words that are no one's name never stand as the subject: a market move (跌不足), an adverb (曾), a pronoun (他/她 与…).
  // The index a turnover is quoted for (恒生指數報…) is its subject; a pronoun or a survey's author gives none.
  { expect: { metric: 'deal', subject: '恒生指數' }, phrases: ['恒生指數報25000點，跌不足10點，成交980億港元。'] },
  { expect: { metric: 'deal', subject: '上证指数' }, phrases: ['上证指数报3200点，涨不足5点，成交4500亿元。'] },
  { expect: { metric: 'donation', subject: null }, phrases: ['她與丈夫宣布捐款3000萬元。', '他与妻子将再捐出5000万元。'] },
  { expect: { metric: 'salary', subject: null }, phrases: ['智联招聘曾对求职者做过调查，平均月薪为9000元。', '智聯招聘曾經對求職者做過調查，平均月薪為9000元。'] },
  // A source (据X统计, 根据X的数据, 據X報道, X发布的数据显示) reports the figure, it does not own it: the subject is
  // whoever the sentence says the figure is of, or null.
  { expect: { metric: 'deal', subject: '日本企业' }, phrases: ['日本企业正在加速收购海外企业，据一家咨询公司统计，今年前6个月的收购总额约3万亿日元。'] },
  { expect: { metric: 'revenue', subject: null }, phrases: ['根据行业协会的初步统计，今年一季度全行业销售额约2000亿元。', '據行業協會的初步統計，今年一季度全行業銷售額約2000億元。'] },
  { expect: { metric: 'profit', subject: '騰訊' }, phrases: ['據路透社報道，騰訊去年淨利潤1940億元。'] },
  { expect: { metric: 'profit', subject: '全国规模以上工业企业' }, phrases: ['国家统计局发布的数据显示，1至5月份全国规模以上工业企业实现利润2.7万亿元。'] },
  { expect: { metric: 'profit', subject: '全國規模以上工業企業' }, phrases: ['國家統計局發布的數據顯示，1至5月份全國規模以上工業企業實現利潤2.7萬億元。'] },
  { expect: { metric: 'investment', subject: null }, phrases: ['近期，斯坦福大学研究所发布的《人工智能指数报告》显示，2023年，对生成式AI的投资金额增至250亿美元。'] },
  // 日本, 日產 open a name: not the tail of a date.
  { expect: { metric: 'loss', subject: '日產汽車', period: '2024' }, phrases: ['日產汽車去年淨虧損6700億日元。'] },
  // A gift is the giver's: not the one it goes to (向X捐赠), nor the channel it passes through (通过X); a person named
  // with an honorific is a name; several givers together (联合) keep the first.
  { expect: { metric: 'donation', subject: '邵逸夫先生' }, phrases: ['邵逸夫先生通过教育基金会向灾区捐款一亿港元。', '邵逸夫先生通過教育基金會向災區捐款一億港元。'] },
  { expect: { metric: 'donation', subject: '长江集团' }, phrases: ['长江集团联合向世博会中国馆捐赠人民币一亿元。'] },
  { expect: { metric: 'donation', subject: '長江集團' }, phrases: ['長江集團、和記黃埔聯合向世博會中國館捐贈人民幣一億元。'] },
  { expect: { metric: 'donation', subject: '腾讯' }, phrases: ['腾讯通过旗下基金向该校捐赠5亿元。'] },
  // … and a loan is not the lender's it comes from (从X获得贷款).
  { expect: { metric: 'debt', subject: '万科' }, phrases: ['万科从多家银行获得贷款80亿元。'] },
  { expect: { metric: 'debt', subject: '萬科' }, phrases: ['萬科從多家銀行獲得貸款80億元。'] },
  // A loan is the borrower's: the one the lender arranges, grants or lends it to (为/向 Y 安排/提供/发放); 向 a bank after the borrower is the lender.
  { expect: { metric: 'debt', subject: '比亚迪' }, phrases: ['工商银行为比亚迪牵头安排30亿元的银团贷款。', '招商局向比亚迪发放了20亿元贷款。'] },
  { expect: { metric: 'debt', subject: '長實集團' }, phrases: ['中國銀行向長實集團提供貸款50億港元。'] },
  { expect: { metric: 'debt', subject: '萬科' }, phrases: ['萬科向多家銀行貸款80億元。'] },
  // A date that opens its paragraph as a clause of its own (今年2月，…) sets the period of the next sentences, which name none:
  // the deal, the round, the price of that moment; a flow takes only a reporting period from it, not a day.
  { expect: { metric: 'deal', period: '2025-02' }, phrases: ['今年2月，腾讯宣布收购一家游戏公司。这笔交易的总价为12亿美元。', '今年2月，騰訊宣佈收購一家遊戲公司。雙方沒有透露細節。這筆交易的總價為12億美元。'] },
  { expect: { metric: 'revenue', period: '2024-Q4' }, phrases: ['去年第四季度，台積電業績再創新高。營收達到8000億新台幣。', '2024年第四季度，招商银行经营稳健。营业收入为800亿元。'] },
  { expect: { metric: 'price', period: '2025-04-10' }, phrases: ['4月10日，國泰航空公布上月客運量。該公司股價收報9.8港元。'] },
  // … not a founding year, not what is said of now or later, not a plan, not across a paragraph, not a dateline's day.
  { expect: { metric: 'valuation', period: null }, phrases: ['2010年，張先生創立了這家公司。公司估值達50億元。', '今年3月，该公司发布新品。目前公司估值约为30亿元。', '今年3月，该公司发布新品。\n\n公司估值约为30亿元。'] },
  { expect: { metric: 'deal', period: null }, phrases: ['今年3月，雙方開始談判。公司計劃以20億元收購對方。'] },
  { expect: { metric: 'revenue', period: null }, phrases: ['北京5月16日电 小米集团今日公布业绩。营收为900亿元。', '5月16日，小米集团公布业绩。营收为900亿元。'] },
  // Tenders and bids: the amount bid or won is the deal's value.
  { expect: { metric: 'deal' }, phrases: ['这家建工集团以2.8亿元的投标报价胜出。', '該營造廠本次投標總價為新台幣12億元。', '该项目施工合同造价为3.5亿元。'] },
  // Damages a court orders for distress are compensation (a fine, convention 6); bail is not listed: null.
  { expect: { metric: 'fine' }, phrases: ['法院判令被告支付原告精神损害抚慰金3万元。', '法官酌定精神撫慰金為新台幣20萬元。'] },
  // Goods bought in for resale are a cost.
  { expect: { metric: 'spending' }, phrases: ['这家门店去年进货金额合计80万元。', '該商行當月進貨總額為新台幣500萬元。'] },
  // A tax word that only qualifies the figure (含税, 不含稅, 税后) is no tax: the figure keeps its own word.
  { expect: { metric: 'deal' }, phrases: ['该批设备采购合同金额为1200万元(含税)。', '雙方簽訂合約，總金額新台幣3億元（未稅）。'] },
  { expect: { metric: 'price' }, phrases: ['新机售价3999元（不含稅）。'] },
  // A figure per 斤, per kilo, per 500 grams with no word of its own is a price (farm and market reports).
  { expect: { metric: 'price', subject: null }, phrases: ['本周猪后腿肉32元/斤。', '鄰近產地的高麗菜批發行情回到25元/公斤。', '10月20日，本市鲜鸡蛋5.8元/500克。'] },
  // A total whose clause follows one naming what is totalled is that metric's, not a deal.
  { expect: { metric: 'donation' }, phrases: ['賑災專戶共收到2萬筆捐款，總金額達3億元。', '活动共收到捐款1200笔，总金额为860万元。'] },
  { expect: { metric: 'fine' }, phrases: ['今年共开出罚单40张，总金额为860万元。'] },
  // Relief paid to victims (賑助, 救助金) is aid; money set aside (提撥) a budget; 货币资金 cash held.
  { expect: { metric: 'donation' }, phrases: ['受災戶的淹水賑助由5000元提高。', '每户发放救助金2万元。'] },
  { expect: { metric: 'budget' }, phrases: ['基金會預計提撥3億元辦理家屋修繕。', '市里提拨专款1.2亿元用于灾后重建。'] },
  { expect: { metric: 'cash' }, phrases: ['截至9月底，公司货币资金余额约为820亿元。', '期末貨幣資金為45億元。'] },
  { expect: { metric: 'spending' }, phrases: ['公司今年上半年财务费用为3.2亿元。', '該集團融資成本升至12億港元。'] },
  { expect: { metric: 'debt' }, phrases: ['该国外债规模已达1200亿美元。'] },
  // Household income is pay (as 收入中位数), not revenue.
  { expect: { metric: 'salary' }, phrases: ['今年上半年，全市居民人均可支配收入为2.6万元。', '該縣農民人均收入達1.8萬元。'] },
  // A stock exchange is no transaction, an insurer's payout no loss.
  { expect: { metric: 'funding' }, phrases: ['公司计划在上海证券交易所上市，募资30亿元。'] },
  { expect: { metric: null }, phrases: ['保险公司已赔付300万元。'] },
  // A span of months that is a half or a quarter is that part (今年前6個月 → 2025-H1); a fiscal quarter restated
  // as calendar months (即…) keeps the name the text gave first; an agreement's terms (订立协议，拟…) are of its day.
  { expect: { metric: 'revenue', period: '2025-H1' }, phrases: ['今年前6個月，集團營業額為80億港元。', '今年前六个月，公司营收为80亿元。'] },
  { expect: { metric: 'revenue', period: '2025-Q3' }, phrases: ['微软2025财年第三季度（即2025年1月至3月），营收为700亿美元。', '該公司2025財年第三季（即2025年1月至3月）營收為700億美元。'] },
  { expect: { metric: 'deal', period: '2025-03-02' }, phrases: ['于2025年3月2日，本公司与买方订立买卖协议，拟以总代价1.2亿港元出售附属公司全部股权。', '於2025年3月2日，本公司與買方訂立買賣協議，擬以總代價1.2億港元出售附屬公司全部股權。'] },
  { expect: { metric: 'deal', period: null }, phrases: ['该公司于2025年3月2日表示，拟以1.2亿港元收购一家工厂。'] },
];

export const AR_MEASURE_EXAMPLES: MeasureExample[] = [
  { expect: { metric: 'revenue', period: '2024' }, phrases: ['بلغت إيرادات الشركة 12 مليار ريال في عام 2024.', 'سجلت المجموعة مبيعات بقيمة 12 مليار درهم خلال 2024.'] },
  { expect: { metric: 'profit', subject: 'أرامكو' }, phrases: ['حققت أرامكو أرباحا صافية بلغت 100 مليار دولار.', 'ارتفعت أرباح أرامكو إلى 100 مليار دولار.'] },
  { expect: { metric: 'loss', period: '2025' }, phrases: ['تتوقع الشركة خسارة تتجاوز 13 مليار دولار في عام 2025.', 'تكبدت الشركة خسائر بقيمة 13 مليار دولار خلال 2025.'] },
  { expect: { metric: 'funding' }, phrases: ['تعمل الشركة على جمع 9 مليارات دولار من المستثمرين.', 'أطلق البنك طرحا لصكوك بقيمة 500 مليون دولار.'] },
  { expect: { metric: 'investment' }, phrases: ['أعلن الصندوق عن استثمار 5 مليارات دولار في قطاع الطاقة.', 'ضخت الحكومة 2 مليار دينار في مشاريع الإسكان.'] },
  { expect: { metric: 'valuation' }, phrases: ['جرى تقييم الشركة بنحو 80 مليار دولار في الجولة الأخيرة.'] },
  { expect: { metric: 'market-value' }, phrases: ['تجاوزت القيمة السوقية للشركة تريليوني دولار.'] },
  { expect: { metric: 'price' }, phrases: ['حددت الشركة سعر السهم في الطرح عند 32 ريالا.', 'يبلغ سعر الكيلوغرام 46 جنيها في الأسواق.'] },
  { expect: { metric: 'price', subject: null }, phrases: ['ارتفع سعر البنزين في المغرب إلى 14 درهما للتر.', 'يبلغ سعر الكيلوغرام 46 جنيها في الأسواق.'] },
  { expect: { metric: 'price', subject: 'أرامكو' }, phrases: ['حددت أرامكو سعر البروبان عند 600 دولار للطن.'] },
  { expect: { metric: 'price', subject: 'بنك الكويت الوطني' }, phrases: ['أغلق سعر سهم بنك الكويت الوطني عند 0.95 دينار.'] },
  { expect: { metric: 'deal' }, phrases: ['أتمت الشركة صفقة استحواذ بقيمة 3 مليارات دولار.', 'وقعت الوزارة عقدا بقيمة 200 مليون دينار لإنشاء الطريق.', 'انتقل اللاعب إلى النادي مقابل 60 مليون يورو في صفقة قياسية.'] },
  { expect: { metric: 'fine' }, phrases: ['فرضت الهيئة غرامة قدرها 5 ملايين ريال على البنك.', 'قضت المحكمة بتعويض قدره 300 ألف درهم.'] },
  { expect: { metric: 'fine', subject: 'البنك التجاري' }, phrases: ['فرض البنك المركزي المصري غرامة بقيمة 10 ملايين جنيه على البنك التجاري.'] },
  { expect: { metric: 'fine', subject: null }, phrases: ['أعلنت هيئة السوق المالية فرض غرامة قدرها مليون ريال.'] },
  { expect: { metric: 'salary' }, phrases: ['رفعت الحكومة الحد الأدنى للأجور إلى 6000 جنيه شهريا.', 'يبلغ متوسط الرواتب 15 ألف ريال.'] },
  { expect: { metric: 'budget' }, phrases: ['خصصت الحكومة 90 مليار جنيه لدعم السلع التموينية.', 'أقر البرلمان موازنة بقيمة 2 تريليون جنيه.'] },
  { expect: { metric: 'spending' }, phrases: ['بلغت النفقات العامة 1.2 تريليون ريال.', 'تنفق الشركة نحو مليار دولار شهريا على الحوسبة.'] },
  { expect: { metric: 'deficit' }, phrases: ['قدرت الحكومة العجز بنحو 79 مليار ريال.'] },
  { expect: { metric: 'debt' }, phrases: ['وافق صندوق النقد الدولي على قرض بقيمة 3 مليارات دولار.', 'ارتفعت الديون الخارجية إلى 165 مليار دولار.'] },
  { expect: { metric: 'donation' }, phrases: ['قدمت المملكة منحة قدرها 500 مليون دولار.', 'تبرع رجل الأعمال بمبلغ مليون درهم للمستشفى.'] },
  { expect: { metric: 'dividend' }, phrases: ['أوصى مجلس الإدارة بتوزيعات نقدية بواقع 1.5 ريال للسهم.'] },
  { expect: { metric: 'trade' }, phrases: ['بلغت الصادرات غير النفطية 75 مليار درهم.'] },
  { expect: { metric: 'revenue' }, phrases: ['بلغت إيرادات الربع 20 مليار درهم (5.4 مليار دولار).'] },
  // A verb with its vowel marks (سجّلت) still opens its subject; a clause with no verb of its own takes its sentence's.
  { expect: { metric: 'profit', subject: 'المجموعة' }, phrases: ['سجّلت المجموعة أرباحاً فصلية غير مسبوقة بلغت 4,1 مليار درهم.', 'قالت المجموعة إن صافي أرباحها بلغ 700 مليون دينار.'] },
  { expect: { metric: 'profit', subject: 'مجموعة طلعت مصطفى' }, phrases: ['كشفت مجموعة طلعت مصطفى، أكبر مطور عقاري في مصر، عن أرباحها السنوية التي بلغت 9 مليارات جنيه.'] },
  // A speaker who is no organisation is not the owner of the figure.
  { expect: { metric: 'revenue', subject: null }, phrases: ['قال الوزير إن الإيرادات بلغت 40 مليار دينار.'] },
  // A state's accounts: the state the budget is of (موازنة تونس, الميزانية الكويتية, للدولة → الدولة).
  { expect: { metric: 'revenue', subject: 'تونس' }, phrases: ['تتوقع موازنة تونس لسنة 2026 أن تبلغ الإيرادات 52 مليار دينار.'] },
  { expect: { metric: 'deficit', subject: 'الكويت' }, phrases: ['أظهرت بيانات الميزانية العامة لدولة الكويت عجزا قدره 5.6 مليار دينار.'], todo: 'لدولة الكويت: a state named after دولة is not yet read' },
  { expect: { metric: 'spending', subject: 'الدولة' }, phrases: ['قدّرت الحكومة النفقات العامة للدولة بنحو 60 مليار درهم.'] },
  { expect: { metric: 'budget', subject: 'المملكة' }, phrases: ['خصصت ميزانية المملكة 190 مليار ريال للتعليم.'] },
  // A generic البنك / الشركة is the organisation the passage named before it.
  { expect: { metric: 'profit', subject: 'بنك مسقط' }, phrases: ['أعلن بنك مسقط عن نتائجه المالية. وارتفعت أرباح البنك إلى 200 مليون ريال.'] },
  // A participle after the metric word (العجز البالغ, الخسارة المتوقعة) is not its owner.
  { expect: { metric: 'deficit', subject: null }, phrases: ['قال الوزير إن العجز البالغ 40 مليار جنيه سيتم تمويله.'] },
  // A metric word whose figure comes after a comma and a verb of amount (…، بلغت), past a qualifier of its own.
  { expect: { metric: 'profit' }, phrases: ['حققت الشركة أرباحا غير مسبوقة خلال النصف الأول قبل احتساب الزكاة، بلغت 2,4 مليار ريال.', 'سجل البنك أرباحاً قياسية هذا العام، وصلت إلى 900 مليون دينار.'] },
  { expect: { metric: 'profit' }, phrases: ['ارتفع صافي الدخل إلى 450 مليون درهم.'] },
  { expect: { metric: 'trade' }, phrases: ['قفزت فاتورة الاستيراد إلى 12 مليار دولار.'] },
  // Kashida (الـعـجـز) and vowel marks inside the word.
  { expect: { metric: 'deficit' }, phrases: ['يُقـدّر الـعـجـز بمبلغ 80 مليار ريال.'] },
  // The budget's revenue, uses or deficit (إيرادات الموازنة, استخدامات الموازنة, عجز الموازنة) is that metric.
  { expect: { metric: 'spending' }, phrases: ['وقدرت استخدامات الموازنة الجديدة بنحو 3 تريليونات جنيه.'] },
  { expect: { metric: 'deficit' }, phrases: ['اتسع عجز الموازنة إلى 9 مليارات دينار.'] },
  { expect: { metric: 'cash' }, phrases: ['ارتفع الرصيد النقدي للمجموعة إلى 20 مليار درهم.'] },
  { expect: { metric: 'dividend' }, phrases: ['أعلنت الشركة توزيعات أرباح بقيمة 0.5 دولار للسهم.', 'أعاد البنك 300 مليون دينار من الأرباح الموزعة إلى المساهمين.'] },
  // A purpose after the figure (للتعاقد, لشراء) does not say what the money is.
  { expect: { metric: 'spending' }, phrases: ['أنفق النادي نحو 150 مليون يورو للتعاقد مع لاعبين جدد.'] },
  // What the money came from (من الاستثمارات) after the figure does not outweigh the verb before it.
  { expect: { metric: 'funding' }, phrases: ['جمعت الشركة الناشئة منذ العام الماضي 3 مليارات دولار من الاستثمارات.'] },
  { expect: { metric: 'profit' }, phrases: ['ارتفع مجمل الربح إلى 40 مليون دينار.'] },
  // A margin told in money is a profit (gross or operating), even after a loss named earlier in the passage.
  { expect: { metric: 'profit' }, phrases: ['تكبدت الشركة خسائر في العام الماضي، أما الهامش الإجمالي فقد صعد إلى 12 مليون دينار في الربع الثاني.', 'وبلغ هامش الربح 3.5 مليون ريال خلال الفترة.', '公司去年亏损，今年第二季度毛利润增至8000万元。', '該集團上半年毛利額達3.2億港元。'] },
  // A rate per year is no amount of the day or month the agreement was reached.
  { expect: { metric: 'debt', period: null }, phrases: ['اتفقت الحكومة في مارس 2023 على قرض يصرف على أربع سنوات بواقع 500 مليون دولار كل عام.'] },
  // Money returned to shareholders is a payout.
  { expect: { metric: 'dividend' }, phrases: ['أعاد البنك نحو 400 مليون دينار إلى المساهمين خلال العام.'] },
  // A payment in exchange (مقابل) far from any metric word is the transaction's the sentence names.
  { expect: { metric: 'deal' }, phrases: ['تعاقد الوداد يوم الإثنين الماضي، مع المدافع المغربي القادم من الدوري البلجيكي مقابل 3 ملايين يورو.'] },
  // A football transfer: the fee is the deal's.
  { expect: { metric: 'deal' }, phrases: ['انتقل المهاجم إلى الدوري السعودي مقابل 40 مليون يورو.'] },
  // A span named by the day it ends: the fiscal year to March (Gulf), the nine months to September, the half to June.
  { expect: { metric: 'revenue', period: '2023-04/2024-03' }, phrases: ['بلغت إيرادات المجموعة في السنة المالية المنتهية في 31 مارس 2024 نحو 20 مليار درهم.'] },
  { expect: { metric: 'profit', period: '2024-01/2024-09' }, phrases: ['حققت الشركة أرباحا صافية بقيمة 3 مليارات ريال خلال التسعة أشهر المنتهية في 30 سبتمبر 2024.'] },
  { expect: { metric: 'profit', period: '2024-H1' }, phrases: ['بلغت أرباح البنك خلال الأشهر الستة المنتهية في 30 يونيو 2024 نحو 400 مليون دينار.'] },
  // للسنة كاملة / الأشهر التسعة الأولى without a year: the year of the date before it in the sentence.
  { expect: { metric: 'loss', period: '2024-01/2024-09' }, phrases: ['تراجعت خسائر الشركة في الربع الثالث من عام 2024، لكن خسائرها خلال الأشهر التسعة الأولى بلغت 1.2 مليار دولار.'] },
  { expect: { metric: 'profit', period: '2024' }, phrases: ['ارتفعت أرباح البنك في الربع الثالث من عام 2024، ويتوقع أن تبلغ أرباحه 3 مليارات ريال للسنة كاملة.'] },
  // A fiscal year named by one year is that year; one spanning two years is no period a reader can place.
  { expect: { metric: 'deficit', period: '2026' }, phrases: ['تتوقع الحكومة عجزا في ميزانية العام المالي 2026 يبلغ 8 مليارات دينار.'] },
  { expect: { metric: 'revenue', period: null }, phrases: ['بلغت الإيرادات في السنة المالية 2024-2025 نحو 30 مليار جنيه.'] },
  // A word that qualifies the figure (قبل احتساب الضرائب) names no metric of it.
  { expect: { metric: null }, phrases: ['قبل احتساب ضريبة الدخل بلغت 4 مليارات درهم.'] },
  // A subject before its verb, as headlines and quotes put it (past or present tense).
  { expect: { metric: 'profit', subject: 'أرامكو السعودية' }, phrases: ['أرامكو السعودية تحقق أرباحا بقيمة 100 مليار دولار.'] },
  { expect: { metric: 'profit', subject: 'اتصالات المغرب' }, phrases: ['اتصالات المغرب تحقق أرباحا قدرها 6 مليارات درهم.'] },
  { expect: { metric: 'donation', subject: 'بنك الخليج' }, phrases: ['قال المتحدث إن "بنك الخليج تبرع بخمسة ملايين دينار لبناء مدرسة".'] },
  { expect: { metric: 'spending', subject: 'الشركة' }, phrases: ['وقال مسؤولون إن الشركة تنفق حاليا نحو مليار جنيه شهريا على التوسعات.'] },
  // … but not a phrase of description before the verb (رقم قياسي بإجمالي…), nor a metric word.
  { expect: { metric: 'spending', subject: null }, phrases: ['وهو رقم قياسي بإجمالي إنفاق بلغ 8 مليارات دولار.'] },
  { expect: { metric: 'revenue', subject: null }, phrases: ['الإيرادات تبلغ 5 مليارات درهم.'] },
  { expect: { metric: 'budget', subject: 'الحكومة', period: null }, phrases: ['خصصت الحكومة ضمن رؤية 2030 نحو 50 مليار ريال للسياحة.'] },
  { expect: { metric: 'spending', period: null }, phrases: ['أنفقت الدولة على استضافة كأس العالم 2030 نحو 5 مليارات دولار.', 'بلغت نفقات تنظيم مونديال 2030 في المغرب نحو 50 مليار درهم.'] },
  // … also in Arabic, with the span in a clause of its own opening the sentence; not across a paragraph break.
  { expect: { metric: 'spending', period: '2024-01/2024-09' }, phrases: ['سجلت الشركة خسارة في الربع الثالث من عام 2024. وعلى مدى الأشهر التسعة الأولى، بلغ الإنفاق 3 مليارات دولار.'] },
  { expect: { metric: 'spending', period: null }, phrases: ['سجلت الشركة خسارة في الربع الثالث من عام 2024.\nوعلى مدى الأشهر التسعة الأولى، بلغ الإنفاق 3 مليارات دولار.'] },
  // An organisation the result is attributed to at the end of the sentence, or the giver after the figure; not a news agency.
  { expect: { metric: 'profit', subject: 'المصرف' }, phrases: ['ارتفع صافي الأرباح إلى 2 مليار دولار، حسبما قال المصرف في بيان.'] },
  { expect: { metric: 'revenue', subject: 'المجموعة' }, phrases: ['وصلت الإيرادات إلى 700 مليون دينار خلال الربع، بحسب ما أعلنت المجموعة.'] },
  { expect: { metric: 'donation', subject: 'شركة أرامكو' }, phrases: ['بلغت قيمة المنحة 50 مليون دولار قدمتها شركة أرامكو.'] },
  { expect: { metric: 'revenue', subject: null }, phrases: ['بلغت الإيرادات 5 مليارات دولار، بحسب وكالة رويترز.'] },
  // A preposition with its pronoun after the verb (حصلت عليه) is skipped; و before a participle (والبالغ) ends the name.
  { expect: { metric: 'funding', subject: 'xAI' }, phrases: ['رغم التمويل الذي حصلت عليه xAI والبالغ 6 مليارات دولار.'] },
  { expect: { metric: null, period: null }, phrases: ['قال إن المال لا يشتري السعادة ولو كان مليون دولار.'] },
  // Time words, prepositions and particles are no part of a subject (أعلنت شركة زين بالأمس, تعاقد الرجاء أول أمس, عبر تاريخها, قد);
  // nor is an action a verb of intention takes (تتوقع استرداد…) or an accounting term (EBITDA): null over a wrong word.
  { expect: { metric: 'profit', subject: 'شركة زين' }, phrases: ['أعلنت شركة زين بالأمس عن أرباح بلغت 50 مليون دينار.'] },
  { expect: { metric: 'deal', subject: 'الرجاء' }, phrases: ['تعاقد الرجاء أول أمس الخميس مع المهاجم مقابل 2 مليون دولار.'] },
  { expect: { metric: 'revenue', subject: 'المجموعة' }, phrases: ['حققت المجموعة أعلى إيرادات عبر تاريخها بلغت 9 مليارات درهم.'] },
  { expect: { metric: 'trade', subject: 'الأردن' }, phrases: ['بلغت صادرات الأردن غير النفطية 8 مليارات دينار.'] },
  { expect: { metric: 'donation', subject: 'مصرف الرافدين' }, phrases: ['أكد المتحدث أن «مصرف الرافدين» قد تبرع بـ100 مليار دينار للمتضررين.', 'نؤكد أن "مصرف الرافدين" قد تبرع بالأمس بمبلغ 100 مليار دينار.'] },
  { expect: { metric: null, subject: null }, phrases: ['أبلغت الشركة المستثمرين أنها تتوقع استرداد 650 مليون دولار من أحد مورديها.'] },
  { expect: { metric: 'loss', subject: null }, phrases: ['بلغت خسائر EBITDA خلال العام 2 مليار دولار.'] },
  // A source (وفقا لبيانات X, بحسب إحصاءات X, بحسب هيئة X) reports the figure, it does not own it; a company or a bank
  // after بحسب speaks of its own.
  { expect: { metric: 'revenue', subject: null }, phrases: ['وفقا لبيانات هيئة الإحصاء، بلغت الإيرادات النفطية 200 مليار ريال.', 'ارتفعت الإيرادات إلى 5 مليارات درهم، بحسب هيئة الإحصاء.'] },
  { expect: { metric: 'trade', subject: null }, phrases: ['بحسب إحصاءات صادرة عن وزارة التجارة، بلغت الصادرات 3 مليارات دينار.'] },
  { expect: { metric: 'trade', subject: 'المملكة' }, phrases: ['وبحسب بيانات التجارة الخارجية الصادرة عن هيئة الإحصاء، بلغت صادرات المملكة 20 مليار ريال.'] },
  { expect: { metric: 'revenue', subject: 'شركة الاتصالات' }, phrases: ['ارتفعت الإيرادات إلى 5 مليارات درهم، بحسب شركة الاتصالات.'] },
  // A gift is the giver's: the one after a fused ل or لصالح is its recipient; a description before a person's name
  // (رجل الأعمال, الملياردير) is not part of it; a state named like an adjective (السعودية) is a name.
  { expect: { metric: 'donation', subject: 'الكويت' }, phrases: ['قدمت الكويت منحة للأردن بقيمة 100 مليون دولار.', 'قدمت الكويت منحة بقيمة 100 مليون دولار للأردن.'] },
  { expect: { metric: 'donation', subject: 'السعودية' }, phrases: ['قدمت السعودية منحة لمصر بقيمة 500 مليون دولار.'] },
  { expect: { metric: 'donation', subject: 'محمد العبار' }, phrases: ['تبرع رجل الأعمال محمد العبار بمبلغ 10 ملايين درهم لصالح المستشفى.'] },
  { expect: { metric: 'donation', subject: 'ناصف ساويرس' }, phrases: ['تبرع الملياردير ناصف ساويرس بمبلغ 5 ملايين جنيه.'] },
  // A fine a court orders (بتغريم X) is the party fined; a tender awarded (أرست … على شركة X, ترسية … على) is the winner's,
  // not the awarding body's, and none when the winner is not named by its kind (على أحد التحالفات).
  { expect: { metric: 'fine', subject: 'المتهم' }, phrases: ['قضت المحكمة بتغريم المتهم 50 ألف دينار.'] },
  { expect: { metric: 'fine', subject: 'الشركة المخالفة' }, phrases: ['قضت محكمة الجنايات بتغريم الشركة المخالفة مليون درهم.'] },
  { expect: { metric: 'deal', subject: 'شركة الخرافي' }, phrases: ['أرست الوزارة مناقصة بقيمة 200 مليون دينار على شركة الخرافي.'] },
  { expect: { metric: 'deal', subject: 'مجموعة بن لادن' }, phrases: ['قررت اللجنة ترسية المناقصة بقيمة 50 مليون ريال على مجموعة بن لادن.'] },
  { expect: { metric: 'deal', subject: null }, phrases: ['أرست الهيئة مناقصة بقيمة 20 مليون دينار على أحد التحالفات.'] },
  // A loan agreed or taken: the borrower that reached the deal (توصلت مصر … للحصول على قرض), never the lender after مع / من.
  { expect: { metric: 'debt', subject: 'مصر' }, phrases: ['وكانت مصر قد توصلت إلى اتفاق مع صندوق النقد الدولي للحصول على قرض بقيمة 8 مليارات دولار.'] },
  { expect: { metric: 'debt', subject: 'تونس' }, phrases: ['اتفقت تونس مع البنك الإفريقي على قرض بقيمة 300 مليون دولار.'] },
  { expect: { metric: 'debt', subject: 'الحكومة' }, phrases: ['اقترضت الحكومة من البنك الدولي 500 مليون دولار.'] },
  // A player's transfer (انتقال [role] [nationality] X من … إلى …) is the player's; a club that signs (تعاقد الرجاء مع …) stays the club.
  { expect: { metric: 'deal', subject: 'ماركوس سيلفا' }, phrases: ['وجاء انتقال المدافع البرازيلي ماركوس سيلفا من بورتو إلى نادي الشباب مقابل 30 مليون يورو.'] },
  { expect: { metric: 'deal', subject: 'يوسف النصيري' }, phrases: ['أتم النادي انتقال يوسف النصيري إلى الدوري التركي مقابل 20 مليون يورو.'] },
  // A loan is the borrower's: قرضا إلى/لصالح Y, منح Y قرضا; قرض من X keeps the one who got it.
  { expect: { metric: 'debt', subject: 'تونس' }, phrases: ['قدم صندوق النقد الدولي قرضا إلى تونس بقيمة 1.9 مليار دولار.'] },
  { expect: { metric: 'debt', subject: 'الأردن' }, phrases: ['وافق البنك الدولي على منح الأردن قرضا بقيمة 300 مليون دولار.', 'منح البنك الإسلامي للتنمية قرضا لصالح الأردن بقيمة 300 مليون دولار.'] },
  { expect: { metric: 'debt', subject: 'مصر' }, phrases: ['حصلت مصر على قرض من البنك الدولي بقيمة 500 مليون دولار.'] },
  // A date that opens its paragraph as a clause of its own (في الربع الأول من 2025، …) sets the period of the next sentences, which name none.
  { expect: { metric: 'revenue', period: '2025-Q1' }, phrases: ['في الربع الأول من 2025، واصلت أرامكو نموها القوي. وبلغت إيرادات الشركة 110 مليارات دولار.'] },
  { expect: { metric: 'deal', period: '2025-03' }, phrases: ['في مارس الماضي، وقعت شركة موانئ دبي العالمية اتفاقية مع الحكومة المصرية. وتبلغ قيمة الصفقة 900 مليون دولار.', 'خلال شهر مارس الماضي، استحوذ بنك مسقط على حصة في شركة تأمين عمانية. وبلغت قيمة الصفقة 40 مليون ريال عماني.'] },
  // … not a founding year, not a forecast or what is said of now, not across a paragraph.
  { expect: { metric: 'profit', period: null }, phrases: ['في يناير الماضي، أعلن البنك الأهلي الكويتي نتائجه. ومن المتوقع أن تبلغ أرباحه 50 مليون دينار.', 'في الربع الأول من 2025، واصلت الشركة نموها.\n\nوبلغت أرباحها 70 مليون دينار.'] },
  { expect: { metric: 'market-value', period: null }, phrases: ['في عام 2015، تأسست الشركة في عمّان. وبلغت قيمتها السوقية 2 مليار دينار.', 'في أبريل الماضي، أدرجت الشركة أسهمها في بورصة الكويت. وتبلغ قيمتها السوقية حاليا 2 مليار دينار.'] },
  // Tenders: the winning or lowest bid is the deal's value; a contract's cost (عقد … بتكلفة) is its value.
  { expect: { metric: 'deal' }, phrases: ['وقدمت شركة محلية أقل عطاء بقيمة 3.2 مليون دينار.', 'بلغت قيمة العطاء الفائز 45 مليون ريال عماني.'] },
  { expect: { metric: 'deal' }, phrases: ['وقعت وزارة الأشغال عقدا مع شركة مقاولات لإنشاء جسر بتكلفة 80 مليون ريال.', 'أبرمت البلدية عقدا لصيانة الطرق بكلفة 12 مليون درهم.'] },
  // … but a cost with no contract in its clause stays spending.
  { expect: { metric: 'spending' }, phrases: ['ينفذ المشروع بتكلفة 80 مليون ريال.'] },
  // News that drops the hamza (اسعار, اجور, ارباح) names the same metrics.
  { expect: { metric: 'price' }, phrases: ['ارتفعت اسعار الشقق في القاهرة الجديدة إلى 40 ألف جنيه للمتر.'] },
  { expect: { metric: 'salary' }, phrases: ['زادت اجور العاملين في القطاع الخاص إلى 7 آلاف جنيه.'] },
  // A figure per kilo or per metre with no word of its own is a price (market and property reports).
  { expect: { metric: 'price', subject: null }, phrases: ['ووصلت الطماطم إلى 20 جنيها للكيلو في سوق العبور.'] },
  { expect: { metric: 'price' }, phrases: ['وبلغ اللحم البلدي 450 جنيها للكيلو في أسواق الجيزة.', 'يباع الأرز المحلي بـ1.2 دينار للكيلو في أسواق عمّان.'] },
  // Taxes a government collects: the tariffs or taxes the figure came from decide, whatever verb brings it.
  { expect: { metric: 'tax' }, phrases: ['وقال الرئيس إن بلاده جمعت 600 مليار دولار من الرسوم الجمركية.', 'حصّلت الخزينة 12 مليار درهم من الضرائب خلال الربع الأول.'] },
  { expect: { metric: 'tax' }, phrases: ['بلغت حصيلة التعريفات الجمركية 90 مليار دولار.', 'وفرضت الحكومة تعرفة جمركية قيمتها 300 دينار على كل سيارة.'] },
  // Budget lines: the wage bill (تعويضات العاملين) is salary, financing costs spending, public debt debt.
  { expect: { metric: 'salary' }, phrases: ['بلغت تعويضات العاملين 570 مليار ريال خلال العام الماضي.'] },
  { expect: { metric: 'spending' }, phrases: ['وارتفعت نفقات التمويل إلى 54 مليار ريال.', 'بلغت تكاليف التمويل 2.1 مليار درهم.'] },
  { expect: { metric: 'debt' }, phrases: ['يتوقع أن يرتفع الدين العام إلى 1.3 تريليون ريال.', 'تراجع الدين الخارجي للبلاد إلى 152 مليار دولار.', 'بلغ الدين المحلي 8 تريليونات جنيه.'] },
  // A payout: the total of a per-share distribution, the amount distributed, a distribution per share.
  { expect: { metric: 'dividend' }, phrases: ['أوصى المجلس بتوزيع أرباح نقدية بواقع ريال للسهم، بإجمالي مبلغ 1.2 مليار ريال.', 'بلغ إجمالي المبلغ الموزع 24 مليون ريال.'] },
  { expect: { metric: 'dividend' }, phrases: ['تتضمن السياسة توزيع ريالين للسهم عن العام المالي 2026.', 'وتكون حصة السهم من التوزيع 0.80 ريال.', 'وافقت الجمعية على توزيع الأرباح بواقع 15 فلسا للسهم.'] },
  // A fine told with its verb (تغريم, تغريمه).
  { expect: { metric: 'fine' }, phrases: ['قضت المحكمة بتغريمه 5 آلاف دينار.', 'وتم تغريم الشركة مبلغ 200 ألف درهم.'] },
  { expect: { metric: 'salary' }, phrases: ['بلغ متوسط الدخل الشهري للأسرة 12 ألف جنيه.', 'ارتفع دخل الفرد إلى 30 ألف دولار سنويا.'] },
  // A cue stem at the start of another word is no cue: ضمنها (among them), الجمعية (the assembly), ضخم (huge), دخلت (entered), أجرت (conducted), عقدت (held).
  { expect: { metric: null }, phrases: ['أعلنت الشركة عن مشروع ضخم بقيمة 5 مليارات دولار.', 'دخلت الشركة في شراكة بقيمة 300 مليون دولار.', 'عقدت اللجنة اجتماعا بشأن 40 مليون دينار.'] },
  { expect: { metric: 'salary' }, phrases: ['وكان من ضمنها 120 ألف درهم فرق راتب.'] },
  { expect: { metric: 'deal' }, phrases: ['ضمه النادي مقابل 60 مليون يورو.'] },
  // What drove a figure (مدفوعا بتوقيع عقود, بفضل) is no word of its own: nothing else said, no metric.
  { expect: { metric: null }, phrases: ['حقق القطاع نموا بزيادة قدرها 90 مليون ريال، مدفوعا بتوقيع عقود جديدة.'] },
  // A surplus is none of the metrics (convention 4), whatever budget word follows it.
  { expect: { metric: null }, phrases: ['سجل الفائض الأولي للموازنة نحو 170 مليار جنيه.'] },
  // An adjective after the metric word (التقييم الضخم) is no owner: the name after the verb is.
  { expect: { metric: 'valuation', subject: 'xAI' }, phrases: ['ورغم التقييم الضخم الذي حصلت عليه xAI والبالغ 80 مليار دولار، لا تزال الشركة تخسر.'] },
  // Share capital is none of the metrics, and takes no metric from the figure before it.
  { expect: { metric: null }, phrases: ['أوضحت الشركة التي يبلغ رأسمالها 25 مليون دينار أن الخسائر تعود لأسباب عدة.', 'وتمثل الخسائر المتراكمة 40% من رأس المال البالغ 600 مليون ريال.'] },
  // Loss or profit per share (خسارة السهم, ربح السهم) is the result's, not a share price.
  { expect: { metric: 'loss' }, phrases: ['وبلغت خسارة السهم 0.7 ريال في الربع الثالث.'] },
  { expect: { metric: 'profit' }, phrases: ['وارتفع ربح السهم إلى 1.3 ريال خلال الفترة.'] },
  // The first six or three months of "the year" are the page's year's half or quarter; a fiscal quarter restated in a
  // relative clause (والذي يعد الربع الأخير من…) keeps the name the text gave first.
  { expect: { metric: 'profit', period: '2025-H1' }, phrases: ['حقق البنك أرباحا صافية بقيمة 300 مليون دينار في الستة أشهر الأولى من السنة.', 'خلال الأشهر الستة الأولى من العام، بلغ صافي أرباح المصرف 1.2 مليار دولار.'] },
  { expect: { metric: 'revenue', period: '2025-Q1' }, phrases: ['وفي الأشهر الثلاثة الأولى من العام، سجلت الشركة إيرادات بلغت 40 مليون درهم.', 'أعلنت الشركة نتائج الربع الأول 2025 المالية، والذي يعد الربع الأخير من عام 2024، وبلغت إيراداتها 90 مليار دولار.'] },
];
