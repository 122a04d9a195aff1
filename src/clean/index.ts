import { toSimplified } from '../lang/hanzi.js';
import { bigrams, dice } from '../util/dice.js';
import { EMPTY_META, type Block, type PageMeta } from './block.js';
import {
  boilerplateReason, effectiveLength, endsLikeSentence, isMetaLine, isSectionMarker, isSeparatorList, isSpam,
  isWidgetLabel, punctuationCount,
} from './features.js';
import { htmlToBlocks } from './html.js';
import { removePinyinGlosses } from './pinyin.js';
import { publishedFromLine } from './published.js';
import { cleanWithSiteRules, type SiteRule } from './site-rules.js';
import { textToBlocks } from './text.js';

/** A block the cleaner dropped, and why. */
export interface Removed {
  text: string;
  reason: string;
}

/** The article as the cleaner sees it: headline, body paragraphs, what was dropped. */
export interface Cleaned {
  title: string | null;
  paragraphs: string[];
  removed: Removed[];
  published: string | null;
  /** Where `published` came from: a meta tag, JSON-LD, "byline" or "site-rule". */
  publishedSource: string | null;
  /** The `match` of the site rule applied to the page, if any. */
  siteRule?: string;
  /** What may have gone wrong ("site-rule-missed"). */
  warnings?: string[];
}

export interface CleanInput {
  html?: string;
  text?: string;
  /** The page's URL, for site rules (else they use its canonical link or og:url). */
  url?: string | null;
  /** Site rules (--site-rules, checked by parseSiteRules): the one for this page's URL is applied first. */
  siteRules?: readonly SiteRule[] | null;
}

/** Page → headline + body paragraphs, boilerplate removed. */
export function cleanPage(input: CleanInput): Cleaned {
  if (input.html !== undefined && input.siteRules?.length) {
    const ruled = cleanWithSiteRules(input.html, input.url ?? null, input.siteRules, cleanBlocks);
    if (ruled) return ruled;
  }
  if (input.html !== undefined) {
    const { blocks, meta } = htmlToBlocks(input.html);
    return cleanBlocks(blocks, meta);
  }
  return cleanBlocks(textToBlocks(input.text ?? ''), EMPTY_META);
}

/**
 * Text that is already the article body (`clean: false`): kept whole, only
 * split into paragraphs at line breaks; nothing is removed.
 */
export function keepWhole(text: string): Cleaned {
  const paragraphs = textToBlocks(text).map((b) => b.text);
  return { title: null, paragraphs, removed: [], published: null, publishedSource: null };
}

type Label = 'good' | 'short' | 'bad' | 'duplicate';

interface Scored {
  block: Block;
  text: string;
  eff: number;
  label: Label;
  reason: string;
  /** The text without white space: what makes two blocks the same. */
  key: string;
}

// A paragraph of prose: long enough and shaped like sentences.
const GOOD_LENGTH = 60;
const LONG_LENGTH = 200;
const MAX_LINK_DENSITY = 0.35;
const NEAR_DUPLICATE_LENGTH = 120;

/** The shared classifier: blocks from HTML or text → the article. */
export function cleanBlocks(blocks: Block[], meta: PageMeta): Cleaned {
  const scored: Scored[] = blocks.map((block) => {
    const text = removePinyinGlosses(block.text);
    return { block, text, eff: effectiveLength(text), label: 'short', reason: '', key: text.replace(/\s+/gu, '') };
  });
  markDuplicates(scored);
  for (const s of scored) if (s.label !== 'duplicate') classify(s);
  markListRuns(scored);

  const regions = chooseRegions(scored);
  const keep = new Set<number>();
  for (const [from, to] of regions) {
    for (let i = from; i <= to; i++) {
      const s = scored[i] as Scored;
      if (s.label === 'good' || (s.label === 'short' && !isMetaLine(s.text))) keep.add(i);
    }
  }
  const bodyStart = regions.length ? (regions[0] as [number, number])[0] : scored.length;

  const { title, titleIndex } = chooseTitle(scored, meta, bodyStart, keep);
  if (titleIndex >= 0) keep.delete(titleIndex);

  let published = meta.published;
  let publishedSource = meta.publishedSource;
  const metaLines = headerZone(scored, titleIndex, bodyStart);
  for (const i of metaLines) {
    keep.delete(i);
    if (!published) {
      const p = publishedFromLine((scored[i] as Scored).text);
      if (p) {
        published = p;
        publishedSource = 'byline';
      }
    }
  }

  const paragraphs: string[] = [];
  const removed: Removed[] = [];
  scored.forEach((s, i) => {
    if (keep.has(i)) paragraphs.push(s.text);
    else if (i === titleIndex) return;
    else removed.push({ text: s.text, reason: metaLines.includes(i) ? 'byline' : s.reason || 'outside-body' });
  });
  return { title, paragraphs, removed, published, publishedSource };
}

function classify(s: Scored): void {
  const { block, text, eff } = s;
  const bad = (reason: string) => {
    s.label = 'bad';
    s.reason = reason;
  };
  if (block.hint && !(eff >= LONG_LENGTH && block.linkDensity < 0.1)) return bad(block.hint);
  if (block.linkDensity > 0.5 && eff < LONG_LENGTH * 2) return bad('links');
  const simple = toSimplified(text);
  if (isSpam(text, simple)) return bad('spam');
  if (isSectionMarker(text)) return bad('section-title');
  if (isWidgetLabel(text)) return bad('widget');
  const phrase = boilerplateReason(text, simple, eff);
  if (phrase) return bad(phrase);
  if (isSeparatorList(text)) return bad('keyword-list');
  const prose = punctuationCount(text) >= 1 && (endsLikeSentence(text) || eff >= LONG_LENGTH);
  if (eff >= GOOD_LENGTH && prose && block.linkDensity < MAX_LINK_DENSITY) s.label = 'good';
}

/**
 * Removes repeats: a body printed twice, a block repeated in a widget. Blocks
 * repeat exactly (ignoring white space), or, when long, nearly (Dice ≥ 0.95 on
 * character bigrams: a print copy with changed spacing or punctuation; two
 * templated paragraphs that differ in a figure stay apart); short
 * ones only count as repeats next to a long repeat, so a subhead printed again
 * with its body goes, while a short phrase used twice in prose stays.
 */
function markDuplicates(scored: Scored[]): void {
  const cache = new Map<Scored, Uint32Array>();
  const bigramsOf = (x: Scored) => {
    let g = cache.get(x);
    if (!g) {
      g = bigrams(x.text);
      cache.set(x, g);
    }
    return g;
  };
  const seen = new Map<string, number>();
  const long: Scored[] = [];
  scored.forEach((s, i) => {
    const key = s.key;
    if (!key) return;
    const first = seen.get(key);
    if (first !== undefined && s.eff >= 20) {
      s.label = 'duplicate';
      s.reason = 'duplicate';
      return;
    }
    if (first === undefined) seen.set(key, i);
    if (s.eff >= NEAR_DUPLICATE_LENGTH) {
      // Bounded: compare with the last 200 long blocks of similar length.
      let mine: Uint32Array | null = null;
      for (let k = long.length - 1, n = 0; k >= 0 && n < 200; k--, n++) {
        const o = long[k] as Scored;
        if (Math.abs(o.text.length - s.text.length) > 0.05 * s.text.length) continue;
        mine ??= bigramsOf(s);
        if (dice(bigramsOf(o), mine) >= 0.95) {
          s.label = 'duplicate';
          s.reason = 'duplicate';
          return;
        }
      }
      long.push(s);
    }
  });
  // Short repeats next to a repeat.
  let changed = true;
  while (changed) {
    changed = false;
    scored.forEach((s, i) => {
      if (s.label === 'duplicate') return;
      const key = s.key;
      const first = seen.get(key);
      if (first === undefined || first === i) return;
      const near = scored[i - 1]?.label === 'duplicate' || scored[i + 1]?.label === 'duplicate';
      if (near) {
        s.label = 'duplicate';
        s.reason = 'duplicate';
        changed = true;
      }
    });
  }
}

/**
 * Runs of three or more list items that read as headlines (no sentence end)
 * are navigation or related-article lists; a list of sentences in the body is
 * kept. Items that end with "| 2025-05-05" or an author are headline rows.
 */
function markListRuns(scored: Scored[]): void {
  let i = 0;
  while (i < scored.length) {
    if (!(scored[i] as Scored).block.listItem) {
      i++;
      continue;
    }
    let j = i;
    while (j < scored.length && ((scored[j] as Scored).block.listItem || (scored[j] as Scored).label === 'duplicate')) j++;
    const run = scored.slice(i, j).filter((s) => s.label !== 'duplicate');
    const headlines = run.filter((s) => !endsLikeSentence(s.text) || /[|｜]\s{0,3}\d{4}-\d{2}-\d{2}\s*$/u.test(s.text));
    if (run.length >= 3 && headlines.length >= 0.6 * run.length) {
      for (const s of run) if (s.label !== 'bad') Object.assign(s, { label: 'bad', reason: 'link-list' });
    }
    i = j;
  }
}

/**
 * Splits the page at section titles ("網友評論", "اقرأ أيضا") and at long runs
 * of furniture, scores each stretch by its prose, and keeps the best stretch
 * plus any other stretch before the first section title that follows it and
 * has at least a third of its prose (an article cut in two by an ad).
 */
function chooseRegions(scored: Scored[]): Array<[number, number]> {
  type Region = { from: number; to: number; score: number; afterMarker: boolean };
  const regions: Region[] = [];
  let cur: Region | null = null;
  let gap = 0;
  let sawMarker = false;
  scored.forEach((s, i) => {
    if (s.label === 'duplicate') return;
    if (s.reason === 'section-title') {
      cur = null;
      sawMarker = true;
      return;
    }
    if (s.label === 'good') {
      if (!cur || gap >= 4) {
        cur = { from: i, to: i, score: 0, afterMarker: sawMarker };
        regions.push(cur);
      }
      cur.to = i;
      cur.score += s.eff;
      gap = 0;
    } else if (s.label === 'bad') gap++;
    else gap += 0.5;
  });
  if (!regions.length) return [];
  const best = regions.reduce((a, b) => (b.score > a.score ? b : a));
  const kept = regions.filter(
    (r) => r === best || (r.score >= best.score / 3 && (r.from < best.from || !r.afterMarker || r.afterMarker === best.afterMarker)),
  );
  // Nothing after a section title that follows the best region.
  const cut = scored.findIndex((s, i) => i > best.to && s.reason === 'section-title');
  return kept.filter((r) => cut < 0 || r.from < cut).map((r) => [r.from, r.to]);
}

/** A block that reads as a headline: one line, no sentence end, not furniture. */
function headlineLike(s: Scored): boolean {
  return s.label !== 'bad' && !s.block.listItem && s.eff >= 8 && s.eff <= 300 && !/[。.]\s*$/u.test(s.text) && !isMetaLine(s.text);
}

/**
 * The headline: the page's h1 or title metadata for HTML; otherwise the
 * headline-shaped line just above the body (past byline and date lines), or
 * above another copy of the body's first paragraph when the page prints the
 * body twice and only one copy carries the headline.
 */
function chooseTitle(scored: Scored[], meta: PageMeta, bodyStart: number, keep: Set<number>): { title: string | null; titleIndex: number } {
  const declared = meta.h1 ?? meta.title;
  if (declared) {
    const clean = removePinyinGlosses(declared);
    const idx = scored.findIndex((s) => s.text === clean || (meta.title && s.text === meta.title));
    return { title: clean, titleIndex: idx };
  }
  const starts = [bodyStart];
  const first = scored[bodyStart];
  if (first) {
    const key = first.key;
    scored.forEach((s, i) => {
      if (i !== bodyStart && s.key === key) starts.push(i);
    });
  }
  for (const start of starts) {
    for (let i = start - 1, steps = 0; i >= 0 && steps < 4; i--) {
      const s = scored[i] as Scored;
      if (s.label === 'duplicate') continue;
      steps++;
      if (isMetaLine(s.text)) continue;
      if (headlineLike(s) && !keep.has(i)) return { title: s.text, titleIndex: i };
      break;
    }
  }
  return { title: null, titleIndex: -1 };
}

/** Byline and date lines between the headline and the body. */
function headerZone(scored: Scored[], titleIndex: number, bodyStart: number): number[] {
  const out: number[] = [];
  const from = titleIndex >= 0 ? titleIndex + 1 : Math.max(0, bodyStart - 3);
  const to = titleIndex >= 0 && titleIndex < bodyStart ? bodyStart : Math.min(scored.length, from + 3);
  for (let i = from; i < to && i < from + 4; i++) {
    const s = scored[i] as Scored;
    if (isMetaLine(s.text)) out.push(i);
  }
  return out;
}
