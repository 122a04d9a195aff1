/**
 * Feasts and seasons that news dates by name (عيد الفطر, رمضان 2019, رأس السنة
 * الهجرية), as days of the Hijri calendar, and where they fall in a Gregorian
 * year by the Umm al-Qura calendar (hijri.ts). A feast is its first day; a
 * month (رمضان) is the interval of its days.
 */
import { fromHijri, toHijri } from './hijri.js';

export interface HijriDay {
  month: number;
  /** Undefined for a whole month (رمضان). */
  day?: number;
}

/** Names → Hijri day, longest spelling first when used in a RegExp. */
export const ISLAMIC_HOLIDAYS: ReadonlyArray<readonly [string, HijriDay]> = [
  ['عيد الفطر', { month: 10, day: 1 }],
  ['عيد الأضحى', { month: 12, day: 10 }],
  ['عيد الاضحى', { month: 12, day: 10 }],
  ['عيد الأضحي', { month: 12, day: 10 }],
  ['رأس السنة الهجرية', { month: 1, day: 1 }],
  ['راس السنة الهجرية', { month: 1, day: 1 }],
  ['المولد النبوي', { month: 3, day: 12 }],
  ['يوم عرفة', { month: 12, day: 9 }],
  ['يوم عرفات', { month: 12, day: 9 }],
  ['وقفة عرفات', { month: 12, day: 9 }],
  ['وقفة عرفة', { month: 12, day: 9 }],
  ['يوم عاشوراء', { month: 1, day: 10 }],
  ['ذكرى الإسراء والمعراج', { month: 7, day: 27 }],
  ['رمضان', { month: 9 }],
];

const DAY_MS = 86_400_000;

/**
 * The Hijri year whose `h` falls in Gregorian year `year` (the first such, when
 * a feast falls twice in one Gregorian year, as in 2000).
 */
export function hijriYearIn(year: number, h: HijriDay): number | null {
  const jan1 = toHijri(new Date(Date.UTC(year, 0, 1))).year;
  for (const y of [jan1, jan1 + 1]) {
    const d = fromHijri({ year: y, month: h.month, day: h.day ?? 1 });
    if (d && d.getUTCFullYear() === year) return y;
  }
  return null;
}

/**
 * The Hijri year of the next (dir 1) or last (dir -1) `h` after / before a
 * Gregorian day (UTC midnight), strictly.
 */
export function hijriYearAround(t: number, h: HijriDay, dir: 1 | -1): number | null {
  const here = toHijri(new Date(t)).year;
  const ys = dir === 1 ? [here - 1, here, here + 1] : [here + 1, here, here - 1];
  for (const y of ys) {
    const d = fromHijri({ year: y, month: h.month, day: h.day ?? 1 });
    if (!d) continue;
    if (dir === 1 ? d.getTime() > t : d.getTime() + (h.day === undefined ? 29 * DAY_MS : 0) < t) return y;
  }
  return null;
}

/** Western Easter Sunday of a Gregorian year (the anonymous Gregorian computus), as [month, day]. */
export function easter(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}
