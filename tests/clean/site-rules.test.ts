import { describe, expect, it } from 'vitest';
import { applySiteRule, findSiteRule, parseSiteRules, SiteRulesError, type SiteRule } from '../../src/clean/site-rules.js';
import { serialize } from '../../src/cli/format.js';
import { readArticle } from '../../src/article/schema.js';
import { extractArticle } from '../../src/pipeline.js';
import { readFixture } from '../helpers.js';

const rules = (r: unknown) => parseSiteRules(JSON.stringify(r));
const money = (a: { facts: Array<{ kind: string; text: string }> }) => a.facts.filter((f) => f.kind === 'money').map((f) => f.text);

// Pages written for these tests in the shape of real sites. What the general
// cleaner did with each when they were written is said above it: the tests
// hold only what the rule must give, so a better general cleaner breaks none.
describe('site rules on pages shaped like real sites', () => {
  // A two-paragraph Chinese brief with an inline "相关阅读" link, a bulleted
  // list of figures, a share bar and an editor credit in its body, under a
  // portal's navigation and above a "热门推荐" list and comments. The general
  // cleaner kept only the headline: the body went as outside-body, the
  // list as link-list.
  const brief = readFixture('site-rules/zh-brief.html');
  const briefRule = {
    match: 'example-news.cn',
    body: '.art-text',
    drop: ['.read-more', '.share-bar', '.editor'],
    title: 'h1.art-title',
    published: '.art-info .time',
  };

  it('zh brief: keeps the whole body, list included, and nothing else (URL from og:url)', () => {
    const a = extractArticle({ html: brief }, { siteRules: rules([briefRule]) });
    expect(a.siteRule).toBe('example-news.cn');
    expect(a.warnings).toEqual([]);
    expect(a.title).toBe('星河电池二季度营收增长');
    expect(a.text).toBe(
      ['星河电池二季度营收增长', '星河电池19日公告，二季度营收18.6亿元。', '公司表示，海外订单占比升至三成。', '储能业务收入5.2亿元', '研发投入1.1亿元', '新建产线两条'].join('\n\n'),
    );
    expect(money(a)).toEqual(['18.6亿元', '5.2亿元', '1.1亿元']);
    expect(a.published).toBe('2025-06-19T08:30');
    expect(a.publishedSource).toBe('site-rule');
    // Dropped elements first, as "site-rule"; the rest of the page as outside-body.
    expect(a.removed.slice(0, 3)).toEqual([
      { text: '相关阅读：电池行业半年盘点', reason: 'site-rule' },
      { text: '分享到： 微信 微博 QQ空间', reason: 'site-rule' },
      { text: '（责任编辑：王某）', reason: 'site-rule' },
    ]);
    expect(a.removed.slice(3).every((r) => r.reason === 'outside-body')).toBe(true);
    expect(a.removed.map((r) => r.text)).toContain('网友评论：这家公司我一直看好，去年买的股票已经赚了30万元，希望继续涨下去。');
    expect(a.text).not.toContain('30万元');
    expect(a.text).not.toContain('pageConfig');
  });

  // An Arabic page whose og:title and <title> are the site's name, whose
  // headline is a div, and whose three body paragraphs each hold inline
  // links, with an inline "اقرأ أيضا" block and share links among them. The
  // general cleaner gave the site name as the title and no body at all
  // (the paragraphs went as links and outside-body).
  const arabic = readFixture('site-rules/ar-inline-links.html');
  const arabicRule = {
    match: 'alwaha-news.example',
    body: '.article-body',
    drop: ['.related-inline', '.social'],
    title: '.article-header .headline',
    published: '.pub-date',
  };

  it('ar inline links: the title, the three paragraphs and their figures; the date from its text (URL from the canonical link)', () => {
    const a = extractArticle({ html: arabic }, { siteRules: rules([arabicRule]) });
    expect(a.siteRule).toBe('alwaha-news.example');
    expect(a.title).toBe('شركة النخيل للإسمنت ترفع أرباحها إلى 40 مليون دينار');
    expect(a.text.split('\n\n').slice(1)).toEqual([
      'أعلنت شركة النخيل للإسمنت أن أرباحها ارتفعت إلى 40 مليون دينار.',
      'وقال الرئيس التنفيذي إن الصادرات نمت.',
      'وتبلغ قيمة الاستثمارات الجديدة 12 مليون دينار.',
    ]);
    expect(money(a)).toEqual(['40 مليون دينار', '40 مليون دينار', '12 مليون دينار']);
    expect(a.published).toBe('2025-06-19');
    expect(a.text).not.toContain('اقرأ أيضا');
    expect(a.text).not.toContain('واتساب');
    expect(a.text).not.toContain('الأكثر قراءة');
  });

  // A Hong Kong paper's story in two parts around an ad, with a
  // subscription offer inside the second part (a prose paragraph with two
  // prices) and the author's bio after the story. The general cleaner kept
  // the offer and the bio, so the offer's 港幣1元 and 2萬港元 became facts.
  const story = readFixture('site-rules/zh-hk-story.html');
  const storyRule = { match: 'news.example.hk', body: '.story-part, .story-part p', drop: ['.tip-box'] };

  it('zh-Hant story: both parts of the body in order, once each (nested matches), without the offer and the bio', () => {
    const a = extractArticle({ html: story, url: 'https://news.example.hk/2025/03/06/mtr.html' }, { siteRules: rules([storyRule]) });
    const body = a.text.split('\n\n').slice(1);
    expect(body).toHaveLength(4);
    expect(body[0]).toMatch(/^港鐵公司昨日公布全年業績/u);
    expect(body[3]).toMatch(/^分析師認為/u);
    expect(money(a)).toEqual(['78億港元', '78億港元', '0.89港元', '約65億港元', '約為45億港元', '逾900億港元']);
    expect(a.text).not.toContain('訂閱');
    expect(a.text).not.toContain('本文作者');
    // Without a title selector the page's own h1; its date from its meta tag.
    expect(a.title).toBe('港鐵公布全年業績 盈利回升至78億港元');
    expect(a.publishedSource).toBe('meta:article:published_time');
    expect(a.removed[0]).toMatchObject({ reason: 'site-rule' });
    expect(a.removed[0]?.text).toMatch(/^訂閱本報電子版/u);
  });

  it('a body that matches nothing: the general cleaner reads the page (drops still apply), warning site-rule-missed', () => {
    const url = 'https://news.example.hk/2025/03/06/mtr.html';
    const plain = extractArticle({ html: story, url });
    const missed = extractArticle({ html: story, url }, { siteRules: rules([{ match: 'news.example.hk', body: '.no-such-class' }]) });
    expect(missed.siteRule).toBe('news.example.hk');
    expect(missed.warnings).toEqual(['site-rule-missed']);
    expect({ ...missed, siteRule: null, warnings: [] }).toEqual(plain);
    const withDrop = extractArticle({ html: story, url }, { siteRules: rules([{ match: 'news.example.hk', body: '#gone', drop: ['.tip-box'] }]) });
    expect(withDrop.warnings).toEqual(['site-rule-missed']);
    expect(withDrop.text).not.toContain('訂閱');
    expect(withDrop.text).toContain('分析師認為');
  });

  it('a body that matches only hidden or empty elements counts as missed', () => {
    const html = `<html><body><h1>公司营收增长</h1><div class="content" hidden><p>隐藏的段落。</p></div>
      <article><p>公司去年营收43亿元，同比增长两成，净利润为5亿元，创下历史新高，管理层表示将继续扩大海外业务。</p></article></body></html>`;
    const a = extractArticle({ html, url: 'https://example.com/a' }, { refDate: '2025-11-20', siteRules: rules([{ match: 'example.com', body: '.content' }]) });
    expect(a.warnings).toEqual(['site-rule-missed']);
    expect(a.text).toContain('公司去年营收43亿元');
    expect(a.text).not.toContain('隐藏');
  });

  it('inside the body: short lines stay, exact repeats and script text go, the headline is not repeated', () => {
    const html = `<html><head><title>站点</title></head><body><div class="main">
      <h1>某公司发布公告</h1><p>短讯。</p><p>某公司发布公告。</p><p>短讯。</p>
      <script>document.write("广告 99亿元")</script><style>.x{}</style><p>募资10亿元</p></div></body></html>`;
    const a = extractArticle({ html, url: 'https://example.com/a' }, { siteRules: rules([{ match: 'example.com', body: '.main' }]) });
    expect(a.title).toBe('某公司发布公告');
    expect(a.text).toBe('某公司发布公告\n\n短讯。\n\n某公司发布公告。\n\n募资10亿元');
    expect(a.removed).toEqual([{ text: '短讯。', reason: 'duplicate' }]);
    // "某公司发布公告。" differs from the headline by its full stop: it is body text.
  });

  it('a body selector whose matches nest keeps the outermost, whole', () => {
    const html = `<html><body><article><p>第一段。</p><ul><li>营收43亿元</li></ul><p>第二段。</p></article><aside><p>旁边。</p></aside></body></html>`;
    const a = extractArticle({ html, url: 'https://example.com/a' }, { siteRules: rules([{ match: 'example.com', body: 'article p, article' }]) });
    expect(a.text).toBe('第一段。\n\n营收43亿元\n\n第二段。');
    expect(a.removed).toEqual([{ text: '旁边。', reason: 'outside-body' }]);
  });

  it('published: a datetime or content attribute, or the text, normalised; else the page\'s own date', () => {
    const page = (el: string) => `<html><head><meta name="pubdate" content="2024-01-02"></head><body>${el}<article><p>公司去年营收43亿元。</p></article></body></html>`;
    const pub = (el: string, published: string) =>
      extractArticle({ html: page(el), url: 'https://example.com/' }, { siteRules: rules([{ match: 'example.com', body: 'article', published }]) });
    expect(pub('<time class="d" datetime="2025-06-19T08:00:00+08:00">昨天</time>', 'time.d')).toMatchObject({ published: '2025-06-19T08:00:00+08:00', publishedSource: 'site-rule' });
    expect(pub('<meta itemprop="dateCreated" content="2025/6/19 20:03">', 'meta[itemprop=dateCreated]')).toMatchObject({ published: '2025-06-19T20:03' });
    expect(pub('<span class="d">发布时间：2025年6月19日 20:03</span>', 'span.d')).toMatchObject({ published: '2025-06-19T20:03' });
    expect(pub('<span class="d">الخميس 19 يونيو 2025</span>', 'span.d')).toMatchObject({ published: '2025-06-19' });
    expect(pub('<span class="d">昨天</span>', 'span.d')).toMatchObject({ published: '2024-01-02', publishedSource: 'meta:pubdate' });
    expect(pub('', 'span.none')).toMatchObject({ published: '2024-01-02', publishedSource: 'meta:pubdate' });
  });

  it('title: the text of the first match (a <title>, a <meta> content), without script text; a rule without body cleans the page generally', () => {
    const html = readFixture('pages/zh-news.html');
    const url = 'https://www.example.com/x';
    const plain = extractArticle({ html, url });
    const ruled = extractArticle({ html, url }, { siteRules: rules([{ match: 'example.com', title: 'title' }]) });
    expect(ruled.title).toBe('宁德时代一季度净利润增长 海外收入超300亿元_财经频道_某某新闻网');
    expect(ruled.siteRule).toBe('example.com');
    expect(ruled.warnings).toEqual([]);
    expect(ruled.text.split('\n\n').slice(1)).toEqual(plain.text.split('\n\n').slice(1));
    expect(ruled.removed).toEqual(plain.removed);
    const meta = extractArticle({ html, url }, { siteRules: rules([{ match: 'example.com', title: 'meta[property="og:title"]' }]) });
    expect(meta.title).toBe('宁德时代一季度净利润增长 海外收入超300亿元');
    const h1 = extractArticle(
      { html: '<html><body><h2 class="t">标题<script>var x = 1;</script> 在这里</h2><article><p>公司去年营收43亿元。</p></article></body></html>', url: 'https://example.com/' },
      { siteRules: rules([{ match: 'example.com', body: 'article', title: 'h2.t' }]) },
    );
    expect(h1.title).toBe('标题 在这里');
  });
});

describe('a page no rule is for is cleaned as without rules, byte for byte', () => {
  const pages = [readFixture('pages/zh-news.html'), readFixture('pages/ar-news.html'), readFixture('site-rules/zh-brief.html'), readFixture('site-rules/ar-inline-links.html')];
  const other = rules([{ match: 'other.example', body: 'article', drop: ['p', 'div'], title: 'h1', published: 'time' }]);
  it.each(pages.map((html, i) => [i, html] as const))('page %i', (_i, html) => {
    for (const url of [null, 'https://www.example.org/a', 'https://notother.example/', 'not a url']) {
      const plain = serialize(extractArticle({ html, url }));
      expect(serialize(extractArticle({ html, url }, { siteRules: other })), String(url)).toBe(plain);
      expect(serialize(extractArticle({ html, url }, { siteRules: [] })), String(url)).toBe(plain);
    }
  });
  it('text input is never touched by site rules', () => {
    const text = '公司宣布融资\n记者获悉，公司完成新一轮融资，金额为43亿美元。';
    const all = rules([{ match: 'example.com', body: 'p' }]);
    expect(serialize(extractArticle({ text, url: 'https://example.com/a' }, { siteRules: all }))).toBe(serialize(extractArticle({ text, url: 'https://example.com/a' })));
  });
});

describe('which rule a URL gets', () => {
  const set = rules([
    { match: 'example.com' },
    { match: 'example.com/business/' },
    { match: 'news.example.com' },
    { match: 'Example.COM/business/' },
    { match: '例子.中国' },
    { match: 'shop.example.net.' },
  ]);
  const which = (url: string | null) => findSiteRule(set, url)?.match ?? null;
  it.each([
    ['https://example.com/', 'example.com'],
    ['https://www.example.com/a/b.html', 'example.com'],
    ['http://EXAMPLE.com./x', 'example.com'],
    ['https://example.com:8443/x', 'example.com'],
    ['https://news.example.com/a', 'news.example.com'],
    ['https://a.b.example.com/', 'example.com'],
    // Longest match wins: the path prefix over the host, over the subdomain rule (shorter).
    ['https://www.example.com/business/x.html', 'example.com/business/'],
    ['https://news.example.com/business/x.html', 'example.com/business/'],
    // The path is a prefix of the path, case and all.
    ['https://example.com/business', 'example.com'],
    ['https://example.com/Business/x', 'example.com'],
    ['https://badexample.com/', null],
    ['https://example.com.evil.org/', null],
    ['https://example.co/', null],
    ['https://xn--fsqu00a.xn--fiqs8s/a', '例子.中国'],
    ['https://www.例子.中国/a', '例子.中国'],
    ['https://shop.example.net/a', 'shop.example.net.'],
    ['//www.example.com/a', 'example.com'],
    ['ftp://example.com/', null],
    ['file:///example.com/x', null],
    ['example.com/a', null],
    [null, null],
  ])('%s → %s', (url, want) => {
    expect(which(url)).toBe(want);
  });
  it('of two matches as long, the first in the file', () => {
    const two = rules([{ match: 'a.example.com', body: '.first' }, { match: 'b.example.com' }, { match: 'a.example.com', body: '.second' }]);
    expect(findSiteRule(two, 'https://a.example.com/')?.body).toBe('.first');
  });
  it('the URL given wins over the page\'s canonical link', () => {
    const html = readFixture('site-rules/zh-brief.html');
    const two = rules([{ match: 'example-news.cn', body: '.art-text' }, { match: 'mirror.example.org', body: '.hot-list' }]);
    expect(extractArticle({ html, url: 'https://mirror.example.org/a' }, { siteRules: two }).siteRule).toBe('mirror.example.org');
    expect(extractArticle({ html }, { siteRules: two }).siteRule).toBe('example-news.cn');
  });
});

describe('parseSiteRules', () => {
  const error = (json: string) => {
    try {
      parseSiteRules(json);
    } catch (e) {
      expect(e).toBeInstanceOf(SiteRulesError);
      return (e as Error).message;
    }
    throw new Error('no error');
  };
  it('reads a list of rules, every field but match optional', () => {
    const r: SiteRule[] = parseSiteRules('[{"match":"example.com","body":"article .content","drop":[".related",".share"],"title":"h1.headline","published":"time[datetime]"},{"match":"example.org"}]');
    expect(r).toEqual([
      { match: 'example.com', body: 'article .content', drop: ['.related', '.share'], title: 'h1.headline', published: 'time[datetime]' },
      { match: 'example.org' },
    ]);
    expect(parseSiteRules('[]')).toEqual([]);
  });
  it.each([
    ['{not json', /^not JSON: /u],
    ['{"match":"example.com"}', /^rules: not a list/u],
    ['[{"body":"p"}]', /^rules\[0\]\.match: missing \(every rule needs a match/u],
    ['[{"match":"example.com"},{"match":""}]', /^rules\[1\]\.match: empty/u],
    ['[{"match":"example.com","body":"div["}]', /^rules\[0\]\.body: "div\[" is not a CSS selector/u],
    ['[{"match":"example.com"},{"match":"example.org","drop":[".a","p:nosuch"]}]', /^rules\[1\]\.drop\[1\]: "p:nosuch" is not a CSS selector/u],
    ['[{"match":"example.com","title":"h1 >> p"}]', /^rules\[0\]\.title: /u],
    ['[{"match":"example.com","published":"a,"}]', /^rules\[0\]\.published: "a," is not a CSS selector/u],
    ['[{"match":"example.com","drop":".related"}]', /^rules\[0\]\.drop: /u],
    ['[{"match":"example.com","drops":[".x"]}]', /^rules\[0\]: unknown field "drops"/u],
    ['[{"match":"https://example.com/"}]', /^rules\[0\]\.match: "https:\/\/example.com\/" is not a host name/u],
    ['[{"match":"example.com?id=3"}]', /^rules\[0\]\.match: .* is not a host name/u],
    ['[{"match":"com"}]', /^rules\[0\]\.match: "com" is not a host name/u],
  ])('%s', (json, want) => {
    const message = error(json);
    expect(message).toMatch(want);
    expect(message).not.toMatch(/\n/u);
  });
});

describe('applySiteRule', () => {
  it('leaves the page as given when the rule changes nothing', () => {
    const html = '<html><body><p>x</p></body></html>';
    expect(applySiteRule(html, { match: 'example.com', drop: ['.none'], title: 'p' })).toMatchObject({ html, marks: null, missed: false, title: 'x', dropped: [] });
    expect(applySiteRule(html, { match: 'example.com', body: '.none' })).toMatchObject({ html, marks: null, missed: true });
  });
});

// Pages no site is made of, for the time cheerio takes: htmlparser2's open
// elements are a list it searches, and cheerio searches an element's
// children with a quadratic pass, so each of these took minutes before the
// page was bounded (as the cleaner bounds it) and wrapped. The limit is
// generous; what is checked is that each page gives a valid article. (A
// rule's own selectors can still be slow on such a page: css-select counts
// siblings for :nth-child.)
describe('site rules on worst-case pages', () => {
  const N = 100_000;
  const cases = {
    'nested 100k deep': `${'<div>'.repeat(N)}公司去年营收43亿元。${'</div>'.repeat(N)}`,
    'nested 100k deep, closed by tags that match nothing': `${'<div></span>'.repeat(N)}公司去年营收43亿元。`,
    // No figures here: 33,000 of them would be refused as too-many-facts (issue 17) before the walk is timed.
    '100k top-level paragraphs, a third of them dropped': '<p>公司发布年度报告。</p><p class="ad">广告</p><p>市场反应平稳。</p>'.repeat(N / 3),
    '100k top-level line breaks': `${'<br>'.repeat(N)}<p>公司去年营收43亿元。</p>`,
  };
  const set = rules([{ match: 'example.com', body: 'div, p', drop: ['span', '.ad'], title: 'h1', published: 'time' }]);
  it.each(Object.entries(cases))('%s', { timeout: 60_000 }, (_name, html) => {
    const a = extractArticle({ html, url: 'https://example.com/a' }, { siteRules: set });
    expect(a.siteRule).toBe('example.com');
    const b = extractArticle({ html }, { siteRules: set });
    expect(b.siteRule).toBe(null);
  });
});

describe('article files written before site rules', () => {
  it('read with siteRule null and no warnings', () => {
    const a = extractArticle({ text: '公司宣布融资\n记者获悉，公司完成新一轮融资，金额为43亿美元。' }, { refDate: '2025-11-20' });
    const { siteRule: _s, warnings: _w, ...old } = JSON.parse(serialize(a)) as Record<string, unknown>;
    expect(readArticle(old)).toEqual(a);
    expect(readArticle(JSON.parse(serialize({ ...a, siteRule: 'example.com', warnings: ['site-rule-missed'] })))).toMatchObject({ siteRule: 'example.com', warnings: ['site-rule-missed'] });
  });
});
