import { matchAll } from '../wordstart.js';
import type { Grain } from '../../facts/schema.js';
import type { DateSpan, RefDate } from '../types.js';
import { hijriSpan, fromHijri, toHijri } from './hijri.js';

/** A date being built by a rule: fields known so far, and how the year is found. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
  hour?: number;
  minute?: number;
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
}

/** How far back (UTF-16 units) a year still counts as "just named" for 一季度 / الربع الأول. */
export const NEAR_YEAR = 80;

/** Zero-pads a date field: pad(6) → "06", pad(25, 4) → "0025". */
export const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** ISO 8601 text of a date at its grain. */
export function isoAt(p: Required<Pick<DateParts, 'year'>> & DateParts): { value: string; grain: Grain } | null {
  const y = p.year;
  if (y < 1 || y > 9999) return null;
  if (p.quarter) return { value: `${pad(y, 4)}-Q${p.quarter}`, grain: 'quarter' };
  if (p.half) return { value: `${pad(y, 4)}-H${p.half}`, grain: 'half' };
  if (!p.month) return { value: pad(y, 4), grain: 'year' };
  if (p.month < 1 || p.month > 12) return null;
  if (!p.day) return { value: `${pad(y, 4)}-${pad(p.month)}`, grain: 'month' };
  const days = new Date(Date.UTC(y, p.month, 0)).getUTCDate();
  if (p.day < 1 || p.day > days) return null;
  const date = `${pad(y, 4)}-${pad(p.month)}-${pad(p.day)}`;
  if (p.hour === undefined) return { value: date, grain: 'day' };
  if (p.hour > 24 || (p.minute ?? 0) > 59) return { value: date, grain: 'day' };
  if (p.minute === undefined) return { value: `${date}T${pad(p.hour)}`, grain: 'hour' };
  return { value: `${date}T${pad(p.hour)}:${pad(p.minute)}`, grain: 'minute' };
}

/** The grain a set of parts will have, before the year is known. */
export function grainOf(p: DateParts): Grain {
  if (p.hijri) return p.hijri.day !== undefined ? 'day' : p.hijri.month !== undefined ? 'month' : 'year';
  if (p.weekday !== undefined) return 'day';
  if (p.weekOffset !== undefined) return 'week';
  if (p.quarter) return 'quarter';
  if (p.half) return 'half';
  if (p.hour !== undefined) return p.minute === undefined ? 'hour' : 'minute';
  if (p.day !== undefined || p.dayOffset !== undefined) return 'day';
  if (p.month !== undefined || p.monthOffset !== undefined) return 'month';
  return 'year';
}

/** True when resolving these parts needs the reference date or earlier text. */
export function isRelative(p: DateParts): boolean {
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

const DAY_MS = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const refTime = (ref: RefDate) => Date.UTC(ref.year, ref.month - 1, ref.day);
/** 1 = Monday … 7 = Sunday */
const dayOfWeek = (t: number) => ((new Date(t).getUTCDay() + 6) % 7) + 1;

/** ISO 8601 week of a day: "2025-W25". */
export function isoWeek(t: number): string {
  const thursday = t + (4 - dayOfWeek(t)) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY_MS / 7);
  return `${pad(year, 4)}-W${pad(week)}`;
}

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
  const [from, to] = span.map(isoDay) as [string, string];
  return { value: `${from}/${to}`, grain, from, to, hijriYear: year };
}

/**
 * Resolves parts to a value. Relative parts use the reference date, or the year
 * last named in the text; with neither, the value is null: never a guessed year.
 */
export function resolve(p: DateParts, ref: RefDate | null, lastYear: number | null, lastYearDistance = Infinity): Resolved {
  if (p.hijri) return resolveHijri(p, ref);
  if (p.weekday !== undefined || p.weekOffset !== undefined) return resolveWeek(p, ref);
  const grain = grainOf(p);
  let { year, month, day } = p;
  if (p.dayOffset !== undefined) {
    if (!ref) return { value: null, grain };
    const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + p.dayOffset));
    year = d.getUTCFullYear();
    month = d.getUTCMonth() + 1;
    day = d.getUTCDate();
  } else if (p.monthOffset !== undefined) {
    if (!ref) return { value: null, grain };
    const d = new Date(Date.UTC(ref.year, ref.month - 1 + p.monthOffset, 1));
    year = d.getUTCFullYear();
    month = d.getUTCMonth() + 1;
  } else if (year === undefined) {
    if (p.contextYear && lastYear !== null) year = lastYear + (p.yearOffset ?? 0);
    else if (p.nearYear && lastYear !== null && lastYearDistance <= NEAR_YEAR) year = lastYear;
    else if (ref) year = ref.year + (p.yearOffset ?? 0);
    else return { value: null, grain };
    if (p.day !== undefined && p.month === undefined) {
      if (!ref) return { value: null, grain };
      month = ref.month;
    }
  }
  const iso = isoAt({ ...p, year, month, day });
  return iso ?? { value: null, grain };
}

/** Builds a date span; `value` is filled by the refiner (see ../facts.ts) when the parts are relative. */
export function dateSpan(start: number, end: number, rule: string, parts: DateParts, to?: DateParts): DateSpan & { parts: DateParts; toParts?: DateParts } {
  return {
    kind: 'date', start, end, rule, value: null, grain: grainOf(parts), relative: isRelative(parts), from: null, to: null,
    parts, ...(to ? { toParts: to } : {}),
  };
}

export type PendingDate = ReturnType<typeof dateSpan>;

/** A date rule: a global regex and what a match means. */
export interface DateRule {
  name: string;
  re: RegExp;
  make: (m: RegExpExecArray) => PendingDate | null;
}

/** Runs rules over the digit-folded text; overlaps are left for the refiner (longest wins). */
export function runDateRules(rules: readonly DateRule[], scan: string, max = Infinity): PendingDate[] {
  const out: PendingDate[] = [];
  for (const rule of rules) {
    for (const m of matchAll(rule.re, scan)) {
      const made = rule.make(m);
      if (made) out.push(made);
      // More than max: the page is refused whatever the other rules find.
      if (out.length > max) return out;
    }
  }
  return out;
}
