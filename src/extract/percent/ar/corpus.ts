import type { PercentExample } from '../../corpus.js';

/**
 * Arabic percentages, grouped by what they must produce (value, unit,
 * direction, basis, qualifier; unset means percent, null, null, exact). Each
 * phrase is a clause as news writes it, and must yield exactly one percent fact.
 */
export const AR_PERCENT_EXAMPLES: PercentExample[] = [
  // Digits with % or ٪ (after or before the digits), and the words for "percent".
  { expect: { value: '26' }, phrases: ['تبلغ حصة الحكومة 26% من الشركة', 'تمثل الصادرات النفطية ٢٦٪ من الإيرادات', 'يشكل الشباب %26 من السكان', 'تملك الدولة 26 بالمئة من أسهم البنك', 'حصة قدرها 26 في المائة'] },
  { expect: { value: '13.6' }, phrases: ['بلغ معدل البطالة 13,6 بالمئة', 'سجل التضخم ١٣٫٦٪ في مايو', 'بلغت نسبة الفائدة 13.6%'] },
  { expect: { value: '10' }, phrases: ['تملك الصناديق عشرة في المئة من الأسهم', 'تمثل الواردات عشرة بالمائة من الاستهلاك'] },
  { expect: { value: '0.5' }, phrases: ['تشكل نصف في المئة من الناتج', 'بلغ التضخم 0.5 في المئة'] },
  { expect: { value: '25' }, phrases: ['تستحوذ الشركة على خمسة وعشرين في المئة من السوق', 'حصة نسبتها 25٪'] },

  // Rises and falls, with the basis the sentence states.
  { expect: { value: '13', direction: 'up', basis: 'yoy' }, phrases: [
    'ارتفعت أرباح البنك 13% على أساس سنوي', 'نمت الإيرادات بنسبة 13٪ مقارنة بالعام الماضي', 'زادت المبيعات 13 في المئة عن الفترة نفسها من العام الماضي',
    'قفزت الأرباح بنسبة 13% مقارنة بالفترة المماثلة من العام السابق', 'ارتفاع صافي الربح بنسبة ١٣٪ سنويا',
    'ارتفعت الإيرادات بنسبة 13% لتصل إلى 5 مليارات ريال مقارنة بـ4 مليارات ريال في الفترة ذاتها من العام الماضي',
  ] },
  { expect: { value: '3', direction: 'down', basis: 'yoy' }, phrases: [
    'تراجعت الإيرادات ٣٪ على أساس سنوي', 'انخفض صافي الربح بنسبة 3 بالمئة مقارنة بالعام السابق', 'هبطت الصادرات 3% مقارنة مع العام الماضي',
    'تراجعت أرباح الشركة في 2024 بنسبة 3% مقارنة بعام 2023',
  ] },
  { expect: { value: '11', direction: 'up', basis: 'qoq' }, phrases: ['ارتفعت الصفقات 11% على أساس فصلي', 'نمو بنسبة 11% على أساس ربع سنوي', 'بارتفاع بلغت نسبته 11% مقارنة بالربع السابق'] },
  { expect: { value: '0.4', direction: 'down', basis: 'mom' }, phrases: ['انخفضت أسعار المستهلكين 0.4% على أساس شهري', 'تراجع الإنتاج الصناعي 0.4 في المئة مقارنة بالشهر السابق'] },
  { expect: { value: '54', direction: 'up' }, phrases: ['ارتفع سعر السهم بنسبة 54 %', 'صعد المؤشر 54%', 'انتعش المؤشر 54%', 'قفزت أسعار الذهب ٥٤٪', 'بزيادة قدرها 54%'] },
  { expect: { value: '1.2', direction: 'up' }, phrases: ['أغلق المؤشر مرتفعا 1.2% عند 12000 نقطة', 'أنهى السهم تعاملاته صاعدا بنسبة 1.2%'] },
  { expect: { value: '0.8', direction: 'down' }, phrases: ['أنهى المؤشر تعاملاته منخفضا بنسبة 0.8%', 'أغلق السهم متراجعا 0.8 بالمئة'] },
  { expect: { value: '3.2' }, phrases: ['ارتفع التضخم ليسجل 3.2%', 'ارتفع معدل التضخم السنوي إلى 3.2% في أبريل', 'أبقى البنك المركزي على سعر الفائدة عند 3.2%', 'انخفضت البطالة إلى 3.2 في المئة'] },
  // Losses that worsen or a deficit that widens rise; one that recedes falls.
  { expect: { value: '92', direction: 'up' }, phrases: ['تفاقمت خسائر الشركة بنسبة 92%', 'اتسع عجز الميزان التجاري 92%'] },
  { expect: { value: '92', direction: 'down' }, phrases: ['انحسرت خسائر الشركة بنسبة 92%'] },
  { expect: { value: '7', direction: 'down' }, phrases: ['تراجعت أسهم الشركة 7%', 'هبط المؤشر بنسبة 7 بالمئة', 'انخفاض بنسبة 7٪', 'خفضت الحكومة الدعم %7'] },
  { expect: { value: '5', direction: 'up', qualifier: 'over' }, phrases: ['ارتفعت المبيعات بأكثر من 5%', 'نمت الصادرات بنسبة تزيد على 5 في المئة'] },
  { expect: { value: '30', direction: 'up', qualifier: 'approx' }, phrases: ['زادت الأرباح بنحو 30 في المائة', 'ارتفعت الأسعار بحوالي 30%', 'ارتفع الطلب 30% تقريبا'] },
  { expect: { value: '2', direction: 'down', qualifier: 'under' }, phrases: ['تراجعت الأسعار بنسبة تصل إلى 2%', 'انخفض الإنتاج بأقل من 2 بالمئة'] },
  { expect: { value: '4', direction: 'up', basis: 'qoq' }, phrases: ['ارتفع الناتج المحلي على أساس فصلي، وزادت الواردات 4%'] },

  // Percentage points and basis points (read as points: 50 نقطة أساس → 0.5).
  { expect: { value: '0.5', unit: 'points', direction: 'down' }, phrases: ['خفض البنك المركزي أسعار الفائدة 50 نقطة أساس', 'تراجع معدل البطالة 0.5 نقطة مئوية', 'انخفضت الفائدة نصف نقطة مئوية'] },
  { expect: { value: '1', unit: 'points', direction: 'up' }, phrases: ['ارتفع معدل البطالة نقطة مئوية واحدة', 'رفع المركزي الفائدة 100 نقطة أساس', 'زادت الحصة السوقية 1 نقطة مئوية'] },
  { expect: { value: '2', unit: 'points', direction: 'up', basis: 'yoy' }, phrases: ['ارتفع هامش الربح نقطتين مئويتين على أساس سنوي'] },
  { expect: { value: '0.75', unit: 'points', direction: 'down' }, phrases: ['خفض البنك المركزي الفائدة ثلاثة أرباع نقطة مئوية', 'تراجع معدل البطالة ثلاثة أرباع نقطة مئوية'] },
  { expect: { value: '0.25', unit: 'points', direction: 'up' }, phrases: ['رفع الفيدرالي سعر الفائدة 25 نقطة أساس', 'رفع الفائدة ربع نقطة مئوية'] },

  // Ranges.
  { expect: { value: '5', qualifier: 'range', max: '8', direction: 'up' }, phrases: ['يتوقع نمو الاقتصاد بين 5 و8%', 'نمو يتراوح ما بين 5% و8%', 'ارتفاع الأسعار 5-8%', 'ارتفعت الأرباح بين 5 و8 في المئة', 'تتوقع نموا بنسبة 5 إلى 8 في المئة'] },
];

/** Phrases with no percentage in them. */
export const AR_PERCENT_NEGATIVES: string[] = [
  'ارتفعت درجات الحرارة إلى 45 درجة مئوية', 'بلغت نسبة الإقبال مرتفعة', 'رابط الخبر https://example.com/news%20today',
  'ارتفع المؤشر 120 نقطة', 'بنسبة كبيرة', 'في المئة عام الماضية', 'بلغت قيمة الصفقة 5 مليارات دولار', 'بين عامي 2020 و2024',
];
