/**
 * Words that place a news text in a country, per country, for deciding which
 * currency a bare currency word (元, $, ريال, جنيه, دينار, درهم, ليرة, سنتيم)
 * means. Data only; the matching lives elsewhere.
 *
 * How an entry is matched:
 * - Arabic: as a substring at a word start, after an optional prefix
 *   (و ب ل ف ك and/or ال). A trailing "$" means the word must end there (no
 *   letter may follow): "قطر$" matches قطر, بقطر, not قطرات, قطار.
 * - Chinese: as a plain substring.
 *
 * Spellings: Arabic entries give both the hamza and bare-alef spellings where
 * both are common in news copy (أبوظبي/ابوظبي), and the Egyptian final ى for
 * final ي where Egyptian sites use it (مصرى, السيسى). Chinese entries give
 * Simplified and Traditional where they differ.
 *
 * Left out on purpose, as ambiguous (see the report that came with this file):
 * bare عمان (Oman / Amman), bare طرابلس (Libya / Lebanon), مسقط alone (مسقط رأس
 * "birthplace"), تداول ("trading"), إعمار ("reconstruction"), مبادلة
 * ("exchange"), معادن ("metals"), حمص ("chickpeas"), حماة ("protectors"),
 * الأسد, الشرع, الزاوية, سرت, الرمادي, العمارة, المهرة, بورصة (Bursa /
 * exchange), مشهد ("scene"), مجلس الأمة (Kuwait / Algeria), مجلس النواب,
 * مجلس الشورى; 中国, 人行 (人行道), 台 alone, 台股/台電 (平台股/平台電商),
 * 北市 (湖北市场), 南投 (云南投资), 中环 (Shanghai ring road), 公积金 alone
 * (CN housing fund), 特區政府 (HK and MO), 澳人 (also "Australians"), 中共 and
 * Traditional 國務院 (TW copy; 美國國務院), 全港 (全港口), 沙田 (also Dongguan),
 * 西九 (江西九江), 府院 (政府院校), 人力部 (人力部门), 国家发展部 (国家发展部署),
 * 滨海湾 (Dongguan district), 深市 (资深市场), 恒生 alone (恒生电子, Hangzhou), 新界
 * alone (新界面), simplified 九龙 (九龙坡), 关闸/關閘 ("close the gate"), 立委
 * (成立委员会), 中央社 alone (中央社会工作部), 台塑 (平台塑造), 国盟 (中国盟友),
 * 国油 (中国油气), 領展/長實 (引領展望, 成長實力); شنجن (Schengen), بيت التمويل
 * (Kuwait and Bahrain), ساما (وساما "a medal"), مشار (المشار إليه), لحج ("for
 * Hajj"), الضالع ("involved"), الكفرة ("infidels"), الأقصر ("the shortest"),
 * كسلا ("laziness"), الأبيض (El-Obeid / "white": البيت الأبيض), الجنينة ("the garden"), الجديدة and
 * العيون ("new", "eyes"), الكاف (the letter), المثنى (a first name). Kept although imperfect: القاهرة (also القوة القاهرة
 * "force majeure"), المغرب (also المغرب العربي, the Maghreb), السودان (also
 * inside جنوب السودان), 大马 (also 大马士革), 阿曼 (also 阿曼达).
 * Pan-Arab / regional outlets are not in `hosts` but in PAN_NATIONAL_HOSTS
 * below. Hosts under the country's own ccTLD (ahram.org.eg, alkhaleej.ae,
 * cna.com.tw, rthk.hk, sinchew.com.my) are not repeated here: the ccTLD
 * already places them; so do aa.com.tr (Turkish) and Iranian .ir desks.
 *
 * Outlets whose country a reader might doubt, as decided here:
 * - ifeng.com (Phoenix: registered in Hong Kong, run from Beijing for mainland
 *   readers) is the mainland's; 大公報 takungpao.com and 文匯報 wenweipo.com are
 *   Hong Kong papers: their mainland stories name mainland places, which
 *   outweigh the outlet (the text's one mention beats the outlet's 0.9).
 * - zaobao.com (the China edition of Singapore's 联合早报) is Singapore's, like
 *   zaobao.com.sg: its China desk's copy names the mainland, which decides.
 * - sina.com is left out: sina.com.cn (the mainland portal) is placed by its
 *   ccTLD, sina.com.tw and sina.com.hk are Taiwan's and Hong Kong's, and
 *   sina.com's own hosts served Sina's North American edition.
 * - hk.appledaily.com and tw.appledaily.com were two papers: each by its host.
 * - Palestine has no entry: its copy writes شيكل and دينار أردني by name, and
 *   a Palestinian cue would tie every Gulf story about aid to Gaza.
 * - Gulf forums stay out (a Saudi stock forum's posters write from all the
 *   Gulf); Taiwan's and Hong Kong's own forums (ptt.cc, mobile01.com, lihkg.com)
 *   are in. Sites whose country could not be confirmed stay out.
 */

/** One country: the words that place a news text there, and its outlets. */
export interface CountryCues {
  /** ISO 3166-1 alpha-2: "SA", "HK". */
  code: string;
  /** Its currency, ISO 4217. */
  currency: string;
  /** Arabic words: country names and their adjective stems, capital and big cities, central bank, stock exchange, ministries/parliament names unique to it, big state companies, news agency. */
  ar: readonly string[];
  /** The same in Chinese, each in Simplified AND Traditional where they differ. */
  zh: readonly string[];
  /** Hosts of news outlets based there whose domain is not under the country's ccTLD: "alriyadh.com", "udn.com", "zaobao.com". Matched as the host or a suffix after a dot. */
  hosts: readonly string[];
}

export const COUNTRY_CUES: readonly CountryCues[] = [
  // ───────────────────────────── Arab world ─────────────────────────────
  {
    code: 'SA',
    currency: 'SAR',
    ar: [
      'سعودي', 'سعودى', 'المملكة',
      'الرياض$', 'جدة$', 'مكة', 'المدينة المنورة', 'الدمام', 'الطائف$', 'الجبيل', 'تبوك', 'أبها$', 'ابها$',
      'القصيم', 'نجران', 'جازان', 'جيزان', 'الأحساء', 'الاحساء', 'نيوم', 'القدية',
      'خادم الحرمين', 'بن سلمان', 'آل سعود',
      'هيئة السوق المالية', 'تاسي$', 'صندوق الاستثمارات العامة', 'رؤية 2030',
      'أرامكو', 'ارامكو', 'سابك$', 'الراجحي', 'أكوا باور', 'اكوا باور',
      'واس$',
    ],
    zh: [
      '沙特', '沙烏地', '沙乌地', '沙地阿拉伯', '利雅得', '利雅德', '吉达', '吉達', '麦加', '麥加', '阿美石油',
    ],
    hosts: [
      'alriyadh.com', 'aleqt.com', 'sabq.org', 'argaam.com', 'alyaum.com', 'al-madina.com', 'al-jazirah.com',
      'makkahnewspaper.com', 'sauress.com', 'maaal.com', 'almowaten.net', 'twasul.info', 'arriyadiyah.com',
      'albiladdaily.com',
    ],
  },
  {
    code: 'AE',
    currency: 'AED',
    ar: [
      'إمارات', 'امارات', 'دبي$', 'دبى$', 'أبوظبي', 'ابوظبي', 'أبو ظبي', 'ابو ظبي', 'أبوظبى', 'ابوظبى',
      'الشارقة', 'عجمان', 'رأس الخيمة', 'راس الخيمة', 'الفجيرة', 'أم القيوين', 'ام القيوين', 'جبل علي',
      'آل نهيان', 'آل مكتوم', 'بن زايد', 'بن راشد',
      'المجلس الوطني الاتحادي', 'هيئة الأوراق المالية والسلع',
      'أدنوك', 'ادنوك', 'مبادلة للاستثمار', 'إعمار العقارية', 'اعمار العقارية', 'الدار العقارية',
      'الاتحاد للطيران', 'دناتا', 'ديوا$', 'موانئ دبي',
      'وام$',
    ],
    zh: [
      '阿联酋', '阿聯酋', '阿拉伯联合酋长国', '阿拉伯聯合酋長國', '阿拉伯聯合大公國', '迪拜', '杜拜',
      '阿布扎比', '阿布達比', '阿布达比', '沙迦',
    ],
    hosts: ['emaratalyoum.com', 'alroeya.com'],
  },
  {
    code: 'QA',
    currency: 'QAR',
    ar: [
      'قطر$', 'قطري', 'قطرى', 'الدوحة', 'لوسيل', 'الوكرة', 'رأس لفان', 'راس لفان', 'مسيعيد',
      'آل ثاني', 'تميم بن حمد', 'الأمير تميم', 'كتارا', 'مشيرب',
      'مصرف الريان', 'بروة', 'الديار القطرية',
    ],
    zh: ['卡塔尔', '卡塔爾', '卡達', '多哈'],
    hosts: ['al-sharq.com', 'raya.com', 'al-watan.com', 'lusailnews.net', 'alkass.net'],
  },
  {
    code: 'KW',
    currency: 'KWD',
    ar: [
      'كويت', 'الجهراء', 'الأحمدي', 'الاحمدي', 'الفروانية', 'مبارك الكبير', 'الشويخ', 'المطلاع', 'بوبيان',
      'السالمية', 'الفحيحيل', 'فيلكا', 'الخيران',
      'آل الصباح', 'مشعل الأحمد', 'صباح الأحمد', 'نواف الأحمد', 'هيئة أسواق المال', 'هيئة اسواق المال',
      'الهيئة العامة للاستثمار', 'كونا$',
    ],
    zh: ['科威特'],
    hosts: ['alqabas.com', 'alraimedia.com', 'aljarida.com', 'alseyassah.com', 'annaharkw.com'],
  },
  {
    code: 'BH',
    currency: 'BHD',
    ar: [
      'بحرين', 'المملكة', 'المنامة', 'المحرق', 'الرفاع$', 'مدينة عيسى', 'مدينة حمد', 'جد حفص',
      'بابكو', 'طيران الخليج', 'آل خليفة', 'ناصر بن حمد',
      'سلمان بن حمد', 'حمد بن عيسى',
    ],
    zh: ['巴林', '麦纳麦', '麥納麥'],
    hosts: [
      'alayam.com', 'albiladpress.com', 'alwasatnews.com', 'akhbar-alkhaleej.com', 'alwatannews.net',
      'bahrainmirror.com',
    ],
  },
  {
    code: 'OM',
    currency: 'OMR',
    ar: [
      'سلطنة عمان', 'سلطنة عُمان', 'عماني', 'عمانى', 'عُماني', 'السلطنة',
      'محافظة مسقط', 'العاصمة مسقط', 'بورصة مسقط', 'سوق مسقط', 'بنك مسقط', 'مطار مسقط', 'مسقط،', 'مسقط -',
      'صلالة', 'صحار', 'الدقم', 'نزوى', 'ظفار', 'مسندم', 'البريمي', 'الباطنة',
      'هيثم بن طارق', 'قابوس', 'تنمية نفط عمان', 'أوكيو', 'اوكيو',
    ],
    zh: ['阿曼', '马斯喀特', '馬斯喀特'],
    hosts: ['alwatan.com', 'shabiba.com'],
  },
  {
    // Mauritania: only for the ouguiya (أوقية), which its copy writes with no adjective; no shared noun is decided by it.
    code: 'MR',
    currency: 'MRU',
    ar: [
      'موريتانيا', 'موريتاني', 'الموريتاني', 'نواكشوط', 'انواكشوط', 'نواذيبو', 'انواذيبو', 'البنك المركزي الموريتاني', 'ولد الغزواني',
      'اسنيم', 'تازيازت', 'الوكالة الموريتانية للأنباء',
    ],
    zh: ['毛里塔尼亚', '茅利塔尼亞', '努瓦克肖特'],
    hosts: ['ami.mr', 'alakhbar.info', 'saharamedias.net', 'cridem.org', 'alwiam.info', 'lecalame.info'],
  },
  {
    code: 'YE',
    currency: 'YER',
    ar: [
      'اليمن$', 'يمني', 'صنعاء', 'عدن$', 'الحديدة', 'تعز$', 'مأرب', 'المكلا', 'حضرموت', 'سيئون', 'شبوة',
      'أبين$', 'ابين$', 'سقطرى', 'المخا$',
      'الحوثي', 'أنصار الله', 'انصار الله', 'المجلس الانتقالي الجنوبي', 'مجلس القيادة الرئاسي',
      'سبأ$',
    ],
    zh: ['也门', '也門', '萨那', '薩那', '胡塞', '亚丁', '亞丁'],
    hosts: [
      'sabanews.net', 'almasdaronline.com', 'adengad.net', 'aden-tm.net', 'alayyam.info', '26sepnews.net',
      'almasirah.net', 'south24.net', 'marebpress.net', 'almawqea.net', 'yemeress.com', 'almashhad-alyemeni.com',
      'yemenmonitor.com', 'khabaragency.net', 'belqees.net', 'alsahwa-yemen.net', 'alyemeny.com', 'marebpress.org',
    ],
  },
  {
    code: 'EG',
    currency: 'EGP',
    ar: [
      'مصر$', 'مصري', 'مصرى', 'القاهرة', 'الإسكندرية', 'الاسكندرية', 'الجيزة', 'بورسعيد', 'بور سعيد',
      'السويس', 'الإسماعيلية', 'الاسماعيلية', 'دمياط', 'أسوان', 'اسوان',
      'شرم الشيخ', 'الغردقة', 'العلمين', 'المنيا', 'أسيوط', 'اسيوط', 'سوهاج', 'الفيوم', 'بني سويف',
      'كفر الشيخ', 'المنوفية', 'الدقهلية', 'القليوبية', 'طنطا', 'مدينة نصر', 'التجمع الخامس',
      'العاصمة الإدارية', 'العاصمة الادارية',
      'السيسي', 'السيسى', 'مدبولي', 'مدبولى', 'وزارة التموين',
      'أ ش أ',
      // Egyptian papers named as a source: "قالت صحيفة الأهرام", "وفق ما نشره اليوم السابع".
      'الأهرام', 'الاهرام', 'اليوم السابع', 'المصري اليوم', 'المصرى اليوم',
      // Clubs of the Egyptian league, as a fine in its sports copy names them (not الأهلي: Saudi, Libyan, Qatari clubs share it).
      'الزمالك', 'الإسماعيلي', 'الاسماعيلي', 'المصري البورسعيدي', 'المقاولون العرب', 'غزل المحلة', 'وادي دجلة', 'طلائع الجيش',
      'بيراميدز', 'سموحة', 'إنبي$', 'انبي$', 'مصر المقاصة',
    ],
    zh: ['埃及', '开罗', '開羅', '苏伊士', '蘇伊士'],
    hosts: [
      'youm7.com', 'almasryalyoum.com', 'masrawy.com', 'shorouknews.com', 'elwatannews.com', 'akhbarelyom.com',
      'elaosboa.com', 'amwalalghad.com', 'masress.com', 'alborsaanews.com', 'elbalad.org', 'vetogate.com',
      'akhbarak.net', 'dostor.org', 'cairo24.com', 'alwafd.news', 'almalnews.com', 'elfagr.org', 'mobtada.com',
      'albawabhnews.com', 'alamalmal.net', 'soutalomma.com', 'rosaelyoussef.com', 'masralarabia.net', 'madamasr.com',
      'alwafd.org', 'gomhuriaonline.com', 'ahlmasrnews.com', 'el-balad.com', 'almesryoon.com', 'dotmsr.com',
      'tahrirnews.com', 'alqaheranews.net', 'filgoal.com', 'yallakora.com', 'arabfinance.com', 'baladnaelyoum.com',
    ],
  },
  {
    code: 'SD',
    currency: 'SDG',
    ar: [
      'السودان$', 'سوداني', 'سودانى', 'الخرطوم', 'أم درمان', 'ام درمان', 'بورتسودان', 'دارفور', 'كردفان',
      'الفاشر', 'نيالا', 'القضارف', 'ود مدني', 'عطبرة', 'سنار$',
      'ولاية الجزيرة', 'النيل الأبيض', 'النيل الأزرق', 'الدمازين', 'كوستي', 'شندي', 'الدويم',
      'الدعم السريع', 'حميدتي', 'البرهان$', 'سونا$',
    ],
    zh: ['苏丹', '蘇丹', '喀土穆'],
    hosts: [
      'alrakoba.net', 'sudantribune.net', 'alnilin.com', 'suna-sd.net', 'altaghyeer.info', 'dabangasudan.org',
      'sudanile.com', 'sudaress.com',
    ],
  },
  {
    code: 'SS',
    currency: 'SSP',
    ar: [
      'جنوب السودان', 'جنوب سوداني', 'جوبا', 'سلفاكير', 'سلفا كير', 'رياك مشار', 'ملكال',
      'بانتيو', 'أعالي النيل', 'اعالي النيل', 'جونقلي', 'بحر الغزال',
    ],
    zh: ['南苏丹', '南蘇丹', '朱巴'],
    hosts: [],
  },
  {
    code: 'LY',
    currency: 'LYD',
    ar: [
      'ليبيا', 'ليبي$', 'ليبى$', 'ليبية', 'ليبيين', 'ليبيون', 'طرابلس الغرب', 'بنغازي', 'مصراتة', 'سبها',
      'درنة', 'طبرق', 'الزنتان', 'البريقة', 'رأس لانوف', 'راس لانوف', 'غدامس', 'أوباري', 'اوباري',
      'زليتن', 'غريان', 'بني وليد', 'ترهونة', 'صبراتة', 'زوارة', 'أجدابيا', 'اجدابيا', 'بنت بية', 'الجبل الأخضر', 'الجبل الاخضر',
      'حكومة الوحدة الوطنية', 'ديوان المحاسبة الليبي',
      'مصرف ليبيا المركزي', 'المؤسسة الوطنية للنفط', 'حفتر', 'الدبيبة',
    ],
    zh: ['利比亚', '利比亞', '的黎波里', '班加西'],
    hosts: [
      'almarsad.co', 'libyaakhbar.com', 'afrigatenews.net', 'libyaalahrar.tv', '218tv.net', 'eanlibya.com',
      'libya-al-mostakbal.org',
    ],
  },
  {
    code: 'TN',
    currency: 'TND',
    ar: [
      'تونس', 'صفاقس', 'سوسة', 'القيروان', 'بنزرت', 'قابس', 'نابل$', 'المنستير', 'قفصة',
      'المهدية', 'توزر', 'جربة', 'مدنين', 'قرطاج', 'قيس سعيد', 'مجلس نواب الشعب', 'الستاغ',
      // Tunis's wholesale market and the farm observatory whose prices the agency reports.
      'بئر القصعة', 'المرصد الوطني للفلاحة', 'أريانة', 'اريانة', 'بن عروس', 'منوبة', 'جندوبة', 'سيدي بوزيد', 'القصرين',
    ],
    zh: ['突尼斯', '突尼西亞', '突尼西亚'],
    hosts: [
      'alchourouk.com', 'mosaiquefm.net', 'babnet.net', 'kapitalis.com', 'shemsfm.net', 'diwanfm.net',
      'jawharafm.net', 'espacemanager.com', 'ilboursa.com', 'tuniscope.com', 'assarih.com', 'turess.com',
      'nawaat.org', 'tunisienumerique.com', 'webmanagercenter.com',
    ],
  },
  {
    code: 'DZ',
    currency: 'DZD',
    ar: [
      'الجزائر$', 'جزائري', 'وهران', 'قسنطينة', 'عنابة', 'سطيف', 'تلمسان', 'بجاية', 'البليدة', 'ورقلة',
      'باتنة', 'تيزي وزو', 'بسكرة', 'الشلف', 'سكيكدة', 'أرزيو', 'ارزيو', 'حاسي مسعود', 'حاسي الرمل', 'تمنراست',
      'تيارت', 'غرداية', 'مستغانم', 'سيدي بلعباس', 'تبسة', 'الجلفة', 'بومرداس', 'تيبازة', 'جيجل', 'الأغواط', 'الاغواط', 'المسيلة', 'عين الدفلى',
      'سوناطراك', 'سونلغاز', 'تبون', 'المجلس الشعبي الوطني', 'الوزير الأول', 'الوزير الاول', 'وأج$',
    ],
    zh: ['阿尔及利亚', '阿爾及利亞', '阿尔及尔', '阿爾及爾'],
    hosts: [
      'echoroukonline.com', 'ennaharonline.com', 'elkhabar.com', 'elbilad.net', 'tsa-algerie.com', 'algerie360.com',
      'elwatan-dz.com', 'elwatan.com', 'djazairess.com', 'liberte-algerie.com', 'lexpressiondz.com',
      'elmoudjahid.com', 'algeriepatriotique.com', 'algerie-eco.com', 'al-fadjr.com', 'lequotidien-oran.com',
      'elheddaf.com', 'ech-chaab.com', 'algerie1.com',
    ],
  },
  {
    code: 'MA',
    currency: 'MAD',
    ar: [
      'المغرب$', 'مغربي', 'المملكة', 'الرباط', 'الدار البيضاء', 'مراكش', 'طنجة', 'فاس$', 'مكناس',
      'أكادير', 'اكادير', 'أغادير', 'اغادير', 'وجدة', 'تطوان', 'الناظور',
      'بنك المغرب', 'المكتب الشريف للفوسفاط', 'المندوبية السامية للتخطيط', 'مجلس المستشارين',
      'محمد السادس', 'أخنوش', 'اخنوش',
      'هسبريس', 'آسفي', 'اسفي', 'بني ملال', 'خريبكة', 'الحسيمة', 'قلعة السراغنة', 'سطات$', 'القنيطرة',
      // Casablanca as some copy glues it; the wholesale markets and the Moroccan words for prices.
      'الدارالبيضاء', 'إنزكان', 'انزكان', 'أثمنة', 'اثمنة',
    ],
    zh: ['摩洛哥', '拉巴特', '卡萨布兰卡', '卡薩布蘭卡'],
    hosts: [
      'hespress.com', 'alyaoum24.com', 'hibapress.com', 'barlamane.com', 'alayam24.com', 'febrayer.com',
      'medi1news.com', 'lakome2.com', 'rue20.com', 'anfaspress.com', 'akhbarona.com', 'kech24.com', 'snrtnews.com',
      'medias24.com', 'maghress.com', 'lesiteinfo.com', 'lavieeco.com', 'yabiladi.com', 'elbotola.com',
      'almountakhab.com', 'tanja24.com', 'ahdath.info',
    ],
  },
  {
    code: 'JO',
    currency: 'JOD',
    ar: [
      'الأردن$', 'الاردن$', 'أردني', 'اردني', 'عمّان', 'أمانة عمان', 'امانة عمان', 'بورصة عمان',
      'إربد', 'اربد', 'ميناء العقبة', 'منطقة العقبة', 'مادبا', 'جرش', 'الكرك', 'المفرق', 'البلقاء',
      // Amman's districts, as real-estate and rent reports name them.
      'عبدون', 'دير غبار', 'الصويفية', 'أم أذينة', 'ام اذينة', 'خلدا$', 'الدوار الرابع', 'دائرة الأراضي والمساحة', 'دائرة الاراضي والمساحة',
      'المملكة', 'الهاشمية', 'مجلس الأعيان', 'مجلس الاعيان',
      'الملك عبدالله الثاني', 'الملك عبد الله الثاني', 'البوتاس',
      'بترا$',
    ],
    zh: ['约旦', '約旦', '安曼'],
    hosts: [
      'alghad.com', 'addustour.com', 'alrai.com', 'ammonnews.net', 'royanews.tv', 'jo24.net', 'khaberni.com',
      'sarayanews.com', 'almamlaka.tv', 'assabeel.net', 'alanbatnews.net', 'jordanzad.com', 'alwakeelnews.com',
      'assawsana.com', 'sawaleif.com', 'almadenahnews.com', 'ammanvoice.net',
    ],
  },
  {
    code: 'LB',
    currency: 'LBP',
    ar: [
      'لبنان', 'بيروت', 'صيدا$', 'زحلة', 'جونية', 'البقاع', 'النبطية', 'بعلبك', 'عكار', 'المتن',
      'كسروان', 'الليطاني', 'الضاحية الجنوبية', 'بعبدا', 'عين التينة', 'السراي الحكومي',
      'مصرف لبنان', 'حزب الله', 'ميقاتي', 'نبيه بري', 'جعجع', 'الحريري', 'التيار الوطني الحر',
    ],
    zh: ['黎巴嫩', '贝鲁特', '貝魯特', '真主党', '真主黨'],
    hosts: [
      'annahar.com', 'al-akhbar.com', 'lbcgroup.tv', 'lebanon24.com', 'elnashra.com', 'aljoumhouria.com',
      'imlebanon.org', 'addiyar.com', 'almodon.com', 'lebanondebate.com', 'nidaalwatan.com', 'janoubia.com',
      'tayyar.org', 'aljadeed.tv', 'lorientlejour.com', 'lebanonfiles.com', 'lebanese-forces.com', 'almarkazia.com',
      'kataeb.org',
    ],
  },
  {
    code: 'SY',
    currency: 'SYP',
    ar: [
      'سوري', 'دمشق', 'حلب$', 'اللاذقية', 'طرطوس', 'إدلب', 'ادلب', 'دير الزور', 'درعا', 'الحسكة',
      'القامشلي', 'السويداء', 'منبج', 'عفرين', 'جرابلس', 'الغوطة', 'بانياس',
      'جرمانا', 'السورية للتجارة', 'مصرف سورية المركزي',
      'بشار الأسد', 'بشار الاسد', 'أحمد الشرع', 'احمد الشرع', 'قسد$', 'هيئة تحرير الشام',
      'سانا$',
    ],
    zh: ['叙利亚', '敘利亞', '大马士革', '大馬士革', '阿勒颇', '阿勒坡'],
    hosts: [
      'alwatanonline.com', 'enabbaladi.net', 'syria.tv', 'syriahr.com', 'halabtodaytv.net', 'hashtagsyria.com',
      'eqtsad.net', 'aksalser.com', 'athrpress.com', 'tishreen.news', 'syriasteps.com', 'zamanalwsl.net',
      'orient-news.net', 'snacksyrian.com', 'alsouria.net', 'baladi-news.com', 'npasyria.com', 'alkhabar-sy.com',
      'shaam.org',
    ],
  },
  {
    code: 'IQ',
    currency: 'IQD',
    ar: [
      'العراق$', 'عراقي$', 'عراقية', 'عراقيين', 'عراقيون', 'بغداد', 'البصرة', 'الموصل', 'أربيل', 'اربيل',
      'كركوك', 'النجف', 'كربلاء', 'السليمانية', 'الأنبار', 'الانبار', 'ديالى', 'الفلوجة', 'الناصرية',
      'سامراء', 'تكريت', 'دهوك', 'زاخو', 'المنطقة الخضراء',
      'ذي قار', 'ميسان', 'الديوانية', 'الكوت$', 'بابل$', 'واسط$', 'الرصافة', 'الكرخ', 'هيئة النزاهة الاتحادية', 'مجلس الخدمة الاتحادي',
      'إقليم كردستان', 'اقليم كردستان', 'الحشد الشعبي', 'شياع السوداني', 'سومو$',
    ],
    zh: ['伊拉克', '巴格达', '巴格達', '巴士拉'],
    hosts: [
      'alsumaria.tv', 'shafaq.com', 'almadapaper.net', 'rudaw.net', 'baghdadtoday.news', 'kurdistan24.net',
      'mawazin.net', 'almaalomah.me', 'burathanews.com', 'nasnews.com', '964media.com', 'ninanews.com',
      'alghadpress.com', 'basnews.com', 'economy-news.net', 'alsharqiya.com',
    ],
  },
  {
    code: 'TR',
    currency: 'TRY',
    ar: [
      'تركيا', 'تركي$', 'تركية', 'أتراك$', 'الأتراك', 'الاتراك', 'أنقرة', 'انقرة', 'إسطنبول', 'اسطنبول',
      'إزمير', 'ازمير', 'أنطاليا', 'انطاليا', 'غازي عنتاب', 'أضنة', 'اضنة', 'قونية', 'طرابزون', 'مرسين', 'هاتاي',
      'أردوغان', 'اردوغان', 'شيمشك',
    ],
    zh: ['土耳其', '安卡拉', '伊斯坦布尔', '伊斯坦布爾', '伊斯坦堡', '埃尔多安', '埃爾多安', '艾爾多安', '艾尔多安'],
    hosts: [],
  },
  {
    code: 'GB',
    currency: 'GBP',
    ar: [
      'بريطاني', 'المملكة المتحدة', 'لندن', 'إنجلترا', 'انجلترا', 'إنكلترا', 'انكلترا',
      'اسكتلندا', 'أسكتلندا', 'ويلز', 'إيرلندا الشمالية', 'ايرلندا الشمالية', 'مانشستر', 'برمنغهام',
      'برمنجهام', 'ليفربول', 'إدنبرة', 'ادنبرة', 'داونينغ ستريت', 'مجلس العموم', 'مجلس اللوردات',
      'ستارمر', 'إسترليني', 'استرليني', 'بريكست',
    ],
    zh: [
      '英国', '英國', '伦敦', '倫敦', '英格兰', '英格蘭', '苏格兰', '蘇格蘭', '威尔士', '威爾斯', '英伦', '英倫',
      '唐宁街', '唐寧街', '英镑', '英鎊',
    ],
    hosts: [],
  },
  {
    code: 'IR',
    currency: 'IRR',
    ar: [
      'إيران', 'ايران', 'طهران', 'أصفهان', 'اصفهان', 'تبريز', 'شيراز', 'الأهواز', 'الاهواز', 'الأحواز',
      'الاحواز', 'بندر عباس', 'نطنز', 'فوردو',
      'الحرس الثوري', 'خامنئي', 'بزشكيان', 'عراقجي', 'مجلس الشورى الإسلامي', 'مجلس الشورى الاسلامي',
      'تومان', 'إرنا$', 'ارنا$', 'تسنيم',
    ],
    zh: ['伊朗', '德黑兰', '德黑蘭', '哈梅内伊', '哈米尼', '革命卫队', '革命衛隊'],
    hosts: [],
  },

  // ─────────────────────────── Chinese-speaking ───────────────────────────
  {
    code: 'CN',
    currency: 'CNY',
    ar: [
      'الصين$', 'صيني', 'صينى', 'بكين', 'شنغهاي', 'شانغهاي', 'شنتشن', 'قوانغتشو', 'غوانغتشو',
      'ووهان', 'شي جين بينغ', 'بنك الشعب الصيني',
    ],
    zh: [
      // Cities
      '北京', '上海', '深圳', '广州', '廣州', '天津', '重庆', '重慶', '杭州', '南京', '武汉', '武漢', '成都',
      '西安', '苏州', '蘇州', '郑州', '鄭州', '长沙', '長沙', '青岛', '青島', '厦门', '廈門', '宁波', '寧波',
      '合肥', '济南', '濟南', '沈阳', '瀋陽', '大连', '大連', '哈尔滨', '哈爾濱', '昆明', '福州', '东莞', '東莞',
      '佛山', '无锡', '無錫', '雄安',
      // (not 長春, 南昌, 溫州, 太原: Taipei streets are named after them)
      '石家庄', '石家莊', '乌鲁木齐', '烏魯木齊', '呼和浩特', '珠海', '义乌', '義烏', '惠州', '昆山',
      // Provinces and regions
      '广东', '廣東', '浙江', '江苏', '江蘇', '山东', '山東', '河南', '河北', '四川', '湖北', '湖南', '福建',
      '安徽', '江西', '云南', '雲南', '贵州', '貴州', '广西', '廣西', '陕西', '陝西', '山西', '辽宁', '遼寧',
      '吉林', '黑龙江', '黑龍江', '内蒙古', '內蒙古', '新疆', '西藏', '甘肃', '甘肅', '宁夏', '寧夏', '青海',
      '海南', '自治区', '直辖市', '地级市', '省会', '县',
      // 區縣 is the mainland's word in Traditional copy too (Taiwan writes 縣市): read before Taiwan's 縣.
      '區縣', '区縣',
      // Government, party, regulators, statistics
      '国务院', '人民银行', '人民銀行', '证监会', '中證監', '发改委', '發改委', '国家发展改革委',
      '金融监管总局', '国家金融监督管理总局', '银保监会', '国资委', '國資委', '商务部', '国家统计局', '國家統計局',
      '国家外汇管理局', '国家税务总局', '工信部', '住建部', '人社部',
      // The same in Traditional spelling, as Hong Kong and overseas papers print mainland reports; and the
      // mainland's own names for its courts, prosecutors, police and market regulator (Taiwan: 地方法院, 警察局).
      '國家發展改革委', '國家發展和改革委員會', '國家外匯管理局', '國家稅務總局', '國家金融監督管理總局', '金融監管總局',
      '銀保監會', '中國證監會', '中国证监会', '人民法院', '人民检察院', '人民檢察院', '公安局', '公安机关', '公安機關',
      '市场监管', '市場監管', '市场监督管理', '市場監督管理',
      '全国人大', '全國人大', '人大常委会', '政协', '政協', '习近平', '两会', '十四五', '十五五',
      '央企', '国企', '新华社', '新華社', '中新社', '央视', '央視', '人民日报', '人民日報',
      // Markets and companies
      '沪深', '滬深', '上证', '上證', '深证', '深證', '沪指', '滬指', '沪市', '科创板', '科創板',
      '创业板', '北交所', '上交所', '深交所', 'A股',
      '中石油', '中石化', '国家电网', '國家電網', '工商银行', '建设银行', '农业银行', '茅台', '宁德时代',
      '寧德時代', '比亚迪', '比亞迪',
      // Platforms only the mainland uses: a Traditional-script story about a 京東 executive or a 淘寶 seller is a mainland one.
      '京东', '京東', '淘宝', '淘寶', '天猫', '天貓', '拼多多', '支付宝', '支付寶', '美团', '美團', '微博',
    ],
    hosts: [
      'xinhuanet.com', 'chinanews.com', '163.com', 'qq.com', 'sohu.com', 'ifeng.com', 'caixin.com', 'yicai.com',
      'jiemian.com', 'eastmoney.com', 'stcn.com', 'cnstock.com', '21jingji.com', 'huanqiu.com', 'cctv.com',
      'hexun.com', 'cnfol.com', 'xueqiu.com', 'wallstreetcn.com', '36kr.com', 'huxiu.com', 'ycwb.com', 'southcn.com',
      'dayoo.com', 'jfdaily.com', 'kankanews.com', 'yangtse.com', 'cyol.com', 'jrj.com', 'china.com', 'baidu.com',
      'toutiao.com', 'zhihu.com', 'weibo.com', 'cgtn.com', 'tmtpost.com', 'p5w.net', 'ynet.com', 'cqnews.net',
      'dzwww.com', 'eastday.com', 'ithome.com', 'cankaoxiaoxi.com', 'oeeee.com', 'infzm.com', 'douban.com',
      'bilibili.com', 'stockstar.com', 'mydrivers.com', 'cnbeta.com', 'leiphone.com', 'cnhubei.com', 'sznews.com',
      'nfnews.com', 'xhby.net', 'iqilu.com', 'fjsen.com',
    ],
  },
  {
    code: 'HK',
    currency: 'HKD',
    ar: ['هونغ كونغ', 'هونج كونج', 'هونج كونغ', 'هونغكونغ', 'هونكونغ'],
    zh: [
      '香港', '本港', '港府', '港人', '特首', '港股',
      '九龍', '新界東', '新界西', '新界北', '港島', '港岛', '尖沙咀', '旺角', '銅鑼灣', '铜锣湾', '中環', '灣仔',
      '荃灣', '荃湾', '元朗', '屯門', '屯门', '觀塘', '观塘', '將軍澳', '将军澳', '大嶼山', '大屿山',
      '紅磡', '红磡', '深水埗', '葵涌', '天水圍', '天水围', '啟德', '北部都會區', '北部都会区',
      '立法會', '立法会', '政務司', '政务司', '財爺', '財政預算案', '金管局', '證監會', '港交所', '聯交所',
      '联交所', '恒指', '恒生指數', '恒生指数', '恒生銀行', '恒生银行', '港鐵', '港铁', '港燈', '機管局', '房委會', '房屋署', '公屋', '居屋',
      '強積金', '强积金', '差餉', '差饷', '國泰航空',
      // Courts and sentences by their Hong Kong names (Macau's are 初級法院, 中級法院; Taiwan's 地方法院).
      '裁判法院', '區域法院', '区域法院', '判監',
    ],
    hosts: [
      'mingpao.com', 'mpfinance.com', 'hk01.com', 'on.cc', 'stheadline.com', 'hket.com', 'wenweipo.com',
      'takungpao.com', 'hkej.com', 'now.com', 'tvb.com', 'inmediahk.net', 'aastocks.com', 'hkcd.com',
      'bastillepost.com', 'i-cable.com', 'thewitnesshk.com', 'dotdotnews.com', 'quamnet.com', '881903.com',
      'scmp.com', 'hk.news.yahoo.com', 'hk.finance.yahoo.com', 'singtao.com', 'hkcnews.com', 'thestandnews.com',
      'hk.appledaily.com', 'mpweekly.com', 'lihkg.com', 'hkgolden.com',
    ],
  },
  {
    code: 'TW',
    currency: 'TWD',
    ar: ['تايوان', 'تايبيه', 'تايبي$'],
    zh: [
      '台灣', '臺灣', '台湾', '台北', '臺北', '新北市', '桃園', '台中市', '臺中市', '台南', '臺南', '高雄',
      '新竹', '基隆', '嘉義', '嘉义', '彰化', '屏東', '屏东', '宜蘭', '宜兰', '花蓮', '花莲', '台東縣',
      '臺東縣', '苗栗', '南投縣', '雲林', '云林', '澎湖', '縣',
      '行政院', '立法院', '金管會', '金管会', '經濟部', '主計總處', '國發會', '陸委會', '陆委会',
      // Taiwan's courts and prosecutors (the mainland's are 人民法院, 人民检察院; Hong Kong's 裁判法院).
      '地方法院', '地檢署', '地检署',
      '勞動部', '衛福部', '中央社記者', '（中央社）', '(中央社)', '民進黨', '民进党', '國民黨', '国民党', '民眾黨', '民众党',
      '賴清德', '赖清德', '蔡英文', '健保', '勞保', '六都',
      '新台幣', '新臺幣', '新台币', '加權指數', '台指期', '櫃買', '證交所',
      // Years of the ROC calendar as Taiwanese copy dates this century (民國113年 = 2024, 民國九十六年 = 2007,
      // 民國一一三年), and its farm agency.
      '民國10', '民國11', '民国11', '民國八十', '民國九十', '民國一百', '民國一〇', '民國一○', '民國一一', '農糧署', '农粮署',
      '台積電', '台积电', '鴻海', '鸿海', '聯發科', '联发科', '中華電信', '台鐵', '臺鐵', '台铁',
      // The professional baseball league and its clubs, as Taiwan's sports copy names them beside a bare 元 (月薪50萬元).
      // Traditional only: the mainland's 中职 is a vocational school.
      '中職', '中華職棒', '富邦悍將', '統一獅', '味全龍', '樂天桃猿', '中信兄弟', '台鋼雄鷹',
    ],
    hosts: [
      'udn.com', 'chinatimes.com', 'ettoday.net', 'storm.mg', 'setn.com', 'nownews.com', 'moneydj.com', 'cnyes.com',
      'mirrormedia.mg', 'upmedia.mg', 'thenewslens.com', 'twreporter.org', 'ctwant.com', 'tw.news.yahoo.com',
      'tw.stock.yahoo.com', 'tw.finance.yahoo.com', 'tw.appledaily.com', 'nextapple.com', 'digitimes.com',
      'techorange.com', 'ctinews.com', 'wantgoo.com', 'pixnet.net', 'ptt.cc', 'mobile01.com', 'want-daily.com',
      'peopo.org',
    ],
  },
  {
    code: 'MO',
    currency: 'MOP',
    ar: ['ماكاو'],
    zh: [
      '澳門', '澳门', '本澳', '氹仔', '凼仔', '路環', '路环', '路氹', '路凼', '橫琴', '横琴', '議事亭', '澳門立法會', '澳门立法会',
      '經濟財政司', '经济财政司', '行政法務司', '行政法务司', '市政署', '統計暨普查局', '统计暨普查局',
      '博彩', '博企', '賭收', '赌收', '葡京', '新濠', '銀娛', '银娱', '澳博', '金光大道',
      // Police, courts and bureaus by their Macau names (HK's are 警方, 區域法院, 勞工處; 終審法院 and 廉署 are both's).
      '司警', '治安警', '初級法院', '中級法院', '勞工事務局', '劳工事务局', '社工局', '交通事務局', '交通事务局',
      '黑沙環', '黑沙环', '筷子基', '新口岸',
    ],
    hosts: [
      'macaodaily.com', 'exmoo.com', 'aamacau.com', 'macaonews.org', 'shimindaily.net', 'macaubusiness.com',
      'cyberctm.com', 'jornalvakio.com', 'sengpou.com', 'plataformamacau.com', 'todaymacao.com',
    ],
  },
  {
    code: 'SG',
    currency: 'SGD',
    ar: ['سنغافورة', 'سنغافوري', 'سنغافورى'],
    zh: [
      '新加坡', '狮城', '獅城', '建屋局', '组屋', '組屋', '中央公积金', '中央公積金',
      '淡马锡', '淡馬錫', '星展银行', '星展銀行', '新交所', '海峡时报指数', '海峽時報指數',
      '樟宜', '裕廊', '圣淘沙', '聖淘沙', '乌节路', '烏節路', '淡滨尼', '兀兰', '榜鹅', '盛港', '义顺',
      '宏茂桥', '牛车水',
      '贸工部', '貿工部', '陆交局', '陸交局', '总理公署',
      '人民行动党', '人民行動黨', '黄循财', '黃循財', '李显龙', '李顯龍', '拥车证', '擁車證',
    ],
    hosts: ['zaobao.com', '8world.com', 'sg.news.yahoo.com', 'straitstimes.com', 'sg.finance.yahoo.com'],
  },
  {
    code: 'MY',
    currency: 'MYR',
    ar: ['ماليزي', 'كوالالمبور', 'كوالا لمبور', 'بينانغ'],
    zh: [
      // 大马/大馬 also occurs inside 大马士革 (Damascus) and 大马路 (main road): kept, as Malaysia's
      // everyday short name, because MY shares no bare currency word with SY.
      '马来西亚', '馬來西亞', '大马', '大馬', '吉隆坡', '槟城', '檳城', '柔佛', '新山', '马六甲', '馬六甲',
      '砂拉越', '沙巴', '雪兰莪', '雪蘭莪', '怡保', '森美兰', '森美蘭', '彭亨', '吉打', '登嘉楼', '登嘉樓',
      '吉兰丹', '吉蘭丹', '布城',
      '首相署', '州务大臣', '州務大臣', '安华', '安華', '国阵', '國陣', '希盟', '巫统',
      '巫統', '马华公会', '馬華公會',
      '令吉', '马币', '馬幣', '马股', '馬股', '隆综指', '隆綜指',
    ],
    hosts: [
      'malaysiakini.com', 'freemalaysiatoday.com', 'malaymail.com', 'mysinchew.com', 'nanyang.com',
      'theedgemalaysia.com', 'theedgemarkets.com', 'bernama.com', 'astroawani.com', 'seehua.com', 'sinchew-i.com',
    ],
  },
];

/**
 * Cue words above that name a market, an index, a listed company, a gaming operator or the
 * currency itself: mainland copy names them about a listing or a share (出门问问登陆香港交易所…港股,
 * 台积电营收), so they do not make Simplified copy the place's own (../refiners/currency.ts).
 */
export const ZH_MARKET_CUES: readonly string[] = [
  '港股', '港交所', '聯交所', '联交所', '恒指', '恒生指數', '恒生指数', '恒生銀行', '恒生银行', '國泰航空',
  '加權指數', '台指期', '櫃買', '證交所', '台積電', '台积电', '鴻海', '鸿海', '聯發科', '联发科', '中華電信',
  '新台幣', '新臺幣', '新台币',
  '博彩', '博企', '賭收', '赌收', '葡京', '新濠', '銀娛', '银娱', '澳博',
];

/**
 * Words that place a figure's own sentence in a country but are too common to count over a whole
 * text: a Singapore or Taiwan story quotes the mainland's law (根据中国《反间谍法》，违者可被罚款5万元),
 * and its figure is the mainland's. Not 内地 or 大陆 alone: Hong Kong and Taiwan copy write them of
 * visitors spending there (內地旅客在港消費5000元).
 */
export const ZH_SENTENCE_CUES: ReadonlyArray<readonly [word: string, country: string]> = [
  ...['中国《', '中國《', '中国的《', '中國的《', '中国法律', '中國法律', '中国法例', '中國法例', '中国刑法', '中國刑法',
    '内地法律', '內地法律', '内地法例', '內地法例', '大陆法律', '大陸法律', '中国政府', '中國政府', '中国当局', '中國當局',
  ].map((w) => [w, 'CN'] as const),
];

/**
 * Outlets that write for readers of every Arab or Chinese-speaking country, or for none in
 * particular: their address places no story, even under a country's own domain (alaraby.co.uk
 * is no British paper; sputnikarabic.ae no Emirati one). Matched as the host or a suffix after a dot,
 * as `hosts` are; a longer entry in `hosts` wins over a shorter one here.
 */
export const PAN_NATIONAL_HOSTS: readonly string[] = [
  // Pan-Arab channels, papers and business sites, wherever based.
  'aljazeera.net', 'alarabiya.net', 'skynewsarabia.com', 'aawsat.com', 'asharqbusiness.com', 'independentarabia.com',
  'zawya.com', 'cnbcarabia.com', 'cnnbusinessarabic.com', 'alhurra.com', 'almayadeen.net', 'alaraby.co.uk',
  'alquds.co.uk', 'alarab.co.uk', 'raialyoum.com', 'arabi21.com', 'elaph.com', 'eremnews.com', 'al-ain.com',
  'alkhaleejonline.net', 'mubasher.info', 'kooora.com', 'arabic.cnn.com', 'alhayat.com', 'asharq.com', 'mbc.net',
  'albawaba.com',
  // Foreign broadcasters' and agencies' Arabic and Chinese desks.
  'bbc.com', 'bbc.co.uk', 'dw.com', 'france24.com', 'rfi.fr', 'mc-doualiya.com', 'euronews.com', 'rt.com',
  'sputnikarabic.ae', 'sarabic.ae', 'trtarabi.com', 'swissinfo.ch', 'voachinese.com', 'voanews.com', 'rfa.org',
  'nytimes.com', 'wsj.com', 'ftchinese.com',
  // Overseas Chinese outlets that write of the mainland, Taiwan and Hong Kong alike.
  'epochtimes.com', 'ntdtv.com', 'soundofhope.org', 'secretchina.com', 'aboluowang.com', 'theinitium.com',
  'wenxuecity.com', 'creaders.net', 'kknews.cc',
];

/**
 * Portals with an edition per country, each named by the first label of its hosts: every host of
 * Yahoo's Taiwan edition begins "tw." (tw.news, tw.stock, tw.sports.yahoo.com), Malaysia's
 * "malaysia.". Not "my.": my.yahoo.com is a reader's own page.
 */
export const EDITION_PORTALS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'yahoo.com': { tw: 'TW', hk: 'HK', sg: 'SG', malaysia: 'MY' },
};
