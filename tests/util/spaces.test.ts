import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countNonSpace, isSpaceCode } from '../../src/util/spaces.js';

describe('white space helpers agree with the regexes they replace', () => {
  it('isSpaceCode is \\s on every UTF-16 unit', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpaceCode(c), `U+${c.toString(16)}`).toBe(/\s/u.test(String.fromCharCode(c)));
  });

  it('countNonSpace on random text dense in spaces', () => {
    const unit = fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\u2028', '\ufeff', 'a', '文', 'ع', '\r\n', '.', '\ud83d\ude00');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((u) => u.join('')), (s) => {
        expect(countNonSpace(s)).toBe(s.replace(/\s+/gu, '').length);
      }),
      { numRuns: 3000, seed: 20261121 },
    );
  });
});
