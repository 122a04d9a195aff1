import type { DateExample } from '../../corpus.js';

/** Reference date the table is resolved against (a Thursday; 23 ذو الحجة 1446 in the Hijri calendar). */
export const AR_DATE_REF = '2025-06-19';

/** Arabic date examples, grouped by the value they must produce (reference 2025-06-19). */
export const AR_DATE_EXAMPLES: DateExample[] = [
  // Day, month, year: the three month-name systems, Arabic-Indic digits, numeric dates, a weekday before.
  { expect: { value: '2025-06-19', grain: 'day' }, phrases: [
    '19 يونيو 2025', '19 حزيران 2025', '19 جوان 2025', '١٩ يونيو ٢٠٢٥', '19/6/2025', '19 يونيه 2025', '19 حزيران/يونيو 2025',
    '19 يونيو/حزيران 2025', 'الخميس 19 يونيو 2025', 'يوم الخميس 19 يونيو 2025', 'الخميس، 19 يونيو 2025', '19-6-2025', '۱۹ يونيو ۲۰۲۵',
    '19 يونيو عام 2025', '19 يونيو من عام 2025', 'في 19 يونيو 2025م',
  ] },
  { expect: { value: '2021-08-12', grain: 'day' }, phrases: ['12 آب/أغسطس 2021', '12 أغسطس 2021', '12 آب 2021', '12 أوت 2021', '12/8/2021', '١٢ أغسطس ٢٠٢١', '12 آب (أغسطس) 2021'] },
  { expect: { value: '2024-01-01', grain: 'day' }, phrases: ['1 يناير 2024', '1 كانون الثاني 2024', '1 جانفي 2024', 'الأول من يناير 2024', '1/1/2024'] },
  { expect: { value: '2023-10-07', grain: 'day' }, phrases: ['7 أكتوبر 2023', '7 تشرين الأول 2023', '7 اكتوبر 2023', 'السابع من أكتوبر 2023', '07/10/2023'] },
  { expect: { value: '2024-07-05', grain: 'day' }, phrases: ['5 يوليو 2024', '5 تموز 2024', '5 جويلية 2024', 'الخامس من يوليو 2024'] },
  { expect: { value: '2025-02-13', grain: 'day' }, phrases: ['13 فبراير 2025', '13 شباط 2025', '13 فيفري 2025', 'الثالث عشر من فبراير 2025'] },
  { expect: { value: '2025-06-21', grain: 'day' }, phrases: ['الحادي والعشرين من يونيو 2025', '21 يونيو 2025'] },

  // Month and year.
  { expect: { value: '2025-06', grain: 'month' }, phrases: ['حتى يونيو 2025', 'في شهر يونيو 2025', 'يونيو 2025', 'حزيران 2025', 'جوان 2025', 'حزيران/يونيو 2025', 'شهر يونيو من عام 2025'] },
  { expect: { value: '2025-09', grain: 'month' }, phrases: ['حتى سبتمبر 2025', 'أيلول 2025', 'سبتمبر من العام 2025', 'في سبتمبر 2025'] },
  { expect: { value: '2024-03', grain: 'month' }, phrases: ['مارس 2024', 'آذار 2024', 'في آذار/مارس 2024', '3/2024', '03/2024'] },
  { expect: { value: '2024-05', grain: 'month' }, phrases: ['مايو 2024', 'أيار 2024', 'ماي 2024'] },
  { expect: { value: '2024-12', grain: 'month' }, phrases: ['ديسمبر 2024', 'كانون الأول 2024', 'في ديسمبر من عام 2024'] },

  // Years, parts of a year, quarters, halves.
  { expect: { value: '2025', grain: 'year' }, phrases: ['في عام 2025 وحده', 'خلال العام 2025', 'بداية عام 2025', 'عام 2025', 'سنة 2025', 'منتصف عام 2025', 'مطلع 2025', 'أواخر عام 2025', 'بحلول عام 2025', 'في العام ٢٠٢٥'] },
  { expect: { value: '2026', grain: 'year' }, phrases: ['في 2026', 'نهاية عام 2026', 'حتى 2026', 'بحلول 2026', 'قبل نهاية 2026'] },
  { expect: { value: '2024', grain: 'year' }, phrases: ['نهاية 2024', 'منذ عام 2024', 'العام 2024', 'خلال 2024', 'أوائل 2024'] },
  { expect: { value: '2027', grain: 'year' }, phrases: ['عام 2027', 'بحلول عام 2027', 'في 2027'] },
  { expect: { value: '2025-Q1', grain: 'quarter' }, phrases: ['بحلول الربع الأول من 2025', 'الربع الأول من عام 2025', 'الربع الأول لعام 2025', 'الربع الاول من العام 2025'] },
  { expect: { value: '2025-Q3', grain: 'quarter' }, phrases: ['في الربع الثالث من عام 2025', 'الربع الثالث 2025', 'الربع الثالث من سنة 2025'] },
  { expect: { value: '2024-Q4', grain: 'quarter' }, phrases: ['الربع الرابع من 2024', 'الربع الأخير من عام 2024'] },
  { expect: { value: '2025-H1', grain: 'half' }, phrases: ['النصف الأول من عام 2025', 'النصف الأول من 2025', 'النصف الاول من العام 2025'] },
  { expect: { value: '2024-H2', grain: 'half' }, phrases: ['النصف الثاني من عام 2024', 'النصف الثاني من 2024'] },
  { expect: { value: '2025-Q2', grain: 'quarter', relative: true }, phrases: ['الربع الثاني', 'خلال الربع الثاني'] },

  // Day and month with the year of the reference.
  { expect: { value: '2025-03-15', grain: 'day', relative: true }, phrases: ['15 مارس', '15 آذار', 'في 15 مارس', 'السبت 15 مارس', 'الخامس عشر من مارس', '١٥ مارس'] },
  { expect: { value: '2025-03-01', grain: 'day', relative: true }, phrases: ['الأول من مارس', '1 آذار', 'الاول من اذار', '1 مارس'] },
  { expect: { value: '2025-04-04', grain: 'day', relative: true }, phrases: ['الرابع من أبريل', 'الرابع من نيسان', '4 ابريل', '4 أفريل'] },
  { expect: { value: '2025-08-15', grain: 'day', relative: true }, phrases: ['الخميس 15 أغسطس', '15 آب', '15 أوت'] },
  { expect: { value: '2025-09', grain: 'month', relative: true }, phrases: ['(حتى سبتمبر)', 'في سبتمبر', 'خلال شهر سبتمبر', 'منذ أيلول'] },
  { expect: { value: '2025-07-13/2025-07-15', grain: 'day', relative: true }, phrases: ['13 إلى 15 يوليو', '13 الى 15 تموز', '13-15 يوليو', 'من 13 تموز الى 15 تموز', 'من 13 يوليو حتى 15 يوليو'] },
  { expect: { value: '2025-07-13/2025-08-15', grain: 'day', relative: true }, phrases: ['من 13 تموز الى 15 آب', '13 يوليو - 15 أغسطس'] },
  { expect: { value: '2024-11-10/2024-11-12', grain: 'day' }, phrases: ['من 10 إلى 12 نوفمبر 2024', '10-12 نوفمبر 2024', '10 - 12 تشرين الثاني 2024'] },

  // Relative days, weeks, months, years (the reference is a Thursday).
  { expect: { value: '2025-06-19', grain: 'day', relative: true }, phrases: ['اليوم', 'اليوم الخميس', 'الخميس'] },
  { expect: { value: '2025-06-18', grain: 'day', relative: true }, phrases: ['أمس', 'امس', 'البارحة', 'الأربعاء', 'يوم الأربعاء', 'أمس الأربعاء', 'وأمس'] },
  { expect: { value: '2025-06-17', grain: 'day', relative: true }, phrases: ['أول أمس', 'أول من أمس', 'الثلاثاء', 'يوم الثلاثاء', 'قبل يومين'] },
  { expect: { value: '2025-06-20', grain: 'day', relative: true }, phrases: ['غدا', 'غداً', 'بعد يوم', 'بكرة'] },
  { expect: { value: '2025-06-15', grain: 'day', relative: true }, phrases: ['الأحد الماضي', 'يوم الأحد الماضي', 'الأحد', 'الاحد المنصرم'] },
  { expect: { value: '2025-06-22', grain: 'day', relative: true }, phrases: ['الأحد المقبل', 'يوم الأحد القادم', 'من المقرر أن يعقد الاجتماع الأحد'] },
  { expect: { value: '2025-06-12', grain: 'day', relative: true }, phrases: ['الخميس الماضي', 'الخميس الفائت'] },
  { expect: { value: '2025-06-26', grain: 'day', relative: true }, phrases: ['الخميس المقبل', 'الخميس القادم'] },
  { expect: { value: '2025-06-16', grain: 'day', relative: true }, phrases: ['الاثنين', 'الإثنين', 'يوم الاثنين'] },
  { expect: { value: '2025-06-09', grain: 'day', relative: true }, phrases: ['قبل عشرة أيام', 'منذ 10 أيام', 'قبل 10 أيام'] },
  { expect: { value: '2025-06-22', grain: 'day', relative: true }, phrases: ['بعد ثلاثة أيام', 'بعد 3 أيام'] },
  { expect: { value: '2025-W24', grain: 'week', relative: true }, phrases: ['الأسبوع الماضي', 'الأسبوع المنصرم', 'قبل أسبوع', 'منذ أسبوع', 'الاسبوع الماضي'] },
  { expect: { value: '2025-W25', grain: 'week', relative: true }, phrases: ['هذا الأسبوع', 'الأسبوع الحالي', 'الأسبوع الجاري'] },
  { expect: { value: '2025-W26', grain: 'week', relative: true }, phrases: ['الأسبوع المقبل', 'الأسبوع القادم', 'بعد أسبوع'] },
  { expect: { value: '2025-W23', grain: 'week', relative: true }, phrases: ['قبل أسبوعين', 'منذ أسبوعين'] },
  { expect: { value: '2025-05', grain: 'month', relative: true }, phrases: ['الشهر الماضي', 'الشهر المنصرم', 'قبل شهر', 'منذ شهر', 'الشهر السابق'] },
  { expect: { value: '2025-06', grain: 'month', relative: true }, phrases: ['هذا الشهر', 'الشهر الجاري', 'الشهر الحالي'] },
  { expect: { value: '2025-07', grain: 'month', relative: true }, phrases: ['الشهر المقبل', 'الشهر القادم', 'بعد شهر'] },
  { expect: { value: '2025-03', grain: 'month', relative: true }, phrases: ['منذ ثلاثة أشهر', 'قبل 3 أشهر', 'قبل ثلاثة شهور'] },
  { expect: { value: '2025-04', grain: 'month', relative: true }, phrases: ['قبل شهرين', 'منذ شهرين'] },
  { expect: { value: '2025-12', grain: 'month', relative: true }, phrases: ['بعد ستة أشهر', 'بعد 6 أشهر'] },
  { expect: { value: '2024', grain: 'year', relative: true }, phrases: ['العام الماضي', 'السنة الماضية', 'العام المنصرم', 'قبل عام', 'منذ عام', 'قبل سنة', 'العام الفائت'] },
  { expect: { value: '2025', grain: 'year', relative: true }, phrases: ['هذا العام', 'العام الجاري', 'العام الحالي', 'السنة الحالية', 'هذه السنة'] },
  { expect: { value: '2026', grain: 'year', relative: true }, phrases: ['العام المقبل', 'العام القادم', 'السنة المقبلة', 'بعد عام'] },
  { expect: { value: '2023', grain: 'year', relative: true }, phrases: ['منذ تأسيسها قبل عامين', 'قبل عامين', 'منذ سنتين', 'قبل سنتين'] },
  { expect: { value: '2027', grain: 'year', relative: true }, phrases: ['بعد عامين', 'بعد سنتين'] },
  { expect: { value: '2020', grain: 'year', relative: true }, phrases: ['منذ خمس سنوات', 'قبل 5 سنوات', 'منذ خمسة أعوام'] },
  { expect: { value: '2015', grain: 'year', relative: true }, phrases: ['قبل عشر سنوات', 'منذ 10 سنوات', 'قبل عشرة أعوام'] },

  // Hijri dates: converted by the Umm al-Qura calendar.
  { expect: { value: '2025-03-15', grain: 'day' }, phrases: ['15 رمضان 1446 هـ', '15 رمضان 1446هـ', '15 رمضان 1446', 'الخميس 15 رمضان 1446 هـ', '١٥ رمضان ١٤٤٦ هـ', '15 رمضان عام 1446 هـ', '15 رمضان 1446 للهجرة'] },
  { expect: { value: '2025-06-06', grain: 'day' }, phrases: ['10 ذو الحجة 1446 هـ', '10 ذي الحجة 1446'] },
  { expect: { value: '2025-06-06', grain: 'day', relative: true }, phrases: ['10 ذي الحجة', '10 ذو الحجة'] },
  { expect: { value: '2025-03-30', grain: 'day' }, phrases: ['1 شوال 1446 هـ', '1 شوال 1446'] },
  { expect: { value: '2024-09-15', grain: 'day' }, phrases: ['12 ربيع الأول 1446 هـ', '12 ربيع الاول 1446'] },
  { expect: { value: '2025-01-27', grain: 'day' }, phrases: ['27 رجب 1446 هـ'] },
  { expect: { value: '2024-03-11', grain: 'day' }, phrases: ['1 رمضان 1445 هـ'] },
  { expect: { value: '2025-06-26', grain: 'day' }, phrases: ['1 محرم 1447 هـ', '1 محرم 1447'] },
  { expect: { value: '2025-03-01/2025-03-29', grain: 'month', relative: true }, phrases: ['شهر رمضان', 'خلال شهر رمضان'] },
  { expect: { value: '2025-03-30/2025-04-28', grain: 'month' }, phrases: ['شهر شوال 1446 هـ', 'شهر شوال 1446'] },
  { expect: { value: '2023-07-19/2024-07-06', grain: 'year' }, phrases: ['1445 هـ', 'عام 1445 هـ', '1445 هجرية'] },
];

/** Phrases that must yield no date fact. */
export const AR_DATE_NEGATIVES: string[] = [
  'شرائح H100 من NVIDIA',
  'بلغ الإنفاق النقدي 7.8 مليار دولار',
  'على مدى الأشهر التسعة الأولى',
  'يعمل فيها 2025 موظفا',
  'على مدى عامين',
  'لمدة ثلاثة أشهر',
  'خلال الأشهر الستة الماضية',
  'منذ سنوات',
  'قبل أيام',
  'منذ عقود',
  'رجب طيب أردوغان',
  'ارتفعت الأسعار بنسبة 5 صفر',
  'يستمر المهرجان خمسة أيام',
  'الجمعية العمومية',
  'نادي الأحد عشر',
  'سجل السهم 1446 نقطة',
  'عامين من العمل',
  'غرفة رقم 15',
];
