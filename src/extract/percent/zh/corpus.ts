import type { PercentExample } from '../../corpus.js';

/**
 * Chinese percentages, grouped by what they must produce (value, unit,
 * direction, basis, qualifier; unset means percent, null, null, exact). Each
 * phrase is a clause as news writes it, Simplified or Traditional, and must
 * yield exactly one percent fact.
 */
export const ZH_PERCENT_EXAMPLES: PercentExample[] = [
  // Digits and the percent sign; a level, a share or a rate has no direction.
  { expect: { value: '26.27' }, phrases: ['毛利率为26.27%', '毛利率為２６.２７％', '该业务占比26.27%', '市场份额达 26.27 %'] },
  { expect: { value: '51' }, phrases: ['集团持有该公司51%的股权', '持股51%', '佔總營收的51%', '其中51%的受访者表示支持'] },
  { expect: { value: '-1.76' }, phrases: ['加权平均净资产收益率为-1.76%', '股本回報率為−1.76%'] },
  { expect: { value: '-1.76', direction: 'down' }, phrases: ['净利润2亿元(-1.76%)', '純利2億元（-1.76%）'] },
  { expect: { value: '5', direction: 'up' }, phrases: ['营收36亿元（+5%）'] },
  { expect: { value: '5', direction: 'up', basis: 'yoy' }, phrases: ['营收增长5%（同比）'] },
  { expect: { value: '0.5' }, phrases: ['存款准备金率为千分之五', '印花税税率为5‰', '手续费为0.5%', '手续费为万分之五十'] },
  { expect: { value: '20' }, phrases: ['关税税率为百分之二十', '稅率為百分之20', '两成的员工选择远程办公', '有2成的家庭没有存款'] },
  { expect: { value: '25.5' }, phrases: ['百分之二十五点五的居民', '有百分之二十五點五的選民投票', '25.5%的居民'] },
  { expect: { value: '100' }, phrases: ['公司为其百分之百控股的子公司', '持有100%股权', '公司爲其百分之一百控股子公司'] },

  // Rises and falls, with the basis the sentence states.
  { expect: { value: '26.27', direction: 'up', basis: 'yoy' }, phrases: [
    '营业收入36.46亿元，同比增长26.27%', '營收按年增長26.27%', '净利润较去年同期增加26.27%', '销售额比上年增长26.27%',
    '出口额与去年同期相比上升26.27%', '营收年增26.27%', '同比大涨26.27%',
  ] },
  { expect: { value: '12.6', direction: 'down', basis: 'yoy' }, phrases: [
    '净利润同比下降12.6%', '純利按年下跌12.6%', '進口較上年同期減少12.6%', '销量比去年回落12.6%', '營收年減12.6%',
  ] },
  { expect: { value: '4.3', direction: 'down', basis: 'qoq' }, phrases: ['第三季度营收环比下降4.3%', '營收按季下跌4.3%', '毛利较上一季度减少4.3%', '出口季減4.3%'] },
  { expect: { value: '0.1', unit: 'points', direction: 'up', basis: 'qoq' }, phrases: ['增速比上年四季度加快0.1个百分点'] },
  { expect: { value: '15', direction: 'up', basis: 'yoy' }, phrases: ['营收同比增长；净利润增长15%', '台積電營收年增15%', '利潤比上年增長15%'] },
  { expect: { value: '5', direction: 'up' }, phrases: ['较去年底增长5%', '今年首季經濟增長5%', '利润较2023年的5亿元增长5%'] },
  { expect: { value: '3.2' }, phrases: ['失業率升至3.2%', '通胀率同比上升至3.2%', '净利率提升至3.2%', '失業率維持在3.2%'] },
  { expect: { value: '0.3', direction: 'up', basis: 'mom' }, phrases: ['10月份居民消费价格环比上涨0.3%', '9月零售額按月上升0.3%', '房价较上月上涨0.3%'] },
  { expect: { value: '8', direction: 'up' }, phrases: ['股价上涨8%', '股價大漲8%', '恒指收升8%', '订单量攀升8%', '涨幅达8%', '价格上调8%'] },
  { expect: { value: '3', direction: 'down', basis: 'yoy' }, phrases: ['零售額按年倒退3%', '營收按年錄得3%跌幅'] },
  // 放大 / 缩小 (of a volume, a gap) are a rise and a fall.
  { expect: { value: '12.3', direction: 'up' }, phrases: ['两市成交额较上周放大12.3%', '成交量較前一日放大12.3%'] },
  { expect: { value: '12.3', direction: 'down' }, phrases: ['两国贸易逆差缩小12.3%', '虧損幅度縮小12.3%'] },
  // The size of a rise or fall, whatever 至 / 为 follows it (涨幅, 跌幅扩大至): a change, not a level.
  { expect: { value: '5.1', direction: 'down', basis: 'yoy' }, phrases: ['房价同比跌幅扩大至5.1%', '銷量按年跌幅擴大至5.1%', '进口同比降幅收窄到5.1%'] },
  { expect: { value: '5.1', direction: 'up', basis: 'yoy' }, phrases: ['营收同比增幅收窄至5.1%', '出口按年漲幅擴大到5.1%'] },
  { expect: { value: '3.16', direction: 'down' }, phrases: ['首日报收3.68港元，跌3.16%', '股价下挫3.16%', '銷量減少3.16%', '成本降低3.16%', '跌幅为3.16%'] },
  { expect: { value: '20.8', direction: 'up', qualifier: 'approx' }, phrases: ['要约价较昨日收市价溢价约20.8%', '票价上涨约20.8%', '营收增长20.8%左右'] },
  { expect: { value: '15', direction: 'down', qualifier: 'approx' }, phrases: ['股价一周内暴跌接近15%', '市值缩水近15%', '配售價較收市價折讓約15%'] },
  { expect: { value: '4', direction: 'down', qualifier: 'over' }, phrases: ['Meta跌超4%', '开盘下跌超过4%', '销量下降4%以上', '利润减少逾4%'] },
  { expect: { value: '33', direction: 'up', basis: 'yoy' }, phrases: ['投资从2020年的79亿欧元增长33%至2021年的106亿欧元', '2024年营收较2023年增长33%'] },
  { expect: { value: '10', direction: 'up', basis: 'yoy' }, phrases: ['营收同比增长，净利润增长10%', '營收按年上升，純利增加10%'] },
  { expect: { value: '30', direction: 'up' }, phrases: ['中国企业的成本比美国同行高出30%', '這款車的售價高30%'] },

  // 成: tenths after a numeral.
  { expect: { value: '14' }, phrases: ['失业率为一成四', '約有一成四的家庭'] },
  { expect: { value: '35' }, phrases: ['三成半的受访者', '有三成半的商户'] },
  { expect: { value: '80' }, phrases: ['八成的用户选择续费', '有8成的居民'] },
  { expect: { value: '80', qualifier: 'over' }, phrases: ['逾8成受訪者反對', '八成以上的企业'] },
  { expect: { value: '60', direction: 'up', basis: 'yoy' }, phrases: ['成交量同比增长6成', '成交額按年急升六成'] },
  { expect: { value: '30', direction: 'down', qualifier: 'approx' }, phrases: ['客流量减少近三成', '票房下跌約三成'] },
  { expect: { value: '70', qualifier: 'range', max: '80' }, phrases: ['七八成的商家', '约7至8成的企业'] },

  // Percentage points and basis points (read as points: 25个基点 → 0.25).
  { expect: { value: '0.5', unit: 'points', direction: 'up' }, phrases: ['失业率上升0.5个百分点', '占比提高0.5個百分點', '利率上调50个基点', '息差擴闊50個基點'] },
  { expect: { value: '2', unit: 'points', direction: 'down', basis: 'yoy' }, phrases: ['毛利率同比下降两个百分点', '毛利率按年下跌2個百分點', '市占率较去年同期减少2个百分点'] },
  { expect: { value: '0.25', unit: 'points', direction: 'down' }, phrases: ['央行降息25个基点', '美联储将利率下调25个基点', '下調利率25個基點', '增速放缓25个基点'] },
  { expect: { value: '0.25', unit: 'points', direction: 'up' }, phrases: ['美联储宣布加息25个基点', '增速加快0.25个百分点'] },
  { expect: { value: '3.5', unit: 'points', direction: 'up' }, phrases: ['占比提升三点五个百分点', '提高3.5个百分点'] },
  { expect: { value: '5', unit: 'points', direction: 'down', qualifier: 'over' }, phrases: ['毛利率下降5个多百分点', '毛利率下降超过5个百分点'] },

  // 折: a discount is how much the price falls (八五折 pays 85%: 15 off).
  { expect: { value: '15', direction: 'down' }, phrases: ['全场商品打八五折', '门票8.5折优惠', '會員可享85折'] },
  { expect: { value: '20', direction: 'down' }, phrases: ['部分机票打八折', '新品8折出售'] },
  { expect: { value: '50', direction: 'down' }, phrases: ['库存商品打对折', '换季服装五折'] },

  // Ranges.
  { expect: { value: '5', qualifier: 'range', max: '8', direction: 'up' }, phrases: ['预计营收增长5%至8%', '預計收入增長5至8%', '预计增长百分之五到八', '预计增长5%-8%'] },
  { expect: { value: '20', qualifier: 'range', max: '30' }, phrases: ['两到三成的企业', '二至三成的企业'] },
];

/** Phrases with no percentage in them. */
export const ZH_PERCENT_NEGATIVES: string[] = [
  '公司的成本上涨', '成交额创新高', '公司处于快速成长期', '一成不变的制度', '他八成是忘了', '这事八成会黄',
  '三五成群的游客', '项目进展一波三折', '美元兑人民币汇率为7.82∶1', '今天最高气温30度', '折合人民币100亿元',
  '固定资产折旧', '访问 http://example.com/%E4%B8%AD%E6%96%87 查看', '百分之百确定', '增长了3倍', '十几个百分点',
  '营收达到三十亿元', '他一成功就离开了', '第一成员国', '统一成标准格式', '学生两两成对练习', '十八岁成年',
];
