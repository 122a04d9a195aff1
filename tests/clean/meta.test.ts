import { describe, expect, it } from 'vitest';
import { htmlToBlocks, MAX_JSON_LD } from '../../src/clean/html.js';
import { publishedFromUrl } from '../../src/clean/published.js';
import { articleJsonSchema, readArticle } from '../../src/article/schema.js';
import { extractArticle } from '../../src/pipeline.js';
import { readFixture } from '../helpers.js';

// Test pages written in the shape of news sites in each region: the head a
// CMS writes (metas, JSON-LD, scripts), navigation, the article, furniture.
// Each says what the page declares about itself, what the headline is, and
// what must never reach the article: text from scripts, templates, noscript,
// styles and JSON in attributes (with dates and figures in it, so that a leak
// would also show as a fact).
const PAGES = {
  'zh-mainland.html': {
    url: null,
    page: { canonicalUrl: 'https://finance.huaxia.example/stock/2025-07-14/doc-abc123.shtml', siteName: '华夏财经网', author: '张晓东', lang: 'zh-CN' },
    published: ['2025-07-14T19:32:00+08:00', 'meta:article:published_time'],
    modified: ['2025-07-15T08:10:00+08:00', 'meta:article:modified_time'],
    // <title>…_财经频道_华夏财经网: the site (declared by application-name) and the channel go; the logo h1 is no headline.
    title: '华光电池上半年营收增长18% 海外订单超200亿元',
    keep: ['预计上半年实现营业收入约412亿元', '新签海外订单金额超过200亿元', '计划投资约55亿元'],
    never: ['广告位', '2019', '2018', '2017', '2016', '5000元', '80万元', '模板', '请开启', 'document', 'display:flex'],
  },
  'zh-taiwan.html': {
    url: null,
    // No canonical link: og:url. article:author is a profile URL, so JSON-LD's author.name.
    page: { canonicalUrl: 'https://www.zhonghua-times.example/realtimenews/20250620001234-260410', siteName: '中華時報新聞網', author: '林怡君', lang: 'zh-Hant-TW' },
    published: ['2025-06-20T11:02:00+08:00', 'json-ld:datePublished'],
    modified: ['2025-06-20T15:45:00+08:00', 'meta:og:updated_time'],
    title: '台積電擬加碼美國投資 新廠預算上看150億美元',
    keep: ['預算上看150億美元', '新廠預計於2028年量產', '400億美元以上'],
    never: ['中華時報新聞網', 'schema.org', 'logo.png'],
  },
  'zh-hongkong.html': {
    url: null,
    page: { canonicalUrl: null, siteName: null, author: null, lang: 'zh-HK' },
    // Empty <title>, a script that writes document.title, an h1 filled by document.write: the headline is the one printed.
    published: ['2025-06-23T16:20', 'byline'],
    modified: [null, null],
    title: '港股午後反彈 恒指收升312點',
    keep: ['收市升312點，報24180點', '全日成交額約1250億港元', '短期支持位在23800點'],
    never: ['articleTitle', 'document', 'write', '2019', '2018', '12月31日', '舊標題', '2017', '東方港聞'],
  },
  'ar-gulf.html': {
    url: null,
    // <title> and twitter:title are the site's name; og:title holds the headline.
    page: { canonicalUrl: '/economy/2025/05/12/ports-record-profit', siteName: 'الخليج اليوم', author: 'سارة المنصوري', lang: 'ar' },
    published: ['2025-05-12T08:30:00+04:00', 'json-ld:datePublished'],
    modified: ['2025-05-12T13:05:00+04:00', 'json-ld:dateModified'],
    title: 'موانئ الإمارات تسجل أرباحا قياسية بقيمة 4.5 مليار درهم',
    keep: ['أرباحا صافية بلغت 4.5 مليار درهم', 'نحو 1.2 مليار دولار'],
    never: ['الخليج اليوم', 'schema.org'],
  },
  'ar-egypt.html': {
    // The page prints no date: the one in its URL's path.
    url: 'https://www.egypt-today.example/story/2025/6/19/central-bank-rates/123456',
    page: { canonicalUrl: null, siteName: 'اليوم المصري', author: 'أحمد عبد الله', lang: 'ar-EG' },
    published: ['2025-06-19', 'url'],
    modified: [null, null],
    title: 'البنك المركزي يبقي أسعار الفائدة دون تغيير',
    keep: ['عند 24 في المئة و25 في المئة', 'نحو 48 مليار دولار'],
    never: ['اليوم المصري', 'كتب أحمد'],
  },
  'ar-maghreb.html': {
    url: null,
    // JSON-LD that JSON.parse refuses (a raw line break in a string, a trailing comma) is read by the fallback;
    // an empty author meta says nothing; itemprop gives the published date, JSON-LD the modified one.
    page: { canonicalUrl: null, siteName: 'المغرب الآن', author: 'يوسف بنعلي', lang: 'ar-MA' },
    published: ['2025-06-18T10:15:00+01:00', 'itemprop:datePublished'],
    modified: ['2025-06-18T18:40:00+01:00', 'json-ld:dateModified'],
    title: 'المغرب يطلق برنامجا لدعم المقاولات الصغيرة بقيمة 3 مليارات درهم',
    keep: ['يناهز 3 مليارات درهم', 'لا تتجاوز قيمتها 500 ألف درهم'],
    never: ['خبر قديم', '2016', 'related', 'line-height', 'المغرب الآن'],
  },
} as const;

describe.each(Object.entries(PAGES))('%s', (file, want) => {
  const html = readFixture(`pages/meta/${file}`);
  const article = extractArticle({ html, file, url: want.url });

  it('reads canonical URL, site name, author and declared language', () => {
    expect(article.page).toEqual(want.page);
  });
  it('keeps the published and modified dates apart, each with its source', () => {
    expect([article.published, article.publishedSource]).toEqual(want.published);
    expect([article.modified, article.modifiedSource]).toEqual(want.modified);
  });
  it('takes the headline the page declares, without the site name', () => {
    expect(article.title).toBe(want.title);
    expect(article.paragraphs[0]?.role).toBe('title');
    // The headline block is not printed again as body.
    expect(article.text.indexOf(want.title, 1)).toBe(-1);
  });
  it('keeps the body and nothing from scripts, templates, styles or attributes', () => {
    let at = 0;
    for (const k of want.keep) {
      const i = article.text.indexOf(k, at);
      expect(i, k).toBeGreaterThan(0);
      at = i;
    }
    for (const n of want.never) expect(article.text, n).not.toContain(n);
    const years = article.facts.flatMap((f) => (f.kind === 'date' && f.value ? [f.value.slice(0, 4)] : []));
    for (const y of ['2016', '2017', '2018', '2019']) expect(years).not.toContain(y);
  });
});

/** The headline cleanPage takes from a page's head and top. */
function titleOf(head: string, body = '', url?: string): string | null {
  const p = '<p>公司去年营收3620亿元，同比增长5%，创历史新高，市场反应积极，股价随之上涨，分析人士普遍看好后市表现。</p>';
  return extractArticle({ html: `<html><head>${head}</head><body>${body}<div class="content">${p}</div></body></html>`, url }, { refDate: '2025-06-19' }).title;
}

describe('titles', () => {
  it('a <title> loses a site-name suffix that equals or contains the declared site name', () => {
    expect(titleOf('<title>央行宣布下调存款准备金率_华夏财经</title><meta property="og:site_name" content="华夏财经">')).toBe('央行宣布下调存款准备金率');
    expect(titleOf('<title>央行宣布下调存款准备金率_华夏财经_华夏网</title><meta property="og:site_name" content="华夏财经">')).toBe('央行宣布下调存款准备金率');
    expect(titleOf('<title>ارتفاع أسعار النفط في الأسواق العالمية | الخليج اليوم</title><meta name="application-name" content="الخليج اليوم">'))
      .toBe('ارتفاع أسعار النفط في الأسواق العالمية');
    // The site name first.
    expect(titleOf('<title>الخليج اليوم - ارتفاع أسعار النفط في الأسواق العالمية</title><meta property="og:site_name" content="الخليج اليوم">'))
      .toBe('ارتفاع أسعار النفط في الأسواق العالمية');
  });

  it('a <title> loses its suffix when another candidate confirms the headline part', () => {
    expect(titleOf('<title>油價連三漲 週二起每公升再漲0.2元 - 中華時報新聞網</title>', '<h1>油價連三漲 週二起每公升再漲0.2元</h1>'))
      .toBe('油價連三漲 週二起每公升再漲0.2元');
    expect(titleOf('<title>油價連三漲 週二起每公升再漲0.2元 | 中華時報</title><meta property="og:title" content="油價連三漲 週二起每公升再漲0.2元">'))
      .toBe('油價連三漲 週二起每公升再漲0.2元');
    // An h1 that is the name <title> ends with is the site's logo, not the headline.
    expect(titleOf('<title>沪指收涨0.8% 成交额再破万亿_东方财讯</title>', '<h1><a href="/">东方财讯</a></h1>')).toBe('沪指收涨0.8% 成交额再破万亿');
    // So is an og:title that is the same name.
    expect(titleOf('<title>沪指收涨0.8% 成交额再破万亿_东方财讯</title><meta property="og:title" content="东方财讯">')).toBe('沪指收涨0.8% 成交额再破万亿');
  });

  it('a <title> with nothing to say which part is the site keeps every part', () => {
    expect(titleOf('<title>油价上涨 - 分析师称或持续到年底</title>')).toBe('油价上涨 - 分析师称或持续到年底');
    // A hyphen inside a word is no separator.
    expect(titleOf('<title>A-share rally lifts brokers_Daily Markets</title><meta property="og:site_name" content="Daily Markets">')).toBe('A-share rally lifts brokers');
  });

  it('og:title before the h1 and <title>; JSON-LD headline before <title>', () => {
    // The h1 is a section name that nothing confirms.
    expect(titleOf('<title>华夏财经</title><meta property="og:title" content="央行宣布下调存款准备金率">', '<h1>财经要闻</h1>')).toBe('央行宣布下调存款准备金率');
    expect(titleOf('<title>华夏财经</title><meta property="og:site_name" content="华夏财经"><script type="application/ld+json">{"@type":"NewsArticle","headline":"央行宣布下调存款准备金率"}</script>'))
      .toBe('央行宣布下调存款准备金率');
    // The h1 as printed wins when another candidate says the same.
    expect(titleOf('<meta property="og:title" content="央行宣布下调存款准备金率 | 华夏财经">', '<h1>央行宣布下调存款准备金率</h1>')).toBe('央行宣布下调存款准备金率');
  });

  it('a <title> that is only the site name, or a channel name, is no headline', () => {
    const t = titleOf('<title>الخليج اليوم</title><meta property="og:site_name" content="الخليج اليوم">', '<div class="t">ارتفاع أسعار النفط في الأسواق العالمية</div>');
    expect(t).toBe('ارتفاع أسعار النفط في الأسواق العالمية');
    expect(titleOf('<title>华夏财经 - 首页</title><meta property="og:site_name" content="华夏财经">')).toBeNull();
  });

  it('never takes a title from script text', () => {
    const cases = [
      // A <title> holds raw text: a script in it is characters, not a script.
      '<title><script>document.write("港股收市 " + new Date(2019, 0, 1))</script></title>',
      '<title></title><script>document.title = "港股收市 2019年1月1日";</script>',
      '<meta property="og:title" content="{{ article.title }}">',
      '<meta property="og:title" content=\'{"headline":"港股收市","datePublished":"2019-01-01"}\'>',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"var t = function() { return 2019; }"}</script>',
    ];
    for (const head of cases) {
      const a = extractArticle({ html: `<html><head>${head}</head><body><h1><script>document.write(t)</script></h1><div class="content"><p>恒生指數收市升312點，全日成交額約1250億港元，科技股表現突出，資金回流大型股。</p></div></body></html>` });
      expect(a.title, head).toBeNull();
      expect(a.text, head).not.toMatch(/document|script|2019|headline|\{/u);
      expect(a.facts.filter((f) => f.kind === 'date'), head).toEqual([]);
    }
  });

  it('reads an h1 as a reader sees it: script text inside it is not part of it', () => {
    const { meta } = htmlToBlocks('<h1>恒指收升312點<script>document.write(" 2019")</script><noscript>請開啟腳本</noscript></h1><h1>另一個</h1>');
    expect(meta.h1).toBe('恒指收升312點');
    expect(htmlToBlocks('<template><h1>模板標題</h1></template><div hidden><h1>隱藏標題</h1></div><h1>真正的標題</h1>').meta.h1).toBe('真正的標題');
    // A page that shows no h1 at all: the hidden one is its headline (a story shipped hidden, shown by script).
    expect(htmlToBlocks('<template><h1>模板標題</h1></template><div style="display:none"><h1>隱藏標題</h1></div><p>正文</p>').meta.h1).toBe('隱藏標題');
  });
});

/** What the pipeline reads from a page's head. */
function pageOf(head: string, opts: { url?: string; htmlAttrs?: string; body?: string } = {}) {
  const html = `<html${opts.htmlAttrs ?? ''}><head>${head}</head><body>${opts.body ?? ''}<p>公司去年营收3620亿元，同比增长5%，创历史新高，市场反应积极，股价随之上涨，分析人士普遍看好后市表现。</p></body></html>`;
  return extractArticle({ html, url: opts.url });
}

describe('page metadata', () => {
  it('canonical URL: <link rel=canonical> before og:url; a relative one made absolute against the input URL', () => {
    const head = '<meta property="og:url" content="https://m.example.com/a/1"><link rel="alternate stylesheet" href="/x.css"><link rel="Canonical" href="/news/a-1.html">';
    expect(pageOf(head).page.canonicalUrl).toBe('/news/a-1.html');
    expect(pageOf(head, { url: 'https://www.example.com/m/a/1?from=app' }).page.canonicalUrl).toBe('https://www.example.com/news/a-1.html');
    expect(pageOf('<meta property="og:url" content="https://m.example.com/a/1">').page.canonicalUrl).toBe('https://m.example.com/a/1');
  });

  it('site name: og:site_name, then application-name, then JSON-LD publisher.name', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"甲报"}}</script>';
    expect(pageOf(`${ld}<meta name="application-name" content="乙网"><meta property="og:site_name" content="丙新闻">`).page.siteName).toBe('丙新闻');
    expect(pageOf(`${ld}<meta name="application-name" content="乙网">`).page.siteName).toBe('乙网');
    expect(pageOf(ld).page.siteName).toBe('甲报');
  });

  it('author: meta, article:author unless a URL, JSON-LD author.name (string, object or first of an array), rel=author text', () => {
    const ld = (author: string) => `<script type="application/ld+json">{"@type":"NewsArticle","author":${author}}</script>`;
    expect(pageOf('<meta name="author" content="王明">').page.author).toBe('王明');
    expect(pageOf('<meta property="article:author" content="李华">').page.author).toBe('李华');
    expect(pageOf(`<meta property="article:author" content="https://www.facebook.com/someone">${ld('"陈静"')}`).page.author).toBe('陈静');
    expect(pageOf(ld('{"@type":"Person","name":"陈静"}')).page.author).toBe('陈静');
    expect(pageOf(ld('[{"@type":"Person","name":"陈静"},{"@type":"Person","name":"周杰"}]')).page.author).toBe('陈静');
    expect(pageOf(ld('["陈静","周杰"]')).page.author).toBe('陈静');
    expect(pageOf('', { body: '<div class="by">文／<a rel="author" href="/u/9">黃小明</a></div>' }).page.author).toBe('黃小明');
    expect(pageOf('').page.author).toBeNull();
  });

  it('declared language: <html lang>, else a content-language meta; not the detected language', () => {
    const a = pageOf('', { htmlAttrs: ' lang="en"' });
    expect(a.page.lang).toBe('en');
    expect(a.lang).toBe('zh');
    expect(pageOf('<meta http-equiv="content-language" content="zh-TW, en">').page.lang).toBe('zh-TW');
    expect(pageOf('').page.lang).toBeNull();
  });

  it('JSON-LD: a @graph, an array of objects, the article before other objects', () => {
    const graph = '{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2020-01-01","dateModified":"2020-01-02"},{"@type":["NewsArticle"],"datePublished":"2025-06-19T08:00:00+08:00","dateModified":"2025-06-19T09:00:00+08:00"}]}';
    const a = pageOf(`<script type="application/ld+json">${graph}</script>`);
    expect([a.published, a.modified]).toEqual(['2025-06-19T08:00:00+08:00', '2025-06-19T09:00:00+08:00']);
    const list = '[{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","datePublished":"2025-06-18"}]';
    expect(pageOf(`<script type="application/ld+json">${list}</script>`).published).toBe('2025-06-18');
  });

  it('JSON-LD too long to parse is read by patterns, on its bounded start', () => {
    const big = `{"@type":"NewsArticle","datePublished":"2025-06-19","articleBody":"${'很长的正文'.repeat(MAX_JSON_LD / 4)}"}`;
    const a = pageOf(`<script type="application/ld+json">${big}</script>`);
    expect([a.published, a.publishedSource]).toEqual(['2025-06-19', 'json-ld:datePublished']);
    // Unterminated, and a million characters: still read, still bounded.
    const broken = `{"@type":"NewsArticle","dateModified":"2025-06-20","headline":"${'\\"'.repeat(500_000)}`;
    expect(pageOf(`<script type="application/ld+json">${broken}</script>`).modified).toBe('2025-06-20');
  });

  it('published and modified stay apart: a page with only a modified date has no published date', () => {
    const a = pageOf('<meta property="article:modified_time" content="2025-06-20T10:00:00+08:00">');
    expect([a.published, a.publishedSource, a.modified, a.modifiedSource]).toEqual([null, null, '2025-06-20T10:00:00+08:00', 'meta:article:modified_time']);
    // Relative dates are not resolved against when the page was modified.
    expect(a.refDate).toBeNull();
  });

  it('modified: article:modified_time, og:updated_time, JSON-LD, itemprop, then last-modified metas (HTTP dates too)', () => {
    const all = [
      '<meta http-equiv="Last-Modified" content="Thu, 19 Jun 2025 08:05:00 GMT">',
      '<meta itemprop="dateModified" content="2025-06-19T07:00">',
      '<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2025-06-19T06:00"}</script>',
      '<meta property="og:updated_time" content="2025-06-19T05:00">',
      '<meta property="article:modified_time" content="2025-06-19T04:00">',
    ];
    const want = [
      ['2025-06-19T08:05:00Z', 'meta:last-modified'], ['2025-06-19T07:00', 'itemprop:dateModified'], ['2025-06-19T06:00', 'json-ld:dateModified'],
      ['2025-06-19T05:00', 'meta:og:updated_time'], ['2025-06-19T04:00', 'meta:article:modified_time'],
    ];
    for (let n = 1; n <= all.length; n++) {
      const a = pageOf(all.slice(0, n).join(''));
      expect([a.modified, a.modifiedSource]).toEqual(want[n - 1]);
      expect(a.published).toBeNull();
    }
  });

  it('published: metas and JSON-LD before <time>; a date in the URL only when the page gives none', () => {
    const url = 'https://news.example.com/2025/06/17/story.html';
    expect([pageOf('<meta name="pubdate" content="2025-06-18">', { url }).published, pageOf('<meta name="pubdate" content="2025-06-18">', { url }).publishedSource])
      .toEqual(['2025-06-18', 'meta:pubdate']);
    const timed = pageOf('', { url, body: '<time datetime="2025-06-16T10:00">6月16日</time>' });
    expect([timed.published, timed.publishedSource]).toEqual(['2025-06-16T10:00', 'time[datetime]']);
    const fromUrl = pageOf('', { url });
    expect([fromUrl.published, fromUrl.publishedSource, fromUrl.refDate]).toEqual(['2025-06-17', 'url', '2025-06-17']);
    // The canonical URL when the input has none.
    expect(pageOf('<link rel="canonical" href="https://news.example.com/a/20250615/x.html">').published).toBe('2025-06-15');
    // Never from a modified date or an invalid day.
    expect(pageOf('<meta property="article:published_time" content="2025-02-30">').published).toBeNull();
  });

  it('plain text declares nothing', () => {
    const a = extractArticle({ text: '公司去年营收3620亿元，同比增长5%，创历史新高。' });
    expect(a.page).toEqual({ canonicalUrl: null, siteName: null, author: null, lang: null });
    expect([a.modified, a.modifiedSource]).toEqual([null, null]);
  });
});

describe('a date in a URL path', () => {
  it.each([
    ['https://www.example.com/2025/06/19/slug', '2025-06-19'],
    ['https://www.example.com/story/2025/6/19/slug/123456', '2025-06-19'],
    ['https://www.example.com/news/20250619/123.html', '2025-06-19'],
    ['https://www.example.com/c/2025-06-19/doc-abcdef.shtml', '2025-06-19'],
    ['https://www.example.com/n1/2025/0619/c1004-123.html', '2025-06-19'],
    ['https://www.example.com/2025-06/19/c_123.htm', '2025-06-19'],
    ['/local/2024/02/29/leap', '2024-02-29'],
  ])('%s → %s', (url, want) => {
    expect(publishedFromUrl(url)).toBe(want);
  });

  it.each([
    'https://www.example.com/2025/06/slug', // a month, not a day
    'https://www.example.com/2025/02/30/slug', // no such day
    'https://www.example.com/2023/02/29/slug',
    'https://www.example.com/realtimenews/20250619001234-260410', // an id that starts like a date
    'https://www.example.com/article?date=2025-06-19', // the query is not the path
    'https://2025-06-19.example.com/x', // nor the host
    'https://www.example.com/2025/13/01/x',
    'not a url at all',
  ])('%s → null', (url) => {
    expect(publishedFromUrl(url)).toBeNull();
  });
});

describe('the output format', () => {
  it('an article file written before page and modified existed still reads, with them null', () => {
    const now = extractArticle({ text: '公司去年营收3620亿元，同比增长5%，创历史新高。' }, { refDate: '2025-06-19' });
    const { page: _page, modified: _modified, modifiedSource: _source, ...before } = now;
    expect(readArticle(JSON.parse(JSON.stringify(before)))).toEqual(now);
  });

  it('the JSON Schema (newsfacts schema) has page, modified and modifiedSource', () => {
    const schema = articleJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }>; required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['page', 'modified', 'modifiedSource']));
    expect(Object.keys(schema.properties.page?.properties ?? {})).toEqual(['canonicalUrl', 'siteName', 'author', 'lang']);
  });
});

describe('metadata built to be slow finishes and keeps the prose', () => {
  const PROSE = '<p>公司去年营收43亿元，同比增长12%，海外市场收入占比首次超过一半，管理层表示今年将继续扩张。</p>';
  const cases: Array<[string, string, string?]> = [
    ['a <title> of 1 MB of separators', `<title>${'标题 _ | - '.repeat(100_000)}</title>`],
    ['an og:title of 1 MB of JSON openers', `<meta property="og:title" content='${'{"a":'.repeat(200_000)}'>`],
    ['10k JSON-LD blocks', '<script type="application/ld+json">{"@type":"WebPage","name":"x"}</script>'.repeat(10_000)],
    ['JSON-LD nested 150k deep', `<script type="application/ld+json">${'['.repeat(150_000)}</script>`],
    ['JSON-LD of 200k authors', `<script type="application/ld+json">{"@type":"NewsArticle","author":[${'{"name":"甲"},'.repeat(200_000)}]}</script>`],
    ['a canonical URL of 1 MB of digits', `<link rel="canonical" href="/${'2025/'.repeat(200_000)}">`],
    ['an input URL of 1 MB', '', `https://example.com/${'20250619'.repeat(125_000)}`],
  ];
  it.each(cases)('%s', (_name, head, url) => {
    const a = extractArticle({ html: `<html><head>${head}</head><body>${PROSE}</body></html>`, url: url ?? null });
    expect(a.facts.map((f) => f.text)).toContain('43亿元');
    expect(a.title).toBeNull();
  }, 60_000);
});
