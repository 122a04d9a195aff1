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
  // A slash between the year word and the year, as Iraqi and Levantine official copy writes it.
  { expect: { value: '2023', grain: 'year' }, phrases: ['رواتب الموظفين لسنة/2023', 'في سنة / ٢٠٢٣', 'الحسابات الختامية للسنة المالية/2023', 'ضمن موازنة عام/2023'] },
  { expect: { value: '2023-05', grain: 'month' }, phrases: ['تقرير شهر أيار /2023', 'بيانات مايو/2023'] },
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
  { expect: { value: '2025-09', grain: 'month', relative: true }, phrases: ['(حتى سبتمبر)', 'في سبتمبر', 'خلال شهر سبتمبر'] },
  // منذ with no year looks back: the latest such day or month on or before the reference.
  { expect: { value: '2024-09', grain: 'month', relative: true }, phrases: ['منذ أيلول', 'منذ سبتمبر', 'ومنذ شهر سبتمبر'] },
  { expect: { value: '2024-10-07', grain: 'day', relative: true }, phrases: ['منذ 7 أكتوبر', 'منذ السابع من أكتوبر', 'منذ 7 تشرين الأول', 'منذ يوم 7 أكتوبر'] },
  { expect: { value: '2025-06-03', grain: 'day', relative: true }, phrases: ['منذ 3 يونيو', 'منذ الثالث من حزيران'] },
  // A day, من and a month (Gulf, Levant), with الـ before the digits too.
  { expect: { value: '2025-04-20', grain: 'day', relative: true }, phrases: ['في 20 من أبريل', 'في الـ20 من نيسان', 'يوم 20 من شهر أبريل', 'الـ20 من أفريل'] },
  { expect: { value: '2024-04-20', grain: 'day' }, phrases: ['20 من أبريل 2024', 'في الـ20 من شهر نيسان 2024'] },
  { expect: { value: '2025-07-13/2025-07-15', grain: 'day', relative: true }, phrases: ['13 إلى 15 يوليو', '13 الى 15 تموز', '13-15 يوليو', 'من 13 تموز الى 15 تموز', 'من 13 يوليو حتى 15 يوليو', 'من 13 إلى غاية 15 يوليوز'] },
  { expect: { value: '2025-07-13/2025-08-15', grain: 'day', relative: true }, phrases: ['من 13 تموز الى 15 آب', '13 يوليو - 15 أغسطس'] },
  // Ranges with both names of a month, وحتى, or a month placed by a word after it.
  { expect: { value: '2025-07-01/2025-09-30', grain: 'day', relative: true }, phrases: ['من 1 يوليو وحتى 30 سبتمبر', 'من 1 تموز/يوليو إلى 30 أيلول/سبتمبر', 'اعتبارا من 1 يوليوز وإلى 30 شتنبر', 'ابتداء من 1 يوليوز إلى غاية 30 شتنبر', 'من 1 جويلية الى غاية 30 سبتمبر'] },
  { expect: { value: '2025-06-03/2025-06-05', grain: 'day', relative: true }, phrases: ['بين 3 و5 يونيو الجاري', 'من 3 إلى 5 حزيران الحالي', 'من 3 إلى 5 من الشهر الجاري', 'بين 3 و5 من الشهر الحالي'] },
  // Ranges whose two ends are days written out, each with its own direction word or year (Maghreb إلى غاية, Levant لغاية, Gulf numeric dates).
  { expect: { value: '2025-03-20/2025-06-11', grain: 'day', relative: true }, phrases: [
    'من 20 مارس الماضي إلى غاية 11 يونيو الجاري', 'من 20 آذار الماضي حتى 11 حزيران الجاري', 'ابتداء من 20 مارس المنصرم إلى 11 يونيو الحالي',
  ] },
  { expect: { value: '2024-01-01/2024-06-30', grain: 'day' }, phrases: [
    'من 2024/1/1 إلى 2024/6/30', 'اعتبارا من 2024/01/01 وحتى 2024/06/30', 'بين 1 يناير 2024 و30 يونيو 2024', 'من 1 كانون الثاني 2024 لغاية 30 حزيران 2024',
  ] },
  { expect: { value: '2025-07-01/2025-12-31', grain: 'day' }, phrases: ['من 1-7-2025 حتى 31-12-2025', 'من 1-7-2025 إلى غاية 31-12-2025', 'من فاتح يوليوز 2025 إلى غاية 31 دجنبر 2025'] },
  { expect: { value: '2025-03-01/2025-03-29', grain: 'day' }, phrases: ['من 1 رمضان 1446 هـ حتى 29 رمضان 1446 هـ'] },
  // A range over the new year: the year written is the end's; with none, the end is next year's.
  { expect: { value: '2025-12-20/2026-01-10', grain: 'day' }, phrases: ['من 20 ديسمبر إلى 10 يناير 2026', 'من 20 كانون الأول حتى 10 كانون الثاني 2026', 'بين 20 دجنبر و10 يناير 2026'] },
  { expect: { value: '2025-12-20/2026-01-10', grain: 'day', relative: true }, phrases: ['من 20 ديسمبر إلى 10 يناير', 'من 20 كانون الأول لغاية 10 كانون الثاني'] },
  { expect: { value: '2025-07-20/2025-07-25', grain: 'day', relative: true }, phrases: ['من 20 إلى 25 من الشهر المقبل', 'من 20 حتى 25 الشهر القادم'] },
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
  // A bare weekday takes its direction from the verb before it: an announcement or forecast in the imperfect (with or without
  // س / سوف) is the coming day; a past verb, or لم with the imperfect, the last one (the default when no verb decides).
  { expect: { value: '2025-06-26', grain: 'day', relative: true }, phrases: [
    'سيشهد الطقس يوم الخميس انخفاضا في درجات الحرارة', 'تنطلق منافسات البطولة الخميس', 'وسوف تستأنف المفاوضات يوم الخميس', 'يلتقي المنتخب نظيره الأردني الخميس',
  ] },
  { expect: { value: '2025-06-22', grain: 'day', relative: true }, phrases: [
    'تبدأ امتحانات الثانوية العامة يوم الأحد', 'ستتساقط أمطار رعدية على المرتفعات الأحد', 'توقعت الأرصاد أن تشهد البلاد الأحد أجواء حارة', 'يعقد مجلس النواب جلسته الأحد',
  ] },
  { expect: { value: '2025-06-16', grain: 'day', relative: true }, phrases: [
    'قال المتحدث باسم الحكومة الاثنين', 'أعلنت وزارة الداخلية يوم الاثنين', 'لم يعقد المجلس جلسته المقررة يوم الاثنين', 'التقى الرئيس وفدا برلمانيا الاثنين',
  ] },
  { expect: { value: '2025-06-15', grain: 'day', relative: true }, phrases: ['عقدت اللجنة اجتماعها يوم الأحد', 'وصل الوفد المغربي إلى الرباط الأحد', 'نظمت الجمعية وقفة احتجاجية الأحد'] },
  { expect: { value: '2025-06-16', grain: 'day', relative: true }, phrases: ['الاثنين', 'الإثنين', 'يوم الاثنين'] },
  { expect: { value: '2025-06-09', grain: 'day', relative: true }, phrases: ['قبل عشرة أيام', 'منذ 10 أيام', 'قبل 10 أيام', 'وقبل 10 أيام', 'فمنذ عشرة أيام'] },
  { expect: { value: '2025-06-22', grain: 'day', relative: true }, phrases: ['بعد ثلاثة أيام', 'بعد 3 أيام'] },
  { expect: { value: '2025-W24', grain: 'week', relative: true }, phrases: ['الأسبوع الماضي', 'الأسبوع المنصرم', 'قبل أسبوع', 'منذ أسبوع', 'الاسبوع الماضي'] },
  { expect: { value: '2025-W25', grain: 'week', relative: true }, phrases: ['هذا الأسبوع', 'الأسبوع الحالي', 'الأسبوع الجاري'] },
  { expect: { value: '2025-W26', grain: 'week', relative: true }, phrases: ['الأسبوع المقبل', 'الأسبوع القادم', 'بعد أسبوع'] },
  { expect: { value: '2025-W23', grain: 'week', relative: true }, phrases: ['قبل أسبوعين', 'منذ أسبوعين', 'قبل أسبوعين من الآن'] },
  { expect: { value: '2025-W27', grain: 'week', relative: true }, phrases: ['بعد أسبوعين من الآن', 'بعد أسبوعين من اليوم'] },
  // The past or next N units: the days back from yesterday, or on from tomorrow.
  { expect: { value: '2025-06-20/2025-06-22', grain: 'day', relative: true }, phrases: ['الأيام الثلاثة المقبلة', 'في الأيام الثلاثة القادمة'] },
  { expect: { value: '2025-06-05/2025-06-18', grain: 'day', relative: true }, phrases: ['في الأسبوعين الماضيين', 'الاسبوعين الأخيرين'] },
  { expect: { value: '2024-12-19/2025-06-18', grain: 'day', relative: true }, phrases: ['في الأشهر الستة الأخيرة', 'الشهور الست الماضية'] },
  { expect: { value: '2024-06-19/2025-06-18', grain: 'day', relative: true }, phrases: ['في الـ12 شهرا الماضية', 'الأشهر الاثني عشر الماضية', 'الـ 12 شهراً الأخيرة'] },
  { expect: { value: '2020-06-19/2025-06-18', grain: 'day', relative: true }, phrases: ['السنوات الخمس الماضية', 'في الأعوام الخمسة الأخيرة'] },
  { expect: { value: '2025-06-20/2027-06-19', grain: 'day', relative: true }, phrases: ['العامين المقبلين', 'في السنتين القادمين'] },
  // A weekday counted in a month.
  { expect: { value: '2025-07-04', grain: 'day', relative: true }, phrases: ['أول جمعة من يوليو', 'أول يوم جمعة من شهر تموز', 'اول جمعة في جويلية'] },
  { expect: { value: '2025-06-26', grain: 'day', relative: true }, phrases: ['آخر خميس من الشهر الجاري', 'آخر خميس من هذا الشهر'] },
  { expect: { value: '2024-05-12', grain: 'day' }, phrases: ['ثاني أحد في مايو 2024', 'ثاني أحد من أيار 2024'] },
  // A day from the day named last; the reference day when none was named.
  { expect: { value: '2025-06-20', grain: 'day', relative: true }, phrases: ['في اليوم التالي', 'صباح اليوم التالي', 'في اليوم الموالي', 'ابتداء من اليوم الموالي'] },
  { expect: { value: '2025-06-18', grain: 'day', relative: true }, phrases: ['في اليوم السابق'] },
  // A half of "the year": the year named just before, else the reference year.
  { expect: { value: '2025-H2', grain: 'half', relative: true }, phrases: ['النصف الثاني من العام', 'السداسي الثاني من السنة'] },
  // A month after شهر alone.
  { expect: { value: '2025-01', grain: 'month', relative: true }, phrases: ['شهر يناير', 'لشهر كانون الثاني'] },
  { expect: { value: '2025-05', grain: 'month', relative: true }, phrases: ['الشهر الماضي', 'الشهر المنصرم', 'قبل شهر', 'منذ شهر', 'الشهر السابق'] },
  { expect: { value: '2025-06', grain: 'month', relative: true }, phrases: ['هذا الشهر', 'الشهر الجاري', 'الشهر الحالي', 'الشهر الجارى', 'الشهر الحالى'] },
  { expect: { value: '2025-07', grain: 'month', relative: true }, phrases: ['الشهر المقبل', 'الشهر القادم', 'بعد شهر'] },
  { expect: { value: '2025-03', grain: 'month', relative: true }, phrases: ['منذ ثلاثة أشهر', 'قبل 3 أشهر', 'قبل ثلاثة شهور'] },
  { expect: { value: '2025-04', grain: 'month', relative: true }, phrases: ['قبل شهرين', 'منذ شهرين'] },
  { expect: { value: '2025-12', grain: 'month', relative: true }, phrases: ['بعد ستة أشهر', 'بعد 6 أشهر'] },
  { expect: { value: '2024', grain: 'year', relative: true }, phrases: ['العام الماضي', 'السنة الماضية', 'العام المنصرم', 'قبل عام', 'منذ عام', 'قبل سنة', 'العام الفائت'] },
  { expect: { value: '2025', grain: 'year', relative: true }, phrases: ['هذا العام', 'العام الجاري', 'العام الحالي', 'السنة الحالية', 'هذه السنة', 'العام الجارى', 'نهاية العام الحالى'] },
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
  // Hijri dates written in digits (the year of the 1300s or 1400s says Hijri), in either order, with Arabic-Indic digits.
  { expect: { value: '2020-06-30', grain: 'day' }, phrases: [
    'صدر المرسوم بتاريخ ٩ /١١ /١٤٤١هـ', 'وقّع الطرفان العقد في 9/11/1441 هـ', 'اعتمد المجلس القرار في 1441/11/09هـ', 'بتاريخ 09-11-1441هـ', 'الثلاثاء 1441/11/09',
  ] },
  { expect: { value: '2021-03-21', grain: 'day' }, phrases: ['نشر التعميم في 8/8/1442هـ', 'التعميم الصادر في ٨/٨/١٤٤٢ه'] },
  { expect: { value: '2023-09-27', grain: 'day' }, phrases: ['تبدأ المرحلة الثانية في 1445/3/12 هـ', '12 ربيع الأول 1445هـ'] },
  // A Hijri date beside its Gregorian twin is one fact: the Gregorian value, the Hijri date kept.
  { expect: { value: '1978-09-25', grain: 'day' }, phrases: [
    'افتتح المصنع في ٢٢ شوال ١٣٩٨هـ الموافق ٢٥ سبتمبر ١٩٧٨م', 'الصادر في ٢٢ شوال سنة ١٣٩٨ھ الموافق ( ٢٥ سبتمبر سنة ١٩٧٨م)', 'افتتح المصنع في 22 شوال 1398هـ (25 سبتمبر 1978م)',
    'في 25 سبتمبر 1978م الموافق 22 شوال 1398هـ', 'يوم الاثنين 22 شوال 1398 هـ الموافق 25 أيلول 1978',
  ] },
  { expect: { value: '2026', grain: 'year' }, phrases: ['ميزانية العام المالي 1447 / 1448هـ (2026م)', 'للعام 1447هـ (2026م)'] },
  { expect: { value: '2025-12-02', grain: 'day' }, phrases: ['عقد المجلس جلسته اليوم الثلاثاء 11 جمادى الآخرة 1447هـ الموافق 2 ديسمبر 2025م'] },

  // Years before 1900 and two-digit years.
  { expect: { value: '1869', grain: 'year' }, phrases: ['تأسست الغرفة التجارية عام 1869', 'افتتحت قناة السويس سنة 1869', 'في العام 1869م'] },
  { expect: { value: '1789-01-29', grain: 'day' }, phrases: ['ولد في 29 يناير 1789', '29/1/1789', '1789-01-29'] },
  { expect: { value: '2024-02-26', grain: 'day' }, phrases: ['نشر في 26/02/24', 'بتاريخ 26/2/24'] },

  // Numeric dates in every order and separator.
  { expect: { value: '2025-06-19', grain: 'day' }, phrases: ['19.06.2025', '2025/06/19', '2025-06-19', 'وحتى 2025/6/19', 'حتى ٢٠٢٥/٦/١٩', '١٩/٦/٢٠٢٥', '٢٠٢٥/٠٦/١٩'] },

  // Feasts: the first day (a day fact, calendar islamic), in the Gregorian year the text or the reference gives.
  { expect: { value: '2025-03-30', grain: 'day', relative: true }, phrases: ['تعطل البنوك خلال عطلة عيد الفطر', 'تهنئة بعيد الفطر السعيد', 'غرة شوال'] },
  { expect: { value: '2025-06-06', grain: 'day', relative: true }, phrases: ['تبدأ إجازة عيد الأضحى المبارك', 'عيد الاضحى', 'عيد الأضحى الماضي'] },
  { expect: { value: '2024-06-16', grain: 'day' }, phrases: ['أول أيام عيد الأضحى 2024', 'عيد الأضحى 1445 هـ', 'عيد الأضحى لعام 2024', 'حدد موعد عيد الأضحى بالمغرب لسنة 2024', 'أعلنت الرئاسة عطلة عيد الأضحى في الجزائر لعام 2024'] },
  // A country between a feast and its year word: the feast of that year, not the reference's.
  { expect: { value: '2023-04-21', grain: 'day' }, phrases: ['عيد الفطر في مصر لعام 2023', 'عيد الفطر بتونس لسنة 2023'] },
  { expect: { value: '2026-03-20', grain: 'day' }, phrases: ['عيد الفطر 2026', 'عيد الفطر عام 2026'] },
  { expect: { value: '2026-03-20', grain: 'day', relative: true }, phrases: ['عيد الفطر المقبل', 'عيد الفطر القادم', 'عيد الفطر من العام المقبل', 'عيد الفطر من السنة القادمة'] },
  // A feast or رمضان with من and a relative year: the one in that Gregorian year, one fact.
  { expect: { value: '2024-03-11/2024-04-09', grain: 'month', relative: true }, phrases: ['شهر رمضان من العام الماضي', 'في رمضان من السنة الماضية', 'خلال شهر رمضان المبارك من العام الماضي'] },
  { expect: { value: '2025-06-26', grain: 'day', relative: true }, phrases: ['بمناسبة رأس السنة الهجرية', 'رأس السنة الهجرية الجديدة'] },
  // غرة with a Hijri month and no year: the Hijri year of the reference, as every Hijri date.
  { expect: { value: '2024-07-07', grain: 'day', relative: true }, phrases: ['غرة محرم', 'غرة شهر محرم'] },
  { expect: { value: '2025-06-26', grain: 'day' }, phrases: ['رأس السنة الهجرية 1447', 'رأس السنة الهجرية 1447هـ'] },
  { expect: { value: '2025-09-04', grain: 'day', relative: true }, phrases: ['احتفالات المولد النبوي الشريف', 'إجازة المولد النبوي'] },
  { expect: { value: '2025-06-05', grain: 'day', relative: true }, phrases: ['يوم عرفة', 'وقفة عرفات'] },
  { expect: { value: '2024-03-31', grain: 'day' }, phrases: ['عيد الفصح 2024'] },
  // Ramadan: its days as an interval at the month's grain.
  { expect: { value: '2019-05-06/2019-06-03', grain: 'month' }, phrases: ['رمضان 2019', 'خلال شهر رمضان 2019', 'في رمضان عام 2019', 'شهر رمضان 1440 هـ'] },
  { expect: { value: '2026-02-18/2026-03-19', grain: 'month', relative: true }, phrases: ['شهر رمضان المقبل', 'رمضان القادم'] },
  { expect: { value: '2025-03-01/2025-03-29', grain: 'month', relative: true }, phrases: ['قبل شهر رمضان', 'منذ شهر رمضان'] },
  { expect: { value: '2025-03-01/2025-03-29', grain: 'month', relative: true }, phrases: ['خلال رمضان الماضي', 'في رمضان', 'شهر رمضان المبارك'] },
  { expect: { value: '2025-03-01', grain: 'day', relative: true }, phrases: ['غرة رمضان', 'غرة شهر رمضان'] },

  // Decades and centuries: their years as an interval.
  { expect: { value: '1990/1999', grain: 'year' }, phrases: ['في التسعينيات', 'تسعينيات القرن الماضي', 'خلال التسعينات', 'منذ تسعينيات القرن العشرين'] },
  { expect: { value: '1980/1989', grain: 'year' }, phrases: ['في الثمانينات', 'ثمانينيات القرن الماضي', 'الثمانينيات'] },
  { expect: { value: '2020/2029', grain: 'year' }, phrases: ['عشرينيات القرن الحالي', 'عشرينيات القرن الحادي والعشرين'] },
  { expect: { value: '1900/1999', grain: 'year' }, phrases: ['القرن العشرين', 'في القرن الماضي', 'خلال القرن العشرين الميلادي'] },
  { expect: { value: '1800/1899', grain: 'year' }, phrases: ['القرن التاسع عشر', 'منذ القرن التاسع عشر'] },
  { expect: { value: '2000/2099', grain: 'year' }, phrases: ['القرن الحادي والعشرين', 'في القرن الحالي'] },

  // Year ranges: an interval of years.
  { expect: { value: '2016/2018', grain: 'year' }, phrases: ['2016-2018', 'من 2016 إلى 2018', 'خلال الفترة 2016-2018', 'من عام 2016 حتى 2018', 'بين 2016 و2018', 'بين عامي 2016 و2018'] },
  { expect: { value: '2014/2018', grain: 'year' }, phrases: ['بين 2014-2018', 'للفترة 2014 - 2018'] },
  { expect: { value: '2026/2028', grain: 'year' }, phrases: ['للأعوام 2026-2028', 'الأعوام 2026 - 2028'] },
  { expect: { value: '2023/2024', grain: 'year' }, phrases: ['العام المالي 2023-2024', 'السنة المالية (2023-2024)', 'موازنة 2023/ 2024', 'موسم 2023/24', 'للعام المالي 2024/2023'] },

  // Fiscal years and quarters: the whole phrase is one fact.
  { expect: { value: '2005', grain: 'year' }, phrases: ['السنة المالية 2005', 'ميزانية 2005', 'للعام المالي 2005', 'موازنة عام 2005', 'الميزانية العامة للعام المالي 2005'] },
  { expect: { value: '2023-Q1', grain: 'quarter' }, phrases: ['الربع المالي الأول لعام 2023', 'الربع الأول من السنة المالية 2023', 'للربع الأول 2023', 'بالربع الأول من العام 2023', 'والربع الأول لعام 2023'] },
  { expect: { value: '2026-Q1', grain: 'quarter' }, phrases: ['الربع الأول من عامها المالي 2026', 'الربع الأول 2026 المالية'] },
  { expect: { value: '2023-Q3', grain: 'quarter' }, phrases: ['للربع الثالث 2023', 'الربع الثالث من العام المالي 2023'] },
  { expect: { value: '2010-Q2', grain: 'quarter' }, phrases: ['للربع الثاني من عام 2010', 'عن الربع الثاني لعام 2010'] },
  { expect: { value: '2019-Q4', grain: 'quarter' }, phrases: ['الربع الأخير من السنة المالية السابقة 2019', 'الربع الرابع من العام المالي 2019'] },
  { expect: { value: '2024-Q1', grain: 'quarter', relative: true }, phrases: ['الربع الأول من العام الماضي', 'الربع الأول من السنة الماضية'] },
  { expect: { value: '2025-Q3', grain: 'quarter', relative: true }, phrases: ['الربع الثالث من العام الجاري', 'الربع الثالث من هذا العام'] },
  { expect: { value: '2024-H2', grain: 'half', relative: true }, phrases: ['النصف الثاني من العام الماضي', 'للنصف الثاني من العام الماضي'] },

  // Parts of a month or a year keep the grain of what they divide; أول and غرة are the first day.
  { expect: { value: '2025-03', grain: 'month', relative: true }, phrases: ['أوائل مارس', 'في منتصف آذار', 'أواخر شهر مارس', 'نهاية مارس', 'مطلع آذار'] },
  { expect: { value: '2024-06', grain: 'month' }, phrases: ['منتصف يونيو 2024', 'أواخر حزيران 2024', 'بداية جوان 2024', 'نهاية يونيو من عام 2024'] },
  { expect: { value: '2025-07-01', grain: 'day', relative: true }, phrases: ['أول يوليو المقبل', 'غرة تموز القادم', 'الأول من يوليو المقبل', 'أول يوليو', 'فاتح يوليوز المقبل', 'ابتداء من فاتح يوليو'] },
  { expect: { value: '2024-01-01', grain: 'day' }, phrases: ['غرة يناير 2024', 'أول كانون الثاني 2024', 'فاتح يناير 2024', 'بداية من فاتح جانفي 2024'] },
  { expect: { value: '2024', grain: 'year', relative: true }, phrases: ['أواخر العام الماضي', 'نهاية العام الماضي', 'مطلع السنة الماضية', 'للعام الماضي'] },
  { expect: { value: '2025-06', grain: 'month', relative: true }, phrases: ['مطلع الشهر الجاري', 'نهاية الشهر الحالي', 'منتصف هذا الشهر'] },
  { expect: { value: '2025', grain: 'year', relative: true }, phrases: ['بحلول نهاية العام، ستكتمل المرحلة', 'منتصف العام'] },

  // Months placed by the words after them.
  { expect: { value: '2024-07', grain: 'month', relative: true }, phrases: ['يوليو الماضي', 'في تموز الماضي', 'شهر جويلية المنصرم'] },
  { expect: { value: '2025-09', grain: 'month', relative: true }, phrases: ['سبتمبر المقبل', 'أيلول القادم', 'في سبتمبر المقبل', 'في بداية شهر سبتمبر/أيلول، المقبل'] },
  { expect: { value: '2026-03', grain: 'month', relative: true }, phrases: ['مارس المقبل', 'آذار القادم'] },
  { expect: { value: '2025-02-11', grain: 'day', relative: true }, phrases: ['11 شباط الماضي', 'في 11 فبراير الماضي', 'الحادي عشر من فيفري الماضي'] },
  { expect: { value: '2025-06-07', grain: 'day', relative: true }, phrases: ['7 يونيو/حزيران الجاري', '7 حزيران الحالي'] },
  { expect: { value: '2024-10', grain: 'month', relative: true }, phrases: ['أكتوبر من العام الماضي', 'تشرين الأول من العام الماضي'] },
  { expect: { value: '2024-10-05', grain: 'day', relative: true }, phrases: ['5 أكتوبر من العام الماضي'] },

  // Month names of every region, with or without the Gregorian name beside them.
  { expect: { value: '2024-01', grain: 'month' }, phrases: ['كانون الثاني 2024', 'كانون ثاني 2024', 'كانون الثاني/يناير 2024', 'يناير (كانون الثاني) 2024', 'جانفي 2024', 'الكانون الثاني 2024'] },
  { expect: { value: '2024-10-15', grain: 'day' }, phrases: ['15 تشرين الأول 2024', '15 تشرين أول 2024', '15 تشرين الاول/أكتوبر 2024'] },
  { expect: { value: '2024-11-15', grain: 'day' }, phrases: ['15 تشرين الثاني 2024', '15 تشرين ثاني 2024', '15 نونبر 2024', '15 نوفمبر 2024'] },
  { expect: { value: '2024-08-03', grain: 'day' }, phrases: ['3 أوت 2024', '3 غشت 2024', '3 آب 2024', '3 أغسطس آب 2024', '3 آب أغسطس 2024'] },
  // The two names side by side with only a space: one date (Levant, Iraq).
  { expect: { value: '2023-12-21', grain: 'day' }, phrases: ['21 كانون الأول ديسمبر 2023', '21 ديسمبر كانون الأول 2023', 'الخميس 21 كانون الأول ديسمبر 2023'] },
  { expect: { value: '2024-04', grain: 'month' }, phrases: ['نيسان أبريل 2024', 'في أبريل نيسان 2024'] },
  { expect: { value: '2024-07-14', grain: 'day' }, phrases: ['14 جويلية 2024', '14 يوليوز 2024', '14 تموز 2024'] },
  { expect: { value: '2024-09-09', grain: 'day' }, phrases: ['9 شتنبر 2024', '9 أيلول 2024', '9 سبتمبر 2024'] },
  { expect: { value: '2024-12-25', grain: 'day' }, phrases: ['25 دجنبر 2024', '25 كانون الأول 2024', '25 كانون أول 2024'] },
  { expect: { value: '2024-05-01', grain: 'day' }, phrases: ['1 ماي 2024', 'أول ماي 2024', 'الأول من أيار 2024'] },
  { expect: { value: '2024-04-10', grain: 'day' }, phrases: ['10 أفريل 2024', '10 نيسان 2024', '10 إبريل 2024'] },

  // Times with a date, or alone (the reference day).
  { expect: { value: '2025-06-19T16', grain: 'hour', relative: true }, phrases: ['الساعة الرابعة عصراً', 'في الرابعة عصرا', 'الساعة 4 عصرا', 'اليوم الساعة الرابعة بعد الظهر'] },
  { expect: { value: '2025-06-19T21:45', grain: 'minute', relative: true }, phrases: ['09:45 م', 'الساعة 9:45 مساءً', 'عند الساعة التاسعة و45 دقيقة مساء'] },
  { expect: { value: '2025-06-19T12:34', grain: 'minute', relative: true }, phrases: ['12:34 مساءً', 'الساعة 12:34 ظهرا'] },
  { expect: { value: '2025-06-19T10:30', grain: 'minute', relative: true }, phrases: ['الساعة العاشرة والنصف صباحاً', 'في تمام الساعة 10:30 صباحا', '10:30 ص'] },
  // A quarter or a third to the hour after إلا (the half of the day may be left out), minutes after و, a GMT time: minute grain, on the day named beside them.
  { expect: { value: '2025-06-19T09:45', grain: 'minute', relative: true }, phrases: ['العاشرة إلا ربعاً', 'الساعة العاشرة إلا ربعا صباحا', 'في تمام العاشرة إلا ربعًا صباحاً', 'الساعة 9 و45 دقيقة'] },
  { expect: { value: '2025-06-19T22:40', grain: 'minute', relative: true }, phrases: ['الحادية عشرة إلا ثلثاً مساءً', 'الساعة الحادية عشرة إلا ثلثا ليلا'] },
  { expect: { value: '2025-06-18T09:30', grain: 'minute', relative: true }, phrases: ['أمس الساعة 9 و30 دقيقة', 'الساعة 9 و30 دقيقة من صباح أمس', 'التاسعة والنصف من صباح أمس'] },
  { expect: { value: '2025-06-22T14:30', grain: 'minute', relative: true }, phrases: ['يوم الأحد 22 يونيو الساعة 14:30 بتوقيت غرينتش', 'الأحد 22 حزيران عند الساعة 14:30 بتوقيت جرينتش'] },
  { expect: { value: '2024-02-26T08:06', grain: 'minute' }, phrases: ['26/02/24 08:06', '26/2/2024 - 08:06', '26 فبراير 2024 الساعة 08:06'] },
  { expect: { value: '2025-06-18T21', grain: 'hour', relative: true }, phrases: ['مساء أمس الساعة التاسعة', 'أمس في التاسعة مساء', 'الأربعاء الساعة 9 مساء'] },
  { expect: { value: '2025-06-19', grain: 'day', relative: true }, phrases: ['صباح اليوم', 'مساء اليوم', 'اليوم (الخميس)', 'اليوم، الخميس', 'فاز الفريق للمرة الثانية صباح اليوم'] },
  { expect: { value: '2025-06-18', grain: 'day', relative: true }, phrases: ['مساء أمس', 'ليلة أمس', 'أمس الأربعاء', 'يوم أمس', 'بالأمس', 'صباح الأربعاء'] },

  // More relative days, weeks and months.
  { expect: { value: '2025-06-20', grain: 'day', relative: true }, phrases: ['يوم غدٍ', 'يوم غد', 'غداً الجمعة', 'صباح الغد'] },
  { expect: { value: '2025-06-21', grain: 'day', relative: true }, phrases: ['بعد غد', 'بعد غدٍ', 'يوم بعد غد', 'بعد الغد'] },
  { expect: { value: '2025-06-17', grain: 'day', relative: true }, phrases: ['قبل أمس', 'أمس الأول'] },
  { expect: { value: '2025-05-12', grain: 'day', relative: true }, phrases: ['الأحد (12 مايو)', 'الأحد، 12 مايو', '12 مايو (الأحد)', 'يوم الاثنين الموافق 12 مايو'] },
  { expect: { value: '2025-06-24', grain: 'day', relative: true }, phrases: ['في 24 من الشهر الجاري', 'الرابع والعشرين من الشهر الحالي', 'يوم 24 من هذا الشهر', 'حتى الـ24 من الشهر الجاري', 'في 24 الجاري', 'يوم 24 الحالي'] },
  // A day and the month's place with no من (Levant, Iraq): only after في, يوم, منذ, حتى, بتاريخ.
  { expect: { value: '2025-05-24', grain: 'day', relative: true }, phrases: ['في 24 الشهر الماضي', 'منذ 24 الشهر المنصرم', 'في 24 من الشهر الماضي'] },
  { expect: { value: '2025-05-10', grain: 'day', relative: true }, phrases: ['في 10 من الشهر الماضي', 'العاشر من الشهر المنصرم'] },
  { expect: { value: '2021-06-29', grain: 'day' }, phrases: ['الثلاثاء29يونيو2021', 'الثلاثاء 29 يونيو 2021', 'يوم الثلاثاء، 29 حزيران 2021'] },
  { expect: { value: '2025-W26', grain: 'week', relative: true }, phrases: ['الأسبوع التالي', 'الاسبوع الجاي', 'مطلع الأسبوع المقبل', 'للأسبوع المقبل'] },
  { expect: { value: '2025-07', grain: 'month', relative: true }, phrases: ['الشهر التالي', 'للشهر المقبل', 'مطلع الشهر المقبل'] },
  { expect: { value: '2025-06-09', grain: 'day', relative: true }, phrases: ['الاثنين من الأسبوع الماضي', 'الاثنين الأسبوع الماضي'] },

  // Bare years that the context makes years.
  { expect: { value: '2019', grain: 'year' }, phrases: ['مقارنة بـ2019', 'مقارنة مع 2019', 'قياسا بـ 2019', 'العام السابق 2019م', 'ارتفعت الأرباح عن 2019', 'السنة المالية السابقة 2019'] },
  { expect: { value: '2010', grain: 'year' }, phrases: ['مخصصات ميزانية 2010', 'موازنة 2010', 'وفي 2010', '2010م'] },
  // A year closing a budget's name (Iraq's federal budget, the state budget of Egypt and Jordan, a supplementary budget).
  { expect: { value: '2024', grain: 'year' }, phrases: ['قانون الموازنة العامة الاتحادية 2024', 'مشروع الموازنة العامة للدولة 2024', 'ميزانية الدولة لعام 2024', 'الموازنة التكميلية 2024', 'موازنة 2024'] },

  // More day forms: a weekday with في or الموافق before the date, شهر between day and month, feminine ordinals, a month first.
  { expect: { value: '2025-02-18', grain: 'day', relative: true }, phrases: ['يوم الثلاثاء في 18 شباط', 'الثلاثاء الموافق 18 شهر شباط', 'الثامن عشر من شباط', '18 شهر فبراير'] },
  { expect: { value: '2025-02-13', grain: 'day', relative: true }, phrases: ['الثالث عشرة من شباط', 'الثالث عشر من شهر فبراير'] },
  { expect: { value: '2025-09-21T13:30', grain: 'minute', relative: true }, phrases: ['يوم الأحد 21/09 الساعة 1:30 بعد الظهر', 'بتاريخ 21/9 الساعة الواحدة والنصف ظهرا'] },
  { expect: { value: '2025-06-19T03', grain: 'hour', relative: true }, phrases: ['الساعة ثلاثة الصبح', 'الساعة 3 فجرا', 'الثالثة فجراً'] },
  { expect: { value: '2025-07-13/2025-07-15', grain: 'day', relative: true }, phrases: ['تموز 13 الى 15', 'يوليو 13-15'] },
  { expect: { value: '2025-09-01/2025-09-08', grain: 'day', relative: true }, phrases: ['من 1-8 شهر أيلول', 'بين 1 و8 سبتمبر'] },
  { expect: { value: '2020-12-25', grain: 'day' }, phrases: ['عيد الميلاد 2020', 'احتفالات عيد الميلاد لعام 2020'] },
  { expect: { value: '2025-06-19', grain: 'day', relative: true }, phrases: ['الليلة', 'هذه الليلة', 'في هذا اليوم'] },

  { expect: { value: '2024-07-07/2024-08-04', grain: 'month' }, phrases: ['محرم 1446', 'في محرم 1446هـ', 'شهر محرم 1446 هـ'] },
  { expect: { value: '2025-06', grain: 'month', relative: true }, phrases: ['قبل نهاية الشهر', 'بحلول منتصف الشهر، تبدأ'] },

  { expect: { value: '2025-06-19T13', grain: 'hour', relative: true }, phrases: ['في تمام الساعة الواحدة ظهر اليوم', 'الساعة 1 ظهر اليوم'] },
  { expect: { value: '2025-06-18T20', grain: 'hour', relative: true }, phrases: ['الساعة الثامنة من مساء أمس', 'مساء أمس الساعة 8', 'الثامنة مساء أمس'] },

  { expect: { value: '2023', grain: 'year', relative: true }, phrases: ['العام قبل الماضي', 'السنة قبل الماضية'] },
  { expect: { value: '2025-W23', grain: 'week', relative: true }, phrases: ['الأسبوع قبل الماضي'] },
  { expect: { value: '2024/2025', grain: 'year' }, phrases: ['العام المالي الجاري 2024/2025', 'الموسم الزراعي 2024-2025', 'العام الدراسي لعام 2024-2025', 'للعام الدراسي 2024/2025', 'الموسم الرياضي 2024-2025', 'امتحانات سنة 2024/2025'] },
  // A season of a year: the year (the schema has no season grain).
  { expect: { value: '2023', grain: 'year' }, phrases: ['صيف 2023', 'في صيف عام 2023', 'خلال شتاء 2023', 'ربيع 2023', 'وفي خريف 2023'] },
  { expect: { value: '2024', grain: 'year', relative: true }, phrases: ['صيف العام الماضي', 'خلال شتاء العام الماضي', 'في خريف السنة الماضية', 'السنة الفائتة', 'خلال السنة الفائتة'] },
  { expect: { value: '2024', grain: 'year' }, phrases: ['في عام 2024 ميلادية', 'سنة 2024 ميلادي'] },

  // A time with its end (من الساعة … حتى / إلى …): an interval of hours on the day it joins, the reference day alone; the half of the day said once is both ends'.
  { expect: { value: '2025-06-19T09/2025-06-19T11', grain: 'hour', relative: true }, phrases: ['من الساعة 9 حتى 11 صباحا', 'من الساعة التاسعة إلى الحادية عشرة صباحاً', 'من الساعة 9 وحتى 11 صباحاً'] },
  { expect: { value: '2025-06-20T09/2025-06-20T15', grain: 'hour', relative: true }, phrases: ['غداً من الساعة التاسعة صباحاً حتى الثالثة عصراً', 'يوم غد من الساعة 9 صباحا إلى 3 عصرا', 'غدا من الساعة 9 صباحا حتى 3'] },
  { expect: { value: '2025-06-18T20/2025-06-18T22', grain: 'hour', relative: true }, phrases: ['مساء أمس من الساعة 8 حتى 10'] },
  // A byline's date and time with a bar between them.
  { expect: { value: '2026-02-15T14:51', grain: 'minute' }, phrases: ['2026-02-15 | 2:51 مساءً', '15/02/2026 | 02:51 م'] },
  { expect: { value: '2024-10-03T14:00/2024-10-03T16:30', grain: 'minute' }, phrases: ['3 تشرين الأول 2024 من الساعة 14:00 إلى 16:30', '3 أكتوبر 2024 الساعة 14:00 - 16:30'] },

  // A weekday and then its rank in a month (الجمعة الأولى, الخميس الأخير), in the month names of the Gulf and Egypt, the Levant and the Maghreb; in a Hijri month, the Hijri year of the reference.
  { expect: { value: '2025-07-04', grain: 'day', relative: true }, phrases: ['الجمعة الأولى من يوليو', 'يوم الجمعة الأولى من تموز', 'في الجمعة الأولى من جويلية'] },
  { expect: { value: '2025-06-26', grain: 'day', relative: true }, phrases: ['الخميس الأخير من الشهر الجاري', 'الخميس الأخير من حزيران', 'الخميس الأخير من جوان'] },
  { expect: { value: '2024-10-11', grain: 'day' }, phrases: ['الجمعة الثانية من أكتوبر 2024', 'الجمعة الثانية من تشرين الأول 2024'] },
  { expect: { value: '2025-03-28', grain: 'day', relative: true }, phrases: ['الجمعة الأخيرة من رمضان', 'صلاة الجمعة الأخيرة من شهر رمضان'] },
  // National days that the country word after اليوم الوطني / العيد الوطني fixes: its day in the year written, else the reference's.
  { expect: { value: '2025-09-23', grain: 'day', relative: true }, phrases: ['اليوم الوطني السعودي', 'احتفالات اليوم الوطني السعودي الـ95', 'باليوم الوطني للمملكة العربية السعودية'] },
  { expect: { value: '2025-02-25', grain: 'day', relative: true }, phrases: ['العيد الوطني الكويتي', 'بمناسبة العيد الوطني لدولة الكويت'] },
  { expect: { value: '2025-12-18', grain: 'day', relative: true }, phrases: ['اليوم الوطني القطري', 'اليوم الوطني لدولة قطر'] },
  { expect: { value: '2025-12-16', grain: 'day', relative: true }, phrases: ['العيد الوطني البحريني', 'العيد الوطني لمملكة البحرين'] },
  { expect: { value: '2025-12-02', grain: 'day', relative: true }, phrases: ['اليوم الوطني الإماراتي', 'احتفالات اليوم الوطني لدولة الإمارات'] },
  { expect: { value: '2024-12-18', grain: 'day' }, phrases: ['اليوم الوطني القطري 2024', 'اليوم الوطني القطري لعام 2024'] },

  // After a preposition a month name that is also a word (مارس, ماي, آب, أوت) is the month.
  { expect: { value: '2025-03', grain: 'month', relative: true }, phrases: ['في مارس', 'منذ آذار', 'خلال شهر مارس', 'حتى مارس'] },
  { expect: { value: '2025-08', grain: 'month', relative: true }, phrases: ['في آب', 'خلال أوت'] },
  { expect: { value: '2024-08', grain: 'month', relative: true }, phrases: ['منذ شهر أغسطس', 'منذ آب'] },
  { expect: { value: '2025-05', grain: 'month', relative: true }, phrases: ['في ماي', 'حتى أيار'] },

  // Prefixes joined to the day number, and a range opened by بين.
  { expect: { value: '2024-03-15', grain: 'day' }, phrases: ['الموافق لـ15 مارس 2024', 'و15 آذار 2024', 'بـ15 مارس 2024'] },
  { expect: { value: '2024-03-15/2024-04-20', grain: 'day' }, phrases: ['بين 15 مارس و20 أبريل 2024', 'من 15 آذار إلى 20 نيسان 2024'] },

  // Moroccan copy: an ordinal day without its article before the month (سادس يوليوز); a month name that is also a word needs a year or a word after it.
  { expect: { value: '2025-07-06', grain: 'day', relative: true }, phrases: ['مساء الأحد سادس يوليوز الجاري', 'سادس يوليوز الجاري'] },
  { expect: { value: '2024-10-03', grain: 'day' }, phrases: ['ثالث أكتوبر 2024', 'ثالث تشرين الأول 2024'] },
  { expect: { value: '2024-07-04', grain: 'day' }, phrases: ['رابع جويلية 2024'] },
  // A Hijri month with the year word of official notices (لعام, للعام, سنة); فاتح (Maghreb) and غرة are its first day; an ordinal day of a Hijri month.
  { expect: { value: '2025-06-26', grain: 'day' }, phrases: ['غرة شهر محرم لعام 1447 هـ', 'فاتح شهر محرم لعام 1447 هجرية', 'فاتح محرم 1447هـ'] },
  { expect: { value: '2024-08-05/2024-09-03', grain: 'month' }, phrases: ['رؤية هلال شهر صفر لعام 1446 هـ', 'صفر للعام 1446 هـ'] },
  { expect: { value: '2025-06-25', grain: 'day' }, phrases: ['مساء التاسع والعشرين من شهر ذي الحجة لعام 1446هـ'] },
  { expect: { value: '2025-07-05', grain: 'day' }, phrases: ['العاشر من محرم 1447 هـ'] },
  // Numeric dates with spaces around the slashes (Saudi notices), after a weekday: the whole date, not its day and month.
  { expect: { value: '2024-07-06', grain: 'day' }, phrases: ['يوم السبت 30 / 12 / 1445هـ', 'يوم السبت 6 / 7 / 2024م'] },
  // A Hijri date and its Gregorian twin across "، موافق" (Moroccan communiqués) or the Umm al-Qura aside of Saudi notices: one fact.
  { expect: { value: '2024-08-04', grain: 'day' }, phrases: ['مغرب يوم الأحد 29 محرم 1446 هـ، موافق 4 غشت 2024 م', 'يوم الأحد 29 محرم 1446هـ ـ حسب تقويم أم القرى ـ الموافق 4 / 8 / 2024م'] },
  // Two numeric dates joined by a range word (Iraqi and Jordanian notices: لغاية, ولغاية), and ولغاية between day-month dates: one interval.
  { expect: { value: '2025-07-01/2025-07-31', grain: 'day' }, phrases: ['من 1/7/2025 إلى 31/7/2025', 'خلال الفترة من 1/7/2025 ولغاية 31/7/2025', 'بين 1/7/2025 و31/7/2025', '1/7/2025 - 31/7/2025م', 'من 1/7/2025 إلى غاية 31/7/2025'] },
  { expect: { value: '2025-07-01/2025-08-31', grain: 'day' }, phrases: ['من 1 تموز ولغاية 31 آب 2025'] },
  { expect: { value: '2025-07-01/2025-07-15', grain: 'day', relative: true }, phrases: ['التسجيل من 1 ولغاية 15 تموز'] },
  // آب after a part word, or after شهر, is August (آخر أب alone is a father).
  { expect: { value: '2025-08', grain: 'month', relative: true }, phrases: ['حتى نهاية شهر آب/اغسطس', 'نهاية آب', 'منتصف آب'] },
  // The same day (نفس اليوم, اليوم ذاته): the day named last; alone, the reference day (never "today" read out of it).
  { expect: { value: '2025-06-19', grain: 'day', relative: true }, phrases: ['يلعب الفريق الآخر في نفس اليوم', 'في اليوم ذاته', 'وفي ذات اليوم'] },
  // An hour word before the part of the day that opens the day (Egyptian and Gulf match previews): one time on that day.
  { expect: { value: '2025-06-20T19', grain: 'hour', relative: true }, phrases: ['السابعة مساء غدٍ', 'في السابعة من مساء الغد', 'تنطلق المباراة في السابعة مساء غد الجمعة'] },
  { expect: { value: '2025-06-19T10', grain: 'hour', relative: true }, phrases: ['العاشرة صباح اليوم', 'في العاشرة من صباح اليوم الخميس'] },
  { expect: { value: '2025-11-21T17', grain: 'hour', relative: true }, phrases: ['في الخامسة من مساء يوم 21 نوفمبر', 'الخامسة مساء يوم 21 تشرين الثاني'] },
  { expect: { value: '2025-06-20', grain: 'day', relative: true }, phrases: ['مساء غدٍ', 'صباح غدٍ'] },
  // A day of the month just named (الشهر نفسه); alone, the reference month.
  { expect: { value: '2025-06-30', grain: 'day', relative: true }, phrases: ['تظل العروض سارية حتى 30 من الشهر نفسه'] },
  { expect: { value: '2025-06-05', grain: 'day', relative: true }, phrases: ['في الخامس من الشهر ذاته', 'الخامس من نفس الشهر'] },

  // A Hijri day, من and its month (Moroccan decrees: صادر في 13 من رمضان 1442), the Gregorian twin in brackets after it.
  { expect: { value: '2021-04-25', grain: 'day' }, phrases: ['ظهير شريف صادر في 13 من رمضان 1442 (25 أبريل 2021)', 'الصادر في 13 من شهر رمضان 1442 الموافق 25 أبريل 2021'] },
  { expect: { value: '2025-05-06', grain: 'day' }, phrases: ['المرسوم الصادر في 8 من ذي القعدة 1446', 'بتاريخ 8 من ذي القعدة 1446 هـ'] },
  // Egyptian copy ends الجاري and الحالي in ى: the same words.
  { expect: { value: '2025-06-22', grain: 'day', relative: true }, phrases: ['لجلسة 22 يونيو الجارى', '22 حزيران الحالى', 'في 22 الجارى', 'حتى 22 يونيو الجارى'] },
  // A weekday and the date that restates it, joined by بتاريخ or يصادف (Iraqi ministry notices): one fact.
  { expect: { value: '2025-06-22', grain: 'day' }, phrases: ['الأحد بتاريخ 22/6/2025', '22/6/2025 الذي يصادف يوم الأحد', 'يوم الأحد المصادف 22 حزيران 2025', '22-6-2025 ويصادف الأحد'] },
  // وحتى الأحد 22 منه (Gulf notices): a day of the month just named, the reference's when none was.
  { expect: { value: '2025-06-22', grain: 'day', relative: true }, phrases: ['وحتى الأحد 22 منه', 'إلى 22 منه', 'حتى الـ22 منه'] },
  // The first or last months of a year (statistics offices, company results): an interval of months.
  { expect: { value: '2024-01/2024-09', grain: 'month' }, phrases: [
    'الأشهر التسعة الأولى من عام 2024', 'خلال التسعة أشهر الأولى من 2024', 'بنهاية التسعة الأشهر الأولى 2024', 'للأشهر التسعة الأولى من سنة 2024',
    'أول تسعة أشهر من 2024', 'الـ9 أشهر الأولى من العام 2024', 'الاشهر التسعة الاولى من 2024م',
  ] },
  { expect: { value: '2025-01/2025-05', grain: 'month', relative: true }, phrases: [
    'الأشهر الخمسة الأولى من العام الجاري', 'الخمسة أشهر الأولى من العام الحالي', 'الأشهر الخمسة الأولى من هذا العام', 'أول خمسة أشهر من السنة الحالية',
    'خلال الأشهر الخمسة الأولى من العام', 'الأشهر الخمسة الأولى من العام الجارى',
  ] },
  { expect: { value: '2024-07/2024-12', grain: 'month' }, phrases: ['الأشهر الستة الأخيرة من 2024', 'آخر ستة أشهر من عام 2024', 'الستة أشهر الأخيرة من سنة 2024'] },
  { expect: { value: '2024-01/2024-02', grain: 'month', relative: true }, phrases: ['الشهرين الأولين من العام الماضي', 'أول شهرين من العام الماضي'] },
  { expect: { value: '2023-01/2023-04', grain: 'month' }, phrases: ['الأشهر الأربعة الأولى من 2023', 'أول 4 أشهر من عام 2023'] },
];

/** Phrases that must yield no date fact. */
export const AR_DATE_NEGATIVES: string[] = [
  'أصيب 15 من مارس الرياضة',
  'الأشهر الستة الأولى من عمره',
  'اشترى 3 منه',
  'ارتفع المؤشر 5 من صفر إلى 12',
  'أداء صلاة الجمعة في المسجد',
  'خطبة الجمعة',
  'القانون رقم 2024-25',
  'المرسوم رقم (2023-118)',
  'باع 40 منه في المزاد',
  'الأشهر التسعة الأولى 2024 موظف',
  'خلال أول ثلاثة أشهر من ولايته',
  'الشهرين الأولين من الموسم',
  'سجل 24 الجاري',
  'فاتح شهية',
  'خريف العمر',
  'ربيع عربي',
  'صيف ساخن سياسيا',
  'اليوم الوطني للشعر',
  'الحوار الوطني السعودي',
  'المنتخب الوطني الكويتي',
  'اليوم التالي للحرب',
  'اليوم الموالي لرفع الحجر الصحي',
  'النصف الأول من المباراة',
  'قبل يومين من الانتخابات',
  'خلال الأسبوعين الماضيين',
  'على مدى السنوات الخمس الماضية',
  'الأيام الماضية',
  'السنوات الماضية',
  'الأسبوع الأول من يوليو',
  'أول جمعة',
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
  // Not dates: names holding اليوم, occasions, ages, counts, amounts, phone numbers, a club.
  'نقلت صحيفة اليوم عن مصادر',
  'الخرطوم ـ العرب اليوم',
  'بحسب موقع المصري اليوم',
  'ذكرت قناة روسيا اليوم',
  'احتفالات اليوم الوطني',
  'في اليوم الأول من المعرض',
  'ريال مدريد',
  'فاز «ريال مدريد» بالمباراة',
  'يبلغ من العمر 45 عاما',
  'يعمل في المصنع 2019 موظفا',
  'في 2019 موظفا ومهندسا',
  'بلغت الصفقة 2020 مليون دولار',
  'بقيمة 2010 دولار',
  'اتصل على الرقم 0501234567',
  'في الثلاثينيات من عمره',
  'امرأة في الخمسينات من العمر',
  'الفنان محمد رمضان',
  'صفقة القرن',
  'منطقة القرن الأفريقي',
  'سجل 2016-2018 نقطة',
  'نسبة 1:3',
  'مارس الضغوط على الحكومة',
  'رؤية المملكة 2030',
  'آخر أب في العائلة',
  'مارس اللاعب هوايته',
  'كان أبوه آب للعائلة',
  'بنسبة 3/4 من الأسهم',
  'احتفل بعيد ميلاده الستين',
  'في اليوم التالي للاجتماع',
  // Ordinals without the article that are ranks, and a rank before a month name that is also a word.
  'ثالث أكبر اقتصاد في العالم',
  'حل ثاني مارس ضغطا',
  // An article and its clause, a score.
  'بموجب المادة 12/3 من القانون',
  'فاز الفريق 2-1 على ضيفه',
  // Places named after a date (Morocco, Algeria, Egypt, Iraq).
  'حماس الجمهور بساحة 20 غشت بتارودانت',
  'على ملعب 5 جويلية بالعاصمة',
  'ازدحام في شارع 26 يوليو',
  'يسكن في حي 8 ماي 1945',
  'عبر جسر 14 تموز',
  // A budget or feast with no year, a place after a feast with no year word.
  'تعاني الموازنة العامة الاتحادية عجزا',
  'صادق البرلمان على الموازنة العامة للدولة',
  // إلا with a fraction and no hour word.
  'لم يبق من الوقت إلا ربع ساعة',
  'لم يحصل إلا الثلث على الدعم',
];
