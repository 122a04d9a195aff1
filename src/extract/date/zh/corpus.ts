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
  '2000年代',
  '股价报3.5元',
  '第3号文件',
  '10号线地铁',
  '售价为1999元',
  '三亚5日游',
  '30日均线',
  '7日年化收益率',
];
