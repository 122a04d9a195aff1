import { toSimplified } from '../lang/hanzi.js';
import { isSpaceCode } from '../util/spaces.js';
import { bmpClasses, charClass, LETTER, NUMBER, SCRIPT_HAN, SCRIPT_HANGUL, SCRIPT_KANA, SCRIPT_MASK } from '../util/chars.js';
import { fold, type CleanWords } from './lexicon.js';

/**
 * Length in "Latin-letter equivalents": a Han character carries about as much
 * as two Latin or Arabic letters, so one threshold serves all scripts.
 */
export function effectiveLength(text: string): number {
  const w = weights ?? weightTable();
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) {
      n += weightOf(charClass(cp));
      i++;
    } else n += w[cp] as number;
  }
  return n;
}

function weightOf(cls: number): number {
  const s = cls & SCRIPT_MASK;
  if (s === SCRIPT_HAN || s === SCRIPT_KANA || s === SCRIPT_HANGUL) return 2;
  return cls & (LETTER | NUMBER) ? 1 : 0;
}

/** effectiveLength's weight of each BMP unit. */
let weights: Uint8Array | null = null;
function weightTable(): Uint8Array {
  const classes = bmpClasses();
  weights = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) weights[c] = weightOf(classes[c] as number);
  return weights;
}

/** Ends like a sentence in body copy: 。 . ! ? ؟ … or a closing quote after them. */
export function endsLikeSentence(text: string): boolean {
  return /(?:[。.!?！？;；؟…]|[.。!?！？][”"’」』)）)]?)\s*$/u.test(text) && !/\.\.\s*$/u.test(text);
}

const PUNCTUATION = /[。!?！？;；؟؛…,，،、]|\.(?=\s|$)/u;

/** Holds clause or sentence punctuation of running prose. */
export function hasPunctuation(text: string): boolean {
  return PUNCTUATION.test(text);
}

// A credit in parentheses anywhere: "(本文首发于钛媒体 APP,作者|王健,编辑|林志佳)"
const CREDIT_PAREN = /^[(（].{0,60}(?:作者|编辑|记者|来源|首发于)\s{0,2}[:：|｜].{0,60}[)）]$/u;

/** A widget label (button, tab) standing alone as a block. */
export function isWidgetLabel(text: string, words: CleanWords): boolean {
  return text.length <= 24 && words.labels.has(fold(text));
}

/**
 * A "read also" line inside the body: a related-section title, a colon or
 * bar, then a headline, and nothing that ends like a sentence after it:
 * "相关阅读：某某公司发布新品", "إقرأ أيضا: أسعار الذهب اليوم".
 */
export function isRelatedLine(text: string, words: CleanWords): boolean {
  if (text.length > 120) return false;
  const m = /^[\s【\[（(«"]{0,3}([^:：|｜»\]】)）.…]{2,16})(?:[\]】)）»"]\s{0,3}(?:[:：|｜»>-]|\.{2,3}|…)?|\s{0,3}(?:[:：|｜»>-]|\.{2,3}|…))\s{0,3}\S/u.exec(text);
  if (!m || !words.markers.has(fold(m[1] as string))) return false;
  return !/[。!?！？]\s*$/u.test(text);
}

/**
 * The title of a section standing alone: "comments" (网友评论, التعليقات),
 * "related" (相关阅读, اقرأ أيضا, rankings, recommendations), or null.
 */
export function sectionMarker(text: string, words: CleanWords): 'comments' | 'related' | null {
  if (text.length > 30) return null;
  const key = fold(text);
  return words.comments.has(key) ? 'comments' : words.markers.has(key) ? 'related' : null;
}

/** Why a block is boilerplate by its wording (the lexicons' phrases, or a credit line), or null. `simple` and `eff` (its Simplified folding and effectiveLength) may be passed when at hand. */
export function boilerplateReason(text: string, words: CleanWords, simple = toSimplified(text), eff = effectiveLength(text)): string | null {
  if (eff <= 120 && (words.credit.test(simple) || CREDIT_PAREN.test(simple))) return 'credit';
  // Long paragraphs that merely mention a phrase ("the app's download
  // numbers") stay; the furniture is short or says nothing else.
  if (eff > 400) return null;
  for (const [re, reason] of words.boilerplate) if (re.test(simple)) return reason;
  return null;
}

/** Two distinct spam terms in one block. `simple` is the text folded to Simplified, if at hand. */
export function isSpam(text: string, words: CleanWords, simple = toSimplified(text)): boolean {
  let hits = 0;
  for (const term of words.spamTerms) {
    if (simple.includes(term) && ++hits >= 2) return true;
  }
  return false;
}

/**
 * A line of many short items joined by separators and no prose punctuation:
 * tag clouds, keyword stuffing, link-farm rows, footer link bars.
 * "中文字幕在线免费-中文字幕在线看片成人-…", "天堂网在线看 | 亚洲人成网 | …".
 */
export function isSeparatorList(text: string): boolean {
  if (separatorBound(text) < 4) return false;
  // Two sentence ends make it prose: found before the split, which costs far more on a long paragraph.
  const ends = /[。!?！？;；؟]|\.(?=\s)/gu;
  if (ends.exec(text) && ends.exec(text)) return false;
  const parts = text.split(/\s{0,3}[|｜\/、_]\s{0,3}|\s[-–—]\s|(?<=\S)-(?=\S)|\s{3,}/u).filter((p) => p.trim());
  if (parts.length < 5) return false;
  const lens = parts.map((p) => effectiveLength(p)).sort((a, b) => a - b);
  const median = lens[Math.floor(lens.length / 2)] ?? 0;
  return median <= 24;
}

/**
 * At least as many as the separators isSeparatorList's split can find: each
 * holds one of | ｜ / 、 _ - – — or is a run of three white spaces.
 */
function separatorBound(text: string): number {
  let n = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (++run === 3) n++;
      continue;
    }
    run = 0;
    if (c === 0x7c || c === 0xff5c || c === 0x2f || c === 0x3001 || c === 0x5f || c === 0x2d || c === 0x2013 || c === 0x2014) n++;
  }
  return n;
}

// 2025-06-19 20:03, 2024/4/26, 2025年6月19日, 19 يونيو 2025 (months checked loosely)
const DATE_IN_LINE = /(?:19|20)\d{2}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}|\d{1,2}\s+\p{Script=Arabic}{3,12}\s+(?:19|20)\d{2}/u;

/** A short line that carries the date, source or author of the article. */
export function isMetaLine(text: string): boolean {
  if (effectiveLength(text) > 120) return false;
  if (DATE_IN_LINE.test(text)) return true;
  return /^(?:来源|來源|作者|记者|記者|发布时间|發布時間|发布日期|时间|時間|更新时间|编辑|編輯|By |المصدر|بتاريخ|نشر في|تاريخ النشر|آخر تحديث)/iu.test(text);
}

// Tokens of JavaScript, CSS and JSON that no news sentence holds.
const CODE_TOKENS = /function\s{0,3}\(|=>\s{0,3}\{|\b(?:var|let|const)\s{1,3}[\w$]{1,40}\s{0,3}=|\b(?:document|window)\.[a-zA-Z]|getElementById|addEventListener|\bjQuery\b|\$\(|\}\s{0,3}\)\s{0,3};|[{;]\s{0,3}[a-z-]{2,30}\s{0,3}:\s{0,3}[^;{}]{1,60};|"[\w@$-]{1,40}"\s{0,3}:\s{0,3}["{[\d]/gu;

const CODE_TOKEN = new RegExp(CODE_TOKENS.source, 'u');

/**
 * A line of script, style or JSON that reached the text: scraped pages keep
 * them as lines, and a page can print code outside a <script> element.
 * Two distinct code tokens, or one in a line that is mostly ASCII symbols.
 */
export function isCode(text: string): boolean {
  // Most blocks hold no code token at all: one test without collecting, before collecting them.
  if (!CODE_TOKEN.test(text)) return false;
  const hits = text.match(CODE_TOKENS);
  if (!hits) return false;
  if (new Set(hits).size >= 2) return true;
  let symbols = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x7d || c === 0x28 || c === 0x29 || c === 0x3b || c === 0x3d || c === 0x22 || c === 0x5b || c === 0x5d) symbols++;
  }
  return symbols >= 4 && symbols >= 0.05 * text.length;
}
