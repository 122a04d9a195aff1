import type { PageMeta } from './block.js';

/** The headline a page declares, and the texts that are the same headline (to find its block). */
export interface DeclaredTitle {
  title: string;
  /** Candidates as written (the h1, og:title, <title>) that agree with `title`. */
  same: string[];
}

// Separators between a headline and a site or channel name in <title> and
// og:title: "标题_新浪财经", "标题 | الجزيرة نت", "标题 - 中时新闻网", "標題｜香港01".
// A hyphen or dash only with a space on either side ("A-share" is a word).
const SEPARATOR = /\s{0,3}(?:[|｜_·•»]{1,2}|\s[-–—]{1,2}\s|[–—])\s{0,3}/gu;

/** A channel's name between a headline and the site's: "财经频道", "國際新聞", "أخبار مصر". */
const CHANNEL = /^.{0,8}(?:频道|頻道|栏目|欄目|首页|首頁|新闻|新聞|资讯|資訊|要闻|要聞)$|^(?:أخبار|اخبار)\s\S{1,15}$/u;

/** A headline is a line, not a paragraph, and never code. */
const MAX_TITLE = 400;
// Script text: a statement writing the title, a function, JSON (a page's
// <title> that holds a <script>, an og:title filled with a template's data).
const CODE = /<\/?script|document\s*\.\s*(?:write|title)|\bfunction\s*\(|\bvar\s+[\w$]+\s*=|=>|\bwindow\s*\.|^\s*[[{]\s*["[{]|[{,]\s*"[\w@$-]{1,40}"\s*:|\{\{|\$\{/u;

/**
 * The headline a page declares about itself: og:title (or twitter:title), the
 * h1 and JSON-LD's headline before <title>. An h1 that another candidate
 * confirms wins (it is the headline as printed); else og:title, JSON-LD,
 * the h1, then <title>. <title> and og:title lose a site-name part
 * ("标题_新浪财经" → "标题") when the part equals or contains the site name
 * the page declares, or when another candidate confirms the headline part.
 * An h1 or og:title that is only the site's name (declared, or the name
 * <title> ends with: the logo's h1) or a channel's name is no headline.
 * Null when the page declares none that reads as a headline.
 */
export function titleFromMeta(meta: PageMeta): DeclaredTitle | null {
  let h1 = usable(meta.h1);
  let og = usable(meta.ogTitle);
  let ld = usable(meta.headline);
  let doc = usable(meta.title);
  const sites: string[] = [];
  const site = usable(meta.siteName);
  if (site) sites.push(key(site));
  // <h1>华夏财经</h1> (the logo) or og:title "华夏财经" with <title>标题_华夏财经</title>: the name the title ends with is the site's.
  if (doc) {
    const parts = segments(doc).map(key);
    const last = parts[parts.length - 1];
    for (const c of [h1, og]) {
      if (c && parts.length > 1 && key(c) === last && parts.indexOf(last) === parts.length - 1) sites.push(last);
    }
  }
  if (h1) h1 = notSite(h1, sites);
  if (ld) ld = notSite(ld, sites);
  const others = (...xs: Array<string | null>) => xs.filter((x): x is string => x !== null).map(key);
  if (og) og = notSite(stripSite(og, sites, others(h1, ld)), sites);
  if (doc) doc = notSite(stripSite(doc, sites, others(h1, og, ld)), sites);

  const candidates = [og, ld, doc].filter((x): x is string => x !== null);
  let title: string | null = null;
  if (h1 && candidates.some((c) => agree(h1 as string, c))) title = h1;
  else title = og ?? ld ?? h1 ?? doc;
  if (title === null) return null;
  const chosen = title;
  const same = [meta.h1, meta.ogTitle, meta.title, h1, og, doc].filter((x): x is string => x !== null && agree(x, chosen));
  return { title, same: [...new Set(same)] };
}

/** A candidate that can be a headline: some letters, one line's length, no code. */
function usable(s: string | null): string | null {
  if (s === null) return null;
  const t = s.replace(/\s+/gu, ' ').trim();
  if (t.length > MAX_TITLE || key(t).length < 2 || CODE.test(t)) return null;
  return t;
}

const keys = new Map<string, string>();

/** What two spellings of one headline share: letters and digits, lower-cased. */
function key(s: string): string {
  // A page's few candidates are compared many times over.
  let k = keys.get(s);
  if (k === undefined) {
    k = s.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();
    if (keys.size >= 256) keys.clear();
    keys.set(s, k);
  }
  return k;
}

/** The same headline: equal but for spaces and punctuation, or one a large part of the other. */
function agree(a: string, b: string): boolean {
  const ka = key(a);
  const kb = key(b);
  if (ka === kb) return true;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return short.length >= 6 && short.length >= 0.6 * long.length && long.includes(short);
}

/** A part that names the site: it equals or contains a declared site name (or is most of one). */
function isSite(part: string, sites: readonly string[]): boolean {
  const k = key(part);
  if (!k) return false;
  return sites.some((s) => s && (k === s || k.includes(s) || (k.length >= 2 && k.length >= 0.5 * s.length && s.includes(k))));
}

/** A title that is nothing but the site's or a channel's name is no headline. */
function notSite(t: string, sites: readonly string[]): string | null {
  return sites.includes(key(t)) || CHANNEL.test(t) ? null : t;
}

/** The parts of a title between separators, trimmed, empty ones left out. */
function segments(t: string): string[] {
  return t.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
}

/**
 * "标题_财经频道_华夏财经" → "标题" when another candidate says "标题"; else
 * the part that names the site is cut off the end, with channel names
 * before it ("标题_财经频道_华夏财经网" → "标题", "标题 | الخليج اليوم" →
 * "标题"), or off the start ("الخليج اليوم - عنوان").
 */
function stripSite(t: string, sites: readonly string[], confirmers: readonly string[]): string {
  const cuts: Array<{ at: number; end: number }> = [];
  for (const m of t.matchAll(SEPARATOR)) {
    if (m.index > 0 && m.index + m[0].length < t.length) cuts.push({ at: m.index, end: m.index + m[0].length });
  }
  if (!cuts.length) return t;
  // Another candidate names the headline part: the rest is site and channel names.
  if (confirmers.length) {
    for (const c of cuts) {
      const head = t.slice(0, c.at).trim();
      if (confirmers.includes(key(head))) return head;
    }
    for (const c of cuts) {
      const tail = t.slice(c.end).trim();
      if (confirmers.includes(key(tail))) return tail;
    }
  }
  let from = 0;
  let to = t.length;
  // The shortest end part that names the site ("_华夏财经", "_财经_华夏财经网"), then channel names before it.
  for (let i = cuts.length - 1; i >= 0; i--) {
    const c = cuts[i] as { at: number; end: number };
    if (isSite(t.slice(c.end), sites)) {
      to = c.at;
      for (let j = i - 1; j >= 0 && CHANNEL.test(t.slice((cuts[j] as { end: number }).end, to).trim()); j--) to = (cuts[j] as { at: number }).at;
      break;
    }
  }
  // A site name first: "الجزيرة نت - عنوان".
  for (const c of cuts) {
    if (c.end >= to) break;
    if (isSite(t.slice(0, c.at), sites)) {
      from = c.end;
      break;
    }
  }
  return t.slice(from, to).trim();
}

/**
 * A line of the page that is the headline a <title> carries: the same as the
 * title or as one of its parts between separators ("وكالة الأنباء - عنوان"
 * and a line "عنوان لشهر نوفمبر"), spaces and punctuation aside.
 */
export function headlineOfTitle(line: string, title: string): boolean {
  return agree(line, title) || segments(title).some((part) => agree(line, part));
}
