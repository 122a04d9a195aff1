/**
 * Hijri (Islamic) calendar ↔ Gregorian, by the Umm al-Qura calendar that Saudi
 * Arabia publishes and most Arabic news follows. Node's ICU knows it
 * (Intl "islamic-umalqura"); we convert Gregorian → Hijri with it, and Hijri →
 * Gregorian by estimating with the arithmetic calendar and then checking
 * against ICU a few days either side.
 */

export interface HijriDate {
  year: number;
  month: number;
  day: number;
}

// Made on first use: loading ICU's calendar data costs 15–60 ms, and most pages have no Hijri date.
let format: Intl.DateTimeFormat | null = null;
const DAY_MS = 86_400_000;

/** The Hijri date of a Gregorian day (UTC midnight). */
export function toHijri(date: Date): HijriDate {
  format ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  const parts = format.formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** The Gregorian day of a Hijri date, or null when the date does not exist (30 in a 29-day month). */
export function fromHijri(h: HijriDate): Date | null {
  if (h.month < 1 || h.month > 12 || h.day < 1 || h.day > 30 || h.year < 1 || h.year > 2000) return null;
  // The arithmetic (tabular) calendar is within two days of Umm al-Qura.
  const jd = h.day + Math.ceil(29.5 * (h.month - 1)) + (h.year - 1) * 354 + Math.floor((3 + 11 * h.year) / 30) + 1948439.5 - 1;
  const guess = Math.round((jd - 2440587.5) * DAY_MS);
  for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
    const d = new Date(guess + delta * DAY_MS);
    const back = toHijri(d);
    if (back.year === h.year && back.month === h.month && back.day === h.day) return d;
  }
  return null;
}

/** First and last Gregorian day of a Hijri month (or of a year, when month is undefined). */
export function hijriSpan(year: number, month?: number): [Date, Date] | null {
  const first = fromHijri({ year, month: month ?? 1, day: 1 });
  const nextFirst = month === undefined || month === 12 ? fromHijri({ year: year + 1, month: 1, day: 1 }) : fromHijri({ year, month: month + 1, day: 1 });
  if (!first || !nextFirst) return null;
  return [first, new Date(nextFirst.getTime() - DAY_MS)];
}
