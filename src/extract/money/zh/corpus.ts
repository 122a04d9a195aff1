import type { MoneyExample } from '../../corpus.js';

/**
 * Chinese money examples, grouped by the value they must produce. Each phrase
 * must yield exactly one money fact. Script: Hans unless the phrase is written
 * in Traditional characters (the table runner detects it).
 */
export const ZH_MONEY_EXAMPLES: MoneyExample[] = [
  { expect: { amount: '4300000000', currency: 'USD' }, phrases: ['馬斯克急籌43億美元', '计划筹集43亿美元', '公司获得四十三亿美元融资', '融资４３億美元', '募集43亿美金'] },
  { expect: { amount: '2170000000000', currency: 'CNY', qualifier: 'approx' }, phrases: ['总市值减少约合 2.17 万亿元', '市值蒸发约2.17万亿元人民币'] },
  { expect: { amount: '22460000000', currency: 'USD' }, phrases: ['投资总额为 224.6 亿美元。'] },
  { expect: { amount: '5490000000', currency: 'HKD' }, phrases: ['最新市值达 54.9 亿港元', '市值54.9億港幣', '市值54.9亿港币'] },
  { expect: { amount: '3.8', currency: 'HKD', per: 'share' }, phrases: ['以 3.8 港元 / 股的价格招股', '招股价3.8港元/股'] },
  { expect: { amount: '-0.13', currency: 'CNY', per: 'share' }, phrases: ['基本每股收益 -0.13 元', '每股收益-0.13元'] },
  { expect: { amount: '1000000000', currency: 'USD', qualifier: 'over', per: 'month' }, phrases: ['平均每月就要消耗超10億美元', '每月烧掉超过10亿美元'] },
  { expect: { amount: '2000000000', currency: 'USD', qualifier: 'over' }, phrases: ['明年预计可达到20亿美元以上', '收入突破20亿美元', '营收逾20亿美元'] },
  { expect: { amount: '300000000000', currency: 'USD', qualifier: 'approx' }, phrases: ['市值减少近 3000 亿美元', '市值减少约3000亿美元', '损失3000亿美元左右'] },
  { expect: { amount: '20000000', currency: 'CNY' }, phrases: ['获得两千万元投资', '投资2000万元', '投资二千万元人民币'] },
  { expect: { amount: '200000000', currency: 'CNY' }, phrases: ['获得两亿元补助'] },
  { expect: { amount: '200000000', currency: 'HKD' }, phrases: ['香港政府撥款兩億元'] },
  { expect: { amount: '200000000', currency: null }, phrases: ['獲得兩億元補助'] },
  { expect: { amount: '1200000000000', currency: 'TWD' }, phrases: ['總額達1.2兆新台幣', '總額達1.2兆元新台幣'] },
  { expect: { amount: '2600000000000', currency: 'TWD' }, phrases: ['預算2兆6千億新台幣'] },
  { expect: { amount: '302508400', currency: 'USD' }, phrases: ['成交額3億250萬8,400美元'] },
  { expect: { amount: '450000000', currency: 'CNY' }, phrases: ['交易金额450,000,000元', '交易金额4.5亿元'] },
  { expect: { amount: '1580000000', currency: 'CNY' }, phrases: ['收入15﹒8億元人民幣'] },
  { expect: { amount: '1500000000000', currency: 'CNY' }, phrases: ['规模达1.5万亿元', '规模达一万五千亿元'] },
  { expect: { amount: '2000000000', currency: 'CNY', qualifier: 'over' }, phrases: ['研发投入超过二十多亿元'] , todo: '二十多亿 with 超过: 多 and 超过 both say over; the amount is right, kept to pin it' },
  { expect: { amount: '1000000000', currency: 'USD' }, phrases: ['十亿美元级的项目投资'] },
  { expect: { amount: '500000000', currency: 'USD' }, phrases: ['US$5億', '募资US$ 5亿'] },
  { expect: { amount: '10000000000', currency: 'CNY' }, phrases: ['人民币100亿元', 'RMB 100亿'] },
  { expect: { amount: '3000', currency: 'CNY' }, phrases: ['售价¥3,000', '售价3000元'] },
  { expect: { amount: '1.4', currency: 'CNY', per: 'person' }, phrases: ['获客成本从每人 1.4 元'] },
  { expect: { amount: '30', currency: 'CNY', per: 'month' }, phrases: ['会员费30元/月', '会员费每月30元'] },
  { expect: { amount: '30000000', currency: 'CNY', qualifier: 'range', max: '50000000' }, phrases: ['融资3000萬元至5000萬元', '融资3000万至5000万元', '融资3000万元到5000万元'] },
  { expect: { amount: '2000', currency: 'CNY', qualifier: 'range', max: '3000' }, phrases: ['月薪2000~3000元', '月薪2000-3000元'] },
  { expect: { amount: '300000000', currency: 'CNY', qualifier: 'range', max: '500000000' }, phrases: ['投资3至5亿元'] },
  { expect: { amount: '80000000000', currency: 'JPY' }, phrases: ['投资800亿日元', '投資800億日圓'] },
  { expect: { amount: '5000000', currency: 'EUR', qualifier: 'under' }, phrases: ['罚款不到500万欧元', '罚款500万欧元以下'] },
  { expect: { amount: '1000000', currency: 'GBP' }, phrases: ['赔偿100万英镑'] },
  { expect: { amount: '3839000000', currency: null }, phrases: ['科大讯飞研发投入为 38.39 亿'] },
];

/** Phrases that must yield no money fact. */
export const ZH_MONEY_NEGATIVES: string[] = [
  '系统包括20萬個英偉達GPU',
  '出门问问(02438.HK)成功登陆香港交易所',
  '寒武纪(SHA: 688256)股价下跌 44.6%',
  '腾讯(0700)股价上涨',
  '中国有超过 130 个大模型',
  '开盘下跌超过21%',
  '2023 年公司实现营收增长',
  '回购1亿股',
  '员工人数达2万人',
  '业务的多元化发展',
  '元旦假期出行人数',
  '化学元素周期表',
  '一方面是现金消耗速度飞快',
  '千万不要错过',
  '人口14亿',
  'GPT-4 与 H100',
];
