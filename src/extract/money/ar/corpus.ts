import type { MoneyExample, MoneyListExample } from '../../corpus.js';

/**
 * Arabic money examples, grouped by the value they must produce. Each phrase
 * is a clause as Arabic news writes it, and must yield exactly one money fact.
 */
export const AR_MONEY_EXAMPLES: MoneyExample[] = [
  // Digits with scale words: Western and Arabic-Indic digits, ٫ and comma decimals.
  { expect: { amount: '9300000000', currency: 'USD' }, phrases: [
    'تعمل على جمع 9.3 مليار دولار', 'جمع ٩٫٣ مليار دولار', 'جمع 9,3 مليار دولار', 'جمعت الشركة 9.3 مليارات دولار من المستثمرين',
    'بلغت قيمة الطرح ۹٫۳ مليار دولار', 'وجمعت 9.3 مليار دولار أمريكي',
  ] },
  { expect: { amount: '7400000000', currency: 'EUR' }, phrases: ['بلغت الاستثمارات 7,4 مليار يورو', 'استثمارات بقيمة ٧٫٤ مليار يورو', 'ضخت 7.4 مليارات يورو'] },
  { expect: { amount: '4300000000', currency: 'SAR' }, phrases: [
    'أرباح بلغت ٤٫٣ مليار ريال سعودي', 'حققت أرامكو أرباحا قدرها 4.3 مليار ريال', 'صافي ربح 4.3 مليار ريال سعودي',
    'بلغت أرباح البنك ٤٫٣ مليار ريال خلال الربع في السعودية',
  ] },
  { expect: { amount: '1500000', currency: 'USD' }, phrases: ['بلغت 1,500,000 دولار', 'تبرع بمبلغ ١٬٥٠٠٬٠٠٠ دولار', 'غرامة قدرها 1.5 مليون دولار', 'بقيمة مليون ونصف دولار', 'تعويض بمليون ونصف المليون دولار'] },
  { expect: { amount: '2500000000', currency: 'EUR' }, phrases: ['صفقة بـ2,5 مليار يورو', 'صفقة بـ 2.5 مليار يورو', 'صفقة بقيمة مليارين ونصف المليار يورو', 'بيع الحصة مقابل ٢٫٥ مليار يورو'] },
  { expect: { amount: '12000000', currency: 'QAR' }, phrases: ['بقيمة 12 مليون ريال قطري', 'عقد بقيمة اثني عشر مليون ريال قطري', 'جائزة قدرها ١٢ مليون ريال قطري'] },
  { expect: { amount: '750000', currency: 'AED' }, phrases: ['غرامة 750 ألف درهم إماراتي', 'غرامة قدرها سبعمائة وخمسين ألف درهم إماراتي', 'دفع ٧٥٠ ألف درهم إماراتي'] },
  { expect: { amount: '3000000000', currency: 'EGP' }, phrases: ['استثمارات 3 مليارات جنيه مصري', 'ضخ ثلاثة مليارات جنيه مصري', 'بتكلفة ٣ مليارات جنيه مصري', 'خصصت الحكومة المصرية 3 مليارات جنيه في مصر'] },
  { expect: { amount: '40000000', currency: 'GBP' }, phrases: ['صفقة بـ40 مليون جنيه إسترليني', 'انتقل اللاعب مقابل 40 مليون جنيه استرليني', 'دفع النادي أربعين مليون جنيه إسترليني', 'بلغت قيمة الصفقة 40 مليون جنيهات استرلينية'] },
  { expect: { amount: '150000000', currency: 'KWD' }, phrases: ['أرباح 150 مليون دينار كويتي', 'حقق بيت التمويل أرباحا بقيمة مائة وخمسين مليون دينار كويتي', 'صافي الربح ١٥٠ مليون دينار كويتي'] },
  { expect: { amount: '600000000', currency: 'CNY' }, phrases: ['استثمار 600 مليون يوان', 'ضخت الشركة الصينية ستمائة مليون يوان', 'بقيمة ٦٠٠ مليون يوان صيني'] },
  { expect: { amount: '80000000000', currency: 'JPY' }, phrases: ['استثمار 80 مليار ين', 'خصصت تويوتا ثمانين مليار ين', 'بقيمة 80 مليار ين ياباني'] },
  { expect: { amount: '45000000', currency: 'JOD' }, phrases: ['بكلفة 45 مليون دينار أردني', 'منحة بقيمة خمسة وأربعين مليون دينار أردني', 'خصصت الحكومة ٤٥ مليون دينار في الأردن'] },
  { expect: { amount: '42', currency: 'LBP' }, phrases: ['بسعر 42 ليرة لبنانية', 'سعر الربطة 42 ليرات لبنانية'] },
  { expect: { amount: '10', currency: 'USD' }, phrases: ['تذكرة بعشرة دولارات', 'سعر الاشتراك 10 دولارات', 'بسعر $10 فقط', 'يبلغ سعرها 10$ للنسخة'] },
  { expect: { amount: '20', currency: 'EUR' }, phrases: ['ثمن التذكرة 20 يورو', 'بعشرين يورو فقط', 'بسعر 20 أورو', 'بسعر 20€'] },
  { expect: { amount: '5', currency: 'ILS' }, phrases: ['رفع سعر الخبز 5 شواقل', 'بخمسة شيكل'] },
  { expect: { amount: '7000000', currency: 'CHF' }, phrases: ['غرامة بقيمة 7 ملايين فرنك سويسري', 'دفع سبعة ملايين فرنك سويسري'] },
  { expect: { amount: '300000000', currency: 'TRY' }, phrases: ['بتكلفة 300 مليون ليرة تركية', 'خصصت أنقرة ثلاثمائة مليون ليرة تركية'] },
  { expect: { amount: '2000000000', currency: 'MAD' }, phrases: ['استثمار بقيمة ملياري درهم مغربي', 'رصدت الحكومة 2 مليار درهم في المغرب'] },
  // ملايير, the plural of مليار as Moroccan and Algerian copy writes it.
  { expect: { amount: '5000000000', currency: 'MAD' }, phrases: ['رصدت الحكومة 5 ملايير درهم مغربي لصندوق المقاصة', 'بلغت الكلفة خمسة ملايير درهم مغربي'] },
  { expect: { amount: '3000000000', currency: 'DZD' }, phrases: ['خصصت الولاية 3 ملايير دينار جزائري لتهيئة الطرق', 'بغلاف مالي قدره 3 ملايير دج'] },
  { expect: { amount: '30000000', currency: 'MAD' }, phrases: ['كلفت الصفقة 3 ملايير سنتيم في المغرب'] },
  { expect: { amount: '4000000000', currency: 'IQD' }, phrases: ['خصص مجلس المحافظة 4 مليارات دينار عراقي', 'بكلفة أربعة مليارات دينار عراقي'] },

  // Dinars, dirhams, pounds and riyals of every market, with their adjectives, case endings and abbreviations.
  { expect: { amount: '3000000', currency: 'LYD' }, phrases: [
    'خصص المصرف 3 ملايين دينار ليبي لصيانة المدارس', 'بقيمة ثلاثة ملايين دينارٍ ليبي', 'صرفت البلدية 3.000.000 دينار ليبي',
    'بلغت قيمة العطاء 3 ملايين د.ل', 'رصدت الحكومة ثلاثة ملايين ديناراً ليبياً',
  ] },
  { expect: { amount: '250000', currency: 'IQD' }, phrases: [
    'منحة قدرها 250 ألف دينار عراقي لكل عائلة نازحة', 'بسعر 250.000 دينار عراقي', 'دفع المواطن 250 000 دينار عراقي', 'رسوم بقيمة 250 ألف د.ع',
    'غرامة مقدارها مائتان وخمسون ألف دينار عراقي',
  ] },
  { expect: { amount: '1500', currency: 'JOD' }, phrases: ['بغرامة قدرها ألف وخمسمائة دينار أردني', 'غرامة 1,500 دينار أردني', 'فرضت المحكمة 1500 د.أ على المخالف'] },
  { expect: { amount: '800', currency: 'BHD' }, phrases: ['بكلفة 800 دينار بحريني', 'براتب 800 د.ب', 'بقيمة ثمانمائة دينار بحريني'] },
  { expect: { amount: '1.25', currency: 'KWD' }, phrases: ['بسعر 1.250 دينار كويتي للعبوة', 'سعر الوجبة 1.250 د.ك'] },
  { expect: { amount: '12000', currency: 'KWD' }, phrases: ['غرامة 12.000 دينار كويتي', 'تعويض بقيمة 12 ألف دينار كويتي', 'غرامة قدرها اثنا عشر ألف دينار كويتي'] },
  { expect: { amount: '500000', currency: 'DZD' }, phrases: ['قرض بقيمة 500 ألف دينار جزائري', 'منحة 500 ألف دج للشباب', 'تعويض بقيمة 500.000 دج', 'مبلغ 500 000 دينار جزائري'] },
  { expect: { amount: '1.5', currency: 'TND' }, phrases: ['ارتفع سعر الخبزة إلى 1.500 دينار تونسي'] },
  // Dots or spaces between groups and a decimal comma, as Algerian, Moroccan and Tunisian notices and tenders write them.
  { expect: { amount: '12345678.9', currency: 'DZD' }, phrases: ['حددت قيمة الصفقة بمبلغ 12.345.678,90 دج', 'حددت قيمة الصفقة بمبلغ 12 345 678,90 دينار جزائري'] },
  { expect: { amount: '850000', currency: 'MAD' }, phrases: ['بلغ ثمن الشقة 850 000,00 درهم مغربي', 'بلغ ثمن الشقة 850.000,00 درهم مغربي', 'بلغ ثمن الشقة 850.000 درهم مغربي'] },
  { expect: { amount: '1250.5', currency: 'TND' }, phrases: ['بلغت كلفة الدراسة 1.250,500 دينار تونسي', 'بلغت كلفة الدراسة 1 250,500 د.ت'] },
  { expect: { amount: '2500.75', currency: 'EUR' }, phrases: ['رصدت البلدية 2.500,75 أورو للمهرجان', 'رصدت البلدية 2,500.75 يورو للمهرجان'] },
  { expect: { amount: '1.5', currency: 'TND', per: 'unit' }, phrases: ['بسعر 1.500 د.ت للكيلوغرام'] },
  { expect: { amount: '40000000', currency: 'TND' }, phrases: ['قرض بـ40 مليون دينار تونسي', 'رصدت الوزارة أربعين مليون دينار تونسي', 'بكلفة 40 مليون د.ت'] },
  { expect: { amount: '12000', currency: 'MAD' }, phrases: ['غرامة 12.000 درهم مغربي', 'غرامة قدرها 12 ألف درهم مغربي', 'دفع اثني عشر ألف درهماً مغربياً'] },
  { expect: { amount: '12000', currency: 'AED' }, phrases: ['غرامة 12 ألف درهم إماراتي', 'مخالفة بقيمة 12,000 د.إ', 'بقيمة 12.000 درهم إماراتي'] },
  { expect: { amount: '5000', currency: 'SYP' }, phrases: ['بسعر 5000 ل.س', 'بخمسة آلاف ليرةٍ سورية', 'بسعر 5.000 ليرة سورية'] },
  { expect: { amount: '5000', currency: 'SYP', per: 'unit' }, phrases: ['وصل سعر كيلو البطاطا إلى 5 آلاف ليرة سورية'] },
  { expect: { amount: '90000', currency: 'LBP' }, phrases: ['بلغ سعر ربطة الخبز 90 ألف ليرة لبنانية', 'بسعر 90,000 ل.ل.', 'بسعر 90.000 ليرة لبنانية', 'بتسعين ألف ليرة لبنانية'] },
  { expect: { amount: '30000', currency: 'SDG' }, phrases: ['بلغ سعر جوال السكر 30 ألف جنيه سوداني', 'بسعر 30 ألف ج.س', 'بثلاثين ألف جنيهٍ سوداني'] },
  { expect: { amount: '250', currency: 'EGP' }, phrases: ['رسوم 250 ج.م', 'بسعر 250 جنيهاً مصرياً', 'بتكلفة 250 جنيه مصرى', 'غرامة مائتين وخمسين جنيهًا مصريًا'] },
  { expect: { amount: '20', currency: 'OMR' }, phrases: ['رسوم قدرها 20 ريالاً عمانياً', 'بسعر 20 ر.ع.', 'بعشرين ريالا عمانيا'] },
  { expect: { amount: '20', currency: 'QAR' }, phrases: ['تذكرة بـ20 ريالا قطريا', 'بسعر 20 ر.ق', 'بعشرين ريالًا قطريًا'] },
  { expect: { amount: '20', currency: 'SAR' }, phrases: ['رسوم 20 ر.س', 'بسعر ٢٠ ريالًا سعوديًا', 'بعشرين ريالاً سعودياً', 'بسعر 20 ر. س.'] },
  { expect: { amount: '1000', currency: 'YER' }, phrases: ['بسعر ألف ريال يمني'] },
  { expect: { amount: '1000', currency: 'YER', per: 'unit' }, phrases: ['بسعر 1000 ريال يمني للكيس'] },
  { expect: { amount: '5000000', currency: 'RUB' }, phrases: ['غرامة 5 ملايين روبل', 'غرامة قدرها خمسة ملايين روبلٍ', 'غرامة بخمسة ملايين روبل روسي'] },
  { expect: { amount: '300', currency: 'INR' }, phrases: ['بسعر 300 روبية هندية', 'بثلاثمائة روبية', 'بسعر 300 روبيةً'] },
  { expect: { amount: '300', currency: 'PKR' }, phrases: ['بسعر 300 روبية باكستانية'] },
  { expect: { amount: '2000000000', currency: 'KRW' }, phrases: ['غرامة 2 مليار وون كوري', 'غرامة ملياري وون'] },
  { expect: { amount: '300', currency: 'JPY' }, phrases: ['بسعر 300 ين ياباني', 'بثلاثمائة ين'] },
  { expect: { amount: '10000', currency: 'XOF' }, phrases: ['بسعر 10 آلاف فرنك إفريقي', 'بعشرة آلاف فرنك أفريقي'] },
  { expect: { amount: '40000000', currency: 'GBP' }, phrases: ['عرض 40 مليون إسترليني لضم اللاعب', 'مقابل 40 مليون استرليني', 'مقابل 40 مليون باوند'] },
  { expect: { amount: '100', currency: 'USD' }, phrases: ['دفع 100 دولارٍ', 'دفع 100 دولاراً', 'دفع مئة دولارٍ أمريكي', 'دفع 100 دولار أمريكى'] },

  // Fractions of a currency: سنتيم (Morocco, Algeria), فلس, قرش, هللة, بيسة.
  { expect: { amount: '1000000', currency: 'MAD' }, phrases: [
    'صادق مجلس جماعة الرباط على 100 مليون سنتيم لتهيئة الحدائق', 'رصدت جماعة الدار البيضاء مائة مليون سنتيم لإصلاح الطرق في المغرب',
    'غرامة 100 مليون سنتيم في المغرب', 'بلغت الصفقة 100 مليون سانتيم في الرباط',
  ] },
  { expect: { amount: '10000000', currency: 'MAD' }, phrases: ['رصدت جماعة الرباط مليار سنتيم للنقل', 'كلفت الصفقة 1 مليار سنتيم في المغرب'] },
  { expect: { amount: '2000000', currency: 'DZD' }, phrases: ['خصصت ولاية الجزائر 200 مليون سنتيم لترميم المدارس', 'اختلاس 200 مليون سنتيم في الجزائر'] },
  { expect: { amount: '0.05', currency: 'KWD' }, phrases: ['بسعر 50 فلس في الكويت'] },
  { expect: { amount: '0.05', currency: 'KWD', per: 'unit' }, phrases: ['رفعت الكويت سعر رغيف الخبز إلى 50 فلساً'] },
  { expect: { amount: '0.05', currency: 'JOD' }, phrases: ['زاد سعر الكيلو في الأردن 5 قروش', 'ارتفع سعر لتر البنزين في الأردن خمسة قروش'] },
  { expect: { amount: '0.5', currency: 'EGP', per: 'unit' }, phrases: ['زاد سعر الرغيف 50 قرشا في مصر'] },
  { expect: { amount: '0.5', currency: 'EGP', per: 'unit' }, phrases: ['بزيادة 50 قرشاً للتر في مصر'] },
  { expect: { amount: '0.5', currency: 'SAR' }, phrases: ['رسوم 50 هللة للرسالة', 'بخمسين هللة'] },
  // سنت: the dollar's cent, as oil and fuel prices move.
  { expect: { amount: '0.5', currency: 'USD' }, phrases: ['ارتفع خام برنت 50 سنتا في التعاملات الآسيوية'] },
  { expect: { amount: '0.5', currency: 'USD', per: 'unit' }, phrases: ['صعد سعر البرميل خمسين سنتاً', 'زاد سعر غالون البنزين 50 سنتًا'] },
  { expect: { amount: '0.05', currency: 'USD' }, phrases: ['انخفض الغالون خمسة سنتات', 'هبط الخام 5 سينتات'] },
  { expect: { amount: '0.05', currency: 'USD', per: 'unit' }, phrases: ['تراجع سعر الغالون 5 سنتات'] },
  // A figure and its fraction after و are one amount.
  { expect: { amount: '3.45', currency: 'USD' }, phrases: ['يباع الغالون بثلاثة دولارات و45 سنتا'] },
  { expect: { amount: '3.45', currency: 'USD', per: 'unit' }, phrases: ['بلغ متوسط سعر الغالون 3 دولارات و45 سنتا'] },
  { expect: { amount: '15.5', currency: 'EGP', per: 'unit' }, phrases: ['سعر كيلو الطماطم 15 جنيها و50 قرشا في مصر', 'بلغ سعر الكيلو 15 جنيهاً و50 قرشاً في أسواق القاهرة'] },
  { expect: { amount: '12.5', currency: 'MAD', per: 'unit' }, phrases: ['ثمن كيلو السردين 12 درهما و50 سنتيما في الدار البيضاء'] },
  { expect: { amount: '3.25', currency: 'KWD' }, phrases: ['رسوم الخدمة 3 دنانير و250 فلسا في الكويت'] },
  { expect: { amount: '2.33', currency: 'SAR', per: 'unit' }, phrases: ['سعر لتر البنزين 2 ريال و33 هللة في السعودية'] },
  { expect: { amount: '5.75', currency: 'AED' }, phrases: ['سعر لتر الديزل في الإمارات 5 دراهم و75 فلسا'] },
  // ISO codes before the figure, as wires print them beside Arabic.
  { expect: { amount: '50000000', currency: 'USD' }, phrases: ['تكلفة المشروع USD 50 مليون', 'بلغ الدين USD 50 مليون دولار'] },
  { expect: { amount: '2500000000', currency: 'SAR' }, phrases: ['بلغت قيمة الطرح SAR 2.5 مليار'] },
  { expect: { amount: '750', currency: 'KWD' }, phrases: ['رسوم التسجيل KWD 750'] },
  // A currency noun in the dual, with no figure, is two of it.
  { expect: { amount: '2', currency: 'USD' }, phrases: ['رفعت الشركة سعر الاشتراك دولارين', 'زاد سعر التذكرة دولارين أمريكيين'] },
  { expect: { amount: '2', currency: 'SAR' }, phrases: ['بيع بسعر ريالين سعوديين'] },
  { expect: { amount: '2', currency: 'SAR', per: 'unit' }, phrases: ['بيع بسعر ريالين سعوديين للعلبة'] },
  { expect: { amount: '2', currency: 'LYD' }, phrases: ['ارتفع سعر الدجاج دينارين في ليبيا'] },
  { expect: { amount: '0.02', currency: 'EGP', per: 'unit' }, phrases: ['زاد سعر الرغيف قرشين في مصر'] },
  { expect: { amount: '0.2', currency: 'OMR' }, phrases: ['بسعر 200 بيسة', 'رسوم مائتي بيسة'] },

  // Number forms: ترليون, parentheses, grouped digits, the Saudi agency's reversed decimals, glued scale words.
  { expect: { amount: '199000000000000', currency: 'IQD' }, phrases: [
    'موازنة بقيمة 199 ترليون دينار عراقي', 'أقر البرلمان موازنة بـ(199) ترليون دينار عراقي', 'بلغت النفقات 199 تريليون دينار عراقي',
    'مائة وتسعة وتسعين ترليون دينار عراقي',
  ] },
  // A budget line in thousands, as Iraqi and Jordanian gazettes write it: a figure in brackets, then ألف; the
  // amount spelled out again in brackets after it is the same fact.
  { expect: { amount: '2500000000', currency: 'IQD' }, phrases: [
    'تقدر النفقات بمبلغ (2500000) ألف دينار عراقي', 'بمبلغ (2,500,000) ألف دينار عراقي',
    'خصص للمشروع مبلغ (٢٥٠٠٠٠٠) الف دينار عراقي (ملياران وخمسمائة مليون دينار عراقي)',
  ] },
  { expect: { amount: '1312812000000', currency: 'JOD' }, phrases: [
    'بلغت الإيرادات (1312812000) ألف دينار أردني (ترليون وثلاثمائة واثنا عشر مليارا وثمانمائة واثنا عشر مليون دينار أردني)',
  ] },
  { expect: { amount: '5000', currency: 'SAR' }, phrases: ['بمبلغ خمسة آلاف (5000) ريال سعودي', 'بمبلغ (5000) خمسة آلاف ريال سعودي', 'بمبلغ خمسة آلاف ( 5,000 ) ريال سعودي'] },
  { expect: { amount: '5000000', currency: 'USD' }, phrases: ['تبرع بمبلغ (5) ملايين دولار', 'بقيمة (5) ملايين دولار أمريكي', 'منحة قدرها خمسة ملايين دولار'] },
  { expect: { amount: '500', currency: 'QAR' }, phrases: ['بمبلغ (500) ريال قطري', 'بمبلغ ( 500 ) ريال قطري'] },
  { expect: { amount: '5880000000', currency: 'SAR' }, phrases: ['بلغت الأرباح 88ر5 مليار ريال سعودي', 'أرباح قدرها ٨٨ر٥ مليار ريال سعودي', 'بلغت الأرباح 5.88 مليار ريال سعودي'] },
  { expect: { amount: '1250000', currency: 'SAR' }, phrases: ['بقيمة 000ر250ر1 ريال سعودي', 'بقيمة 1,250,000 ريال سعودي', 'بقيمة مليون ومائتين وخمسين ألف ريال سعودي'] },
  { expect: { amount: '12200000000', currency: 'AED' }, phrases: ['أرباح 12,2 مليار درهم إماراتي', 'أرباح 12٫2 مليار درهم إماراتي', 'أرباح 12،2 مليار درهم إماراتي', 'أرباح 12.2 مليار درهم إماراتي'] },
  { expect: { amount: '10000000000', currency: 'USD' }, phrases: ['(10مليارات دولار)', 'أي ما يعادل 10مليار دولار'] },
  { expect: { amount: '1275600000000', currency: 'SAR' }, phrases: [
    'تقدر النفقات بألف ومائتين وخمسة وسبعين مليارًا وستمائة مليون ريال سعودي', 'تقدر النفقات بمبلغ (1,275,600,000,000) ألف ومائتين وخمسة وسبعين مليارًا وستمائة مليون ريال سعودي',
  ] },
  { expect: { amount: '234500000000', currency: 'EGP' }, phrases: ['عجز قدره مائتان وأربعة وثلاثون مليارًا وخمسمائة مليون جنيه مصري', 'عجز قدره 234.5 مليار جنيه مصري'] },
  { expect: { amount: '100000000', currency: 'QAR' }, phrases: ['سدد البنك المائة مليون ريال قطري', 'أعاد المصرف الـ100 مليون ريال قطري', 'أعاد المصرف الـ 100 مليون ريال قطري'] },
  { expect: { amount: '5000000', currency: 'USD' }, phrases: ['تسلمت الجمعية الخمسة ملايين دولار', 'دفعت الشركة الـ5 ملايين دولار'] },
  { expect: { amount: '4437000000', currency: 'IQD' }, phrases: ['بلغت التخصيصات 4 مليارات دينار عراقي و437 مليونا للمشاريع', 'بكلفة أربعة مليارات دينار عراقي و437 مليوناً'] },
  { expect: { amount: '1500000000', currency: 'EUR' }, phrases: ['مليار ونصف يورو', 'بمليار ونصف المليار يورو', 'بقيمة 1.5 مليار يورو'] },

  { expect: { amount: '1200000000', currency: 'USD' }, phrases: ['تبلغ تكلفة المشروع مليارا و200 مليون دولار', 'بتكلفة مليار ومائتي مليون دولار', 'بكلفة 1.2 مليار دولار'] },
  { expect: { amount: '1500000000', currency: 'USD' }, phrases: ['رصدت الحكومة مليار دولار ونصف', 'رصدت الحكومة مليار دولار ونصف المليار'] },
  { expect: { amount: '3500000', currency: 'EGP' }, phrases: ['بلغت التعويضات 3 ملايين جنيه مصري ونصف المليون', 'بلغت التعويضات ثلاثة ملايين ونصف مليون جنيه مصري'] },
  // A currency noun counted by واحد.
  { expect: { amount: '1', currency: 'KWD' }, phrases: ['بيع الرغيف بدينار واحد في الكويت', 'رفعت الكويت السعر إلى ديناراً واحداً'] },
  { expect: { amount: '1', currency: 'USD' }, phrases: ['بسعر دولار واحد', 'يبلغ ثمن الكوب دولارا واحدا'] },

  // A scaled figure with no currency word, in a sentence about money: currency null.
  { expect: { amount: '4000000000', currency: null }, phrases: [
    'وصلت أرباح المطورين إلى 4 مليارات في الربع الأخير', 'بلغ عجز الموازنة 4 مليارات خلال العام', 'سجلت الإيرادات 4 مليارات فقط',
    'قفزت مبيعات الشركة إلى أربعة مليارات في النصف الأول',
  ] },
  { expect: { amount: '97200000000', currency: null }, phrases: ['بلغت الإيرادات 97.2 مليارًا في العام الماضي', 'كانت الأرباح 97.2 ملياراً مقارنة بالعام السابق'] },
  // Scale words alone and number words.
  { expect: { amount: '1000000000', currency: 'USD' }, phrases: [
    'إنفاق بمليار دولار', 'استثمار مليار دولار', 'صفقة بقيمة 1 مليار دولار', 'خصصت الحكومة مليار دولار أمريكي للمشروع',
    'قرض بقيمة ألف مليون دولار', 'تخطت قيمتها عتبة المليار دولار', 'ضخ مليار دولار أميركي في السوق', 'منحة بقيمة مليار دولار',
    'ب1 مليار دولار', 'تمويل بمبلغ 1000 مليون دولار',
  ] },
  { expect: { amount: '2000000000', currency: 'USD' }, phrases: ['أرباح صافية بقيمة ملياري دولار', 'بلغت الخسائر مليارين دولار', 'قرض بقيمة 2 مليار دولار', 'جمعت اثنين مليار دولار'] },
  { expect: { amount: '454000000000', currency: 'SAR' }, phrases: ['مقارنة مع 454 مليار ريال سعودي في العام السابق', 'بلغت 454 مليار ريال سعودي في العام 2023', 'أرباح بقيمة 454 مليار ريال سعودي في الشهر الماضي'] },
  { expect: { amount: '3000000000', currency: 'USD' }, phrases: ['ثلاثة مليارات دولار', 'رصدت الشركة ثلاثة مليارات دولار', 'بثلاثة مليارات دولار', 'استحوذت عليها مقابل 3 مليارات دولار'] },
  { expect: { amount: '500000000', currency: 'USD' }, phrases: ['نصف مليار دولار', 'خسرت الشركة نصف مليار دولار', 'بنصف مليار دولار', 'خمسمائة مليون دولار', 'جمعت 500 مليون دولار', 'بـ500 مليون دولار'] },
  { expect: { amount: '250000000', currency: 'USD' }, phrases: ['ربع مليار دولار', 'بتكلفة ربع مليار دولار', 'مئتين وخمسين مليون دولار', 'بلغت 250 مليون دولار'] },
  { expect: { amount: '1250000000', currency: 'SAR' }, phrases: ['ألف ومائتين وخمسين مليون ريال سعودي', 'مليار و250 مليون ريال سعودي', 'بقيمة 1.25 مليار ريال سعودي', 'بلغت قيمة العقد 1,25 مليار ريال سعودي'] },
  { expect: { amount: '1200000000000', currency: 'EGP' }, phrases: ['تريليون و200 مليار جنيه مصري', 'بلغ حجم الموازنة 1.2 تريليون جنيه مصري', 'موازنة بقيمة ١٫٢ تريليون جنيه مصري'] },
  { expect: { amount: '1500000000', currency: 'USD' }, phrases: ['مليار ونصف المليار دولار', 'مليار ونصف مليار دولار', 'بمليار و500 مليون دولار', 'جمع 1.5 مليار دولار'] },
  { expect: { amount: '3500000000', currency: 'USD' }, phrases: ['3 مليارات و500 مليون دولار', 'ثلاثة مليارات وخمسمائة مليون دولار', 'بلغت 3.5 مليار دولار'] },
  { expect: { amount: '25000000', currency: 'USD' }, phrases: ['خمسة وعشرين مليون دولار', 'منحة بقيمة خمسة وعشرين مليون دولار', 'بقيمة 25 مليون دولار'] },
  { expect: { amount: '13000000', currency: 'USD' }, phrases: ['ثلاثة عشر مليون دولار', 'تعويضات بقيمة 13 مليون دولار'] },
  { expect: { amount: '125000000', currency: 'USD' }, phrases: ['مائة وخمسة وعشرين مليون دولار', 'مئة وخمسة وعشرون مليون دولار'] },
  { expect: { amount: '300000', currency: 'USD' }, phrases: ['ثلاثمائة ألف دولار', 'ثلاث مائة ألف دولار', 'بقيمة 300 ألف دولار', 'ثلاثمئة ألف دولار'] },
  { expect: { amount: '2000', currency: 'USD' }, phrases: ['دفع 2000 دولار', 'ألفا دولار فقط'] },
  // The dual in construct: a scale word alone, its alif unmarked, right before the currency noun is two of it; with
  // tanween, before و or before من it is the accusative singular, one.
  { expect: { amount: '2000000', currency: 'JOD' }, phrases: ['قيمة المنحة الإضافية مليونا دينار أردني', 'قيمة المنحة الإضافية مليونان دينار أردني'] },
  { expect: { amount: '2000000000', currency: 'SAR' }, phrases: ['وخُصص مليارا ريال سعودي لتوسعة الميناء', 'وخُصص ملياري ريال سعودي لتوسعة الميناء'] },
  { expect: { amount: '2000000000000', currency: 'IQD' }, phrases: ['كلفة شبكة الطرق تريليونا دينار عراقي', 'كلفة شبكة الطرق ترليونا دينار عراقي'] },
  { expect: { amount: '2000000000', currency: 'EGP' }, phrases: ['رأس مال الشركة الجديدة مليارا جنيه مصري'] },
  { expect: { amount: '1000000', currency: 'USD' }, phrases: ['أنفق النادي مليونا من الدولارات على الملعب', 'تبرع رجل الأعمال بمليون دولار'] },
  { expect: { amount: '1500000', currency: 'AED' }, phrases: ['بلغ الدعم مليونًا وخمسمائة ألف درهم إماراتي', 'بلغ الدعم مليونا و500 ألف درهم إماراتي'] },
  // Egyptian and Sudanese copy write a final ي as ى: اثنى, ثمانى, مائتى, مليارى.
  { expect: { amount: '12000000', currency: 'EGP' }, phrases: ['خصصت المحافظة اثنى عشر مليون جنيه مصرى لرصف الطرق', 'خصصت المحافظة اثني عشر مليون جنيه مصري'] },
  { expect: { amount: '2000000000', currency: 'EGP' }, phrases: ['بلغت الاستثمارات الجديدة مليارى جنيه مصرى', 'ضخ البنك مليارين جنيه مصري'] },
  { expect: { amount: '8000000000', currency: 'EGP' }, phrases: ['أعلنت الوزارة ثمانى مليارات جنيه مصرى لدعم الخبز', 'أعلنت الوزارة ثماني مليارات جنيه مصري'] },
  { expect: { amount: '28000000000', currency: 'EGP' }, phrases: ['بلغ عجز الهيئة ثمانى وعشرين مليار جنيه مصرى'] },
  { expect: { amount: '200000', currency: 'SDG' }, phrases: ['بيعت العربة بمائتى ألف جنيه سودانى', 'بيعت العربة بمائتي ألف جنيه سوداني'] },
  // A tatweel stretching a scale word, as headlines and some Gulf and Iraqi papers write it; a shadda inside ستّة.
  { expect: { amount: '12000000000', currency: 'USD' }, phrases: ['ضخت الشركة 12 مليـار دولار في السوق', 'ضخت الشركة اثني عشر مليـارًا من الدولارات'] },
  { expect: { amount: '3000000000', currency: 'IQD' }, phrases: ['خصصت الوزارة ثلاثة مليـارات دينار عراقي', 'خصصت الوزارة 3 مـلـيـارات دينار عراقي'] },
  { expect: { amount: '5000', currency: 'KWD' }, phrases: ['غرامة قدرها خمسة آلـاف دينار كويتي'] },
  { expect: { amount: '6000000', currency: 'QAR' }, phrases: ['جائزة بقيمة ستّة ملايين ريال قطري', 'جائزة بقيمة 6 ملاييـن ريال قطري'] },
  { expect: { amount: '60000', currency: 'OMR' }, phrases: ['تعويض قدره ستّين ألف ريال عماني'] },
  // Two, eleven and thousands as often misspelt: a hamza the word has not (إثنا, أثنين, أحدى), الآف for آلاف.
  { expect: { amount: '12000000', currency: 'USD' }, phrases: ['تبرعت المؤسسة بـإثنا عشر مليون دولار', 'تبرعت المؤسسة بإثني عشر مليون دولار', 'تبرعت المؤسسة باثني عشر مليون دولار'] },
  { expect: { amount: '2000000', currency: 'LYD' }, phrases: ['خصص المجلس البلدي أثنين مليون دينار ليبي للنظافة', 'خصص المجلس البلدي مليوني دينار ليبي للنظافة'] },
  { expect: { amount: '11000000', currency: 'BHD' }, phrases: ['بلغت كلفة المستشفى أحدى عشر مليون دينار بحريني'] },
  { expect: { amount: '3000', currency: 'JOD' }, phrases: ['غرامة مالية قدرها ثلاثة الآف دينار أردني', 'غرامة مالية قدرها ثلاثة آلاف دينار أردني'] },
  // ثمنمائة, as eight hundred is often misspelt (glued only: ثمن alone is "price").
  { expect: { amount: '800000', currency: 'USD' }, phrases: ['بلغت قيمة الشحنة ثمنمائة ألف دولار', 'بلغت قيمة الشحنة ثمانمائة ألف دولار', 'بلغت قيمة الشحنة ثمانمئة ألف دولار'] },
  // Egyptian spellings in quoted prices: ت for ث (تلاتة, تلاتين, تلاتمية, تمانية, اتنين), ميتين, the teens in one word.
  { expect: { amount: '300000', currency: 'EGP' }, phrases: ['اشترى العربية بتلاتمية ألف جنيه مصري', 'اشترى العربية بتلات مية ألف جنيه مصري', 'اشترى العربية بثلاثمائة ألف جنيه مصري'] },
  { expect: { amount: '2000000', currency: 'EGP' }, phrases: ['دفع اتنين مليون جنيه مصري مقدما للشقة', 'دفع مليوني جنيه مصري مقدما للشقة'] },
  { expect: { amount: '200000', currency: 'EGP' }, phrases: ['طلب المالك ميتين ألف جنيه مصري', 'طلب المالك مئتي ألف جنيه مصري'] },
  { expect: { amount: '15000', currency: 'EGP' }, phrases: ['وصلت مصاريف المدرسة إلى خمستاشر ألف جنيه في القاهرة', 'وصلت مصاريف المدرسة إلى خمسة عشر ألف جنيه في القاهرة'] },
  { expect: { amount: '8000', currency: 'EGP' }, phrases: ['دفعت الأسرة تمانية آلاف جنيه في الإسكندرية'] },
  { expect: { amount: '30', currency: 'EGP' }, phrases: ['قال تاجر في الجيزة إن التذكرة بقت بتلاتين جنيه'] },
  // A rate word, then a word of amount, then the figure: the rate is the figure's.
  { expect: { amount: '2000', currency: 'USD', per: 'month' }, phrases: ['راتب شهري قدره ألفي دولار', 'بدل سكن شهري بقيمة 2000 دولار'] },
  { expect: { amount: '5000', currency: 'AED', per: 'year' }, phrases: ['مكافأة سنوية قدرها 5 آلاف درهم إماراتي', 'رسوم سنوية تبلغ 5000 درهم إماراتي'] },
  { expect: { amount: '50000', currency: 'USD' }, phrases: ['جائزة بقيمة خمسين ألف دولار', 'جائزة بقيمة 50 ألف دولار', 'جائزة بقيمة ٥٠ ألف دولار'] },
  { expect: { amount: '5000000000', currency: 'USD' }, phrases: ['الحصول على 5 مليارات دولار', 'و5 مليارات دولار', '5 مليارات من الدولارات', 'خمسة مليارات دولار'] },
  { expect: { amount: '100000000000', currency: 'USD' }, phrases: ['صندوق بقيمة 100 مليار دولار', 'صندوق بقيمة مائة مليار دولار', 'صندوق بمئة مليار دولار'] },
  { expect: { amount: '200000000', currency: 'USD' }, phrases: ['مئتي مليون دولار', 'مائتي مليون دولار', 'مائتا مليون دولار'] },

  // Bare ريال / جنيه / دينار / درهم take the country the article is about.
  { expect: { amount: '2000000000', currency: 'SAR' }, phrases: ['وقعت الرياض عقدا بملياري ريال مع شركة سعودية', 'أعلنت السعودية عن استثمار 2 مليار ريال'] },
  { expect: { amount: '900000000', currency: 'EGP' }, phrases: ['خصصت القاهرة 900 مليون جنيه للطرق', 'أنفقت مصر تسعمائة مليون جنيه'] },
  { expect: { amount: '60000000', currency: 'KWD' }, phrases: ['صرفت الكويت 60 مليون دينار', 'خصصت الكويت ستين مليون دينار'] },
  { expect: { amount: '800000', currency: 'AED' }, phrases: ['غرامة 800 ألف درهم في دبي', 'أعلنت الإمارات منحة قدرها ثمانمائة ألف درهم'] },
  // A fine in Egyptian league copy: the clubs it names place it in Egypt.
  { expect: { amount: '30000', currency: 'EGP' }, phrases: ['غرمت اللجنة نادي الزمالك 30 ألف جنيه بسبب هتافات جماهيره', 'عاقبت رابطة الأندية الإسماعيلي بغرامة 30 ألف جنيه', 'تغريم مدرب سموحة ثلاثين ألف جنيه'] },
  // A currency noun with the article after digits is the next words; with من, or with none, the figure's currency.
  { expect: { amount: '90', currency: 'SAR' }, phrases: ['دفع المشجع 90 ريالا لتذكرة المباراة في الرياض'] },
  { expect: { amount: '5000000000', currency: 'USD' }, phrases: ['ضخت الشركة 5 مليارات من الدولارات', 'استثمرت 5 مليارات من الدولار الأمريكي'] },
  { expect: { amount: '5000000', currency: null }, phrases: ['جائزة قدرها 5 ملايين ريال', 'جائزة قدرها خمسة ملايين جنيه', 'منحة قدرها 5 ملايين دينار'] },

  // Qualifiers.
  { expect: { amount: '13000000000', currency: 'USD', qualifier: 'over' }, phrases: [
    'لخسارة تتجاوز 13 مليار دولار', 'خسائر بأكثر من 13 مليار دولار', 'خسائر تزيد على 13 مليار دولار', 'ما يزيد عن 13 مليار دولار',
    'خسائر لا تقل عن 13 مليار دولار', '13 مليار دولار على الأقل', 'تجاوزت الخسائر 13 مليار دولار', 'تخطت 13 مليار دولار', 'خسائر تفوق ثلاثة عشر مليار دولار',
  ] },
  { expect: { amount: '500000000', currency: 'USD', qualifier: 'approx' }, phrases: [
    'عائداتها حوالي 500 مليون دولار', 'عائدات بنحو 500 مليون دولار', 'إيرادات تقارب 500 مليون دولار', 'بلغت قرابة نصف مليار دولار',
    'ما يقارب 500 مليون دولار', 'زهاء 500 مليون دولار', 'نحو خمسمائة مليون دولار', '500 مليون دولار تقريبا', 'في حدود 500 مليون دولار',
    'ما يناهز 500 مليون دولار', 'بحوالى 500 مليون دولار',
  ] },
  { expect: { amount: '200000000', currency: 'USD', qualifier: 'over' }, phrases: ['كانت فقط فوق 200 مليون دولار', 'أكثر من 200 مليون دولار', 'ما يربو على 200 مليون دولار'] },
  { expect: { amount: '7', currency: 'EUR', qualifier: 'under' }, phrases: ['بسعر أقل من سبعة يورو', 'تحت سبعة يورو', 'بأقل من 7 يورو', 'لا يتجاوز 7 يورو'] },
  { expect: { amount: '10000000', currency: 'USD', qualifier: 'under' }, phrases: ['دون 10 ملايين دولار', 'بأقل من عشرة ملايين دولار', 'لا تزيد على 10 ملايين دولار'] },

  // Caps on fines and fees.
  { expect: { amount: '500000', currency: 'SAR', qualifier: 'under' }, phrases: [
    'بغرامة تصل إلى 500 ألف ريال سعودي', 'غرامات مالية قد تصل إلى 500 ألف ريال سعودي', 'بحد أقصى 500 ألف ريال سعودي',
    'غرامة 500 ألف ريال سعودي كحد أقصى', 'ولا تزيد على 500 ألف ريال سعودي',
  ] },
  { expect: { amount: '3000', currency: 'EGP', qualifier: 'over' }, phrases: ['بحد أدنى 3 آلاف جنيه مصري', 'غرامة لا تقل عن ثلاثة آلاف جنيه مصري', '3 آلاف جنيه مصري كحد أدنى'] },
  { expect: { amount: '91800000000', currency: 'USD' }, phrases: ['حققت الشركة إيرادات تصل إلى 91.8 مليار دولار'] },

  { expect: { amount: '100', currency: 'TND', qualifier: 'under' }, phrases: ['سعر الكيلوغرام لا يتعدى 100 دينار تونسي', 'غرامة لا تتعدى 100 دينار تونسي'] },
  { expect: { amount: '72400000000', currency: 'USD', qualifier: 'approx' }, phrases: ['نحو 72.4 مليار (بليون) دولار', 'نحو 72.4 مليار ( بليون ) دولار'] },
  { expect: { amount: '84185672991245', currency: 'IQD' }, phrases: ['بلغت النفقات 84 تريليونًا و185 مليارا و672 مليونا و991 ألفا و245 دينارا عراقياً'] },

  // Rates.
  { expect: { amount: '1000000000', currency: 'USD', per: 'month' }, phrases: ['إنفاق شهري بمليار دولار', 'تنفق مليار دولار شهريًا', 'تنفق مليار دولار شهريا', 'تخسر مليار دولار كل شهر', 'تنفق مليار دولار في الشهر'] },
  { expect: { amount: '1000000000', currency: 'USD', qualifier: 'approx', per: 'month' }, phrases: ['تستهلك ما يقارب مليار دولار شهريًا', 'تنفق حاليًا حوالي 1 مليار دولار شهريًا', 'تستهلك نحو مليار دولار شهريا'] },
  { expect: { amount: '50000000', currency: 'USD', per: 'year' }, phrases: ['تدفع 50 مليون دولار سنويا', 'تكلفة سنوية بخمسين مليون دولار', 'ميزانية بـ50 مليون دولار في العام'] },
  { expect: { amount: '0.75', currency: 'SAR', per: 'share' }, phrases: ['توزيع أرباح نقدية بواقع 0.75 ريال سعودي للسهم', 'وزعت 0.75 ريال سعودي لكل سهم', 'توزيعات السهم 0.75 ريال سعودي'] },
  { expect: { amount: '2.5', currency: 'AED', per: 'share' }, phrases: ['بلغت ربحية السهم 2.5 درهم إماراتي', 'ربحية السهم الواحد ٢٫٥ درهم إماراتي'] },
  { expect: { amount: '1500', currency: 'USD', per: 'person' }, phrases: ['منحة قدرها 1500 دولار للفرد', 'دعم بقيمة 1500 دولار لكل مواطن'] },
  { expect: { amount: '5000', currency: 'AED', per: 'month' }, phrases: ['الراتب الشهري 5000 درهم إماراتي', 'بأجر شهري بخمسة آلاف درهم إماراتي', 'براتب 5 آلاف درهم إماراتي شهرياً'] },
  { expect: { amount: '100', currency: 'MAD', per: 'day' }, phrases: ['غرامة 100 درهم مغربي عن كل يوم حبس', 'أداء 100 درهم مغربي لكل يوم'] },
  { expect: { amount: '300', currency: 'USD', per: 'day' }, phrases: ['يتقاضى 300 دولار يوميا', 'أجر يومي بـ300 دولار'] },

  // Ranges.
  { expect: { amount: '2000000000', currency: 'USD', qualifier: 'range', max: '3000000000' }, phrases: [
    'بين 2 و3 مليارات دولار', 'تتراوح بين 2 و3 مليارات دولار', 'ما بين 2 و3 مليارات دولار', 'من 2 إلى 3 مليارات دولار',
    'من 2 الى 3 مليارات دولار', 'بين ملياري و3 مليارات دولار', 'بين 2 مليار دولار و3 مليارات دولار', 'بين مليارين وثلاثة مليارات دولار',
  ] },
  { expect: { amount: '10', currency: 'USD', qualifier: 'range', max: '20' }, phrases: ['من 10 الى 20 دولار', 'ما بين عشرة وعشرين دولار', 'من عشرة لعشرين دولار', '10-20 دولار', 'بين 10 و20 دولارا'] },
  { expect: { amount: '500000000', currency: 'USD', qualifier: 'range', max: '1000000000' }, phrases: ['بين 500 مليون ومليار دولار', 'ما بين نصف مليار ومليار دولار'] },
  { expect: { amount: '300000', currency: 'EGP', qualifier: 'range', max: '500000' }, phrases: ['تتراوح الأسعار بين 300 و500 ألف جنيه مصري', 'من 300 إلى 500 ألف جنيه مصري'] },

  // Alternatives and ranges in every form.
  { expect: { amount: '70000000', currency: 'EUR', qualifier: 'range', max: '80000000' }, phrases: ['مقابل 70 أو 80 مليون يورو', 'بسبعين أو ثمانين مليون يورو', 'ما بين 70 و80 مليون يورو', 'من 70 إلى 80 مليون يورو', 'ما بين 70 إلى 80 مليون يورو'] },
  { expect: { amount: '1200', currency: 'USD', qualifier: 'range', max: '1300' }, phrases: ['يباع الجهاز بـ1200 أو 1300 دولار', 'بين 1200 و1300 دولار', '1200-1300 دولار'] },
  { expect: { amount: '100', currency: 'USD', qualifier: 'range', max: '200' }, phrases: ['يتراوح سعرها بين مئة ومئتي دولار', 'ما بين مائة ومائتي دولار', 'من مئة إلى مئتي دولار', 'مئة أو مئتي دولار'] },
  { expect: { amount: '5000000', currency: 'LYD', qualifier: 'range', max: '7000000' }, phrases: ['من 5 إلى 7 ملايين دينار ليبي', 'بين 5 و7 ملايين دينار ليبي', 'من خمسة إلى سبعة ملايين دينار ليبي'] },
  { expect: { amount: '300000', currency: 'MAD', qualifier: 'range', max: '400000' }, phrases: ['ما بين 300 و400 ألف درهم مغربي', 'تتراوح الغرامة بين 300 و400 ألف درهم مغربي', 'من 300 إلى 400 ألف درهم مغربي'] },
  { expect: { amount: '5000', currency: 'SYP', qualifier: 'range', max: '7000' }, phrases: ['بين خمسة وسبعة آلاف ليرة سورية'] },
  { expect: { amount: '5000', currency: 'SYP', qualifier: 'range', max: '7000', per: 'unit' }, phrases: ['تراوح سعر الكيلو بين 5 و7 آلاف ليرة سورية'] },

  { expect: { amount: '180', currency: 'DZD', qualifier: 'range', max: '200' }, phrases: [
    'تراوح سعر الطماطم مابين 180 و200 دينار جزائري', 'بين 180 دينار جزائري و200', 'من 180 دينار جزائري إلى 200', '180 - 200 دينار جزائري',
  ] },
  { expect: { amount: '3866310', currency: 'EGP', qualifier: 'range', max: '9457630' }, phrases: ['تراوح سعر الوحدة ما بين 3,866,310 - 9,457,630 جنيهًا مصريا', 'من 3,866,310 إلى 9,457,630 جنيه مصري'] },
  { expect: { amount: '2000000000', currency: 'USD', qualifier: 'range', max: '3000000000' }, phrases: ['من 2 مليار دولار إلى 3'] },
  { expect: { amount: '3000000000', currency: 'USD', qualifier: 'range', max: '4000000000' }, phrases: ['تتكلف نحو 3 إلى 4 مليارات دولار', 'بحوالي 3 إلى 4 مليارات دولار', 'من 3 إلى 4 مليارات دولار'] },
  // After a word of price, with no من: market reports (Syria, Sudan, Egypt).
  { expect: { amount: '14000', currency: 'SYP', qualifier: 'range', max: '18000' }, phrases: ['يباع كيلو البندورة في دمشق بـ 14 إلى 18 ألف ليرة سورية', 'وبيعت في أسواق حلب بسعر 14 الى 18 ألف ليرة سورية'] },
  { expect: { amount: '2000000', currency: 'USD', qualifier: 'range', max: '3000000' }, phrases: ['عرضت الشقة بقيمة 2 إلى 3 ملايين دولار', 'وقدرت الأعمال بتكلفة 2 إلى 3 ملايين دولار', 'تسوية بمبلغ 2 إلى 3 ملايين دولار'] },

  // The scale word on the second figure only, or the currency on the first only, under every joiner.
  { expect: { amount: '14000', currency: 'EGP', qualifier: 'range', max: '18000' }, phrases: [
    'تتراوح الأجور من 14 وحتى 18 ألف جنيه مصري', 'يطلب الملاك من 14 لـ 18 ألف جنيه مصري', 'من 14 ألف جنيه مصري وحتى 18 ألفا',
    'يعرض الوسيط الشقة بـ14 ألف جنيه مصري أو 18 ألفا', 'الإيجار 14 ألف جنيه مصري - 18 ألفا',
  ] },
  // A range inside one bracket, as tenders and price lists write it.
  { expect: { amount: '350', currency: 'EGP', qualifier: 'range', max: '400' }, phrases: ['يباع كيس الأسمنت بسعر (350-400) جنيه مصري', 'تكلفة الإصلاح (350 – 400) جنيه مصري'] },
  { expect: { amount: '1200', currency: 'SAR', qualifier: 'range', max: '1500' }, phrases: ['إيجار الغرفة (1200-1500) ر.س', 'الرسوم (1,200 - 1,500) ريال سعودي'] },
  // An end written as one or two units with no figure.
  { expect: { amount: '2', currency: 'TND', qualifier: 'range', max: '3.2' }, phrases: ['يتراوح سعر الخبزة بين دينارين تونسيين و3200 مليم'] },
  { expect: { amount: '1', currency: 'KWD', qualifier: 'range', max: '2' }, phrases: ['تتراوح المخالفة من دينار إلى دينارين كويتيين', 'بين دينار واحد و2 دينار كويتي'] },
  { expect: { amount: '6', currency: 'MAD', qualifier: 'range', max: '8' }, phrases: ['والبصل و6 دراهم إلى 8 دراهم مغربية'] },
  // A stray dot after the digits, before a dotted abbreviation.
  { expect: { amount: '1383753', currency: 'LBP' }, phrases: ['بلغت قيمة الاشتراك 1.383.753. ل.ل.'] },
  { expect: { amount: '25000', currency: 'SYP' }, phrases: ['رسم الترخيص 25.000. ل.س.'] },

  // A change from one figure to another is two facts; the table checks the second one's sentence alone.
  { expect: { amount: '3000000000', currency: 'USD' }, phrases: ['إلى 3 مليارات دولار'] },
  // A price per measure or piece after the figure (per: unit): farm and market prices, gold, fuel, building materials, land.
  { expect: { amount: '4', currency: 'MAD', per: 'unit' }, phrases: ['بيعت الطماطم بـ4 دراهم مغربية للكيلوغرام', 'سجل البصل 4 دراهم مغربية للكيلو', 'استقر ثمن البطاطس عند 4 دراهم مغربية لكل كيلو'] },
  { expect: { amount: '2350', currency: 'USD', per: 'unit' }, phrases: ['أغلق الذهب عند 2350 دولارا للأوقية', 'صعد المعدن الأصفر إلى 2350 دولارا للأونصة'] },
  { expect: { amount: '3200', currency: 'EGP', per: 'unit' }, phrases: ['بلغ الإسمنت 3200 جنيه مصري للطن', 'يباع الحديد بـ3200 جنيه مصري لكل طن'] },
  { expect: { amount: '12000', currency: 'AED', per: 'unit' }, phrases: ['وصل سعر الأرض إلى 12 ألف درهم إماراتي للمتر المربع', 'بيعت الشقق بـ12 ألف درهم إماراتي لكل متر مربع'] },
  { expect: { amount: '45', currency: 'EGP', per: 'unit' }, phrases: ['رفعت الشركة الحليب إلى 45 جنيها مصريا للتر', 'صار البنزين 45 جنيها مصريا لكل لتر'] },
  { expect: { amount: '4500', currency: 'MAD', per: 'unit' }, phrases: ['بلغ ثمن الخروف 4500 درهم مغربي للرأس الواحد'] },
  // The measure named with the price before the figure (per: unit).
  { expect: { amount: '5', currency: 'MAD', per: 'unit' }, phrases: ['بلغ سعر الكيلو 5 دراهم مغربية', 'ارتفع ثمن الكيلوغرام إلى 5 دراهم مغربية'] },
  { expect: { amount: '3200', currency: 'EGP', per: 'unit' }, phrases: ['يبلغ سعر الطن 3200 جنيه مصري', 'استقر سعر طن الحديد عند 3200 جنيه مصري'] },
  { expect: { amount: '4650', currency: 'EGP', per: 'unit' }, phrases: ['سعر الجرام عيار 21 بلغ 4650 جنيها مصريا'] },
  { expect: { amount: '4650', currency: 'EGP', qualifier: 'approx', per: 'unit' }, phrases: ['سجل سعر جرام الذهب عيار 21 نحو 4650 جنيها مصريا'] },
  { expect: { amount: '80', currency: 'USD', per: 'unit' }, phrases: ['صعد سعر برميل النفط إلى 80 دولارا'] },
  { expect: { amount: '8', currency: 'MAD', qualifier: 'range', max: '10', per: 'unit' }, phrases: ['سجل سعر كيلو الطماطم ما بين 8 و10 دراهم مغربية', 'تراوح سعر الكيلو من 8 إلى 10 دراهم مغربية'] },
  // A fee per student, pilgrim or traveller (per: person).
  { expect: { amount: '15000', currency: 'DZD', per: 'person' }, phrases: ['منحة قدرها 15 ألف دينار جزائري لكل طالب', 'تصرف الجامعة 15 ألف دينار جزائري للطالب'] },
  { expect: { amount: '900', currency: 'SAR', per: 'person' }, phrases: ['رسوم الخدمة 900 ريال سعودي للحاج', 'تبلغ التذكرة 900 ريال سعودي لكل مسافر'] },
  // A range or change in a fraction (قرش, فلس): the first bare figure is counted in it too.
  { expect: { amount: '0.15', currency: 'JOD', qualifier: 'range', max: '0.3', per: 'unit' }, phrases: ['تراوح سعر البندورة بين 15 و30 قرشا أردنيا للكيلو', 'سعر الخيار من 15 إلى 30 قرشا أردنيا للكيلو'] },
  { expect: { amount: '0.25', currency: 'EGP', qualifier: 'range', max: '0.75' }, phrases: ['تراوحت الزيادة بين 25 و75 قرشا مصريا'] },
  // Both ends of a range with their own currency, adjective or code: fines and fee scales.
  { expect: { amount: '40000', currency: 'DZD', qualifier: 'range', max: '120000' }, phrases: ['تتراوح الغرامة ما بين 40 ألف دج و120 ألف دج', 'حدد القانون غرامة من 40 ألف دينار جزائري إلى 120 ألف دينار جزائري'] },
  { expect: { amount: '500', currency: 'KWD', qualifier: 'range', max: '2000' }, phrases: ['غرامة بين 500 د.ك و2000 د.ك', 'تتراوح المخالفة من 500 دينار كويتي إلى 2000 دينار كويتي'] },
  // The Tunisian millime, a thousandth of the dinar, alone or after the dinars.
  { expect: { amount: '0.5', currency: 'TND' }, phrases: ['ارتفع سعر البيضة إلى 500 مليم', 'بيعت الخبزة بـ500 مليم تونسي'] },
  { expect: { amount: '3.5', currency: 'TND' }, phrases: ['أصبحت التذكرة 3 دنانير و500 مليم في تونس', 'بلغت التذكرة 3 دنانير تونسية و500 مليم'] },
  // A half or a quarter of the unit: after one unit with no figure, or after a whole figure of it.
  { expect: { amount: '1.5', currency: 'EGP' }, phrases: ['رفعت الحكومة الرغيف المدعم إلى جنيه ونصف في مصر', 'صارت التذكرة بجنيه ونصف في القاهرة'] },
  { expect: { amount: '1.25', currency: 'KWD' }, phrases: ['تباع العلبة بدينار وربع في الكويت'] },
  { expect: { amount: '3.5', currency: 'JOD' }, phrases: ['بلغت الأجرة 3 دنانير ونصف في إربد', 'دفع الراكب ثلاثة دنانير ونصف في الأردن'] },
  { expect: { amount: '5.25', currency: 'EGP' }, phrases: ['زاد المشروب إلى 5 جنيهات مصرية وربع'] },
  // The Mauritanian ouguiya, named with its adjective: new (MRU) or old (MRO, as prices are still quoted).
  { expect: { amount: '4000', currency: 'MRU' }, phrases: ['رفعت نواكشوط الأجر الأدنى إلى 4000 أوقية جديدة', 'بلغت المنحة 4000 أوقية موريتانية'] },
  { expect: { amount: '100', currency: 'MRO' }, phrases: ['يباع الرغيف في نواذيبو بـ100 أوقية قديمة'] },
  // Bare, in copy the text places in Mauritania (its towns, its central bank): the new ouguiya.
  { expect: { amount: '50000', currency: 'MRU' }, phrases: ['فرضت بلدية نواكشوط غرامة 50 ألف أوقية على المخالفين', 'حدد البنك المركزي الموريتاني الرسم بخمسين ألف أوقية'] },
  { expect: { amount: '200', currency: 'MRU', per: 'unit' }, phrases: ['بلغ سعر كيلو اللحم 200 أوقية في انواذيبو'] },
  // A bare pound or dirham placed by the paper or town the text names.
  { expect: { amount: '400', currency: 'EGP' }, phrases: ['قالت صحيفة الأهرام إن كيلو اللحم البلدي وصل إلى 400 جنيه', 'ذكر موقع اليوم السابع أن التذكرة بلغت 400 جنيه'] },
  { expect: { amount: '2800', currency: 'MAD' }, phrases: ['نقلت هسبريس أن الخروف بيع بـ2800 درهم', 'بلغ ثمن الأضحية في بني ملال 2800 درهم'] },
  // Libya: the undotted دل of price lists, and the dirham, a thousandth of the dinar.
  { expect: { amount: '320', currency: 'LYD' }, phrases: ['بلغت قيمة الفاتورة 320 دل', 'غرامة قدرها 320 د.ل', 'بلغت قيمة الفاتورة 320 دينارا في بنغازي'] },
  { expect: { amount: '145', currency: 'LYD', per: 'unit' }, phrases: ['وصل سعر قنطار الدقيق إلى 145 دل', 'سعر القنطار 145 دل'] },
  { expect: { amount: '0.25', currency: 'LYD', per: 'unit' }, phrases: ['حددت بلدية بنغازي سعر الرغيف بـ250 درهما', 'في سبها بلغ سعر الرغيف 250 درهم', 'قرر مصرف ليبيا المركزي ... وصار سعر الرغيف 250 درهما'] },
  { expect: { amount: '0.5', currency: 'LYD' }, phrases: ['رفعت مخابز مصراتة الخبز بمقدار 500 درهم'] },
  { expect: { amount: '3000.5', currency: 'LYD' }, phrases: ['قدرت الكلفة بـ3 آلاف دينار و500 درهم في ليبيا', 'بلغت الكلفة 3 آلاف دينار ليبي و500 درهم'] },
  { expect: { amount: '1.75', currency: 'LYD' }, phrases: ['بلغ سعر اللتر في طرابلس الغرب دينارا و750 درهما'], todo: 'a single dinar with no figure, then its dirhams' },
  // Three quarters of a scale word.
  { expect: { amount: '750000', currency: 'USD' }, phrases: ['تبرع رجل الأعمال بثلاثة أرباع مليون دولار', 'بلغت الكلفة ثلاثة أرباع مليون دولار'] },
  { expect: { amount: '750000000', currency: 'EGP' }, phrases: ['بلغت الخسائر ثلاثة أرباع مليار جنيه في مصر'] },
  // Figures set in guillemets, as Sudanese papers print them.
  { expect: { amount: '35', currency: 'SDG' }, phrases: ['التزم التجار ببيع الجوال بسعر «35» جنيهًا في الخرطوم', 'بلغت تذكرة الحافلة «35» جنيها في الخرطوم', 'حددت الولاية غرامة المخالفة بـ“35” جنيهاً في الخرطوم', 'دفع المواطن "35" جنيها رسوم تسجيل في أم درمان'] },
  { expect: { amount: '2650', currency: 'SDG' }, phrases: ['يخرج جوال السكر من المصنع بسعر «2.650» جنيهاً في الخرطوم'] },
  // A scale word glued to a bracketed figure, as Sudanese market reports set it: (٢٣)ألف جنيه.
  { expect: { amount: '23000', currency: 'SDG' }, phrases: [
    'قال تاجر في أم درمان إن الجوال زنة ٥٠ كيلو بلغ (٢٣)ألف جنيه', 'وصل سعر الكرتونة إلى (23)ألف جنيه في الخرطوم', 'بيع جوال الدقيق بـ«23»ألف جنيه في بحري السودانية',
  ] },
  { expect: { amount: '8000', currency: 'EGP' }, phrases: ['ارتفع إيجار الشقة في القاهرة إلى (٨)آلاف جنيه في الحي'] },
  // Arabic commas between groups of three: ٤،٣٠٠ جنيه.
  { expect: { amount: '4300', currency: 'SDG' }, phrases: ['بلغ سعر السكر زنة ١٠ كيلو (٤،٣٠٠) جنيه في الخرطوم', 'سجل جوال العدس 4،300 جنيه في سوق أم درمان'] },
  { expect: { amount: '1250000', currency: 'YER' }, phrases: ['بلغت قيمة الأرض ١،٢٥٠،٠٠٠ ريال يمني في صنعاء'] },
  // The two ends of a range are written alike: one dot or ٫ before three digits groups thousands in both.
  { expect: { amount: '2550', currency: 'SDG', qualifier: 'range', max: '2650' }, phrases: [
    'تراوح سعر الجوال زنة 10 كيلو بين (2٫550) و(2٫650) جنيهاً في الخرطوم', 'يباع الجوال في الخرطوم من 2.550 إلى 2.650 جنيه',
  ] },
  { expect: { amount: '1.25', currency: 'KWD', qualifier: 'range', max: '1.5' }, phrases: ['يباع الكيس بين 1.250 و1.500 دينار كويتي'] },
  // A figure after a zero is a decimal, whatever the currency: 0.027 دولار is under three cents.
  { expect: { amount: '0.027', currency: 'USD' }, phrases: ['بلغ سعر لتر البنزين في ليبيا 0.027 دولار', 'يباع اللتر بما يعادل 0.027 دولارا أمريكيا'] },
  { expect: { amount: '0.15', currency: 'LYD' }, phrases: ['يباع لتر البنزين المدعوم بسعر 0.150 دينار ليبي'] },
  // Number words written with ه for ة, and vowel marks inside them, as some Levantine and Gulf copy has them.
  { expect: { amount: '1375', currency: 'JOD' }, phrases: [
    'بلغ سعر المتر المربع في عبدون الفاً وثلاثِ مئهٍ وخمسهً وسبعينَ ديناراً أردنياً', 'دفع المستأجر ألف وثلاثمائه وخمسه وسبعين دينارا أردنيا',
  ] },
  { expect: { amount: '1100', currency: 'JOD' }, phrases: ['يبلغ سعر المتر في الرابية الفاً ومئهَ دينار أردني'] },
  { expect: { amount: '600', currency: 'SAR' }, phrases: ['غرامة قدرها ستمائه ريال سعودي', 'رسوم قيمتها سته مئه ريال سعودي'] },
  // A colon for the decimal point before the currency, as Egyptian copy writes pounds and piastres.
  { expect: { amount: '13.5', currency: 'EGP' }, phrases: ['بلغ سعر لتر بنزين 95 بعد الزيادة ١٣:٥٠ جنيه في مصر', 'أصبح سعر التذكرة 13:50 جنيها مصريا'] },
  { expect: { amount: '8.75', currency: 'EGP' }, phrases: ['سجل السولار ٨:٧٥ جنيه بعد قرار لجنة التسعير في القاهرة'] },
  // A range whose first figure names its own fraction: each end counts in its own word.
  { expect: { amount: '2.5', currency: 'TND', qualifier: 'range', max: '3' }, phrases: [
    'تراوحت أسعار الطماطم بين 2500 مليم و3 دنانير في سوق صفاقس', 'يباع الكلغ ما بين 2500 مليم إلى 3 دنانير تونسية',
  ] },
  { expect: { amount: '0.5', currency: 'EGP', qualifier: 'range', max: '1' }, phrases: ['تراوحت الزيادة ما بين 50 قرشاً إلى 1 جنيه مصري', 'زادت رسوم الخدمة بين 50 قرشا و1 جنيه في مصر'] },
  { expect: { amount: '0.75', currency: 'JOD', qualifier: 'range', max: '1.25' }, phrases: ['رفعت الحكومة رسوم الخدمة بين 750 فلسا و1.250 دينار أردني'] },
  // The millime abbreviated مي in Tunisian market reports (only in copy placed in Tunisia), and prices per measure after a slash.
  { expect: { amount: '0.9', currency: 'TND', per: 'unit' }, phrases: [
    'استقر سعر البطاطا في سوق بئر القصعة عند 900 مي للكلغ', 'بلغ الكلغ من الطماطم 900 مى/كغ في تونس', 'سجل الفلفل في صفاقس 900 مي/كلغ',
  ] },
  { expect: { amount: '5.974', currency: 'TND' }, phrases: ['تراجع سعر الإجاص في تونس إلى 5974 مي'] },
  { expect: { amount: '54', currency: 'DZD', per: 'unit' }, phrases: ['استقر سعر البطاطا عند 54 دج/كغ', 'بيع الحليب بـ54 دج/لتر في وهران'] },
  { expect: { amount: '8', currency: 'MAD', per: 'unit' }, phrases: ['بلغ سعر القرنبيط 8 دراهم/للوحدة في مراكش', 'النعناع: 8 دراهم/ للحزمة في فاس'] },
  { expect: { amount: '860', currency: 'SDG', per: 'unit' }, phrases: ['سجل أعلى سعر للأردب 860 جنيه في سوق القضارف', 'بلغ سعر لأردب الذرة 860 جنيها في كوستي'] },
  // A figure glued to the word before it, as typed copy and flattened tables leave it.
  { expect: { amount: '2783', currency: 'LYD' }, phrases: ['ألزمت المحكمة المتهم برد مبلغ2783 دينار ليبي', 'حكم عليه بغرامة قدرها2783 د.ل', 'دفع تعويضا بقيمة2783 دينارا في بنغازي'] },
  { expect: { amount: '125000', currency: 'MAD' }, phrases: ['رصدت الجماعة منحة بقيمة125 ألف درهم مغربي', 'خصصت البلدية مبلغ(125) ألف درهم في الرباط'] },
  { expect: { amount: '19', currency: 'EGP' }, phrases: ['سعر لتر البنزين 95 أوكتان19 جنيهًا في مصر'] },
  // Thousands after the price they give, the currency left unsaid, as Syrian price bulletins write them.
  { expect: { amount: '39000', currency: null }, phrases: ['حددت النشرة سعر كيلو الفروج المنظف بـ 39 ألف', 'سجل سعر كيلو لحم العجل 39 ألفا في الأسواق', 'وصل ثمن الصحن إلى 39 ألف'] },
  // A verb of range wins over a word of change in its clause, and a change in the clause before is not this clause's.
  { expect: { amount: '2000', currency: 'EGP', qualifier: 'range', max: '3000' }, phrases: [
    'تتراوح الزيادة المقترحة من 2 إلى 3 آلاف جنيه مصري', 'زاد الإقبال على الوحدات فيما يتراوح المقدم من 2 إلى 3 آلاف جنيه مصري',
  ] },
  // The upper end of a range after وإلى غاية, as Moroccan price reports write it.
  { expect: { amount: '6', currency: 'MAD', qualifier: 'range', max: '12' }, phrases: [
    'تبدأ أثمنة الخضر الموسمية من 6 دراهم وإلى غاية 12 درهما في مراكش', 'يباع السردين من 6 إلى غاية 12 درهما في أكادير', 'تتراوح الأثمنة من 6 دراهم والى 12 درهما في فاس',
  ] },
  // The Kuwaiti agency's reversed decimals with a space after ر.
  { expect: { amount: '163140000', currency: 'KWD', qualifier: 'approx' }, phrases: ['رست على الجامعة مناقصات بنحو 14ر 163 مليون دينار كويتي', 'بلغت قيمة العقود نحو 14ر163 مليون دينار كويتي'] },
  // Two of the unit and a half or a quarter.
  { expect: { amount: '2.25', currency: 'LYD' }, phrases: ['يباع اللتر في السوق الموازي بدينارين وربع في ليبيا'] },
  { expect: { amount: '2.5', currency: 'USD' }, phrases: ['ارتفع سعر الوجبة إلى دولارين ونصف'] },
  { expect: { amount: '2.5', currency: 'EGP' }, phrases: ['صارت التذكرة بجنيهين ونصف في القاهرة'] },
  { expect: { amount: '2', currency: null }, phrases: ['دفع دينارين ونصف الكمية الباقية بالآجل'] },
  // A half after a figure that ends in units is half a unit; a thousand after hundreds of thousands goes on the amount.
  { expect: { amount: '1500.5', currency: 'USD' }, phrases: ['بلغت قيمة الفاتورة ألف وخمسمائة دولار ونصف'] },
  { expect: { amount: '101000', currency: 'SAR' }, phrases: ['تبرع بمائة ألف وألف ريال سعودي للجمعية', 'بلغت الجائزة مئة ألف وألف ريال سعودي'] },
  // An upper end after وحتى, ولغاية or وصولا إلى with no من.
  { expect: { amount: '1800', currency: 'DZD', qualifier: 'range', max: '2200' }, phrases: [
    'يباع كيلو اللحم بـ 1800 دج وحتى 2200 دج', 'بيع الكيلو ب 1800 دج و حتى 2200 دج في قسنطينة', 'تراوح السعر بـ 1800 وحتى 2200 دينار جزائري',
  ] },
  { expect: { amount: '5', currency: 'MAD', qualifier: 'range', max: '8' }, phrases: ['بيعت الطماطم بـ 5 دراهم وصولا إلى 8 دراهم مغربية', 'يباع الكيلو بـ 5 دراهم ولغاية 8 دراهم مغربية'] },
  // A year after a month's name in any of the region's calendars is no start of a range or change (Moroccan دجنبر, Levantine كانون الأول, Egyptian يونيه).
  { expect: { amount: '2500', currency: 'MAD' }, phrases: ['ارتفع سعر الطن في دجنبر من 2023 إلى 2500 درهم مغربي', 'انتقل ثمن الطن خلال شتنبر من 2023 إلى 2500 درهم مغربي'] },
  { expect: { amount: '2500', currency: 'SYP' }, phrases: ['ارتفع سعر الكيلو في كانون الأول من 2023 إلى 2500 ليرة سورية'] },
  { expect: { amount: '2500', currency: 'EGP' }, phrases: ['زاد سعر الشيكارة في يونيه من 2024 إلى 2500 جنيه مصري'] },
];

/** Phrases that must yield no money fact. */
export const AR_MONEY_NEGATIVES: string[] = [
  // The ounce: gold weighed in it, in Mauritania too, and a bare أوقية where nothing places the text there.
  'أنتجت مناجم تازيازت في موريتانيا 250 ألف أوقية من الذهب', 'باع البنك المركزي 50 ألف أوقية خلال الشهر', 'صدرت نواكشوط 80 ألف أوقية ذهب',
  // A year before إلى is no end of a range, and the figure after it here is no money.
  'ارتفع عدد السياح في النصف الأول من 2023 إلى 3 ملايين', 'نمت الصادرات منذ عام 2019 إلى مستويات قياسية',
  // A bracket of article numbers, and a dash from a larger figure to a smaller one with no currency.
  'وفق المادتين (12-15) من القانون', 'بين الدقيقة 2019-400',
  // A case, decree or file number in brackets before a currency word: no figure of it is money.
  'صدر الحكم في القضية رقم (2019-400) دينار أردني', 'بموجب القرار (2021-15) ريال عماني', 'فتح الملف (2020-33) جنيه مصري',
  // A decimal figure with a half of its scale word: wrong input, no guess.
  'رصدت الحكومة 2.5 مليار ونصف دولار',
  'يعمل في الشركة 12 ألف موظف',
  'ارتفع السهم بنسبة 25%',
  'في عام 2025',
  'شرائح H100 من NVIDIA',
  'القدرة الإجمالية ستقترب من 2 جيجاوات',
  'بأكثر من 25 ضعفًا',
  'وصل عدد المستخدمين إلى 500 مليون مستخدم',
  'خسرت الشركات ملايين الدولارات',
  'استثمارات بمليارات الدولارات',
  'عشرات الملايين من الدولارات',
  'ينتج الحقل مليون برميل يوميا',
  'بلغ عدد السكان 100 مليون نسمة',
  'شارع الدينار في وسط المدينة',
  'وفي 2019 سنت الحكومة قانونا جديدا', 'قضى في السجن سنتين', 'بعد سنتين من الحرب', 'الفرق بين الدولارين الأمريكي والكندي',
  'انتشار سلالة SARS 2 الجديدة',   'سمك الطبقة 5 سنتيمترات', 'صرف النظر عن المشروع', 'صرف الموظف من الخدمة', 'لم يدفع دولارين',
  'نادي الريان القطري',
  'زار 3 ملايين سائح المدينة',
  'ارتفع مؤشر الدولار',
  'تراجع سعر صرف الجنيه أمام الدولار',
  'سجل سهم أرامكو 2222 ارتفاعا',
  'في الساعة 10 صباحا',
  'أنتجت المصانع 40 ألف طن',
  'نحو 200 ألف لاجئ',
  'على بعد 5 كيلومترات',
  'بيع 20 ألف نسخة',
  'قام بتدريب 50 ألف معلم',
  'حقق الفريق ثلاثة انتصارات',
  'بلغ سعر صرف الدولار 50 جنيها',
  'سجل الجنيه 48.5 جنيه للدولار الواحد',
  'استقر سعر الدولار عند 3.75 ريال سعودي',
  // A currency noun with the article right after a minute, a score or a shirt number: the club or the next words.
  'في الدقيقة 90 الريال يسجل الهدف الثالث', 'وفي الدقيقة 45 الريال يتقدم بهدف', 'بعد الدقيقة 70 الدولار يواصل صعوده في البنوك',
  'فاز الفريق 2-1 والريال يبتعد بالصدارة', 'الجولة 22 الريال في ضيافة خيتافي',
  // Coins counted by their metal: a count of coins, not an amount.
  'ورثت 5 ليرات ذهبية عن جدتها', 'اشترى 10 جنيهات ذهب قبل الزفاف', 'باعت العائلة 3 ليرات ذهب رشادي',
  // Names, clubs, counts, rates, points, percentages, ages, case and phone numbers.
  'قال حسن الدرهم إن الشركة توسعت في الخليج',
  'صرح عبد الله الدينار للصحفيين بعد الاجتماع',
  'التقى خالد الريال بوفد من رجال الأعمال',
  'انتهت المباراة بفوز 2 ريال مدريد على برشلونة',
  'تعاقد ريال مدريد مع 3 لاعبين',
  'سجل ريال بيتيس 3 أهداف',
  'وصل عدد المستخدمين إلى 85 مليونا في الربع الأول',
  'تجاوز عدد المشتركين 10 ملايين خلال العام',
  'بلغت مبيعات الشركة 3 ملايين سيارة',
  'استقبل المعرض 2 مليون زائر',
  'ارتفع المؤشر إلى 12 ألف نقطة',
  'زار المعرض أكثر من مليون شخص',
  'بلغ سعر صرف الدولار 15 ألف ليرة سورية',
  'بلغ سعر الدولار في السوق 12 ألف ليرة لكل دولار',
  'وصل السعر إلى 7.84 دينار مقابل 1 دولار',
  'يعادل الدولار 3.75 ريال للدولار الواحد',
  'ارتفعت الأرباح بنسبة 12 بالمئة',
  'نما الناتج المحلي بنسبة 3.5%',
  'توفي عن عمر ناهز 85 عاما',
  'القضية رقم 1200 لسنة 2023',
  'اتصل على الرقم 0501234567',
  'بلغت أرباح الشركة مليونا',
  'رصدت الحكومة ملايين الدنانير',
  'جمعت البلدية عشرات الملايين من الدراهم',
  'بلغ عدد سكان المغرب 37 مليون نسمة',
  'يبلغ إنتاج الحقل 5 ملايين برميل',
  'نقل 40 ألف حاج هذا العام',
  'سجل 3.75 ريال مقابل دولار واحد',
  'ارتفع سعر الدولار الواحد',
  'الدولار الواحد يساوي 1140 دينار عراقي',
  '1 دولار = 1140.85 دينار عراقي',
  'لم تدفع الحكومة دولاراً واحداً',
  'لن يخسر المودعون ديناراً واحداً',
  'دخل المدينة 3 ملايين في العام الماضي',
  'صفق الجمهور طويلا بعد أن شاهد العرض 5 ملايين في الموسم',
  'أنتج منجم تازيازت 250 ألف أوقية من الذهب',
  'بلغ إنتاج الشركة مليون أوقية هذا العام',
  'قطع المتسابق 42 كيلومترا في ساعتين',
  'يبيع المزارع 300 كيلو للتاجر',
  'استورد البلد 2 مليون طن للمصانع',
  'بلغ سعر الكيلو 5 في المئة أعلى من العام الماضي',
  'سعر الطن ارتفع 12%',
  'دفع جنيه ونصف الكمية الباقية',
  'بلغ سعر صرف الدولار ونصف المليار',
  // دل after a year is the verb; a dirham that is a name.
  // Lines of a rate list: a currency, a colon, its price in another (or in the same noun of another country).
  'الدولار الأمريكي: 3100 جنيه', 'الريال السعودي : 826.66 جنيه', '🔹 الدرهم الإماراتي: 844.68 جنيه', 'الجنيه المصري : 63.69 جنيه',
  'اليورو: 5.22 دينار',
  // A third is no decimal amount: no fact rather than the whole million.
  'رصدت الحكومة ثلث مليار دولار', 'أنفق ثلثي المليون دولار',
  'ما تحقق في 2020 دل على تحسن الأداء', 'صرح محمد الدرهم لوسائل إعلام ليبية',
  // A time of day is no amount, even beside a price.
  'انطلقت الحافلة في تمام الساعة 8:50 من موقف الجيزة', 'تبدأ المباراة عند 19:30 بتوقيت القاهرة',
  // A price word before thousands that count something keeps them a count.
  'بعد خفض سعر التذكرة زار المعرض 3 آلاف زائر', 'سعر السهم تراجع فيما بلغت التداولات 12 ألف صفقة', 'ارتفع سعر الذهب بعد بيع 40 ألف أوقية',
  // A figure glued to a word with no currency after it is no amount.
  'شاركت طائرات طراز2020 في العرض', 'سجل اللاعب هدفه رقم25 في الدوري', 'صدر القانون رقم10 لسنة 2019',
  // Duals, thousands and hundreds that count people, views and things; ordinals; a dotted date.
  'شارك مليونا ناخب في الاستفتاء', 'باعت الشركة مليونى سيارة هذا العام', 'احتفلت الكنيسة بالألف الثالثة', 'خرج المئات من المتظاهرين إلى الساحة',
  'شارك الاتنين في الحفل', 'قتل الآف المدنيين في الحرب', 'أنفقت الآف الدولارات على العلاج', 'دفع ثمن مائة كيلو من القمح', 'تضررت آلاف الأسر من السيول', 'حصد المقطع مليون مشاهدة في يوم واحد', 'عقدت الجلسة يوم 12.05.2024 في المحكمة', 'يسكن الحي مائتا ألف نسمة',
  // ملايير alone is vague, as ملايين is.
  'ضخت الدولة ملايير الدراهم في المشاريع', 'أنفقت ملايير الدنانير على الطرق',
  // A list before a count: no money in any member.
  'ارتفع المؤشر العام 20 والمؤشر الفرعي 15 ألف نقطة', 'أصيب 3 و5 و7 أشخاص في الحوادث', 'ارتفعت الأسعار 3 و5 و7 في المئة',
  // مي is the millime only in Tunisian copy: elsewhere a name.
  'غنت 2 مي في الحفل الذي أقيم في بيروت', 'حضرت 300 مي من المتطوعين',
];

/**
 * Figures that share a currency or a scale, grouped by the amounts they must produce, in text order: a list before the
 * figure that names them ("3 و5 و7 ملايين دينار"), figures after it that repeat them by ellipsis ("للأول … و7
 * للثاني", "والبطاطس 6"), a change whose first figure borrows the second's scale. Each span is the figure's own.
 * The traps are lists that are no money, or where only the last member is.
 */
export const AR_MONEY_LISTS: MoneyListExample[] = [
  // A list before the figure that closes it: each member takes its scale word and currency.
  { expect: [{ amount: '3000000', currency: 'KWD' }, { amount: '5000000', currency: 'KWD' }, { amount: '7000000', currency: 'KWD' }], phrases: [
    { text: 'سجلت الشركة أرباحا فصلية بلغت 3 و5 و7 ملايين دينار كويتي.', spans: ['3', '5', '7 ملايين دينار كويتي'] },
    { text: 'بلغت إيرادات الفروع الثلاثة 3، 5 و7 ملايين دينار كويتي.', spans: ['3', '5', '7 ملايين دينار كويتي'] },
    { text: 'حققت المحافظ 3 و5 و7 ملايين د.ك على التوالي.', spans: ['3', '5', '7 ملايين د.ك'] },
  ] },
  { expect: [{ amount: '12000000', currency: 'SAR' }, { amount: '15500000', currency: 'SAR' }, { amount: '18000000', currency: 'SAR' }], phrases: [
    { text: 'ارتفع صافي ربح المصرف في السنوات الثلاث الماضية إلى 12 و15.5 و18 مليون ريال سعودي على التوالي.', spans: ['12', '15.5', '18 مليون ريال سعودي'] },
  ] },
  { expect: [{ amount: '40000000', currency: 'JOD' }, { amount: '65000000', currency: 'JOD' }], phrases: [
    { text: 'رصدت الموازنة 40 و65 مليون دينار أردني لقطاعي المياه والطاقة.', spans: ['40', '65 مليون دينار أردني'] },
  ] },
  { expect: [{ amount: '2000000000', currency: 'IQD' }, { amount: '3500000000', currency: 'IQD' }, { amount: '4000000000', currency: 'IQD' }], phrases: [
    { text: 'أطلقت الوزارة 2 و3.5 و4 مليارات دينار عراقي لمحافظات البصرة وميسان وذي قار.', spans: ['2', '3.5', '4 مليارات دينار عراقي'] },
  ] },
  { expect: [{ amount: '150000', currency: 'LYD' }, { amount: '220000', currency: 'LYD' }], phrases: [
    { text: 'خصص المجلس البلدي 150 و220 ألف دينار ليبي لصيانة المدارس والطرق.', spans: ['150', '220 ألف دينار ليبي'] },
    { text: 'اعتمدت البلدية بـ150 و220 ألف د.ل للمشروعين.', spans: ['150', '220 ألف د.ل'] },
  ] },
  { expect: [{ amount: '30', currency: 'EGP' }, { amount: '50', currency: 'EGP' }], phrases: [
    { text: 'سبق أن بلغ سعر كيلو الطماطم 30 و 50 جنيها مصريا في مواسم سابقة.', spans: ['30', '50 جنيها مصريا'] },
  ] },
  { expect: [{ amount: '0.16', currency: 'MAD', per: 'unit' }, { amount: '0.24', currency: 'MAD', per: 'unit' }], phrases: [
    { text: 'تنخفض أسعار الغازوال والبنزين في المغرب على التوالي ب 16 و 24 سنتيما للتر.', spans: ['16', '24 سنتيما للتر'] },
  ] },
  { expect: [{ amount: '1000000', currency: 'MAD' }, { amount: '2500000', currency: 'MAD' }], phrases: [
    { text: 'صادق مجلس جماعة مراكش على 100 و250 مليون سنتيم لتأهيل الأسواق في المغرب.', spans: ['100', '250 مليون سنتيم'] },
  ] },
  { expect: [{ amount: '2.33', currency: 'AED' }, { amount: '2.21', currency: 'AED' }, { amount: '2.14', currency: 'AED' }], phrases: [
    { text: 'حددت اللجنة سعر لتر البنزين فئات 98 و95 و91 عند 2.33 و2.21 و2.14 درهم إماراتي على التوالي.', spans: ['2.33', '2.21', '2.14 درهم إماراتي'] },
  ] },
  // Each member after its own noun, as price boards list them: the noun of the last one stands between.
  { expect: [{ amount: '20', currency: 'EGP' }, { amount: '15', currency: 'EGP' }], phrases: [
    { text: 'سجل كيلو البلح الأحمر 20 والأسود 15 جنيها مصريا.', spans: ['20', '15 جنيها مصريا'] },
  ] },
  { expect: [{ amount: '8000', currency: 'SYP' }, { amount: '6000', currency: 'SYP' }, { amount: '10000', currency: 'SYP' }], phrases: [
    { text: 'بلغ سعر كيلو البندورة 8 والبطاطا 6 والبصل 10 آلاف ليرة سورية.', spans: ['8', '6', '10 آلاف ليرة سورية'] },
  ] },
  { expect: [{ amount: '250', currency: 'SDG' }, { amount: '400', currency: 'SDG' }], phrases: [
    { text: 'يباع رطل اللبن 250 والجبنة البيضاء 400 جنيه سوداني.', spans: ['250', '400 جنيه سوداني'] },
  ] },
  // A member with its own scale word keeps it.
  { expect: [{ amount: '800000000', currency: 'SAR' }, { amount: '1200000000', currency: 'SAR' }], phrases: [
    { text: 'بلغت إيرادات الربعين 800 مليون و1.2 مليار ريال سعودي.', spans: ['800 مليون', '1.2 مليار ريال سعودي'] },
  ] },
  { expect: [{ amount: '750000000', currency: 'BHD' }, { amount: '2000000000', currency: 'BHD' }], phrases: [
    { text: 'قدم الصندوق قرضين بقيمة 750 مليون و2 مليار دينار بحريني.', spans: ['750 مليون', '2 مليار دينار بحريني'] },
  ] },
  // Thousands of millions are one figure, as Tunisian budget copy counts them: 11 ألف و197 مليون = 11,197 million.
  { expect: [{ amount: '11197000000', currency: 'TND' }], phrases: [
    { text: 'قدرت كتلة الأجور بـ 11 ألف و 197 مليون دينار تونسي.', spans: ['11 ألف و 197 مليون دينار تونسي'] },
  ] },

  // After the figure that names them: a bare figure with a phrase like the one before it repeats its scale and currency.
  { expect: [{ amount: '5000', currency: 'SAR' }, { amount: '7000', currency: 'SAR' }], phrases: [
    { text: 'حددت الجائزة 5 آلاف ريال سعودي للأول و7 للثاني.', spans: ['5 آلاف ريال سعودي', '7'] },
  ] },
  { expect: [{ amount: '7000000', currency: 'KWD' }, { amount: '9000000', currency: 'KWD' }], phrases: [
    { text: 'بلغت الأرباح 7 ملايين دينار كويتي في 2023 و9 في 2024.', spans: ['7 ملايين دينار كويتي', '9'] },
    { text: 'بلغت الأرباح 7 ملايين دينار كويتي خلال الربع الأول و9 خلال الربع الثاني.', spans: ['7 ملايين دينار كويتي', '9'] },
  ] },
  { expect: [{ amount: '500', currency: 'EGP' }, { amount: '1000', currency: 'EGP' }], phrases: [
    { text: 'تبلغ الغرامة 500 جنيه مصري للمخالفة الأولى و1000 للمخالفة الثانية.', spans: ['500 جنيه مصري', '1000'] },
  ] },
  { expect: [{ amount: '3000000', currency: 'TND' }, { amount: '2000000', currency: 'TND' }], phrases: [
    { text: 'رصدت الوزارة 3 ملايين دينار تونسي لولاية صفاقس و2 لولاية قابس.', spans: ['3 ملايين دينار تونسي', '2'] },
  ] },
  // … or a noun with the article and a bare figure: price boards, fee scales, budget lines.
  { expect: [{ amount: '8', currency: 'EGP', per: 'unit' }, { amount: '6', currency: 'EGP', per: 'unit' }, { amount: '10', currency: 'EGP', per: 'unit' }], phrases: [
    { text: 'سجل سعر كيلو الطماطم 8 جنيهات مصرية والبطاطس 6 والبصل الأحمر 10.', spans: ['8 جنيهات مصرية', '6', '10'] },
  ] },
  { expect: [{ amount: '140000', currency: 'SYP' }, { amount: '45000', currency: 'SYP' }, { amount: '90000', currency: 'SYP' }], phrases: [
    { text: 'بلغ سعر كيلو لحم الغنم 140 ألف ليرة سورية والفروج 45 والسمك 90.', spans: ['140 ألف ليرة سورية', '45', '90'] },
  ] },
  { expect: [{ amount: '300', currency: 'OMR' }, { amount: '450', currency: 'OMR' }], phrases: [
    { text: 'تبلغ رسوم الفئة الأولى 300 ريال عماني والثانية 450.', spans: ['300 ريال عماني', '450'] },
  ] },
  { expect: [{ amount: '1200', currency: 'LYD' }, { amount: '1000', currency: 'LYD' }, { amount: '850', currency: 'LYD' }], phrases: [
    { text: 'حدد الجدول راتب الدرجة الأولى 1200 دينار ليبي والثانية 1000 والثالثة 850.', spans: ['1200 دينار ليبي', '1000', '850'] },
  ] },
  { expect: [{ amount: '45000000000', currency: 'LYD' }, { amount: '60000000000', currency: 'LYD' }], phrases: [
    { text: 'قدرت الإيرادات بنحو 45 مليار دينار ليبي والنفقات 60.', spans: ['نحو 45 مليار دينار ليبي', '60'] },
  ] },
  { expect: [{ amount: '25000', currency: 'SDG' }, { amount: '18000', currency: 'SDG' }], phrases: [
    { text: 'بلغ سعر جوال الذرة 25 ألف جنيه سوداني والدخن 18.', spans: ['25 ألف جنيه سوداني', '18'] },
  ] },

  // A price board: items after commas alone, after ب, or as ranges of their own, in the first item's currency and fraction.
  { expect: [{ amount: '0.1', currency: 'JOD', per: 'unit' }, { amount: '0.25', currency: 'JOD', per: 'unit' }, { amount: '0.3', currency: 'JOD', per: 'unit' }], phrases: [
    { text: 'تراوح سعر كيلو الكوسا بين 10 و20 قرشا أردنيا، الزهرة 25- 45، الملفوف 30- 40.', spans: ['10 و20 قرشا أردنيا', '25- 45', '30- 40'] },
  ] },
  { expect: [{ amount: '130', currency: 'DZD' }, { amount: '110', currency: 'DZD' }, { amount: '170', currency: 'DZD' }], phrases: [
    { text: 'بيعت الطماطم ب 130 دج والبطاطا ب 110 والفلفل ب 170.', spans: ['130 دج', '110', '170'] },
  ] },
  { expect: [{ amount: '15', currency: 'EGP', per: 'unit' }, { amount: '12', currency: 'EGP', per: 'unit' }], phrases: [
    { text: 'بلغ سعر كيلو الخيار من 15 إلى 20 جنيها مصريا والكوسة 12.', spans: ['15 إلى 20 جنيها مصريا', '12'] },
  ] },
  // After a comma alone, only in a price list: elsewhere a figure after a comma is not the price's.
  { expect: [{ amount: '500', currency: 'EGP' }], phrases: [
    { text: 'قضت المحكمة بغرامة 500 جنيه مصري، القضية 12.', spans: ['500 جنيه مصري'] },
  ] },

  // A change: the first figure borrows the second's scale word, and the two stay two figures (no range).
  { expect: [{ amount: '200000', currency: 'AED' }, { amount: '300000', currency: 'AED' }], phrases: [
    { text: 'ارتفع الدخل من 200 إلى 300 ألف درهم إماراتي', spans: ['200', '300 ألف درهم إماراتي'] },
  ] },
  { expect: [{ amount: '200000', currency: 'AED', per: 'year' }, { amount: '300000', currency: 'AED', per: 'year' }], phrases: [
    { text: 'زاد متوسط الدخل السنوي من 200 إلى 300 ألف درهم إماراتي', spans: ['200', '300 ألف درهم إماراتي'] },
  ] },
  { expect: [{ amount: '12000000', currency: 'KWD' }, { amount: '9000000', currency: 'KWD' }], phrases: [
    { text: 'انخفضت الأرباح من 12 إلى 9 ملايين دينار كويتي.', spans: ['12', '9 ملايين دينار كويتي'] },
  ] },
  { expect: [{ amount: '15000', currency: 'SYP', per: 'unit' }, { amount: '18000', currency: 'SYP', per: 'unit' }], phrases: [
    { text: 'ارتفع سعر كيلو السكر من 15 إلى 18 ألف ليرة سورية.', spans: ['15', '18 ألف ليرة سورية'] },
  ] },
  // The verb may stand far before the figures, across the clause's subject and its words of place and time.
  { expect: [{ amount: '200000000', currency: 'JOD' }, { amount: '300000000', currency: 'JOD' }], phrases: [
    { text: 'ارتفعت قيمة الصادرات الزراعية للمملكة خلال العام الماضي من 200 إلى 300 مليون دينار أردني.', spans: ['200', '300 مليون دينار أردني'] },
  ] },
  { expect: [{ amount: '200000', currency: 'AED' }, { amount: '300000', currency: 'AED' }], phrases: [
    { text: 'ارتفع متوسط سعر المتر المربع للشقق في أحياء المدينة من 200 إلى 300 ألف درهم إماراتي.', spans: ['200', '300 ألف درهم إماراتي'] },
    { text: 'انتقل سعر بيع الفيلا من 200 إلى 300 ألف درهم إماراتي.', spans: ['200', '300 ألف درهم إماراتي'] },
  ] },

  // Traps: lists that are no money, and lists where only the last figure is.
  { expect: [{ amount: '500', currency: 'JOD' }], phrases: [
    { text: 'تنص المواد 3 و5 و7 من القانون على غرامة 500 دينار أردني.', spans: ['500 دينار أردني'] },
    { text: 'نقل 3 و5 و7 أشخاص إلى المستشفى ودفع كل منهم 500 دينار أردني.', spans: ['500 دينار أردني'] },
    { text: 'تنص المادتان 3 و500 دينار أردني غرامة.', spans: ['500 دينار أردني'] },
  ] },
  { expect: [{ amount: '500000', currency: 'SAR' }], phrases: [
    { text: 'حصد الفريق 3 و5 و7 نقاط في الجولات الثلاث ونال جائزة 500 ألف ريال سعودي.', spans: ['500 ألف ريال سعودي'] },
    { text: 'ارتفعت الأسعار 3 و5 و7 في المئة وبلغت قيمة الدعم 500 ألف ريال سعودي.', spans: ['500 ألف ريال سعودي'] },
    { text: 'منح الأول 3 سيارات و500 ألف ريال سعودي.', spans: ['500 ألف ريال سعودي'] },
  ] },
  { expect: [{ amount: '3000000000', currency: 'AED' }], phrases: [
    { text: 'حققت المجموعة في الأعوام 2022 و2023 و2024 أرباحا بلغت 3 مليارات درهم إماراتي.', spans: ['3 مليارات درهم إماراتي'] },
    { text: 'بلغت الأرباح في 2023 و3 مليارات درهم إماراتي في 2024.', spans: ['3 مليارات درهم إماراتي'] },
    { text: 'وقعت الشركة يومي 12 و13 مارس عقودا بقيمة 3 مليارات درهم إماراتي.', spans: ['3 مليارات درهم إماراتي'] },
    { text: 'بين 2022 و3 مليارات درهم إماراتي.', spans: ['3 مليارات درهم إماراتي'] },
  ] },
  // After a figure: a bare figure that counts, ranks or names something stays no money.
  { expect: [{ amount: '500', currency: 'EGP' }], phrases: [
    { text: 'تبلغ الغرامة 500 جنيه مصري والسجن 3 أشهر.', spans: ['500 جنيه مصري'] },
    { text: 'دفع 500 جنيه مصري وعدد المخالفين 12.', spans: ['500 جنيه مصري'] },
    { text: 'بلغت الغرامة 500 جنيه مصري والمرتبة 3.', spans: ['500 جنيه مصري'] },
    { text: 'تبلغ الغرامة 500 جنيه مصري في الحالة الأولى و9 في المئة في الثانية.', spans: ['500 جنيه مصري'] },
    { text: 'تبلغ الغرامة 500 جنيه مصري في 2023 و2024.', spans: ['500 جنيه مصري'] },
  ] },
  { expect: [{ amount: '7000000', currency: 'KWD' }], phrases: [
    // A bare figure of a thousand or more after millions is not a count of millions.
    { text: 'بلغت الأرباح 7 ملايين دينار كويتي في 2023 و9500 في 2024.', spans: ['7 ملايين دينار كويتي'] },
  ] },
];
