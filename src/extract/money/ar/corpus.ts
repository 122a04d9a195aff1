import type { MoneyExample } from '../../corpus.js';

/** Arabic money examples, grouped by the value they must produce. */
export const AR_MONEY_EXAMPLES: MoneyExample[] = [
  { expect: { amount: '9300000000', currency: 'USD' }, phrases: ['تعمل على جمع 9.3 مليار دولار', 'جمع ٩٫٣ مليار دولار', 'جمع 9,3 مليار دولار'] },
  { expect: { amount: '1000000000', currency: 'USD' }, phrases: ['إنفاق بمليار دولار', 'استثمار مليار دولار', 'صفقة بقيمة 1 مليار دولار'] },
  { expect: { amount: '1000000000', currency: 'USD', per: 'month' }, phrases: ['إنفاق شهري بمليار دولار', 'تنفق مليار دولار شهريًا'] },
  { expect: { amount: '1000000000', currency: 'USD', qualifier: 'approx', per: 'month' }, phrases: ['تستهلك ما يقارب مليار دولار شهريًا', 'تنفق حاليًا حوالي 1 مليار دولار شهريًا'] },
  { expect: { amount: '13000000000', currency: 'USD', qualifier: 'over' }, phrases: ['لخسارة تتجاوز 13 مليار دولار', 'خسائر بأكثر من 13 مليار دولار'] },
  { expect: { amount: '500000000', currency: 'USD', qualifier: 'approx' }, phrases: ['عائداتها حوالي 500 مليون دولار', 'عائدات بنحو 500 مليون دولار', 'إيرادات تقارب 500 مليون دولار'] },
  { expect: { amount: '200000000', currency: 'USD', qualifier: 'over' }, phrases: ['كانت فقط فوق 200 مليون دولار'] },
  { expect: { amount: '5000000000', currency: 'USD' }, phrases: ['الحصول على 5 مليارات دولار', 'و5 مليارات دولار'] },
  { expect: { amount: '2000000000', currency: 'USD' }, phrases: ['أرباح صافية بقيمة ملياري دولار'] },
  { expect: { amount: '2500000000', currency: 'EUR' }, phrases: ['صفقة بـ2,5 مليار يورو'] },
  { expect: { amount: '4300000000', currency: 'SAR' }, phrases: ['أرباح بلغت ٤٫٣ مليار ريال سعودي'] },
  { expect: { amount: '12000000', currency: 'QAR' }, phrases: ['بقيمة 12 مليون ريال قطري'] },
  { expect: { amount: '750000', currency: 'AED' }, phrases: ['غرامة 750 ألف درهم إماراتي'] },
  { expect: { amount: '3000000000', currency: 'EGP' }, phrases: ['استثمارات 3 مليارات جنيه مصري'] },
  { expect: { amount: '40000000', currency: 'GBP' }, phrases: ['صفقة بـ40 مليون جنيه إسترليني'] },
  { expect: { amount: '150000000', currency: 'KWD' }, phrases: ['أرباح 150 مليون دينار كويتي'] },
  { expect: { amount: '600000000', currency: 'CNY' }, phrases: ['استثمار 600 مليون يوان'] },
  { expect: { amount: '1500000', currency: 'USD' }, phrases: ['بلغت 1,500,000 دولار'] },
  { expect: { amount: '2000000000', currency: 'SAR' }, phrases: ['وقعت الرياض عقدا بملياري ريال مع شركة سعودية'] },
  { expect: { amount: '5000000', currency: null }, phrases: ['جائزة قدرها 5 ملايين ريال'] },
];

/** Phrases that must yield no money fact. */
export const AR_MONEY_NEGATIVES: string[] = [
  'يعمل في الشركة 12 ألف موظف',
  'ارتفع السهم بنسبة 25%',
  'في عام 2025',
  'شرائح H100 من NVIDIA',
  'القدرة الإجمالية ستقترب من 2 جيجاوات',
  'بأكثر من 25 ضعفًا',
  'وصل عدد المستخدمين إلى 500 مليون مستخدم',
];
