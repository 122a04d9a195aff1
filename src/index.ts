/**
 * newsfacts: saved Chinese and Arabic news pages → normalized money, date and percent
 * facts with exact offsets into the cleaned text.
 */
import './util/regexp-engine.js';
export { extractArticle, looksLikeHtml, InputError, parseRefDate } from './pipeline.js';
export type { ArticleInput, ExtractOptions, StageTimings } from './pipeline.js';
export { Article, Fact, MoneyFact, DateFact, PercentFact, SCHEMA_VERSION, articleJsonSchema } from './article/schema.js';
export { decodeBytes } from './ingest/decode.js';
export { cleanPage } from './clean/index.js';
export { parseSiteRules, SiteRules, SiteRulesError } from './clean/site-rules.js';
export type { SiteRule } from './clean/site-rules.js';
export { detectLanguage } from './lang/detect.js';
