import { arDates } from './date/ar/rules.js';
import type { PendingDate } from './date/common.js';
import { zhDates } from './date/zh/rules.js';
import { arMoney } from './money/ar/rules.js';
import { zhMoney } from './money/zh/rules.js';
import type { ExtractContext, MoneySpan } from './types.js';

/** One language's extractors, and the script whose presence turns them on. */
interface LanguageRules {
  script: RegExp;
  money: (ctx: ExtractContext) => MoneySpan[];
  dates: (ctx: ExtractContext) => PendingDate[];
}

/** The registry: adding a language is a folder of rules plus one line here. */
export const LANGUAGES: Readonly<Record<string, LanguageRules>> = {
  zh: { script: /\p{Script=Han}/u, money: zhMoney, dates: zhDates },
  ar: { script: /\p{Script=Arabic}/u, money: arMoney, dates: arDates },
};

/**
 * Runs the rules of the article's language, and of every language whose script
 * occurs in the text (a Chinese figure quoted in an Arabic story is still read).
 */
export function extractSpans(ctx: ExtractContext): { money: MoneySpan[]; dates: PendingDate[] } {
  const money: MoneySpan[] = [];
  const dates: PendingDate[] = [];
  for (const [lang, rules] of Object.entries(LANGUAGES)) {
    if (lang !== ctx.lang && !rules.script.test(ctx.text)) continue;
    // One push per span: push(...spans) passes each as an argument and overflows the stack past ~120k.
    for (const s of rules.money(ctx)) money.push(s);
    for (const s of rules.dates(ctx)) dates.push(s);
  }
  return { money, dates };
}
