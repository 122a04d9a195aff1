import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countBelow } from '../../src/util/search.js';
import { Sentences } from '../../src/facts/sentences.js';

describe('countBelow', () => {
  it('counts the keys below x in a sorted list, as a scan would (repeats and ends included)', () => {
    const sorted = fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 30 }).map((a) => a.sort((x, y) => x - y));
    fc.assert(
      fc.property(sorted, fc.integer({ min: -7, max: 7 }), (keys, x) => {
        expect(countBelow(keys.length, (i) => keys[i] as number, x)).toBe(keys.filter((k) => k < x).length);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});

describe('Sentences.range', () => {
  it('gives the sentence that holds each offset, the last one for the end of the text', () => {
    const text = '营收1亿元。净利3000万元！\nعائدات 5 ملايين. Next';
    const s = new Sentences(text);
    const seen = new Set<string>();
    for (let at = 0; at <= text.length; at++) {
      const [a, b] = s.range(at);
      expect(a <= Math.min(at, text.length - 1) && (at < b || at === text.length)).toBe(true);
      seen.add(text.slice(a, b));
    }
    expect([...seen]).toEqual(['营收1亿元。', '净利3000万元！\n', 'عائدات 5 ملايين.', ' Next']);
  });
});
