import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import type { DateFact } from '../../src/article/schema.js';

const dates = (text: string, refDate: string | null = '2025-06-19') =>
  extractArticle({ text, clean: false, refDate }).facts.filter((f): f is DateFact => f.kind === 'date');

describe('Hijri dates', () => {
  it('are converted to Gregorian, with the Hijri date kept', () => {
    const [d] = dates('أعلنت الوزارة أن يوم 1 شوال 1446 هـ هو أول أيام العيد');
    expect(d).toMatchObject({ value: '2025-03-30', grain: 'day', calendar: 'islamic', hijri: '1446-10-01', relative: false });
  });
  it('a Hijri month is the interval of its Gregorian days', () => {
    const [d] = dates('خلال شهر رمضان 1446 هـ');
    expect(d).toMatchObject({ value: '2025-03-01/2025-03-29', from: '2025-03-01', to: '2025-03-29', grain: 'month', hijri: '1446-09' });
  });
  it('a day and month alone take the Hijri year of the reference', () => {
    const [d] = dates('وقفة عرفات في 9 ذي الحجة');
    expect(d).toMatchObject({ value: '2025-06-05', relative: true, hijri: '1446-12-09' });
    expect(dates('وقفة عرفات في 9 ذي الحجة', null)[0]).toMatchObject({ value: null, hijri: null });
  });
  it('beside الموافق and its Gregorian twin, are one fact: the Gregorian value, the Hijri date kept', () => {
    const got = dates('الخميس 15 رمضان 1446 هـ الموافق 15 مارس 2025 م');
    expect(got.map((d) => [d.text, d.value, d.calendar, d.hijri])).toEqual([['الخميس 15 رمضان 1446 هـ الموافق 15 مارس 2025 م', '2025-03-15', 'islamic', '1446-09-15']]);
    expect(dates('٢٢ شوال ١٣٩٨هـ (٢٥ سبتمبر ١٩٧٨م)').map((d) => [d.value, d.hijri])).toEqual([['1978-09-25', '1398-10-22']]);
    expect(dates('للعام المالي 1447 / 1448هـ (2026م)').map((d) => d.value)).toEqual(['2026']);
  });
  it('Gregorian dates say so', () => {
    expect(dates('في 19 يونيو 2025')[0]).toMatchObject({ calendar: 'gregory', hijri: null });
  });
});

describe('an Arabic day of the month just named (الشهر نفسه)', () => {
  const ar = (text: string, refDate: string | null = '2025-06-19') =>
    extractArticle({ text, clean: false, lang: 'ar', refDate }).facts.filter((f): f is DateFact => f.kind === 'date');
  it('takes the month of the date before it, else the reference month', () => {
    expect(ar('آخر موعد للعروض 26 تشرين الثاني، وتبقى سارية حتى 30 من الشهر نفسه').map((d) => d.value)).toEqual(['2025-11-26', '2025-11-30']);
    expect(ar('طرحت المناقصة في الأول من مارس 2024 وأغلقت في العاشر من الشهر ذاته').map((d) => d.value)).toEqual(['2024-03-01', '2024-03-10']);
    expect(ar('تنتهي المهلة في 30 من الشهر نفسه').map((d) => d.value)).toEqual(['2025-06-30']);
  });
  it('after a Hijri month, is a day of that Hijri month', () => {
    expect(ar('بدأت المناسك في 10 ذي الحجة وانتهت في الخامس عشر من الشهر نفسه').map((d) => [d.value, d.hijri])).toEqual([['2025-06-06', '1446-12-10'], ['2025-06-11', '1446-12-15']]);
    expect(ar('بدأ الصيام في 1 رمضان 1445 هـ وأعلنت النتائج في 20 من الشهر ذاته').map((d) => [d.value, d.hijri])).toEqual([['2024-03-11', '1445-09-01'], ['2024-03-30', '1445-09-20']]);
    // a Gregorian month named after the Hijri one is the month named last
    expect(ar('في 10 ذي الحجة 1445 هـ، ثم في 15 مارس 2024 ثم في 20 من الشهر نفسه').map((d) => d.value)).toEqual(['2024-06-16', '2024-03-15', '2024-03-20']);
  });
  it('نفس اليوم is the day named before it, not today', () => {
    expect(ar('يلعب الأهلي مساء يوم 21 نوفمبر، ويلعب الزمالك في نفس اليوم').map((d) => d.value)).toEqual(['2025-11-21', '2025-11-21']);
  });
  it('is null with no month before it and no reference', () => {
    expect(ar('في 30 من الشهر نفسه', null).map((d) => d.value)).toEqual([null]);
  });
  it('N منه (Gulf notices) is a day of the month named before it, not a count', () => {
    expect(ar('تعطل الدوائر اعتباراً من الجمعة 3 أكتوبر 2014 وحتى الثلاثاء 7 منه').map((d) => d.value)).toEqual(['2014-10-03', '2014-10-07']);
    expect(ar('تقبل الطلبات من 10 أغسطس إلى 25 منه').map((d) => d.value)).toEqual(['2025-08-10', '2025-08-25']);
    expect(ar('اشترت الشركة 7 منه العام الماضي').map((d) => d.text)).toEqual(['العام الماضي']);
  });
  it('two weekdays with one dual word after them are both placed by it', () => {
    // the reference is a Thursday
    expect(ar('يعقد المجلس جلستي الثلاثاء والأربعاء المقبلتين').map((d) => d.value)).toEqual(['2025-06-24', '2025-06-25']);
    expect(ar('تقام المباريات يومي السبت والأحد المقبلين').map((d) => d.value)).toEqual(['2025-06-21', '2025-06-22']);
    expect(ar('شهدت المدينة يومي الاثنين والثلاثاء الماضيين احتجاجات').map((d) => d.value)).toEqual(['2025-06-16', '2025-06-17']);
  });
  it('an ordinal after a week word is a week, not the first day of the month', () => {
    expect(ar('تبدأ الحملة خلال الأسبوع الأول من الشهر المقبل').map((d) => d.value)).not.toContain('2025-07-01');
    expect(ar('تبدأ الحملة في الأول من الشهر المقبل').map((d) => d.value)).toEqual(['2025-07-01']);
  });
  it('two days with their weekdays and من الشهر نفسه are days of the month named before', () => {
    const got = ar('تبدأ العطلة الجمعة 6 حزيران 2025، ويعود الموظفون يومي الأربعاء والخميس 11 و12 من الشهر نفسه');
    expect(got.map((d) => d.value)).toEqual(['2025-06-06', '2025-06-11', '2025-06-12']);
  });
});

describe('years counted from the text', () => {
  it('العام السابق is the year before the one just named', () => {
    const got = dates('بلغت الأرباح 398 مليار ريال في 2024، مقارنة مع 454 مليار ريال في العام السابق.');
    expect(got.map((d) => d.value)).toEqual(['2024', '2023']);
  });
  it('العام الماضي is the year before the reference', () => {
    expect(dates('في 2020، ثم العام الماضي').map((d) => d.value)).toEqual(['2020', '2024']);
  });
  it('a month and day with no year, in the sentence of a date written out just before, is in its year', () => {
    expect(dates('博览会于2022年5月1日开幕，5月3日闭幕，吸引了十万人次。').map((d) => d.value)).toEqual(['2022-05-01', '2022-05-03']);
    expect(dates('該公司於2019年3月8日遞交申請，3月20日獲批。').map((d) => d.value)).toEqual(['2019-03-08', '2019-03-20']);
    expect(dates('في 12 مارس 2021 أعلنت الهيئة النتائج، وفي 15 مارس بدأ التداول.').map((d) => d.value)).toEqual(['2021-03-12', '2021-03-15']);
    // Not after a bare year, across a sentence, or with its own direction.
    expect(dates('公司成立于2010年，5月1日起新规实施。').map((d) => d.value)).toEqual(['2010', '2025-05-01']);
    expect(dates('2024年12月31日的数据显示增长。5月1日起新规实施。').map((d) => d.value)).toEqual(['2024-12-31', '2025-05-01']);
    expect(dates('في 12 مارس 2021 أعلنت الهيئة النتائج، وفي 15 مارس الماضي بدأ التداول.').map((d) => d.value)).toEqual(['2021-03-12', '2025-03-15']);
  });
  it('keeps that year across a semicolon (clauses of one account), not across a full stop', () => {
    expect(dates('该公司于2023年11月2日递交上市申请；11月20日通过聆讯，增长1.5%；12月1日挂牌。').map((d) => d.value)).toEqual(['2023-11-02', '2023-11-20', '2023-12-01']);
    expect(dates('法案於2022年4月7日三讀通過；4月15日公布施行。').map((d) => d.value)).toEqual(['2022-04-07', '2022-04-15']);
    expect(dates('法案於2022年4月7日三讀通過。4月15日公布施行。').map((d) => d.value)).toEqual(['2022-04-07', '2025-04-15']);
  });
});

describe('publication date from a dateline', () => {
  const body = '会议指出，要进一步扩大高水平对外开放，稳住外贸外资基本盘，推动经济持续回升向好。';
  const page = (dateline: string) => `外贸持续增长\n\n${dateline}${body}\n\n${body}`;
  it('takes month and day from the dateline and the year from --ref-date', () => {
    const a = extractArticle({ text: page('本报上海3月2日讯（记者 王五）'), refDate: '2025-03-05' });
    expect([a.published, a.publishedSource, a.refDate]).toEqual(['2025-03-02', 'dateline', '2025-03-02']);
  });
  it('places a dateline after the reference day in the year before', () => {
    const a = extractArticle({ text: page('新华社北京12月30日电 '), refDate: '2026-01-02' });
    expect(a.published).toBe('2025-12-30');
  });
  it('reads a day-only dateline in the reference month', () => {
    const a = extractArticle({ text: page('（中央社記者王大明台北18日電）'), refDate: '2025-06-19' });
    expect(a.published).toBe('2025-06-18');
  });
  it('gives no published date without a reference year, and never guesses one', () => {
    const a = extractArticle({ text: page('本报上海3月2日讯 ') });
    expect([a.published, a.refDate]).toEqual([null, null]);
  });
});

describe('Arabic lists and ranges', () => {
  const got = (text: string) => dates(text).map((d) => [d.text, d.value]);
  it('a list of months or years is one fact per member', () => {
    expect(got('تراجعت المبيعات خلال شهري يناير وفبراير')).toEqual([['يناير', '2025-01'], ['فبراير', '2025-02']]);
    expect(got('في يناير وفبراير ومارس 2024')).toEqual([['يناير', '2024-01'], ['فبراير', '2024-02'], ['ومارس 2024', '2024-03']]);
    expect(got('غطى خسائره في عامي 2002 و 2003')).toEqual([['عامي 2002', '2002'], ['2003', '2003']]);
    expect(got('ارتفعت الأرباح في 2019 و2020')).toEqual([['2019', '2019'], ['2020', '2020']]);
  });
  it('two days of one month (يومي …) are one fact each', () => {
    expect(got('تعقد القمة يومي 10 و11 يونيو')).toEqual([['10', '2025-06-10'], ['و11 يونيو', '2025-06-11']]);
    expect(got('أقيم المعرض يومي 3 و4 من شهر مارس 2024')).toEqual([['3', '2024-03-03'], ['و4 من شهر مارس 2024', '2024-03-04']]);
    expect(got('تجري الانتخابات في 5 و6 نونبر 2025')).toEqual([['5', '2025-11-05'], ['و6 نونبر 2025', '2025-11-06']]);
    expect(got('اجتمع المجلس في 2 و3 تشرين الأول/أكتوبر 2024')).toEqual([['2', '2024-10-02'], ['و3 تشرين الأول/أكتوبر 2024', '2024-10-03']]);
  });
  it('a list of days of one month is one fact a day: a Gregorian or Hijri month, or one placed by الجاري / الشهر المقبل / الشهر نفسه', () => {
    expect(got('يؤدي الحجاج المناسك أيام 9 و10 و11 و12 ذي الحجة').map(([, v]) => v)).toEqual(['2025-06-05', '2025-06-06', '2025-06-07', '2025-06-08']);
    expect(got('تقام العروض أيام 5 و6 و7 يوليو').map(([, v]) => v)).toEqual(['2025-07-05', '2025-07-06', '2025-07-07']);
    expect(got('تجري المقابلات يومي 22 و23 من الشهر الجاري')).toEqual([['22', '2025-06-22'], ['و23 من الشهر الجاري', '2025-06-23']]);
    expect(got('يعقد الملتقى في 5 و6 و7 من الشهر المقبل').map(([, v]) => v)).toEqual(['2025-07-05', '2025-07-06', '2025-07-07']);
    expect(got('بدأ المهرجان في 20 تموز 2024 واختتم أيام 28 و29 و30 من الشهر نفسه').map(([, v]) => v)).toEqual(['2024-07-20', '2024-07-28', '2024-07-29', '2024-07-30']);
    expect(got('تحتفل المدينة أيام 12 و13 و14 ربيع الأول 1447 هـ').map(([, v]) => v)).toEqual(['2025-09-04', '2025-09-05', '2025-09-06']);
  });
  it('is no list with no word before two days, or days out of order (counts)', () => {
    expect(got('وصل 1 و8 سبتمبر').map(([, v]) => v)).toEqual(['2025-09-08']);
    expect(got('في 7 و3 يوليو').map(([, v]) => v)).toEqual(['2025-07-03']);
  });
  it('two days restated by their weekdays (يومي الأحد والإثنين 22 و23) are one fact each, the weekdays not read again', () => {
    expect(got('تعقد الجولة يومي الأحد والإثنين 22 و23 يونيو')).toEqual([['يومي الأحد والإثنين 22', '2025-06-22'], ['و23 يونيو', '2025-06-23']]);
    expect(got('يقام المهرجان يومي السبت والأحد 21 و22 حزيران')).toEqual([['يومي السبت والأحد 21', '2025-06-21'], ['و22 حزيران', '2025-06-22']]);
    expect(got('تجري الامتحانات يومي الأحد 22 والإثنين 23 جوان 2025')).toEqual([['يومي الأحد 22', '2025-06-22'], ['والإثنين 23 جوان 2025', '2025-06-23']]);
    expect(got('الأربعاء والخميس 2 و3 يوليو')).toEqual([['الأربعاء والخميس 2', '2025-07-02'], ['و3 يوليو', '2025-07-03']]);
    // the month placed by الجاري or a month word after the days
    expect(got('تنطلق البطولة يومي الأحد والإثنين 22 و23 الجاري')).toEqual([['يومي الأحد والإثنين 22', '2025-06-22'], ['و23 الجاري', '2025-06-23']]);
    expect(got('يومي السبت والأحد 5 و6 من الشهر المقبل')).toEqual([['يومي السبت والأحد 5', '2025-07-05'], ['و6 من الشهر المقبل', '2025-07-06']]);
  });
  it('two numeric dates joined by و are a range only after بين', () => {
    expect(dates('سجلت في 1/7/2025 و31/7/2025 حالتين').map((d) => d.value)).toEqual(['2025-07-01', '2025-07-31']);
    expect(dates('بين 1/7/2025 و31/7/2025').map((d) => d.value)).toEqual(['2025-07-01/2025-07-31']);
  });
  it('a range is one interval', () => {
    expect(got('خلال الفترة بين عامي 2020 و2022')).toEqual([['بين عامي 2020 و2022', '2020/2022']]);
    expect(got('الإيرادات بين يناير ومارس')).toEqual([['بين يناير ومارس', '2025-01/2025-03']]);
  });
  it('relative kinds keep value null without a reference', () => {
    const none = (text: string) => dates(text, null).map((d) => [d.value, d.relative]);
    expect(none('عيد الفطر')).toEqual([[null, true]]);
    expect(none('أول يوليو المقبل')).toEqual([[null, true]]);
    expect(none('الساعة الرابعة عصراً')).toEqual([[null, true]]);
  });
  it('العام التالي after a month of a generic year is part of that month', () => {
    expect(got('يبدأ العام المالي أول يوليو وينتهي آخر يونيو من العام التالي')).toEqual([['أول يوليو', '2025-07-01'], ['آخر يونيو من العام التالي', '2026-06']]);
  });
});

describe('feast calendar', () => {
  it('Western Easter by the computus', async () => {
    const { easter } = await import('../../src/calendar/islamic-holidays.js');
    expect([2013, 2024, 2025].map(easter)).toEqual([[3, 31], [3, 31], [4, 20]]);
  });
  it('a feast that falls twice in a Gregorian year is its first', async () => {
    const { hijriYearIn, hijriYearAround } = await import('../../src/calendar/islamic-holidays.js');
    // عيد الفطر fell on 8 January and 27 December 2000 (1420 and 1421).
    expect(hijriYearIn(2000, { month: 10, day: 1 })).toBe(1420);
    expect(hijriYearAround(Date.UTC(2025, 5, 19), { month: 9 }, 1)).toBe(1447);
    expect(hijriYearAround(Date.UTC(2025, 5, 19), { month: 9 }, -1)).toBe(1446);
  });
});

describe('Chinese dates that are more than one fact, or lean on the text before them', () => {
  const zh = (text: string, refDate: string | null = '2025-06-19') =>
    extractArticle({ text, clean: false, lang: 'zh', refDate }).facts.filter((f): f is DateFact => f.kind === 'date');
  it('a list gives one fact per member, each with its own text', () => {
    expect(zh('5、6、7月出口回升').map((d) => [d.text, d.value])).toEqual([['5', '2025-05'], ['6', '2025-06'], ['7月', '2025-07']]);
    expect(zh('2008、2009年').map((d) => [d.text, d.value])).toEqual([['2008', '2008'], ['2009年', '2009']]);
    expect(zh('会议于3月5日、6日召开').map((d) => d.value)).toEqual(['2025-03-05', '2025-03-06']);
    expect(zh('2024年5、6月').map((d) => d.value)).toEqual(['2024-05', '2024-06']);
    expect(zh('去年5、6月').map((d) => d.value)).toEqual(['2024-05', '2024-06']);
  });
  it('two full dates are a range only across a range mark (至, 到, a dash), never across a comma', () => {
    expect(zh('2024年1月1日至2024年12月31日').map((d) => d.value)).toEqual(['2024-01-01/2024-12-31']);
    expect(zh('2024年1月1日，2024年12月31日再次调整').map((d) => d.value)).toEqual(['2024-01-01', '2024-12-31']);
    expect(zh('二〇二四年一月一日；二〇二四年三月五日').map((d) => d.value)).toEqual(['2024-01-01', '2024-03-05']);
  });
  it('a range opened by 从 takes 从 into its span, as it takes 到; 从 before a single date stays out', () => {
    expect(zh('展会从5月1日到3日举行').map((d) => [d.text, d.value])).toEqual([['从5月1日到3日', '2025-05-01/2025-05-03']]);
    expect(zh('從2016到2018年').map((d) => d.text)).toEqual(['從2016到2018年']);
    expect(zh('从今天起实施').map((d) => d.text)).toEqual(['今天']);
  });
  it('a holiday after 是 restates the day before it: one fact; a golden week after it is its own', () => {
    expect(zh('2025年农历正月初一是春节').map((d) => [d.text, d.value])).toEqual([['2025年农历正月初一', '2025-01-29']]);
    expect(zh('10月1日是国庆假期的第一天').map((d) => d.value)).toEqual(['2025-10-01', '2025-10-01/2025-10-07']);
  });
  it('当月 is the month named just before, else the reference month', () => {
    expect(zh('2019年3月公司成立，当月即获融资').map((d) => d.value)).toEqual(['2019-03', '2019-03']);
    expect(zh('当月').map((d) => d.value)).toEqual(['2025-06']);
  });
  it('当月15日 is that day of the month named just before', () => {
    expect(zh('2019年3月召开会议，当月15日公布结果').map((d) => d.value)).toEqual(['2019-03', '2019-03-15']);
    expect(zh('當月20日截止').map((d) => d.value)).toEqual(['2025-06-20']);
  });
  it('days listed with no month (17、18日) and days joined by 或 are one fact each', () => {
    expect(zh('17、18日將受東北季風影響').map((d) => [d.text, d.value])).toEqual([['17', '2025-06-17'], ['18日', '2025-06-18']]);
    expect(zh('比賽在20及21日舉行').map((d) => d.value)).toEqual(['2025-06-20', '2025-06-21']);
    expect(zh('會議定於5月13日或14日舉行').map((d) => d.value)).toEqual(['2025-05-13', '2025-05-14']);
  });
  it('次日 and 当天 count from the day named just before, else from the reference', () => {
    expect(zh('2023年3月5日签约，次日公告。').map((d) => d.value)).toEqual(['2023-03-05', '2023-03-06']);
    expect(zh('6月30日完成交割，当天股价上涨。').map((d) => d.value)).toEqual(['2025-06-30', '2025-06-30']);
    expect(zh('次日公告', null).map((d) => d.value)).toEqual([null]);
  });
  it('an interval keeps its ends: a golden week, a decade', () => {
    expect(zh('国庆假期')[0]).toMatchObject({ value: '2025-10-01/2025-10-07', from: '2025-10-01', to: '2025-10-07', grain: 'day' });
    expect(zh('19世纪70年代')[0]).toMatchObject({ value: '1870/1879', from: '1870', to: '1879', relative: false });
  });
  it('a month with no year is last year’s when it is more than half a year ahead, unless the sentence looks ahead', () => {
    expect(zh('11月，公司宣布裁员。', '2026-01-15').map((d) => d.value)).toEqual(['2025-11']);
    expect(zh('公司计划11月上市。', '2026-01-15').map((d) => d.value)).toEqual(['2026-11']);
    expect(zh('明治將於7月收購', '2020-04-16').map((d) => d.value)).toEqual(['2020-07']);
  });
  it('ROC years are read only in Taiwan copy or after 民國', () => {
    expect(zh('行政院113年11月18日核定').map((d) => d.value)).toEqual(['2024-11-18']);
    expect(zh('民国113年')[0]?.value).toBe('2024');
    expect(zh('公司成立113年')).toEqual([]);
  });
  it('a holiday takes the year named with it, else the reference year', () => {
    expect(zh('2024年春节').map((d) => d.value)).toEqual(['2024-02-10']);
    expect(zh('今年春节', '2026-03-01').map((d) => d.value)).toEqual(['2026-02-17']);
    expect(zh('春节', null).map((d) => d.value)).toEqual([null]);
  });
});

describe('Chinese days named by the text before them', () => {
  const zh = (text: string) =>
    extractArticle({ text, clean: false, lang: 'zh', refDate: '2025-06-19' }).facts.filter((f): f is DateFact => f.kind === 'date');
  it('當日 is the day just named, and a holiday takes the year just named', () => {
    expect(zh('2012年12月14日上午豪雨，公路總局當日10時成立應變小組').map((d) => d.value)).toEqual(['2012-12-14', '2012-12-14T10']);
    expect(zh('2015年农历正月初一，春节当天').map((d) => d.value)).toEqual(['2015-02-19', '2015-02-19']);
  });
});

describe('a Chinese day with no month, read as news', () => {
  const zh = (text: string, refDate: string) =>
    extractArticle({ text, clean: false, lang: 'zh', refDate }).facts.filter((f): f is DateFact => f.kind === 'date');
  it('is last month’s when the reference month has no such day, or it is more than a fortnight ahead', () => {
    expect(zh('29日公司宣布', '2018-02-10').map((d) => d.value)).toEqual(['2018-01-29']);
    expect(zh('29日公司宣布', '2025-06-03').map((d) => d.value)).toEqual(['2025-05-29']);
    expect(zh('公司将于29日召开股东大会', '2025-06-03').map((d) => d.value)).toEqual(['2025-06-29']);
    expect(zh('12日公司宣布', '2018-02-10').map((d) => d.value)).toEqual(['2018-02-12']);
  });
});

describe('Arabic ranges whose ends are days written out', () => {
  const ar = (text: string, refDate: string | null = '2025-06-19') =>
    extractArticle({ text, clean: false, lang: 'ar', refDate }).facts.filter((f): f is DateFact => f.kind === 'date');
  it('are one interval after من or بين', () => {
    expect(ar('يستمر التسجيل من 20 مارس الماضي إلى غاية 11 يونيو الجاري').map((d) => [d.value, d.from, d.to])).toEqual([['2025-03-20/2025-06-11', '2025-03-20', '2025-06-11']]);
  });
  it('stay two days without من or بين, after من with و, or when the second is before the first', () => {
    expect(ar('زار الوفد المدينة في 3 يناير 2024 و5 فبراير 2024').map((d) => d.value)).toEqual(['2024-01-03', '2024-02-05']);
    expect(ar('من 3 يناير 2024 و5 فبراير 2024').map((d) => d.value)).toEqual(['2024-01-03', '2024-02-05']);
    expect(ar('من 30/6/2025 إلى 1/1/2025').map((d) => d.value)).toEqual(['2025-06-30', '2025-01-01']);
  });
  it('stay two facts with no reference to place a relative end', () => {
    expect(ar('من 20 مارس الماضي إلى غاية 11 يونيو الجاري', null).map((d) => d.value)).toEqual([null, null]);
  });
});

describe('Arabic tomorrow and the day after, each restated by its weekday', () => {
  // the reference is a Monday
  const ar = (text: string) => extractArticle({ text, clean: false, lang: 'ar', refDate: '2025-06-16' }).facts.filter((f): f is DateFact => f.kind === 'date');
  it('are two days', () => {
    expect(ar('تتساقط أمطار غزيرة يومي غد الثلاثاء وبعد غد الأربعاء').map((d) => [d.text, d.value])).toEqual([['غد الثلاثاء', '2025-06-17'], ['وبعد غد الأربعاء', '2025-06-18']]);
    expect(ar('تستمر الموجة الحارة اليوم الاثنين وغدا الثلاثاء').map((d) => d.value)).toEqual(['2025-06-16', '2025-06-17']);
  });
  it('a weekday before a day joined by و is not that day said again', () => {
    expect(ar('تغلق المدارس يومي الثلاثاء وبعد غد الأربعاء').map((d) => d.text)).toEqual(['الثلاثاء', 'وبعد غد الأربعاء']);
  });
  it('غد alone is the future, not a day', () => {
    expect(ar('نعمل من أجل غد أفضل لأبنائنا')).toEqual([]);
  });
});
