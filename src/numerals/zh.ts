import { add, fromInt, mulPow10, parseDecimal, toExactString, toNumber, ZERO, type Decimal } from '../util/decimal.js';

/** Chinese digit characters, financial (大写) forms included. */
export const ZH_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 叄: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
/** Units inside a section: 十 百 千 (powers of ten). */
export const ZH_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
/** 廿 卅 卌: twenty, thirty, forty in one character (廿五元, 卅萬). */
export const ZH_TENS: Readonly<Record<string, number>> = { 廿: 20, 卄: 20, 卅: 30, 卌: 40 };
/** Units between sections: 万 亿 兆. 兆 is 10^12 as used for money in Taiwan and Japan. */
export const ZH_BIG_UNITS: Readonly<Record<string, number>> = { 万: 4, 萬: 4, 亿: 8, 億: 8, 兆: 12 };

/** Characters that may appear in a Chinese amount, for building scanners. */
export const ZH_NUMERAL_CHARS = Object.keys({ ...ZH_DIGITS, ...ZH_TENS, ...ZH_SMALL_UNITS, ...ZH_BIG_UNITS }).join('');

/** "三点五亿", "一點二萬億", "零点五亿": numerals, a decimal point (点), digits read one by one, then the big unit. */
const ZH_DECIMAL = /^([^点點]{1,12})[点點]([零〇一二三四五六七八九]{1,8})([万萬亿億兆]{1,2}[多余餘]?)$/u;

export interface ZhNumber {
  value: Decimal;
  /** 多 / 余 / 餘 / 几 after a unit: "二十多亿" is more than 2e9. */
  more: boolean;
  /** True when the number has a 万/亿/兆 unit. */
  scaled: boolean;
}

/**
 * Parses a Chinese amount in any mix of digits and numerals:
 * "43億" → 4.3e9, "2.17 万亿" → 2.17e12, "四十三亿" → 4.3e9, "两千万" → 2e7,
 * "3億250萬8,400" → 302508400, "2兆6千億" → 2.6e12, "二〇二五" → 2025,
 * capital numerals "贰拾万" → 200000, "廿五" → 25, a decimal point before a big unit "三点五亿" → 3.5e8.
 * A single digit right after a unit, with nothing after it, is the next unit
 * down, as speech and headlines shorten: "6萬9" → 69000, "3千5" → 3500,
 * "一百五" → 150, "2亿3" → 230000000 (but "一百零五" → 105, "3億250萬8,400" as written).
 * Returns null when the string is not a well-formed amount.
 */
export function parseZhNumber(input: string): ZhNumber | null {
  const s = input.replace(/[\s,，]/gu, '');
  if (!s) return null;
  // "三点五亿" = 3.5亿: the whole part in numerals, the decimals digit by digit, as 3.5亿 would be written in digits.
  const dot = ZH_DECIMAL.exec(s);
  if (dot) {
    const whole = parseZhNumber(dot[1] as string);
    if (!whole || whole.scaled || whole.more || whole.value.exp < 0) return null;
    const decimals = [...(dot[2] as string)].map((ch) => ZH_DIGITS[ch]).join('');
    return parseZhNumber(`${toExactString(whole.value)}.${decimals}${dot[3] as string}`);
  }
  // "二〇二五", "二零一九": digits read one by one.
  if (s.length > 1 && [...s].every((ch) => ch in ZH_DIGITS)) {
    const d = parseDecimal([...s].map((ch) => ZH_DIGITS[ch]).join(''));
    return d ? { value: d, more: false, scaled: false } : null;
  }
  let total = ZERO; // value of the completed 万/亿/兆 groups
  let section = ZERO; // the group being built, below 万
  let pending: Decimal | null = null; // a digit run still waiting for its unit
  let lastBig = Infinity; // exponent of the last big unit applied
  let more = false;
  let scaled = false;
  // The exponent of the unit just read, while a lone digit after it may still abbreviate the next one down.
  let unitBefore = -1;
  // When `pending` is one digit right after a unit of 10^2 or more: that unit's exponent.
  let abbrev = -1;

  for (let i = 0; i < s.length; ) {
    const ch = s[i] as string;
    const ascii = /^\d{1,30}(?:\.\d{1,30})?/u.exec(s.slice(i, i + 62));
    if (ascii) {
      if (pending) return null;
      pending = parseDecimal(ascii[0]);
      abbrev = /^\d$/u.test(ascii[0]) && unitBefore > 1 ? unitBefore : -1;
      unitBefore = -1;
      i += ascii[0].length;
      continue;
    }
    i++;
    const tens = ZH_TENS[ch];
    if (tens !== undefined) {
      if (pending) return null;
      section = add(section, fromInt(tens));
      unitBefore = 1;
      abbrev = -1;
    } else if (ch in ZH_DIGITS) {
      const d = ZH_DIGITS[ch] as number;
      if (pending) return null; // two digits with no unit between: not a numeral
      if (d !== 0) pending = fromInt(d); // 零 only holds a place: 一百零五
      abbrev = d !== 0 && unitBefore > 1 ? unitBefore : -1;
      unitBefore = -1;
    } else if (ch in ZH_SMALL_UNITS) {
      section = add(section, mulPow10(pending ?? fromInt(1), ZH_SMALL_UNITS[ch] as number));
      pending = null;
      unitBefore = ZH_SMALL_UNITS[ch] as number;
      abbrev = -1;
    } else if (ch in ZH_BIG_UNITS) {
      const exp = ZH_BIG_UNITS[ch] as number;
      let group = add(section, pending ?? ZERO);
      if (group.n === 0n && total.n === 0n) group = fromInt(1);
      if (exp > lastBig) {
        // 万亿: a bigger unit right after a smaller one multiplies everything so far.
        total = mulPow10(add(total, group), exp);
        lastBig += exp;
      } else if (exp < lastBig) {
        total = add(total, mulPow10(group, exp));
        lastBig = exp;
      } else return null; // 3亿5亿
      section = ZERO;
      pending = null;
      scaled = true;
      unitBefore = exp;
      abbrev = -1;
    } else if (ch === '多' || ch === '余' || ch === '餘' || ch === '几' || ch === '幾') {
      more = true;
      unitBefore = -1;
    } else if (ch === '个' || ch === '個') {
      // "4 个多亿": a measure word before the unit
    } else return null;
  }
  // "6萬9": the lone digit after 萬 is thousands; "十五" stays 15 (10^0).
  if (pending && abbrev > 1) pending = mulPow10(pending, abbrev - 1);
  const value = add(add(total, section), pending ?? ZERO);
  return { value, more, scaled };
}

const ASCII_AS_NUMERAL = '〇一二三四五六七八九';

/**
 * A small number (a year, month, day, hour, count) in digits or numerals as a
 * JS number: "2025", "十九", "二〇二五", "二00九" (numerals typed with ASCII zeros).
 */
export function zhInt(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  if (/^\d+$/u.test(s)) return Number(s);
  const mixed = /\d|Ｏ/u.test(s) && !/[十百千]/u.test(s);
  const p = parseZhNumber(mixed ? s.replace(/[\dＯ]/gu, (d) => ASCII_AS_NUMERAL[d === 'Ｏ' ? 0 : Number(d)] as string) : s);
  return p ? toNumber(p.value) : undefined;
}
