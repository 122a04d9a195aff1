import { AR_DATES } from './date/ar/rules.js';
import { ZH_DATES } from './date/zh/rules.js';
import { AR_MONEY } from './money/ar/rules.js';
import { ZH_MONEY } from './money/zh/rules.js';
import type { Language } from './types.js';

/**
 * The registry of languages: which paragraphs each reads, and its rules and
 * refiners per kind (see kinds.ts). Adding a language is a folder of rules per
 * kind plus one line here. A paragraph is read by the languages that accept its
 * language (../lang: Persian, Urdu and Japanese are none of these, so their
 * figures are not guessed at with Arabic or Chinese rules).
 */
export const LANGUAGES: readonly Language[] = [
  { code: 'zh', accepts: (lang) => lang === 'zh', letters: /\p{Script=Han}/u, kinds: { money: ZH_MONEY, date: ZH_DATES } },
  { code: 'ar', accepts: (lang) => lang === 'ar', letters: /\p{Script=Arabic}/u, kinds: { money: AR_MONEY, date: AR_DATES } },
];
