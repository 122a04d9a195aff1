import { mulPow10, toNumber } from '../../util/decimal.js';
import { countriesNamed, countryOfHost, datelineOf, pathWords, type Dateline, type CountryCounts } from '../country/index.js';
import { ZH_MARKET_CUES, ZH_SENTENCE_CUES } from '../country/cues.js';
import { DOLLAR_RATES, DOLLAR_RATES_BY_YEAR, FAMILIES, type Family } from '../country/families.js';
import type { ExtractContext, MoneySpan, Refiner } from '../types.js';
import type { CurrencySource } from '../money/fact.js';

/**
 * The currency of a bare word (元, $, ريال, جنيه, دينار, درهم, ليرة, سنتيم), as a
 * reader decides it, first that applies:
 * 1. the country the user gives (--country, a JSONL record's "country"): "given";
 * 2. a dollar conversion beside the figure whose rate fits one option only
 *    ("119.8 مليار درهم (32.6 مليار دولار)" is the dirham's peg): "text";
 * 3. for Arabic nouns, the same noun named with its country elsewhere in the
 *    text (ريال سعودي … ريال): "text";
 * 4. the country the figure's own sentence names, if one only (its dateline apart; 根据中国《…》 names the
 *    mainland); if it names none, the sentence before it in its paragraph; then the countries the text
 *    and the words of its address's path (often the headline) name, with the page's outlet or country
 *    domain counting for a little less than one mention and a dateline's place for half one more than
 *    its own: "text" when the text alone decides, else "url";
 * 5. the article's script, for 元 (Simplified copy is the mainland's): "text";
 * 6. where the script gives none, the one currency of the family the text names by name: "text".
 * Countries a family counts only in some scripts (Hong Kong, Macau and Taiwan for 元: mainland papers
 * name 港元) count in any when the page's outlet is from there and its text names them too ("url"),
 * or when the text's dateline is from there or names the place, market words apart, three times and
 * twice as often as any other country of the family ("text").
 * Otherwise the currency stays null.
 */
export const decideCurrency: Refiner<MoneySpan> = {
  name: 'money.decide-currency',
  refine(spans, ctx) {
    if (!spans.some((s) => s.bare)) return spans;
    const sorted = spans.slice().sort((a, b) => a.start - b.start);
    const index = new Map(sorted.map((x, i) => [x, i]));
    const explicit = new Set(spans.filter((s) => s.currency && !s.bare).map((s) => s.currency as string));
    const where = new Place(ctx);
    return spans.map((s) => {
      if (!s.bare) return s;
      const family = FAMILIES[s.bare];
      const decided = family ? decide(s, family, ctx, sorted, index.get(s) as number, explicit, where) : null;
      // A word that is a fraction of the currency decided (Libya's درهم) counts in its full units.
      const exp = decided ? family?.minor?.[decided[0]] : undefined;
      const scaled = exp === undefined ? {} : {
        amount: mulPow10(s.amount, exp), min: s.min && mulPow10(s.min, exp), max: s.max && mulPow10(s.max, exp),
      };
      return { ...s, ...scaled, bare: null, currency: decided?.[0] ?? null, currencySource: decided?.[1] ?? null };
    });
  },
};

type Decision = readonly [currency: string, source: CurrencySource];

/**
 * What the page's outlet or country domain weighs against the countries the
 * text names: more than no mention (a Saudi outlet need not name Saudi Arabia),
 * less than one (it names Qatar when it writes about a Qatari bank).
 */
const HOST_WEIGHT = 0.9;

/**
 * What a Chinese dateline's place weighs beside the text's mentions, on top of its own mention: it
 * breaks a tie with the outlet named before it (中新社香港9日电: 中新社 is the mainland's), no more.
 */
const DATELINE_WEIGHT = 0.5;

function decide(s: MoneySpan, family: Family, ctx: ExtractContext, sorted: MoneySpan[], i: number, explicit: Set<string>, where: Place): Decision | null {
  const codes = family.options.map(([, code]) => code);
  const byCountry = new Map(family.options);
  if (ctx.country && byCountry.has(ctx.country)) return [byCountry.get(ctx.country) as string, 'given'];

  const rate = byRate(s, codes, sorted, i, ctx);
  if (rate) return [rate, 'text'];

  if (family.namedElsewhereDecides) {
    const named = codes.filter((c) => explicit.has(c));
    if (named.length === 1) return [named[0] as string, 'text'];
  }

  // A Simplified edition of a Hong Kong or Macau outlet (std.stheadline.com/sc) writing about its own city
  // means its own dollar by a bare 元: the outlet's country counts there when the text names it too.
  // So does Simplified copy that is from there by its dateline (中央社台北5日电, 【台湾台北报导】) or that
  // names the place clearly more than any other (台立法院…行政院…立法院), as overseas and aggregator outlets write.
  const inScript = (c: string) =>
    !family.scripts?.[c] || (family.scripts[c]?.includes(ctx.script) ?? false) || where.dateline() === c || dominant(c, family, where);
  const allowed = family.options.map(([c]) => c).filter((c) => inScript(c) || (c === where.host() && (where.text().get(c) ?? 0) > 0));
  /** How a country decided: by the text, unless only the outlet's address let it count. */
  const source = (c: string): CurrencySource => (inScript(c) ? 'text' : 'url');
  // The figure's own sentence first: 香港特區政府撥款2億元。台北市另編列… — each sentence names its own place.
  const sentence = where.sentence(s.start, s.end);
  const own = uniqueBest(allowed, (c) => sentence.get(c) ?? 0);
  if (own) return [byCountry.get(own) as string, source(own)];
  // A sentence that names no place reads on from the one before it in its paragraph: 中国《出境入境管理法》
  // 列明罚则。违者最高可罚2万元 in a Singapore story is the mainland's law's figure.
  if (allowed.every((c) => !sentence.get(c))) {
    const before = where.before(s.start);
    const prev = before && uniqueBest(allowed, (c) => before.get(c) ?? 0);
    if (prev) return [byCountry.get(prev) as string, source(prev)];
  }

  const text = where.text();
  const host = where.host();
  const path = where.path();
  const dateline = where.dateline();
  /** What the text says of a country: its mentions, and its dateline's place as a little less than one. */
  const inText = (c: string) => (text.get(c) ?? 0) + (c === dateline ? DATELINE_WEIGHT : 0);
  const best = uniqueBest(allowed, (c) => inText(c) + (path.get(c) ?? 0) + (c === host ? HOST_WEIGHT : 0));
  if (best) return [byCountry.get(best) as string, uniqueBest(allowed, inText) === best ? source(best) : 'url'];
  const script = family.byScript?.[ctx.script];
  if (script) return [script, 'text'];
  // Traditional copy that names no place: the one currency of the family it writes by name elsewhere
  // (罰款10萬港元 … 上限為5萬元) is the bare word's, as a reader takes it; two or none leave it null.
  const named = codes.filter((c) => explicit.has(c));
  return named.length === 1 ? [named[0] as string, 'text'] : null;
}

/**
 * How often a text must name a place, and how many times more than any other of the word's countries,
 * for it to be the text's country whatever the script: three mentions, twice the next (a mainland story
 * that names Hong Kong's exchange twice in passing stays the mainland's).
 */
const DOMINANT_MIN = 3;
const DOMINANT_RATIO = 2;

function dominant(c: string, family: Family, where: Place): boolean {
  if ((where.text().get(c) ?? 0) < DOMINANT_MIN) return false;
  const counts = where.local();
  const n = counts.get(c) ?? 0;
  return n >= DOMINANT_MIN && family.options.every(([o]) => o === c || n >= DOMINANT_RATIO * (counts.get(o) ?? 0));
}

/** The one country with the highest positive score, or null on a tie or none. */
function uniqueBest(among: readonly string[], score: (c: string) => number): string | null {
  let best: string | null = null;
  let max = 0;
  let tie = false;
  for (const c of among) {
    const n = score(c);
    if (n > max) {
      best = c;
      max = n;
      tie = false;
    } else if (n === max && n > 0) tie = true;
  }
  return tie ? null : best;
}

/** Words between a figure and its dollar conversion: "(", "أي", "ما يعادل", "约合", "折合". */
const CONVERSION_GAP = /^\s{0,2}(?:[(（]\s{0,2}|[-–—,،]\s{0,2})?(?:أي|ما يعادل|يعادل|أو|نحو|حوالي|约合|約合|折合|约|約|合)?\s{0,2}[(（]?\s{0,2}$/u;

/** The one option whose dollar rate the figure's conversion beside it fits, or null. */
function byRate(s: MoneySpan, codes: readonly string[], sorted: MoneySpan[], i: number, ctx: ExtractContext): string | null {
  const usd = [sorted[i - 1], sorted[i + 1]].find((o) => {
    if (!o || o.currency !== 'USD' || o.bare || o.qualifier === 'range') return false;
    const gap = o.start > s.end ? ctx.text.slice(s.end, o.start) : ctx.text.slice(o.end, s.start);
    return gap.length <= 16 && /[(（]/u.test(gap) && CONVERSION_GAP.test(gap);
  });
  if (!usd || s.qualifier === 'range') return null;
  const dollars = toNumber(usd.amount);
  if (!(dollars > 0)) return null;
  const rate = toNumber(s.amount) / dollars;
  // The rate of the article's year: its reference date's, else the last year its text names (موازنة 2022/2023).
  const year = ctx.refDate?.year ?? lastYearNamed(ctx.scan);
  const fits = codes.filter((c) => {
    const band = DOLLAR_RATES[c];
    if (band) return rate >= band[0] && rate <= band[1];
    if (year === undefined) return false;
    return (DOLLAR_RATES_BY_YEAR[c] ?? []).some(([from, to, low, high]) => from <= year + 1 && to >= year - 1 && rate >= low && rate <= high);
  });
  return fits.length === 1 ? (fits[0] as string) : null;
}

/** Where the text is from, worked out once per article and only when a bare word asks. */
class Place {
  #text: CountryCounts | null = null;
  #local: CountryCounts | null = null;
  #host: string | null | undefined;
  #dateline: Dateline | null | undefined;
  #path: CountryCounts | null = null;
  #sentences = new Map<number, CountryCounts>();
  constructor(private readonly ctx: ExtractContext) {}
  /** The countries named in the sentence of [start, end), but for a dateline in it, counted once per sentence. */
  sentence(start: number, end: number): CountryCounts {
    const [a, b] = this.ctx.sentences.bounds(start, end);
    let c = this.#sentences.get(a);
    if (!c) {
      // The first sentence's dateline is where the copy was filed, not what its figure is about:
      // 香港9日电 港媒引述国家统计局数据说，猪肉每公斤涨至30元 (the text's counts weigh the dateline).
      const from = Math.max(a, Math.min(this.#datelineOf()?.end ?? 0, b));
      const text = this.ctx.text.slice(from, b);
      const counts = new Map(countriesNamed(text));
      // 根据中国《反间谍法》，违者可被罚款5万元: the sentence quotes the mainland's law.
      for (const [w, country] of ZH_SENTENCE_CUES) if (text.includes(w)) counts.set(country, (counts.get(country) ?? 0) + 1);
      c = counts;
      this.#sentences.set(a, c);
    }
    return c;
  }
  /** The countries the sentence before the one at `start` names, when it is in the same paragraph; else null. */
  before(start: number): CountryCounts | null {
    const [a] = this.ctx.sentences.bounds(start, start);
    if (a === 0) return null;
    const [p] = this.ctx.sentences.bounds(a - 1, a - 1);
    if (this.ctx.text.slice(p, a).includes('\n')) return null;
    return this.sentence(p, p);
  }
  /** The country of the text's dateline (中央社台北5日电 → TW), found once. */
  dateline(): string | null {
    return this.#datelineOf()?.country ?? null;
  }
  #datelineOf(): Dateline | null {
    if (this.#dateline === undefined) this.#dateline = datelineOf(this.ctx.text);
    return this.#dateline;
  }
  text(): CountryCounts {
    return (this.#text ??= countriesOf(this.ctx));
  }
  /** The countries the text names but for its market words (港股, 台积电): asked of few texts, found once. */
  local(): CountryCounts {
    return (this.#local ??= countriesNamed(ZH_MARKET_CUES.reduce((t, w) => (t.includes(w) ? t.replaceAll(w, '　') : t), this.ctx.text)));
  }
  host(): string | null {
    if (this.#host === undefined) this.#host = countryOfHost(this.ctx.url);
    return this.#host;
  }
  path(): CountryCounts {
    return (this.#path ??= countriesNamed(pathWords(this.ctx.url)));
  }
}

/** The countries an article names, counted once per article (refiners of each language ask with the same context). */
const named = new WeakMap<ExtractContext, CountryCounts>();
function countriesOf(ctx: ExtractContext): CountryCounts {
  let c = named.get(ctx);
  if (!c) {
    c = countriesNamed(ctx.text);
    named.set(ctx, c);
  }
  return c;
}

/** The last year from 1990 to 2039 a text names in digits, or undefined; found once per text (many figures may ask). */
const lastYears = new Map<string, number | undefined>();
function lastYearNamed(scan: string): number | undefined {
  if (lastYears.has(scan)) return lastYears.get(scan);
  let year: number | undefined;
  for (const m of scan.matchAll(/(?<!\d)(?:19[89]\d|20[0-3]\d)(?!\d)/gu)) year = Number(m[0]);
  // One text at a time: the cache holds the last one asked about.
  lastYears.clear();
  lastYears.set(scan, year);
  return year;
}
