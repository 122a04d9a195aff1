import type { DateExample } from '../../corpus.js';

/** Reference date the table is resolved against (a Thursday). */
export const ZH_DATE_REF = '2025-06-19';

/** Chinese date examples, grouped by the value they must produce (reference 2025-06-19). */
export const ZH_DATE_EXAMPLES: DateExample[] = [
  // Full dates in every common writing.
  { expect: { value: '2025-06-19', grain: 'day' }, phrases: [
    '2025年6月19日发布', '2025年6月19日(四)', '2025-06-19', '2025/6/19', '2025.6.19', '二〇二五年六月十九日', '2025年6月19号', '2025 年 6 月 19 日',
    '２０２５年６月１９日', '2025年06月19日', '二零二五年六月十九日', '於2025年6月19日公布', '截至2025年6月19日收盘',
  ] },
  { expect: { value: '2019-05-06', grain: 'day' }, phrases: ['二零一九年五月六日', '2019年5月6日', '2019-05-06', '2019/05/06', '二〇一九年五月六號'] },
  { expect: { value: '2024-02-29', grain: 'day' }, phrases: ['2024年2月29日', '2024-2-29', '二〇二四年二月二十九日'] },
  { expect: { value: '2023-12-31', grain: 'day' }, phrases: ['2023年12月31日', '2023.12.31', '二〇二三年十二月三十一日', '2023年12月31日晚'] },
  { expect: { value: '2009-10-01', grain: 'day' }, phrases: ['2009年10月1日', '二00九年十月一日', '二〇〇九年十月一日'] },

  // Dates with a time.
  { expect: { value: '2025-06-19T20:03', grain: 'minute' }, phrases: ['2025-06-19 20:03', '2025年6月19日20:03', '2025年6月19日 20：03', '2025-06-19T20:03', '2025年6月19日晚上8点03分', '2025年6月19日20时03分'] },
  { expect: { value: '2025-06-19T15', grain: 'hour' }, phrases: ['2025年6月19日下午3点', '2025年6月19日下午三时', '2025年6月19日15时'] },
  { expect: { value: '2025-06-18T14', grain: 'hour', relative: true }, phrases: ['昨天下午两点', '昨日下午兩點'] },
  { expect: { value: '2025-06-18T17:15', grain: 'minute', relative: true }, phrases: ['昨天下午五点一刻', '昨日下午5時15分'] },
  { expect: { value: '2025-06-19T10:00', grain: 'minute' }, phrases: ['2025年6月19日上午十时正', '2025年6月19日上午10:00'] },
  { expect: { value: '2025-04-24T09:30', grain: 'minute', relative: true }, phrases: ['4月24日上午9点30分', '4月24日9:30', '4月24日上午九时三十分'] },
  // A time with its end, the same day (the end keeps the start's 上午 / 下午).
  { expect: { value: '2025-06-20T09/2025-06-20T11', grain: 'hour', relative: true }, phrases: ['明天上午9点到11点', '明日上午九時至十一時', '6月20日上午9时至11时'] },
  { expect: { value: '2025-06-19T14/2025-06-19T16', grain: 'hour' }, phrases: ['2025年6月19日下午2时至4时', '2025年6月19日下午二时至四时', '2025年6月19日下午两点到四点'] },
  { expect: { value: '2025-06-20T14:00/2025-06-20T16:30', grain: 'minute', relative: true }, phrases: ['6月20日14:00至16:30', '6月20日14:00-16:30'] },

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
  { expect: { value: '2025-05-01/2025-05-03', grain: 'day', relative: true }, phrases: ['5月1日至3日', '5月1日到3日', '展会从5月1日到3日举行', '展覽從5月1日至3日舉行', '5月1日-3日', '五月一日至三日', '5月1日至5月3日', '5月1至3日', '5月1-3日', '五月一到三日'] },
  { expect: { value: '2025-06-12/2025-07-03', grain: 'day', relative: true }, phrases: ['6月12日到7月3日', '6月12日至7月3日', '六月十二日至七月三日'] },
  { expect: { value: '2024-11-11/2024-11-13', grain: 'day' }, phrases: ['2024年11月11日至13日', '2024年11月11日-13日', '2024年11月11至13日'] },

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
  // 杪, the end, as Singapore and Malaysian papers write 月杪 and 年杪 beside 月底 and 年底.
  { expect: { value: '2025-03', grain: 'month', relative: true }, phrases: ['新措施将在3月杪实施', '三月杪'] },
  { expect: { value: '2025-06', grain: 'month', relative: true }, phrases: ['计划于本月杪推出', '本月杪前完成'] },
  { expect: { value: '2025', grain: 'year', relative: true }, phrases: ['工程预计在年杪竣工', '今年杪'] },
  { expect: { value: '2024', grain: 'year', relative: true }, phrases: ['去年杪公布的数据'] },
  { expect: { value: '2024-06', grain: 'month', relative: true }, phrases: ['去年6月', '去年六月', '去年6月份', '上年6月', '去年6月底'] },
  { expect: { value: '2024-06-18', grain: 'day', relative: true }, phrases: ['去年6月18日', '去年六月十八日'] },
  { expect: { value: '2024', grain: 'year', relative: true }, phrases: ['去年', '上年', '去年年底', '去年年初', '一年前', '1年前', '一年以前'] },
  { expect: { value: '2023', grain: 'year', relative: true }, phrases: ['前年', '两年前', '2年前'] },
  { expect: { value: '2022', grain: 'year', relative: true }, phrases: ['3年前', '三年前', '3年之前'] },
  { expect: { value: '2026', grain: 'year', relative: true }, phrases: ['明年预计', '明年', '一年后', '明年年初'] },
  { expect: { value: '2027', grain: 'year', relative: true }, phrases: ['后年', '後年', '两年后', '2年后'] },
  { expect: { value: '2025', grain: 'year', relative: true }, phrases: ['今年', '本年', '今年年底', '年底', '年初', '今年年初', '年尾', '今年年尾', '预计年中完成', '今年年中'] },
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
  { expect: { value: '2017', grain: 'year' }, phrases: ['臺北市政府一○六年度預算', '民國106年', '民國一〇六年', '中華民國106年'] },
  { expect: { value: '2007-11', grain: 'month' }, phrases: ['中央社報導，九十六年十一月', '民國96年11月', '臺灣九十六年11月', '中華民國九十六年十一月'] },
  { expect: { value: '2019-01', grain: 'month' }, phrases: ['新北市108年1月起實施', '民國108年1月'] },
  // A short year with a range of days: one interval.
  { expect: { value: '2018-03-01/2018-03-05', grain: 'day' }, phrases: ['18年3月1日至5日', '18年3月1日到5日举行'] },
  { expect: { value: '2024-11-18/2024-11-20', grain: 'day' }, phrases: ['行政院113年11月18日至20日召開', '民國113年11月18日至20日'] },
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
  { expect: { value: '2025-04-04', grain: 'day', relative: true }, phrases: ['清明节', '清明假期', '清明前后', '今年清明，不少市民提前扫墓', '今年清明節'] },
  { expect: { value: '2025-05-31', grain: 'day', relative: true }, phrases: ['端午节', '端午期间', '端午連假'] },
  { expect: { value: '2025-10-06', grain: 'day', relative: true }, phrases: ['中秋节', '中秋', '农历八月十五'] },
  { expect: { value: '2024-09-17', grain: 'day', relative: true }, phrases: ['去年中秋', '去年的中秋节'] },
  { expect: { value: '2025-01-01', grain: 'day', relative: true }, phrases: ['元旦起实施', '今年元旦', '元旦节当天', '今年元旦節'] },
  { expect: { value: '2025-10-01', grain: 'day', relative: true }, phrases: ['国庆节', '國慶節當天', '国庆前夕'] },
  { expect: { value: '2025-05-01', grain: 'day', relative: true }, phrases: ['五一劳动节', '劳动节', '勞動節', '今年五一，各地景区客流大增', '五一去哪儿玩最划算', '五一出游人数创新高', '今年五一，各地景區人潮湧現'] },
  // A holiday named after 是 restates the day before it: one fact, the day.
  { expect: { value: '2025-01-29', grain: 'day' }, phrases: ['2025年农历正月初一是春节', '2025年1月29日是春節'] },
  { expect: { value: '2025-10-01/2025-10-07', grain: 'day', relative: true }, phrases: ['国庆假期', '国庆黄金周', '國慶連假', '国庆长假'] },
  { expect: { value: '2025-05-01/2025-05-05', grain: 'day', relative: true }, phrases: ['五一长假', '五一假期', '五一小长假'] },
  { expect: { value: '2024-02-09/2024-02-15', grain: 'day' }, phrases: ['2024年春节假期', '2024年春節長假'] },
  { expect: { value: '2023-09-29', grain: 'day' }, phrases: ['2023年中秋节', '2023年中秋'] },
  // Named days of the Gregorian calendar, shopping days, and days that are a weekday of a month or Easter.
  { expect: { value: '2025-11-11', grain: 'day', relative: true }, phrases: ['双十一期间', '今年双11', '雙11當天', '光棍节'] },
  { expect: { value: '2025-12-12', grain: 'day', relative: true }, phrases: ['双十二大促', '雙12'] },
  { expect: { value: '2025-08-01', grain: 'day', relative: true }, phrases: ['八一建军节', '建軍節前夕'] },
  { expect: { value: '2025-09-10', grain: 'day', relative: true }, phrases: ['教师节', '教師節'] },
  { expect: { value: '2025-03-15', grain: 'day', relative: true }, phrases: ['消费者权益日', '國際消費者權益日'] },
  { expect: { value: '2025-05-11', grain: 'day', relative: true }, phrases: ['母亲节当天', '今年母親節', '5月的第二个星期日', '五月第二個星期天'] },
  { expect: { value: '2025-11-27', grain: 'day', relative: true }, phrases: ['感恩节', '感恩節假期', '11月的第四个星期四'] },
  { expect: { value: '2025-04-20', grain: 'day', relative: true }, phrases: ['复活节', '復活節'] },
  { expect: { value: '2024-03-31', grain: 'day' }, phrases: ['2024年复活节'] },
  { expect: { value: '2025-07-07', grain: 'day', relative: true }, phrases: ['下个月的第一个周一', '下個月第一個星期一'] },
  { expect: { value: '2025-06-27', grain: 'day', relative: true }, phrases: ['本月最后一个周五', '6月的最後一個星期五'] },
  { expect: { value: '2024-10-07', grain: 'day' }, phrases: ['2024年10月的第一个星期一'] },

  { expect: { value: '2025-12-25', grain: 'day', relative: true }, phrases: ['聖誕前夕', '圣诞期间', '圣诞假期'] },
  // The reference day months or years back: not today.
  { expect: { value: '2024-06-19', grain: 'day', relative: true }, phrases: ['去年的今天', '去年今日', '一年前的今天'] },
  { expect: { value: '2025-05-19', grain: 'day', relative: true }, phrases: ['上个月的今天', '上個月的今日'] },
  { expect: { value: '2022-06-19', grain: 'day', relative: true }, phrases: ['三年前的今天', '3年前的这一天'] },
  // The past or next N units: the days back from yesterday, or on from tomorrow.
  { expect: { value: '2025-06-16/2025-06-18', grain: 'day', relative: true }, phrases: ['过去三天', '過去3天', '最近三天'] },
  { expect: { value: '2025-06-20/2025-06-26', grain: 'day', relative: true }, phrases: ['未来一周', '未來7天', '接下来一个星期'] },
  { expect: { value: '2024-06-19/2025-06-18', grain: 'day', relative: true }, phrases: ['过去一年', '近一年', '过去12个月', '近12個月'] },
  { expect: { value: '2022-06-19/2025-06-18', grain: 'day', relative: true }, phrases: ['近三年', '過去三年', '近 3 年'] },
  { expect: { value: '2025-06-20/2030-06-19', grain: 'day', relative: true }, phrases: ['未来五年', '今后5年', '今後五年'] },
  { expect: { value: '2024-12-19/2025-06-18', grain: 'day', relative: true }, phrases: ['近半年', '过去6个月'] },

  // Two full dates joined: one interval.
  { expect: { value: '2024-01-01/2024-12-31', grain: 'day' }, phrases: ['2024年1月1日至2024年12月31日', '2024年1月1日起至2024年12月31日', '2024年1月1日－2024年12月31日', '2024 年 1 月 1 日到 2024 年 12 月 31 日'] },
  { expect: { value: '2023-12-15/2024-01-10', grain: 'day' }, phrases: ['2023年12月15日至2024年1月10日', '二〇二三年十二月十五日至二〇二四年一月十日'] },

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
  { expect: { value: '2025-10', grain: 'month', relative: true }, phrases: ['10月上旬', '10月中旬', '十月下旬', '10月初', '预计10月中下旬'] },
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
  { expect: { value: '2025-06-19', grain: 'day', relative: true }, phrases: ['当晚', '當晚', '当夜'] },
  { expect: { value: '2025-06-19T20', grain: 'hour', relative: true }, phrases: ['当晚8时', '當晚八時'] },
  { expect: { value: '2025-06-19/2025-06-20', grain: 'day', relative: true }, phrases: ['今明两天', '今明兩日', '今明2天'] },
  { expect: { value: '2025-06-20/2025-06-21', grain: 'day', relative: true }, phrases: ['明后两天', '明後兩天'] },

  // A month or day with no year, as news means it: a month more than half a year after the reference month is last year's.
  { expect: { value: '2025-07', grain: 'month', relative: true }, phrases: ['明治將於7月收購', '7月', '七月', '预计7月完成'] },
  { expect: { value: '2025-01', grain: 'month', relative: true }, phrases: ['元月', '一月', '1月'] },
  { expect: { value: '2024-12', grain: 'month', relative: true }, phrases: ['12月，公司宣布', '十二月'] },
  { expect: { value: '2025-12', grain: 'month', relative: true }, phrases: ['公司将于12月发布', '预计12月完工', '今年12月', '沪铜12月合约'] },
  { expect: { value: '2024-12-10', grain: 'day', relative: true }, phrases: ['12月10日，公司宣布', '十二月十日'] },
  { expect: { value: '2025-12-01', grain: 'day', relative: true }, phrases: ['12月1日起施行', '新规将于12月1日生效'] },
  { expect: { value: '2025-06-07', grain: 'day', relative: true }, phrases: ['中國館七日接受捐贈', '七日電', '7日'] },

  // Taiwan copy: the year or today's date said in brackets, ROC dates in numbers; day-first numeric dates (Hong Kong, Singapore, Malaysia).
  { expect: { value: '2024', grain: 'year' }, phrases: ['行政院配合今(2024)年完成修法', '今（2024）年度'] },
  { expect: { value: '2012-12-14', grain: 'day' }, phrases: ['本(101)年12月14日上午豪雨', '院會日期:101-12-14 行政院', '民國101年12月14日'] },
  { expect: { value: '2025-04-22', grain: 'day', relative: true }, phrases: ['行政院長今(4/22)受訪時表示', '4月22日'] },
  { expect: { value: '2025-04-26', grain: 'day', relative: true }, phrases: ['部长星期六(4月26日)到场站台', '周六（4月26日）', '4月26日'] },
  { expect: { value: '2025-05-16T20', grain: 'hour', relative: true }, phrases: ['发言人星期五(5月16日)晚上8时答复', '週五(5月16日)晚間8點'] },
  { expect: { value: '2025-Q1', grain: 'quarter', relative: true }, phrases: ['本港今年首季经济', '首季度', '今年首季'] },
  { expect: { value: '2026-04-15/2026-07-15', grain: 'day', relative: true }, phrases: ['暫定於明年4月15日至7月15日舉行', '明年4月15日到7月15日'] },
  { expect: { value: '2025-06-03', grain: 'day', relative: true }, phrases: ['总裁在今日(3日)的峰会上致辞', '今（三）日'] },
  { expect: { value: '2025-05-31', grain: 'day', relative: true }, phrases: ['昨（三十一）日', '昨日(31日)'] },
  { expect: { value: '2015-11-12', grain: 'day' }, phrases: ['农历2015年十月初一', '2015年农历十月初一', '2015年十月初一'] },
  { expect: { value: '1914', grain: 'year' }, phrases: ['民国三年', '民國3年'] },
  { expect: { value: '2018-01-10/2018-07-10', grain: 'day' }, phrases: ['2018/1/10-2018/7/10', '2018-01-10至2018-07-10'] },
  { expect: { value: '2025-06-11', grain: 'day', relative: true }, phrases: ['上一个周三', '上一個星期三'] },
  { expect: { value: '2012-12-14T10', grain: 'hour' }, phrases: ['2012年12月14日10時'] },
  { expect: { value: '2025-Q1/2025-Q3', grain: 'quarter', relative: true }, phrases: ['前三季度经济运行', '今年前三季度', '前三季'] },
  { expect: { value: '2025-01/2025-05', grain: 'month', relative: true }, phrases: ['前五个月的出口额', '今年前5个月', '前5月'] },
  { expect: { value: '2024-01/2024-10', grain: 'month' }, phrases: ['2024年前10月', '2024年前十个月'] },
  { expect: { value: '2025-06-23/2025-06-24', grain: 'day', relative: true }, phrases: ['将在下周一至周二(23日至24日)举办', '下周一至周二', '下星期一到星期二'] },
  { expect: { value: '2025-06-19', grain: 'day', relative: true }, phrases: ['首相今午在国会提呈预算案', '今夜', '周四(19日)'] },
  // A weekday with its month/day in brackets, as Taiwan copy restates it: the bracket is the value.
  { expect: { value: '2025-06-16', grain: 'day', relative: true }, phrases: ['行政院週一(6/16)宣布', '立委周一（6/16）表示', '星期一(06/16)上午'] },
  { expect: { value: '2025-06-20', grain: 'day', relative: true }, phrases: ['明早', '明晚'] },
  { expect: { value: '2025-06-18', grain: 'day', relative: true }, phrases: ['昨夜', '昨晨'] },
  { expect: { value: '2025-Q1', grain: 'quarter' }, phrases: ['公司1Q25营收增长', '25Q1', '2025Q1'] },
  { expect: { value: '2025-H1', grain: 'half' }, phrases: ['2025H1', '1H25', 'H1 2025'] },
  { expect: { value: '2025/2026', grain: 'year' }, phrases: ['2025-26年度财政预算案', '2025/26財政年度', '2025至26年度'] },
  // 即日起 (from this day on): the reference day; with its end (自即日起至…止) one interval.
  { expect: { value: '2025-06-19', grain: 'day', relative: true }, phrases: ['新规即日起实施', '即日起接受報名', '本行即日起暂停该项服务'] },
  { expect: { value: '2025-06-19/2025-12-31', grain: 'day', relative: true }, phrases: ['优惠自即日起至12月31日止', '活動即日起至12月31日', '自即日起至12月31日止受理申請', '計劃由即日起至12月31日止接受申請'] },
  // 今 / 昨 / 明 straight before the part of the day (Taiwan and Hong Kong copy), with or without the hour.
  { expect: { value: '2025-06-19T14:00', grain: 'minute', relative: true }, phrases: ['指揮中心今下午2:00召開記者會', '部门今下午2:00举行发布会'] },
  { expect: { value: '2025-06-18T15', grain: 'hour', relative: true }, phrases: ['代表團昨下午3時抵港', '考察团昨下午3时抵达'] },
  { expect: { value: '2025-06-19', grain: 'day', relative: true }, phrases: ['市長今上午視察工地', '今下午将公布结果'] },
  // 年中 before a verb of review, 年內 / 年内 (Hong Kong copy: within this year): the reference year.
  { expect: { value: '2025', grain: 'year', relative: true }, phrases: ['公司将于年中检讨业务', '政府會在年中檢討政策', '工程預計年內完成', '新系统年内推出', '計劃年內落實'] },
  // 首半年 (Singapore and Malaysian copy): the first half of the year.
  { expect: { value: '2025-H1', grain: 'half', relative: true }, phrases: ['公司首半年亏损收窄', '集團首半年盈利上升'] },
  { expect: { value: '2026-H1', grain: 'half', relative: true }, phrases: ['明年首半年推出', '預計明年首半年完工'] },
  // A five-year plan's period (十四五 = 2021–2025; the sixth plan was 1981–1985), said as a time.
  { expect: { value: '2021/2025', grain: 'year' }, phrases: ['“十四五”期间经济总量跨越新台阶', '「十四五」時期成就顯著', '十四五以来创新突破', '"十四五"收官之年', '“十四五”规划期内'] },
  { expect: { value: '2016/2020', grain: 'year' }, phrases: ['“十三五”时期', '十三五期間'] },
  { expect: { value: '2026/2030', grain: 'year' }, phrases: ['「十五五」時期的發展目標', '“十五五”开局之年'] },
  // A month and day by slash with its weekday and a time (Taiwan notices); after 今 it is the reference year's.
  { expect: { value: '2025-06-20T14:30', grain: 'minute', relative: true }, phrases: ['記者會6/20(五)14:30舉行', '说明会6/20（五） 14:30举行'] },
  { expect: { value: '2025-12-11T16:00', grain: 'minute', relative: true }, phrases: ['提前於今12/11(三)16:00召開'] },
  { expect: { value: '2024-12-11', grain: 'day', relative: true }, phrases: ['原訂12/11(三)之例行記者會'] },
  // 当月 right after a month restates it: one fact.
  { expect: { value: '2025-05', grain: 'month', relative: true }, phrases: ['5月当月销量增长', '5月當月出口回落'] },
  // Two times of two days across 至: one interval.
  { expect: { value: '2025-06-20T09/2025-06-25T17', grain: 'hour', relative: true }, phrases: ['明日上午9時至6月25日下午5時接受報名', '明天上午9时至6月25日下午5时报名'] },
  // A ROC (Taiwan) or two-digit year with its quarter or half: one fact.
  { expect: { value: '2023-Q4', grain: 'quarter' }, phrases: ['臺北市112年第4季營收', '台灣112年第四季出口', '新北市112年度第4季'] },
  { expect: { value: '2024-H1', grain: 'half' }, phrases: ['新北市113年上半年人口', '台中市113年度上半年'] },
  { expect: { value: '2008-Q4', grain: 'quarter' }, phrases: ['08年第4季', '08年四季度'] },
  // 首三季, 首九个月 (Malaysian and Singapore copy): the first quarters or months of the year, as 前.
  { expect: { value: '2025-Q1/2025-Q3', grain: 'quarter', relative: true }, phrases: ['公司首三季净利增长', '集團首三季盈利', '今年首三季'] },
  { expect: { value: '2025-01/2025-09', grain: 'month', relative: true }, phrases: ['首九个月营收', '首9個月出口', '今年首九个月'] },
  { expect: { value: '2024-01/2024-10', grain: 'month', relative: true }, phrases: ['去年首10个月', '去年首十個月'] },
  { expect: { value: '2025-01/2025-05', grain: 'month' }, phrases: ['經濟部統計今（2025）年前5月出口', '今(2025)年前5個月'] },
  // N个月后 counted from now (预计, 约, 在 before it): a date.
  { expect: { value: '2026-04', grain: 'month', relative: true }, phrases: ['工程預計10個月後完工', '项目约10个月后投产'] },
  // 以来 / 至今 after a date with no year: it is already past, so a later month or day than the reference is last year's.
  { expect: { value: '2024-10-07', grain: 'day', relative: true }, phrases: ['自10月7日以来', '10月7日以來', '从10月7日至今'] },
  { expect: { value: '2024-11', grain: 'month', relative: true }, phrases: ['自11月以来', '11月至今', '從11月以來'] },
  { expect: { value: '2025-03', grain: 'month', relative: true }, phrases: ['自3月以来', '3月至今'] },
  { expect: { value: '2024-Q3', grain: 'quarter', relative: true }, phrases: ['三季度以来增速回落', '第三季度以來', '自三季度至今'] },
  { expect: { value: '2025-Q1', grain: 'quarter', relative: true }, phrases: ['一季度以来', '第一季度以來'] },
  // A relative year before a range of months is the range's year: one fact.
  { expect: { value: '2024-01/2024-11', grain: 'month', relative: true }, phrases: ['去年1-11月', '去年1至11月', '上年1—11月', '去年1月至11月'] },
  { expect: { value: '2025-01/2025-05', grain: 'month', relative: true }, phrases: ['今年1—5月', '今年1至5月份', '本年1-5月'] },
  // A range of days after 本月 / 下月, and a range wrapped in 起至 … 止: one interval.
  { expect: { value: '2025-06-15/2025-06-17', grain: 'day', relative: true }, phrases: ['本月15日至17日', '本月15日到17日舉行', '本月15日起至17日止'] },
  { expect: { value: '2025-07-06/2025-07-08', grain: 'day', relative: true }, phrases: ['下月6日至8日', '下個月6日至8日'] },
  { expect: { value: '2025-07-01/2025-09-30', grain: 'day', relative: true }, phrases: ['7月1日起至9月30日止', '今年7月1日起至9月30日止', '7月1日起至9月30日'] },
  { expect: { value: '2024-07-01/2024-09-30', grain: 'day' }, phrases: ['2024年7月1日起至9月30日止', '2024年7月1日起至9月30日'] },
  // A sports season or a school year across two years, the second year in two or four digits.
  { expect: { value: '2024/2025', grain: 'year' }, phrases: ['2024/25赛季英超', '2024-25賽季', '2024/2025赛季', '2024-2025学年第一学期', '2024至2025學年', '2024/25球季'] },
  { expect: { value: '2025-05-31', grain: 'day', relative: true }, phrases: ['31日晚间公告'] },
  { expect: { value: '2025-06-30', grain: 'day', relative: true }, phrases: ['公司将于30日召开股东大会', '30日起', '股东大会将于30号召开'] },
  { expect: { value: '2025-Q1', grain: 'quarter', relative: true }, phrases: ['上季度营收', '上一季度', '上季末'] },
  { expect: { value: '2025-Q2', grain: 'quarter', relative: true }, phrases: ['本季度', '本季', '当季'] },
  { expect: { value: '2025-Q3', grain: 'quarter', relative: true }, phrases: ['下季度', '下一季度', '下个季度'] },
  { expect: { value: '2025-06', grain: 'month', relative: true }, phrases: ['本月中', '本月份'] },
  { expect: { value: '2025-01-01T00', grain: 'hour' }, phrases: ['2025年1月1日零时起施行', '2025年1月1日0时'] },
  { expect: { value: '2025-06-19', grain: 'day', relative: true }, phrases: ['6/19(四)起', '6/19（週四）', '6月19日(四)', '6月19日，周四'] },
  { expect: { value: '2015-05-13', grain: 'day' }, phrases: ['13/5/2015', '13.5.2015', '13-05-2015'] },
  // Two of them joined by a dash: one interval, both ends read day first.
  { expect: { value: '2018-10-01/2018-10-15', grain: 'day' }, phrases: ['展期1/10/2018至15/10/2018', '1.10.2018-15.10.2018', '01/10/2018 - 15/10/2018'] },
  { expect: { value: '2025-06-21/2025-06-22', grain: 'day', relative: true }, phrases: ['本周末', '這週末', '这个周末'] },
  { expect: { value: '2025-05-01/2025-05-05', grain: 'day', relative: true }, phrases: ['“五一”假期', '「五一」連假'] },

  // A season of a named or relative year: the year (the schema has no season grain; Arabic صيف 2024 reads the same).
  { expect: { value: '2025', grain: 'year', relative: true }, phrases: ['今年夏天用电负荷屡创新高', '今年夏季', '今年的冬天', '今年春夏', '今夏', '今冬', '今年夏天，台灣電力吃緊', '今秋上市'] },
  { expect: { value: '2024', grain: 'year', relative: true }, phrases: ['去年冬季取暖费', '去年秋天', '去年秋冬', '去冬以来', '去年的夏季'] },
  { expect: { value: '2024', grain: 'year' }, phrases: ['2024年春季', '2024年夏天', '2024 年秋冬', '二〇二四年冬季', '2024年的春天'] },
  // 六一, 七一, 八一 said alone before a word of time (前夕, 当天, 期间) or with 节.
  { expect: { value: '2025-06-01', grain: 'day', relative: true }, phrases: ['六一前夕', '六一当天', '今年六一前夕', '六一兒童節'] },
  { expect: { value: '2025-07-01', grain: 'day', relative: true }, phrases: ['七一前夕，多地举行活动', '七一當天', '建党节'] },
  { expect: { value: '2025-08-01', grain: 'day', relative: true }, phrases: ['八一前夕走访慰问', '八一节', '八一建軍節'] },
  // Youth Day: 4 May on the mainland (五四青年节), 29 March in Taiwan copy.
  { expect: { value: '2025-05-04', grain: 'day', relative: true }, phrases: ['五四青年节当天', '青年节前夕', '五四青年節'] },
  { expect: { value: '2025-03-29', grain: 'day', relative: true }, phrases: ['行政院於青年節表揚優秀青年', '臺北市青年節活動'] },

  // Years counted from the year named before (同年), checked alone against the reference year.
  { expect: { value: '2025-09', grain: 'month', relative: true }, phrases: ['同年9月', '当年9月', '同年九月'] },

  // 杪, the end of a month or year in Malaysian and Singapore copy: like 底, it keeps the month or the year.
  { expect: { value: '2025-06', grain: 'month', relative: true }, phrases: ['国会预计本月杪复会', '本月杪', '这项计划6月杪截止'] },
  { expect: { value: '2025-07', grain: 'month', relative: true }, phrases: ['工程下月杪完成', '7月杪以前提交'] },
  { expect: { value: '2025', grain: 'year', relative: true }, phrases: ['预计年杪完成修法', '今年杪'] },
  { expect: { value: '2026', grain: 'year', relative: true }, phrases: ['捷运线明年杪通车'] },
  { expect: { value: '2024', grain: 'year' }, phrases: ['2024年杪'] },
  // A relative weekday with its time of day (Hong Kong and Macau notices).
  { expect: { value: '2025-06-25T20:30', grain: 'minute', relative: true }, phrases: ['活動於下周三晚上8時半舉行', '下星期三晚上八时半'] },
  // A day of a relative month or year restated by its weekday in brackets is one date.
  { expect: { value: '2025-06-21', grain: 'day', relative: true }, phrases: ['總部本月二十一日（周六）開放', '本月21日(星期六)'] },
  { expect: { value: '2024-05-01', grain: 'day', relative: true }, phrases: ['商场去年5月1日（星期三）开业'] },
  // The lunar new year's days: 大年初三, 年初九 (正月初三, 正月初九); a lunar day in brackets restates the date before it.
  { expect: { value: '2025-01-31', grain: 'day', relative: true }, phrases: ['今年1月31日（大年初三）', '大年初三', '年初三晚上放煙花'] },
  { expect: { value: '2025-01-31', grain: 'day' }, phrases: ['2025年1月31日（年初三）'] },
  { expect: { value: '2025-01-30', grain: 'day', relative: true }, phrases: ['年初二的團拜'] },
  { expect: { value: '2024-02-12', grain: 'day' }, phrases: ['2024年大年初三'] },
  // A range whose end day is restated by its weekday and time too (Malaysian water-cut notices): one interval, no stray weekday.
  { expect: { value: '2025-06-03/2025-06-05', grain: 'day', relative: true }, phrases: ['6月3日（星期二）至6月5日（星期四）', '6月3日(周二)至5日(周四)'] },
  { expect: { value: '2025-01-06T08/2025-01-07', grain: 'hour', relative: true }, phrases: ['将于1月6日（星期二）上午8时至1月7日（星期三）上午8时停水'] },
  // Taiwan copy: a relative month or year restated by its number in brackets (本(6)月, 上（5）月, 明(115)年, 去(113)年); the number is the value.
  { expect: { value: '2025-06-20', grain: 'day', relative: true }, phrases: ['新制於本(6)月20日起上路', '本（6）月20日'] },
  { expect: { value: '2025-06', grain: 'month', relative: true }, phrases: ['本（6）月底前完成'] },
  { expect: { value: '2025-05', grain: 'month', relative: true }, phrases: ['立法院於上（5）月三讀通過'] },
  { expect: { value: '2026-01-01', grain: 'day' }, phrases: ['明(115)年1月1日起施行'] },
  { expect: { value: '2024', grain: 'year' }, phrases: ['去(113)年全年營收創高'] },
  // Two month/day dates with their weekdays, joined by a dash (event notices).
  { expect: { value: '2025-06-20/2025-06-22', grain: 'day', relative: true }, phrases: ['展期6/20(五)-6/22(日)', '6/20（五）至6/22'] },
  // A deadline closed by 止 is ahead: 12月31日 in a June story is this year's.
  { expect: { value: '2025-12-31', grain: 'day', relative: true }, phrases: ['報名至12月31日止', '受理申請至12月31日止'] },
  // Year, month and day apart by single spaces (captions), two-digit month and day.
  { expect: { value: '2010-01-29', grain: 'day' }, phrases: ['2010 01 29', '摄于2010 01 29'] },
  // A year of three digits after 公元 / 在 / 于.
  { expect: { value: '0789', grain: 'year' }, phrases: ['公元789年', '此城建于789年', '在789年，'] },
  // Two dates of one grain across 至 / 到: one interval (从 opens it).
  { expect: { value: '2024-06/2025-03', grain: 'month', relative: true }, phrases: ['从去年6月到今年3月', '去年6月至今年3月', '從去年6月到今年3月'] },
  { expect: { value: '2023-Q3/2024-Q1', grain: 'quarter' }, phrases: ['2023年第三季度至2024年第一季度', '2023年第三季度到2024年第一季度'] },
  // The week (month) before last and after next: 上上周 is two weeks back, not 上周.
  { expect: { value: '2025-W23', grain: 'week', relative: true }, phrases: ['上上周', '上上個星期'] },
  { expect: { value: '2025-06-04', grain: 'day', relative: true }, phrases: ['上上周三', '上上個禮拜三'] },
  { expect: { value: '2025-W27', grain: 'week', relative: true }, phrases: ['下下周', '下下个星期'] },
  { expect: { value: '2025-04', grain: 'month', relative: true }, phrases: ['上上个月', '上上個月'] },
  { expect: { value: '2025-08-06', grain: 'day', relative: true }, phrases: ['下下月6日', '下下個月6日'] },
  // The reference month a year back (or on), a day of it when one is said.
  { expect: { value: '2024-06', grain: 'month', relative: true }, phrases: ['比去年同月增长5%', '較去年同月減少', '去年本月'] },
  { expect: { value: '2024-06-10', grain: 'day', relative: true }, phrases: ['去年本月十日', '去年同月10日'] },
  // A year of the first millennium by its digits, before a month (a Republic of China year never reaches it).
  { expect: { value: '0367-01-01', grain: 'day' }, phrases: ['三六七年一月一日'] },
  // A week counted in a month: the ISO week that holds the month's nth Thursday (as ISO gives a week to the year of its Thursday).
  { expect: { value: '2025-W40', grain: 'week', relative: true }, phrases: ['10月的第一周', '十月第一週', '10月份的第一个星期'] },
  { expect: { value: '2024-W11', grain: 'week' }, phrases: ['2024年3月第二周', '2024年3月的第二週'] },
  { expect: { value: '2025-W31', grain: 'week', relative: true }, phrases: ['下个月的最后一周', '7月最後一週'] },
  // Reign eras. A Chinese reign's months are lunar (no calendar here reaches back before 1900): the value is the year;
  // the Gregorian year restated in brackets is the same fact.
  { expect: { value: '1681', grain: 'year' }, phrases: ['康熙二十年', '该寺始建于清康熙二十年九月', '康熙二十年（1681年）重修', '康熙二十年(1681)落成'] },
  { expect: { value: '1785', grain: 'year' }, phrases: ['乾隆50年3月', '乾隆五十年', '碑文刻于乾隆五十年正月初十'] },
  { expect: { value: '1582', grain: 'year' }, phrases: ['萬曆十年五月', '明万历十年', '萬曆十年（1582年）'] },
  { expect: { value: '0705', grain: 'year' }, phrases: ['唐神龙元年', '神龍元年十一月'] },
  { expect: { value: '1908', grain: 'year' }, phrases: ['光绪三十四年', '光緒三十四年十月'] },
  // Japan's eras: months and days are Gregorian.
  { expect: { value: '2018-04', grain: 'month' }, phrases: ['日本平成30年4月', '平成三十年四月'] },
  { expect: { value: '2024-04-01', grain: 'day' }, phrases: ['该法令和6年4月1日起施行', '令和六年四月一日'] },
  { expect: { value: '2024', grain: 'year' }, phrases: ['令和6年（2024年）', '令和六年'] },
  { expect: { value: '2019', grain: 'year' }, phrases: ['令和元年'] },
  // A year its reign never reached (雍正 lasted thirteen years): a date, but no value.
  { expect: { value: null, grain: 'year' }, phrases: ['雍正十六年', '雍正二十三年'] },
  // 年初 before a count is early in the year, not the lunar day: 年初三个月 (the year's first three months).
  { expect: { value: '2025', grain: 'year', relative: true }, phrases: ['公司年初三个月营收增长', '年初一度大涨'] },
];

/** Phrases that must yield no date fact. */
export const ZH_DATE_NEGATIVES: string[] = [
  '新赛季开始',
  '2024/25比分',
  '本学年结束',
  '接近三年',
  '近30%的用户',
  '近五年期国债',
  '未来几年',
  '近百年来',
  '近半年来',
  '过去一周内',
  '未来三年内',
  '过去三年以来',
  '腊八粥',
  '圣诞树',
  '两点意见',
  '担当晚会主持',
  '当晚会上',
  '聖誕老人',
  '建军路',
  '第一个星期',
  '开学第一周',
  '热线 2010 01 29 88',
  '在300年间',
  '在500年一遇的洪水中',
  '在150年的历史中',
  '这座城在800年里几经兴衰',
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
  '全国五一劳动奖章获得者',
  '五一广场',
  '政治清明',
  '政治清明，社会安定',
  '吃元宵',
  '服刑18年',
  '成立100年來',
  '香港這間茶樓創立100年，仍然興旺',
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
  '首次季度报告',
  '全年中国经济',
  '一年中最热的时候',
  '三年中有两年',
  '比分6/19',
  '乘坐到3号线',
  '搬至5号楼',
  '排在12号',
  '每年中秋前后',
  '每逢春节',
  '本季赛季',
  '上季报',
  '但是日本政府表示',
  '第二天然气公司',
  '相当天然',
  '据21世纪经济报道',
  '春节联欢晚会的节目',
  '上午10點10分開市',
  '型号A15Q1',
  '2025-27年度',
  '排名前十名',
  '前1个月',
  // Seasons without a year, and words that hold a season's character.
  '夏天到了',
  '冬季奥运会',
  '如今冬天不再寒冷',
  '今春晚节目单公布',
  '去冬天的哈尔滨旅游',
  // 六一, 七一, 八一 inside a name or a number.
  '六一中学',
  '第七一二研究所',
  '八一路',
  '八一队',
  '青年节目主持人',
  // A reign named with no year, or a length of its years.
  '康熙年间修建',
  '乾隆在位六十年间',
  '正德十年来',
  '神龙汽车3年销量翻番',
  '昭和天皇',
  // A list of numbers before 日 that is no list of days: a rank, a count.
  '第1、2日的賽事',
  '每3、5日一次',
  // 本 inside a word before a bracketed number and 月薪.
  '基本（1）月薪調整',
  // After an event the text names: a length from it, not a date (上市10个月后).
  '公司上市10個月後股價翻倍',
  '成立两年后扭亏为盈',
  '入职三个月后转正',
  // 年内 / 年內 after a count or another year word: a length.
  '3年内完成',
  '五年內建成',
  '一年内还清',
  '半年内',
  '成立十周年内',
  // 即日 inside another word; 十四五 as an age or a count; a plan's name is no period of time said.
  '他立即日夜赶工',
  '他十四五岁时',
  '來了十四五個人',
  '编制“十四五”规划',
  // 首N个月 after an event: its first months, not the year's; 首月 is a first month; 首三季 is never the third quarter.
  '新机上市首三个月销量',
  '開業首兩季虧損',
  '首月销量',
  '開業首三季',
  // 今 / 明 before 上午 inside another word.
  '他说明上午的安排',
  '如今下午茶很流行',
];
