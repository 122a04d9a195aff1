import { AR_MONTH_PATTERN, arMonth } from '../extract/date/ar/months.js';
import { isoAt, pad } from '../extract/date/common.js';
import { foldDigits } from '../extract/numerals/digits.js';

const NUMERIC =
  /((?:19|20)\d{2})\s?[-/.年]\s?(\d{1,2})\s?[-/.月]\s?(\d{1,2})\s?日?(?:\s{0,3}(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/u;
const ARABIC = new RegExp(`(\\d{1,2})\\s{0,2}(${AR_MONTH_PATTERN})\\s{0,2}((?:19|20)\\d{2})`, 'u');

/**
 * The publication date printed in a byline or date line, as ISO 8601 at the
 * precision printed: "來源:證券時報網作者:周春媚2025-06-19 20:03" →
 * "2025-06-19T20:03"; "2024-04-26 简体 HK SG TW" → "2024-04-26".
 */
export function publishedFromLine(line: string): string | null {
  const text = foldDigits(line);
  const m = NUMERIC.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, s] = m;
    const date = isoDate(Number(y), Number(mo), Number(d));
    if (!date) return null;
    if (h === undefined || mi === undefined || Number(h) > 23 || Number(mi) > 59) return date;
    return `${date}T${pad(Number(h))}:${mi}${s !== undefined ? `:${s}` : ''}`;
  }
  const a = ARABIC.exec(text);
  if (a) {
    const month = arMonth(a[2] ?? '');
    if (month) return isoDate(Number(a[3]), month, Number(a[1]));
  }
  return null;
}

/** "YYYY-MM-DD" for a real calendar day, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  const iso = isoAt({ year, month, day });
  return iso?.grain === 'day' ? iso.value : null;
}
