/**
 * The Chinese calendars news dates are written in: lunar dates (春节, 中秋…)
 * by ICU's Chinese calendar (Intl "chinese"), the Qingming solar term, the
 * fixed holidays, and Republic of China (民國) years. Each holiday resolves in
 * a Gregorian year to one day, or for a golden week to its days.
 */
import { addDays, nthWeekday, type RefDate } from './index.js';
import { easter } from './islamic-holidays.js';

// Made on first use: ICU's calendar data costs milliseconds, and most pages name no lunar date.
let format: Intl.DateTimeFormat | null = null;

/** The lunar month (leap months are not month n: "6bis"), day and year ICU gives a Gregorian day. */
function lunarOf(year: number, month: number, day: number): { year: number; month: string; day: number } {
  format ??= new Intl.DateTimeFormat('en-u-ca-chinese', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  const parts = format.formatToParts(new Date(Date.UTC(year, month - 1, day)));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: Number(get('relatedYear') || get('year')), month: get('month'), day: Number(get('day')) };
}

const lunarCache = new Map<string, RefDate | null>();

/** The Gregorian day of lunar month `month`, day `day` of the lunar year that begins in Gregorian `year`; null when there is none (day 30 of a short month). */
export function fromLunar(year: number, month: number, day: number): RefDate | null {
  // A search of some 60 ICU look-ups: a page that says 春节 fifty times does it once.
  const key = `${year}-${month}-${day}`;
  let d = lunarCache.get(key);
  if (d === undefined) {
    if (lunarCache.size > 10_000) lunarCache.clear();
    lunarCache.set(key, (d = searchLunar(year, month, day)));
  }
  return d;
}

function searchLunar(year: number, month: number, day: number): RefDate | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 30) return null;
  // The lunar new year falls between 21 January and 20 February.
  let newYear: RefDate | null = null;
  for (let i = 0; i < 32 && !newYear; i++) {
    const d = addDays({ year, month: 1, day: 21 }, i);
    const l = lunarOf(d.year, d.month, d.day);
    if (l.month === '1' && l.day === 1) newYear = d;
  }
  if (!newYear) return null;
  // Months are 29 or 30 days, a leap month may come first: search around the estimate.
  const guess = Math.round((month - 1) * 29.53) + day - 1;
  for (let delta = -2; delta <= 32; delta++) {
    const d = addDays(newYear, guess + delta);
    const l = lunarOf(d.year, d.month, d.day);
    if (l.year === year && l.month === String(month) && l.day === day) return d;
  }
  return null;
}

/** The day of the Qingming solar term (4 or 5 April; 1900–2099). */
export function qingming(year: number): RefDate {
  const y = year % 100;
  const c = year >= 2000 ? 4.81 : 5.59;
  return { year, month: 4, day: Math.floor(y * 0.2422 + c) - Math.floor(y / 4) };
}

/** How a holiday falls: a fixed Gregorian day, a lunar day, a solar term, the nth weekday of a month ([month, n, weekday]), or Easter. */
type HolidayRule = { gregorian: [number, number] } | { lunar: [number, number]; shift?: number } | { qingming: true } | { nth: [number, number, number] } | { easter: true };

/**
 * Holidays by the name news gives them (Simplified and Traditional). 除夕 is
 * the day before the lunar new year.
 */
export const HOLIDAYS: Readonly<Record<string, HolidayRule>> = {
  元旦: { gregorian: [1, 1] }, 新年: { gregorian: [1, 1] },
  春节: { lunar: [1, 1] }, 春節: { lunar: [1, 1] }, 农历新年: { lunar: [1, 1] }, 農曆新年: { lunar: [1, 1] }, 大年初一: { lunar: [1, 1] },
  除夕: { lunar: [1, 1], shift: -1 }, 大年夜: { lunar: [1, 1], shift: -1 },
  元宵: { lunar: [1, 15] }, 清明: { qingming: true }, 端午: { lunar: [5, 5] }, 七夕: { lunar: [7, 7] },
  中秋: { lunar: [8, 15] }, 重阳: { lunar: [9, 9] }, 重陽: { lunar: [9, 9] },
  五一: { gregorian: [5, 1] }, 劳动节: { gregorian: [5, 1] }, 勞動節: { gregorian: [5, 1] },
  国庆: { gregorian: [10, 1] }, 國慶: { gregorian: [10, 1] },
  情人节: { gregorian: [2, 14] }, 情人節: { gregorian: [2, 14] }, 妇女节: { gregorian: [3, 8] }, 婦女節: { gregorian: [3, 8] },
  儿童节: { gregorian: [6, 1] }, 兒童節: { gregorian: [6, 1] }, 圣诞: { gregorian: [12, 25] }, 聖誕: { gregorian: [12, 25] },
  平安夜: { gregorian: [12, 24] }, 双十一: { gregorian: [11, 11] }, 雙十一: { gregorian: [11, 11] }, 双11: { gregorian: [11, 11] }, 雙11: { gregorian: [11, 11] },
  光棍节: { gregorian: [11, 11] }, 光棍節: { gregorian: [11, 11] },
  双十二: { gregorian: [12, 12] }, 雙十二: { gregorian: [12, 12] }, 双12: { gregorian: [12, 12] }, 雙12: { gregorian: [12, 12] },
  植树节: { gregorian: [3, 12] }, 植樹節: { gregorian: [3, 12] }, 消费者权益日: { gregorian: [3, 15] }, 消費者權益日: { gregorian: [3, 15] },
  愚人节: { gregorian: [4, 1] }, 愚人節: { gregorian: [4, 1] }, 青年节: { gregorian: [5, 4] }, 青年節: { gregorian: [5, 4] },
  // Taiwan keeps Youth Day on 29 March (the mainland's 五四青年节 is 4 May).
  臺灣青年節: { gregorian: [3, 29] }, 建党节: { gregorian: [7, 1] }, 建黨節: { gregorian: [7, 1] },
  建军节: { gregorian: [8, 1] }, 建軍節: { gregorian: [8, 1] }, 教师节: { gregorian: [9, 10] }, 教師節: { gregorian: [9, 10] },
  万圣节: { gregorian: [10, 31] }, 萬聖節: { gregorian: [10, 31] }, 腊八: { lunar: [12, 8] }, 臘八: { lunar: [12, 8] },
  // Days that are a weekday of a month (as mainland, Hong Kong and Taiwan copy mean them; Taiwan keeps Father's Day on 8 August).
  母亲节: { nth: [5, 2, 7] }, 母親節: { nth: [5, 2, 7] }, 父亲节: { nth: [6, 3, 7] }, 感恩节: { nth: [11, 4, 4] }, 感恩節: { nth: [11, 4, 4] },
  复活节: { easter: true }, 復活節: { easter: true },
};

/**
 * The days of the golden weeks, counted from the holiday: 国庆 1–7 October,
 * 五一 1–5 May, 春节 from 除夕 to the sixth day (the statutory seven days; the
 * State Council shifts them by a day in some years).
 */
export const GOLDEN_WEEKS: Readonly<Record<string, [number, number]>> = {
  国庆: [0, 6], 國慶: [0, 6], 五一: [0, 4], 劳动节: [0, 4], 勞動節: [0, 4], 春节: [-1, 5], 春節: [-1, 5], 农历新年: [-1, 5], 農曆新年: [-1, 5],
};

/** The day a holiday falls on in a Gregorian year, or null (no such holiday, or a year outside 1900–2100 for a lunar one). */
export function holidayDay(name: string, year: number): RefDate | null {
  const rule = HOLIDAYS[name];
  if (!rule) return null;
  if ('gregorian' in rule) return { year, month: rule.gregorian[0], day: rule.gregorian[1] };
  if ('qingming' in rule) return year >= 1900 && year < 2100 ? qingming(year) : null;
  if ('nth' in rule) return nthWeekday(year, ...rule.nth);
  if ('easter' in rule) {
    const [month, day] = easter(year);
    return { year, month, day };
  }
  const d = fromLunar(year, rule.lunar[0], rule.lunar[1]);
  return d && rule.shift ? addDays(d, rule.shift) : d;
}

/** First and last day of a holiday's golden week in a Gregorian year, or null when it has none. */
export function goldenWeek(name: string, year: number): [RefDate, RefDate] | null {
  const span = GOLDEN_WEEKS[name];
  const day = holidayDay(name, year);
  return span && day ? [addDays(day, span[0]), addDays(day, span[1])] : null;
}

/** The Gregorian year of a Republic of China (民國) year: 民國113年 = 2024. */
export const fromRoc = (rocYear: number): number => rocYear + 1911;

/**
 * Reign eras news still dates by: China's (history and heritage copy: 康熙二十年, 萬曆十年; their
 * months are lunar) and Japan's (令和6年4月, Gregorian months since 1873). Name → [first year, years
 * it lasted]; Simplified and Traditional names both.
 */
export const REIGN_ERAS: Readonly<Record<string, { first: number; years: number; lunar: boolean }>> = Object.fromEntries([
  // Qing
  ...[['顺治 順治', 1644, 18], ['康熙', 1662, 61], ['雍正', 1723, 13], ['乾隆', 1736, 60], ['嘉庆 嘉慶', 1796, 25], ['道光', 1821, 30],
    ['咸丰 咸豐', 1851, 11], ['同治', 1862, 13], ['光绪 光緒', 1875, 34], ['宣统 宣統', 1909, 3],
    // Ming
    ['洪武', 1368, 31], ['永乐 永樂', 1403, 22], ['宣德', 1426, 10], ['正统 正統', 1436, 14], ['成化', 1465, 23], ['弘治', 1488, 18],
    ['正德', 1506, 16], ['嘉靖', 1522, 45], ['隆庆 隆慶', 1567, 6], ['万历 萬曆', 1573, 48], ['天启 天啟', 1621, 7], ['崇祯 崇禎', 1628, 17],
    // Tang and Song, as classical texts quoted in the news name them
    ['贞观 貞觀', 627, 23], ['开元 開元', 713, 29], ['天宝 天寶', 742, 15], ['神龙 神龍', 705, 3], ['庆历 慶曆', 1041, 8], ['熙宁 熙寧', 1068, 10],
  ].flatMap(([names, first, years]) => String(names).split(' ').map((n) => [n, { first: Number(first), years: Number(years), lunar: true }] as const)),
  // Japan
  ...[['明治', 1868, 45], ['大正', 1912, 15], ['昭和', 1926, 64], ['平成', 1989, 31], ['令和', 2019, 99]]
    .map(([name, first, years]) => [String(name), { first: Number(first), years: Number(years), lunar: false }] as const),
]);

/** The Gregorian year of year `n` of a reign era, or null when the era had no such year. */
export function fromEra(era: string, n: number): number | null {
  const e = REIGN_ERAS[era];
  return e && n >= 1 && n <= e.years ? e.first + n - 1 : null;
}
