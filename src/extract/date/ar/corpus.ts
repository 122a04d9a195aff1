import type { DateExample } from '../../corpus.js';

/** Reference date the table is resolved against. */
export const AR_DATE_REF = '2025-06-19';

/** Arabic date examples, grouped by the value they must produce (reference 2025-06-19). */
export const AR_DATE_EXAMPLES: DateExample[] = [
  { expect: { value: '2025-06-19', grain: 'day' }, phrases: ['19 يونيو 2025', '19 حزيران 2025', '19 جوان 2025', '١٩ يونيو ٢٠٢٥', '19/6/2025'] },
  { expect: { value: '2021-08-12', grain: 'day' }, phrases: ['12 آب/أغسطس 2021'] },
  { expect: { value: '2025-06', grain: 'month' }, phrases: ['حتى يونيو 2025', 'في شهر يونيو 2025'] },
  { expect: { value: '2025-09', grain: 'month' }, phrases: ['حتى سبتمبر 2025', 'أيلول 2025'] },
  { expect: { value: '2025', grain: 'year' }, phrases: ['في عام 2025 وحده', 'خلال العام 2025', 'بداية عام 2025'] },
  { expect: { value: '2026', grain: 'year' }, phrases: ['في 2026', 'نهاية عام 2026'] },
  { expect: { value: '2024', grain: 'year' }, phrases: ['نهاية 2024'] },
  { expect: { value: '2025-Q1', grain: 'quarter' }, phrases: ['بحلول الربع الأول من 2025', 'الربع الأول من عام 2025'] },
  { expect: { value: '2025-Q3', grain: 'quarter' }, phrases: ['في الربع الثالث من عام 2025'] },
  { expect: { value: '2025-H1', grain: 'half' }, phrases: ['النصف الأول من عام 2025'] },
  { expect: { value: '2024', grain: 'year', relative: true }, phrases: ['العام الماضي', 'السنة الماضية'] },
  { expect: { value: '2025', grain: 'year', relative: true }, phrases: ['هذا العام', 'العام الجاري'] },
  { expect: { value: '2026', grain: 'year', relative: true }, phrases: ['العام المقبل'] },
  { expect: { value: '2025-05', grain: 'month', relative: true }, phrases: ['الشهر الماضي'] },
  { expect: { value: '2025-06-18', grain: 'day', relative: true }, phrases: ['أمس'] },
  { expect: { value: '2025-06-17', grain: 'day', relative: true }, phrases: ['أول أمس'] },
  { expect: { value: '2025-09', grain: 'month', relative: true }, phrases: ['(حتى سبتمبر)'] },
];

/** Phrases that must yield no date fact. */
export const AR_DATE_NEGATIVES: string[] = [
  'شرائح H100 من NVIDIA',
  'بلغ الإنفاق النقدي 7.8 مليار دولار',
  'منذ تأسيسها قبل عامين',
  'على مدى الأشهر التسعة الأولى',
  'يعمل فيها 2025 موظفا',
];
