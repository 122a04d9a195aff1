import { describe, expect, it } from 'vitest';
import { add, mulPow10, parseDecimal, toExactString, toNumber } from '../../src/util/decimal.js';
import { parseZhNumber } from '../../src/numerals/zh.js';

describe('exact decimals', () => {
  it('scales without floating-point error', () => {
    const d = mulPow10(parseDecimal('224.6')!, 8);
    expect(toExactString(d)).toBe('22460000000');
    expect(toNumber(d)).toBe(22460000000);
  });
  it('keeps amounts past 2^53 exact in the string', () => {
    const d = mulPow10(parseDecimal('9007199254.740993')!, 6);
    expect(toExactString(d)).toBe('9007199254740993');
  });
  it('adds and prints negatives and fractions', () => {
    expect(toExactString(add(parseDecimal('-0.13')!, parseDecimal('0')!))).toBe('-0.13');
    expect(toExactString(parseDecimal('3.680')!)).toBe('3.68');
  });
});

describe('Chinese numerals', () => {
  const cases: Array<[string, string]> = [
    ['43億', '4300000000'], ['2.17万亿', '2170000000000'], ['四十三亿', '4300000000'], ['两千万', '20000000'],
    ['3億250萬8,400', '302508400'], ['2兆6千億', '2600000000000'], ['二〇二五', '2025'], ['一百零五', '105'],
    ['十亿', '1000000000'], ['4个多亿', '400000000'], ['１２', '12'], ['三点五亿', '350000000'], ['一點二萬億', '1200000000000'], ['零点五亿', '50000000'],
  ];
  it.each(cases)('%s = %s', (s, v) => {
    const folded = s.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    expect(toExactString(parseZhNumber(folded)!.value)).toBe(v);
  });
  it('rejects what is not a numeral', () => {
    expect(parseZhNumber('3亿5亿')).toBeNull();
    expect(parseZhNumber('一二三四')?.value).toBeDefined(); // read digit by digit
    expect(parseZhNumber('元')).toBeNull();
    expect(parseZhNumber('三点五')).toBeNull(); // a point with no big unit after it: a time (三点五十分), not 3.5
    expect(parseZhNumber('三亿点五万')).toBeNull();
  });
});
