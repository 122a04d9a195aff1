import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import type { MoneyFact } from '../../src/article/schema.js';

// Arabic sentences with more than one figure: what each figure reads as, in order.
function money(text: string) {
  return extractArticle({ text, clean: false, lang: 'ar', refDate: null })
    .facts.filter((f): f is MoneyFact => f.kind === 'money')
    .map((m) => [m.text, m.exact, m.currency, m.qualifier, m.per]);
}

describe('Arabic scaled figures with no currency word', () => {
  it('are money, currency null, beside a figure with a currency in the same sentence', () => {
    expect(money('ارتفعت النفقات إلى 812.4 مليار جنيه مصري مقابل 701.3 ملياراً في العام السابق.')).toEqual([
      ['812.4 مليار جنيه مصري', '812400000000', 'EGP', 'exact', null],
      ['701.3 ملياراً', '701300000000', null, 'exact', null],
    ]);
    expect(money('خصصت الحكومة 137 مليار ريال سعودي للصحة و52 مليارا للتعليم.')).toEqual([
      ['137 مليار ريال سعودي', '137000000000', 'SAR', 'exact', null],
      ['52 مليارا', '52000000000', null, 'exact', null],
    ]);
    expect(money('بلغت الميزانية 34.3 مليار دينار ليبي، صرف منها 17 مليار، ذهب 8.5 مليارات منها لمشروعات التنمية.').map((m) => m[1])).toEqual([
      '34300000000', '17000000000', '8500000000',
    ]);
  });

  it('keep a rate that follows them', () => {
    expect(money('حصلت على قرض بقيمة 12 مليار دولار أمريكي على ثلاث سنوات بواقع أربعة مليارات كل عام.')).toEqual([
      ['12 مليار دولار أمريكي', '12000000000', 'USD', 'exact', null],
      ['أربعة مليارات كل عام', '4000000000', null, 'exact', 'year'],
    ]);
  });

  it('in a price list, thousands too when nothing follows them', () => {
    expect(money('بلغ سعر كيلو اللحم 140 ألف ليرة سورية، والتفاح 10 آلاف، والبطاطا 6 آلاف ليرة سورية.').map((m) => [m[1], m[2]])).toEqual([
      ['140000', 'SYP'], ['10000', null], ['6000', 'SYP'],
    ]);
  });

  it('are no money when they restate a count (من, مقابل after a figure that counts) or follow a quantity', () => {
    // A market close: shares and deals counted, the money traded beside them.
    expect(money('تراجعت الأسهم المتداولة إلى 210.5 ملايين سهم من 250.3 مليونا، فيما بلغت السيولة 5.2 مليار ريال من 5.9 مليارات.').map((m) => m[0])).toEqual([
      '5.2 مليار ريال', '5.9 مليارات',
    ]);
    expect(money('نفذت 390.2 ألف صفقة مقابل 401.6 ألفا، وبلغت قيمة التداولات 6.8 مليار درهم مقابل 7.1 مليارا.').map((m) => m[0])).toEqual([
      '6.8 مليار درهم', '7.1 مليارا',
    ]);
    expect(money('هبطت كمية الأسهم المتداولة إلى 98.4 مليونا، وبلغت قيمتها 2.1 مليار دينار.').map((m) => m[0])).toEqual(['2.1 مليار دينار']);
    // The quantity of money is money.
    expect(money('ارتفعت كمية النقود المتداولة إلى 500 مليار جنيه، وبلغت الودائع 320 مليارا.').map((m) => m[0])).toEqual([
      '500 مليار جنيه', '320 مليارا',
    ]);
  });

  it('are no money when they count something, even in a sentence about money', () => {
    expect(money('أنفقت الشركة 5 مليارات دولار لتوفير 12 مليون جرعة.').map((m) => m[1])).toEqual(['5000000000']);
    expect(money('بلغت الإيرادات 2 مليار دولار، وزار المدينة 3 ملايين سائح.').map((m) => m[1])).toEqual(['2000000000']);
    expect(money('بلغت العائدات 2 مليار دولار، فيما وصل عدد الزوار إلى 15 مليونا.').map((m) => m[1])).toEqual(['2000000000']);
    expect(money('بلغت الإيرادات 5 مليارات دولار، ويعمل فيها 12 ألف موظف.').map((m) => m[1])).toEqual(['5000000000']);
    expect(money('بلغت الإيرادات 3 ملايين دينار كويتي وشارك في الاحتجاجات 12 مليون متظاهر.').map((m) => m[1])).toEqual(['3000000']);
  });
});

describe('Arabic ranges, alternatives and continued amounts', () => {
  it('a smaller figure after و goes on the amount, not a second fact', () => {
    expect(money('بلغت التخصيصات 4 مليارات دينار و437 مليونا للمشاريع.')).toHaveLength(1);
    expect(money('بلغت التخصيصات 4 مليارات دينار و437 مليونا للمشاريع.')[0]?.[1]).toBe('4437000000');
  });
  it('two figures each with a currency stay two', () => {
    expect(money('قدمت مليار دولار و500 مليون يورو.').map((m) => [m[1], m[2]])).toEqual([['1000000000', 'USD'], ['500000000', 'EUR']]);
  });
  it('a falling pair joined by أو is no range', () => {
    expect(money('دفع 80 أو 70 مليون يورو').map((m) => m[3])).toEqual(['exact']);
  });
});

describe('Arabic money spans', () => {
  it('take in a qualifier or a rate word that touches the figure, and leave a clitic before digits out', () => {
    const spans = (text: string) => money(text).map((m) => m[0]);
    expect(spans('بلغت الأرباح نحو 4.70 مليار ريال سعودي.')).toEqual(['نحو 4.70 مليار ريال سعودي']);
    expect(spans('قدرت الأرباح بنحو 4.70 مليار ريال سعودي.')).toEqual(['نحو 4.70 مليار ريال سعودي']);
    expect(spans('وزع 85 ريالاً قطرياً للسهم.')).toEqual(['85 ريالاً قطرياً للسهم']);
    expect(spans('تبرع بمبلغ يفوق خمسين مليون دينار كويتي.')).toEqual(['يفوق خمسين مليون دينار كويتي']);
    expect(spans('تجاوزت الخسائر 13 مليار دولار.')).toEqual(['13 مليار دولار']);
    expect(spans('المبلغ ثلاثة ملايين دينار كويتي تقريبا.')).toEqual(['ثلاثة ملايين دينار كويتي تقريبا']);
    expect(spans('بلغت 505 مليارات ريال سعودي و61 مليارا للخدمات.')).toEqual(['505 مليارات ريال سعودي', '61 مليارا']);
  });
});

describe('Arabic ranges and changes whose second figure has no currency', () => {
  it('a change gives two facts, the second with the currency of the first', () => {
    expect(money('قفز سعر المتر من 4105 جنيهات مصرية إلى 5155، بارتفاع كبير.').map((m) => [m[0], m[1], m[2]])).toEqual([
      ['4105 جنيهات مصرية', '4105', 'EGP'], ['5155', '5155', 'EGP'],
    ]);
  });
  it('a change whose first figure names its own currency keeps that word in its span', () => {
    expect(money('رفعت الهيئة رسوم الدمغة في الخرطوم من 100 جنيه إلى 350 جنيهاً.').map((m) => [m[0], m[1], m[2]])).toEqual([
      ['100 جنيه', '100', 'SDG'], ['350 جنيهاً', '350', 'SDG'],
    ]);
    expect(money('ارتفع سعر الطن من 200 دينار كويتي إلى 260 دينارا كويتيا.').map((m) => m[0])).toEqual(['200 دينار كويتي', '260 دينارا كويتيا']);
  });
  it('figures listed before a last one and على التوالي are each an amount, not a range', () => {
    expect(money('بلغ إيجار الشقة في دير غبار والدوار الرابع 13,250 و16,250 دينارا أردنيا على التوالي.').map((m) => [m[0], m[1], m[2], m[3]])).toEqual([
      ['13,250', '13250', 'JOD', 'exact'], ['16,250 دينارا أردنيا', '16250', 'JOD', 'exact'],
    ]);
    expect(money('حققت المصارف الثلاثة أرباحا بلغت 12، 15 و20 مليون دينار كويتي على التوالي.').map((m) => m[1])).toEqual(['12000000', '15000000', '20000000']);
    expect(money('تراوح الإيجار بين 13 و16 ألف درهم مغربي في الرباط.').map((m) => [m[1], m[3]])).toEqual([['13000', 'range']]);
  });
  it('a range whose first figure leaves its thousands unsaid (4 – 4500) is read in thousands; not after من', () => {
    expect(money('يتراوح سعر كيلو اللبن بين 4 – 4500 ليرة سورية.').map((m) => [m[1], m[3]])).toEqual([['4000', 'range']]);
    expect(money('يباع الكيلو بين 15 و15500 ليرة سورية.').map((m) => [m[1], m[3]])).toEqual([['15000', 'range']]);
    expect(money('تتراوح الغرامة بين 5 و1500 دينار أردني.').map((m) => [m[1], m[3]])).toEqual([['5', 'range']]);
    expect(money('ارتفعت الرسوم من 2 إلى 2500 ليرة سورية.').map((m) => m[1])).toEqual(['2', '2500']);
  });
  it('no range across a percentage', () => {
    expect(money('بلغت الأرباح من 5 ملايين دولار و20 بالمئة').map((m) => m[3])).toEqual(['exact']);
  });
});

describe('Arabic qualifiers', () => {
  it('a verb of exceeding with its subject before the figure is over; negated, it caps the figure', () => {
    expect(money('تجاوزت الخسائر 13 مليون دينار ليبي.').map((m) => m[3])).toEqual(['over']);
    expect(money('بينما لا تتجاوز التكلفة عشرة دنانير ليبية في المدن الشمالية.').map((m) => m[3])).toEqual(['under']);
    expect(money('لم يتخط الإنفاق 5 ملايين دينار أردني.').map((m) => m[3])).toEqual(['under']);
  });
});

describe('Arabic figures side by side', () => {
  it('a number word after a currency starts the next figure, it is no adjective', () => {
    expect(money('صرفت الجمعية لكل أسرة 300 دولار وخمسمائة دينار أردني في عمّان.')).toEqual([
      ['300 دولار', '300', 'USD', 'exact', null],
      ['وخمسمائة دينار أردني', '500', 'JOD', 'exact', null],
    ]);
  });

  it('a figure and its fraction after و are one amount; a decimal figure keeps its own', () => {
    expect(money('ارتفع الغالون 12 سنتا إلى 3 دولارات و45 سنتا.')).toEqual([
      ['12 سنتا', '0.12', 'USD', 'exact', null],
      ['3 دولارات و45 سنتا', '3.45', 'USD', 'exact', null],
    ]);
    expect(money('سعر اللتر 2.33 ريال سعودي و18 هللة للدعم.').map((m) => m[1])).toEqual(['2.33', '0.18']);
  });

  it('a currency noun in the dual keeps the figures after it in the paragraph', () => {
    expect(money('بيع البصل بدرهمين مغربيين، والجزر بـ1.40 درهم مغربي، والتفاح بين 9 و12 درهما مغربيا.').map((m) => [m[1], m[3]])).toEqual([
      ['2', 'exact'], ['1.4', 'exact'], ['9', 'range'],
    ]);
    expect(money('دفع المستأجر دينارين ونصف عن كل يوم، ثم غرامة قدرها 300 دينار أردني.').map((m) => m[1])).toEqual(['2.5', '300']);
  });
});

describe('Arabic years before a range joiner', () => {
  it('a year named by words of time is no first end of a range or change: the figure after it stands alone', () => {
    const read = (text: string) => money(text).map((m) => [m[0], m[1], m[3]]);
    expect(read('ارتفعت أرباح النصف الأول من 2023 إلى 3 مليارات درهم إماراتي.')).toEqual([['3 مليارات درهم إماراتي', '3000000000', 'exact']]);
    expect(read('ارتفعت مبيعات الربع الثالث من 2024 إلى 1200 مليون ريال سعودي.')).toEqual([['1200 مليون ريال سعودي', '1200000000', 'exact']]);
    expect(read('قفزت الإيرادات في عام 2022 إلى 450 ألف دينار أردني.')).toEqual([['450 ألف دينار أردني', '450000', 'exact']]);
    expect(read('زادت الأجور منذ مطلع 2024 إلى 4500 درهم مغربي.')).toEqual([['4500 درهم مغربي', '4500', 'exact']]);
    expect(read('تراجع عجز موازنة ٢٠٢١ من ١٢ إلى ٩ مليارات جنيه مصري.').map((m) => m[1])).toEqual(['12000000000', '9000000000']);
  });
  it('a year-like figure with no scale word does not borrow the second figure\'s (2,023 billion is no one\'s writing)', () => {
    expect(money('ارتفعت الأرباح من 2023 إلى 3 مليارات دينار كويتي.').map((m) => m[1])).toEqual(['3000000000']);
  });
  it('a figure in the years\' range that no time word names is still money', () => {
    expect(money('ارتفع سعر الطن من 2000 إلى 2500 دولار.').map((m) => m[1])).toEqual(['2000', '2500']);
    expect(money('يتراوح الإيجار بين 1950 و2100 دينار أردني.').map((m) => [m[1], m[3]])).toEqual([['1950', 'range']]);
  });
});

describe('Arabic ranges: the scale word on the second figure only, the currency on the first only', () => {
  const ranges = (text: string) => money(text).map((m) => [m[1], m[2], m[3]]);
  it('every joiner gives one range whose first end borrows the second\'s scale word', () => {
    for (const text of [
      'تتراوح أسعار الشقق من 14 إلى 18 ألف جنيه مصري للمتر.', 'تكلفة العملية ما بين 14 و18 ألف جنيه مصري.',
      'الإيجار ما بين 14 إلى 18 ألف جنيه مصري.', 'يطلب البائع 14 أو 18 ألف جنيه مصري.', 'سعر المتر 14 – 18 ألف جنيه مصري.',
      'الأجر من 14 إلى غاية 18 ألف جنيه مصري.', 'الرسوم من 14 وحتى 18 ألف جنيه مصري.', 'المنحة من 14 لـ 18 ألف جنيه مصري.',
    ]) expect(ranges(text), text).toEqual([['14000', 'EGP', 'range']]);
  });
  it('the second figure with its scale word and no currency takes the first\'s currency', () => {
    for (const text of [
      'يبلغ الإيجار الشهري من 14 ألف درهم مغربي إلى 18 ألفا.', 'تتراوح الغرامة بين 14 ألف درهم مغربي و18 ألفا.',
      'الإيجار من 14 ألف درهم مغربي وحتى 18 ألفا.', 'يطلب الوسيط 14 ألف درهم مغربي أو 18 ألفا.', 'سعر السيارة 14 ألف درهم مغربي - 18 ألفا.',
      'الأجر من 14 ألف درهم مغربي إلى غاية 18 ألفا.',
    ]) expect(ranges(text), text).toEqual([['14000', 'MAD', 'range']]);
  });
  it('with no من or بين, what follows أو or a dash is no second end unless written like the first', () => {
    expect(ranges('غرامة 5 آلاف دينار أردني أو 10 سنوات سجنا.')).toEqual([['5000', 'JOD', 'exact']]);
    expect(ranges('بسعر 20 دينارا كويتيا - 2019.')).toEqual([['20', 'KWD', 'exact']]);
    expect(ranges('غرامة 500 ريال سعودي أو 3 أشهر.')).toEqual([['500', 'SAR', 'exact']]);
  });
});

describe('Arabic ranges as price lists and notices write them', () => {
  const read = (text: string) => money(text).map((m) => [m[0], m[1], m[2], m[3]]);
  it('a range inside one bracket before the currency', () => {
    expect(read('يباع كيس الأسمنت بسعر (350-400) جنيه مصري.')).toEqual([['(350-400) جنيه مصري', '350', 'EGP', 'range']]);
    expect(read('تراوح إيجار المحل (1.200 – 1.500) درهم مغربي.')).toEqual([['(1.200 – 1.500) درهم مغربي', '1200', 'MAD', 'range']]);
    expect(read('رسوم الخدمة (3-4) دنانير أردنية.').map((m) => [m[1], m[3]])).toEqual([['3', 'range']]);
  });
  it('a dash from a larger figure to a smaller one is no range', () => {
    expect(read('بسعر 2019-400 دينار أردني.').map((m) => m[3])).not.toContain('range');
  });
  it('a stray dot after the digits before a dotted abbreviation', () => {
    expect(read('بلغت قيمة العقار 1.383.753. ل.ل. للمتر الواحد.').map((m) => [m[1], m[2]])).toEqual([['1383753', 'LBP']]);
    expect(read('رسم الترخيص 25.000. ل.س. سنويا.').map((m) => [m[1], m[2]])).toEqual([['25000', 'SYP']]);
  });
  it('an end written as one or two units with no figure', () => {
    expect(read('يتراوح سعر الخبزة بين دينارين و3200 مليم في تونس.')).toEqual([['دينارين و3200 مليم', '2', 'TND', 'range']]);
    expect(read('تتراوح المخالفة من دينار إلى دينارين كويتيين.').map((m) => [m[1], m[3]])).toEqual([['1', 'range']]);
    expect(read('يتراوح سعر الرغيف ما بين جنيه واحد و3 جنيهات سودانية.').map((m) => [m[1], m[3]])).toEqual([['1', 'range']]);
    expect(read('ارتفع سعر الرغيف من دينار إلى دينارين ليبيين.').map((m) => [m[1], m[3]])).toEqual([['1', 'exact'], ['2', 'exact']]);
  });
  it('a range after و with no من, both ends in the same currency noun', () => {
    expect(read('بيعت البطاطس بـ5 دراهم مغربية، والطماطم بين 7 و9 دراهم، والبصل و6 دراهم إلى 8 دراهم مغربية.').map((m) => [m[1], m[3]])).toEqual([
      ['5', 'exact'], ['7', 'range'], ['6', 'range'],
    ]);
    expect(read('غرامة 300 ريال و6 دولارات إلى 8 دراهم.').map((m) => m[3])).not.toContain('range');
  });
});

describe('Arabic أوقية: the ouguiya in Mauritanian copy, the ounce elsewhere', () => {
  const facts = (text: string, opts: { country?: string; url?: string } = {}) =>
    extractArticle({ text, clean: false, lang: 'ar', refDate: null, ...opts })
      .facts.filter((f): f is MoneyFact => f.kind === 'money')
      .map((m) => [m.exact, m.currency, m.currencySource, m.per]);
  it('bare, it is MRU where the user, the address or the text places the article in Mauritania, and says how', () => {
    const text = 'فرضت البلدية غرامة 50 ألف أوقية على المخالفين.';
    expect(facts(text, { country: 'MR' })).toEqual([['50000', 'MRU', 'given', null]]);
    expect(facts(text, { url: 'https://www.ami.mr/ar/node/1' })).toEqual([['50000', 'MRU', 'url', null]]);
    expect(facts(`نواكشوط - ${text}`)).toEqual([['50000', 'MRU', 'text', null]]);
    expect(facts(text)).toEqual([]);
  });
  it('gold weighed in it is no money, in Mauritania too; a dollar price per ounce is per unit', () => {
    expect(facts('أنتجت مناجم تازيازت 250 ألف أوقية من الذهب.', { country: 'MR' })).toEqual([]);
    expect(facts('ارتفع الذهب في موريتانيا إلى 1900 دولار للأوقية.')).toEqual([['1900', 'USD', 'explicit', 'unit']]);
    expect(facts('ارتفع سعر أوقية الذهب إلى 2300 دولار.')).toEqual([['2300', 'USD', 'explicit', 'unit']]);
  });
  it('the old ouguiya, as prices are still quoted in it, is MRO with its adjective', () => {
    expect(facts('يباع الرغيف بـ100 أوقية قديمة.', { country: 'MR' })).toEqual([['100', 'MRO', 'explicit', null]]);
    // Where the article quotes old ouguiyas, a bare one may be either: money, currency null.
    expect(facts('صار ثمن الخبزة 120 أوقية بعد أن كان 100 أوقية قديمة.', { country: 'MR' }).map((m) => m[1])).toEqual([null, 'MRO']);
  });
});

describe('Arabic figures in brackets', () => {
  it('restated in words right after them are one figure, and the qualifier before the bracket is its own', () => {
    expect(money('يقدم المتعهد ضمانا بقيمة لا تقل عن (10,000) عشرة آلاف ريال سعودي.').map((m) => [m[1], m[2], m[3]])).toEqual([['10000', 'SAR', 'over']]);
    expect(money('يعاقب بغرامة لا تزيد على (5000) خمسة آلاف دينار أردني.')).toEqual([['لا تزيد على (5000) خمسة آلاف دينار أردني', '5000', 'JOD', 'under', null]]);
    expect(money('بغرامة (500) خمسمائة جنيه مصري.').map((m) => [m[0], m[1]])).toEqual([['(500) خمسمائة جنيه مصري', '500']]);
  });
  it('each in its brackets, joined by و, are a list: each an amount in the last one\'s currency; after بين, a range', () => {
    expect(money('تقدمت الشركتان بعرضين بسعر (12,600) و(12,800) جنيه مصري للطن.').map((m) => [m[0], m[1], m[2], m[3]])).toEqual([
      ['(12,600)', '12600', 'EGP', 'exact'], ['(12,800) جنيه مصري للطن', '12800', 'EGP', 'exact'],
    ]);
    expect(money('بلغ العرضان (450) و(470) ألف دينار أردني.').map((m) => m[1])).toEqual(['450000', '470000']);
    expect(money('تتراوح الغرامة بين (12) و(15) دينارا كويتيا.').map((m) => [m[1], m[3]])).toEqual([['12', 'range']]);
    expect(money('دفع 300 و(400) دينار كويتي.').map((m) => m[1])).toEqual(['400']);
  });
});

describe('Arabic figures that share a currency or a scale', () => {
  it('a bare currency word placed by the text decides the currency of every member', () => {
    expect(money('قررت محافظة القاهرة غرامة 500 جنيه للمخالفة الأولى و1000 للثانية.').map((m) => [m[0], m[1], m[2]])).toEqual([
      ['500 جنيه', '500', 'EGP'], ['1000', '1000', 'EGP'],
    ]);
    expect(money('يتقاضى العامل في بيروت 15 و20 ألف ليرة يوميا.').map((m) => [m[0], m[1], m[2]])).toEqual([
      ['15', '15000', 'LBP'], ['20 ألف ليرة يوميا', '20000', 'LBP'],
    ]);
  });
  it('members are exact amounts and keep the rate of the figure that names them', () => {
    expect(money('يتقاضى العامل 15 و20 ألف ليرة لبنانية يوميا.').map((m) => [m[1], m[3], m[4]])).toEqual([
      ['15000', 'exact', 'day'], ['20000', 'exact', 'day'],
    ]);
    expect(money('بيعت الطماطم بـ4 دراهم مغربية للكيلوغرام والبطاطس 3.').map((m) => [m[1], m[2], m[4]])).toEqual([
      ['4', 'MAD', 'unit'], ['3', 'MAD', 'unit'],
    ]);
  });
  it('a list after بين is one range, not a list', () => {
    expect(money('يتراوح سعر الشقة بين 2 و3 ملايين جنيه مصري.').map((m) => [m[1], m[3]])).toEqual([['2000000', 'range']]);
  });
});

describe('Arabic case, decree and file numbers in brackets', () => {
  const read = (text: string) => money(text).map((m) => [m[0], m[1], m[3]]);
  it('a bracket with a year or a name before it, a dash and a figure joins nothing to the currency after it', () => {
    expect(read('أصدرت المحكمة حكمها في القضية رقم (2019-400) دينار أردني غرامة على المتهم.')).toEqual([]);
    expect(read('نص القرار (2021-15) ريال على الرسوم الجديدة.')).toEqual([]);
    expect(read('بموجب القانون رقم (18-12) درهم إماراتي بات الرسم إلزاميا.')).toEqual([]);
    expect(read('خلال الفترة (2019-2022) دولار أمريكي.')).toEqual([]);
    // A falling pair in a bracket is no range either.
    expect(read('سجلت الدعوى (900-15) جنيه مصري.')).toEqual([]);
  });
  it('a bracket that holds just the figure, or a range that rises to it, stays money', () => {
    expect(read('بلغت الاستثمارات (199) مليار دينار جزائري.')).toEqual([['(199) مليار دينار جزائري', '199000000000', 'exact']]);
    expect(read('يباع الكيس بسعر (120-150) ريال سعودي.')).toEqual([['(120-150) ريال سعودي', '120', 'range']]);
    // The fine after the case number is its own figure.
    expect(read('قضت المحكمة في القضية رقم (2020-77) بغرامة 500 دينار كويتي.')).toEqual([['500 دينار كويتي', '500', 'exact']]);
  });
});

describe('Arabic halves and thousands read out in words', () => {
  const read = (text: string) => money(text).map((m) => [m[0], m[1]]);
  it('a half after a figure that ends in units is half a unit; after a scale word, half of it', () => {
    expect(read('دفع المشتري ألف وخمسمائة دولار ونصف ثمنا للجهاز.')).toEqual([['ألف وخمسمائة دولار ونصف', '1500.5']]);
    expect(read('بلغ الأجر مائتين وخمسين دينارا ونصف في الشهر.').map((m) => m[1])).toEqual(['250.5']);
    expect(read('قدمت الدولة ثلاثة آلاف درهم ونصف لكل أسرة.').map((m) => m[1])).toEqual(['3500']);
    expect(read('بلغت الصفقة مليار دولار ونصف.').map((m) => m[1])).toEqual(['1500000000']);
  });
  it('a decimal figure with a half of its scale word is wrong input: no fact rather than a guess', () => {
    expect(read('رصدت الحكومة 2.5 مليار ونصف دولار للمشروع.')).toEqual([]);
    expect(read('رصدت الحكومة 1.5 مليون دينار ونصف للمشروع.')).toEqual([]);
    expect(read('رصدت الحكومة 2.5 مليار دولار للمشروع.').map((m) => m[1])).toEqual(['2500000000']);
  });
  it('a thousand after hundreds of thousands goes on the amount', () => {
    expect(read('تبرع رجل الأعمال بمائة ألف وألف ريال سعودي.')).toEqual([['بمائة ألف وألف ريال سعودي', '101000']]);
    expect(read('بلغت المكافأة مئتي ألف وألف وخمسمائة جنيه مصري.').map((m) => m[1])).toEqual(['201500']);
  });
});

describe('Arabic figures counted in centimes', () => {
  const read = (text: string) => money(text).map((m) => [m[0], m[1], m[2]]);
  it('a bare scaled figure after one in centimes repeats the centime', () => {
    expect(read('بلغت ديون البلدية في الجزائر 288 مليار سنتيم مقابل 300 مليار في السنة الماضية.')).toEqual([
      ['288 مليار سنتيم', '2880000000', 'DZD'], ['300 مليار', '3000000000', 'DZD'],
    ]);
    expect(read('قدرت الخسائر في الدار البيضاء بـ 45 مليون سنتيم، بعد 60 مليونا في الموسم الماضي.').map((m) => m[1])).toEqual(['450000', '600000']);
  });
  it('after a figure in whole units, the bare figure stays in whole units', () => {
    expect(read('بلغت الخسائر 288 مليار دينار جزائري مقابل 300 مليار.').map((m) => m[1])).toEqual(['288000000000', '300000000000']);
  });
});

describe('Arabic upper ends after وحتى, ولغاية, وصولا إلى with no من', () => {
  const read = (text: string) => money(text).map((m) => [m[0], m[1], m[2], m[3]]);
  it('a first figure and an upper end in the same currency are one range', () => {
    expect(read('بيع كيلو اللحم في وهران بـ 1800 دج وحتى 2200 دج.')).toEqual([['1800 دج وحتى 2200 دج', '1800', 'DZD', 'range']]);
    expect(read('بيع كيلو اللحم في وهران بـ 1800 دج و حتى 2200 دج.').map((m) => [m[1], m[3]])).toEqual([['1800', 'range']]);
    expect(read('يباع الخروف بـ 250 دينارا ولغاية 400 دينار أردني.').map((m) => [m[1], m[2], m[3]])).toEqual([['250', 'JOD', 'range']]);
    expect(read('تعرض الشقق بـ 90 ألفا وصولا إلى 140 ألف ريال سعودي.').map((m) => [m[1], m[3]])).toEqual([['90000', 'range']]);
    // A bare first figure borrows the second's scale word and currency.
    expect(read('تعرض السيارات المستعملة بـ 40 وحتى 65 مليون دينار عراقي.').map((m) => [m[1], m[2], m[3]])).toEqual([['40000000', 'IQD', 'range']]);
  });
  it('another currency, a falling pair or no figure after حتى make no range', () => {
    expect(read('غرامة 300 ريال قطري وحتى 8 دراهم إماراتية.').map((m) => m[3])).not.toContain('range');
    expect(read('انخفض السعر بـ 50 دينارا كويتيا وحتى 20 دينارا كويتيا.').map((m) => m[3])).not.toContain('range');
    expect(read('بقي سعر الكيلو 120 دج وحتى نهاية الشهر.')).toEqual([['120 دج', '120', 'DZD', 'exact']]);
    // After a verb of change: a rise and the level it reached, two figures.
    expect(read('ارتفع سعر الكيلو في عنابة بـ 100 دج وصولا إلى 300 دج.').map((m) => [m[1], m[3]])).toEqual([['100', 'exact'], ['300', 'exact']]);
    expect(read('عمل في البنك من 2015 وحتى 2020 براتب 900 دينار بحريني.').map((m) => m[1])).toEqual(['900']);
  });
  it('a first end given as two alternatives runs from the lower', () => {
    expect(read('تتراوح أسعار الأجهزة من 2200 أو 2500 إلى 3200 جنيه مصري.')).toEqual([['2200 أو 2500 إلى 3200 جنيه مصري', '2200', 'EGP', 'range']]);
    expect(read('يتراوح الإيجار من 3 أو 4 إلى 6 آلاف ريال سعودي.').map((m) => [m[1], m[3]])).toEqual([['3000', 'range']]);
  });
});

describe('Arabic lists under a qualifier', () => {
  const read = (text: string) => money(text).map((m) => [m[0], m[1], m[3]]);
  it('a qualifier before the first member is every member\'s, and joins the first member\'s span', () => {
    expect(read('أسعار الأضاحي لم تقل عن 90 و120 ألف دج في الجزائر.')).toEqual([
      ['لم تقل عن 90', '90000', 'over'], ['120 ألف دج', '120000', 'over'],
    ]);
    expect(read('قدرت الخسائر بنحو 3 و5 ملايين دينار ليبي.')).toEqual([['نحو 3', '3000000', 'approx'], ['5 ملايين دينار ليبي', '5000000', 'approx']]);
    expect(read('بلغت العائدات أكثر من 300 و400 مليون ريال عماني على التوالي.').map((m) => m[2])).toEqual(['over', 'over']);
    expect(read('كلف المشروعان أقل من 2 و3 ملايين جنيه مصري.').map((m) => [m[1], m[2]])).toEqual([['2000000', 'under'], ['3000000', 'under']]);
  });
  it('with no qualifier the members stay exact; بين and من still open a range or nothing', () => {
    expect(read('بلغت الإيرادات 3 و5 ملايين دينار كويتي.').map((m) => m[2])).toEqual(['exact', 'exact']);
    expect(read('يتراوح سعر الشقة بين 2 و3 ملايين جنيه مصري.').map((m) => m[2])).toEqual(['range']);
  });
});
