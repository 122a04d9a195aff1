import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import type { MoneyFact } from '../../src/article/schema.js';
import { COUNTRY_CUES, PAN_NATIONAL_HOSTS } from '../../src/extract/country/cues.js';
import { countryOfHost } from '../../src/extract/country/index.js';

// The page's address decides a bare currency word when its text names no country: the outlets of
// src/extract/country/cues.ts by their hosts, other hosts by their country-code domain.
function money(text: string, lang: string, url: string | null) {
  const facts = extractArticle({ text, clean: false, lang, url, country: null }).facts;
  return facts.filter((f): f is MoneyFact => f.kind === 'money').map((f) => [f.text, f.currency, f.currencySource]);
}

/** A passage with one bare currency word that only the country can decide, by country: [text, lang]. */
const BARE: Readonly<Record<string, readonly [string, string]>> = {
  // 元 in Traditional copy (Taiwan, Hong Kong, Macau, and the mainland's Traditional pages).
  ...Object.fromEntries(['CN', 'HK', 'TW', 'MO'].map((c) => [c, ['這項工程的總造價為300萬元。', 'zh-Hant'] as const])),
  // 元 in Simplified copy: Singapore's and Malaysia's papers write Simplified.
  SG: ['这项工程的总造价为300万元。', 'zh-Hans'],
  MY: ['这项工程的总造价为300万元。', 'zh-Hans'],
  ...Object.fromEntries(['SA', 'QA', 'OM', 'YE', 'IR'].map((c) => [c, ['بلغت قيمة العقد 40 مليون ريال.', 'ar'] as const])),
  ...Object.fromEntries(['EG', 'SD', 'SS', 'GB'].map((c) => [c, ['بلغت قيمة العقد 40 مليون جنيه.', 'ar'] as const])),
  ...Object.fromEntries(['KW', 'JO', 'BH', 'IQ', 'LY', 'TN', 'DZ'].map((c) => [c, ['بلغت قيمة العقد 40 مليون دينار.', 'ar'] as const])),
  ...Object.fromEntries(['AE', 'MA'].map((c) => [c, ['بلغت قيمة العقد 40 مليون درهم.', 'ar'] as const])),
  ...Object.fromEntries(['LB', 'SY', 'TR'].map((c) => [c, ['بلغت قيمة العقد 40 مليون ليرة.', 'ar'] as const])),
  MR: ['بلغت قيمة العقد 40 مليون أوقية.', 'ar'],
};

describe('every listed outlet places a bare currency word in its country', () => {
  const rows = COUNTRY_CUES.flatMap((c) => c.hosts.map((h) => [c.code, c.currency, h] as const));
  it('has a passage for every country with outlets', () => {
    expect(rows.filter(([code]) => !BARE[code]).map(([, , h]) => h)).toEqual([]);
  });
  it.each(rows)('%s (%s): %s', (code, currency, host) => {
    const [text, lang] = BARE[code] as readonly [string, string];
    expect(money(text, lang, `https://${host}/news/2024/1`).map((m) => [m[1], m[2]])).toEqual([[currency, 'url']]);
    // The same outlet's mobile, AMP and www hosts.
    expect(countryOfHost(`https://m.${host}/a/1`)).toBe(code);
    expect(countryOfHost(`https://www.${host}/a/1`)).toBe(code);
  });
});

describe('the outlet lists are data a reader can trust', () => {
  const all = [...COUNTRY_CUES.flatMap((c) => c.hosts), ...PAN_NATIONAL_HOSTS];
  it('name each host once, bare (no scheme, www. or path), in lower case', () => {
    expect(all.filter((h, i) => all.indexOf(h) !== i)).toEqual([]);
    expect(all.filter((h) => !/^(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/u.test(h))).toEqual([]);
  });
  it('place no pan-national outlet, even under a country\'s domain', () => {
    expect(PAN_NATIONAL_HOSTS.filter((h) => countryOfHost(`https://${h}/a`) !== null)).toEqual([]);
  });
});

describe('user-level: the outlet decides where the text names no country', () => {
  it('a Hong Kong outlet\'s .com page: $ and 元 are Hong Kong dollars; a Taiwanese one\'s, new Taiwan dollars', () => {
    const text = '館方宣布，成人門票由$120加至$150，全年通行證則售1,280元。';
    expect(money(text, 'zh-Hant', 'https://www.hk01.com/社會新聞/1')).toEqual([
      ['$120', 'HKD', 'url'], ['$150', 'HKD', 'url'], ['1,280元', 'HKD', 'url'],
    ]);
    expect(money('罰款金額由3000元提高至6000元。', 'zh-Hant', 'https://news.mingpao.com/ins/1')).toEqual([
      ['3000元', 'HKD', 'url'], ['6000元', 'HKD', 'url'],
    ]);
    expect(money('罰款金額由3000元提高至6000元。', 'zh-Hant', 'https://www.setn.com/News.aspx?NewsID=1')).toEqual([
      ['3000元', 'TWD', 'url'], ['6000元', 'TWD', 'url'],
    ]);
  });

  it('Macau, Malaysian and Singapore outlets: MOP, MYR, SGD', () => {
    expect(money('每名長者可獲發9000元敬老金。', 'zh-Hant', 'https://www.macaodaily.com/html/1.htm')).toEqual([['9000元', 'MOP', 'url']]);
    expect(money('每名长者可获发500元援助金。', 'zh-Hans', 'https://www.seehua.com/?p=1')).toEqual([['500元', 'MYR', 'url']]);
    expect(money('每名长者可获发500元援助金。', 'zh-Hans', 'https://www.sinchew.com.my/news/1')).toEqual([['500元', 'MYR', 'url']]);
    expect(money('每名长者可获发500元援助金。', 'zh-Hans', 'https://www.zaobao.com.sg/news/singapore/story1')).toEqual([['500元', 'SGD', 'url']]);
  });

  it('a mainland portal\'s Traditional page: CNY', () => {
    expect(money('該公司去年淨利潤為8億元。', 'zh-Hant', 'https://finance.eastmoney.com/a/1.html')).toEqual([['8億元', 'CNY', 'url']]);
    expect(money('該公司去年淨利潤為8億元。', 'zh-Hant', 'https://big5.jrj.com/a/1')).toEqual([['8億元', 'CNY', 'url']]);
  });

  it('Arab outlets\' .com pages: a Moroccan dirham, a Qatari riyal, an Egyptian pound, a Jordanian dinar, a Syrian pound', () => {
    expect(money('حددت الجماعة ثمن تذكرة الدخول في 50 درهما.', 'ar', 'https://www.alyaoum24.com/123.html')).toEqual([['50 درهما', 'MAD', 'url']]);
    expect(money('حددت الجماعة ثمن تذكرة الدخول في 50 درهما.', 'ar', 'https://www.maghress.com/alyaoum24/1')).toEqual([['50 درهما', 'MAD', 'url']]);
    expect(money('ارتفعت أرباح البنك إلى 812 مليون ريال.', 'ar', 'https://www.al-sharq.com/article/1')).toEqual([['812 مليون ريال', 'QAR', 'url']]);
    expect(money('رصدت الوزارة 3 مليارات جنيه لتطوير المستشفيات.', 'ar', 'https://www.elwatannews.com/news/details/1')).toEqual([['3 مليارات جنيه', 'EGP', 'url']]);
    expect(money('بلغ إيجار الشقة 400 دينار شهريا.', 'ar', 'https://www.jordanzad.com/index.php?page=article&id=1')).toEqual([['400 دينار شهريا', 'JOD', 'url']]);
    expect(money('بلغ سعر ربطة الخبز 4000 ليرة.', 'ar', 'https://www.enabbaladi.net/1')).toEqual([['4000 ليرة', 'SYP', 'url']]);
  });

  it('a portal\'s country edition by its host\'s first label: Yahoo Taiwan, Hong Kong, Malaysia', () => {
    expect(money('罰款金額由3000元提高至6000元。', 'zh-Hant', 'https://tw.sports.yahoo.com/news/1.html')).toEqual([
      ['3000元', 'TWD', 'url'], ['6000元', 'TWD', 'url'],
    ]);
    expect(countryOfHost('https://hk.style.yahoo.com/a')).toBe('HK');
    expect(countryOfHost('https://malaysia.news.yahoo.com/a')).toBe('MY');
    // A reader's own Yahoo page, Yahoo's US news, and a first label on another host are no edition.
    expect(countryOfHost('https://my.yahoo.com/')).toBe(null);
    expect(countryOfHost('https://news.yahoo.com/a')).toBe(null);
    expect(countryOfHost('https://tw.example.com/a')).toBe(null);
  });

  it('a copy served by an AMP cache is its outlet\'s', () => {
    expect(money('رصدت الوزارة 3 مليارات جنيه لتطوير المستشفيات.', 'ar', 'https://www-youm7-com.cdn.ampproject.org/c/s/www.youm7.com/story/1'))
      .toEqual([['3 مليارات جنيه', 'EGP', 'url']]);
    expect(countryOfHost('https://al--sharq-com.cdn.ampproject.org/c/s/al-sharq.com/a')).toBe('QA');
  });
});

describe('user-level: what the outlet does not decide', () => {
  it('the text naming another country outweighs the outlet', () => {
    // An Egyptian site on Saudi prices: SAR by the text, never a guess from the site.
    expect(money('قالت وزارة المالية السعودية إن الإيرادات بلغت 50 مليار ريال.', 'ar', 'https://www.masrawy.com/news/1'))
      .toEqual([['50 مليار ريال', 'SAR', 'text']]);
    // An Egyptian site on a Khartoum market: the Sudanese pound.
    expect(money('بلغ سعر جوال السكر في أسواق الخرطوم 45 ألف جنيه.', 'ar', 'https://www.youm7.com/story/1'))
      .toEqual([['45 ألف جنيه', 'SDG', 'text']]);
    // A Qatari paper on the Saudi budget.
    expect(money('أعلنت الرياض ميزانية بإنفاق 1251 مليار ريال.', 'ar', 'https://www.raya.com/news/1')).toEqual([['1251 مليار ريال', 'SAR', 'text']]);
    // A Hong Kong paper on a Shanghai fine.
    expect(money('上海一間公司因虛假宣傳被罰款50萬元。', 'zh-Hant', 'https://www.hk01.com/1')).toEqual([['50萬元', 'CNY', 'text']]);
  });

  it('pan-Arab and overseas outlets place nothing, under any domain', () => {
    expect(money('ارتفعت أرباح البنك إلى 812 مليون ريال.', 'ar', 'https://www.aljazeera.net/ebusiness/2024/1/1')).toEqual([['812 مليون ريال', null, null]]);
    // A London-registered pan-Arab paper writes no British pounds by a bare جنيه; a Russian agency's .ae no dirhams.
    expect(money('رصدت الوزارة 3 مليارات جنيه لتطوير المستشفيات.', 'ar', 'https://www.alaraby.co.uk/economy/1')).toEqual([['3 مليارات جنيه', null, null]]);
    expect(money('بلغت قيمة العقد 40 مليون درهم.', 'ar', 'https://sarabic.ae/20240101/1.html')).toEqual([['40 مليون درهم', null, null]]);
    expect(money('這項工程的總造價為300萬元。', 'zh-Hant', 'https://www.epochtimes.com/b5/24/1/1/n1.htm')).toEqual([['300萬元', null, null]]);
    // Their pages still take the country their text names.
    expect(money('أعلنت الرياض ميزانية بإنفاق 1251 مليار ريال.', 'ar', 'https://www.aljazeera.net/ebusiness/1')).toEqual([['1251 مليار ريال', 'SAR', 'text']]);
  });

  it('a host that merely contains a listed one, or another country\'s domain of the same brand, is not that outlet', () => {
    const text = '這項工程的總造價為300萬元。';
    expect(money(text, 'zh-Hant', 'https://notudn.com/news/1')).toEqual([['300萬元', null, null]]);
    expect(money(text, 'zh-Hant', 'https://udn.com.evil.net/news/1')).toEqual([['300萬元', null, null]]);
    // sina.com.tw is Taiwan's Sina; sina.com.hk Hong Kong's; chinatimes.net.cn a mainland paper, not Taiwan's 中時.
    expect(money(text, 'zh-Hant', 'https://news.sina.com.tw/article/1')).toEqual([['300萬元', 'TWD', 'url']]);
    expect(money(text, 'zh-Hant', 'https://news.sina.com.hk/1')).toEqual([['300萬元', 'HKD', 'url']]);
    expect(money(text, 'zh-Hant', 'https://www.chinatimes.net.cn/article/1.html')).toEqual([['300萬元', 'CNY', 'url']]);
    // Apple Daily was two papers: each by its host.
    expect(money(text, 'zh-Hant', 'https://hk.appledaily.com/news/1')).toEqual([['300萬元', 'HKD', 'url']]);
    expect(money(text, 'zh-Hant', 'https://tw.appledaily.com/new/1')).toEqual([['300萬元', 'TWD', 'url']]);
  });

  it('a generic portal\'s regional edition, by its locale (msn.com/zh-tw/, msn.com/ar-eg/), places its page', () => {
    expect(money('罰款金額由3000元提高至6000元。', 'zh-Hant', 'https://www.msn.com/zh-tw/news/national/1')).toEqual([
      ['3000元', 'TWD', 'url'], ['6000元', 'TWD', 'url'],
    ]);
    expect(money('罰款金額由3000元提高至6000元。', 'zh-Hant', 'https://www.msn.com/zh-hk/news/1')).toEqual([
      ['3000元', 'HKD', 'url'], ['6000元', 'HKD', 'url'],
    ]);
    expect(money('رصدت الوزارة 3 مليارات جنيه لتطوير المستشفيات.', 'ar', 'https://www.msn.com/ar-eg/news/other/1')).toEqual([['3 مليارات جنيه', 'EGP', 'url']]);
    // Not a script's name (zh-hant), a pan-Arab edition (ar-xl), a locale deeper in the path, or a pan-national outlet's.
    expect(money('罰款金額為3000元。', 'zh-Hant', 'https://example.com/zh-hant/news/1')).toEqual([['3000元', null, null]]);
    expect(money('罰款金額為3000元。', 'zh-Hant', 'https://example.com/news/zh-tw/1')).toEqual([['3000元', null, null]]);
    expect(money('رصدت الوزارة 3 مليارات جنيه.', 'ar', 'https://www.msn.com/ar-xl/news/1')).toEqual([['3 مليارات جنيه', null, null]]);
    expect(money('罰款金額為3000元。', 'zh-Hant', 'https://www.rfi.fr/tw/中國/1')).toEqual([['3000元', null, null]]);
  });

  it('a path segment in Latin letters places nothing; a slug in the text\'s own words does', () => {
    expect(money('ارتفعت أرباح البنك إلى 812 مليون ريال.', 'ar', 'https://example.com/qatar/1')).toEqual([['812 مليون ريال', null, null]]);
    const slug = `https://example.com/ar/${encodeURIComponent('أرباح-بنك-قطري')}`;
    expect(money('ارتفعت أرباح البنك إلى 812 مليون ريال.', 'ar', slug)).toEqual([['812 مليون ريال', 'QAR', 'url']]);
  });
});
