import { toSimplified } from '../lang/hanzi.js';

/**
 * Phrases that news sites print around an article, not in it. These are one
 * signal among several (link density, list shape, position, repetition): a
 * phrase marks a block only when the block is also short or shaped like a
 * widget label, except for disclaimers and credits, whose wording is the tell.
 *
 * Each language gives its own (the registry of languages, ../extract/languages.ts,
 * holds them: ../extract/lexicon/zh.ts, ar.ts); the cleaner gets them merged as
 * one CleanWords value, built once, with the English words below, which pages
 * in every language print. (A few patterns of features.ts still name Chinese
 * and Arabic words: credits in parentheses, byline and date lines.)
 */
export interface Lexicon {
  /** Whole-block labels of widgets (buttons, tabs, section titles). */
  widgetLabels: readonly string[];
  /** Titles of comment sections: once one of these stands alone after the body, the rest of the page is not the article. */
  commentMarkers: readonly string[];
  /**
   * Titles of related, recommended and ranking sections. After the body they
   * end it; inside it (a "read also" box between two paragraphs) the body goes
   * on after the box.
   */
  sectionMarkers: readonly string[];
  /** A block that opens with one of these (then a colon or bar) is a credit line. */
  creditPrefixes: readonly string[];
  /** Phrases of legal disclaimers, copyright lines, app and follow prompts, with the reason they give. */
  boilerplate: ReadonlyArray<readonly [RegExp, BoilerplateReason]>;
  /**
   * Vocabulary of link-farm and adult/gambling spam that is injected into
   * hacked news pages. Two distinct hits in one block mark it as spam.
   */
  spamTerms: readonly string[];
}

/** The reasons a phrase gives, in the order they are tried: a block with phrases of two reasons gets the first's. */
export const BOILERPLATE_REASONS = ['copyright', 'disclaimer', 'comments', 'app-prompt', 'site-links'] as const;
export type BoilerplateReason = (typeof BOILERPLATE_REASONS)[number];

/** English furniture, common on pages in every language. */
export const COMMON_LEXICON: Lexicon = {
  widgetLabels: ['Share', 'Print', 'Login', 'Sign in', 'Subscribe', 'Home', 'Read more'],
  commentMarkers: ['Comments'],
  sectionMarkers: ['Related', 'Related articles', 'Most read', 'Recommended', 'Read also'],
  creditPrefixes: ['Editor', 'Edited by', 'Source', 'Photo', 'Image'],
  boilerplate: [[/©|\(c\)\s?\d{4}|Copyright|All rights reserved/iu, 'copyright']],
  spamTerms: [],
};

/**
 * A label as a key: Simplified, without spaces, punctuation, Arabic
 * diacritics and tatweel, with every alef (أ إ آ) as ا and final ى as ي, lower
 * case: "إقرأ أيضًا:" and "اقرأ ايضا" are one key.
 */
export const fold = (s: string) =>
  toSimplified(s)
    .replace(/[\s:：|｜>»«·•\-–—_()（）【】\[\]「」“”"'.,،!！?？\u064b-\u0652\u0640…]+/gu, '')
    .replace(/[أإآ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .toLowerCase();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * The lexicons of the languages a run reads, and the common one, merged and
 * compiled: label sets, the credit regex, the phrases in reason order. Build
 * it once (the registry does: CLEAN_WORDS) and pass it to every page.
 */
export class CleanWords {
  readonly labels: ReadonlySet<string>;
  readonly markers: ReadonlySet<string>;
  readonly comments: ReadonlySet<string>;
  readonly credit: RegExp;
  /** Every language's phrases, grouped by reason in BOILERPLATE_REASONS order (each language's order within a reason). */
  readonly boilerplate: ReadonlyArray<readonly [RegExp, BoilerplateReason]>;
  readonly spamTerms: readonly string[];

  constructor(lexicons: readonly Lexicon[]) {
    const all = [COMMON_LEXICON, ...lexicons];
    const list = (f: (l: Lexicon) => readonly string[]) => [...new Set(all.flatMap(f))];
    this.labels = new Set(list((l) => l.widgetLabels).map(fold));
    this.markers = new Set(list((l) => l.sectionMarkers).map(fold));
    this.comments = new Set(list((l) => l.commentMarkers).map(fold));
    this.credit = new RegExp(`^[(（\\[【]?\\s{0,3}(?:${list((l) => l.creditPrefixes).map(escape).join('|')})\\s{0,3}[:：|｜]`, 'iu');
    this.boilerplate = BOILERPLATE_REASONS.flatMap((r) => all.flatMap((l) => l.boilerplate.filter(([, reason]) => reason === r)));
    this.spamTerms = list((l) => l.spamTerms);
  }
}
