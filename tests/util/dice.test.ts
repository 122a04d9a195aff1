import diceCoefficient from 'natural/lib/natural/distance/dice_coefficient.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigrams, charSignature, dice, signatureDistance } from '../../src/util/dice.js';

describe('dice', () => {
  it("equals natural's diceCoefficient, with bigrams built once", () => {
    const text = fc.string({ unit: fc.constantFrom('公', '司', '营', '收', 'A', 'a', ' ', '\n', 'م', 'ل', 'ي', '1', '。'), minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const want = diceCoefficient(a, b);
        const got = dice(bigrams(a), bigrams(b));
        if (Number.isNaN(want)) expect(got).toBeNaN();
        else expect(got).toBeCloseTo(want, 12);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('a signature distance over (1 - d)·(|a| + |b|) proves the coefficient is below d: the prefilter never skips a near duplicate', () => {
    // Near copies (a few characters changed, spaces moved) and strangers alike.
    const unit = fc.constantFrom('公', '司', '营', '收', '亿', '元', 'A', 'a', ' ', '\n', 'م', 'ل', 'ي', '1', '2', '。', '，');
    const text = fc.string({ unit, minLength: 2, maxLength: 80 });
    const pair = fc.oneof(
      fc.tuple(text, text),
      fc.tuple(text, fc.array(fc.tuple(fc.nat(79), unit), { maxLength: 3 })).map(([a, edits]) => {
        let b = a;
        for (const [at, c] of edits) b = b.slice(0, at % b.length) + c + b.slice((at % b.length) + 1);
        return [a, b] as [string, string];
      }),
    );
    let skipped = 0;
    fc.assert(
      fc.property(pair, fc.constantFrom(0.5, 0.8, 0.95), ([a, b], d) => {
        if (signatureDistance(charSignature(a), charSignature(b)) > (1 - d) * (a.length + b.length)) {
          skipped++;
          expect(dice(bigrams(a), bigrams(b))).toBeLessThan(d);
        }
      }),
      { seed: 11, numRuns: 2000 },
    );
    expect(skipped).toBeGreaterThan(100);
  });
});
