import { describe, expect, it } from 'vitest';
import { compareArticles, compareRuns } from '../../src/diff/compare.js';
import { DiffDocument } from '../../src/diff/schema.js';
import { extractArticle } from '../../src/pipeline.js';
import type { Article } from '../../src/article/schema.js';
import { BASE, EDITED } from './edits.js';

const extract = (text: string) => extractArticle({ text, file: 'a.txt' }, { refDate: '2025-06-19' });

describe('compareArticles', () => {
  it('reports exactly the known edits: one added, one removed, one amount changed, one paragraph removed', () => {
    const d = compareArticles('a', extract(BASE), extract(EDITED));
    expect(d).not.toBeNull();
    const facts = d!.facts.filter((f) => f.status !== 'moved');
    expect(facts.map((f) => (f.status === 'changed' ? [f.status, f.old.text, f.new.text] : [f.status, f.fact.text]))).toEqual([
      ['changed', '3620亿元', '3625亿元'],
      ['removed', '约200亿元'],
      ['added', '186亿元'],
    ]);
    const changed = d!.facts.find((f) => f.status === 'changed');
    expect(changed?.status === 'changed' && changed.fields.map((f) => f.field)).toEqual(['text', 'amount', 'exact']);
    expect(d!.counts).toMatchObject({ added: 1, removed: 1, changed: 1 });
    expect(d!.paragraphs.filter((p) => p.status !== 'edited')).toEqual([
      { status: 'removed', index: 3, text: expect.stringContaining('动力电池行业竞争格局'), was: null },
    ]);
    // The paragraphs whose figures changed are reported as edited, not as removed and added.
    expect(d!.paragraphs.filter((p) => p.status === 'edited').map((p) => p.index)).toEqual([1, 2, 3]);
    // Facts after the removed paragraph only moved: hidden by default, present in the document.
    expect(d!.facts.filter((f) => f.status === 'moved').map((f) => f.status === 'moved' && f.new.text)).toEqual(['2025年', '年底', '约73亿欧元']);
    expect(d!.fields).toEqual([]);
  });

  it('finds no differences between two runs of the same input', () => {
    expect(compareArticles('a', extract(BASE), extract(BASE))).toBeNull();
  });

  it('reports a fact whose value changed without its text changing (a rule change)', () => {
    const a = extract(BASE);
    const b: Article = structuredClone(a);
    const f = b.facts.find((x) => x.kind === 'money' && x.text === '约73亿欧元');
    if (f?.kind !== 'money') throw new Error('fixture lost its euro figure');
    f.currency = 'USD';
    f.qualifier = 'exact';
    const d = compareArticles('a', a, b);
    expect(d?.facts).toEqual([{ status: 'changed', old: expect.objectContaining({ currency: 'EUR' }), new: f, fields: [
      { field: 'currency', old: 'EUR', new: 'USD' },
      { field: 'qualifier', old: 'approx', new: 'exact' },
    ] }]);
  });

  it('reports lang, script, title and published changes', () => {
    const a = extract(BASE);
    const b: Article = { ...structuredClone(a), title: '新标题', published: '2025-06-18' };
    expect(compareArticles('a', a, b)?.fields).toEqual([
      { field: 'title', old: a.title, new: '新标题' },
      { field: 'published', old: a.published, new: '2025-06-18' },
    ]);
  });

  it('pairs facts of a paragraph split in two as moved, not removed and added', () => {
    const merged = BASE.replace('同比下降9.7%。\n\n公司拟', '同比下降9.7%。公司拟');
    const d = compareArticles('a', extract(merged), extract(BASE));
    expect(d?.counts).toMatchObject({ added: 0, removed: 0, changed: 0 });
  });
});

describe('compareRuns', () => {
  const a = extract(BASE);
  const b = extract(EDITED);
  const ar = extractArticle({ text: 'أرامكو تعلن نتائجها السنوية\n\nسجلت شركة أرامكو السعودية أرباحا صافية بلغت 100 مليار دولار في عام 2024، بانخفاض عن العام السابق بسبب تراجع أسعار النفط وكميات الإنتاج.', file: 'ar.txt' }, { refDate: '2025-06-19' });

  it('counts articles added and removed between runs, and validates as the diff document', () => {
    const doc = compareRuns(new Map([['a', a], ['gone', ar]]), new Map([['a', b], ['new', ar]]));
    expect(DiffDocument.parse(doc)).toEqual(doc);
    expect(doc.articles.map((x) => [x.id, x.status])).toEqual([['a', 'changed'], ['gone', 'removed'], ['new', 'added']]);
    expect(doc.summary).toMatchObject({ articles: 3, compared: 3, added: 1 + ar.facts.length, removed: 1 + ar.facts.length, changed: 1 });
  });

  it('filters by language, kind and article', () => {
    const runs = [new Map([['a', a], ['gone', ar]]), new Map([['a', b], ['new', ar]])] as const;
    expect(compareRuns(...runs, { lang: 'ar' }).articles.map((x) => x.id)).toEqual(['gone', 'new']);
    expect(compareRuns(...runs, { article: (id) => id === 'a' }).summary.compared).toBe(1);
    const dates = compareRuns(...runs, { kind: 'date' });
    // The edits in "a" touch money only; its dates merely moved.
    expect(dates.articles.find((x) => x.id === 'a')?.counts).toEqual({ added: 0, removed: 0, changed: 0, moved: 2 });
    expect(dates.articles.flatMap((x) => x.facts).every((f) => (f.status === 'added' || f.status === 'removed' ? f.fact : f.new).kind === 'date')).toBe(true);
  });
});

describe('doubts in the review', () => {
  it('a page that lost its text shows its new warnings and cleaner beside the facts it lost', () => {
    const before = extractArticle({ text: '国家统计局今天发布数据，10月份全国居民消费价格同比上涨0.2%。', file: 'a.txt' }, { refDate: '2025-11-20' });
    const after = extractArticle({ html: '<ul><li><a href="/">首页</a></li><li><a href="/a">财经</a></li><li><a href="/b">科技</a></li></ul>', file: 'a.txt' }, { refDate: '2025-11-20' });
    const d = compareArticles('a', before, after);
    expect(d?.fields.find((f) => f.field === 'warnings')).toEqual({ field: 'warnings', old: null, new: 'empty-text, lang-und' });
    const whole = extractArticle({ text: before.text, file: 'a.txt', clean: false }, { refDate: '2025-11-20' });
    expect(compareArticles('a', before, whole)?.fields).toEqual([{ field: 'cleaner', old: 'general', new: 'whole' }]);
  });
});
