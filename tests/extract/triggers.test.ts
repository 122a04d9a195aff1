import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AR_DATE_EXAMPLES, AR_DATE_NEGATIVES } from '../../src/extract/date/ar/corpus.js';
import { ZH_DATE_EXAMPLES, ZH_DATE_NEGATIVES } from '../../src/extract/date/zh/corpus.js';
import { KINDS } from '../../src/extract/kinds.js';
import { LANGUAGES } from '../../src/extract/languages.js';
import { AR_MEASURE_EXAMPLES, ZH_MEASURE_EXAMPLES } from '../../src/extract/measure/corpus.js';
import { AR_MONEY_EXAMPLES, AR_MONEY_NEGATIVES } from '../../src/extract/money/ar/corpus.js';
import { ZH_MONEY_EXAMPLES, ZH_MONEY_NEGATIVES } from '../../src/extract/money/zh/corpus.js';
import { AR_PERCENT_EXAMPLES, AR_PERCENT_NEGATIVES } from '../../src/extract/percent/ar/corpus.js';
import { ZH_PERCENT_EXAMPLES, ZH_PERCENT_NEGATIVES } from '../../src/extract/percent/zh/corpus.js';
import type { Rule } from '../../src/extract/types.js';
import { foldDigits } from '../../src/numerals/digits.js';
import { repoPath } from '../helpers.js';

/**
 * A rule's trigger is tested once per text and, when it fails, the rule is
 * skipped (src/extract/run.ts): a trigger that misses a text its pattern
 * matches loses facts without a word. Every trigger must fire on every text
 * where its rule's pattern matches: checked here on every example and
 * negative of every table (the texts written to exercise the rules), the seed
 * articles, and pairs of examples side by side.
 */
const phrases = (xs: ReadonlyArray<{ phrases: string[] }>) => xs.flatMap((x) => x.phrases);
const TEXTS: string[] = [
  ...phrases(ZH_MONEY_EXAMPLES), ...ZH_MONEY_NEGATIVES, ...phrases(AR_MONEY_EXAMPLES), ...AR_MONEY_NEGATIVES,
  ...phrases(ZH_DATE_EXAMPLES), ...ZH_DATE_NEGATIVES, ...phrases(AR_DATE_EXAMPLES), ...AR_DATE_NEGATIVES,
  ...phrases(ZH_PERCENT_EXAMPLES), ...ZH_PERCENT_NEGATIVES, ...phrases(AR_PERCENT_EXAMPLES), ...AR_PERCENT_NEGATIVES,
  ...phrases(ZH_MEASURE_EXAMPLES), ...phrases(AR_MEASURE_EXAMPLES),
  ...readdirSync(repoPath('corpus')).map((f) => readFileSync(join(repoPath('corpus'), f), 'utf8')),
  // Lists and paired days give a fact per member, so the one-fact tables hold none.
  '今年5、6、7月的出口额均有增长', '2024年3月和4月的銷量', '展会将于6月3日、4日和5日举行', '2025年1月8日及9日',
  'خلال شهري يناير وفبراير 2025', 'من مارس إلى مايو 2024', 'ينعقد المؤتمر يومي 10 و11 يونيو', 'في الفترة من أبريل حتى يونيو 2023',
  'تعقد الجولة يومي الأحد والإثنين 22 و23 يونيو',
  'يعقد المجلس جلستي الثلاثاء والأربعاء المقبلتين', 'يعود الموظفون يومي الأربعاء والخميس 11 و12 من الشهر نفسه',
  '17、18日將受東北季風影響', '會議定於5月13日或14日舉行',
];

/** Every rule that has a trigger, by name, from both registries. */
function triggered(): Array<Rule<unknown>> {
  const all: Array<Rule<unknown>> = [];
  for (const l of LANGUAGES) for (const k of Object.values(l.kinds)) if (k) all.push(...(k.rules as Array<Rule<unknown>>));
  for (const k of KINDS) for (const l of Object.values(k.languages ?? {})) all.push(...(l.rules as Array<Rule<unknown>>));
  return all.filter((r) => r.trigger);
}

/** The texts (digit-folded, as rules see them) where `rule`'s pattern matches and its trigger does not. */
function missed(rule: Rule<unknown>, texts: readonly string[]): string[] {
  const once = new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/gu, ''));
  const trigger = new RegExp((rule.trigger as RegExp).source, (rule.trigger as RegExp).flags.replace(/[gy]/gu, ''));
  return texts.map(foldDigits).filter((t) => once.test(t) && !trigger.test(t));
}

describe('rule triggers', () => {
  const rules = triggered();

  it('there are triggers to check, and texts that reach each of them', () => {
    expect(rules.length).toBeGreaterThan(40);
    expect(TEXTS.length).toBeGreaterThan(2000);
  });

  it('fire on every example, negative and seed article where their pattern matches', () => {
    const bad = rules.flatMap((r) => missed(r, TEXTS).map((t) => `${r.name}: ${t.slice(0, 80)}`));
    expect(bad).toEqual([]);
  });

  it('fire on two examples side by side (a pattern may match across them)', () => {
    // Neighbours in each table, joined with and without a break between them.
    const pairs: string[] = [];
    for (let i = 0; i + 1 < TEXTS.length; i += 1) pairs.push(`${TEXTS[i]}${TEXTS[i + 1]}`, `${TEXTS[i]}，${TEXTS[i + 1]}`);
    const bad = rules.flatMap((r) => missed(r, pairs).map((t) => `${r.name}: ${t.slice(0, 80)}`));
    expect(bad).toEqual([]);
  });

  it('each rule with a trigger is reached by some text of the tables', () => {
    const never = /\u{E000}never-there/u;
    const unreached = rules.filter((r) => missed({ ...r, trigger: never }, TEXTS).length === 0).map((r) => r.name);
    expect(unreached).toEqual([]);
  });
});
