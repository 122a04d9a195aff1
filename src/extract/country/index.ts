import { COUNTRY_CUES, EDITION_PORTALS, PAN_NATIONAL_HOSTS } from './cues.js';

/**
 * Which countries a text names, and which country a page's address is from:
 * what a reader goes by to tell which currency a bare 元 or ريال means. The
 * words are ./cues.ts; each is counted at an Arabic word start (after و ب ل ف ك
 * and ال) or, in Chinese, anywhere. An entry ending in "$" must end a word.
 */
export type CountryCounts = ReadonlyMap<string, number>;

interface Matcher {
  re: RegExp;
  /** The countries each alternative of `re` counts for (a word may be a cue of several). */
  countries: Map<string, string[]>;
}

/** One regex for the Arabic cue words, each at a word start after و ب ل ف ك and ال. */
function matcher(words: Array<readonly [word: string, country: string]>): Matcher {
  const countries = new Map<string, string[]>();
  for (const [word, country] of words) {
    const list = countries.get(word) ?? [];
    if (!list.includes(country)) list.push(country);
    countries.set(word, list);
  }
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const sorted = [...countries.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const whole = sorted.filter((w) => w.endsWith('$')).map((w) => escape(w.slice(0, -1)));
  const stems = sorted.filter((w) => !w.endsWith('$')).map(escape);
  const alts = [
    whole.length ? `(?<whole>${whole.join('|')})(?![\\p{L}\\p{M}])` : null,
    stems.length ? `(?<stem>${stems.join('|')})` : null,
  ].filter(Boolean).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{M}])(?:[وبلفك]{1,2})?(?:ال)?(?:${alts})`, 'gu');
  return { re, countries };
}

const AR = matcher(COUNTRY_CUES.flatMap((c) => c.ar.map((w) => [w, c.code] as const)));
/**
 * Chinese cue words by their first character, longest first: the text is walked
 * once, and only where a cue can start are the words starting there compared (a
 * regular expression of 500 alternatives with no common prefix took 9% of a run).
 */
const ZH_BY_FIRST = new Map<string, Array<readonly [string, string[]]>>();
{
  const countries = new Map<string, string[]>();
  for (const c of COUNTRY_CUES) for (const w of c.zh) countries.set(w, [...(countries.get(w) ?? []), c.code].filter((x, i, a) => a.indexOf(x) === i));
  for (const [w, cs] of [...countries].sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))) {
    const first = w[0] as string;
    const list = ZH_BY_FIRST.get(first) ?? [];
    list.push([w, cs]);
    ZH_BY_FIRST.set(first, list);
  }
}
/** Whether some cue begins with the character of this code: most characters begin none, and skip the map. */
const ZH_FIRST = new Uint8Array(0x10000);
for (const k of ZH_BY_FIRST.keys()) ZH_FIRST[k.charCodeAt(0)] = 1;

/** Counts the Chinese cues of a text, the longest at each place, without overlaps (as a global regex would). */
function countZh(text: string, counts: Map<string, number>): void {
  for (let i = 0; i < text.length; ) {
    const words = ZH_FIRST[text.charCodeAt(i)] ? ZH_BY_FIRST.get(text[i] as string) : undefined;
    const hit = words?.find(([w]) => text.startsWith(w, i));
    if (!hit) {
      i++;
      continue;
    }
    for (const c of hit[1]) counts.set(c, (counts.get(c) ?? 0) + 1);
    i += hit[0].length;
  }
}

/** How many times the text names each country (by its places, institutions, outlets' names…). */
export function countriesNamed(text: string): CountryCounts {
  const counts = new Map<string, number>();
  const count = (m: Matcher) => {
    m.re.lastIndex = 0;
    for (let x = m.re.exec(text); x; x = m.re.exec(text)) {
      const g = x.groups ?? {};
      const word = g.whole !== undefined ? `${g.whole}$` : (g.stem as string);
      for (const c of m.countries.get(word) ?? []) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  };
  if (/\p{Script=Arabic}/u.test(text)) count(AR);
  if (/\p{Script=Han}/u.test(text)) countZh(text, counts);
  return counts;
}

/** A country-code top-level domain that is not the country's ISO code. */
const TLD_COUNTRY: Readonly<Record<string, string>> = { uk: 'GB' };
const CODES = new Set(COUNTRY_CUES.map((c) => c.code));
/**
 * The country of each outlet's host, and null for a pan-national outlet's: a host is looked up
 * by itself and then by each shorter suffix after a dot, so the longest entry wins
 * (hk.appledaily.com before a shorter one) and notudn.com or udn.com.evil.net are not udn.com.
 */
const HOSTS: ReadonlyMap<string, string | null> = new Map<string, string | null>([
  ...PAN_NATIONAL_HOSTS.map((h) => [h.toLowerCase(), null] as const),
  ...COUNTRY_CUES.flatMap((c) => c.hosts.map((h) => [h.toLowerCase(), c.code] as const)),
]);

/** The portals with an edition per country, by the first label of an edition's hosts. */
const EDITIONS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(
  Object.entries(EDITION_PORTALS).map(([portal, editions]) => [portal, new Map(Object.entries(editions))]),
);

/**
 * The country a page's address is from: an outlet of ./cues.ts (udn.com,
 * alriyadh.com, m.youm7.com) or a portal's edition (tw.sports.yahoo.com), else
 * its country-code domain (.sa, .com.hk), else a generic portal's regional
 * edition by its locale (msn.com/zh-tw/). Null for a pan-national outlet
 * (aljazeera.net, alaraby.co.uk), a generic address, or none.
 */
export function countryOfHost(url: string | null): string | null {
  const host = hostOf(url);
  if (!host) return null;
  for (let i = 0; ; ) {
    const suffix = host.slice(i);
    const known = HOSTS.get(suffix);
    if (known !== undefined) return known;
    // tw.sports.yahoo.com: a portal's edition by the host's first label.
    const edition = i > 0 ? EDITIONS.get(suffix)?.get(host.slice(0, host.indexOf('.'))) : undefined;
    if (edition) return edition;
    const dot = host.indexOf('.', i);
    if (dot < 0) break;
    i = dot + 1;
  }
  const tld = host.slice(host.lastIndexOf('.') + 1);
  const code = TLD_COUNTRY[tld] ?? tld.toUpperCase();
  if (CODES.has(code)) return code;
  return editionOf(url as string);
}

/**
 * A generic portal's regional edition, named as a language and region by the address's first
 * path segment: msn.com/zh-tw/news/… is the Taiwan edition, msn.com/ar-eg/… the Egyptian one.
 * Only Arabic and Chinese locales, and only the first segment: a bare section name (/egypt/,
 * /sa/, /china/) is no edition, and rfi.fr/tw/ is RFI's Traditional-script desk, not Taiwan's.
 */
function editionOf(url: string): string | null {
  const m = /^\/(?:ar|zh)[-_]([a-z]{2})(?:\/|$)/iu.exec(new URL(url).pathname);
  const code = m ? (m[1] as string).toUpperCase() : null;
  return code && CODES.has(code) ? code : null;
}

/** The words of an address's path, decoded (slugs often hold the headline: /مجموعة-الإمارات-تحقق-أرباحا). */
export function pathWords(url: string | null): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    return decodeURIComponent(u.pathname + u.search).replace(/[-_/+?=&.%]+/gu, ' ');
  } catch {
    return '';
  }
}

/**
 * A page's host, without "www.". A copy served by an AMP cache or a translation proxy names the
 * outlet in its first label, dots as "-" and hyphens as "--": www-youm7-com.cdn.ampproject.org
 * is www.youm7.com.
 */
function hostOf(url: string | null): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const proxied = /^([a-z0-9-]+)\.(?:cdn\.ampproject\.org|translate\.goog)$/u.exec(host);
  if (proxied) host = (proxied[1] as string).split('--').map((p) => p.replaceAll('-', '.')).join('-');
  return host.replace(/^www\./u, '');
}

/** The countries the tables know (ISO 3166-1 alpha-2), for --country. */
export const KNOWN_COUNTRIES: readonly string[] = [...CODES].sort();

/**
 * A Chinese dateline: the place a wire or a paper files from, before its date and 电/讯, or before
 * 报导 in a bracket. "中央社台北5日电", "（吉隆坡27日讯）", "新华社香港5月3日電", "【台湾台北报导】",
 * "（大纪元记者林某台湾台北报导）", "〔記者某／台北報導〕". The place group holds the outlet and place.
 */
const ZH_DATELINE = new RegExp(
  '(?<place>[^\\n【】（）()〔〕\\[\\]。，,、！？!?：:“”"\\s]{1,30}?)' +
    '(?:(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?:\\d{1,2}|[一二三四五六七八九十廿卅]{1,4})日(?:电|電|讯|訊)' +
    '|(?:报导|報導|报道|報道)[】）)〕\\]])',
  'gu',
);

/** How far into a text a dateline is looked for: a headline, then the body's first words. */
const DATELINE_REACH = 300;

/** A dateline's country and where it ends in the text. */
export interface Dateline {
  country: string;
  end: number;
}

/**
 * The dateline of a Chinese text, the first in its opening characters whose place names one
 * country ("中央社台北5日电" → TW, "（吉隆坡27日讯）" → MY, "【大纪元…日讯】（大纪元记者某台湾台北报导）" → TW);
 * of an outlet and a place, the place, named last ("新华社香港5日电" → HK). Null when none does.
 */
export function datelineOf(text: string): Dateline | null {
  for (const m of text.slice(0, DATELINE_REACH).matchAll(ZH_DATELINE)) {
    const place = m.groups?.place ?? '';
    // The shortest tail of the place that names a country: the place itself, after the outlet.
    for (let i = place.length - 1; i >= 0; i--) {
      const named = [...countriesNamed(place.slice(i)).keys()];
      if (named.length === 1) return { country: named[0] as string, end: (m.index ?? 0) + m[0].length };
      if (named.length > 1) break;
    }
  }
  return null;
}
