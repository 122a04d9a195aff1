import type { DateExample } from '../../corpus.js';

/** Reference date the table is resolved against (a Thursday). */
export const ZH_DATE_REF = '2025-06-19';

/** Chinese date examples, grouped by the value they must produce (reference 2025-06-19). */
export const ZH_DATE_EXAMPLES: DateExample[] = [
  // Full dates in every common writing.
  { expect: { value: '2025-06-19', grain: 'day' }, phrases: [
    '2025年6月19日发布', '2025-06-19', '2025/6/19', '2025.6.19', '二〇二五年六月十九日', '2025年6月19号', '2025 年 6 月 19 日',
    '２０２５年６月１９日', '2025年06月19日', '二零二五年六月十九日', '於2025年6月19日公布', '截至2025年6月19日收盘',
  ] },
  { expect: { value: '2019-05-06', grain: 'day' }, phrases: ['二零一九年五月六日', '2019年5月6日', '2019-05-06', '2019/05/06', '二〇一九年五月六號'] },
  { expect: { value: '2024-02-29', grain: 'day' }, phrases: ['2024年2月29日', '2024-2-29', '二〇二四年二月二十九日'] },
  { expect: { value: '2023-12-31', grain: 'day' }, phrases: ['2023年12月31日', '2023.12.31', '二〇二三年十二月三十一日', '2023年12月31日晚'] },
  { expect: { value: '2009-10-01', grain: 'day' }, phrases: ['2009年10月1日', '二00九年十月一日', '二〇〇九年十月一日'] },

  // Dates with a time.
  { expect: { value: '2025-06-19T20:03', grain: 'minute' }, phrases: ['2025-06-19 20:03', '2025年6月19日20:03', '2025年6月19日 20：03', '2025-06-19T20:03', '2025年6月19日晚上8点03分', '2025年6月19日20时03分'] },
  { expect: { value: '2025-06-19T15', grain: 'hour' }, phrases: ['2025年6月19日下午3点', '2025年6月19日下午三时', '2025年6月19日15时'] },
  { expect: { value: '2025-06-19T10:00', grain: 'minute' }, phrases: ['2025年6月19日上午十时正', '2025年6月19日上午10:00'] },
  { expect: { value: '2025-04-24T09:30', grain: 'minute', relative: true }, phrases: ['4月24日上午9点30分', '4月24日9:30', '4月24日上午九时三十分'] },

  // Year, month, part of a month.
  { expect: { value: '2025', grain: 'year' }, phrases: ['2025年营收', '二〇二五年', '2025 年', '2025年度', '二零二五年', '２０２５年'] },
  { expect: { value: '2024', grain: 'year' }, phrases: ['2024年底', '2024年初', '2024年末', '2024 年底前完成'] },
  { expect: { value: '2009-10', grain: 'month' }, phrases: ['二00九年十月', '2009年10月', '二〇〇九年十月'] },
  { expect: { value: '2025-03', grain: 'month' }, phrases: ['2025年3月', '2025 年 3 月底', '2025年3月初', '2025年三月', '2025年3月中旬', '2025年3月份'] },
  { expect: { value: '1998-07', grain: 'month' }, phrases: ['1998年7月', '一九九八年七月'] },

  // Quarters and halves.
  { expect: { value: '2024-Q1', grain: 'quarter' }, phrases: ['2024 年第一季度', '2024年一季度', '2024年Q1', '2024Q1', '2024年第1季度', '2024年度第一季度', '2024年1-3月', '2024年1至3月'] },
  { expect: { value: '2023-Q3', grain: 'quarter' }, phrases: ['2023 年第三季度', '2023年三季度', '2023年Q3', '2023年7至9月'] },
  { expect: { value: '2025-Q2', grain: 'quarter', relative: true }, phrases: ['二季度', '第二季度', '今年第二季度', '今年二季度', 'Q2', '4至6月'] },
  { expect: { value: '2025-H1', grain: 'half', relative: true }, phrases: ['今年上半年', '上半年', '1至6月', '1-6月', '1-6月份'] },
  { expect: { value: '2024-H2', grain: 'half' }, phrases: ['2024年下半年', '2024年7-12月', '2024年度下半年'] },
  { expect: { value: '2024-H2', grain: 'half', relative: true }, phrases: ['去年下半年', '去年的下半年'] },
  { expect: { value: '2024-Q4', grain: 'quarter', relative: true }, phrases: ['去年第四季度', '去年四季度', '去年第4季度'] },
  { expect: { value: '2025-01/2025-09', grain: 'month', relative: true }, phrases: ['1-9月', '1至9月', '1到9月'] },
  { expect: { value: '2024-01/2024-11', grain: 'month' }, phrases: ['2024年1-11月', '2024年1至11月'] },

  // Ranges.
  { expect: { value: '2013/2023', grain: 'year' }, phrases: ['在 2013 年— 2023 年的 10 年间', '2013年至2023年', '2013年-2023年', '2013年到2023年', '2013—2023年', '2013~2023年'] },
  { expect: { value: '2025-05-01/2025-05-03', grain: 'day', relative: true }, phrases: ['5月1日至3日', '5月1日到3日', '5月1日-3日', '五月一日至三日', '5月1日至5月3日'] },
  { expect: { value: '2025-06-12/2025-07-03', grain: 'day', relative: true }, phrases: ['6月12日到7月3日', '6月12日至7月3日', '六月十二日至七月三日'] },
  { expect: { value: '2024-11-11/2024-11-13', grain: 'day' }, phrases: ['2024年11月11日至13日', '2024年11月11日-13日'] },

  // Month and day with the year of the reference.
  { expect: { value: '2025-04-24', grain: 'day', relative: true }, phrases: ['4 月 24 日,中国', '4月24日', '四月二十四日', '4月24号', '04月24日', '４月２４日'] },
  { expect: { value: '2025-01-01', grain: 'day', relative: true }, phrases: ['1月1日起施行', '一月一日', '1月1号'] },
  { expect: { value: '2025-06-19', grain: 'day', relative: true }, phrases: ['19日', '19日晚间', '19日下午', '十九日', '今天', '今日', '今早', '今晨', '今晚', '6月19日', '19日起'] },
  { expect: { value: '2025-06-19T20', grain: 'hour', relative: true }, phrases: ['19日晚上8点', '19日晚8点'] },
  { expect: { value: '2025-06-09', grain: 'day', relative: true }, phrases: ['今(9)日', '今（9）日', '9日', '9日起'] },
  { expect: { value: '2025-06-18', grain: 'day', relative: true }, phrases: ['昨日', '昨天', '18日', '昨晚', '十八日'] },
  { expect: { value: '2025-06-17', grain: 'day', relative: true }, phrases: ['前天', '17日'] },
  { expect: { value: '2025-06-20', grain: 'day', relative: true }, phrases: ['明天', '明日', '20日'] },
  { expect: { value: '2025-06-21', grain: 'day', relative: true }, phrases: ['后天', '後天'] },
  { expect: { value: '2025-06-22', grain: 'day', relative: true }, phrases: ['大后天', '大後天'] },
  { expect: { value: '2025-06-16', grain: 'day', relative: true }, phrases: ['大前天'] },

  // Relative years and months.
  { expect: { value: '2025-03', grain: 'month', relative: true }, phrases: ['截至3月底', '今年3月', '3月份', '今年三月', '3月底', '3月初', '今年的3月', '3月中旬', '三月底'] },
  { expect: { value: '2024-06', grain: 'month', relative: true }, phrases: ['去年6月', '去年六月', '去年6月份', '上年6月', '去年6月底'] },
  { expect: { value: '2024-06-18', grain: 'day', relative: true }, phrases: ['去年6月18日', '去年六月十八日'] },
  { expect: { value: '2024', grain: 'year', relative: true }, phrases: ['去年', '上年', '去年年底', '去年年初', '一年前', '1年前', '一年以前'] },
  { expect: { value: '2023', grain: 'year', relative: true }, phrases: ['前年', '两年前', '2年前'] },
  { expect: { value: '2022', grain: 'year', relative: true }, phrases: ['3年前', '三年前', '3年之前'] },
  { expect: { value: '2026', grain: 'year', relative: true }, phrases: ['明年预计', '明年', '一年后', '明年年初'] },
  { expect: { value: '2027', grain: 'year', relative: true }, phrases: ['后年', '後年', '两年后', '2年后'] },
  { expect: { value: '2025', grain: 'year', relative: true }, phrases: ['今年', '本年', '今年年底', '年底', '年初', '今年年初', '年尾', '今年年尾'] },
  { expect: { value: '2025-05', grain: 'month', relative: true }, phrases: ['上月', '上个月', '上個月', '上月底', '一个月前', '1个月前'] },
  { expect: { value: '2025-06', grain: 'month', relative: true }, phrases: ['本月', '这个月', '當月', '月底', '月初'] },
  { expect: { value: '2025-07', grain: 'month', relative: true }, phrases: ['下月', '下个月', '下個月', '一个月后'] },
  { expect: { value: '2025-08', grain: 'month', relative: true }, phrases: ['两个月后', '2个月后', '兩個月後'] },
  { expect: { value: '2025-03', grain: 'month', relative: true }, phrases: ['三个月前', '3个月前'] },
  { expect: { value: '2024-12', grain: 'month', relative: true }, phrases: ['半年前', '6个月前'] },

  // Weeks and weekdays (the reference is a Thursday in 2025-W25).
  { expect: { value: '2025-W24', grain: 'week', relative: true }, phrases: ['上周', '上週', '上星期', '上个星期', '上個禮拜', '一周前', '1周前'] },
  { expect: { value: '2025-W25', grain: 'week', relative: true }, phrases: ['本周', '这周', '這週', '这个星期'] },
  { expect: { value: '2025-W26', grain: 'week', relative: true }, phrases: ['下周', '下週', '下星期', '下个礼拜', '一周后'] },
  { expect: { value: '2025-W22', grain: 'week', relative: true }, phrases: ['三周前', '3周前', '三个星期前'] },
  { expect: { value: '2025-06-13', grain: 'day', relative: true }, phrases: ['上周五', '上星期五', '上週五', '上礼拜五'] },
  { expect: { value: '2025-06-16', grain: 'day', relative: true }, phrases: ['周一', '星期一', '本周一', '这周一', '礼拜一', '週一'] },
  { expect: { value: '2025-06-18', grain: 'day', relative: true }, phrases: ['周三', '星期三', '本週三'] },
  { expect: { value: '2025-06-22', grain: 'day', relative: true }, phrases: ['周日', '星期日', '星期天', '礼拜天'] },
  { expect: { value: '2025-06-23', grain: 'day', relative: true }, phrases: ['下周一', '下星期一', '下個星期一'] },
  { expect: { value: '2025-06-09', grain: 'day', relative: true }, phrases: ['十天前', '10天前', '十天之前'] },
  { expect: { value: '2025-06-22', grain: 'day', relative: true }, phrases: ['三天后', '3天后', '三天之後'] },

  // Republic of China (民國) years in Taiwan copy; years before 1900; two-digit years.
  { expect: { value: '2024-11-18', grain: 'day' }, phrases: ['立法院於民國113年11月18日三讀通過', '行政院113年11月18日核定', '民國一一三年十一月十八日起生效', '2024年11月18日'] },
  { expect: { value: '2017', grain: 'year' }, phrases: ['臺北市政府一○六年度預算', '民國106年', '民國一〇六年'] },
  { expect: { value: '2007-11', grain: 'month' }, phrases: ['中央社報導，九十六年十一月', '民國96年11月', '臺灣九十六年11月'] },
  { expect: { value: '2019-01', grain: 'month' }, phrases: ['新北市108年1月起實施', '民國108年1月'] },
  { expect: { value: '1357-06-10', grain: 'day' }, phrases: ['1357年6月10日', '一三五七年六月十日'] },
  { expect: { value: '1789-01-29', grain: 'day' }, phrases: ['1789-01-29', '1789年1月29日'] },
  { expect: { value: '1870', grain: 'year' }, phrases: ['始建于1870年'] },
  { expect: { value: '2008', grain: 'year' }, phrases: ['08年奥运会在北京举办', '零八年那场金融危机', '他08年以后就没再来过', '08年以来'] },
  { expect: { value: '2018-10-01', grain: 'day' }, phrases: ['18年10月1日起施行', '一八年十月一日'] },
  { expect: { value: '1998-05', grain: 'month' }, phrases: ['98年5月开业', '九八年五月'] },
  { expect: { value: '2004-08-15', grain: 'day' }, phrases: ['两千零四年八月十五', '二〇〇四年八月十五日'] },

  // Holidays: the day in the year the text or the reference gives (lunar ones by ICU's Chinese calendar).
  { expect: { value: '2025-01-29', grain: 'day', relative: true }, phrases: ['今年春节', '春节期间客流回升', '春節前夕', '大年初一', '正月初一', '农历新年'] },
  { expect: { value: '2025-01-28', grain: 'day', relative: true }, phrases: ['除夕夜', '大年三十', '今年除夕'] },
  { expect: { value: '2025-02-12', grain: 'day', relative: true }, phrases: ['元宵节当晚', '元宵節'] },
  { expect: { value: '2025-04-04', grain: 'day', relative: true }, phrases: ['清明节', '清明假期', '清明前后'] },
  { expect: { value: '2025-05-31', grain: 'day', relative: true }, phrases: ['端午节', '端午期间', '端午連假'] },
  { expect: { value: '2025-10-06', grain: 'day', relative: true }, phrases: ['中秋节', '中秋', '农历八月十五'] },
  { expect: { value: '2024-09-17', grain: 'day', relative: true }, phrases: ['去年中秋', '去年的中秋节'] },
  { expect: { value: '2025-01-01', grain: 'day', relative: true }, phrases: ['元旦起实施', '今年元旦'] },
  { expect: { value: '2025-10-01', grain: 'day', relative: true }, phrases: ['国庆节', '國慶節當天', '国庆前夕'] },
  { expect: { value: '2025-05-01', grain: 'day', relative: true }, phrases: ['五一劳动节', '劳动节', '勞動節'] },
  { expect: { value: '2025-10-01/2025-10-07', grain: 'day', relative: true }, phrases: ['国庆假期', '国庆黄金周', '國慶連假', '国庆长假'] },
  { expect: { value: '2025-05-01/2025-05-05', grain: 'day', relative: true }, phrases: ['五一长假', '五一假期', '五一小长假'] },
  { expect: { value: '2024-02-09/2024-02-15', grain: 'day' }, phrases: ['2024年春节假期', '2024年春節長假'] },
  { expect: { value: '2023-09-29', grain: 'day' }, phrases: ['2023年中秋节', '2023年中秋'] },

  // Decades and centuries: the interval of their years.
  { expect: { value: '1990/1999', grain: 'year', relative: true }, phrases: ['九十年代', '90年代', '上世纪90年代', '上世紀九十年代', '上个世纪90年代末'] },
  { expect: { value: '1990/1999', grain: 'year' }, phrases: ['1990年代', '20世纪90年代', '二十世纪九十年代'] },
  { expect: { value: '1870/1879', grain: 'year' }, phrases: ['19世纪70年代', '十九世纪七十年代'] },
  { expect: { value: '1900/1999', grain: 'year' }, phrases: ['20世纪', '二十世紀'] },
  { expect: { value: '1900/1999', grain: 'year', relative: true }, phrases: ['上世纪', '上個世紀'] },
  { expect: { value: '2000/2099', grain: 'year', relative: true }, phrases: ['本世纪'] },
  { expect: { value: '2000/2009', grain: 'year' }, phrases: ['2000年代'] },
  { expect: { value: '2020/2029', grain: 'year', relative: true }, phrases: ['本世纪20年代'] },

  // Year ranges, fiscal years and quarters, ISO weeks.
  { expect: { value: '2016/2018', grain: 'year' }, phrases: ['2016-2018', '从2016到2018年', '2016至2018年', '2016年至2018年间', '2016~2018年'] },
  { expect: { value: '2025', grain: 'year' }, phrases: ['2025财年', '2025財年', '2025财政年度', '2025會計年度', 'FY2025', 'FY25'] },
  { expect: { value: '2025-Q1', grain: 'quarter' }, phrases: ['2025财年第一季度', '2025財年第一季', 'FY2025 Q1', '2025财年第一财季', '2025财年Q1'] },
  { expect: { value: '2025-Q3', grain: 'quarter', relative: true }, phrases: ['第三财季', '第三財季'] },
  { expect: { value: '2018-W04', grain: 'week' }, phrases: ['2018年第04周', '2018年第4週', '2018年第四周'] },

  // Early, mid and late month or year keep the month or year (not an interval of days).
  { expect: { value: '2025-10', grain: 'month', relative: true }, phrases: ['10月上旬', '10月中旬', '十月下旬', '10月初'] },
  { expect: { value: '2025-07', grain: 'month', relative: true }, phrases: ['下月初', '下个月底', '下月中旬'] },

  // A time with a date.
  { expect: { value: '2025-06-19T10:10', grain: 'minute', relative: true }, phrases: ['6月19日上午10點10分', '19日上午10时10分', '今天上午10點10分'] },
  { expect: { value: '2025-06-19T02', grain: 'hour', relative: true }, phrases: ['6月19日清晨2時', '19日凌晨2点', '今日凌晨2時'] },
  { expect: { value: '2025-06-18T20:30', grain: 'minute', relative: true }, phrases: ['6月18日晚上8时半', '昨晚8点半', '昨天晚上8時30分'] },
  { expect: { value: '2022-05-17T19:44', grain: 'minute' }, phrases: ['2022年05月17日 19:44', '2022-05-17 19:44', '2022年5月17日晚上7點44分'] },
  { expect: { value: '2020-03-16T09:00', grain: 'minute' }, phrases: ['二零二零年三月十六日(星期一)上午九时正', '2020年3月16日（週一）上午9時正', '2020年3月16日上午九時正'] },
  { expect: { value: '2025-06-18T15', grain: 'hour', relative: true }, phrases: ['昨日下午3時', '昨天下午三点', '18日下午3時'] },

  // Relative days, weeks and months; a date said twice is one fact.
  { expect: { value: '2025-07-06', grain: 'day', relative: true }, phrases: ['下月6日', '下个月6号', '7月6日'] },
  { expect: { value: '2025-06-10', grain: 'day', relative: true }, phrases: ['本月十日', '本月10日', '10日'] },
  { expect: { value: '2025-06-11', grain: 'day', relative: true }, phrases: ['上周三', '上週三', '上星期三'] },
  { expect: { value: '2025-06-18', grain: 'day', relative: true }, phrases: ['昨天(6月18日)', '昨（十八）日', '昨(18)日', '昨日（6月18日）'] },
  { expect: { value: '2025-06-19', grain: 'day', relative: true }, phrases: ['今天（19日）', '今（十九）日', '今日（星期四）'] },
  { expect: { value: '2025-06-19', grain: 'day', relative: true }, phrases: ['当天', '當日', '同日'] },
  { expect: { value: '2025-06-20', grain: 'day', relative: true }, phrases: ['次日', '翌日', '隔天'] },

  // A month or day with no year, as news means it: a month more than half a year after the reference month is last year's.
  { expect: { value: '2025-07', grain: 'month', relative: true }, phrases: ['明治將於7月收購', '7月', '七月', '预计7月完成'] },
  { expect: { value: '2025-01', grain: 'month', relative: true }, phrases: ['元月', '一月', '1月'] },
  { expect: { value: '2024-12', grain: 'month', relative: true }, phrases: ['12月，公司宣布', '十二月'] },
  { expect: { value: '2025-12', grain: 'month', relative: true }, phrases: ['公司将于12月发布', '预计12月完工', '今年12月'] },
  { expect: { value: '2024-12-10', grain: 'day', relative: true }, phrases: ['12月10日，公司宣布', '十二月十日'] },
  { expect: { value: '2025-12-01', grain: 'day', relative: true }, phrases: ['12月1日起施行', '新规将于12月1日生效'] },
  { expect: { value: '2025-06-07', grain: 'day', relative: true }, phrases: ['中國館七日接受捐贈', '七日電', '7日'] },

  // Taiwan copy: the year or today's date said in brackets, ROC dates in numbers; day-first numeric dates (Hong Kong, Singapore, Malaysia).
  { expect: { value: '2024', grain: 'year' }, phrases: ['行政院配合今(2024)年完成修法', '今（2024）年度'] },
  { expect: { value: '2012-12-14', grain: 'day' }, phrases: ['本(101)年12月14日上午豪雨', '院會日期:101-12-14 行政院', '民國101年12月14日'] },
  { expect: { value: '2025-04-22', grain: 'day', relative: true }, phrases: ['行政院長今(4/22)受訪時表示', '4月22日'] },
  { expect: { value: '2025-04-26', grain: 'day', relative: true }, phrases: ['部长星期六(4月26日)到场站台', '周六（4月26日）', '4月26日'] },
  { expect: { value: '2025-05-16T20', grain: 'hour', relative: true }, phrases: ['发言人星期五(5月16日)晚上8时答复', '週五(5月16日)晚間8點'] },
  { expect: { value: '2015-05-13', grain: 'day' }, phrases: ['13/5/2015', '13.5.2015', '13-05-2015'] },
  { expect: { value: '2025-06-21/2025-06-22', grain: 'day', relative: true }, phrases: ['本周末', '這週末', '这个周末'] },
  { expect: { value: '2025-05-01/2025-05-05', grain: 'day', relative: true }, phrases: ['“五一”假期', '「五一」連假'] },

  // Years counted from the year named before (同年), checked alone against the reference year.
  { expect: { value: '2025-09', grain: 'month', relative: true }, phrases: ['同年9月', '当年9月', '同年九月'] },
];

/** Phrases that must yield no date fact. */
export const ZH_DATE_NEGATIVES: string[] = [
  '过去 12 月内',
  '国产精品2022不卡',
  '寒武纪(SHA: 688256)',
  '大模型全部超越 GPT-4',
  '系统包括20萬個英偉達GPU',
  '在 10 年间',
  '运转四个月',
  '3日内完成审批',
  '每周一次例会',
  '一周三次',
  '每周一开会',
  '成立十周年',
  '持续三个月',
  '历时两年',
  '近三年来',
  '营收增长3%',
  '报价100日元',
  '股价报3.5元',
  '第3号文件',
  '10号线地铁',
  '售价为1999元',
  '三亚5日游',
  '30日均线',
  '7日年化收益率',
  '税前年薪50万元',
  '以上年销售额为准',
  '本次年会在上海举行',
  '香港4日自由行',
  '三亚3日游',
  '5年期国债',
  '10年来首次',
  '改革元年',
  '24小时营业',
  '5个月内',
  '3月期国债',
  '12月龄婴儿',
  '王国庆表示',
  '五一路口',
  '政治清明',
  '吃元宵',
  '服刑18年',
  '成立100年來',
  '价格1999-2999元',
  '一日游',
  '停牌三日，',
  '隔离七日后',
  '第十周',
  '新世纪',
  '协会成本年增5%',
  '过去年份的数据',
  '不同年龄段',
  '相当年轻',
  '当日冲销',
  '次日达',
  '每月一次',
  '五月天演唱会',
  '1500年前',
  '美元月均',
  '编号2016-2018-3',
  '編號101-12-20',
];
