import { describe, expect, it } from 'vitest';
import { SENTENCE_MAX, SENTENCE_WINDOW } from '../../src/facts/sentences.js';
import { serialize } from '../../src/cli/format.js';
import { extractArticle, MAX_FACTS } from '../../src/pipeline.js';

// Text with no sentence break: every figure's sentence is the whole text.
const figures = (n: number) => '5元，'.repeat(n);

describe("a fact's sentence", () => {
  it('is the whole sentence when it is short', () => {
    const text = '公司去年营收43亿元，同比增长12%。今年预计超过50亿元。';
    const a = extractArticle({ text, clean: false });
    expect(a.facts.find((f) => f.text === '43亿元')?.sentence).toBe('公司去年营收43亿元，同比增长12%。');
  });

  it('of a sentence with no end is a verbatim window around the fact, not the whole text', () => {
    const text = figures(2_000);
    const a = extractArticle({ text, clean: false });
    expect(a.facts.length).toBe(2_000);
    for (const f of a.facts) {
      expect(f.sentence.length).toBeLessThanOrEqual(2 * SENTENCE_WINDOW + f.text.length);
      expect(f.sentence).toContain(f.text);
      const at = text.indexOf(f.sentence, Math.max(0, f.start - SENTENCE_WINDOW - 1));
      expect(at, f.sentence).toBeGreaterThanOrEqual(f.start - SENTENCE_WINDOW);
      expect(at).toBeLessThanOrEqual(f.start);
    }
    expect(SENTENCE_MAX).toBeLessThan(text.length);
  });

  it('never splits a surrogate pair when cut', () => {
    const text = '📈5元，'.repeat(400);
    const a = extractArticle({ text, clean: false });
    expect(a.facts.length).toBe(400);
    for (const f of a.facts) expect(f.sentence).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/u);
  });
});

describe('output grows linearly with the input', () => {
  it('twice the figures in one unbroken sentence give about twice the JSON, not four times', () => {
    const size = (n: number) => serialize(extractArticle({ text: figures(n), clean: false })).length;
    const small = size(2_000);
    const large = size(4_000);
    expect(large / small).toBeGreaterThan(1.8);
    expect(large / small).toBeLessThan(2.2);
  });

  it('a page with more figures than MAX_FACTS fails alone with its own code', () => {
    expect(() => extractArticle({ text: figures(MAX_FACTS + 1), clean: false })).toThrow(
      expect.objectContaining({ code: 'too-many-facts' }),
    );
  });
});
