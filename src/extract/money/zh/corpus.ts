import type { MoneyExample } from '../../corpus.js';

/**
 * Chinese money examples, grouped by the value they must produce. Each phrase
 * is a clause as Chinese news writes it and must yield exactly one money fact.
 * Script: the table runner detects it, so Traditional phrases get the Hant
 * rules (a bare 元 follows the region the phrase names).
 */
export const ZH_MONEY_EXAMPLES: MoneyExample[] = [
  // Digits with 万/亿/万亿/兆, full-width digits, separators, the ﹒ decimal, spaces.
  { expect: { amount: '4300000000', currency: 'USD' }, phrases: [
    '馬斯克急籌43億美元', '计划筹集43亿美元', '公司获得四十三亿美元融资', '融资４３億美元', '募集43亿美金', '完成43 亿美元的融资',
    '以43亿美元收购该公司', '估值为四十三億美元', '交易金额达43.0亿美元',
  ] },
  { expect: { amount: '2170000000000', currency: 'CNY', qualifier: 'approx' }, phrases: ['总市值减少约合 2.17 万亿元', '市值蒸发约2.17万亿元人民币', '市值缩水大约2.17万亿元', '市值减少2.17万亿元左右'] },
  { expect: { amount: '22460000000', currency: 'USD' }, phrases: ['投资总额为 224.6 亿美元。', '投资总额为224.6億美元', '总投资达２２４.６亿美元'] },
  { expect: { amount: '5490000000', currency: 'HKD' }, phrases: ['最新市值达 54.9 亿港元', '市值54.9億港幣', '市值54.9亿港币', '市值为HK$54.9亿', '市值港币54.9亿元'] },
  { expect: { amount: '1580000000', currency: 'CNY' }, phrases: ['收入15﹒8億元人民幣', '营收15.8亿元', '营收１５．８亿元', '营收人民币15.8亿元'] },
  { expect: { amount: '1500000000000', currency: 'CNY' }, phrases: ['规模达1.5万亿元', '规模达一万五千亿元', '规模达1.5万億元人民幣', '规模达15000亿元', '规模达人民币1.5万亿元'] },
  { expect: { amount: '1000000000000', currency: 'JPY' }, phrases: ['东芝重组另需1万亿日元', '另需一万亿日元资金', '另需1兆日圓'] },
  { expect: { amount: '1200000000000', currency: 'TWD' }, phrases: ['總額達1.2兆新台幣', '總額達1.2兆元新台幣', '預算規模1.2兆台幣', '投資NT$1.2兆', '總額達新台幣1.2兆元', '總額達台幣1.2兆元'] },
  { expect: { amount: '2600000000000', currency: 'TWD' }, phrases: ['預算2兆6千億新台幣', '預算2兆6000億新台幣', '預算二兆六千億元新台幣'] },
  { expect: { amount: '530600000000', currency: 'TWD' }, phrases: ['央行到期定存单5306亿台币', '存單5,306億元新台幣'] },
  { expect: { amount: '302508400', currency: 'USD' }, phrases: ['成交額3億250萬8,400美元', '成交额3亿零250万8400美元'] },
  { expect: { amount: '450000000', currency: 'CNY' }, phrases: ['交易金额450,000,000元', '交易金额4.5亿元', '交易金额四亿五千万元', '交易金额45000万元', '交易金额为人民币4.5亿元'] },
  { expect: { amount: '120000000000', currency: 'USD' }, phrases: ['资金净流出1200亿美元', '资金净流出1,200亿美元', '资金净流出一千二百亿美元'] },
  { expect: { amount: '3657000000', currency: 'CNY' }, phrases: ['奖池金额攀升至36.57亿元', '奖池达36.57億元人民币'] },
  { expect: { amount: '10000000', currency: 'CNY' }, phrases: ['中得1注1000万元头奖', '获得一千万元奖励', '奖励1,000万元', '奖金10,000,000元'] },
  { expect: { amount: '3000000', currency: 'USD' }, phrases: ['筹得300万美元', '筹得三百万美元', '筹得US$300万', '筹得USD 300万', '筹得$3,000,000'] },
  { expect: { amount: '1000000', currency: 'USD' }, phrases: ['百万美元级别的合同', '获得一百万美元', '罚款100万美元'] },
  { expect: { amount: '100000000000', currency: 'CNY' }, phrases: ['营收达一千亿元', '营收达1000亿元'] },

  // Chinese numerals.
  { expect: { amount: '20000000', currency: 'CNY' }, phrases: ['获得两千万元投资', '投资2000万元', '投资二千万元人民币', '投资贰仟万元'] },
  { expect: { amount: '200000000', currency: 'CNY' }, phrases: ['获得两亿元补助', '获得2亿元补助', '获得贰亿元补助'] },
  { expect: { amount: '200000000', currency: 'HKD' }, phrases: ['香港政府撥款兩億元', '港府撥款2億元', '香港特區政府撥款兩億港元'] },
  { expect: { amount: '200000000', currency: 'TWD' }, phrases: ['行政院撥款兩億元', '台北市政府編列2億元預算'] },
  { expect: { amount: '200000000', currency: null }, phrases: ['獲得兩億元補助'] },
  { expect: { amount: '1000000000', currency: 'USD' }, phrases: ['十亿美元级的项目投资', '投资十億美元', '获得10亿美元融资'] },
  { expect: { amount: '15', currency: 'USD' }, phrases: ['售价十五美元', '售价15美元', '售价US$15'] },
  { expect: { amount: '2', currency: 'USD' }, phrases: ['这台电脑两美元', '售价2美元'] },
  { expect: { amount: '105', currency: 'CNY' }, phrases: ['票价一百零五元', '票价105元'] },
  { expect: { amount: '7', currency: 'CNY' }, phrases: ['一杯咖啡7块钱', '一杯咖啡七块', '一杯咖啡七元'] },
  { expect: { amount: '5.3', currency: 'CNY' }, phrases: ['这个手机壳五元三毛', '售价5元3角'] },
  { expect: { amount: '0.5', currency: 'USD' }, phrases: ['股息为50美分', '涨了50美分'] },

  // Currencies: every code, prefixes and suffixes.
  { expect: { amount: '80000000000', currency: 'JPY' }, phrases: ['投资800亿日元', '投資800億日圓', '投資800億日幣', '投资JPY 800亿'] },
  { expect: { amount: '5000000', currency: 'EUR', qualifier: 'under' }, phrases: ['罚款不到500万欧元', '罚款500万欧元以下', '罚款不超过500万欧元', '罚款低于500万欧元', '罰款不足500萬歐元'] },
  { expect: { amount: '1000000', currency: 'GBP' }, phrases: ['赔偿100万英镑', '賠償100萬英鎊', '赔偿£100万'] },
  { expect: { amount: '500000000', currency: 'USD' }, phrases: ['US$5億', '募资US$ 5亿', '募资5亿美元', '募资五亿美金'] },
  { expect: { amount: '10000000000', currency: 'CNY' }, phrases: ['人民币100亿元', 'RMB 100亿', '人民幣100億元', 'CNY 100亿'] },
  { expect: { amount: '3000', currency: 'CNY' }, phrases: ['售价¥3,000', '售价3000元', '售价3,000元', '售价三千元', '售价￥3000'] },
  { expect: { amount: '1.0092', currency: 'CHF' }, phrases: ['报1.0092瑞士法郎'] },
  { expect: { amount: '445', currency: 'NGN' }, phrases: ['达到445奈拉'] },
  { expect: { amount: '2000000000', currency: 'KRW' }, phrases: ['罚款20亿韩元', '罰款20億韓元'] },
  { expect: { amount: '300000000', currency: 'AUD' }, phrases: ['合同价值3亿澳元'] },
  { expect: { amount: '50000000', currency: 'CAD' }, phrases: ['投资5000万加元'] },
  { expect: { amount: '800000', currency: 'SGD' }, phrases: ['罚款80万新加坡元', '罚款80万新元'] },
  { expect: { amount: '6000000000', currency: 'RUB' }, phrases: ['损失60亿卢布'] },
  { expect: { amount: '120000000', currency: 'MOP' }, phrases: ['撥款1.2億澳門元'] },
  { expect: { amount: '20000000000', currency: 'INR' }, phrases: ['投资200亿卢比'] },
  { expect: { amount: '1000000', currency: 'AED' }, phrases: ['奖金100万迪拉姆'] },
  { expect: { amount: '3500000000', currency: 'THB' }, phrases: ['投资35亿泰铢'] },

  // Hong Kong and Taiwan copy: a bare 元 follows the region.
  { expect: { amount: '3.8', currency: 'HKD', per: 'share' }, phrases: ['以 3.8 港元 / 股的价格招股', '招股价3.8港元/股', '每股招股價3.8港元', '每股作價3.8港元'] },
  { expect: { amount: '12.5', currency: 'HKD' }, phrases: ['港股收報12.5元，恒指下跌', '香港交易所股價報12.5元'] },
  { expect: { amount: '600', currency: 'TWD' }, phrases: ['台積電股價收在600元，台股大漲', '台北股市台積電報600元'] },

  // Negative figures, rates.
  { expect: { amount: '-0.13', currency: 'CNY', per: 'share' }, phrases: ['基本每股收益 -0.13 元', '每股收益-0.13元', '每股收益为-0.13元', '每股亏损-0.13元'] },
  { expect: { amount: '1000000000', currency: 'USD', qualifier: 'over', per: 'month' }, phrases: ['平均每月就要消耗超10億美元', '每月烧掉超过10亿美元', '每个月烧掉逾10亿美元'] },
  { expect: { amount: '1.4', currency: 'CNY', per: 'person' }, phrases: ['获客成本从每人 1.4 元', '人均1.4元', '每位用户1.4元'] },
  { expect: { amount: '30', currency: 'CNY', per: 'month' }, phrases: ['会员费30元/月', '会员费每月30元', '每个月30元', '月费30元'] },
  { expect: { amount: '20000', currency: 'CNY', per: 'month' }, phrases: ['月薪2万元', '月薪两万元', '每月工资2万元'] },
  { expect: { amount: '1000000', currency: 'CNY', per: 'year' }, phrases: ['年薪100万元', '每年100万元', '年均100万元'] },
  { expect: { amount: '0.5', currency: 'CNY', per: 'share' }, phrases: ['每股派发现金红利0.5元', '每股派息0.5元', '分红0.5元/股'] },
  { expect: { amount: '200', currency: 'CNY', per: 'day' }, phrases: ['每天200元', '日薪200元', '200元/天'] },
  { expect: { amount: '3000', currency: 'CNY', per: 'unit' }, phrases: ['钢材价格3000元/吨', '售价3000元/件'] },

  // Qualifiers.
  { expect: { amount: '2000000000', currency: 'USD', qualifier: 'over' }, phrases: [
    '明年预计可达到20亿美元以上', '收入突破20亿美元', '营收逾20亿美元', '营收超过20亿美元', '营收超20亿美元', '营收至少20亿美元',
    '营收不低于20亿美元', '营收二十多亿美元', '营收20亿美元有余', '营收起码20亿美元',
  ] },
  { expect: { amount: '300000000000', currency: 'USD', qualifier: 'approx' }, phrases: [
    '市值减少近 3000 亿美元', '市值减少约3000亿美元', '损失3000亿美元左右', '损失大约3000亿美元', '损失将近3000亿美元',
    '损失接近3000亿美元', '損失約3000億美元', '损失3000亿美元上下',
  ] },
  { expect: { amount: '1000000000', currency: 'CNY', qualifier: 'over' }, phrases: ['投入十几亿元', '投入10多亿元', '投入10余亿元', '投入十餘億元人民幣'] },
  { expect: { amount: '100000000000', currency: 'CNY', qualifier: 'over' }, phrases: ['上千亿元的投资', '超千亿元', '营收突破千亿元大关'] },
  { expect: { amount: '100000', currency: 'CNY', qualifier: 'under' }, phrases: ['罚款10万元以下', '罚款不足十万元', '罚款最多10万元', '罚款10万元以内', '罚款至多10万元'] },

  // Ranges, and the vague "两三亿".
  { expect: { amount: '30000000', currency: 'CNY', qualifier: 'range', max: '50000000' }, phrases: ['融资3000萬元至5000萬元', '融资3000万至5000万元', '融资3000万元到5000万元', '融资3000万-5000万元', '融资三千万至五千万元'] },
  { expect: { amount: '2000', currency: 'CNY', qualifier: 'range', max: '3000', per: 'month' }, phrases: ['月薪2000~3000元', '月薪2000-3000元', '月薪2000元至3000元', '月薪2000～3000元', '月薪2,000-3,000元'] },
  { expect: { amount: '300000000', currency: 'CNY', qualifier: 'range', max: '500000000' }, phrases: ['投资3至5亿元', '投资3亿至5亿元', '投资3~5亿元', '投资三到五亿元'] },
  { expect: { amount: '2000000000', currency: 'USD', qualifier: 'range', max: '3000000000' }, phrases: ['估值20亿-30亿美元', '估值20到30亿美元', '估值二十亿至三十亿美元'] },
  { expect: { amount: '200000000', currency: 'CNY', qualifier: 'range', max: '300000000' }, phrases: ['投入两三亿元', '投入二三亿元'] },
  { expect: { amount: '30000000', currency: 'USD', qualifier: 'range', max: '40000000' }, phrases: ['亏损三四千万美元'] },
  { expect: { amount: '5.6', currency: 'CNY', qualifier: 'range', max: '5.78' }, phrases: ['股价在5.6到5.78元之间'] },

  // Amounts without a currency word, in a money sentence.
  { expect: { amount: '3839000000', currency: null }, phrases: ['科大讯飞研发投入为 38.39 亿', '研发投入38.39亿'] },
  { expect: { amount: '2170000000000', currency: null }, phrases: ['英伟达市值暴减2.17万亿', '市值缩水2.17万亿'] },
  { expect: { amount: '500000000', currency: null }, phrases: ['净利润5亿', '营收达5亿，同比增长', '融资5亿'] },

  { expect: { amount: '2000000000', currency: 'CNY', qualifier: 'over' }, phrases: ['研发投入超过二十多亿元', '研发投入二十多亿元'] },
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
  '投资数十亿元',
  '几百万美元的订单',
  '数亿美元',
  '亿元级别的项目',
  '1美元兑7.2元人民币',
  '1美元兌換7.1元',
  '美元兑人民币汇率升至7.3',
  '单元楼里住着300户人家',
  '他的元宵节过得很好',
  '观众达500万人次',
  '车辆行驶了3万公里',
  '产量达2亿吨',
  '累计用户突破3亿',
  '年产50万辆汽车',
  '浏览量超过1亿次',
  '增长了3倍',
  '第一元老',
  '美元走强',
  '港元汇率保持稳定',
  '拥有4000万粉丝',
  '成绩提高了20分',
  '营收同比增长15.3%',
  '2024年第三季度',
];
