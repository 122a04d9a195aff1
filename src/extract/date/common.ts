import type { Grain } from './fact.js';
import type { DateSpan, Rule } from '../types.js';
import { addDays, addMonths, DAY_MS, dayOf, dayOfWeek, dayTime, daysInMonth, formatDay, isoAt, isoDayOfTime, isoWeek, nthWeekday, pad, type CalendarFields, type RefDate } from '../../calendar/index.js';
import { hijriSpan, fromHijri, toHijri } from '../../calendar/hijri.js';
import { fromLunar, goldenWeek, holidayDay } from '../../calendar/chinese.js';

/** A date being built by a rule: the calendar fields known so far, and how the year is found. */
export interface DateParts extends Partial<CalendarFields> {
  /** Years to add to the reference (去年 = -1). */
  yearOffset?: number;
  monthOffset?: number;
  dayOffset?: number;
  /** Take the year from the date last named in the text (同年, 一季度 with no year). */
  contextYear?: boolean;
  /** Take the year named just before (within NEAR_YEAR characters), else the reference year: 一季度, الربع الأول. */
  nearYear?: boolean;
  /** Year of the reference date (4月24日). */
  refYear?: boolean;
  /** Weeks from the reference week (上周 = -1); with `weekday`, a day of that week. */
  weekOffset?: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday?: number;
  /**
   * Where a weekday with no week falls: in the reference week (周三), the last
   * one before the reference (الأحد الماضي), the next one after (الأحد المقبل), or
   * the latest on or before it (a bare الأحد in a news report).
   */
  weekdayDir?: 'same-week' | 'last' | 'next' | 'latest';
  /** A date in the Hijri calendar; with no year, the Hijri year of the reference. */
  hijri?: { year?: number; month?: number; day?: number };
  /** Quarters from the reference quarter (上季度 = -1). */
  quarterOffset?: number;
  /** ISO week of the year (2018年第4周 → 2018-W04). */
  week?: number;
  /** A holiday by name (../../calendar/chinese.ts): its day in the year; with `goldenWeek`, the days of its golden week. */
  holiday?: string;
  goldenWeek?: boolean;
  /** Days after the day the text named last (次日 = 1, 当天 = 0); the reference day when it named none. */
  sinceLast?: number;
  /** The month the text named last (当月, 同月); the reference month when it named none. With `day`, that day of it (当月15日, 30 من الشهر نفسه). */
  lastMonth?: boolean;
  /**
   * A month with no year read as news means it (7月, 11月10日): a month more
   * than half a year after the reference month is last year's, unless the
   * sentence looks ahead (将, 预计…: `ahead`). A day alone (29日) more than a
   * fortnight after the reference day, or past the end of its month, is last
   * month's.
   */
  newsYear?: boolean;
  ahead?: boolean;
  /** The text looks back from it (10月7日以来, 自3月至今): a month or day after the reference is last year's. */
  past?: boolean;
  /** The nth weekday (n = -1: the last) of the month resolved: 5月的第二个星期日, أول جمعة من يوليو. */
  nthWeekday?: { n: number; weekday: number };
  /** The nth week of the month resolved (n = -1: the last): the ISO week whose Thursday is the month's nth (10月的第一周, as ISO gives a week to the year that holds its Thursday). */
  weekOfMonth?: number;
  /** A day of the Chinese lunar calendar (正月初一, 农历八月十五), in the lunar year that begins in the Gregorian year resolved. */
  lunar?: { month: number; day: number };
  /** The text names a year no calendar has (雍正十六年: that reign lasted thirteen years): the date is kept, its value null. */
  noSuchYear?: boolean;
}

/** How far back (UTF-16 units) a year still counts as "just named" for 一季度 / الربع الأول. */
export const NEAR_YEAR = 80;

/** The grain a set of parts will have, before the year is known. */
export function grainOf(p: DateParts): Grain {
  if (p.hijri) return p.hijri.day !== undefined || p.nthWeekday ? 'day' : p.hijri.month !== undefined ? 'month' : 'year';
  if (p.holiday || p.lunar || p.nthWeekday || p.sinceLast !== undefined) return 'day';
  if (p.lastMonth) return p.day !== undefined ? 'day' : 'month';
  if (p.week !== undefined || p.weekOfMonth !== undefined) return 'week';
  if (p.weekday !== undefined) return 'day';
  if (p.weekOffset !== undefined) return 'week';
  if (p.quarter || p.quarterOffset !== undefined) return 'quarter';
  if (p.half) return 'half';
  if (p.hour !== undefined) return p.minute === undefined ? 'hour' : 'minute';
  if (p.day !== undefined || p.dayOffset !== undefined) return 'day';
  if (p.month !== undefined || p.monthOffset !== undefined) return 'month';
  return 'year';
}

/** True when resolving these parts needs the reference date or earlier text. */
export function isRelative(p: DateParts): boolean {
  if (p.noSuchYear) return false;
  if (p.sinceLast !== undefined || p.quarterOffset !== undefined || p.lastMonth) return true;
  return p.hijri ? p.hijri.year === undefined : p.year === undefined;
}

/** What resolving gives: a value at a grain, and for an interval its two ends. */
export interface Resolved {
  value: string | null;
  grain: Grain;
  from?: string;
  to?: string;
  /** The Hijri year a date without one was placed in. */
  hijriYear?: number;
}

const isoDay = isoDayOfTime;
const refTime = dayTime;

function resolveWeek(p: DateParts, ref: RefDate | null): Resolved {
  const grain = grainOf(p);
  if (!ref) return { value: null, grain };
  const t = refTime(ref);
  const monday = t - (dayOfWeek(t) - 1) * DAY_MS;
  if (p.weekOffset !== undefined) {
    const weekStart = monday + p.weekOffset * 7 * DAY_MS;
    if (p.weekday === undefined) return { value: isoWeek(weekStart), grain };
    return { value: isoDay(new Date(weekStart + (p.weekday - 1) * DAY_MS)), grain };
  }
  const wd = p.weekday as number;
  const back = (dayOfWeek(t) - wd + 7) % 7; // days back to the latest such weekday, 0 = today
  let day: number;
  switch (p.weekdayDir) {
    case 'last': day = t - (back === 0 ? 7 : back) * DAY_MS; break;
    case 'next': day = t + (back === 0 ? 7 : 7 - back) * DAY_MS; break;
    case 'latest': day = t - back * DAY_MS; break;
    default: day = monday + (wd - 1) * DAY_MS;
  }
  return { value: isoDay(new Date(day)), grain };
}

function resolveHijri(p: DateParts, ref: RefDate | null): Resolved {
  const h = p.hijri ?? {};
  const grain = grainOf(p);
  const year = h.year ?? (ref ? toHijri(new Date(refTime(ref))).year : undefined);
  if (year === undefined) return { value: null, grain };
  if (h.day !== undefined && h.month !== undefined) {
    const d = fromHijri({ year, month: h.month, day: h.day });
    return { value: d ? isoDay(d) : null, grain, hijriYear: year };
  }
  const span = hijriSpan(year, h.month);
  if (!span) return { value: null, grain };
  if (p.nthWeekday) {
    // الجمعة الأخيرة من رمضان: the weekday counted from the first (or back from the last) day of the Hijri month.
    const { n, weekday } = p.nthWeekday;
    const [first, last] = span.map((d) => d.getTime()) as [number, number];
    const t = n > 0 ? first + (((weekday - dayOfWeek(first) + 7) % 7) + 7 * (n - 1)) * DAY_MS : last - ((dayOfWeek(last) - weekday + 7) % 7) * DAY_MS;
    return t >= first && t <= last ? { value: isoDay(new Date(t)), grain, hijriYear: year } : { value: null, grain };
  }
  const [from, to] = span.map(isoDay) as [string, string];
  return { value: `${from}/${to}`, grain, from, to, hijriYear: year };
}

/**
 * Resolves parts to a value. Relative parts use the reference date, or the year
 * last named in the text; with neither, the value is null: never a guessed year.
 */
export function resolve(p: DateParts, ref: RefDate | null, lastYear: number | null, lastYearDistance = Infinity, lastDay: RefDate | null = null, lastMonth: string | null = null): Resolved {
  if (p.noSuchYear) return { value: null, grain: grainOf(p) };
  if (p.hijri) return withTime(resolveHijri(p, ref), p);
  if (p.lastMonth) {
    const month = lastMonth ?? (ref ? `${pad(ref.year, 4)}-${pad(ref.month)}` : null);
    if (p.day === undefined || month === null) return { value: month, grain: grainOf(p) };
    const [y, mo] = month.split('-').map(Number) as [number, number];
    return isoAt({ year: y, month: mo, day: p.day, hour: p.hour, minute: p.minute }) ?? { value: null, grain: 'day' };
  }
  if (p.quarterOffset !== undefined) {
    if (!ref) return { value: null, grain: 'quarter' };
    const { year, month } = addMonths(ref, 3 * p.quarterOffset);
    return { value: `${pad(year, 4)}-Q${Math.ceil(month / 3)}`, grain: 'quarter' };
  }
  if (p.sinceLast !== undefined) {
    const base = lastDay ?? ref;
    if (!base) return { value: null, grain: 'day' };
    const d = addDays(base, p.sinceLast);
    return isoAt({ ...d, hour: p.hour, minute: p.minute }) ?? { value: null, grain: 'day' };
  }
  if (p.weekday !== undefined || p.weekOffset !== undefined) return withTime(resolveWeek(p, ref), p);
  const grain = grainOf(p);
  let { year, month, day } = p;
  if (p.dayOffset !== undefined) {
    if (!ref) return { value: null, grain };
    ({ year, month, day } = addDays(ref, p.dayOffset));
  } else if (p.monthOffset !== undefined) {
    if (!ref) return { value: null, grain };
    ({ year, month } = addMonths(ref, p.monthOffset));
  } else if (year === undefined) {
    if (p.contextYear && lastYear !== null) year = lastYear + (p.yearOffset ?? 0);
    else if (p.nearYear && lastYear !== null && lastYearDistance <= NEAR_YEAR) year = lastYear;
    else if (ref) {
      year = ref.year + (p.yearOffset ?? 0);
      // 三季度以来 in a June story: the third quarter already past, last year's
      if (p.past && p.quarter !== undefined && p.yearOffset === undefined && p.quarter > Math.ceil(ref.month / 3)) year -= 1;
    } else return { value: null, grain };
    if (p.day !== undefined && p.month === undefined) {
      if (!ref) return { value: null, grain };
      month = ref.month;
      // A day alone (29日) is in the reference month, or the month before when that month has no
      // such day or, read as news, when it is more than a fortnight after the reference day.
      if ((p.newsYear || p.past) && (p.day > daysInMonth(year, month) || (p.past ? p.day > ref.day : p.day - ref.day > 15 && !p.ahead))) {
        ({ year, month } = addMonths(ref, -1));
      }
    } else if (ref && !p.contextYear && month !== undefined && !p.ahead
      && (p.past ? month * 100 + (p.day ?? 0) > ref.month * 100 + ref.day : p.newsYear && month - ref.month >= 6)) year -= 1;
  }
  if (p.lunar) {
    // 腊月 named early in the year is the last lunar month of the year before.
    const y = p.year === undefined && ref && p.lunar.month >= 11 && ref.month <= 2 ? year - 1 : year;
    const d = fromLunar(y, p.lunar.month, p.lunar.day);
    return d ? { value: formatDay(d), grain: 'day' } : { value: null, grain };
  }
  if (p.nthWeekday) {
    const d = month === undefined ? null : nthWeekday(year, month, p.nthWeekday.n, p.nthWeekday.weekday);
    return d ? { value: formatDay(d), grain: 'day' } : { value: null, grain };
  }
  if (p.weekOfMonth !== undefined) {
    const thursday = month === undefined ? null : nthWeekday(year, month, p.weekOfMonth, 4);
    return thursday ? { value: isoWeek(dayTime(thursday)), grain: 'week' } : { value: null, grain };
  }
  if (p.holiday) return resolveHoliday(p, year);
  if (p.week !== undefined) return p.week >= 1 && p.week <= 53 ? { value: `${pad(year, 4)}-W${pad(p.week)}`, grain: 'week' } : { value: null, grain };
  const iso = isoAt({ ...p, year, month, day });
  return iso ?? { value: null, grain };
}

/** A day resolved from a weekday or a Hijri date, at the hour (and minute) the parts give: الخميس الساعة 8. */
function withTime(r: Resolved, p: DateParts): Resolved {
  if (p.hour === undefined || r.grain !== 'day' || !r.value || r.value.includes('/')) return r;
  const d = dayOf(r.value);
  if (!d) return r;
  return isoAt({ ...d, hour: p.hour, ...(p.minute !== undefined ? { minute: p.minute } : {}) }) ?? r;
}

function resolveHoliday(p: DateParts, year: number): Resolved {
  const name = p.holiday as string;
  if (p.goldenWeek) {
    const span = goldenWeek(name, year);
    if (span) {
      const [from, to] = span.map(formatDay) as [string, string];
      return { value: `${from}/${to}`, grain: 'day', from, to };
    }
  }
  const d = holidayDay(name, year);
  return d ? { value: formatDay(d), grain: 'day' } : { value: null, grain: 'day' };
}

/**
 * The two ends of "the past / next N days, weeks, months, years" (过去一年, خلال الأشهر الستة الماضية):
 * back from the day before the reference to the same day N units earlier, or on from the day after
 * it. As day offsets, so with no reference both ends stay null.
 */
export function spanDays(ref: RefDate | null, past: boolean, months: number, days: number): [DateParts, DateParts] {
  let n = days;
  if (months && ref) {
    const { year, month } = addMonths(ref, past ? -months : months);
    const target = { year, month, day: Math.min(ref.day, daysInMonth(year, month)) };
    n = Math.abs(dayTime(target) - dayTime(ref)) / DAY_MS;
  }
  return past ? [{ dayOffset: -n }, { dayOffset: -1 }] : [{ dayOffset: 1 }, { dayOffset: n }];
}

/** Builds a date span; `value` is filled by the resolve-dates refiner (resolve.ts). */
export function dateSpan(start: number, end: number, rule: string, parts: DateParts, to?: DateParts): PendingDate {
  return {
    kind: 'date', start, end, rule, value: null, grain: grainOf(parts), relative: isRelative(parts), from: null, to: null,
    calendar: 'gregory', hijri: null, parts, ...(to ? { toParts: to } : {}),
  };
}

/** A date span found by a rule, with the parts its value is resolved from. */
export interface PendingDate extends DateSpan {
  parts: DateParts;
  toParts?: DateParts;
  /** A Hijri date written beside this Gregorian one (٢٢ شوال ١٣٩٨هـ الموافق ٢٥ سبتمبر ١٩٧٨م): one fact, the Hijri date kept. */
  hijriTwin?: { year?: number; month?: number; day?: number };
}

/** A date rule. */
export type DateRule = Rule<PendingDate>;
