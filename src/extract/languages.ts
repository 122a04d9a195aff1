import { CleanWords } from '../clean/lexicon.js';
import { AR_DATES } from './date/ar/rules.js';
import { ZH_DATES } from './date/zh/rules.js';
import { AR_LEXICON } from './lexicon/ar.js';
import { ZH_LEXICON } from './lexicon/zh.js';
import { AR_MONEY } from './money/ar/rules.js';
import { ZH_MONEY } from './money/zh/rules.js';
import type { Language } from './types.js';

/**
 * The registry of languages: which paragraphs each reads, its rules and
 * refiners per kind (see kinds.ts), and the words its news sites print around
 * an article (its lexicon, for the cleaner). Adding a language is a folder of
 * rules per kind, its lexicon (lexicon/xx.ts), and one line here. A paragraph is
 * read by the languages that accept its language (../lang: Persian, Urdu and
 * Japanese are none of these, so their figures are not guessed at with Arabic
 * or Chinese rules).
 */
export const LANGUAGES: readonly Language[] = [
  { code: 'zh', accepts: (lang) => lang === 'zh', letters: /\p{Script=Han}/u, kinds: { money: ZH_MONEY, date: ZH_DATES }, lexicon: ZH_LEXICON },
  { code: 'ar', accepts: (lang) => lang === 'ar', letters: /\p{Script=Arabic}/u, kinds: { money: AR_MONEY, date: AR_DATES }, lexicon: AR_LEXICON },
];

/**
 * Every registered language's lexicon merged for the cleaner, built once: the
 * pipeline passes it to every page (clean is an earlier stage than this
 * registry, so it is given the words, not the registry).
 */
export const CLEAN_WORDS = new CleanWords(LANGUAGES.flatMap((l) => (l.lexicon ? [l.lexicon] : [])));
