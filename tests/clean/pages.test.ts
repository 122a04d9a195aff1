import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { limitNesting } from '../../src/clean/html.js';
import { extractArticle } from '../../src/pipeline.js';
import { readFixture } from '../helpers.js';

// What a reader of each page keeps and drops: the headline, the body in
// order, none of the navigation, related lists, comments, sidebar or footer.
const PAGES = {
  'zh-news.html': {
    lang: 'zh', script: 'Hans', published: '2025-04-15T08:30:12',
    title: '宁德时代一季度净利润增长 海外收入超300亿元',
    keep: ['本报北京4月15日电', '归属于上市公司股东的净利润139.63亿元', '研发投入保持高位', '公司全年营收有望突破4000亿元'],
    drop: ['财经频道', '新闻', '正文', '微博', '2000元红包', '相关阅读', '比亚迪', '网友评论', '赚了30万元', '热门排行', '明星离婚案', '版权所有', '隐私政策', '2019年广告', '来源：某某新闻网'],
  },
  'ar-news.html': {
    lang: 'ar', script: 'Arab', published: '2025-05-11T09:15:00+03:00',
    title: 'أرامكو تعلن أرباحا بقيمة 26 مليار دولار في الربع الأول',
    keep: ['أعلنت شركة أرامكو السعودية', 'حوالي 19.2 مليار دولار', 'لا يزال قويا'],
    drop: ['الرئيسية', 'رياضة', 'تويتر', 'اقرأ أيضا', 'سابك', 'جميع الحقوق محفوظة', 'سياسة الخصوصية', 'المصدر: وكالات'],
  },
} as const;

describe.each(Object.entries(PAGES))('%s', (file, want) => {
  const html = readFixture(`pages/${file}`);
  const article = extractArticle({ html, file });

  it('keeps the headline first and the body in order', () => {
    expect(article.title).toBe(want.title);
    expect(article.text.startsWith(want.title)).toBe(true);
    let at = 0;
    for (const k of want.keep) {
      const i = article.text.indexOf(k, at);
      expect(i, k).toBeGreaterThanOrEqual(0);
      at = i;
    }
  });
  it('drops navigation, related lists, comments, sidebars and footers', () => {
    for (const d of want.drop) expect(article.text, d).not.toContain(d);
  });
  it('finds language, script and the publication date', () => {
    expect(article).toMatchObject({ lang: want.lang, script: want.script, published: want.published });
  });
  it('takes no facts from boilerplate', () => {
    const values = article.facts.map((f) => (f.kind === 'date' ? f.value : f.exact));
    for (const v of ['2023', '2022', '2020', '2018', '500000000', '300000']) expect(values).not.toContain(v);
  });
  it('cleans the same when the page is saved in a legacy encoding', () => {
    const enc = want.lang === 'zh' ? 'gbk' : 'win1256';
    const label = want.lang === 'zh' ? 'gbk' : 'windows-1256';
    const declared = iconv.encode(html.replace('charset="utf-8"', `charset="${label}"`), enc);
    const undeclared = iconv.encode(html.replace('<meta charset="utf-8">', ''), enc);
    for (const bytes of [declared, undeclared]) {
      const a = extractArticle({ bytes, file });
      expect(a.text).toBe(article.text);
      expect(a.facts).toEqual(article.facts);
    }
  });
});

describe('limitNesting', () => {
  it('leaves ordinary pages exactly as they are', () => {
    for (const f of ['pages/zh-news.html', 'pages/ar-news.html']) {
      const html = readFixture(f);
      expect(limitNesting(html)).toBe(html);
    }
  });

  it('drops only the tags past the limit, never the text', () => {
    const html = `${'<div>'.repeat(5)}<p>文字</p>${'</div>'.repeat(5)}`;
    expect(limitNesting(html, 3)).toBe('<div><div><div>   文字   </div></div></div>');
    expect(limitNesting('<div><br><img src=x><p/>x</div>', 1)).toBe('<div><br><img src=x><p/>x</div>');
  });
});
