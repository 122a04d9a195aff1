import { dayOf, pad, type RefDate } from '../../calendar/index.js';
import type { Sentences } from '../../facts/sentences.js';
import type { DateSpan, Refiner } from '../types.js';
import { NEAR_YEAR, resolve, type PendingDate } from './common.js';

/**
 * Resolves relative dates in text order, after overlaps are dropped, so 同年
 * ("the same year") and العام السابق take the year named last, however it was
 * said, and a bare 一季度 / الربع الأول a year written out just before it ("去年
 * 同期" is a comparison, not its year), 次日 / 当天 the day named last (the
 * end of a range) and 当月 the month named last. A range's second end (5月1日至3日) is resolved after the
 * first: the value is the interval.
 */
export const resolveDates: Refiner<DateSpan> = {
  name: 'resolve-dates',
  refine(spans, ctx) {
    const ref = ctx.refDate;
    let lastYear: number | null = null;
    let lastAbsolute: number | null = null;
    let lastAbsoluteEnd = -Infinity;
    let lastDay: RefDate | null = null;
    let lastMonth: string | null = null;
    // The Hijri month named last, when the month named last was one (10 ذي الحجة … الخامس عشر من الشهر نفسه).
    let lastHijri: { year: number; month: number } | null = null;
    // The last date written out to its month or day (2022年5月1日, 12 مارس 2021), and where it ends.
    let lastFull: number | null = null;
    let lastFullEnd = -Infinity;
    return (spans as PendingDate[]).map((s): DateSpan => {
      const parts = s.parts.lastMonth && s.parts.day !== undefined && lastHijri ? inHijriMonth(s.parts, lastHijri)
        : inNarrative(s, lastFull, lastFullEnd, ctx.sentences, ctx.scan) ? yearOf(s.parts, lastFull as number) : s.parts;
      const a = resolve(parts, ref, parts.nearYear ? lastAbsolute : lastYear, s.start - lastAbsoluteEnd, lastDay, lastMonth);
      let value = a.value;
      let from: string | null = a.from ?? null;
      let to: string | null = a.to ?? null;
      if (s.toParts && a.value) {
        const b = resolve(s.toParts, ref, lastYear);
        if (b.value) {
          from = a.value;
          to = b.value;
          value = `${from}/${to}`;
        }
      }
      const year = /^(\d{4})/u.exec(to ?? value ?? '')?.[1];
      lastDay = dayOf(to ?? value) ?? lastDay;
      const month = /^\d{4}-\d{2}(?=$|-\d{2})/u.exec(to ?? value ?? '')?.[0];
      if (month) {
        lastMonth = month;
        const h = parts.hijri;
        const hy = h?.year ?? a.hijriYear;
        lastHijri = h?.month !== undefined && hy !== undefined ? { year: hy, month: h.month } : null;
      }
      if (year) {
        lastYear = Number(year);
        if (!s.relative) {
          lastAbsolute = lastYear;
          lastAbsoluteEnd = s.end;
          if (a.grain === 'month' || a.grain === 'day' || a.grain === 'hour' || a.grain === 'minute') {
            lastFull = lastYear;
            lastFullEnd = s.end;
          }
        }
      }
      return {
        kind: 'date', start: s.start, end: s.end, rule: s.rule, value, grain: a.grain, relative: s.relative, from, to,
        calendar: parts.hijri || s.hijriTwin ? 'islamic' : 'gregory',
        hijri: parts.hijri ? hijriText(parts.hijri, a.hijriYear) : s.hijriTwin ? hijriText(s.hijriTwin, undefined) : null,
      };
    });
  },
};

/**
 * "2022年5月1日开幕，5月2日闭幕", "في 12 مارس 2021 أعلنت…، وفي 15 مارس بدأت": a month and day with no
 * year, in the sentence of a date written out to its month or day just before, is in that date's
 * year (the story is telling that time), not in the reference year. Not after a bare year
 * (公司成立于2010年。5月1日起…), nor across a sentence, nor for a month said with its direction
 * (مارس الماضي), nor a range's end. A semicolon does not end the story's time: 2024年3月5日发布公告；3月8日上市
 * keeps 2024 (the clauses of one account).
 */
function inNarrative(s: PendingDate, lastFull: number | null, lastFullEnd: number, sentences: Sentences, scan: string): boolean {
  const p = s.parts as PendingDate['parts'] & { monthDir?: string };
  return lastFull !== null && s.start - lastFullEnd <= NEAR_YEAR && !s.toParts
    && p.refYear === true && p.month !== undefined && p.year === undefined && p.monthDir === undefined
    && p.yearOffset === undefined && p.monthOffset === undefined && p.dayOffset === undefined && !p.hijri
    // Last, the one look-up: the date written out is in this sentence.
    && (lastFullEnd > sentences.bounds(s.start, s.end)[0] || onlySemicolons(scan.slice(lastFullEnd, s.start)));
}
/** Text between two dates whose only sentence breaks are semicolons (；, ;, ؛). */
function onlySemicolons(between: string): boolean {
  return SEMICOLON.test(between) && !SENTENCE_BREAK.test(between);
}
const SEMICOLON = /[;；؛]/u;
/** A full stop, a question or exclamation mark, a line break, or a dot before a space. */
const SENTENCE_BREAK = /[。!?！？؟\n]|\.\s/u;

/** A day of "the same month" when the month named last was a Hijri one: that day of the Hijri month, at the hour the parts give. */
function inHijriMonth(p: PendingDate['parts'], h: { year: number; month: number }): PendingDate['parts'] {
  return { hijri: { ...h, day: p.day }, ...(p.hour !== undefined ? { hour: p.hour } : {}), ...(p.minute !== undefined ? { minute: p.minute } : {}) };
}

/** The parts with their year said by the text: the reference's news-year guesses no longer apply. */
function yearOf(p: PendingDate['parts'], year: number): PendingDate['parts'] {
  const { refYear: _r, newsYear: _n, past: _p, ahead: _a, ...rest } = p;
  return { ...rest, year };
}

function hijriText(h: { year?: number; month?: number; day?: number }, year: number | undefined): string | null {
  const y = h.year ?? year;
  if (y === undefined) return null;
  return [String(y), h.month && pad(h.month), h.month && h.day && pad(h.day)].filter(Boolean).join('-');
}
