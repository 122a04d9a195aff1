import type { MoneyExample, MoneyListExample } from '../../corpus.js';

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
  // Full-width digits grouped by the full-width comma, as typed in full-width copy.
  { expect: { amount: '123456700', currency: 'CNY' }, phrases: ['全年营业收入１２，３４５．６７万元', '全年营业收入12,345.67万元', '全年營業收入人民幣１２，３４５．６７萬元'] },
  { expect: { amount: '12000000', currency: 'TWD' }, phrases: ['市府編列新臺幣１，２００萬元', '市府编列新台币１，２００万元'] },
  { expect: { amount: '1234567', currency: 'HKD' }, phrases: ['賠償港幣１，２３４，５６７元', '赔偿港币１，２３４，５６７元'] },
  { expect: { amount: '1500', currency: 'CNY' }, phrases: ['违者罚款１，５００元', '违者罚款１５００元'] },

  // Chinese numerals.
  { expect: { amount: '20000000', currency: 'CNY' }, phrases: ['获得两千万元投资', '投资2000万元', '投资二千万元人民币', '投资贰仟万元'] },
  { expect: { amount: '200000000', currency: 'CNY' }, phrases: ['获得两亿元补助', '获得2亿元补助', '获得贰亿元补助'] },
  { expect: { amount: '200000000', currency: 'HKD' }, phrases: ['香港政府撥款兩億元', '港府撥款2億元', '香港特區政府撥款兩億港元'] },
  { expect: { amount: '200000000', currency: 'TWD' }, phrases: ['行政院撥款兩億元', '台北市政府編列2億元預算'] },
  { expect: { amount: '200000000', currency: null }, phrases: ['獲得兩億元補助'] },
  // Taiwan's baseball league and its clubs place a bare 元 in Taiwan, over a mainland city named once.
  { expect: { amount: '200000000', currency: 'TWD' }, phrases: ['中職統一獅與球星簽下10年2億元合約', '富邦悍將開出2億元大約，中信兄弟也在搶人，廈門球隊只能旁觀'] },

  { expect: { amount: '1000000000', currency: 'USD' }, phrases: ['十亿美元级的项目投资', '投资十億美元', '获得10亿美元融资'] },
  // A decimal point in numerals (点/點) before a big unit, as broadcast copy writes: 三点五亿 = 3.5亿.
  { expect: { amount: '350000000', currency: 'CNY' }, phrases: ['全年财政收入三点五亿元', '全年財政收入三點五億元人民幣', '全年财政收入3.5亿元'] },
  { expect: { amount: '120000000', currency: 'TWD' }, phrases: ['市府追加預算新臺幣一點二億元', '市府追加预算新台币一点二亿元'] },
  { expect: { amount: '50000000', currency: 'HKD' }, phrases: ['港府撥款零點五億港元', '港府撥款0.5億港元'] },
  { expect: { amount: '1200000000000', currency: 'USD', qualifier: 'approx' }, phrases: ['市值约一点二万亿美元', '市值約一點二兆美元', '市值约1.2万亿美元'] },
  { expect: { amount: '125000', currency: 'CNY' }, phrases: ['赔偿金十二点五万元', '赔偿金12.5万元'] },
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
    '（約折合3000億美元）', '（约折合3000亿美元）',
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
  { expect: { amount: '10000', currency: 'CNY', qualifier: 'range', max: '20000' }, phrases: ['装修要花一两万元', '裝修要花一兩萬元人民幣'] },
  { expect: { amount: '30000', currency: 'CNY', qualifier: 'range', max: '50000' }, phrases: ['罚款三五万元'] },
  { expect: { amount: '5.6', currency: 'CNY', qualifier: 'range', max: '5.78' }, phrases: ['股价在5.6到5.78元之间'] },

  // Amounts without a currency word, in a money sentence.
  { expect: { amount: '3839000000', currency: null }, phrases: ['科大讯飞研发投入为 38.39 亿', '研发投入38.39亿'] },
  { expect: { amount: '2170000000000', currency: null }, phrases: ['英伟达市值暴减2.17万亿', '市值缩水2.17万亿'] },
  { expect: { amount: '500000000', currency: null }, phrases: ['净利润5亿', '营收达5亿，同比增长', '融资5亿'] },

  { expect: { amount: '2000000000', currency: 'CNY', qualifier: 'over' }, phrases: ['研发投入超过二十多亿元', '研发投入二十多亿元'] },
  // Currencies of the Chinese-writing markets and beyond, after or before the figure.
  { expect: { amount: '5000', currency: 'MYR' }, phrases: ['违规者可被罚款5000令吉', '违规者可被罚款五千令吉', '違例者可被罰款5000令吉', '罚款马币5000元', '罰款RM5000', '罚款5,000林吉特', '罰款馬幣5千元'] },
  { expect: { amount: '200000000', currency: 'MYR' }, phrases: ['州政府拨款2亿令吉', '州政府撥款2億令吉', '政府拨出马币2亿元', '拨款RM2亿', '撥款RM 2億'] },
  { expect: { amount: '8000', currency: 'SGD' }, phrases: ['罚款8000新元', '罰款8000新幣', '罚款新币8000元', '罚款S$8000', '罚款8000新加坡元', '罰款8千星幣'] },
  { expect: { amount: '1500000', currency: 'SGD' }, phrases: ['赔偿150万新元', '賠償150萬新幣', '賠償新加坡幣150萬元', '赔偿新元150万'] },
  { expect: { amount: '50000', currency: 'MOP' }, phrases: ['罰款澳門幣五萬元', '罰款5萬澳門元', '罚款五万澳门元', '罰款MOP50,000', '罰款MOP$5萬', '罰款5萬葡幣', '罚款澳门币5万元', '罰款5萬元澳門幣'] },
  { expect: { amount: '3000000000', currency: 'KRW' }, phrases: ['罚款30亿韩元', '罚款30亿元韩币', '罰款30億韓圜', '罰款30億韓幣', '罚款30亿韩币', '罚款30亿韩圆'] },
  { expect: { amount: '2000000', currency: 'GBP' }, phrases: ['球會以200萬鎊簽下該名前鋒', '俱乐部以200万镑签下该前锋', '转会费200万英镑', '以£200萬簽下'] },
  { expect: { amount: '50000000000', currency: 'EGP' }, phrases: ['埃及政府宣布拨款500亿镑', '投资500亿埃及镑', '投資500億埃及鎊'] },
  { expect: { amount: '8500000', currency: 'EUR' }, phrases: ['转会费850万欧', '轉會費850萬歐', '以850万欧元签约', '轉會費€850萬', '转会费850万欧罗'] },
  { expect: { amount: '1000000', currency: 'USD' }, phrases: ['赔偿100万美圆', '賠償100萬美圓', '赔偿美金100万元', '賠償100萬美金'] },
  { expect: { amount: '2000000000', currency: 'HUF' }, phrases: ['投资20亿福林', '投資20億福林', '匈牙利政府拨款20亿匈牙利福林'] },
  { expect: { amount: '5000000000', currency: 'INR' }, phrases: ['投资50亿卢比', '投資50億盧比', '印度政府拨款50亿卢比', '投资50亿印度卢比'] },
  { expect: { amount: '5000000000', currency: 'IDR' }, phrases: ['印尼政府拨款50亿卢比', '投资50亿印尼盾', '投資50億印尼盾'] },
  { expect: { amount: '5000000000', currency: 'PKR' }, phrases: ['巴基斯坦政府拨款50亿卢比', '投资50亿巴基斯坦卢比', '巴基斯坦政府撥款50億盧比'] },
  { expect: { amount: '300000000', currency: 'THB' }, phrases: ['泰国政府拨款3亿泰铢', '泰國政府撥款3億泰銖', '撥款3億泰幣', '拨款฿3亿'] },
  { expect: { amount: '3.16', currency: 'MYR' }, phrases: ['汽油价格涨至三令吉十六仙', '汽油涨至3令吉16仙', '汽油涨至RM3.16'] },
  { expect: { amount: '2000000000000', currency: 'VND' }, phrases: ['投资2万亿越南盾', '投資2兆越南盾'] },
  { expect: { amount: '5000000', currency: 'PHP' }, phrases: ['菲律宾当局罚款500万比索', '菲律賓當局罰款500萬披索', '罚款500万菲律宾比索', '罰款₱500萬'] },
  { expect: { amount: '5000000', currency: 'MXN' }, phrases: ['墨西哥法院判赔500万比索', '罚款500万墨西哥比索'] },
  { expect: { amount: '5000000', currency: 'ARS' }, phrases: ['阿根廷政府罚款500万比索', '罰款500萬阿根廷披索'] },
  { expect: { amount: '5000000', currency: null }, phrases: ['罚款500万比索'] },
  { expect: { amount: '1000000000', currency: 'TRY' }, phrases: ['投资10亿里拉', '投資10億土耳其里拉', '土耳其政府撥款10億里拉'] },
  { expect: { amount: '1000000', currency: 'KWD' }, phrases: ['科威特政府拨款100万第纳尔', '撥款100萬科威特第納爾'] },
  { expect: { amount: '1000000', currency: 'QAR' }, phrases: ['卡塔尔政府拨款100万里亚尔', '撥款100萬卡塔爾里亞爾'] },
  { expect: { amount: '1000000', currency: 'MAD' }, phrases: ['摩洛哥政府拨款100万迪拉姆', '撥款100萬摩洛哥迪拉姆'] },
  { expect: { amount: '300000', currency: 'TWD' }, phrases: ['罰款新臺幣30萬元', '罰新台幣30萬元', '罰款30萬元新台幣', '罰款台幣30萬元', '罰款NT$30萬', '處新臺幣(下同)30萬元罰鍰', '處新臺幣（下同）30萬元罰鍰'] },
  { expect: { amount: '2000000', currency: 'AUD' }, phrases: ['投資200萬澳幣', '投资200万澳元', '投資澳幣200萬元', '投资A$200万'] },
  { expect: { amount: '15000000000', currency: 'JPY' }, phrases: ['以日幣150億元增資', '以日圓150億元增資', '以日元150亿元增资', '以150亿日元增资'] },
  { expect: { amount: '35', currency: 'HKD' }, phrases: ['香港茶餐廳奶茶加價至35蚊', '香港茶餐廳奶茶加價至35元'] },
  { expect: { amount: '500000', currency: 'NZD' }, phrases: ['投資50萬紐幣', '投资50万新西兰元', '投資50萬紐西蘭元'] },
  { expect: { amount: '0.12', currency: 'HKD', per: 'share' }, phrases: ['香港上市公司末期息每股12仙', '香港上市公司派末期息每股十二仙', '香港上市公司每股派息12港仙'] },
  { expect: { amount: '10000', currency: 'HKD' }, phrases: ['罰款10,000港紙', '罰款HK$10,000', '罰款HK＄10,000', '罰款港幣1萬元'] },

  // Capital numerals in notices and contracts, with 整/正, 零 inside, 拾/佰/仟/萬/億.
  { expect: { amount: '200000', currency: 'CNY' }, phrases: ['合同金额为人民币贰拾万元整', '合同金額為人民幣貳拾萬元整', '合同金额人民币200,000元整', '合同价款贰拾万圆整'] },
  { expect: { amount: '300', currency: 'TWD' }, phrases: ['新臺幣參佰元', '規費新臺幣叁佰元整', '新台幣300元'] },
  { expect: { amount: '1500', currency: 'CNY' }, phrases: ['押金壹仟伍佰元', '押金壹仟伍佰元整', '押金人民币1500元', '押金一千五百元'] },
  { expect: { amount: '1050', currency: 'CNY' }, phrases: ['人民币壹仟零伍拾元整', '人民币一千零五十元'] },
  { expect: { amount: '120300', currency: 'HKD' }, phrases: ['港幣壹拾貳萬零參佰元正', '港幣120,300元'] },
  { expect: { amount: '1234.5', currency: 'CNY' }, phrases: ['人民币壹仟贰佰叁拾肆元伍角', '人民币1234元5角'] },
  { expect: { amount: '1234567.89', currency: 'CNY' }, phrases: ['合计人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分', '合计￥1,234,567.89元', '合计人民币123万4567元8角9分'] },
  { expect: { amount: '300000000', currency: 'CNY' }, phrases: ['中标金额为人民币叁亿元整', '中标价人民币3亿元'] },
  // 角/毛/毫 and 分 alone after a named currency: no 元 before them and no price word needed.
  { expect: { amount: '0.5', currency: 'CNY' }, phrases: ['收据写明人民币伍角整', '找回人民币五角', '收據寫明人民幣伍角整'] },
  { expect: { amount: '0.05', currency: 'CNY' }, phrases: ['手续费人民币伍分', '手續費人民幣5分'] },
  { expect: { amount: '0.5', currency: 'HKD' }, phrases: ['收據列明港幣伍毫', '找贖港幣五毫'] },
  // A contract may leave out 元 when the yuan digit is 0, writing 零 in its place: 壹仟零伍角 = 1000.50.
  { expect: { amount: '1000.5', currency: 'CNY' }, phrases: ['货款人民币壹仟零伍角', '货款人民币壹仟元伍角', '貨款人民幣壹仟零伍角整'] },
  { expect: { amount: '20000.06', currency: 'CNY' }, phrases: ['押金人民币贰万元零陆分', '押金人民币贰万零陆分'] },

  // 角/毛 and 分, with or without 元/块 before them.
  { expect: { amount: '3.5', currency: 'CNY' }, phrases: ['菜价3元5毛', '一斤三块五', '一斤3块5', '三块五毛钱', '涨到三块五了'] },
  { expect: { amount: '0.5', currency: 'CNY' }, phrases: ['一个馒头涨了5毛钱', '涨了五毛钱', '票价上调5角', '便宜了5毛'] },
  { expect: { amount: '0.85', currency: 'CNY' }, phrases: ['白菜八毛五一斤', '白菜卖八毛五'] },
  // Spoken prices: 零 filling a gap, a 分 digit after 毛, 半, two neighbouring numerals, 块 to 块.
  { expect: { amount: '10.5', currency: 'CNY' }, phrases: ['一份早餐花了十块零五毛', '早点摊的煎饼卖10块零5毛'] },
  { expect: { amount: '3.05', currency: 'CNY' }, phrases: ['青菜一斤三块零五分', '青菜批发价3块零5分'] },
  { expect: { amount: '3.04', currency: 'CNY' }, phrases: ['白菜批发价三块〇四', '白菜批發價3塊零4在武漢'] },
  { expect: { amount: '2.08', currency: 'CNY' }, phrases: ['土豆零售价两块零八', '北京土豆零售價兩塊零八'] },
  { expect: { amount: '3.58', currency: 'CNY' }, phrases: ['鸡蛋卖到三块五毛八', '上海雞蛋賣到三塊五毛八'] },
  { expect: { amount: '3.5', currency: 'CNY' }, phrases: ['地铁票价三块半', '早餐一碗豆浆卖3块半'] },
  { expect: { amount: '2', currency: 'CNY', qualifier: 'range', max: '3' }, phrases: ['路边一瓶矿泉水卖两三块钱', '豆浆两三块一杯', '停车费两块到三块', '廣州停車費兩塊至三塊'] },
  { expect: { amount: '0.3', currency: 'CNY', qualifier: 'range', max: '0.4' }, phrases: ['白菜涨了三四毛钱'] },
  // A range in 角/毛 or 美分: the bare first figure is in the subunit too (2到3角 = 0.2 to 0.3).
  { expect: { amount: '0.2', currency: 'CNY', qualifier: 'range', max: '0.3', per: 'unit' }, phrases: ['青菜每斤涨了2到3角', '青菜每斤漲了二至三毛錢在瀋陽'] },
  { expect: { amount: '0.2', currency: 'CNY', qualifier: 'range', max: '0.3' }, phrases: ['鸡蛋涨了两到三毛', '雞蛋漲了2至3角在瀋陽'] },
  { expect: { amount: '0.2', currency: 'USD', qualifier: 'range', max: '0.3' }, phrases: ['美国汽油每加仑涨了20至30美分', '美國汽油每加侖漲了20到30美分'] },
  // 块 before the particle 了, in a sentence with a price.
  { expect: { amount: '2', currency: 'CNY' }, phrases: ['黄瓜现在卖2块了', '黄瓜现在卖两块了。'] },
  { expect: { amount: '100', currency: 'CNY', qualifier: 'approx' }, phrases: ['路边摊一顿饭一百来块钱', '一雙拖鞋一百來塊錢在北京'] },
  { expect: { amount: '3000', currency: 'USD', qualifier: 'approx' }, phrases: ['一块三千来美元的手表'] },
  // 来 between a round figure and its 万/亿: 十来万元 is "ten-odd ten thousand", about 100,000.
  { expect: { amount: '100000', currency: 'CNY', qualifier: 'approx' }, phrases: ['这场病花了家里十来万元', '修车又花了十来万块', '这场病花了家里十來萬元人民幣'] },
  { expect: { amount: '100000', currency: 'HKD', qualifier: 'approx' }, phrases: ['香港一名商人被騙去十來萬元'] },
  { expect: { amount: '200000', currency: 'USD', qualifier: 'approx' }, phrases: ['这辆跑车要二十来万美元', '這輛跑車要二十來萬美元'] },
  // 把 after a lone 千/万 before the currency: 万把块钱 is "ten thousand or so".
  { expect: { amount: '10000', currency: 'CNY', qualifier: 'approx' }, phrases: ['农民工一个月能挣万把块钱', '一个月能挣万把元'] },
  { expect: { amount: '1000', currency: 'CNY', qualifier: 'approx' }, phrases: ['修一次手机要花千把块', '修一次手機要花千把塊錢在北京'] },
  // One numeral and 元 stay money beside the words that make a name of them elsewhere (三元锂电池, 陈三元, 每张, 全程, 每周, 生姜).
  { expect: { amount: '3', currency: 'CNY' }, phrases: ['郑州公交票价三元', '生姜三元一斤', '涨了三元钱的三元锂电池', '廣州一碗湯三元'] },
  { expect: { amount: '1', currency: 'CNY' }, phrases: ['上海這張彩票一元', '一元路费都拿不出来', '临走给了小李一元。'] },
  { expect: { amount: '3', currency: 'CNY', per: 'week' }, phrases: ['会员费每周三元', '會員費每週三元在深圳'] },
  { expect: { amount: '1', currency: 'CNY', per: 'unit' }, phrases: ['门票每张一元', '門票每張一元在杭州'] },
  { expect: { amount: '2', currency: 'CNY' }, phrases: ['全程两元一票制', '两元区间的小商品', '北京地鐵全程兩元'] },
  // A digit after 块 that ends the figure is its 角, beside the measures that make it no price (一块6英寸屏幕).
  { expect: { amount: '1.8', currency: 'CNY' }, phrases: ['地摊上的手机壳卖一块8', '夜市手機殼賣一塊8在成都'] },
  // Hong Kong: 毫 is the 角 of its dollar, 蚊 the dollar.
  { expect: { amount: '0.2', currency: 'HKD' }, phrases: ['香港巴士車資每程加兩毫', '香港港鐵車費加價2毫'] },
  { expect: { amount: '0.3', currency: 'HKD' }, phrases: ['香港油公司宣布汽油加價3毫'] },
  // A digit then a counter after 蚊 or 块 counts the things, not a 毫: 15蚊1個 is fifteen dollars for one.
  { expect: { amount: '15', currency: 'HKD' }, phrases: ['香港街市菠蘿包15蚊1個', '香港茶餐廳加收15蚊1位'] },

  { expect: { amount: '11.5', currency: 'HKD' }, phrases: ['香港小巴車費加至十一蚊半', '香港小巴車費加至11蚊5毫'] },
  { expect: { amount: '5.6', currency: 'HKD' }, phrases: ['香港街市菜心五蚊六毫一斤'] },
  { expect: { amount: '35', currency: 'HKD' }, phrases: ['茶餐廳奶茶加價至35蚊', '茶餐厅奶茶加价至35蚊'] },
  { expect: { amount: '35', currency: 'MOP' }, phrases: ['澳門茶餐廳奶茶加價至35蚊'] },
  { expect: { amount: '2', currency: 'HKD', qualifier: 'range', max: '3' }, phrases: ['香港街市菜心兩三蚊一斤'] },
  // k/K for a thousand in salaries and start-up copy; M for a million before a currency word.
  { expect: { amount: '8000', currency: null, per: 'month' }, phrases: ['应届生月薪8K', '應屆生月薪8k'] },
  { expect: { amount: '15000', currency: null, per: 'month', qualifier: 'range', max: '20000' }, phrases: ['招聘启事写明月薪15k-20k', '招聘啟事寫明月薪15K至20K'] },
  { expect: { amount: '500000', currency: 'USD' }, phrases: ['种子轮融资500K美元', '種子輪融資500K美元'] },
  // w/W for 万 and k alone, only beside a pay word.
  { expect: { amount: '200000', currency: null, per: 'year' }, phrases: ['这个岗位年薪20W', '該職位年薪20W', '年薪20w，另有年终奖'] },
  { expect: { amount: '15000', currency: null, per: 'month', qualifier: 'range', max: '20000' }, phrases: ['运营主管月薪1.5w-2w', '營運主管月薪1.5W至2W'] },
  { expect: { amount: '5000', currency: null }, phrases: ['销售岗底薪5k，提成另算', '銷售崗底薪5K，另有獎金'] },
  { expect: { amount: '500', currency: 'CNY' }, phrases: ['他跑了10K，获得奖金500元', '完成10k，获得奖金500元'] },
  // A count or a date before a figure is no member of a list with it.
  { expect: { amount: '5000000000', currency: 'CNY' }, phrases: ['2号和3号线投资50亿元', '新开门店3家和投资50亿元', '二号和三号线投资50亿元'] },
  { expect: { amount: '2000000', currency: 'USD' }, phrases: ['公司估值2M美元'] },
  // 负 as a minus sign after 为/是/至 or a break.
  { expect: { amount: '-320000000', currency: 'CNY' }, phrases: ['公司净利润为负3.2亿元', '經營現金流：負3.2億元人民幣'] },
  // Pence and cents after the currency they divide.
  { expect: { amount: '0.2', currency: 'GBP' }, phrases: ['伦敦地铁单程票上调20便士', '倫敦地鐵單程票上調20便士'] },
  { expect: { amount: '3.5', currency: 'GBP' }, phrases: ['伦敦一杯咖啡卖3英镑50便士', '倫敦一杯咖啡賣3英鎊50便士'] },
  { expect: { amount: '3.09', currency: 'USD' }, phrases: ['美国汽油均价每加仑三美元又九美分', '美國汽油均價每加侖3美元9美分'] },
  { expect: { amount: '1.25', currency: 'EUR' }, phrases: ['德国面包涨到1欧元25欧分'] },
  { expect: { amount: '2.8', currency: 'CNY' }, phrases: ['两元八毛', '卖两块八', '2元8角'] },
  { expect: { amount: '0.1', currency: 'CNY' }, phrases: ['公交票价上调1角', '涨了一毛钱'] },
  { expect: { amount: '0.05', currency: 'CNY' }, phrases: ['5分钱', '一根冰棍五分钱'] },
  { expect: { amount: '0.01', currency: 'CNY', per: 'unit' }, phrases: ['居民用电每度涨了一分钱', '上海居民用電每度漲了一分錢'] },
  { expect: { amount: '5.35', currency: 'CNY' }, phrases: ['5元3角5分', '五元三角五分'] },

  // Abbreviated thousands (6萬9 = 69,000), spaced numerals, 廿 and 卅.
  { expect: { amount: '69000', currency: null }, phrases: ['这辆车售价6万9', '新車售價6萬9', '新车售价6.9万'] },
  { expect: { amount: '35000', currency: null, per: 'month' }, phrases: ['月薪3万5', '月薪3萬5', '月薪3.5万'] },
  { expect: { amount: '12000', currency: 'CNY' }, phrases: ['奖金1万2千元', '奖金一万二千元', '奖金一万两千元', '奖金12000元'] },
  { expect: { amount: '12000', currency: 'HKD' }, phrases: ['香港公司派發獎金1萬2千元', '香港公司派發獎金一萬二千元'] },
  { expect: { amount: '230000000', currency: null }, phrases: ['估值2亿3', '估值2.3亿'] },
  { expect: { amount: '3500', currency: 'CNY' }, phrases: ['售价3 千 5 百 元', '售价 3 千 5 百元', '售价三千五百元', '售价3千5百元'] },
  { expect: { amount: '25', currency: 'CNY' }, phrases: ['门票廿五元', '门票二十五元'] },
  { expect: { amount: '300000', currency: 'HKD' }, phrases: ['香港賽馬會獎金卅萬元', '香港賽馬會獎金30萬港元'] },

  // Amounts in 万/亿 with no currency word, in a sentence about money.
  { expect: { amount: '7000000', currency: null }, phrases: ['北京共捐700万', '该市共募集善款700万', '获赔偿700万', '罰款700萬', '工资总额700万', '这套房子的成交价700万', '中标金额700万', '拍卖会以700万落槌'] },
  { expect: { amount: '3000000', currency: null }, phrases: ['違者可罰300萬', '违者可罚300万'] },
  // Robbery and fraud: what was taken is money, whatever its currency.
  { expect: { amount: '600000', currency: null }, phrases: ['匪徒洗劫豪宅，劫走60万', '老翁被骗走60万', '長者被騙60萬', '金铺遭抢走60万', '公司账户被盗走60万'] },
  { expect: { amount: '8000000', currency: null }, phrases: ['單位以800萬沽出', '該單位以800萬易手', '该物业以800万售出'] },
  { expect: { amount: '12000', currency: null, per: 'unit' }, phrases: ['樓價跌至每呎1.2萬', '新盤呎價1.2萬/呎'] },
  { expect: { amount: '35800000', currency: null }, phrases: ['全年票房3580萬', '租金收入3580萬', '預算3580萬', '贷款3580万', '薪酬总额3580万'] },
  { expect: { amount: '8000', currency: null, qualifier: 'range', max: '12000', per: 'month' }, phrases: ['月薪8千-1.2万', '月薪8000至1.2万', '月薪8千到1萬2'] },
  { expect: { amount: '900000', currency: null, qualifier: 'approx' }, phrases: ['首付三成，约90万', '首期約90萬'] },
  { expect: { amount: '50000000', currency: null, qualifier: 'approx' }, phrases: ['合同金额约5000万', '預算約5000萬', '造价约5000万', '税款约5000万'] },

  // Ranges and alternatives ("A或B" is the range they span).
  { expect: { amount: '3000', currency: 'CNY', qualifier: 'range', max: '10000' }, phrases: ['奖金三千元至一万元', '奖金3000元至1万元', '奖金3000至10000元', '奖金3000-10000元', '奖金三千到一万元'] },
  { expect: { amount: '700000', currency: 'CNY', qualifier: 'range', max: '800000' }, phrases: ['投入70或80万元', '投入70至80万元', '投入70万到80万元', '投入七十或八十万元'] },
  { expect: { amount: '700000', currency: 'HKD', qualifier: 'range', max: '800000' }, phrases: ['香港政府預計投入70至80萬元', '香港政府預計投入70或80萬港元'] },
  { expect: { amount: '50000000', currency: 'CNY', qualifier: 'range', max: '100000000' }, phrases: ['捐赠5000万元至1亿元', '捐款五千万元到一亿元', '捐款5000万至1亿元'] },
  { expect: { amount: '30', currency: 'CNY', qualifier: 'range', max: '50' }, phrases: ['门票30-50元', '门票30至50元', '门票30元到50元', '门票30或50元'] },
  { expect: { amount: '0.5', currency: 'CNY', qualifier: 'range', max: '0.8', per: 'share' }, phrases: ['每股派息0.5至0.8元', '每股派息0.5元至0.8元'] },
  { expect: { amount: '10000', currency: 'CNY', qualifier: 'range', max: '20000' }, phrases: ['罚款1万到2万元', '罚款1万元至2万元', '罚款一万至两万元'] },
  { expect: { amount: '50000', currency: 'MOP', qualifier: 'range', max: '600000' }, phrases: ['可處澳門幣五萬元至60萬元罰款', '可处澳门币5万元至60万元罚款', '可處5萬至60萬澳門元罰款', '可處MOP5萬至60萬罰款'] },
  { expect: { amount: '30000', currency: 'TWD', qualifier: 'range', max: '150000' }, phrases: [
    '處新臺幣3萬元以上15萬元以下罰鍰', '處新臺幣三萬元以上十五萬元以下罰鍰', '處新臺幣3萬至15萬元罰鍰', '處新台幣3萬元至15萬元罰鍰',
  ] },
  { expect: { amount: '30000', currency: 'CNY', qualifier: 'range', max: '150000' }, phrases: ['处人民币3万元以上15万元以下罚款', '处3万元以上15万元以下的罚款'] },
  // 万/亿 alone: "万余元", "上万元", "过亿元", "破千元".
  { expect: { amount: '10000', currency: 'CNY', qualifier: 'over' }, phrases: ['老人被骗走万余元', '装修花了上万元', '维修费用过万元', '损失一万余元', '北京一桌年夜饭破万元'] },
  { expect: { amount: '100000000', currency: 'CNY', qualifier: 'over' }, phrases: ['公司营收过亿元', '公司營收逾億元人民幣', '项目投资超亿元'] },
  { expect: { amount: '100000000', currency: null, qualifier: 'over' }, phrases: ['电影票房破亿', '電影票房已過億'] },
  // A statute's "at least A, less than B": 以上 then 不满/不足/未满.
  { expect: { amount: '5000', currency: 'CNY', qualifier: 'range', max: '50000' }, phrases: ['受贿数额在5000元以上不满5万元的', '挪用公款五千元以上不足五万元的', '受賄數額在5000元以上不滿5萬元的，在北京'] },
  { expect: { amount: '10000', currency: 'TWD', qualifier: 'range', max: '30000' }, phrases: ['處新臺幣1萬元以上未滿3萬元罰鍰', '處新台幣一萬元以上不足三萬元之罰鍰'] },
  { expect: { amount: '50000', currency: 'CNY', qualifier: 'under' }, phrases: ['罚款不满5万元的案件', '罰款不滿5萬元人民幣'] },
  { expect: { amount: '70000000', currency: 'EUR', qualifier: 'range', max: '80000000' }, phrases: ['转会费7000或8000万欧元', '转会费7000万至8000万欧元', '轉會費7000萬至8000萬歐元'] },

  { expect: { amount: '1500', currency: 'HKD', qualifier: 'range', max: '3000' }, phrases: ['公屋租金由HK$1,500至HK$3,000不等', '公屋租金由1,500港元至3,000港元不等', '公屋租金由港幣1,500元至港幣3,000元不等'] },
  { expect: { amount: '30000', currency: 'CNY', qualifier: 'range', max: '50000' }, phrases: ['罚款人民币3万元至人民币5万元', '罚款人民币3万元至5万元', '罚款3万元人民币至5万元人民币'] },
  { expect: { amount: '200000000', currency: null }, phrases: ['这笔生意赔了2个亿', '这笔生意亏了两个亿'] },

  // Prices per unit.
  { expect: { amount: '30000', currency: 'CNY', per: 'unit' }, phrases: ['房价3万元/平方米', '均价3万元/平米', '每平方米3万元'] },
  { expect: { amount: '12', currency: 'CNY', per: 'unit' }, phrases: ['猪肉12元/斤', '每斤12元', '12元/公斤'] },
  // 八角 is star anise in a farm-price report, not 0.8 yuan.
  { expect: { amount: '30', currency: 'CNY', per: 'unit' }, phrases: ['八角每斤三十元', '八角批发价每斤30元', '广西八角批發價每斤30元'] },
  { expect: { amount: '31.5', currency: 'CNY', per: 'unit' }, phrases: ['后腿肉零售价31.5元/500克', '食用油31.5元/5升', '每500克31.5元'] },
  { expect: { amount: '51.2', currency: 'TWD', per: 'unit' }, phrases: ['台北果菜市場高麗菜每公觔51.2元', '台北果菜市場高麗菜51.2元/公觔'] },
  { expect: { amount: '0.07', currency: 'CNY' }, phrases: ['蔬菜均价较上周下降7分', '鸡蛋价格比上周涨了7分', '菜价下调7分钱'] },
  { expect: { amount: '150000', currency: 'CNY', qualifier: 'over' }, phrases: ['新车售价15万元起', '新车起售价15万元以上', '新车售价15万元起步'] },
  { expect: { amount: '8', currency: 'CNY', qualifier: 'over' }, phrases: ['菠菜卖到了8元多', '菠菜卖到了8块多', '菠菜卖到8元以上'] },

  // A fee table headed 收費(港幣), then $ figures: the heading's currency is the lead's country decision.
  { expect: { amount: '50', currency: 'HKD' }, phrases: ['收費(港幣)：成人$50', '收费（港币）\n成人 $50', '泳池收費 (單位：港元)\n全日 $50', '停車場收費（HK$）\n日泊 $50'] },
  { expect: { amount: '120', currency: 'MOP' }, phrases: ['門票（澳門幣）：成人120元', '票价（澳门元）：成人120元'] },
  { expect: { amount: '350', currency: 'TWD', per: 'unit' }, phrases: ['票價(單位：新臺幣元)\n每張350元', '票价（单位：新台币）每张350元'] },
  { expect: { amount: '120', currency: 'MOP', per: 'person' }, phrases: ['入場費(MOP)：每位$120'] },
  { expect: { amount: '2000', currency: 'SGD' }, phrases: ['课程收费（新元）：会员$2000', '課程收費（新幣）：會員$2000'] },
  // A table row's number, a space, then the symbol: the figure is the symbol's, not the row number's.
  { expect: { amount: '2650', currency: 'MOP' }, phrases: ['津貼金額（澳門元）\n\n1 $2,650', '家團人數 金額(澳門幣)\n2 $2,650', '援助金金额（澳门元）\n3 $ 2,650'] },
  { expect: { amount: '2650', currency: 'HKD' }, phrases: ['收費(港幣)\n\n1 $2,650', '香港房屋委員會租金表\n\n2 $2,650'] },
  // Macau copy writes $ for the pataca.
  { expect: { amount: '3360', currency: 'MOP' }, phrases: ['澳门社会工作局发放援助金，一人家团$3,360', '澳門社工局向一人家團發放$3,360'] },
  // A heading reaches its table only: after a paragraph of prose a bare $ is decided as usual (USD here).
  { expect: { amount: '30', currency: 'USD' }, phrases: ['收費(港幣)\n另據美聯社報道，紐約博物館門票$30。'] },

  // A named currency before a symbol, or before a qualifier: 港幣$50, 人民幣約3,000元.
  { expect: { amount: '50', currency: 'HKD' }, phrases: ['入場費為港幣$50', '門票港幣 $50', '入场费港币$50'] },
  { expect: { amount: '300', currency: 'CNY' }, phrases: ['售价人民币¥300', '售價人民幣￥300'] },
  { expect: { amount: '100', currency: 'MOP' }, phrases: ['入場收費澳門幣$100'] },
  { expect: { amount: '3000', currency: 'CNY', qualifier: 'approx' }, phrases: ['賠償人民幣約3,000元', '赔偿人民币约3000元'] },
  { expect: { amount: '200000000', currency: 'HKD', qualifier: 'over' }, phrases: ['工程耗資港幣逾2億元', '工程耗资港币超过2亿元'] },
  { expect: { amount: '500000000', currency: 'TWD', qualifier: 'approx' }, phrases: ['工程經費新臺幣約5億元', '工程經費約新臺幣5億元'] },

  // Macau by its police, courts and districts; a mainland story by the platforms only the mainland uses, whatever its script.
  { expect: { amount: '500000', currency: 'MOP' }, phrases: ['司警指，事主被騙五十萬元', '初級法院判處被告賠償50萬元', '黑沙環一名婦人被騙50萬元'] },
  { expect: { amount: '100000000', currency: 'CNY' }, phrases: ['京東前高管宣布再捐1億元', '淘寶店主被判賠償1億元', '他在微博表示將捐出1億元'] },

  // "3、4千元": a figure, 、, and the next one up carrying the unit and the currency, "three or four thousand".
  { expect: { amount: '3000', currency: 'TWD', qualifier: 'range', max: '4000' }, phrases: ['雲林菜農說，一箱高麗菜以前能賣3、4千元', '台南一桌年菜要價3、4千元'] },
  { expect: { amount: '700000', currency: 'HKD', qualifier: 'range', max: '800000' }, phrases: ['香港一個單位裝修要花70、80萬元', '港府估計每年開支70、80萬元'] },
  { expect: { amount: '20000', currency: 'CNY', qualifier: 'range', max: '30000' }, phrases: ['装修要花两、三万元', '一台二手车卖2、3万元'] },
  // A currency in a bracket right after a bare figure is that figure's: 罰款8,000元（港幣）, 5万8000元(新币,下同;约…).
  { expect: { amount: '58000', currency: 'SGD' }, phrases: ['她替儿子垫付了5万8000元(新币,下同)房贷', '替兒子墊付5萬8000元（新幣）房貸', '他向朋友借了5万8000元（新元）'] },
  { expect: { amount: '8000', currency: 'HKD' }, phrases: ['被告認罪，被判罰款8,000元（港幣）', '被告认罪，被判罚款8000元（港币，下同）', '判罰8000元(港元)'] },
  { expect: { amount: '3000', currency: 'MOP' }, phrases: ['事主被騙去3,000元（澳門幣，下同）', '事主被骗3000元(澳门元)'] },
  { expect: { amount: '1200', currency: 'TWD' }, phrases: ['門票售1200元（新臺幣，下同）', '規費1,200元(新台幣)'] },
  { expect: { amount: '500', currency: 'MYR' }, phrases: ['小贩被开出500元(马币)罚单', '攤販被開出500元（令吉）罰單'] },

  // Hong Kong courts by their own names decide a bare 元 in Traditional copy (Macau's are 初級法院, Taiwan's 地方法院).
  { expect: { amount: '6000', currency: 'HKD' }, phrases: ['被告在觀塘裁判法院被判罰款6,000元', '男子在區域法院被判賠償6000元', '司機認罪，被判監兩星期及罰款6000元'] },
  // A Simplified edition of a Hong Kong outlet writing about its own city: the address and the text decide together.
  { expect: { amount: '4500', currency: 'HKD' }, url: 'https://std.stheadline.com/sc/realtime/article/1', phrases: ['被告于观塘裁判法院认罪，被判罚款4,500元', '旺角一间食肆违规，负责人被罚4500元'] },
  { expect: { amount: '4500', currency: 'CNY' }, url: 'https://www.takungpao.com/news/1', phrases: ['广州一间食肆违规，负责人被罚4500元', '一间食肆违规，负责人被罚4500元'] },
  // 區縣 is the mainland's word in Traditional copy too: not Taiwan's 縣.
  { expect: { amount: '11.95', currency: 'CNY', per: 'unit' }, phrases: ['各區縣鮮豬肉零售均價11.95元/500克', '本市各區縣豬肉均價每500克11.95元'] },

  // A bracket naming the currency right after a 万/亿 figure with no currency word (and 下同 for what follows).
  { expect: { amount: '10000', currency: 'MOP', per: 'person' }, phrases: ['現金分享每名永久居民發放1萬(澳門幣，下同)', '现金分享每名永久居民发放1万（澳门元，下同）'] },
  { expect: { amount: '30000', currency: 'SGD' }, phrases: ['法庭判他罚款3万（新币）', '法庭判他罰款3萬(新幣)'] },
  // 本周均价 is this week's average price, not a price per week.
  { expect: { amount: '3.2', currency: 'CNY' }, phrases: ['鸡蛋本周均价3.2元，环比上涨', '鸡蛋本月均价3.2元，环比上涨'] },
  // A period's average of a unit price is per the unit: 周均价每公斤.
  { expect: { amount: '23.1', currency: 'CNY', per: 'unit' }, phrases: ['猪肉批发市场周均价每公斤23.1元', '豬肉批發市場週均價每公斤23.1元人民幣'] },
  // 半 before 万/亿: half of the unit.
  { expect: { amount: '50000000', currency: 'CNY' }, phrases: ['法院判处罚款半亿元', '法院判處罰款半億元人民幣', '罚款人民币半亿元'] },
  { expect: { amount: '50000000', currency: 'USD', qualifier: 'over' }, phrases: ['融资逾半亿美元', '融資超過半億美元'] },
  { expect: { amount: '5000', currency: null, per: 'month' }, phrases: ['月租金半萬', '每月租金半万'] },
  // 千万/千萬 before a verb is the adverb "by all means": only the amount later in the sentence is money.
  { expect: { amount: '3000000', currency: 'HKD' }, phrases: ['朋友勸他千萬別再借錢，他已欠下300萬港元', '親友千萬不要再借錢給他，他已欠下三百萬港元'] },
  { expect: { amount: '3000000', currency: 'CNY' }, phrases: ['千万不要轻信高回报，他已被骗走300万元', '民警提醒千万别转账，老人已被骗300万元'] },
  { expect: { amount: '3000000', currency: 'TWD' }, phrases: ['警方呼籲民眾千萬要當心，一名婦人被騙走新臺幣300萬元', '千萬記得查證，受害人已匯出新台幣300萬元'] },
  { expect: { amount: '3000000', currency: 'SGD' }, phrases: ['律师提醒千万记住合约条款，他最终赔偿300万新元'] },
  { expect: { amount: '3000000', currency: 'MYR' }, phrases: ['千万小心投资骗局，受害者共损失300万令吉', '千萬小心投資騙局，受害者共損失300萬令吉'] },
  // 千万/千萬 as a figure with no numeral: with a currency word, or a money word before it.
  { expect: { amount: '10000000', currency: 'CNY' }, phrases: ['火灾造成损失千万元', '开发商推出千万元豪宅'] },
  { expect: { amount: '10000000', currency: 'TWD' }, phrases: ['建商推出千萬元豪宅，位於台北信義區'] },
  { expect: { amount: '10000000', currency: null }, phrases: ['砸下千萬打造旗艦店', '公司砸下千万布局新能源', '这笔贷款千万', '他身家千萬', '損失千萬可不是小數目', '赔了千万也不是小事'] },
  { expect: { amount: '1000000', currency: null, qualifier: 'range', max: '10000000' }, phrases: ['单笔投资金额从百万到千万不等', '單筆投資金額從百萬到千萬不等'] },
  // Overspending is money: a scaled figure after 超支 with no currency word is an amount whose currency the text has not named.
  { expect: { amount: '30000000', currency: null }, phrases: ['新馆工程超支3000万，审计报告点名。', '地鐵工程超支3000萬，議員要求交代。'] },
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
  '下午三点五十分开会', '凌晨一點二十分發生事故', '三点五十万人参加活动',
  '这件事跟他没有一毛钱关系', '這件事跟他沒有一毛錢的關係', '他辛苦一年没拿到一分钱', '一分钱也没花', '老闆一毛錢都不給', '八角茴香的产地', '工地上有万把人', '这件事他有千万把握', '广场上来了十来万人', '他拿了两块了。', '桌上只剩两块了', '找零人民币', '商家推出零元购活动', '他在十元店工作', '两元店的商品', '開了一家十元店', '投资建设100兆瓦光伏电站', '投資興建100兆瓦太陽能電廠', '投资建设三千万千瓦机组', '网速达到100兆',
  '２０２３，２０２４年营收均增长', '第１，２名获奖',
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
  // One unit worth so much of another: a rate (Malaysian, Taiwanese, mainland copy).
  '（1美元約合4.65令吉）',
  '1美元约合32.5新台币',
  '100日元约合4.8元人民币',
  '以1欧元=7.8元人民币计算',
  '1新元相當於5.4元人民幣',
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
  // Breeds, names, idioms, maths: 元 that is no money.
  '二元母猪存栏量回升', '引進二元母豬', '一元复始，万象更新', '解一元二次方程', '城乡二元结构', '家住三元里', '三元桥附近', '2024元旦假期',
  '第3单元', '企业走向多元化',
  // One numeral and 元 that name a thing: battery chemistry, a catalyst, binary options, an exam title, brands, places, people.
  '新车搭载三元锂电池', '這款車用的是三元鋰電池', '三元材料价格回落', '三元正極材料出貨量增長', '三元前驱体产能扩张', '更换三元催化器',
  '更換三元催化器的車主', '二元期权平台涉嫌诈骗', '二元期權騙局', '他考中了三元及第', '三元牛奶股价走低', '三元股份发布公告',
  '福建三明市三元区', '三明市三元區政府', '家住三元镇', '上海一元路口发生车祸', '陳三元當選村長', '村主任李一元表示', '张一元茶庄的老店',
  '張一元茶莊門口排隊', '定義不妨一元各表', '风水讲究三元九运', '动力电池分铁锂和三元两条路线', '先是铁锂主导期，后是三元反超期', '動力電池分為三元和磷酸鐵鋰兩種',
  // 块 counting things, then a digit of a measure: no 角.
  '新机配备一块6英寸屏幕', '新機配備一塊6吋螢幕', '后置三块5倍长焦镜头', '後置三塊5倍長焦鏡頭', '桌上摆着两块3斤重的石头', '一块8核处理器',
  '兩塊2公斤的鐵板', '坚持每天走1万步，健身花费不多', '每天走1萬步，健身花費不多',
  // 块, 毛, 角, 分 that are no money.
  '我们一块去吃饭', '获得三块金牌', '把蛋糕切成三块', '比赛得了5分', '等了5分钟', '冰山一角', '五角大楼发言人', '三毛的作品', '一毛不拔',
  '他们在两块地上种菜', '一块石头砸中了车', '桌上有两块零件', '切了三块半月饼', '捡到两三块石头', '他得了两三分', '跑完只用了五分半',
  '充电功率65W，续航提升', '這款燈泡20W，亮度足夠', '他跑完了10K', '拍摄4K视频的成本', '住在5K公寓', '购买4K电视', '来了一百来人', '搬来十来块石头', '把西瓜切成两块半', '价格上没有一丝一毫的优势', '辐射剂量10毫西弗，检测费用另计',   '降雨量三毫米', '毫无疑问', '反应时间慢了5毫秒', '等了一个半小时', '兩塊地相距三公里', '球賽還剩兩分半',
  // Counts, not money, however much money the sentence talks about.
  '观看人数达3580萬', '用户700万，营收增长', '用户8千-1.2万，营收增长', '全市人口700万，财政预算增加', '吸引访客3580萬人次', '销量200万辆，营收增长', '发行3亿股募资',
  '播放量突破1亿', '粉丝300万', '约850万欧洲游客',
  // Exchange rates, index points, codes, phone and case numbers.
  '人民币对美元汇率中间价报7.1', '1美元兑人民币7.2元', '欧元兑美元报1.08', '美元兑日圆升至150', '上证指数涨30点', '恒指收報2萬點',
  '八仙过海', '买了一张八仙桌', '比分上涨了7分', '领先对手7分', '排名下降了3分',
  '全国有半亿人口', '半亿网民', '一半亿元的说法', '美元(USD)匯率走強',
  '热线电话12345', '(2024)京0105民初12345号', '股票代码600519', '人民币7月存款', '港元3月表现',
  // A rate quoted at so many 元, and its move: not amounts, in any market's copy.
  '人民币兑美元汇率中间价报7.1856元', '人民幣兌美元中間價報7.1856元', '在岸人民币兑美元收报7.2630元', '離岸人民幣兌美元一度跌至7.35元',
  '新台幣兌美元終場收在32.51元', '美元兌新台幣收在32.5元，升值1.2角', '美元兑港元报7.82元', '港元兌美元匯率為7.8元',
  '新元兑美元报1.34元', '令吉兌美元收在4.47元', '人民币对美元中间价调升至7.10元', '人民币中间价报7.1856元，兑1美元', '日圓報150.2，兌1美元',
  // 万/亿 alone is no figure without 余/多 after it or 上/逾/过/破 before it; 万元户 is a household.
  '黑客盗走3万人的个人资料', '骗子骗走3万人的信任',
  '村里第一个万元户', '萬元戶的年代', '亿元级别的基金', '经过3年的努力',
  // Lists with 、 that are no range: a figure that does not follow the one before, or a longer list.
  '第3、4季营收增长', '编号3、5号展位', '在1、2楼开设门店',
  // Lists that are no money: counts, percentages, visitor counts, clause numbers, a score.
  '三所学校分别录取3、5和7名学生', '三家银行净利分别增长3%、5%和7%', '三個景點分別接待1.2、3.4和5.6萬人次', '违反第3、5和7条规定',
  '主隊以3比2擊敗對手', '兩所學校分別錄取30、50及70名新生',
  '三名股东分别持股3、5和8万股', '三名股東分別持有3、5及8萬股', '分别从3万人增至5万人',
  // A count after the last figure makes the whole list counts, however much money the sentence talks about.
  '今年旅游收入增长，三地分别接待3亿、5亿和7亿人次', '營收增長之際，三地旅客分別為3億、5億及7億人次',
  // 角 then a count of coins: two kinds, not 0.52.
  '澳门硬币有1角和5角两种', '市面上流通的5角三种版本',
  // 千万/萬萬 the adverb, scale words in idioms and titles: no figure.
  '千萬不要借錢給陌生人', '千万别把存款交给陌生人', '投资者千万要当心高息诱惑', '千萬記住：投資要小心', '大家千万小心电信诈骗',
  '借钱给朋友千万不能心软', '理财千万一定要三思', '貸款前千萬三思', '萬萬不可借錢給他', '万万没想到他欠了这么多钱',
  '他的年薪已进入千万俱乐部', '球員年薪躋身千萬俱樂部', '中了彩票就能成为百万富翁吗', '他夢想成為百萬富翁', '这位千万富翁捐了很多钱',
  '亿万富翁的财富排行', '资金缺口十万火急', '投資報酬與期望差了十萬八千里', '成千上万的股民亏了钱', '成千上萬的投資者虧損',
  '万一贷款还不上怎么办', '萬一還不起貸款', '有一万个理由不还钱', '千千万万的家庭收入增长', '投资万无一失的说法不可信', '亿万年前的化石价值连城',
  '这次损失数以千万计', '損失以千萬計', '投資人千萬、千萬別碰高息存款', '民警提醒千万、千万别借钱给陌生人',
  // Goals beside money words in football copy: 球 is no slang million here.
  '涉賣波球員收錢後故意輸兩球', '港隊以一球之差落敗，每名球員獎金照發', '球队赢了三球，老板发奖金',
];

/**
 * Figures that share what one of them names, grouped by the facts they must produce: the
 * scale and currency of the figure that closes a list (分别为1.2、3.4和5.6亿元), the currency
 * named at its start (人民币3亿、5亿及7亿), and a change from one figure to another
 * (由3万增至5万元). Each member keeps its own span.
 */
export const ZH_MONEY_LISTS: MoneyListExample[] = [
  // Mainland: the closing 亿元 is every member's.
  { expect: [{ amount: '120000000', currency: 'CNY', text: '1.2' }, { amount: '340000000', currency: 'CNY', text: '3.4' }, { amount: '560000000', currency: 'CNY' }], phrases: [
    '三家券商去年营收分别为1.2、3.4和5.6亿元', '三家券商去年營收分別為1.2、3.4及5.6億元人民幣', '三家券商营收1.2、3.4和5.6亿元，均创新高',
  ] },
  { expect: [{ amount: '120000000', currency: 'CNY', text: '1.2亿' }, { amount: '340000000', currency: 'CNY', text: '3.4亿' }, { amount: '560000000', currency: 'CNY' }], phrases: [
    '三家券商营收依次为1.2亿、3.4亿和5.6亿元', '三家券商营收依次为1.2亿、3.4亿以及5.6亿元',
  ] },
  { expect: [{ amount: '30000', currency: 'CNY' }, { amount: '50000', currency: 'CNY' }, { amount: '80000', currency: 'CNY' }], phrases: [
    '三名司机分别被罚款3万、5万和8万元', '对三家企业分别处以3万元、5万元和8万元罚款', '三名司机分别被罚款3、5和8万元',
  ] },
  { expect: [{ amount: '129800', currency: 'CNY', text: '12.98' }, { amount: '159800', currency: 'CNY' }], phrases: ['两款新车售价分别为12.98、15.98万元', '两款新车售价分别为12.98和15.98万元'] },
  { expect: [{ amount: '800', currency: 'CNY' }, { amount: '1000', currency: 'CNY' }], phrases: ['今明两年的补贴标准分别为800和1000元'] },
  // A figure in digits alone stays as written when the closing scale would make it a thousand times too big.
  { expect: [{ amount: '5000', currency: 'CNY', text: '5000' }, { amount: '8000', currency: 'CNY' }, { amount: '10000', currency: 'CNY' }], phrases: ['3名员工分别获得5000、8000和1万元奖金'] },
  // A currency named at the start of the list.
  { expect: [{ amount: '300000000', currency: 'CNY' }, { amount: '500000000', currency: 'CNY', text: '5亿' }, { amount: '700000000', currency: 'CNY', text: '7亿' }], phrases: [
    '公司将分三期发行人民币3亿、5亿及7亿',
  ] },
  { expect: [{ amount: '300000000', currency: 'CNY' }, { amount: '500000000', currency: 'CNY' }, { amount: '700000000', currency: 'CNY' }], phrases: ['公司將分三期發行人民幣3億元、5億元及7億元'] },
  { expect: [{ amount: '380', currency: 'CNY' }, { amount: '580', currency: 'CNY' }, { amount: '880', currency: 'CNY', text: '880' }], phrases: [
    '演唱会三档票价分别为人民币380元、580元和880', '演唱會三檔票價分別為人民幣380元、580元及880',
  ] },
  // A count after a member is no amount: 人民币3000元和8000人.
  { expect: [{ amount: '3000', currency: 'CNY' }, { amount: '5000', currency: 'CNY' }], phrases: ['两项奖励分别为人民币3000元、5000元和8000人次的名额'] },
  // A date or a count before the list is none of it.
  { expect: [{ amount: '300000000', currency: 'CNY' }, { amount: '500000000', currency: 'CNY' }], phrases: ['2023年和2024年营收分别为3亿元和5亿元', '2023、2024年营收分别为3亿和5亿元'] },
  // A change from one figure to another: the first takes the second's scale and currency.
  { expect: [{ amount: '30000', currency: 'CNY', text: '3万' }, { amount: '50000', currency: 'CNY' }], phrases: [
    '单位成本由3万增至5万元', '单位成本从3万提高到5万元',
  ] },
  { expect: [{ amount: '30000', currency: 'CNY', text: '3' }, { amount: '50000', currency: 'CNY' }], phrases: ['单位成本由3增至5万元'] },
  { expect: [{ amount: '30000', currency: 'CNY', text: '人民幣3萬' }, { amount: '50000', currency: 'CNY' }], phrases: ['單位成本由人民幣3萬調高至5萬元'] },
  // Taiwan.
  { expect: [{ amount: '1000000', currency: 'TWD' }, { amount: '2000000', currency: 'TWD', text: '200萬' }, { amount: '3000000', currency: 'TWD' }], phrases: [
    '行政院三項計畫預算分別為新臺幣100萬、200萬與300萬元', '台北市三區補助依序為100萬、200萬及300萬元',
  ] },
  { expect: [{ amount: '1000000', currency: 'TWD', text: '100' }, { amount: '2000000', currency: 'TWD', text: '200' }, { amount: '3000000', currency: 'TWD' }], phrases: ['台北市三區補助分別為100、200及300萬元'] },
  { expect: [{ amount: '30000', currency: 'TWD', text: '3萬' }, { amount: '50000', currency: 'TWD' }], phrases: ['台中市府將罰鍰由原來的3萬調高至5萬元', '台中市府將罰鍰從3萬提高到新臺幣5萬元'] },
  // Hong Kong.
  { expect: [{ amount: '300000000', currency: 'HKD' }, { amount: '500000000', currency: 'HKD' }, { amount: '700000000', currency: 'HKD' }], phrases: [
    '三所大學分別獲撥款3億、5億和7億港元', '三所大學分別獲撥款3、5和7億港元', '三所大學分別獲撥款港幣3億、5億和7億',
  ] },
  { expect: [{ amount: '4000', currency: 'HKD' }, { amount: '6000', currency: 'HKD' }], phrases: ['港府向兩類家庭分別派發4000及6000元'] },
  // Macau: the per-marker before the list is every member's.
  { expect: [{ amount: '10000', currency: 'MOP', per: 'person' }, { amount: '6000', currency: 'MOP', per: 'person' }], phrases: [
    '現金分享計劃每人分別派發1萬和6000澳門元', '现金分享计划每人分别派发1万和6000澳门元',
  ] },
  // Singapore and Malaysia.
  { expect: [{ amount: '30000', currency: 'SGD', per: 'month' }, { amount: '40000', currency: 'SGD', per: 'month' }, { amount: '50000', currency: 'SGD', per: 'month' }], phrases: [
    '三名部长的月薪分别为3万、4万和5万新元', '三名部長的月薪分別為3萬、4萬及5萬新幣',
  ] },
  { expect: [{ amount: '5000', currency: 'MYR' }, { amount: '10000', currency: 'MYR' }], phrases: ['两家公司分别被罚款5千和1万令吉', '两家公司分别被罚款RM5千和1万'] },
  // A range whose first end carries its conversion in brackets: one range across the bracket, which nests in it (facts do
  // not overlap), and the second end's conversion after it, as a lone figure's conversion is read.
  { expect: [{ amount: '300000', currency: 'SGD' }, { amount: '2100000', currency: 'CNY' }], phrases: [
    { text: '这款新车售价在30万新币(约合人民币160万)到40万新币(约合人民币210万)之间', spans: ['30万新币(约合人民币160万)到40万新币', '约合人民币210万'] },
    { text: '這款新車售價介於30萬新幣（約合人民幣160萬元）至40萬新幣（約合人民幣210萬元）', spans: ['30萬新幣（約合人民幣160萬元）至40萬新幣', '約合人民幣210萬元'] },
  ] },
  { expect: [{ amount: '500000', currency: 'MYR' }, { amount: '1120000', currency: 'CNY' }], phrases: [
    { text: '公寓售价由50万令吉(约合人民币80万元)至70万令吉(约合人民币112万元)不等', spans: ['50万令吉(约合人民币80万元)至70万令吉', '约合人民币112万元'] },
  ] },
  { expect: [{ amount: '100', currency: 'HKD' }, { amount: '800', currency: 'TWD' }], phrases: [
    { text: '門票售價100港元（約合新臺幣400元）至200港元（約合新臺幣800元）', spans: ['100港元（約合新臺幣400元）至200港元', '約合新臺幣800元'] },
  ] },
  // A lone figure and its conversion, then another figure: no range.
  { expect: [{ amount: '50000', currency: 'USD', per: 'year' }, { amount: '350000', currency: 'CNY', per: 'year' }, { amount: '80000', currency: 'USD' }], phrases: [
    '年薪5万美元（约合人民币35万元），另有奖金8万美元',
  ] },
  // Under a list word the first member's 约 is every member's.
  { expect: [{ amount: '300000000', currency: 'CNY', qualifier: 'approx' }, { amount: '500000000', currency: 'CNY', qualifier: 'approx' }, { amount: '700000000', currency: 'CNY', qualifier: 'approx' }], phrases: [
    '三家车企营收分别约为3亿、5亿和7亿元', '三家車企營收分別約為3億、5億及7億元人民幣',
  ] },
  // No currency word at all: the list is money as one when its sentence makes a member money, even far from the last.
  { expect: [{ amount: '1610000000', currency: null, qualifier: 'approx' }, { amount: '3160000000', currency: null, qualifier: 'approx' }, { amount: '1950000000', currency: null, qualifier: 'approx' }], phrases: [
    '去年多個部門開支超出預算，審計報告列出的三個部門，包括醫療、教育和運輸部門，分別超支約16.1億、31.6億及19.5億',
  ] },
  // 前者…，後者…: the comma and 後者 join the pair.
  { expect: [{ amount: '30000', currency: 'HKD', text: '3萬' }, { amount: '50000', currency: 'HKD' }], phrases: ['香港兩款套票，前者售價3萬，後者則為5萬港元', '香港兩款套票，前者售價3萬、後者5萬港元'] },
  // Unit prices in a list: a later item with no 每 of its own is per the same unit.
  { expect: [{ amount: '7.5', currency: 'CNY', per: 'unit' }, { amount: '8', currency: 'CNY', per: 'unit' }, { amount: '9.1', currency: 'CNY', per: 'unit' }], phrases: [
    '北京92号汽油每升7.5元、95号8元、98号9.1元', '北京92號汽油每公升7.5元、95號8元、98號9.1元',
  ] },
  { expect: [{ amount: '15', currency: 'CNY', per: 'unit' }, { amount: '40', currency: 'CNY', per: 'unit' }], phrases: ['菜市场猪肉每斤15元、牛肉40元', '菜市場豬肉每斤15元、牛肉每斤40元'] },
  // "(每公斤，下同)": the unit declared for the price before it and every price after it.
  { expect: [{ amount: '26.5', currency: 'CNY', per: 'unit' }, { amount: '0.4', currency: 'CNY', per: 'unit' }, { amount: '7.2', currency: 'CNY', per: 'unit' }], phrases: [
    '猪肉本周均价26.5元（每公斤，下同），比上周涨0.4元。鸡蛋均价7.2元。', '猪肉周均价26.5元(每公斤，下同)，比上周涨0.4元。鸡蛋均价7.2元。',
  ] },
  { expect: [{ amount: '26.5', currency: null, per: 'unit' }, { amount: '0.4', currency: null, per: 'unit' }, { amount: '7.2', currency: null, per: 'unit' }], phrases: [
    '豬肉本週均價26.5元(每公斤，下同)，較上週漲0.4元。雞蛋均價7.2元。',
  ] },
  // Not a price of the same unit: a total after a unit price, a yearly figure after a per-share one.
  { expect: [{ amount: '15', currency: 'CNY', per: 'unit' }, { amount: '3000', currency: 'CNY' }], phrases: ['猪肉每斤15元、全年花费3000元'] },
  { expect: [{ amount: '0.5', currency: 'CNY', per: 'share' }, { amount: '2', currency: 'CNY' }], phrases: ['每股派息0.5元、全年派息2元'] },
];
