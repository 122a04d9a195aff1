import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import type { MoneyFact } from '../../src/article/schema.js';

// Which currency a bare 元 / $ / ريال / درهم / دينار means, and how it was decided.
function money(text: string, lang: string, more: { url?: string; country?: string } = {}) {
  const facts = extractArticle({ text, clean: false, lang, url: more.url ?? null, country: more.country ?? null }).facts;
  return facts.filter((f): f is MoneyFact => f.kind === 'money').map((f) => [f.text, f.currency, f.currencySource]);
}

describe('rates and conversions', () => {
  it('a conversion in brackets is a second amount; one unit worth so much of another is a rate, no amount', () => {
    expect(money('法院判处罚款1万元（约合1400美元）。', 'zh-Hans')).toEqual([['1万元', 'CNY', 'text'], ['约合1400美元', 'USD', 'explicit']]);
    expect(money('預算案支出3723億令吉（1美元約合4.65令吉）。', 'zh-Hant')).toEqual([['3723億令吉', 'MYR', 'explicit']]);
    expect(money('以1欧元=7.8元人民币计算，合同金额为2亿欧元。', 'zh-Hans')).toEqual([['2亿欧元', 'EUR', 'explicit']]);
  });
});

describe('a rate quoted at so many 元 is no amount', () => {
  it('a figure after 汇率, 中间价 or one currency against another, and the move after it', () => {
    expect(money('人民币兑美元汇率中间价报7.1856元，上调35个基点。公司汇率损失达3亿元。', 'zh-Hans')).toEqual([['3亿元', 'CNY', 'text']]);
    expect(money('美元兌新台幣收在32.5元，升值1.2角。台積電股價收在600元。', 'zh-Hant')).toEqual([['600元', 'TWD', 'text']]);
  });
});

describe('a currency written in a bracket after the figure', () => {
  it('is the figure\'s, and with 下同 every bare 元 after it', () => {
    expect(money('被告被罚款5000元（新币，下同），另须赔偿3000元。', 'zh-Hans')).toEqual([['5000元', 'SGD', 'explicit'], ['3000元', 'SGD', 'explicit']]);
    expect(money('被告被判罰款5000元（港幣，下同），另須支付堂費3000元。', 'zh-Hant')).toEqual([['5000元', 'HKD', 'explicit'], ['3000元', 'HKD', 'explicit']]);
    // Without 下同 it reaches the rest of its paragraph only, as a heading does; a later paragraph of prose is
    // decided as usual (here by the one local currency the text names, and in a text that also names 人民幣, not at all).
    expect(money('他借了5000元（港幣），又花了3000元。\n\n他說，自己只是想買一本書，花了300元。', 'zh-Hant'))
      .toEqual([['5000元', 'HKD', 'explicit'], ['3000元', 'HKD', 'explicit'], ['300元', 'HKD', 'text']]);
    expect(money('他借了5000元（港幣），又欠人民幣3000元。\n\n他說，自己只是想買一本書，花了300元。', 'zh-Hant'))
      .toEqual([['5000元', 'HKD', 'explicit'], ['人民幣3000元', 'CNY', 'explicit'], ['300元', null, null]]);
  });
});

describe('a bare currency word takes the currency of the country the text is about', () => {
  it('元 in Traditional copy: the place named decides, not the script', () => {
    expect(money('台北市政府宣布補助每戶3000元。', 'zh-Hant')).toEqual([['3000元', 'TWD', 'text']]);
    expect(money('港府宣布向每名合資格市民發放5000元消費券。', 'zh-Hant')).toEqual([['5000元', 'HKD', 'text']]);
    expect(money('澳門特區政府向每位永久居民發放1萬元。', 'zh-Hant')).toEqual([['1萬元', 'MOP', 'text']]);
    expect(money('國務院宣布在北京和上海投入50億元。', 'zh-Hant')).toEqual([['50億元', 'CNY', 'text']]);
    // An ROC year in numerals or in words dates Taiwanese copy.
    expect(money('民國九十六年總預算為1.6兆元。', 'zh-Hant')).toEqual([['1.6兆元', 'TWD', 'text']]);
    expect(money('民國一一三年起每月加發5000元。', 'zh-Hant')).toEqual([['5000元', 'TWD', 'text']]);
  });

  it('元 in Simplified copy is the mainland\'s unless the text is from elsewhere', () => {
    expect(money('他花了300元买书。', 'zh-Hans')).toEqual([['300元', 'CNY', 'text']]);
    expect(money('新加坡政府为每户发放300元补贴。', 'zh-Hans')).toEqual([['300元', 'SGD', 'text']]);
    // Malaysian papers write 令吉 by name, and 元 too in headlines and quotes.
    expect(money('（吉隆坡6日讯）财政部长说，明年预算案拨出3500亿元开销，大马政府将削减津贴。', 'zh-Hans')).toEqual([['3500亿元', 'MYR', 'text']]);
    // Mainland papers name 港元 when they mean it: a Hong Kong listing does not make 元 HKD.
    expect(money('这家公司在香港上市，港交所数据显示，公司去年营收5亿元。', 'zh-Hans')).toEqual([['5亿元', 'CNY', 'text']]);
  });

  it('Simplified copy from Taiwan, Hong Kong or Macau by its dateline takes that place\'s currency', () => {
    // TWD: a wire's or an overseas paper's dateline filed from Taiwan.
    expect(money('中央社台北5日电 交通部今天宣布，酒驾累犯最高罚款12万元。', 'zh-Hans')).toEqual([['12万元', 'TWD', 'text']]);
    expect(money('【大纪元2025年03月04日讯】（大纪元记者王明台湾台中报导）市府宣布每名新生儿发放2万元。', 'zh-Hans')).toEqual([['2万元', 'TWD', 'text']]);
    expect(money('（台北8日讯）一名男子在捷运站偷拍，被判拘役并罚款3万元。', 'zh-Hans')).toEqual([['3万元', 'TWD', 'text']]);
    // HKD and MOP: filed from Hong Kong or Macau, the figure's sentence naming no other place.
    expect(money('中新社香港9日电 一名男子在屋邨非法泊车，被判罚款6000元。', 'zh-Hans')).toEqual([['6000元', 'HKD', 'text']]);
    expect(money('新华社澳门2日电 特区政府宣布向每名长者发放9000元敬老金。', 'zh-Hans')).toEqual([['9000元', 'MOP', 'text']]);
    // Traditional copy with the same dateline, as before.
    expect(money('（中央社記者林某台北5日電）市府宣布每戶補助3000元。', 'zh-Hant')).toEqual([['3000元', 'TWD', 'text']]);
  });

  it('a dateline does not outweigh the figure\'s own sentence, nor a body about the mainland', () => {
    // CNY: filed from Hong Kong about a mainland fine; the sentence names the mainland city.
    expect(money('中新社香港9日电 据港媒报道，上海一家公司因虚假宣传被罚款50万元。', 'zh-Hans')).toEqual([['50万元', 'CNY', 'text']]);
    // CNY: filed from Hong Kong, the figure's sentence (the dateline apart) names the mainland's statistics bureau.
    expect(money('香港9日电 港媒引述国家统计局数据说，猪肉每公斤涨至30元。', 'zh-Hans')).toEqual([['30元', 'CNY', 'text']]);
    // CNY: a mainland dateline over a story that names Taiwan.
    expect(money('新华社北京5日电 国务院台办说，欢迎台湾青年来京创业，每个项目补贴最高20万元。', 'zh-Hans')).toEqual([['最高20万元', 'CNY', 'text']]);
  });

  it('Simplified copy that names Taiwan\'s institutions throughout takes TWD, with no dateline', () => {
    expect(money('台立法院今天审查总预算，执政党坚持潜舰20亿元全数照列，在野党要求删减，行政院长将再赴立法院说明。', 'zh-Hans'))
      .toEqual([['20亿元', 'TWD', 'text']]);
    // A mainland story that names Taiwan or Hong Kong in passing keeps CNY.
    expect(money('杭州一家企业与台湾客商签约，合同金额3000万元。', 'zh-Hans')).toEqual([['3000万元', 'CNY', 'text']]);
    expect(money('这家公司去年在香港上市，今年营收增至80亿元。', 'zh-Hans')).toEqual([['80亿元', 'CNY', 'text']]);
    // Market words do not make it Hong Kong's or Taiwan's: a listing story names 港股 and 港交所 often.
    expect(money('这家AI公司登陆港交所，首日破发。港股市场近来低迷，港股AI板块普遍下跌。公司去年营收5亿元，亏损3亿元。', 'zh-Hans'))
      .toEqual([['5亿元', 'CNY', 'text'], ['3亿元', 'CNY', 'text']]);
    expect(money('台积电、鸿海、联发科股价齐跌，台积电称将在南京扩产，投资200亿元。', 'zh-Hans')).toEqual([['200亿元', 'CNY', 'text']]);
  });

  it('a mainland law quoted in a Singapore or Malaysian story: the sentence nearest the figure decides', () => {
    // CNY: the figure's own sentence quotes the mainland's law.
    expect(money('新加坡5日讯 本地商人赴华前须留意，根据中国《反间谍法》，违者可被罚款5万元。组屋居民陈先生说，他上月被罚了300元。', 'zh-Hans'))
      .toEqual([['5万元', 'CNY', 'text'], ['300元', 'SGD', 'text']]);
    expect(money('（吉隆坡3日讯）旅客要注意，中國法律規定，攜帶現金超過2萬元須向海關申報。', 'zh-Hant')).toEqual([['超過2萬元', 'CNY', 'text']]);
    // CNY: a sentence that names no place reads on from the one before it, in its paragraph.
    expect(money('新加坡5日讯 中国《出境入境管理法》列明了罚则。违者最高可罚2万元。新加坡外交部提醒国人留意。', 'zh-Hans'))
      .toEqual([['2万元', 'CNY', 'text']]);
    // SGD: the sentence before is in another paragraph, and the story is Singapore's.
    expect(money('新加坡5日讯 中国《出境入境管理法》列明了罚则。\n违者最高可罚2万元。新加坡外交部提醒国人留意。', 'zh-Hans'))
      .toEqual([['2万元', 'SGD', 'text']]);
    // Hong Kong and Taiwan copy naming 內地 or 大陸 of visitors keeps its own currency.
    expect(money('內地旅客在港消費5000元，港府說旅遊業復甦。', 'zh-Hant')).toEqual([['5000元', 'HKD', 'text']]);
    expect(money('陸委會表示，大陸配偶來台後，可獲補助每月3000元。', 'zh-Hant')).toEqual([['3000元', 'TWD', 'text']]);
  });

  it('Traditional copy of a mainland report: its regulators, courts and police in Traditional spelling decide CNY', () => {
    expect(money('國家發展改革委宣布，汽油每噸上調200元。', 'zh-Hant')).toEqual([['200元', 'CNY', 'text']]);
    expect(money('一家超市因售賣過期食品，被當地市場監管局罰款5萬元。', 'zh-Hant')).toEqual([['5萬元', 'CNY', 'text']]);
    expect(money('被告人經中級人民法院審理，被判處罰金20萬元。', 'zh-Hant')).toEqual([['20萬元', 'CNY', 'text']]);
    // Taiwan's district court and police, and Macau's court, keep their own currencies.
    expect(money('被告經台中地方法院審理，被判罰金20萬元。', 'zh-Hant')).toEqual([['20萬元', 'TWD', 'text']]);
    expect(money('被告經初級法院審理，被判罰款2萬元。', 'zh-Hant')).toEqual([['2萬元', 'MOP', 'text']]);
    // Nothing that places it: null, as before.
    expect(money('捐贈金額在5000萬元至1億元之間的有1筆。', 'zh-Hant').map((m) => m[1])).toEqual([null]);
  });

  it('Traditional copy that names no place: the one local currency it names elsewhere decides, two leave null', () => {
    expect(money('法例訂明最高可罰款10萬港元，定額罰款的上限為5萬元。', 'zh-Hant')).toEqual([['10萬港元', 'HKD', 'explicit'], ['5萬元', 'HKD', 'text']]);
    expect(money('公司被罰人民幣10萬元，另一宗罰款5萬元，另須付3000港元。', 'zh-Hant')).toEqual([['人民幣10萬元', 'CNY', 'explicit'], ['5萬元', null, null], ['3000港元', 'HKD', 'explicit']]);
    // A foreign currency is no clue to the local one.
    expect(money('該公司被罰款10萬美元，另一宗個案罰款5萬元。', 'zh-Hant')).toEqual([['10萬美元', 'USD', 'explicit'], ['5萬元', null, null]]);
  });

  it('a Simplified edition of a Hong Kong outlet about its own city: its address and text decide, and it says url', () => {
    const sc = { url: 'https://std.stheadline.com/sc/realtime/article/1' };
    expect(money('被告于九龙城裁判法院认罪，被判罚款8,000元。', 'zh-Hans', sc)).toEqual([['8,000元', 'HKD', 'url']]);
    // The same outlet writing about the mainland, or naming no place, keeps the mainland's yuan.
    expect(money('广州一间食肆违规，负责人被罚4500元。', 'zh-Hans', sc)).toEqual([['4500元', 'CNY', 'text']]);
    expect(money('被告认罪，被判罚款8,000元。', 'zh-Hans', sc)).toEqual([['8,000元', 'CNY', 'text']]);
    // Without the outlet, Simplified copy naming a Hong Kong court is still read as a mainland paper's.
    expect(money('被告于九龙城裁判法院认罪，被判罚款8,000元。', 'zh-Hans')).toEqual([['8,000元', 'CNY', 'text']]);
  });

  it('with nothing in the text, the page address decides; with nothing at all, null', () => {
    expect(money('他花了300元買書。', 'zh-Hant')).toEqual([['300元', null, null]]);
    expect(money('他花了300元買書。', 'zh-Hant', { url: 'https://udn.com/news/story/1/2' })).toEqual([['300元', 'TWD', 'url']]);
    expect(money('他花了300元買書。', 'zh-Hant', { url: 'https://news.example.com.hk/a/1' })).toEqual([['300元', 'HKD', 'url']]);
    expect(money('بلغت الأرباح 300 مليون درهم.', 'ar', { url: 'https://www.hespress.com/economie/123' })).toEqual([['300 مليون درهم', 'MAD', 'url']]);
    expect(money('بلغت الأرباح 300 مليون درهم.', 'ar', { url: 'https://news.example.ae/1' })).toEqual([['300 مليون درهم', 'AED', 'url']]);
    expect(money('بلغت الأرباح 300 مليون درهم.', 'ar')).toEqual([['300 مليون درهم', null, null]]);
  });

  it('an Egyptian aggregator\'s address decides a bare pound', () => {
    expect(money('قال المتحدث إن العجز بلغ 143 مليار جنيه.', 'ar', { url: 'http://www.akhbarak.net/news/2011/06/27/1/articles/2/x' })).toEqual([['143 مليار جنيه', 'EGP', 'url']]);
  });

  it('a dirham decided Libyan is a thousandth of the dinar, and says how it was decided', () => {
    const facts = extractArticle({ text: 'في بنغازي صار سعر الرغيف 250 درهما.', clean: false, lang: 'ar', url: null, country: null }).facts;
    const m = facts.filter((f): f is MoneyFact => f.kind === 'money');
    expect(m.map((f) => [f.text, f.exact, f.currency, f.currencySource])).toEqual([['250 درهما', '0.25', 'LYD', 'text']]);
    // The same figure in Moroccan copy stays in dirhams.
    expect(money('في الرباط صار ثمن الخبزة 250 درهما.', 'ar')).toEqual([['250 درهما', 'MAD', 'text']]);
  });

  it('a page address whose words name the country decides when the text does not', () => {
    const url = `https://example.com/ar/${encodeURIComponent('أرباح-بنك-قطري-ترتفع')}`;
    expect(money('سجل البنك أرباحا بلغت 82 مليون ريال.', 'ar', { url })).toEqual([['82 مليون ريال', 'QAR', 'url']]);
  });

  it('the user\'s country comes first, where the word can mean its currency', () => {
    expect(money('他花了300元買書。', 'zh-Hant', { country: 'HK' })).toEqual([['300元', 'HKD', 'given']]);
    expect(money('خصصت الحكومة 500 مليون دينار للطرق.', 'ar', { country: 'ly' })).toEqual([['500 مليون دينار', 'LYD', 'given']]);
    // A dinar cannot be Saudi: the given country does not apply.
    expect(money('خصصت الحكومة 500 مليون دينار للطرق.', 'ar', { country: 'SA' })).toEqual([['500 مليون دينار', null, null]]);
  });

  it('the same noun named with its country elsewhere in the text decides it', () => {
    expect(money('بلغت الزيادة 159 مليون ريال سعودي لتصل الإيرادات إلى 1143 مليون ريال.', 'ar')).toEqual([
      ['159 مليون ريال سعودي', 'SAR', 'explicit'],
      ['1143 مليون ريال', 'SAR', 'text'],
    ]);
  });

  it('a dollar conversion beside the figure decides by the rate, when one currency fits', () => {
    expect(money('ارتفعت الإيرادات إلى 119.8 مليار درهم (32.6 مليار دولار).', 'ar')).toEqual([
      ['119.8 مليار درهم', 'AED', 'text'],
      ['32.6 مليار دولار', 'USD', 'explicit'],
    ]);
    expect(money('بلغت الأرباح 780 مليون دولار (2.84 مليار ريال) في الربع.', 'ar')).toEqual([
      ['780 مليون دولار', 'USD', 'explicit'],
      ['2.84 مليار ريال', 'QAR', 'text'],
    ]);
    expect(money('成交價約3.9億元（約5000萬美元）。', 'zh-Hant')).toEqual([
      ['約3.9億元', 'HKD', 'text'],
      ['約5000萬美元', 'USD', 'explicit'],
    ]);
  });

  it('a floating currency\'s rate is read for the article\'s year, or the year its text names', () => {
    // 18.4 pounds a dollar: the Egyptian pound in 2022, when the Sudanese one was near 500.
    expect(money('وتتضمن موازنة 2022/ 2023 مخصصات بنحو 90 مليار جنيه (4.9 مليارات دولار).', 'ar')[0]).toEqual(['نحو 90 مليار جنيه', 'EGP', 'text']);
    expect(money('بلغت المخصصات نحو 90 مليار جنيه (4.9 مليارات دولار).', 'ar')[0]).toEqual(['نحو 90 مليار جنيه', null, null]);
  });

  it('districts, markets and towns that market, rent and fuel reports name place a bare noun', () => {
    expect(money('تراوح ثمن الطماطم بين 4 و6 دراهم في أسواق الدارالبيضاء.', 'ar').map((m) => m[1])).toEqual(['MAD']);
    expect(money('بلغ إيجار الشقة في عبدون 15 ألف دينار في السنة.', 'ar').map((m) => m[1])).toEqual(['JOD']);
    expect(money('يباع الكيلو في سوق الجملة ببئر القصعة بـ3 دنانير.', 'ar').map((m) => m[1])).toEqual(['TND']);
    expect(money('تباع البطاطا في تيارت بـ70 دينارا للكيلوغرام.', 'ar').map((m) => m[1])).toEqual(['DZD']);
    expect(money('بلغ سعر جوال الذرة في سوق كوستي 900 جنيه.', 'ar').map((m) => m[1])).toEqual(['SDG']);
    expect(money('خصصت محافظة ذي قار 20 مليار دينار للمدارس.', 'ar').map((m) => m[1])).toEqual(['IQD']);
    expect(money('يباع اللتر في زليتن بدينارين.', 'ar').map((m) => m[1])).toEqual(['LYD']);
    // Nothing that places it: null.
    expect(money('بلغ ثمن الكيلو 5 دراهم في السوق.', 'ar').map((m) => m[1])).toEqual([null]);
  });

  it('two countries named as often, with nothing else to go by: null', () => {
    expect(money('اتفقت الكويت والأردن على منحة قدرها 40 مليون دينار.', 'ar')).toEqual([['40 مليون دينار', null, null]]);
  });

  it('the country the text names outweighs the page address', () => {
    const url = 'https://www.youm7.com/story/1';
    expect(money('أعلنت وزارة المالية السعودية في الرياض إنفاق 20 مليار ريال.', 'ar', { url })).toEqual([['20 مليار ريال', 'SAR', 'text']]);
  });

  it('a named currency is explicit', () => {
    expect(money('جمعت الشركة 5 مليارات دولار.', 'ar')).toEqual([['5 مليارات دولار', 'USD', 'explicit']]);
    expect(money('营收43亿美元。', 'zh-Hans')).toEqual([['43亿美元', 'USD', 'explicit']]);
  });

  it('$ in Hong Kong copy is the Hong Kong dollar', () => {
    expect(money('香港迪士尼樂園宣布門票加價至$699。', 'zh-Hant')).toEqual([['$699', 'HKD', 'text']]);
  });
});
