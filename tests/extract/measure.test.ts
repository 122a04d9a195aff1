import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { AR_MEASURE_EXAMPLES, MEASURE_REF, ZH_MEASURE_EXAMPLES, type MeasureExample } from '../../src/extract/measure/corpus.js';
import type { MoneyFact } from '../../src/article/schema.js';

function money(text: string, lang: string): MoneyFact[] {
  return extractArticle({ text, clean: false, lang, refDate: MEASURE_REF }).facts.filter((f): f is MoneyFact => f.kind === 'money');
}

function table(name: string, lang: string, examples: MeasureExample[]) {
  describe(`${name}: what a figure measures`, () => {
    for (const ex of examples) {
      for (const phrase of ex.phrases) {
        (ex.todo ? it.skip : it)(`${phrase} → ${ex.expect.metric}`, () => {
          const got = money(phrase, lang);
          expect(got.length).toBeGreaterThan(0);
          const m = (got[0] as MoneyFact).measure;
          expect(m?.metric).toBe(ex.expect.metric);
          if (ex.expect.subject !== undefined) expect(m?.subject).toBe(ex.expect.subject);
          if (ex.expect.period !== undefined) expect(m?.period).toBe(ex.expect.period);
          // The evidence points at the text: the cue and the subject are where it says.
          const article = extractArticle({ text: phrase, clean: false, lang, refDate: MEASURE_REF });
          if (m?.metricCue) expect(article.text.slice(m.metricCue.start, m.metricCue.end)).toBe(m.metricCue.text);
          // An Arabic subject is named without a fused preposition: للدولة → الدولة, its place the word after ل.
          if (m?.subject && m.subjectAt) expect([m.subject, m.subject.replace(/^ا/u, '')]).toContain(article.text.slice(m.subjectAt.start, m.subjectAt.end));
        });
      }
    }
  });
}

table('zh', 'zh', ZH_MEASURE_EXAMPLES);
table('ar', 'ar', AR_MEASURE_EXAMPLES);

describe('what a figure measures, across an article', () => {
  it('a generic subject (the company) is the article\'s main named entity', () => {
    const text = 'xAI正在融资。xAI的估值为800亿美元。公司今年营收预计为5亿美元。';
    const got = money(text, 'zh');
    expect(got.map((f) => [f.measure?.metric, f.measure?.subject])).toEqual([['valuation', 'xAI'], ['revenue', 'xAI']]);
  });
  it('the period is the date fact it refers to, with that fact\'s place', () => {
    const text = '2024年第一季度实现营业收入36.46亿元；实现净亏损3亿元。';
    const article = extractArticle({ text, clean: false, lang: 'zh', refDate: MEASURE_REF });
    const got = article.facts.filter((f): f is MoneyFact => f.kind === 'money');
    expect(got.map((f) => [f.measure?.metric, f.measure?.period])).toEqual([['revenue', '2024-Q1'], ['loss', '2024-Q1']]);
    const at = got[0]?.measure?.periodAt;
    const date = article.facts.find((f) => f.kind === 'date');
    expect(at).toEqual({ start: date?.start, end: date?.end });
  });
  it('a figure whose clause names nobody continues its sentence\'s subject, across a semicolon too', () => {
    expect(money('蔚來第一季度營收120億元；淨虧損52億元。', 'zh').map((f) => [f.measure?.metric, f.measure?.subject])).toEqual([['revenue', '蔚來'], ['loss', '蔚來']]);
    expect(money('قالت الشركة إن إيراداتها بلغت 3 مليارات درهم، متجاوزة توقعات قدرت بـ2.8 مليار درهم.', 'ar').map((f) => f.measure?.subject)).toEqual(['الشركة', 'الشركة']);
  });
  it('a generic word is the name the passage gave before it', () => {
    expect(money('收購金額最大的是富邦金控。該公司宣布以約20億美元收購一家美國銀行。', 'zh')[0]?.measure?.subject).toBe('富邦金控');
    expect(money('أعلن مصرف الراجحي نتائجه الفصلية، وارتفعت أرباح المصرف إلى 5 مليارات ريال.', 'ar')[0]?.measure?.subject).toBe('مصرف الراجحي');
  });
  it('a price of goods takes no subject from the article when its sentence names no seller', () => {
    expect(money('OpenAI发布新品。OpenAI很忙。今年鸡蛋价格涨至每斤6元。', 'zh').map((f) => f.measure?.subject)).toEqual([null]);
  });
  it('a fiscal year the text does not bound, or a day for a flow, is no period', () => {
    expect(money('بلغت إيرادات الشركة في السنة المالية 2024-2025 نحو 12 مليار ريال.', 'ar')[0]?.measure?.period).toBeNull();
    expect(money('وتتضمن موازنة 2024/2025 مخصصات بنحو 90 مليار جنيه.', 'ar')[0]?.measure?.period).toBeNull();
    expect(money('公司6月3日公布，全年营收为80亿元。', 'zh')[0]?.measure?.period).toBeNull();
    expect(money('سجلت المجموعة أرباحا بلغت 12 مليار درهم للنصف الأول من السنة المالية 2025-2026.', 'ar')[0]?.measure?.period).toBeNull();
    // A fiscal quarter is a quarter a reader can place.
    expect(money('بلغت إيرادات الشركة في الربع المالي الأول لعام 2023 نحو 95 مليار دولار.', 'ar')[0]?.measure?.period).toBe('2023-Q1');
  });
  it('a running total in one clause leaves an as-of figure after it its date; year to date is the year', () => {
    const got = money('自2019年成立至今，该公司累计融资80亿元，但截至6月底账上现金仅剩9亿元。', 'zh');
    expect(got.map((f) => f.measure?.period)).toEqual([null, '2025-06']);
    expect(money('今年以来，区内住宅平均成交價为每平方米9万元。', 'zh')[0]?.measure?.period).toBe('2025');
  });
  it('a date after another figure, or another sentence\'s date, is not this figure\'s', () => {
    const ar = money('تراجعت الأرباح إلى 3 مليارات دولار مقارنة بـ4 مليارات دولار في عام 2024.', 'ar');
    expect(ar.map((f) => f.measure?.period)).toEqual([null, '2024']);
    expect(money('بلغت الصادرات 10 مليارات دينار في 2024. مخصصات موازنة 2025: 900 مليون دينار للصحة.', 'ar').map((f) => f.measure?.period)).toEqual(['2024', '2025']);
  });
  it('a figure in an aside in brackets takes no date from outside it; a report\'s date (…日报道) is no period', () => {
    const got = money('2024年平均交易金額約為3億美元(不包括某集團以80億美元收購一家德國企業)。', 'zh');
    expect(got.map((f) => f.measure?.period)).toEqual(['2024', null]);
    expect(money('6月10日報道，過去五年間該基金累計投資至少500億美元。', 'zh')[0]?.measure?.period).toBeNull();
  });
  it('a clause with a span or a rate of its own takes no date from another clause: a whole year or nine months takes only its year', () => {
    const got = money('截至3月底，公司現金為40億元，全年預計支出達130億元，平均每月消耗超10億元。', 'zh');
    expect(got.map((f) => f.measure?.period)).toEqual(['2025-03', '2025', null]);
    expect(money('سجلت الشركة في الربع الثالث من 2025 إيرادات بقيمة 900 مليون دولار، لكن خسائرها خلال الأشهر التسعة الأولى بلغت 2 مليار دولار.', 'ar').map((f) => f.measure?.period)).toEqual(['2025-Q3', '2025-01/2025-09']);
    // … and none when the sentence's only date is a day (when it was said) or last year.
    expect(money('公司6月3日公布，全年营收为80亿元。', 'zh')[0]?.measure?.period).toBeNull();
    expect(money('较去年全年的50亿元，今年营收大增。', 'zh')[0]?.measure?.period).not.toBe('2025');
  });
  it('"the same period of" a year is that year\'s part the sentence named', () => {
    const ar = money('ارتفعت أرباح المصرف إلى 90 مليون دينار في النصف الأول من عام 2025، مقارنة بـ80 مليون دينار خلال الفترة نفسها من عام 2024.', 'ar');
    expect(ar.map((f) => f.measure?.period)).toEqual(['2025-H1', '2024-H1']);
    const zh = money('2025年第一季度，集團營收為50億元；2024年同期營收為42億元。', 'zh');
    expect(zh.map((f) => f.measure?.period)).toEqual(['2025-Q1', '2024-Q1']);
  });
  it('a figure brought in as the comparison is not of the period its sentence opened with', () => {
    // (the first six months of "the year" are the page's year's first half, and the same period of last year the one before.)
    const ar = money('وخلال الأشهر الستة الأولى من السنة، ارتفعت مبيعات الشركة إلى 4 مليارات ريال مقارنة بـ3 مليارات ريال في الفترة ذاتها من العام الماضي.', 'ar');
    expect(ar.map((f) => f.measure?.period)).toEqual(['2025-H1', '2024-H1']);
    expect(money('تراجعت أرباح الربع الثاني إلى 500 مليون دينار، مقارنة بـ620 مليون دينار.', 'ar').map((f) => f.measure?.period)).toEqual(['2025-Q2', null]);
    expect(money('第三季，集團收入為120億港元，相比110億港元有所上升。', 'zh').map((f) => f.measure?.period)).toEqual(['2025-Q3', null]);
    expect(money('第二季度公司净利润为8亿元，比上年同期的6亿元增长33%。', 'zh').map((f) => f.measure?.period)).toEqual(['2025-Q2', '2024-Q2']);
    // مقابل after a figure of another clause is a price paid, not a comparison: it keeps its date.
    expect(money('انتقل اللاعب إلى النادي عام 2019 مقابل 80 مليون يورو.', 'ar')[0]?.measure?.period).toBe('2019');
  });
  it('a span of months that is a half or a quarter of the year is that half or quarter', () => {
    expect(money('حقق البنك أرباحا صافية بقيمة 300 مليون دينار في الستة أشهر الأولى من السنة.', 'ar')[0]?.measure?.period).toBe('2025-H1');
    expect(money('وفي الأشهر الثلاثة الأولى من العام، سجلت الشركة إيرادات بلغت 40 مليون درهم.', 'ar')[0]?.measure?.period).toBe('2025-Q1');
    expect(money('今年前6個月，集團營業額為80億港元。', 'zh')[0]?.measure?.period).toBe('2025-H1');
    // (other spans stay intervals: nine months are no part of the ISO calendar.)
    expect(money('حققت الشركة أرباحا صافية بقيمة 3 مليارات ريال خلال التسعة أشهر المنتهية في 30 سبتمبر 2024.', 'ar')[0]?.measure?.period).toBe('2024-01/2024-09');
  });
  it('the same period of another year as a span of months is that span of that year', () => {
    const ar = money('ارتفعت أرباح شركة الأسمنت إلى 45 مليون ريال بنهاية التسعة أشهر الأولى 2024، مقارنة بأرباح 38 مليون ريال خلال نفس الفترة من عام 2023.', 'ar');
    expect(ar.map((f) => f.measure?.period)).toEqual(['2024-01/2024-09', '2023-01/2023-09']);
    const kw = money('وسجلت الشركة أرباحا بلغت 12 مليون دينار في الأشهر التسعة الأولى من العام الحالي، مقابل 10 ملايين دينار للفترة ذاتها من العام الماضي.', 'ar');
    expect(kw.map((f) => f.measure?.period)).toEqual(['2025-01/2025-09', '2024-01/2024-09']);
    expect(money('公司前三季度实现营业收入120亿元，上年同期为100亿元。', 'zh').map((f) => f.measure?.period)).toEqual(['2025-01/2025-09', '2024-01/2024-09']);
    expect(money('2024年前三季度，集團營收為120億元；2023年同期為100億元。', 'zh').map((f) => f.measure?.period)).toEqual(['2024-01/2024-09', '2023-01/2023-09']);
    // (nine months no year names stay null, and so does the year before them.)
    expect(money('وبلغ صافي الربح خلال تسعة أشهر 3,2 مليار ريال، مقابل 2,9 مليار ريال للفترة المماثلة من 2023.', 'ar').map((f) => f.measure?.period)).toEqual([null, null]);
  });
  it('a flow over a span from one date to another is of the span, not of its end', () => {
    expect(money('بلغ العجز التجاري نحو ملياري دولار خلال الفترة من أول يناير حتى آخر مايو الماضي.', 'ar')[0]?.measure?.period).toBe('2025-01/2025-05');
    expect(money('بلغت الصادرات 9 مليارات درهم منذ بداية العام حتى نهاية أبريل.', 'ar')[0]?.measure?.period).toBe('2025-01/2025-04');
    expect(money('自年初至5月底，全省外贸出口额达500亿元。', 'zh')[0]?.measure?.period).toBe('2025-01/2025-05');
    // (days that run over whole months are those months: the first half.)
    expect(money('從今年1月1日至6月30日，集團營業額為80億港元。', 'zh')[0]?.measure?.period).toBe('2025-H1');
    expect(money('بلغت إيرادات الشركة 80 مليون دينار في الفترة من 1 يناير إلى 30 يونيو 2024.', 'ar')[0]?.measure?.period).toBe('2024-H1');
    // (days that do not stay a span of days: no period for a flow.)
    expect(money('2024年1月1日至3月15日，公司营收为8亿元。', 'zh')[0]?.measure?.period).toBeNull();
    // An as-of end with no start is a level at that date (截至5月底 … 现金).
    expect(money('截至5月底，公司现金为50亿元。', 'zh')[0]?.measure?.period).toBe('2025-05');
  });
  it('a period said again in other words (a fiscal quarter as calendar months) is the one the text filed first', () => {
    const ar = money('أعلنت الشركة نتائج الربع الأول 2025 المالية، والذي يعد الربع الأخير من عام 2024، وبلغت إيراداتها 90 مليار دولار، بينما وصل صافي أرباحها إلى 20 مليار دولار.', 'ar');
    expect(ar.map((f) => f.measure?.period)).toEqual(['2025-Q1', '2025-Q1']);
    expect(money('微软2025财年第三季度（即2025年1月至3月），营收为700亿美元。', 'zh')[0]?.measure?.period).toBe('2025-Q3');
    expect(money('蘋果2025財年第一季（即2024年10月至12月）營收為1243億美元。', 'zh')[0]?.measure?.period).toBe('2025-Q1');
    // (أي before words that are no date keeps the date before it.)
    expect(money('في عام 2019، أي قبل الجائحة، بلغت إيرادات الفندق 50 مليون دينار.', 'ar')[0]?.measure?.period).toBe('2019');
  });
  it('the terms of an agreement signed on a day are of that day; a plan only announced has none', () => {
    expect(money('于2025年3月2日，本公司与买方订立买卖协议，拟以总代价1.2亿港元出售附属公司全部股权。', 'zh')[0]?.measure?.period).toBe('2025-03-02');
    expect(money('於2025年3月2日，本公司與認購人訂立認購協議，擬發行本金額5000萬港元之可換股債券。', 'zh')[0]?.measure?.period).toBe('2025-03-02');
    expect(money('该公司于2025年3月2日表示，拟以1.2亿港元收购一家工厂。', 'zh')[0]?.measure?.period).toBeNull();
    // Parts of one sentence joined by a semicolon share its date, unless the later part names another or is a plan.
    const parts = money('于2025年3月2日，双方订立协议，其中(i)人民币3亿元将以现金支付；及(ii)人民币2亿元将以发行股份支付。', 'zh');
    expect(parts.map((f) => f.measure?.period)).toEqual(['2025-03-02', '2025-03-02']);
    expect(money('公司2024年营收为10亿元；另拟明年投资5亿元扩建厂房。', 'zh').map((f) => f.measure?.period)).toEqual(['2024', null]);
    expect(money('公司2024年营收为10亿元；明年投资5亿元扩建厂房。', 'zh').map((f) => f.measure?.period)).toEqual(['2024', '2026']);
  });
  it('a time of day, "lately" and a later event told after the date give no period', () => {
    expect(money('截至今天上午10时，市红十字会共收到社会捐款3200万元。', 'zh')[0]?.measure?.period).toBeNull();
    expect(money('截至昨日下午4時，慈善基金會已收到捐款850萬港元。', 'zh')[0]?.measure?.period).toBeNull();
    expect(money('وكانت الجمعية قد تبرعت بالأمس القريب بمبلغ مليون درهم للأسر المحتاجة.', 'ar')[0]?.measure?.period).toBeNull();
    expect(money('انضم اللاعب إلى الأهلي عام 2018 مقابل 3 ملايين دولار، قبل أن ينتقل بعد ذلك إلى نادي النصر مقابل 12 مليون دولار.', 'ar').map((f) => f.measure?.period)).toEqual(['2018', null]);
    expect(money('該球會2019年以3000萬歐元簽下這名球員，隨後又以5000萬歐元將他賣出。', 'zh').map((f) => f.measure?.period)).toEqual(['2019', null]);
  });
  it('a figure of a list of years is of the span they make, of none when they skip a year', () => {
    expect(money('2008、2009年，中国企业对外并购平均每笔近5亿美元。', 'zh')[0]?.measure?.period).toBe('2008/2009');
    expect(money('2022年、2023年，該集團平均每年派息30億港元。', 'zh')[0]?.measure?.period).toBe('2022/2023');
    expect(money('在2021和2022年，该市对外贸易出口额为900亿元。', 'zh')[0]?.measure?.period).toBe('2021/2022');
    expect(money('2018、2020年，該公司營收均為50億元。', 'zh')[0]?.measure?.period).toBeNull();
    // (a list told "respectively" does not take the year of the figure before it.)
    expect(money('公司2023年營收為80億元，2022、2021年分別為70億和60億元。', 'zh').map((f) => f.measure?.period)).toEqual(['2023', null, null]);
  });
  it('the value of a plan put forward, or a change told as the difference of two dated figures, has no period of its own', () => {
    expect(money('今年四月初，总统提出了总额1.5万亿美元的基建投资计划。', 'zh')[0]?.measure?.period).toBeNull();
    expect(money('今年4月，行政院提出總值8000億新台幣的前瞻建設計畫。', 'zh')[0]?.measure?.period).toBeNull();
    expect(money('في مارس الماضي، اقترحت الحكومة خطة تحفيز بقيمة 5 مليارات دولار.', 'ar')[0]?.measure?.period).toBeNull();
    // (a plan carried out keeps its year.)
    expect(money('該公司2024年完成了總額5億元的回購計劃。', 'zh')[0]?.measure?.period).toBe('2024');
    expect(money('ارتفع سعر السهم من 20 درهما في يناير إلى 26 درهما في مايو، أي بزيادة مقدارها 6 دراهم.', 'ar').map((f) => f.measure?.period)).toEqual(['2025-01', '2025-05', null]);
    expect(money('該行存款從2023年的500億港元增至2024年的560億港元，即增加了60億港元。', 'zh').map((f) => f.measure?.period)).toEqual(['2023', '2024', null]);
    expect(money('该市财政收入从2022年的300亿元增至2023年的360亿元。', 'zh').map((f) => f.measure?.period)).toEqual(['2022', '2023']);
  });
  it('a date in an aside in brackets after the figure is the aside\'s', () => {
    expect(money('وزعت الشركة في عام 2023 أرباحا بقيمة 40 مليون ريال (وتخص هذه التوزيعات أرباح النصف الثاني من عام 2022).', 'ar')[0]?.measure?.period).toBe('2023');
    expect(money('公司营收为50亿元（2024年）。', 'zh')[0]?.measure?.period).toBe('2024');
  });
  it('a week or day when a flow was announced is not its period', () => {
    expect(money('一周前，这家公司对外宣布其年化收入突破50亿美元。', 'zh')[0]?.measure?.period).toBeNull();
    expect(money('2024年第24周，全国电影票房收入为8亿元。', 'zh')[0]?.measure?.period).toBe('2024-W24');
  });
  it('a date after the end of a quotation is not the quoted figure\'s', () => {
    expect(money('“甲市捐款300万元，乙市捐款200万元……”省民政厅今日通报称。', 'zh').map((f) => f.measure?.period)).toEqual([null, null]);
  });
  it('a per-share figure restating a profit in the next clause is earnings per share', () => {
    expect(money('بلغ صافي الأرباح 3 مليارات دولار، أو ما يعادل 1.2 دولار للسهم.', 'ar').map((f) => f.measure?.metric)).toEqual(['profit', 'profit']);
    expect(money('公司净利润为30亿元，即每股1.2元。', 'zh').map((f) => f.measure?.metric)).toEqual(['profit', 'profit']);
    expect(money('公司净利润为30亿元，股价收报每股12元。', 'zh').map((f) => f.measure?.metric)).toEqual(['profit', 'price']);
  });
  it('a figure brought in as the comparison has the metric of the one it is compared with', () => {
    expect(money('سجلت الشركة إيرادات بلغت 20 مليار دولار، مقابل تقديرات عند 19 مليار دولار بدعم من المبيعات.', 'ar').map((f) => f.measure?.metric)).toEqual(['revenue', 'revenue']);
    expect(money('وبلغت إيرادات المجموعة 5 مليارات درهم مقارنة بـ4 مليارات جمعتها قبل عام.', 'ar').map((f) => f.measure?.metric)).toEqual(['revenue', 'revenue']);
  });
  it('a word that stops a Chinese name (从 before a price) leaves no fragment as the subject', () => {
    expect(money('內資股從1.10元/股升至1.30元/股。', 'zh').map((f) => f.measure?.subject)).toEqual([null, null]);
    expect(money('内资股从1.10元/股升至1.30元/股。', 'zh').map((f) => f.measure?.subject)).toEqual([null, null]);
  });
  it('a figure compared with "last year\'s same period" is of the year before the one its sentence names', () => {
    const periods = (t: string, lang: string) => money(t, lang).map((f) => f.measure?.period);
    expect(periods('公司2024年上半年营收50亿元，较上年同期的40亿元增长25%。', 'zh')).toEqual(['2024-H1', '2023-H1']);
    expect(periods('該行2024年第一季度淨利潤5億港元，去年同期為3億港元。', 'zh')).toEqual(['2024-Q1', '2023-Q1']);
    expect(periods('بلغت أرباح البنك في الربع الأول من 2024 نحو 500 مليون ريال، مقارنة بـ400 مليون ريال للفترة نفسها من العام الماضي.', 'ar')).toEqual(['2024-Q1', '2023-Q1']);
    expect(periods('بلغت مبيعات الشركة خلال النصف الأول من 2023 نحو 3 مليارات درهم مقابل 2.5 مليار درهم في النصف المماثل من العام السابق.', 'ar')).toEqual(['2023-H1', '2022-H1']);
    expect(periods('حققت المجموعة أرباحا بقيمة 2 مليار دينار في عام 2023 مقابل 1.5 مليار دينار لذات الفترة من العام السابق.', 'ar')).toEqual(['2023', '2022']);
    // … and of the page's year before when the sentence's own period is said against the page (上半年, الربع الأول).
    expect(periods('上半年，公司营收50亿元，上年同期为40亿元。', 'zh')).toEqual(['2025-H1', '2024-H1']);
    expect(periods('بلغت أرباح المصرف في الربع الأول نحو 500 مليون دينار، مقارنة بـ400 مليون دينار للفترة ذاتها من العام الماضي.', 'ar')).toEqual(['2025-Q1', '2024-Q1']);
  });
  it('a planned deal has no period yet; a running total none either', () => {
    expect(money('公司计划在2026年以50亿元收购对方。', 'zh')[0]?.measure?.period).toBeNull();
    expect(money('自2023年成立至今，公司累计融资140亿美元。', 'zh')[0]?.measure?.period).toBeNull();
  });
});

describe('what a percentage is of', () => {
  const percent = (text: string, lang: string) =>
    extractArticle({ text, clean: false, lang, refDate: MEASURE_REF }).facts.filter((f) => f.kind === 'percent').map((f) => (f.kind === 'percent' ? [f.text, f.metric] : []));
  it('the change of the figure it follows, or of the metric word before it in its clause', () => {
    expect(percent('公司营收36.46亿元，同比增长26.27%。', 'zh')).toEqual([['26.27%', 'revenue']]);
    expect(percent('ارتفعت أرباح البنك بنسبة 12% على أساس سنوي.', 'ar')).toEqual([['12%', 'profit']]);
    expect(percent('股价开盘下跌超过21%。', 'zh')).toEqual([['21%', 'price']]);
  });
  it('a rate of money (interest, a reserve ratio) is none of the metrics; a market price per kilo carries to its change', () => {
    expect(percent('رفع البنك المركزي سعر الفائدة بمقدار 200 نقطة أساس إلى 27.25 في المائة.', 'ar').map((p) => p[1])).toEqual([null, null]);
    expect(percent('央行宣布存款准备金率下调0.5个百分点。', 'zh')).toEqual([['0.5个百分点', null]]);
    expect(percent('本周生猪18.15元/斤，较上周上涨1.27元，涨幅为7.52%。', 'zh')).toEqual([['7.52%', 'price']]);
  });
  it('a stake named after the percentage, or a share or change of people or counts, measures none of the metrics', () => {
    expect(percent('该集团以3亿欧元收购了这家码头公司35%的股份。', 'zh')).toEqual([['35%', null]]);
    expect(percent('收購價合共8億港元，相當於該公司已發行股本約12.5%。', 'zh')).toEqual([['12.5%', null]]);
    expect(percent('قررت الحكومة شراء ما نسبته 10 % من رأس مال البنك.', 'ar')).toEqual([['10 %', null]]);
    expect(percent('月薪过万的应届毕业生占比18.2%。', 'zh')).toEqual([['18.2%', null]]);
    expect(percent('ضخت الشركة استثمارات كبيرة، وارتفعت أعداد العاملين فيها بنسبة 12 في المئة.', 'ar')).toEqual([['12 في المئة', null]]);
    // … but a metric whose word only looks like a count keeps its metric.
    expect(percent('قفزت إيرادات السياحة بنسبة 30% على أساس سنوي.', 'ar')).toEqual([['30%', 'revenue']]);
  });
  it('a stake measures none of the metrics', () => {
    expect(percent('集团持股51%，营收随之并表。', 'zh')).toEqual([['51%', null]]);
    expect(percent('تملك الحكومة حصة 10% في الشركة.', 'ar')).toEqual([['10%', null]]);
  });
});

