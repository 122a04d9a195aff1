import diceCoefficient from 'natural/lib/natural/distance/dice_coefficient.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigrams, dice } from '../../src/util/dice.js';

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
});
