import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDigits } from '../../src/numerals/digits.js';

/** The definition, one UTF-16 unit at a time: the reference. */
function reference(text: string): string {
  const digit = (c: number) => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
    else if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 48);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 48);
    else if (c === 0x066b) out += '.';
    else if (c === 0x066c) out += ',';
    else if ((c === 0xff0e || c === 0xfe52) && digit(text.charCodeAt(i - 1)) && digit(text.charCodeAt(i + 1))) out += '.';
    else if (c === 0xff0c && groups(text, i)) out += ',';
    else out += text[i];
  }
  return out;
}

/** A full-width comma grouping full-width digits: 1-3 of them before it, exactly 3 after, then no digit. */
function groups(text: string, i: number): boolean {
  const wide = (j: number) => /^[０-９]$/u.test(text[j] ?? '');
  const before = /[０-９]{1,4}$/u.exec(text.slice(Math.max(0, i - 4), i))?.[0].length ?? 0;
  return before >= 1 && before <= 3 && wide(i + 1) && wide(i + 2) && wide(i + 3) && !/^[0-9０-９٠-٩۰-۹]$/u.test(text[i + 4] ?? '');
}

const UNITS = ['，', '0', '7', '９', '１', '٣', '٠', '۴', '۹', '٫', '٬', '．', '﹒', '.', ',', '亿', '元', 'م', ' ', '\n', 'a', '\ud840', '\udc0b', '𠀋'];

describe('foldDigits', () => {
  it('folds other scripts’ digits and separators to ASCII, full stops only between digits', () => {
    expect(foldDigits('营收１２．５亿元，增长３．')).toBe('营收12.5亿元，增长3．');
    expect(foldDigits('٢٠٢٥ و١٢٫٥ و١٬٢٠٠ ۱۴۰۳')).toBe('2025 و12.5 و1,200 1403');
    expect(foldDigits('．5 and 5﹒5')).toBe('．5 and 5.5');
    // A full-width comma groups full-width digits in threes only; otherwise it is a clause break.
    expect(foldDigits('１２，３４５．６７万元，１，２００，０００元')).toBe('12,345.67万元，1,200,000元');
    expect(foldDigits('２０２３，２０２４年，１２，３４５６，5，678')).toBe('2023，2024年，12，3456，5，678');
  });

  it('returns a string with nothing to fold as it is', () => {
    const text = '去年营收43亿元 الاقتصاد';
    expect(foldDigits(text)).toBe(text);
  });

  it('equals the one-unit-at-a-time definition and keeps every offset, on random text (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 80 }), (units) => {
        const text = units.join('');
        const folded = foldDigits(text);
        expect(folded).toBe(reference(text));
        expect(folded.length).toBe(text.length);
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
});
