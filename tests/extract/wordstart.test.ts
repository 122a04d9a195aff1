import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AR_DATE_RULES } from '../../src/extract/date/ar/rules.js';
import { ZH_DATE_RULES } from '../../src/extract/date/zh/rules.js';
import { matchAll, splitWordStart } from '../../src/extract/wordstart.js';

/** What the regex with its look-behind finds: the reference. */
function reference(re: RegExp, text: string): Array<[number, string]> {
  const r = new RegExp(re.source, re.flags);
  const out: Array<[number, string]> = [];
  for (let m = r.exec(text); m; m = r.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) r.lastIndex++;
  }
  return out;
}

const WORDS = ['上周三', '5月', '3日', '2025年', '去年', '一', '十', '每', '.', '-', '年', '月', '号', '周', '前', '在', 'في', '15', 'يونيو', '2025', 'عام', 'العام', 'الماضي', 'الأحد', 'يوم', 'منذ', 'ثلاثة', 'أشهر', 'الربع', 'الأول', 'من', 'و', 'ب', 'ل', 'ـ', 'ً', 'x', '3', ' ', ' ', '،', '.', '\n', '𠀋', 'مليار', 'دولار'];

describe('word-start look-behind checked by hand', () => {
  it('splits the look-behind off the rules that begin with it', () => {
    expect(AR_DATE_RULES.filter((r) => splitWordStart(r.pattern).before !== null).length).toBeGreaterThan(15);
    expect(ZH_DATE_RULES.filter((r) => splitWordStart(r.pattern).before !== null).length).toBeGreaterThan(5);
  });

  it('finds exactly the matches of the original regex, for every date rule, on random Arabic text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), (words) => {
        const text = words.join('');
        for (const rule of [...AR_DATE_RULES, ...ZH_DATE_RULES]) {
          expect([...matchAll(rule.pattern, text)].map((m) => [m.index, m[0]]), rule.name).toEqual(reference(rule.pattern, text));
        }
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});
