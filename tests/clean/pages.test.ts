import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { flattenTags, htmlToBlocks, limitNesting, MAX_NESTING } from '../../src/clean/html.js';
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
    const values = article.facts.map((f) => (f.kind === 'date' ? f.value : 'exact' in f ? f.exact : null));
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

describe('page structure words that are also JavaScript names', () => {
  it('a <constructor> tag or role="__proto__" is an ordinary element, not a boilerplate role', () => {
    const body = '公司去年营收3620亿元，同比增长5%，创历史新高，市场反应积极，股价随之上涨。';
    for (const html of [
      `<div role="constructor"><p>${body}</p></div>`,
      `<div role="__proto__"><p>${body}</p></div>`,
      `<constructor><p>${body}</p></constructor>`,
      `<div class="toString hasOwnProperty"><p>${body}</p></div>`,
    ]) {
      const { blocks } = htmlToBlocks(`<html><body>${html}</body></html>`);
      expect(blocks.map((b) => b.hint), html).toEqual([null]);
      const article = extractArticle({ html: `<html><body>${html}</body></html>` }, { refDate: '2025-06-19' });
      expect(article.paragraphs, html).toHaveLength(1);
    }
  });
});

describe('nesting', () => {
  it('keeps every paragraph of a page that never closes its <p>, <li> or <option> tags', () => {
    // They close each other, so the page is flat however many there are.
    const n = MAX_NESTING * 2;
    const html = `<select>${'<option>选项'.repeat(n)}</select><ul>${'<li>条目'.repeat(n)}</ul>${Array.from({ length: n }, (_, i) => `<p>第${i}段`).join('')}`;
    const texts = htmlToBlocks(html).blocks.map((b) => b.text);
    expect(texts.filter((t) => t === '条目')).toHaveLength(n);
    expect(texts.filter((t) => t.startsWith('第'))).toEqual(Array.from({ length: n }, (_, i) => `第${i}段`));
    expect(texts).not.toContain('选项');
  });

  it('reads a page nested past the limit without losing its text', () => {
    const deep = `${'<div>'.repeat(MAX_NESTING * 4)}<h1>标题</h1><p>正文。</p>${'</div>'.repeat(MAX_NESTING * 4)}`;
    const { blocks } = htmlToBlocks(deep);
    expect(blocks.map((b) => b.text)).toEqual(['标题', '正文。']);
    // Close tags that match nothing open: limitNesting cannot see the depth, the last resort flattens.
    const unmatched = `${'<div>段</span>'.repeat(MAX_NESTING * 4)}<script>var a = "<p>x</p>";</script>`;
    const flat = htmlToBlocks(unmatched).blocks.map((b) => b.text);
    expect(flat).toHaveLength(MAX_NESTING * 4);
    expect(flat.every((t) => t === '段')).toBe(true);
  });

  it('flattenTags keeps text and raw-text elements, turns block tags into line breaks', () => {
    expect(flattenTags('<div class="a">一<span>二</span></div><script>if (a<b) x()</script><p>三')).toBe('<br>一二<br><script>if (a<b) x()</script><br>三');
  });
});

describe('limitNesting', () => {
  it('leaves ordinary pages exactly as they are', () => {
    for (const f of ['pages/zh-news.html', 'pages/ar-news.html']) {
      const html = readFixture(f);
      expect(limitNesting(html)).toBe(html);
    }
  });

  it('drops only the tags past the limit, never the text or the paragraph breaks', () => {
    const html = `${'<div>'.repeat(5)}<p>文字</p>${'</div>'.repeat(5)}`;
    expect(limitNesting(html, 3)).toBe('<div><div><div><br><br><br>文字<br><br><br></div></div></div>');
    expect(limitNesting('<div><br><img src=x><p/>x</div>', 1)).toBe('<div><br><img src=x><p/>x</div>');
  });
});
