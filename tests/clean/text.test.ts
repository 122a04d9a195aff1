import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/index.js';
import { removePinyinGlosses } from '../../src/clean/pinyin.js';
import { extractArticle } from '../../src/pipeline.js';

const body = (s: string) => `${s}这是正文的一部分，内容足够长，用来说明这是一个真正的新闻段落，而不是导航。`;

describe('plain-text cleaning', () => {
  it('removes pinyin glosses after Han characters, and nothing else', () => {
    expect(removePinyinGlosses('證券時報網(wǎng)作者,現(xiàn)金')).toBe('證券時報網作者,現金');
    expect(removePinyinGlosses('应用程序接口(API)业务和(de)字')).toBe('应用程序接口(API)业务和(de)字');
    expect(removePinyinGlosses('English (café) text')).toBe('English (café) text');
  });

  it('keeps a body printed twice once', () => {
    const p1 = '记者从公司获悉，这笔交易已经获得监管部门批准，预计将在下个季度完成交割，双方团队正在整合。';
    const p2 = '分析人士指出，本次收购有助于公司拓展海外市场，但整合风险不容忽视，股价短期内可能出现波动。';
    const c = cleanPage({ text: ['标题在这里出现一次', p1, p2, '免责声明：本文仅供参考，不构成投资建议', '标题在这里出现一次', p1, p2].join('\n') });
    expect(c.paragraphs.filter((p) => p === p1)).toHaveLength(1);
    expect(c.paragraphs.filter((p) => p === p2)).toHaveLength(1);
    expect(c.title).toBe('标题在这里出现一次');
  });

  it('drops keyword-stuffed link-farm lines and bullet headline lists', () => {
    const text = [
      '在线观看-免费观看-国产精品-久久精品-一区二区-天天视频',
      '公司宣布重大收购',
      body('公司宣布完成收购。'),
      body('交易对价为43亿美元。'),
      '热门排行',
      '• 某明星离婚案细节曝光 某明星离婚 | 2023-05-02',
      '• 股市今日大涨 股市今日 | 2023-05-02',
      '• 新车上市价格公布 新车上市 | 2023-05-03',
    ].join('\n');
    const a = extractArticle({ text });
    expect(a.title).toBe('公司宣布重大收购');
    expect(a.text).not.toContain('在线观看');
    expect(a.text).not.toContain('明星');
    expect(a.facts.filter((f) => f.kind === 'date')).toEqual([]);
  });

  it('keeps a subheading between body paragraphs and drops credits after the body', () => {
    const text = ['标题：某公司季度报告出炉', body('第一段。'), '业绩增长超预期', body('第二段。'), '责编：张三', '校对：李四'].join('\n');
    const c = cleanPage({ text });
    expect(c.paragraphs).toContain('业绩增长超预期');
    expect(c.paragraphs.join()).not.toContain('张三');
    expect(c.removed.map((r) => r.reason)).toContain('credit');
  });

  it('never alters kept characters: every paragraph is a substring of the page', () => {
    const text = `  导航\n${body('第一段，含全角数字４３億美元。')}\n${body('第二段。')}\n`;
    for (const p of cleanPage({ text }).paragraphs) expect(text).toContain(p);
  });
});
