/**
 * Calendar days: the reference date, day arithmetic and ISO 8601 text, written
 * once. A reference date is parsed from its text at the edge (the CLI's
 * --ref-date, a JSONL record's refDate, the pipeline's options) and passed down
 * as a RefDate value; every stage after that reads the value.
 */

/** A calendar day (Gregorian), e.g. the date relative expressions are resolved against. */
export interface RefDate {
  year: number;
  month: number;
  day: number;
}

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** Zero-pads a date field: pad(6) → "06", pad(25, 4) → "0025". */
export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when year-month-day is a real calendar day (years 1–9999). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** "YYYY-MM-DD" for a real calendar day, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  return isCalendarDay(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}

/** "YYYY-MM-DD" of a day: formatDay({ year: 2025, month: 6, day: 19 }) → "2025-06-19". */
export function formatDay(d: RefDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/**
 * Reads "YYYY-MM-DD" (spaces around it allowed) as a calendar day; null for
 * anything else, including days that do not exist (2025-02-30).
 */
export function parseDay(s: string): RefDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s.trim());
  if (!m) return null;
  const ref = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return ref.month >= 1 && ref.month <= 12 && ref.day >= 1 && ref.day <= daysInMonth(ref.year, ref.month) ? ref : null;
}

/**
 * The day of an ISO 8601 date or date-time, as a crawler records when it saw
 * a page: "2025-06-19", "2025-06-19T08:00", "2025-06-19 08:00:05",
 * "2025-06-19T08:00:00.000Z", "2025-06-19T08:00+08:00". The day is the one
 * written, in the offset it is written in: 2025-06-19T01:00+08:00 is the 19th
 * where the page was, though the 18th in UTC, and a page's relative dates
 * (今天, أمس) mean that local day. The time is checked (hours 00–24, minutes
 * and seconds 00–59, a leap second 60) but a RefDate holds no time: no
 * resolution reads one. Null for anything else.
 */
export function parseDayTime(s: string): RefDate | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/iu.exec(s.trim());
  if (!m) return null;
  if (m[2] !== undefined) {
    const [h, min, sec] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
    if (h > 24 || min > 59 || sec > 60 || (h === 24 && (min || sec))) return null;
    const offset = /^[+-](\d{2}):?(\d{2})?$/u.exec(m[5] ?? '');
    if (offset && (Number(offset[1]) > 23 || Number(offset[2] ?? 0) > 59)) return null;
  }
  return parseDay(m[1] as string);
}

/** The calendar day at the start of an ISO 8601 date or datetime ("2025-06-19T20:03" → 2025-06-19), or null. */
export function dayOf(iso: string | null | undefined): RefDate | null {
  const m = /^(\d{4}-\d{2}-\d{2})/u.exec(iso ?? '');
  return m ? parseDay(m[1] as string) : null;
}

/** UTC midnight of a day, in milliseconds. */
export const dayTime = (d: RefDate): number => Date.UTC(d.year, d.month - 1, d.day);

/** "YYYY-MM-DD" of a UTC time. */
export const isoDayOfTime = (t: number | Date): string => new Date(t).toISOString().slice(0, 10);

/** Day of the week of a UTC time: 1 = Monday … 7 = Sunday. */
export const dayOfWeek = (t: number): number => ((new Date(t).getUTCDay() + 6) % 7) + 1;

/** ISO 8601 week of a day: "2025-W25". */
export function isoWeek(t: number): string {
  const thursday = t + (4 - dayOfWeek(t)) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY_MS / 7);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** The day `days` after a day (negative: before), month and year lengths counted. */
export function addDays(d: RefDate, days: number): RefDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/**
 * The nth given weekday (1 = Monday … 7 = Sunday) of a month, n from 1; n = -1
 * is the last one (母亲节 is May's second Sunday; أول جمعة من يوليو). Null when the month has no such day.
 */
export function nthWeekday(year: number, month: number, n: number, weekday: number): RefDate | null {
  if (n === -1) {
    const last = Date.UTC(year, month, 0);
    const t = last - ((dayOfWeek(last) - weekday + 7) % 7) * DAY_MS;
    return { year, month, day: new Date(t).getUTCDate() };
  }
  const first = Date.UTC(year, month - 1, 1);
  const day = 1 + ((weekday - dayOfWeek(first) + 7) % 7) + (n - 1) * 7;
  return n >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/** The month `months` after the month of a day: { year, month }. */
export function addMonths(d: RefDate, months: number): { year: number; month: number } {
  const t = new Date(Date.UTC(d.year, d.month - 1 + months, 1));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1 };
}

/** A date at some grain: "2025", "2025-Q1", "2025-H1", "2025-03", "2025-03-05", "2025-03-05T20", "2025-03-05T20:03". */
export interface CalendarFields {
  year: number;
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
  hour?: number;
  minute?: number;
}

/** The grains of ISO 8601 text this tool writes. */
export type IsoGrain = 'year' | 'half' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute';

/**
 * ISO 8601 text of a date at the finest grain its fields give, or null when
 * the fields name no real date (month 13, 30 February, year 0). An hour past 24
 * or a minute past 59 is dropped (the day stands).
 */
export function isoAt(p: CalendarFields): { value: string; grain: IsoGrain } | null {
  const y = p.year;
  if (y < 1 || y > 9999) return null;
  if (p.quarter) return { value: `${pad(y, 4)}-Q${p.quarter}`, grain: 'quarter' };
  if (p.half) return { value: `${pad(y, 4)}-H${p.half}`, grain: 'half' };
  if (!p.month) return { value: pad(y, 4), grain: 'year' };
  if (p.month < 1 || p.month > 12) return null;
  if (!p.day) return { value: `${pad(y, 4)}-${pad(p.month)}`, grain: 'month' };
  const date = isoDate(y, p.month, p.day);
  if (!date) return null;
  if (p.hour === undefined) return { value: date, grain: 'day' };
  if (p.hour > 24 || (p.minute ?? 0) > 59) return { value: date, grain: 'day' };
  if (p.minute === undefined) return { value: `${date}T${pad(p.hour)}`, grain: 'hour' };
  return { value: `${date}T${pad(p.hour)}:${pad(p.minute)}`, grain: 'minute' };
}
