import { isoDate, pad, type RefDate } from '../calendar/index.js';
import { AR_MONTH_PATTERN, arMonth } from '../calendar/months.js';
import { foldDigits } from '../numerals/digits.js';
import { zhInt } from '../numerals/zh.js';

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

const ZH_DAY = String.raw`(\d{1,2}|[一二三四五六七八九十]{1,3})`;
/**
 * A news-agency dateline at the start of the body: "本报上海3月2日讯",
 * "新华社北京6月18日电", "（中央社記者台北18日電）". It gives a month and day
 * (sometimes only a day), never a year.
 */
const DATELINE = new RegExp(
  String.raw`^[\s【\[（(]{0,2}(?:本报|本報|新华社|新華社|中新社|中新网|中新網|中国新闻网|人民网|人民網|央视网|央視網|央视新闻|澎湃新闻|财新网|財新網|中央社|路透社|法新社|美联社|美聯社|彭博社|共同社|本台|本网|本網|本刊|记者|記者)` +
    String.raw`[^\n。，,]{0,20}?(?:${ZH_DAY}月)?${ZH_DAY}日(?:消息|电|電|讯|訊|报道|報導)`,
  'u',
);

/**
 * The publication day a dateline gives, with the year (and for a day alone the
 * month) taken from the reference date: the latest such day on or before it.
 * Null when there is no dateline or no reference date to place it.
 */
export function publishedFromDateline(body: string, ref: RefDate | null): string | null {
  const m = DATELINE.exec(foldDigits(body.slice(0, 80)));
  if (!m || !ref) return null;
  const day = zhInt(m[2]);
  let month = zhInt(m[1]) ?? ref.month;
  let year = ref.year;
  if (day === undefined) return null;
  if (m[1] === undefined && day > ref.day) month -= 1; // "18日電" read on the 2nd: last month
  if (month < 1) {
    month += 12;
    year -= 1;
  }
  if (month > ref.month || (month === ref.month && day > ref.day + 1)) year -= 1;
  return isoDate(year, month, day);
}

// A date as a URL path writes it, between two path delimiters (or a
// delimiter and the end): /2025/06/19/, /2025/6/19/, /2025-06-19/, /2025-06/19/,
// /2025/0619/, /20250619/, /c/2025-06-19/doc-….shtml, /2025/0619/c1004-….html.
const URL_DATE = [
  /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=$|[/_.-])/u,
  /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{2})(\d{2})(?=$|[/_.-])/u,
  /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/_.-])/u,
];

/**
 * The day a URL's path names, if it names a whole valid one:
 * "https://news.example.com/2025/06/19/slug" → "2025-06-19". Never a guess: a
 * year and month alone (/2025/06/slug), an invalid day (/2025/02/30/), a
 * number run longer than a date (/20250619001234) and the query string give
 * null.
 */
export function publishedFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url, 'http://relative.invalid/').pathname;
  } catch {
    return null;
  }
  for (const re of URL_DATE) {
    const m = re.exec(path.slice(0, 2000));
    if (m) {
      const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      if (iso) return iso;
    }
  }
  return null;
}
