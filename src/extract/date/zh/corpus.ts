import type { DateExample } from '../../corpus.js';

/** Reference date the table is resolved against. */
export const ZH_DATE_REF = '2025-06-19';

/** Chinese date examples, grouped by the value they must produce (reference 2025-06-19). */
export const ZH_DATE_EXAMPLES: DateExample[] = [
  { expect: { value: '2025-06-19', grain: 'day' }, phrases: ['2025年6月19日发布', '2025-06-19', '2025/6/19', '2025.6.19', '二〇二五年六月十九日'] },
  { expect: { value: '2025-06-19T20:03', grain: 'minute' }, phrases: ['2025-06-19 20:03'] },
  { expect: { value: '2025-06-19T15', grain: 'hour' }, phrases: ['2025年6月19日下午3点'] },
  { expect: { value: '2019-05-06', grain: 'day' }, phrases: ['二零一九年五月六日'] },
  { expect: { value: '2025', grain: 'year' }, phrases: ['2025年营收', '二〇二五年'] },
  { expect: { value: '2025-03', grain: 'month' }, phrases: ['2025年3月', '2025 年 3 月底'] },
  { expect: { value: '2024-Q1', grain: 'quarter' }, phrases: ['2024 年第一季度', '2024年一季度', '2024年Q1'] },
  { expect: { value: '2025-H1', grain: 'half', relative: true }, phrases: ['今年上半年'] },
  { expect: { value: '2024-H2', grain: 'half' }, phrases: ['2024年下半年'] },
  { expect: { value: '2013/2023', grain: 'year' }, phrases: ['在 2013 年— 2023 年的 10 年间', '2013年至2023年'] },
  { expect: { value: '2025-04-24', grain: 'day', relative: true }, phrases: ['4 月 24 日,中国', '4月24日'] },
  { expect: { value: '2025-03', grain: 'month', relative: true }, phrases: ['截至3月底', '今年3月'] },
  { expect: { value: '2024-06', grain: 'month', relative: true }, phrases: ['去年6月'] },
  { expect: { value: '2024', grain: 'year', relative: true }, phrases: ['去年'] },
  { expect: { value: '2023', grain: 'year', relative: true }, phrases: ['前年'] },
  { expect: { value: '2026', grain: 'year', relative: true }, phrases: ['明年预计'] },
  { expect: { value: '2025-05', grain: 'month', relative: true }, phrases: ['上月', '上个月'] },
  { expect: { value: '2025-06-18', grain: 'day', relative: true }, phrases: ['昨日', '昨天'] },
  { expect: { value: '2025-06-19', grain: 'day', relative: true }, phrases: ['今天', '今早'] },
  { expect: { value: '2025-06-09', grain: 'day', relative: true }, phrases: ['今(9)日'] },
  { expect: { value: '2024-Q4', grain: 'quarter', relative: true }, phrases: ['去年第四季度'] },
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
];
