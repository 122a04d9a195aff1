import type { Grain } from '../../facts/schema.js';
import type { DateSpan, RefDate } from '../types.js';

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
  if (p.quarter) return 'quarter';
  if (p.half) return 'half';
  if (p.hour !== undefined) return p.minute === undefined ? 'hour' : 'minute';
  if (p.day !== undefined || p.dayOffset !== undefined) return 'day';
  if (p.month !== undefined || p.monthOffset !== undefined) return 'month';
  return 'year';
}

/** True when resolving these parts needs the reference date or earlier text. */
export function isRelative(p: DateParts): boolean {
  return p.year === undefined;
}

/**
 * Resolves parts to a value. Relative parts use the reference date, or the year
 * last named in the text; with neither, the value is null: never a guessed year.
 */
export function resolve(p: DateParts, ref: RefDate | null, lastYear: number | null, lastYearDistance = Infinity): { value: string | null; grain: Grain } {
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
export function runDateRules(rules: readonly DateRule[], scan: string): PendingDate[] {
  const out: PendingDate[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(scan); m; m = rule.re.exec(scan)) {
      const made = rule.make(m);
      if (made) out.push(made);
      if (m[0].length === 0) rule.re.lastIndex++;
    }
  }
  return out;
}
