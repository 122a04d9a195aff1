import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';

// Inputs built to make regexes backtrack. Each must finish; the time is
// printed, and the test fails only on a gross blow-up (a catastrophic regex
// takes minutes on these sizes, linear code well under a second), so a busy
// machine cannot make it flake.
const GROSS_MS = 20_000;
const CASES: Array<[string, string]> = [
  ['100k digits', '1'.repeat(100_000)],
  ['亿 × 100k', '亿'.repeat(100_000)],
  ['digits and 亿 alternating', '3亿'.repeat(50_000)],
  // Lists that share a closing figure's scale and currency (../../src/extract/money/zh/lists.ts): each member looks
  // for the nearest currency before and after it once, not by a scan of the list.
  ['a list of 33k bare figures', `${'1、'.repeat(33_000)}5亿元`],
  ['a list of 15k members closing with 亿元', `营收分别为${'1.2和'.repeat(15_000)}5.6亿元`],
  ['a list of 30k members after a named currency', `人民币3000元${'、8000'.repeat(30_000)}人`],
  ['20k changes with no currency', `${'由3万增至'.repeat(20_000)}5万人`],
  ['10k spaces between number and unit', `3${' '.repeat(10_000)}亿元`],
  ['100k Arabic-Indic digits', '٣'.repeat(100_000)],
  ['100k tatweel', `مليار${'ـ'.repeat(100_000)}دولار`],
  ['mixed Arabic scale words', 'مليون '.repeat(20_000)],
  ['Arabic number words without a currency', 'ثلاثة وعشرين '.repeat(10_000)],
  ['Arabic numbers joined by و', 'و5 مليارات '.repeat(10_000)],
  ['Arabic range openers', 'بين 2 و'.repeat(15_000) + 'مليار دولار'],
  ['Arabic failed parses before a currency', '2 و3 '.repeat(20_000) + 'مليار دولار'],
  ['Arabic space-grouped digits', '1 000 '.repeat(20_000) + 'دينار'],
  ['Arabic reversed decimals', '5ر'.repeat(30_000) + '5 مليار ريال'],
  ['Arabic dotted groups', '1.000.'.repeat(20_000) + '000 دينار'],
  ['Arabic figures in parentheses', '(5) '.repeat(20_000) + 'ملايين دولار'],
  ['Arabic alternatives', '70 أو '.repeat(15_000) + '80 مليون يورو'],
  ['Arabic bare scaled figures in a money sentence', 'بلغت الأرباح 5 مليارات دولار و' + '4 مليارات، '.repeat(10_000)],
  ['Arabic continued amounts', '4 مليارات دينار و437 مليونا '.repeat(5_000)],
  ['Arabic ranges with a bare second figure', 'من 5 دنانير إلى '.repeat(10_000) + '7'],
  ['Arabic nouns counted by واحد', 'بدينار واحد '.repeat(10_000)],
  ['Arabic duals alone', 'بدينارين ريالين سعوديين '.repeat(5_000)],
  ['Arabic figures and fractions after و', '3 دولارات و45 '.repeat(8_000) + 'سنتا'],
  ['Arabic words restated in parentheses', 'خمسة آلاف (6000) '.repeat(10_000) + 'ريال'],
  ['Arabic ranges inside one bracket', '(350-400-'.repeat(10_000) + '500) جنيه'],
  ['Arabic dual ends and و ranges', 'من دينارين و6 دراهم إلى '.repeat(6_000) + '8 دراهم'],
  ['Arabic bracketed lists and digits restated in words', '(12,600) و(10,000) عشرة آلاف '.repeat(5_000) + 'جنيه'],
  ['Arabic alternatives after a currency', '14 ألف جنيه أو '.repeat(8_000) + '18 ألفا'],
  ['Arabic upper ends after وحتى and lists under a qualifier', '110 دج وحتى 120 دج ونحو 3 و'.repeat(5_000) + '5 ملايين دينار'],
  ['Arabic case numbers in brackets and centimes', 'رقم (2019-400) دينار 288 مليار سنتيم مقابل '.repeat(4_000) + '300 مليار'],
  ['currency symbols', '$'.repeat(50_000) + '5'],
  ['neighbouring numerals', '三四'.repeat(50_000) + '亿元'],
  ['yuan, jiao and fen', '5元3角'.repeat(20_000)],
  ['currency declared for what follows, back to back', '新臺幣(下同)5元'.repeat(10_000)],
  ['subunits alone', '5毛钱八毛五涨了7分'.repeat(10_000)],
  ['kuai with a jiao digit', '3块5'.repeat(25_000)],
  ['kuai with 零, 半 and a range', '两块零五分三块半两三块到'.repeat(8_000) + '五块'],
  ['k and M after digits', '月薪15k-20k 2M美元 4K视频 '.repeat(8_000)],
  ['Hong Kong 毫 and pence after a currency', '五蚊六毫3英镑50便士两美元又三美分'.repeat(6_000)],
  ['statute bounds without an end', '1万元以上'.repeat(20_000)],
  ['alternatives without an end', '1或'.repeat(50_000) + '万元'],
  ['named currency before figures', '日幣1'.repeat(30_000)],
  ['abbreviated units', '6萬9'.repeat(30_000)],
  ['money cues and counts without currency', '罚款用户700万'.repeat(15_000)],
  ['dateline places without a date, then a bare yuan', '中央社记者台湾台北'.repeat(10_000) + '5日电 罚款3000元'],
  ['dateline dates without a wire word', '（台北5日'.repeat(20_000) + '罚款3000元'],
  ['market words and places before a bare yuan', '港股香港港交所'.repeat(10_000) + '营收5亿元'],
  ['mainland law quoted back to back', '根据中国《法》'.repeat(10_000) + '罚款5万元。违者罚2万元。'],
  ['exchange rates back to back', '1美元兑'.repeat(20_000)],
  ['weekdays back to back', '上周五'.repeat(30_000)],
  ['day marks without months', '19日'.repeat(30_000)],
  ['month ranges without end', '1至'.repeat(50_000) + '6月'],
  ['ago phrases without a unit', '三'.repeat(100_000) + '年前'],
  ['Arabic ago with number words', 'منذ ثلاثة '.repeat(10_000) + 'أشهر'],
  ['spans of past units without a unit', '过去三'.repeat(30_000) + '年'],
  ['weekdays counted in months without a weekday', '5月的第二个'.repeat(15_000) + '星期日'],
  ['full dates joined without a second date', '2024年1月1日至'.repeat(10_000) + '2024年'],
  ['Arabic spans without a direction', 'الأيام الثلاثة '.repeat(10_000) + 'الماضية'],
  ['Arabic weekdays counted without a month', 'أول جمعة من '.repeat(10_000) + 'يوليو'],
  ['Arabic next days back to back', 'اليوم التالي '.repeat(10_000)],
  ['same days back without a day', '三年前的'.repeat(20_000) + '今天'],
  ['time ranges without an end', '6月20日9时至'.repeat(10_000)],
  ['Arabic day pairs without a month', 'يومي 10 و11 '.repeat(10_000)],
  ['Arabic day lists without a month', 'أيام 1 و2 و3 و4 و5 و6 و7 و8 و9 '.repeat(5_000)],
  ['Arabic weekday pairs without a month', 'يومي الأحد والإثنين 22 و23 '.repeat(8_000)],
  ['Arabic weekdays and ranks without a month', 'الجمعة الأولى من '.repeat(10_000)],
  ['national days without a country', 'اليوم الوطني الـ94 '.repeat(10_000)],
  ['Arabic time ranges without an end', 'من الساعة 9 حتى '.repeat(10_000)],
  ['seasons after years back to back', '今年的夏天2024年的'.repeat(10_000)],
  ['Arabic day pairs after في without a month', 'في 10 و11 '.repeat(10_000)],
  ['Arabic day ranges without a month word', 'من 20 إلى 25 من '.repeat(8_000)],
  ['Arabic month names side by side', 'أغسطس آب '.repeat(10_000)],
  ['Arabic days before الجاري without a cue', '17 الجاري '.repeat(10_000)],
  ['Chinese day ranges with 起 and no end', '本月15日起至'.repeat(10_000)],
  ['Arabic weekdays', 'الأحد الماضي '.repeat(10_000)],
  ['Arabic ordinal days', 'الحادي والعشرين من '.repeat(5_000)],
  ['Hijri markers', '1446 هـ '.repeat(15_000)],
  ['Arabic day ranges', '13 إلى '.repeat(15_000) + 'يوليو'],
  ['Arabic year ranges and pairs', 'بين عامي 2016 و'.repeat(10_000) + '2018'],
  ['Arabic month lists', 'شهري يناير و'.repeat(10_000) + 'فبراير'],
  ['Arabic clock words', 'الساعة الرابعة و'.repeat(10_000) + 'النصف'],
  ['Arabic times back to back', '12:34 '.repeat(20_000)],
  ['Arabic fiscal phrases', 'الربع المالي الأول من السنة المالية '.repeat(5_000) + '2023'],
  ['Arabic feasts', 'عيد الفطر '.repeat(15_000)],
  ['Arabic restated days', 'اليوم (الثلاثاء) '.repeat(10_000)],
  ['years without end', '2025年'.repeat(20_000)],
  ['month lists without end', '5、'.repeat(30_000) + '月'],
  ['day lists without a month', '3月5、'.repeat(20_000)],
  ['weekdays opening brackets', '星期六('.repeat(20_000)],
  ['lunar markers', '农历'.repeat(30_000) + '八月'],
  ['year ranges back to back', '2016-'.repeat(20_000)],
  ['short years', '113年'.repeat(20_000)],
  ['restated days', '今天('.repeat(20_000) + '6月'],
  ['1 MB line of Chinese without breaks', '公司营收增长，'.repeat(150_000)],
  ['separators', '-|'.repeat(50_000)],
  ['percent signs', '%'.repeat(100_000) + '5'],
  ['percent ranges without end', '5至'.repeat(50_000) + '8%'],
  ['百分之 without a number', '百分之'.repeat(30_000)],
  ['numerals before 成 and 折', '一二三四五六七八九'.repeat(10_000) + '成折'],
  ['percentages in one sentence', '同比增长5%，'.repeat(15_000)],
  ['Arabic percent ranges', 'بين 5 و'.repeat(15_000) + '8%'],
  ['Arabic numbers joined by و before a percent word', '5 و'.repeat(20_000) + '3 في المئة'],
  ['Arabic points without a number', 'نقاط '.repeat(20_000) + 'مئوية'],
  ['Arabic percentages in one sentence', 'ارتفعت بنسبة 5% على أساس سنوي، '.repeat(5_000)],
];

const PROSE = '<p>公司去年营收43亿元，同比增长12%，海外市场收入占比首次超过一半，管理层表示今年将继续扩张。</p>';
// Pages that attack the HTML parser and the tree walks: each must finish and
// still yield the prose buried in it.
const HTML_CASES: Array<[string, string]> = [
  ['100k nested divs', `<html><body>${'<div>'.repeat(100_000)}${PROSE}${'</div>'.repeat(100_000)}</body></html>`],
  ['100k unclosed inline tags', `<html><body>${'<span><b>'.repeat(50_000)}${PROSE}</body></html>`],
  ['100k stray closing tags', `<html><body>${'<div>'.repeat(500)}${PROSE}${'</span>'.repeat(100_000)}</body></html>`],
  ['100k siblings with children at depth 500', `<html><body>${'<div>'.repeat(500)}${'<b>x</b>'.repeat(100_000)}${PROSE}</body></html>`],
  ['100k nested headings and lists', `<html><body>${'<ul><li><h2>'.repeat(30_000)}${PROSE}</body></html>`],
  ['an attribute of 1 MB', `<html><body><div class="${'a '.repeat(500_000)}">${PROSE}</div></body></html>`],
  ['100k comment openers', `<html><body>${'<!--'.repeat(100_000)}${PROSE}</body></html>`],
];

describe('worst-case pages finish in linear time and keep their prose', () => {
  for (const [name, html] of HTML_CASES) {
    it(name, () => {
      const t0 = performance.now();
      const a = extractArticle({ html });
      const ms = performance.now() - t0;
      console.log(`${name}: ${(html.length / 1000).toFixed(0)}k chars in ${ms.toFixed(0)} ms`);
      if (!name.includes('comment')) expect(a.facts.map((f) => f.text)).toContain('43亿元');
      expect(ms).toBeLessThan(GROSS_MS);
    });
  }
});

describe('worst-case inputs finish in linear time', () => {
  for (const [name, text] of CASES) {
    it(name, () => {
      const t0 = performance.now();
      const a = extractArticle({ text });
      const ms = performance.now() - t0;
      console.log(`${name}: ${(text.length / 1000).toFixed(0)}k chars in ${ms.toFixed(0)} ms`);
      expect(a.text.length).toBeGreaterThanOrEqual(0);
      expect(ms).toBeLessThan(GROSS_MS);
    });
  }
});
