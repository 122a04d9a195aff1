import { toSimplified } from '../lang/hanzi.js';
import { bigrams, charSignature, dice, signatureDistance } from '../util/dice.js';
import { EMPTY_META, type Block, type PageMeta, type Role } from './block.js';
import {
  boilerplateReason, effectiveLength, endsLikeSentence, isCode, isMetaLine, isRelatedLine, isSeparatorList, isSpam, isWidgetLabel,
  hasPunctuation, sectionMarker,
} from './features.js';
import { htmlToBlocks } from './html.js';
import type { CleanWords } from './lexicon.js';
import { readabilityArticle } from './readability.js';
import { removePinyinGlosses } from './pinyin.js';
import { publishedFromLine } from './published.js';
import { cleanWithSiteRules, type SiteRule } from './site-rules.js';
import { textToBlocks } from './text.js';
import { headlineOfTitle, titleFromMeta } from './title.js';

/** A block the cleaner dropped, and why. */
export interface Removed {
  text: string;
  reason: string;
}

/**
 * How the body was found: "general" (the block classifier), "relaxed" (the
 * classifier again with lower bars, when the first pass kept next to nothing
 * of the page's prose), "json-ld" (the `articleBody` the page declares in its
 * JSON-LD, when both passes left the body empty or short and it holds more),
 * "readability" (Mozilla's Readability, when the body is still empty or short
 * and it found more), "whole" (`clean: false`: nothing removed).
 */
export type CleanMethod = 'general' | 'relaxed' | 'json-ld' | 'readability' | 'site-rule' | 'whole';

/** What the cleaner doubts: no body at all, or a body far smaller than the page's prose. */
export type CleanWarning = 'empty-text' | 'short-text' | 'site-rule-missed';

/** The article as the cleaner sees it: headline, body paragraphs, what was dropped. */
export interface Cleaned {
  title: string | null;
  paragraphs: string[];
  removed: Removed[];
  published: string | null;
  /** Where `published` came from: a meta tag, JSON-LD, "byline" or "site-rule". */
  publishedSource: string | null;
  method: CleanMethod;
  warnings: CleanWarning[];
  /** What the page declares about itself (all null for plain text). */
  meta: PageMeta;
  /** The `match` of the site rule applied to the page, or null. */
  siteRule: string | null;
}

/** The cleaner's result with the measures it was judged by. */
interface Judged extends Cleaned {
  /** Effective length of the page's prose (see Pass). */
  prose: number;
  /** Effective length of the body kept. */
  kept: number;
  /** Effective length of the page's distinct sentence-shaped blocks, links and wording regardless: all the prose any cleaner could find. */
  sentences: () => number;
}

export interface CleanInput {
  html?: string;
  text?: string;
  /** The page's URL, for site rules (else they use its canonical link or og:url). */
  url?: string | null;
  /** Site rules (--site-rules, checked by parseSiteRules): the one for this page's URL is applied first. */
  siteRules?: readonly SiteRule[] | null;
}

/**
 * Page → headline + body paragraphs, boilerplate removed. `words` are the
 * boilerplate words of the languages read (the registry's CLEAN_WORDS).
 */
export function cleanPage(input: CleanInput, words: CleanWords): Cleaned {
  if (input.html !== undefined && input.siteRules?.length) {
    const ruled = cleanWithSiteRules(input.html, input.url ?? null, input.siteRules, (blocks, meta) => strip(cleanBlocks(blocks, meta, true, words)));
    if (ruled) return ruled;
  }
  if (input.html !== undefined) {
    const { blocks, meta, elements, depth, articleBody } = htmlToBlocks(input.html);
    const cleaned = cleanBlocks(blocks, meta, true, words);
    // A page that ships its story in its JSON-LD and writes it into the page by script, or shows only its
    // lead (a paywall, a "read more" button): the article it declares.
    const ours =
      articleBody !== null && (cleaned.warnings.length || declaresMore(cleaned, articleBody))
        ? adopt(cleaned, declaredBlocks(articleBody), meta.headline, 'json-ld', words)
        : cleaned;
    // Readability walks a DOM many times over: on a page far larger or deeper than a news page it takes seconds.
    // and what it finds is taken only when it is prose, which a page with too few sentences cannot give.
    const rescuable = () => elements <= RESCUE_MAX_ELEMENTS && depth <= RESCUE_MAX_DEPTH && ours.sentences() >= Math.max(STRICT.good, 1.5 * ours.kept);
    return strip(ours.warnings.length && rescuable() ? rescue(ours, input.html, words) : ours);
  }
  return strip(cleanBlocks(textToBlocks(input.text ?? ''), EMPTY_META, false, words));
}

/**
 * Pages handed to Readability have at most this many elements, nested at
 * most this deep: it took 0.3–0.5 s on an article page of 1,700 elements
 * here, and 2.5–3 s on pages of 3,000 elements made of one flat list.
 */
const RESCUE_MAX_ELEMENTS = 3_000;
const RESCUE_MAX_DEPTH = 64;

/** The result without the measures it was judged by. */
function strip({ prose: _prose, kept: _kept, sentences: _sentences, ...cleaned }: Judged): Cleaned {
  return cleaned;
}

/**
 * A page whose body came out empty or short goes to Readability; its content
 * replaces ours as `adopt` says (Readability always returns something: on a
 * page of navigation, the navigation, which is not mostly prose).
 */
function rescue(ours: Judged, html: string, words: CleanWords): Judged {
  const found = readabilityArticle(html);
  if (!found) return ours;
  return adopt(ours, htmlToBlocks(found.content).blocks, found.title, 'readability', words);
}

/**
 * The page's declared body holds the body we kept, from its first paragraph,
 * and half as much text again: the page showed its lead and held back the rest.
 * A lead cut short ends in an ellipsis the declared body does not have
 * (…罰鍰由原來的3萬調高至5萬元…, ...بقيمة 5 ملايين...): it is left out of the test.
 */
function declaresMore(ours: Judged, body: string): boolean {
  const first = ours.paragraphs[0];
  if (first === undefined) return false;
  const declared = body.replace(/\s+/gu, '');
  let shown = 0;
  for (const p of ours.paragraphs) shown += p.length;
  return declared.length >= 1.5 * shown && declared.includes(first.replace(/\s+/gu, '').replace(/(?:…|\.{2,}|。{2,})+$/u, ''));
}

/**
 * The `articleBody` a page declares in its JSON-LD → blocks: HTML when it
 * holds tags (<p>, <br>), else one paragraph a line.
 */
function declaredBlocks(body: string): Block[] {
  return /<(?:p|br|div|h[1-6])\b/iu.test(body) ? htmlToBlocks(body).blocks : textToBlocks(body);
}

/**
 * Another reading of the page's body (Readability's, or the one the page
 * declares) in place of ours: taken when it is mostly prose and holds half as
 * much prose again as ours, read block by block with what is boilerplate by
 * its wording (credits, disclaimers, code, spam, section titles) and repeats
 * left out. What ours kept and it did not is listed as removed ("outside-body").
 */
function adopt(ours: Judged, blocks: readonly Block[], foundTitle: string | null, method: CleanMethod, words: CleanWords): Judged {
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  const removed: Removed[] = [];
  let kept = 0;
  let prose = 0;
  let all = 0;
  for (const block of blocks) {
    const text = removePinyinGlosses(block.text);
    const key = text.replace(/\s+/gu, '');
    const s: Scored = { block, text, eff: effectiveLength(text), label: 'short', reason: '', key, first: -1, section: null, inBox: false };
    classify(s, null, RELAXED, words);
    if (seen.has(key)) s.reason = 'duplicate';
    seen.add(key);
    if (s.reason === 'duplicate' || s.reason === 'section-title' || WORDING.has(s.reason) || s.reason === 'widget' || s.reason === 'keyword-list') {
      removed.push({ text, reason: s.reason });
      continue;
    }
    paragraphs.push(text);
    if (sentenceShaped(s)) prose += s.eff;
    all += s.eff;
    kept += s.eff;
  }
  if (!paragraphs.length || prose < 0.5 * all || prose < 1.5 * ours.kept || prose < STRICT.good) return ours;
  const mine = new Set(paragraphs);
  for (const p of ours.paragraphs) if (!mine.has(p)) removed.push({ text: p, reason: 'outside-body' });
  for (const r of ours.removed) if (!mine.has(r.text)) removed.push(r);
  const title = ours.title ?? (foundTitle ? removePinyinGlosses(foundTitle) : null);
  const warnings: CleanWarning[] = kept < RETRY_BELOW * ours.prose ? ['short-text'] : [];
  return { ...ours, title, paragraphs: title ? paragraphs.filter((p) => p !== title) : paragraphs, removed, method, warnings, kept };
}

/**
 * Text that is already the article body (`clean: false`): kept whole, only
 * split into paragraphs (at line breaks; for HTML, at block elements, with
 * scripts, styles and hidden elements left out); nothing is removed.
 */
export function keepWhole(input: CleanInput): Cleaned {
  const page = input.html !== undefined ? htmlToBlocks(input.html) : null;
  const paragraphs = (page ? page.blocks : textToBlocks(input.text ?? '')).map((b) => b.text);
  return {
    title: null, paragraphs, removed: [], published: null, publishedSource: null, method: 'whole',
    warnings: paragraphs.length ? [] : ['empty-text'], meta: page?.meta ?? EMPTY_META, siteRule: null,
  };
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
  /** For a duplicate, the index of the first copy. */
  first: number;
  /** For a section title: which kind of section it opens. */
  section: 'comments' | 'related' | null;
  /** Part of a box inside the body ("read also" and its links): neither body nor a break in it. */
  inBox: boolean;
  /** sentenceShaped's answer, once asked. */
  shaped?: boolean;
}

/** The bars a block must clear; the relaxed pass lowers them. */
interface Bars {
  /** Effective length of a paragraph of prose. */
  good: number;
  /** Share of link text above which a block is not prose. */
  links: number;
  /** Share of the page's prose a container must hold for its role (aside, form, "side"…) not to count. */
  lift: number;
}
const STRICT: Bars = { good: 60, links: 0.35, lift: 0.5 };
const RELAXED: Bars = { good: 30, links: 0.5, lift: 0.2 };

// A paragraph of prose: long enough and shaped like sentences.
const LONG_LENGTH = 200;
const NEAR_DUPLICATE_LENGTH = 120;
/** Roles whose content is never the article, however much prose they hold. */
const NEVER_LIFTED = new Set(['comments', 'comment', 'reply']);
/** Reasons that say what a block is by its wording: such blocks are no part of the page's prose. */
const WORDING = new Set(['code', 'spam', 'credit', 'copyright', 'disclaimer', 'comments', 'app-prompt', 'site-links', 'reply', 'comment']);
/** When the first pass keeps less than this share of the page's prose, and less than RETRY_MAX, the relaxed pass is tried. */
const RETRY_BELOW = 0.25;
const RETRY_MAX = 2 * STRICT.good;

/** The shared classifier: blocks from HTML or text → the article. */
export function cleanBlocks(blocks: Block[], meta: PageMeta, html: boolean, words: CleanWords): Judged {
  let pass = selectBody(blocks, html, STRICT, words);
  let method: CleanMethod = 'general';
  // Only a body of a sentence or two is retried: lower bars over a page whose body is long but
  // outweighed (a sidebar of teasers) would add the teasers, not the article.
  if (pass.kept < RETRY_BELOW * pass.prose && pass.kept < RETRY_MAX) {
    const relaxed = selectBody(blocks, html, RELAXED, words);
    if (relaxed.kept >= 1.5 * pass.kept && relaxed.kept > 0) {
      pass = relaxed;
      method = 'relaxed';
    }
  }
  const { scored, keep, bodyStart } = pass;

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
  let kept = 0;
  scored.forEach((s, i) => {
    if (keep.has(i)) {
      paragraphs.push(s.text);
      kept += s.eff;
    } else if (i === titleIndex) return;
    else removed.push({ text: s.text, reason: metaLines.includes(i) ? 'byline' : s.reason || 'outside-body' });
  });
  const warnings: CleanWarning[] = [];
  if (!paragraphs.length) warnings.push('empty-text');
  else if (kept < RETRY_BELOW * pass.prose) warnings.push('short-text');
  // Asked only of a doubtful page (see cleanPage): counted then.
  const sentences = () => {
    let n = 0;
    const distinct = new Set<string>();
    for (const s of scored) {
      if (s.label === 'duplicate' || distinct.has(s.key) || !sentenceShaped(s)) continue;
      distinct.add(s.key);
      n += s.eff;
    }
    return n;
  };
  return { title, paragraphs, removed, published, publishedSource, method, warnings, meta, siteRule: null, prose: pass.prose, kept, sentences };
}

/** A block more linked than this is a teaser or a list of links, however it is punctuated. */
const LINKED_PROSE_MAX = 0.9;

/**
 * A sentence left out only for its links: over half link text (every name in
 * it linked to a tag page) but not wholly, and shaped like prose. Beside the
 * body, in the parent element of its paragraphs, it is the body's.
 */
function isLinkedSentence(s: Scored): boolean {
  return s.reason === 'links' && s.eff >= 16 && s.block.linkDensity <= LINKED_PROSE_MAX && sentenceShaped(s) && !isMetaLine(s.text);
}

/** The parent elements of a region's prose paragraphs. */
function bodyParents(scored: readonly Scored[], from: number, to: number): Set<number> {
  const parents = new Set<number>();
  for (let i = from; i <= to; i++) {
    const s = scored[i] as Scored;
    if (s.label === 'good' || isProseShort(s)) parents.add(parentOf(s));
  }
  parents.delete(-1);
  return parents;
}

/** One pass of the classifier: the blocks scored, the ones kept, and how much prose the page and the body hold. */
interface Pass {
  scored: Scored[];
  keep: Set<number>;
  bodyStart: number;
  /** Effective length of the page's prose: sentence-shaped blocks, boilerplate by wording and comments after the body aside. */
  prose: number;
  /** Effective length of the blocks kept. */
  kept: number;
}

function selectBody(blocks: Block[], html: boolean, bars: Bars, words: CleanWords): Pass {
  const scored: Scored[] = blocks.map((block) => {
    const text = removePinyinGlosses(block.text);
    return {
      block, text, eff: effectiveLength(text), label: 'short', reason: '', key: text.replace(/\s+/gu, ''), first: -1, section: null, inBox: false,
    };
  });
  markDuplicates(scored);
  const lifted = liftedRoles(scored, bars);
  for (const s of scored) if (s.label !== 'duplicate') classify(s, hintOf(s.block, lifted), bars, words);
  markListRuns(scored, html);
  if (html) markTeasers(scored);
  markBoxes(scored, html);

  let regions = chooseRegions(scored, (s) => s.label === 'good', html);
  // No paragraph is long enough to be sure of: a brief, a one-sentence item. Its sentences are the body.
  if (!regions.length) regions = chooseRegions(scored, isProseShort, html);
  regions = regions.map((r) => extend(scored, r, html));

  const keep = new Set<number>();
  for (const [from, to] of regions) {
    const parents = html ? bodyParents(scored, from, to) : null;
    for (let i = from; i <= to; i++) {
      const s = scored[i] as Scored;
      if (!s.inBox && (isBodyCopy(s) || (parents !== null && isLinkedSentence(s) && parents.has(parentOf(s))))) keep.add(i);
    }
  }
  // A repeat inside the body whose first copy was left outside it: this copy is the body's.
  for (const [from, to] of regions) {
    for (let i = from; i <= to; i++) {
      const s = scored[i] as Scored;
      if (s.label !== 'duplicate' || keep.has(s.first)) continue;
      classify(s, hintOf(s.block, lifted), bars, words);
      if (isBodyCopy(s)) keep.add(i);
      else Object.assign(s, { label: 'duplicate', reason: 'duplicate' });
    }
  }
  const bodyStart = regions.length ? (regions[0] as [number, number])[0] : scored.length;
  // The page's prose, up to the comments: readers' comments are prose, but no part of the article.
  let prose = 0;
  let kept = 0;
  scored.every((s, i) => {
    if (i > bodyStart && s.section === 'comments' && !s.inBox) return false;
    if (keep.has(i)) kept += s.eff;
    if (s.label !== 'duplicate' && !WORDING.has(s.reason) && s.reason !== 'teasers' && sentenceShaped(s) && s.block.linkDensity < 0.5) prose += s.eff;
    return true;
  });
  return { scored, keep, bodyStart, prose, kept };
}

function classify(s: Scored, hint: string | null, bars: Bars, words: CleanWords): void {
  const { block, text, eff } = s;
  s.label = 'short';
  s.reason = '';
  const bad = (reason: string) => {
    s.label = 'bad';
    s.reason = reason;
  };
  if (hint && !(eff >= LONG_LENGTH && block.linkDensity < 0.1)) return bad(hint);
  if (block.linkDensity > 0.5 && eff < LONG_LENGTH * 2) return bad('links');
  const simple = toSimplified(text);
  if (isSpam(text, words, simple)) return bad('spam');
  const section = sectionMarker(text, words);
  if (section) {
    s.section = section;
    return bad('section-title');
  }
  if (isWidgetLabel(text, words)) return bad('widget');
  if (isRelatedLine(text, words)) return bad('related-link');
  if (isCode(text)) return bad('code');
  const phrase = boilerplateReason(text, words, simple, eff);
  if (phrase) return bad(phrase);
  if (isSeparatorList(text)) return bad('keyword-list');
  if (eff >= bars.good && sentenceShaped(s) && block.linkDensity < bars.links) s.label = 'good';
}

/** Inside a body region, what stays: paragraphs, and short lines that are no byline or date line. */
function isBodyCopy(s: Scored): boolean {
  return s.label === 'good' || (s.label === 'short' && !isMetaLine(s.text));
}

/** Punctuated like running prose, and ending like a sentence (or long). */
function sentenceShaped(s: Scored): boolean {
  // Asked of each block several times over (classes, containers, prose measures): found once.
  return (s.shaped ??= hasPunctuation(s.text) && (s.eff >= LONG_LENGTH || endsLikeSentence(s.text)));
}

/** A sentence or two too short to be sure of alone: body copy when it sits beside the body, or when the page has nothing longer. */
function isProseShort(s: Scored): boolean {
  // Up to half linked: in a sentence of twenty characters, two linked names are already a third of it.
  return s.label === 'short' && s.eff >= 16 && sentenceShaped(s) && s.block.linkDensity <= 0.5 && !isMetaLine(s.text);
}

/**
 * The role that makes a block boilerplate: its innermost container with a
 * role (nav, aside, form, a "side" or "share" class…) whose role stands.
 */
function hintOf(block: Block, lifted: Set<number>): string | null {
  const roles = block.roles;
  if (!roles.length) return block.hint;
  for (let i = roles.length - 1; i >= 0; i--) {
    const r = roles[i] as Role;
    if (!lifted.has(r.id)) return r.role;
  }
  return null;
}

/**
 * Containers judged by what they hold, not by their name: one that holds
 * most of the page's prose (an ASP.NET page's <form> around everything, an
 * article inside <div class="main-side">) is where the article is, so its
 * role does not make its blocks boilerplate. Comment sections never qualify.
 */
function liftedRoles(scored: Scored[], bars: Bars): Set<number> {
  const lifted = new Set<number>();
  const inside = new Map<number, number>();
  let page = 0;
  for (const s of scored) {
    if (s.label === 'duplicate' || s.eff < 20 || s.block.linkDensity >= bars.links || !sentenceShaped(s)) continue;
    page += s.eff;
    for (const r of s.block.roles) if (!NEVER_LIFTED.has(r.role)) inside.set(r.id, (inside.get(r.id) ?? 0) + s.eff);
  }
  for (const [id, prose] of inside) if (prose >= bars.lift * page && prose >= bars.good) lifted.add(id);
  return lifted;
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
  const bigramsOf = memo((x: Scored) => bigrams(x.text));
  const signatureOf = memo((x: Scored) => charSignature(x.text));
  const seen = new Map<string, number>();
  const long: number[] = [];
  scored.forEach((s, i) => {
    const key = s.key;
    if (!key) return;
    const first = seen.get(key);
    if (first !== undefined && s.eff >= 20) {
      Object.assign(s, { label: 'duplicate', reason: 'duplicate', first });
      return;
    }
    if (first === undefined) seen.set(key, i);
    if (s.eff >= NEAR_DUPLICATE_LENGTH) {
      // Bounded: compare with the last 200 long blocks of similar length.
      let mine: Uint32Array | null = null;
      for (let k = long.length - 1, n = 0; k >= 0 && n < 200; k--, n++) {
        const o = scored[long[k] as number] as Scored;
        if (Math.abs(o.text.length - s.text.length) > 0.05 * s.text.length) continue;
        // Too many characters in one only: the coefficient is below 0.95 (see charSignature), no bigrams needed.
        if (signatureDistance(signatureOf(o), signatureOf(s)) > 0.05 * (o.text.length + s.text.length)) continue;
        mine ??= bigramsOf(s);
        if (dice(bigramsOf(o), mine) >= 0.95) {
          Object.assign(s, { label: 'duplicate', reason: 'duplicate', first: long[k] });
          return;
        }
      }
      long.push(i);
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
        Object.assign(s, { label: 'duplicate', reason: 'duplicate', first });
        changed = true;
      }
    });
  }
}

/** A function of a block, computed once per block. */
function memo<T>(f: (x: Scored) => T): (x: Scored) => T {
  const cache = new Map<Scored, T>();
  return (x) => {
    let v = cache.get(x);
    if (v === undefined) {
      v = f(x);
      cache.set(x, v);
    }
    return v;
  };
}

/**
 * Runs of three or more list items that are navigation or related-article
 * lists. On an HTML page, a list is judged by its links: most of its text
 * linked (a bulleted list of facts in the body holds none). In scraped text,
 * where links are gone, by its shape: items that read as headlines (no
 * sentence end, or ending with "| 2025-05-05"), while a list of sentences
 * stays.
 */
function markListRuns(scored: Scored[], html: boolean): void {
  let i = 0;
  while (i < scored.length) {
    if (!(scored[i] as Scored).block.listItem) {
      i++;
      continue;
    }
    let j = i;
    while (j < scored.length && ((scored[j] as Scored).block.listItem || (scored[j] as Scored).label === 'duplicate')) j++;
    const run = scored.slice(i, j).filter((s) => s.label !== 'duplicate');
    let navigation: boolean;
    if (html) {
      let linked = 0;
      let all = 0;
      for (const s of run) {
        linked += s.block.linkDensity * s.eff;
        all += s.eff;
      }
      navigation = linked >= 0.5 * all;
    } else {
      const headlines = run.filter((s) => !endsLikeSentence(s.text) || /[|｜]\s{0,3}\d{4}-\d{2}-\d{2}\s*$/u.test(s.text));
      navigation = headlines.length >= 0.6 * run.length;
    }
    if (run.length >= 3 && navigation) {
      for (const s of run) if (s.label !== 'bad') Object.assign(s, { label: 'bad', reason: 'link-list' });
    }
    i = j;
  }
}

/**
 * A list of teasers: three or more elements in a row (list items, boxes),
 * each a linked headline and then the story's summary. The summaries are
 * prose, but of other stories: eight of them outweigh a two-paragraph
 * article, and were read as its body. Marked "teasers", and no part of the
 * page's prose (a short article beside them is no doubtful one).
 */
function markTeasers(scored: Scored[]): void {
  const teasers: Array<[number, number]> = [];
  let run: Array<[number, number]> = [];
  const flush = () => {
    if (run.length >= TEASER_RUN) teasers.push(...run);
    run = [];
  };
  // Each item: the blocks inside the element around a block's own element (a headline's <li> or box).
  let i = 0;
  while (i < scored.length) {
    const path = (scored[i] as Scored).block.path;
    const depth = path.length - 2;
    const item = depth >= 0 ? path[depth] : undefined;
    let j = i + 1;
    while (j < scored.length && item !== undefined && (scored[j] as Scored).block.path[depth] === item) j++;
    if (item !== undefined && isTeaser(scored, i, j)) run.push([i, j]);
    else flush();
    i = j;
  }
  flush();
  if (!teasers.length) return;
  // A page whose only prose is such items (a news roundup) has them for its body.
  const inside = new Set<number>();
  for (const [from, to] of teasers) for (let k = from; k < to; k++) inside.add(k);
  if (!scored.some((s, k) => s.label === 'good' && !inside.has(k))) return;
  for (const k of inside) {
    const s = scored[k] as Scored;
    if (s.label !== 'duplicate') Object.assign(s, { label: 'bad', reason: 'teasers' });
  }
}

/** Teasers in a row that make a list of them. */
const TEASER_RUN = 3;

/** Blocks i..j-1 (one element's): a linked headline, then at most three blocks with a summary among them. */
function isTeaser(scored: readonly Scored[], i: number, j: number): boolean {
  const head = scored[i] as Scored;
  if (j - i < 2 || j - i > 4 || head.block.linkDensity < 0.75 || head.eff > 120 || endsLikeSentence(head.text)) return false;
  for (let k = i + 1; k < j; k++) {
    const s = scored[k] as Scored;
    if (s.block.linkDensity < 0.5 && s.eff >= 16) return true;
  }
  return false;
}

/** Blocks looked past for the body's next paragraph after a "read also" title. */
const BOX_REACH = 12;

/**
 * A "read also" box inside the body: a related-section title, a few links or
 * headlines, then the body goes on (a paragraph or a sentence). On an HTML page the paragraph after the
 * box must sit in the same container as one before it; in scraped text, the
 * box must hold only short lines. Such a box is marked `inBox`: it is
 * removed, and neither ends the body nor splits it. A comments title always
 * ends the body.
 */
function markBoxes(scored: Scored[], html: boolean): void {
  for (let m = 0; m < scored.length; m++) {
    const marker = scored[m] as Scored;
    if (marker.section !== 'related') continue;
    const before = previousGood(scored, m);
    if (before < 0) continue;
    for (let j = m + 1; j < scored.length && j <= m + BOX_REACH; j++) {
      const s = scored[j] as Scored;
      if (s.label === 'duplicate') continue;
      if (s.section) break;
      if (s.label === 'good' || isProseShort(s)) {
        if (html ? sameContainer(scored[before] as Scored, s) : true) for (let k = m; k < j; k++) (scored[k] as Scored).inBox = true;
        break;
      }
      // Scraped text has no containers to go by: only lines that are no prose belong in a box.
      if (!html && s.label === 'short' && sentenceShaped(s)) break;
    }
  }
}

/** The nearest good block before `m` (skipping repeats and boxes), within reach; -1 if none. */
function previousGood(scored: Scored[], m: number): number {
  for (let i = m - 1; i >= 0 && i >= m - BOX_REACH; i--) {
    const s = scored[i] as Scored;
    if (s.label === 'good') return i;
  }
  return -1;
}

/** Two blocks whose elements have the same parent element (HTML). */
function sameContainer(a: Scored, b: Scored): boolean {
  const p = parentOf(a);
  return p >= 0 && p === parentOf(b);
}

/** The id of the element around a block's own element; -1 when it has none (plain text, the page's top level). */
function parentOf(s: Scored): number {
  const path = s.block.path;
  return path.length >= 2 ? (path[path.length - 2] as number) : -1;
}

/**
 * Splits the page at section titles ("網友評論", "اقرأ أيضا") and at long runs
 * of furniture, scores each stretch by its prose (the blocks `seed` accepts),
 * and keeps the best stretch (never one after a comments title when there
 * is one before it) plus any other stretch before the first section
 * title that follows it and has at least a third of its prose (an article
 * cut in two by an ad); on an HTML page, also any stretch whose paragraphs
 * are siblings of the best one's (a body cut by a gallery or a run of ads,
 * however short its second part). Boxes inside the body (see markBoxes) are
 * passed over.
 */
function chooseRegions(scored: Scored[], seed: (s: Scored) => boolean, html: boolean): Array<[number, number]> {
  type Region = { from: number; to: number; score: number; afterMarker: boolean; afterComments: boolean };
  const regions: Region[] = [];
  let cur: Region | null = null;
  let gap = 0;
  let sawMarker = false;
  let sawComments = false;
  scored.forEach((s, i) => {
    if (s.label === 'duplicate' || s.inBox) return;
    if (s.reason === 'section-title') {
      cur = null;
      sawMarker = true;
      if (s.section === 'comments') sawComments = true;
      return;
    }
    if (seed(s)) {
      if (!cur || gap >= 4) {
        cur = { from: i, to: i, score: 0, afterMarker: sawMarker, afterComments: sawComments };
        regions.push(cur);
      }
      cur.to = i;
      cur.score += s.eff;
      gap = 0;
    } else if (s.label === 'bad') gap++;
    else gap += 0.5;
  });
  if (!regions.length) return [];
  // Readers' comments can outweigh a short story: what follows a comments title is never the body when something precedes it.
  const candidates = regions.some((r) => !r.afterComments) ? regions.filter((r) => !r.afterComments) : regions;
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  const parents = new Set<number>();
  if (html) for (let i = best.from; i <= best.to; i++) if (seed(scored[i] as Scored)) parents.add(parentOf(scored[i] as Scored));
  const sibling = (r: Region) => {
    for (let i = r.from; i <= r.to; i++) if (seed(scored[i] as Scored) && parents.has(parentOf(scored[i] as Scored))) return true;
    return false;
  };
  const kept = regions.filter(
    (r) => r === best || (r.score >= best.score / 3 && (r.from < best.from || !r.afterMarker || r.afterMarker === best.afterMarker)) || (html && sibling(r)),
  );
  // Nothing after a section title that follows the best region.
  const cut = scored.findIndex((s, i) => i > best.to && s.reason === 'section-title' && !s.inBox);
  return kept.filter((r) => cut < 0 || r.from < cut).map((r) => [r.from, r.to]);
}

/** How far past a region's ends the body is looked for, in blocks. */
const EXTEND_REACH = 40;
/** Lines that are no prose (list items, subheads) passed over to reach more of the body. */
const EXTEND_SKIP = 8;

/**
 * Grows a region over the short sentences beside it: a brief's second and
 * third sentences, the last lines of a story, a list of facts between two
 * paragraphs. Forward it passes over up to EXTEND_SKIP lines that are no prose
 * (subheads, list items) to reach a sentence; backward it takes sentences
 * only (a headline stops it). On an HTML page it stays inside the container
 * the region's paragraphs share, and forward it also passes over furniture
 * there (linked captions, a share bar); a section title or boilerplate by
 * its wording (a credit, a copyright line) stops it. In scraped text anything
 * marked bad stops it.
 */
function extend(scored: Scored[], [from, to]: [number, number], html: boolean): [number, number] {
  const container = html ? sharedContainer(scored, from, to) : null;
  const inside = (s: Scored) => container === null || (s.block.path.length > container.depth && s.block.path[container.depth] === container.id);
  const usable = (s: Scored) => s.label !== 'bad' && inside(s) && !isMetaLine(s.text);
  // Inside the body's container, furniture that is no section title and not boilerplate by its wording (a
  // gallery's linked captions, a share bar) is passed over like a subhead to reach the rest of the body.
  const passable = (s: Scored) => container !== null && s.label === 'bad' && inside(s) && s.reason !== 'section-title' && !WORDING.has(s.reason);
  // A sentence whose names are linked, in the parent element of the body's paragraphs, continues the body.
  const parents = html ? bodyParents(scored, from, to) : null;
  const linked = (s: Scored) => parents !== null && isLinkedSentence(s) && parents.has(parentOf(s));
  let skipped = 0;
  for (let j = to + 1; j < scored.length && j <= to + EXTEND_REACH; j++) {
    const s = scored[j] as Scored;
    if (s.label === 'duplicate' || s.inBox) continue;
    if (linked(s)) {
      to = j;
      skipped = 0;
      continue;
    }
    if (passable(s)) {
      if (++skipped > EXTEND_SKIP) break;
      continue;
    }
    if (!usable(s)) break;
    if (s.label === 'good' || isProseShort(s)) {
      to = j;
      skipped = 0;
    } else if (++skipped > EXTEND_SKIP) break;
  }
  for (let j = from - 1; j >= 0 && j >= from - EXTEND_REACH; j--) {
    const s = scored[j] as Scored;
    if (s.label === 'duplicate' || s.inBox) continue;
    if (!linked(s) && (!usable(s) || !(s.label === 'good' || isProseShort(s)))) break;
    from = j;
  }
  return [from, to];
}

/**
 * The innermost element that holds all of a region's body blocks (each
 * block's parent, when the region has one block): its id and depth in the
 * block paths. Null when the blocks have no paths.
 */
function sharedContainer(scored: Scored[], from: number, to: number): { id: number; depth: number } | null {
  let common: readonly number[] | null = null;
  let len = 0;
  for (let i = from; i <= to; i++) {
    const s = scored[i] as Scored;
    if (s.label !== 'good' && s.label !== 'short') continue;
    const path = s.block.path;
    if (common === null) {
      common = path;
      len = path.length - 1;
      continue;
    }
    let k = 0;
    while (k < len && k < path.length && common[k] === path[k]) k++;
    len = k;
  }
  if (common === null || len <= 0) return null;
  return { id: common[len - 1] as number, depth: len - 1 };
}

/** A block that reads as a headline: one line, no sentence end, not furniture. */
function headlineLike(s: Scored): boolean {
  return s.label !== 'bad' && !s.block.listItem && s.eff >= 8 && s.eff <= 300 && !/[。.]\s*$/u.test(s.text) && !isMetaLine(s.text);
}

/**
 * The headline: the one the page declares (titleFromMeta: og:title, h1,
 * JSON-LD, <title>) for HTML; otherwise the
 * headline-shaped line just above the body (past byline and date lines), or
 * above another copy of the body's first paragraph when the page prints the
 * body twice and only one copy carries the headline.
 */
function chooseTitle(scored: Scored[], meta: PageMeta, bodyStart: number, keep: Set<number>): { title: string | null; titleIndex: number } {
  const declared = titleFromMeta(meta);
  const above = lineAbove(scored, bodyStart, keep);
  // Only a <title> to go by (no h1, og:title or JSON-LD headline): the headline printed above the body wins
  // when the <title> carries it with a site name around it, or is much shorter than it (the site's name alone).
  if (declared && above && meta.h1 === null && meta.ogTitle === null && meta.headline === null) {
    const line = (scored[above.titleIndex] as Scored).text;
    if (headlineOfTitle(line, declared.title) || 2 * declared.title.length < line.length) return above;
  }
  if (declared) {
    const clean = removePinyinGlosses(declared.title);
    const idx = scored.findIndex((s) => s.text === clean || declared.same.includes(s.text));
    return { title: clean, titleIndex: idx };
  }
  return above ?? { title: null, titleIndex: -1 };
}

/**
 * The headline-shaped line just above the body (past byline and date lines),
 * or above another copy of the body's first paragraph when the page prints
 * the body twice and only one copy carries the headline; null if none.
 */
function lineAbove(scored: Scored[], bodyStart: number, keep: Set<number>): { title: string; titleIndex: number } | null {
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
  return null;
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
