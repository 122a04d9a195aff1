import { describe, expect, it } from 'vitest';
import { wordDiff, type WordEdit } from '../../src/diff/words.js';

const side = (d: WordEdit[], drop: WordEdit['op']) => d.filter((w) => w.op !== drop).map((w) => w.text).join('');
const changed = (d: WordEdit[]) => d.filter((w) => w.op !== 'same').map((w) => `${w.op}:${w.text}`);

describe('wordDiff', () => {
  it('marks whole Chinese words, not single characters, and rebuilds both texts', () => {
    const was = '公司表示，2025年将继续加大海外市场投入，总投资约73亿欧元。';
    const now = '公司表示，2025年将继续加大国内市场投入，总投资约73亿欧元，研发投入186亿元。';
    const d = wordDiff(was, now, 'zh');
    expect(side(d, 'ins')).toBe(was);
    expect(side(d, 'del')).toBe(now);
    expect(changed(d)).toEqual(['del:海外', 'ins:国内', 'ins:，研发投入186亿元']);
  });

  it('marks Arabic words between spaces', () => {
    const was = 'سجلت الشركة أرباحا بلغت 100 مليار دولار';
    const now = 'سجلت الشركة أرباحا بلغت 120 مليار دولار';
    const d = wordDiff(was, now, 'ar');
    expect(changed(d)).toEqual(['del:100', 'ins:120']);
    expect(side(d, 'del')).toBe(now);
  });

  it('equal texts: one piece, nothing marked', () => {
    expect(wordDiff('同比下降9.7%。', '同比下降9.7%。', 'zh')).toEqual([{ op: 'same', text: '同比下降9.7%。' }]);
  });
});
