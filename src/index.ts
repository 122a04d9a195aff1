/**
 * newsfacts: saved Chinese and Arabic news pages → normalized money, date and percent
 * facts with exact offsets into the cleaned text.
 */
// First: regexes compile to machine code from their first use (see the module).
import './util/regexp-engine.js';
import { cleanPage as cleanWith, type CleanInput, type Cleaned } from './clean/index.js';
import type { CleanWords } from './clean/lexicon.js';
import { CLEAN_WORDS } from './extract/languages.js';

export { extractArticle, looksLikeHtml, InputError, parseRefDate } from './pipeline.js';
export type { ArticleInput, ExtractOptions, StageTimings } from './pipeline.js';
export { Article, Fact, MoneyFact, DateFact, PercentFact, SCHEMA_VERSION, articleJsonSchema } from './article/schema.js';
export { decodeBytes } from './ingest/decode.js';
export { parseSiteRules, SiteRules, SiteRulesError } from './clean/site-rules.js';
export type { SiteRule } from './clean/site-rules.js';
export { detectLanguage } from './lang/detect.js';

/** Page → headline + body paragraphs, boilerplate removed; by default with the words of every registered language. */
export function cleanPage(input: CleanInput, words: CleanWords = CLEAN_WORDS): Cleaned {
  return cleanWith(input, words);
}
