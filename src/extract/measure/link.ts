import type { FactBase, Measure, Metric } from '../../facts/schema.js';
import type { DateFact } from '../date/fact.js';
import type { MoneyFact } from '../money/fact.js';
import type { PercentFact } from '../percent/fact.js';

/** The facts whose measure is linked, and the dates they refer to; facts of other kinds pass through. */
type Fact = MoneyFact | DateFact | PercentFact;
import type { Sentences } from '../../facts/sentences.js';
import { METRIC_WORDS } from './metrics.js';
import { countBelow } from '../../util/search.js';

/**
 * What each money figure measures: the metric its nearest cue word names, whose
 * amount it is, and the date it refers to, all read from the figure's sentence
 * (see the frames conventions in the README). A part the sentence does not
 * decide is null. Pure: facts and text in, money facts with `measure` out.
 */
export function linkMeasures<F extends FactBase>(all: readonly F[], text: string, sentences: Sentences, title: readonly [number, number] | null): F[] {
  return link(all as readonly FactBase[] as readonly Fact[], text, sentences, title) as FactBase[] as F[];
}

function link(facts: readonly Fact[], text: string, sentences: Sentences, title: readonly [number, number] | null): Fact[] {
  const money = facts.filter((f): f is MoneyFact => f.kind === 'money');
  if (!money.length && !facts.some((f) => f.kind === 'percent')) return facts as Fact[];
  const dates = facts.filter((f): f is DateFact => f.kind === 'date').sort((x, y) => x.start - y.start);
  const dateAt = dates.map((d) => [d.start, d.end] as const);
  const moneyAt = money.map((f) => [f.start, f.end] as const).sort((x, y) => x[0] - y[0]);
  const spans = facts.map((f) => [f.start, f.end] as const).sort((x, y) => x[0] - y[0]);
  const cues = new CueCache(text, spans);
  const titleSubject = title ? subjectOf(text, title[0], title[1], null) : null;
  const main = mainEntity(text, title) ?? (titleSubject && !GENERIC.test(titleSubject.text) ? titleSubject : null);
  const measures = new Map<MoneyFact, Measure>();
  let lastNamed: { text: string; start: number; end: number } | null = titleSubject && !GENERIC.test(titleSubject.text) ? titleSubject : null;
  for (let i = 0; i < money.length; i++) {
    const m = money[i] as MoneyFact;
    const prev = money[i - 1];
    // "4亿美元(约合人民币27.86亿元)", "119.8 مليار درهم (32.6 مليار دولار)": a conversion has the measure of what it restates.
    if (prev && restates(text, prev, m)) {
      measures.set(m, measures.get(prev) as Measure);
      continue;
    }
    const [a, b] = sentences.bounds(m.start, m.end);
    let cue = metricOf(m, text, a, b, cues, moneyAt);
    // "… 780 مليون دولار مقارنة بـ1,05 مليار دولار", "营收50亿元，较去年的40亿元": the figure compared with has the same metric.
    const before = prev && prev.end >= a ? measures.get(prev) : undefined;
    // A figure with no cue of its own in a sentence whose previous figure has one continues its list.
    // … also when the figure is brought in as the comparison (مقارنة بـ 97.2 مليارًا جمعتها, مقابل تقديرات عند 138 مليار): a word after it is not its own.
    // … not share capital named between them (خسائر … 105 مليون، تمثل 17% من رأس المال البالغ 600 مليون).
    if (before?.metricCue && !CAPITAL.test(text.slice(prev!.end, m.start)) && ((!cue || cue.start < prev!.start || cue.start >= m.end) && COMPARED.test(text.slice(prev!.end, m.start)) || !cue)) {
      cue = { metric: before.metric as Metric, start: before.metricCue.start, end: before.metricCue.end };
    }
    // A fine is the party fined (غرامة … على البنك, 对该公司罚款), none when only the authority is named.
    // … or named after it (…، حسبما قال المصرف; قدمتها شركة X) when nobody is named before it; a gift's giver first (接受X…捐赠).
    const after = cue?.metric === 'donation' ? subjectAfter(text, a, b, m, cue) : undefined;
    const own = after ?? subjectOf(text, a, m.start, cue) ?? (after === undefined ? subjectAfter(text, a, b, m, cue) : null);
    // (in Arabic, past the good after the price word: the verb's subject, حددت أرامكو سعر البروبان).
    const local0 = cue?.metric === 'fine' ? finedParty(text, a, b, m, own) : cue?.metric === 'price' ? seller(text, cue, own) ?? (own && own.start >= cue.end && /\p{Script=Arabic}/u.test(own.text) ? seller(text, cue, arSubject(text, a, m.start, null)) : null) : own;
    // A loan is the borrower's: the one a lender arranges it for (银行为滴滴安排25亿美元银团贷款, 向該集團提供貸款20億元).
    // A tender awarded is the winner's (أرست الوزارة المناقصة … على شركة X): the contract is its.
    // A player's transfer (انتقال المهاجم X من … إلى …، … مقابل 75 مليون يورو) is the player's whose move it is.
    const local = (cue?.metric === 'debt' ? borrowerOf(text, a, m) : cue?.metric === 'deal' ? awardedTo(text, a, b, m) ?? transferred(text, a, m) : null) ?? local0;
    const generic = local !== null && (GENERIC.test(local.text) || ZH_CLASS.test(local.text));
    // A figure whose clause names nobody continues its sentence's list ("قالت المجموعة إن أرباحها بلغت …، متجاوزة خسائر … 25.9 مليار").
    // So does one after a semicolon (2024年第一季度实现营收36.46亿元；实现净亏损3亿元).
    const joined = prev && /[;；]\s*$/u.test(text.slice(Math.max(0, a - 3), a)) && prev.end >= sentences.range(a - 1)[0] ? measures.get(prev) : undefined;
    const listed = before ?? joined;
    const carried = !local && listed?.subjectAt ? { text: listed.subject as string, start: listed.subjectAt.start, end: listed.subjectAt.end } : null;
    // A generic 该公司 / البنك stands for the organisation the passage named last before it (أعلن بنك قطر الدولي … أرباح البنك);
    // a figure whose sentence names nobody, or a generic word with no such name, is the article's: its main entity.
    const near = lastNamed && m.start - lastNamed.end <= LOOK_BACK ? lastNamed : null;
    // A price of goods (門票售價, سعر البنزين) whose seller the sentence does not name has no subject: no fallback.
    const goods = cue?.metric === 'price' && m.per !== 'share' && !SHARE_PRICE.test(text.slice(cue.start, cue.end) + m.text);
    // (a pronoun no name stands behind, 其, is nobody.)
    const subject = goods && !local ? null : local && !generic ? local : carried ?? (generic ? namedBefore(text, Math.max(0, local.start - LOOK_BACK), local.start) ?? near ?? main ?? previousSubject(text, a, sentences) : null) ?? near ?? main ?? lastNamed ?? (local?.text === '其' ? null : local);
    if (local && !GENERIC.test(local.text)) lastNamed = local;
    let period = asPart(periodOf(m, cue?.metric ?? null, text, a, b, dates, dateAt, moneyAt, sentences));
    // "حققت إيرادات 91.8 مليار دولار، بينما وصل صافي الأرباح إلى 22.2 مليار": a figure with no date of its own
    // shares the period of the figure before it in its sentence, unless the text says it is another period's.
    // (… or in the sentence before a semicolon, which shares its date: 其中(i)人民币3.3亿元将以现金支付；及(ii)人民币6.7亿元…,
    // when no date stands between and the figure's own part is no plan: 2024年营收10亿元；另拟明年投资5亿元 is not 2024's.)
    const dateBetween = prev ? firstAtOrAfter(dateAt, prev.end) < dates.length && (dates[firstAtOrAfter(dateAt, prev.end)] as DateFact).start < m.start : false;
    const prevPeriod = prev && prev.end >= a ? measures.get(prev) : !dateBetween && !INTENT.test(text.slice(a, m.start)) ? joined : undefined;
    // (not a rate: بواقع ثلاثة مليارات كل عام is no amount of the date the loan was agreed.)
    // (nor when a date stands between them that the figure did not take: 2022、2021年分别为70亿和60亿元.)
    const between = prev ? firstAtOrAfter(dateAt, prev.end) : dates.length;
    const list = between + 1 < dates.length && (dates[between + 1] as DateFact).start < m.start && (dates[between] as DateFact).grain === 'year' && YEAR_JOIN.test(text.slice((dates[between] as DateFact).end, (dates[between + 1] as DateFact).start));
    if (!period && prevPeriod?.periodAt && (!m.per || m.per === 'share') && comparedFrom(text, m, a, moneyAt) < 0 && !list && !CHANGE.test(text.slice(prev!.end, m.start)) && !RATE_WORDS.test(m.text + text.slice(m.end, m.end + 14)) && !OTHER_PERIOD.test(text.slice(prev!.end, m.end + 30)) && !/[(（][^)）]{4,}$/u.test(text.slice(prev!.end, m.start))) {
      const d = dates.find((x) => x.start === prevPeriod.periodAt?.start && x.end === prevPeriod.periodAt?.end);
      // (the date itself, not a span derived from it: 全年 after 3月底 is the year, not March).
      if (d && asPart(d)?.value === prevPeriod.period) period = asPart(d);
    }
    // "今年3月，马斯克宣布xAI收购X。对xAI的估值为800亿美元": a date that opens its paragraph's sentence as a clause of
    // its own sets the period of the next sentences of that paragraph, which name none.
    if (!period && cue && (!m.per || m.per === 'share') && (!prev || prev.end < a || !prevPeriod?.periodAt)) period = asPart(openingDate(m, cue.metric, text, a, b, dates, dateAt, sentences));
    measures.set(m, {
      metric: cue?.metric ?? null,
      metricCue: cue ? { text: text.slice(cue.start, cue.end), start: cue.start, end: cue.end } : null,
      subject: subject?.text ?? null,
      subjectAt: subject ? { start: subject.start, end: subject.end } : null,
      period: period?.value ?? null,
      periodAt: period ? { start: period.start, end: period.end } : null,
    });
  }
  // A percentage: what changed, or what it is a share of (营收同比增长26%, 占总营收的19.53%).
  const metrics = new Map<Fact, Metric | null>();
  const all = facts.slice().sort((x, y) => x.start - y.start);
  for (let i = 0; i < all.length; i++) {
    const p = all[i] as Fact;
    if (p.kind !== 'percent') continue;
    const [a, b] = sentences.bounds(p.start, p.end);
    metrics.set(p, percentMetric(p, all, i, text, a, b, cues, measures));
  }
  return facts.map((f) => (f.kind === 'money' ? { ...f, measure: measures.get(f) } : f.kind === 'percent' ? { ...f, metric: metrics.get(f) ?? null } : f));
}

/**
 * The metric of a percentage: the figure's it follows in its clause (营收36.46亿元，同比增长26%),
 * else the nearest metric word before it in its clause, else just after it.
 */
function percentMetric(p: Fact, all: readonly Fact[], i: number, text: string, a: number, b: number, cues: CueCache, measures: Map<MoneyFact, Measure>): Metric | null {
  const clauseStart = clauseStartOf(text, a, p.start);
  // A stake (持股51%, حصة 10%) is a share of a company, none of the metrics.
  if (STAKE.test(text.slice(clauseStart, p.end)) || STAKE_AFTER.test(text.slice(p.end, p.end + 16))) return null;
  // A rate named after a metric (净资产收益率, 毛利率) is a ratio, not a change of that metric.
  const before = cues.in(a, b).filter((c) => c.end <= p.start && c.start >= a && !/^(?:收益|回报|回報|增长|增長|准备金|準備金)?率/u.test(text.slice(c.end, c.end + 4)) && !/هامش/u.test(text.slice(c.start, c.end)));
  // The figure it brings the metric to (ارتفاع بـ 81% إلى 119.8 مليار درهم, 增长26%至36亿元).
  const next = all[i + 1];
  if (next?.kind === 'money' && next.start - p.end <= 12 && !CLAUSE_BREAK.test(text.slice(p.end, next.start)) && /إلى|الى|لتصل|ليصل|至|到|达|達/u.test(text.slice(p.end, next.start))) {
    const m = measures.get(next)?.metric;
    if (m) return m;
  }
  // A share or a change of people or of a count (应届毕业生占比23.7%, ارتفعت أعداد العاملين 10%) after the last metric word: none of the metrics.
  const lastWord = before.filter((c) => c.start >= clauseStart).pop();
  if (COUNTED.test(text.slice(Math.max(clauseStart, lastWord?.end ?? clauseStart), p.start))) return null;
  const nearest = before.filter((c) => c.start >= clauseStart && p.start - c.end <= 60).pop();
  if (nearest) return nearest.metric;
  // The money figure just before, in the same sentence, with no metric word between them.
  for (let j = i - 1; j >= 0; j--) {
    const f = all[j] as Fact;
    if (f.end < a) break;
    if (f.kind !== 'money') continue;
    const m = measures.get(f)?.metric ?? null;
    if (m && !before.some((c) => c.start >= f.end)) return m;
    break;
  }
  // (30%的收入 is a share of revenue; 38%的毕业生起薪 a share of people, whatever their pay.)
  const after = cues.in(a, b).find((c) => c.start >= p.end && !CLAUSE_BREAK.test(text.slice(p.end, c.start)) && c.start - p.end <= 12 && !/^\s?[的之]\s?[^\s]{2,}/u.test(text.slice(p.end, c.start)));
  if (after) return after.metric;
  // A change with its subject named earlier in the sentence (股价…，一度跌超21%).
  const last = before.pop();
  return p.kind === 'percent' && p.direction !== null && last && p.start - last.end <= 40 ? last.metric : null;
}

interface Cue {
  metric: Metric;
  start: number;
  end: number;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length || (a < b ? -1 : 1);
const ZH_WORDS = new Map<string, Metric>();
const AR_WORDS = new Map<string, Metric>();
for (const [metric, words] of Object.entries(METRIC_WORDS) as Array<[Metric, { zh: readonly string[]; ar: readonly string[] }]>) {
  for (const w of words.zh) if (!ZH_WORDS.has(w)) ZH_WORDS.set(w, metric);
  for (const w of words.ar) {
    // News often drops the hamza of a first alef (اسعار, اجور, ارباح): each word is matched in both spellings.
    for (const v of [w, w.replace(/[أإآ]/gu, 'ا')]) if (!AR_WORDS.has(v.replace(/^ال/u, ''))) AR_WORDS.set(v.replace(/^ال/u, ''), metric);
  }
}
/** Chinese cue words by first character, longest first: a sentence is walked once (a 400-way regex was slow). */
const ZH_BY_FIRST = new Map<string, string[]>();
for (const w of [...ZH_WORDS.keys()].sort(byLength)) ZH_BY_FIRST.set(w[0] as string, [...(ZH_BY_FIRST.get(w[0] as string) ?? []), w]);
/** Whether some Chinese cue word begins with the character of this code (most characters of a sentence start none). */
const ZH_FIRST = new Uint8Array(0x10000);
for (const w of ZH_WORDS.keys()) ZH_FIRST[w.charCodeAt(0)] = 1;
/** An alef with or without its hamza: one pattern per word matches both spellings (a second word each was slower). */
const foldAlef = (w: string) => w.replace(/[أإآ]/gu, 'ا');
/** Each folded word as a pattern: at a place where one of its spellings has a hamza, that alef or a bare one. */
const AR_FOLDED = (() => {
  const groups = new Map<string, string[]>();
  for (const w of AR_WORDS.keys()) groups.set(foldAlef(w), [...(groups.get(foldAlef(w)) ?? []), w]);
  return [...groups.entries()].sort(([x], [y]) => byLength(x, y)).map(([folded, spellings]) => [...folded].map((ch, i) => {
    const alefs = new Set(spellings.map((w) => w[i] as string));
    return alefs.size > 1 ? `[${[...alefs].join('')}]` : escape(ch);
  }));
})();
/** A kashida or a vowel mark inside a word (الـعـجـز, يُقدّر): the cue words match through them. */
const AR_MARKS = /[\u0640\u064B-\u0652]/gu;
/**
 * The Arabic cue words after an optional clitic and article, with `marks` allowed between every
 * two letters of a word and after the article's lam (a kashida only there).
 */
const arCue = (marks: string, afterArticle: string) =>
  new RegExp(`(?<![\\p{L}\\p{M}])(?:[وبلفك]{1,2})?(?:ال${afterArticle})?(?<w>${AR_FOLDED.map((w) => w.join(marks)).join('|')})`, 'gu');
const AR_CUE = arCue('[\\u0640\\u064B-\\u0652]*', '\u0640*');
/**
 * AR_CUE for text where no kashida or vowel mark stands before a letter (nearly all news: بـ2.8 has
 * one before a digit): AR_CUE only takes marks that a letter follows, so the matches are the same,
 * without a mark class between every two letters.
 */
const AR_CUE_PLAIN = arCue('', '');
const MARK_BEFORE_LETTER = /[\u0640\u064B-\u0652](?=[\u0620-\u063F\u0641-\u064A\u066E-\u06D3])/u;
/** A metric word that is part of an organisation's name (鴻元國際投資公司, 投資銀行) is no cue. */
const ZH_ORG_TAIL = /^(?:公司|集团|集團|控股|有限|银行|銀行)/u;
const NAMING: ReadonlySet<Metric> = new Set(['investment', 'trade', 'funding']);

/** The cue words of each sentence, found once (several figures share a sentence); none inside a fact. */
class CueCache {
  private readonly found = new Map<number, Cue[]>();
  constructor(private readonly text: string, private readonly spans: ReadonlyArray<readonly [number, number]>) {}
  in(a: number, b: number): Cue[] {
    let got = this.found.get(a);
    if (got) return got;
    got = [];
    const s = this.text.slice(a, b);
    for (let i = 0; i < s.length; ) {
      const w = ZH_FIRST[s.charCodeAt(i)] ? ZH_BY_FIRST.get(s[i] as string)?.find((x) => s.startsWith(x, i)) : undefined;
      if (!w) {
        i++;
        continue;
      }
      const start = a + i;
      const metric = ZH_WORDS.get(w) as Metric;
      if (NAMING.has(metric) && ZH_ORG_TAIL.test(s.slice(i + w.length, i + w.length + 2))) {
        i += w.length;
        continue;
      }
      if (!this.inFact(start, start + w.length)) got.push({ metric: ZH_WORDS.get(w) as Metric, start, end: start + w.length });
      i += w.length;
    }
    if (/\p{Script=Arabic}/u.test(s)) {
      const re = MARK_BEFORE_LETTER.test(s) ? AR_CUE : AR_CUE_PLAIN;
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        const w = m.groups?.w as string;
        const start = a + m.index + m[0].length - w.length;
        const metric = AR_WORDS.get(w.replace(AR_MARKS, '')) ?? AR_WORDS.get(foldAlef(w.replace(AR_MARKS, '')));
        if (metric && !this.inFact(start, start + w.length)) got.push({ metric, start, end: start + w.length });
      }
    }
    got.sort((x, y) => x.start - y.start);
    got = got.filter((c) => !qualifierOnly(this.text, a, c));
    this.found.set(a, got);
    return got;
  }
  /** Whether [start, end) overlaps a fact: the facts starting before `end`, nearest first (a few: facts barely nest). */
  private inFact(start: number, end: number): boolean {
    let i = firstAtOrAfter(this.spans, end) - 1;
    for (let k = 0; i >= 0 && k < 4; i--, k++) if ((this.spans[i] as readonly [number, number])[1] > start) return true;
    return false;
  }
}

/**
 * A cue word that only qualifies what follows or precedes it, or is part of another word: a tax word
 * in 不含稅, 含税价, 税后 (the figure is no tax), a price word in سعر الفائدة, أسعار الصرف (the price
 * of money is a rate), 发行 in 批发行情.
 */
function qualifierOnly(text: string, a: number, c: Cue): boolean {
  if (c.metric === 'tax') return TAX_QUALIFIER_BEFORE.test(text.slice(Math.max(a, c.start - 1), c.start)) || /^[前后後]/u.test(text.slice(c.end, c.end + 1));
  if (c.metric === 'price') return RATE_OF_MONEY.test(text.slice(c.end, c.end + 10));
  // 批发行情 (wholesale prices) holds 发行 (an issue of shares): no funding.
  if (c.metric === 'funding' && /^[發发]行$/u.test(text.slice(c.start, c.end))) return /[批]$/u.test(text.slice(Math.max(a, c.start - 1), c.start));
  // A stock exchange (交易所) is no transaction; an insurer's payout (赔付) no loss.
  if (c.metric === 'deal' && /^交易$/u.test(text.slice(c.start, c.end))) return text.charAt(c.end) === '所';
  if (c.metric === 'loss' && /^[赔賠]$/u.test(text.slice(c.start, c.end))) return /[付]/u.test(text.charAt(c.end));
  // Arabic stems match a word's start: not the start of another word (ضمنها, الجمعية, ضخم, دخلت, أجرت, عقدت).
  const other = AR_OTHER_WORD.get(text.slice(c.start, c.end).replace(AR_MARKS, ''));
  return other !== undefined && other.test(text.charAt(c.end));
}

/** Arabic cue stems, and the letter after them that makes another word: ضم|ن, جمع|ية, ضخ|م, دخل|ت, أجر|ت, عقد|ت, منح|نى. */
const AR_OTHER_WORD = new Map<string, RegExp>([
  ['ضم', /[\u0621-\u0646\u0648-\u064A]/u], ['جمع', /ي/u], ['ضخ', /م/u], ['دخل', /[تو]/u], ['أجر', /[ىتيا]/u], ['اجر', /[ىتيا]/u], ['عقد', /ت/u], ['منح', /ن/u],
]);

/** A clause ends at a comma or a colon (not one inside a number: 25,8 or 10:30), a semicolon or a sentence end. */
const CLAUSE_BREAK = /[，；;：。!?！？؟،؛\n]|(?<!\d)[,:]|[,:](?!\d)/u;
const FAR = 60;

/** Where the clause that holds `at` starts, no earlier than `a`. */
function clauseStartOf(text: string, a: number, at: number): number {
  let from = at;
  while (from > a && !isBreak(text, from - 1)) from--;
  return from;
}

/** Whether the character at `i` ends a clause (a comma between two digits does not). */
function isBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x2c || c === 0x3a) return !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
  return BREAKS.has(c);
}

/** The clause-ending characters (other than , and :), by code: isBreak runs for every character walked back over. */
const BREAKS = new Set([...'，；;：。!?！？؟،؛\n'].map((c) => c.charCodeAt(0)));
const isDigit = (c: number) => c >= 48 && c <= 57;

/** The metric cue nearest the figure in its sentence: before it in its clause first, then after it. */
function metricOf(m: MoneyFact, text: string, a: number, b: number, cues: CueCache, moneyAt: ReadonlyArray<readonly [number, number]>): Cue | null {
  const inSpan = /每股|每股派|للسهم|لكل سهم/u.test(m.text);
  const arabic = /\p{Script=Arabic}/u.test(m.text);
  let best: Cue | null = null;
  let bestD = arabic ? FAR * 2 : FAR;
  const figureBetween = (from: number, to: number) => {
    const i = firstAtOrAfter(moneyAt, from);
    return i < moneyAt.length && (moneyAt[i] as readonly [number, number])[1] <= to;
  };
  const all = cues.in(a, b);
  for (let ci = 0; ci < all.length; ci++) {
    let c = all[ci] as Cue;
    // A total after a metric word is that metric's (进口总金额 → trade, 投资总额 → investment).
    const prior = all[ci - 1];
    if (prior && prior.end === c.start && AGGREGATE.test(text.slice(c.start, c.end))) c = { ...prior, end: c.end };
    // A word inside a tax's name (قبل احتساب ضريبة الدخل, 所得税) is no metric of the figure.
    if (TAX_OF.test(text.slice(Math.max(a, c.start - 16), c.start))) continue;
    // Cash as the means of payment (以现金支付, تدفع نقدا) is no cash held.
    if (c.metric === 'cash' && (PAID_IN.test(text.slice(c.end, c.end + 4)) || /以\s?$/u.test(text.slice(Math.max(a, c.start - 2), c.start)))) continue;
    let d: number;
    if (c.end <= m.start) {
      const gap = text.slice(c.end, m.start);
      // A cue with another figure between it and this one is that figure's ("营收50亿元，净利10亿元").
      // … but a clause that only brings the figure in (أرباحا قياسية للنصف الأول…، بلغت 12 مليار; 收入创新高，达50亿元) is the cue's.
      d = gap.length + (CLAUSE_BREAK.test(gap) && !REACHES.test(text.slice(lastBreak(text, c.end, m.start), m.start)) ? 40 : 0) + (figureBetween(c.end, m.start) ? 40 : 0);
    } else if (c.start >= m.end) {
      const gap = text.slice(m.end, c.start);
      // A cue after the figure that is followed at once by a figure of its own belongs to that one ("… والإنفاق يسجل 550").
      const next = firstAtOrAfter(moneyAt, c.end);
      const own = next < moneyAt.length && !CLAUSE_BREAK.test(text.slice(c.end, (moneyAt[next] as readonly [number, number])[0])) && (moneyAt[next] as readonly [number, number])[0] - c.end < 25;
      if (own) continue;
      // A purpose after the figure (… مليون يورو للتعاقد معه, 用于收购) says what the money is for, not what it is.
      // What drove the figure (مدفوعا بتوقيع عقود, 得益于订单增长) is no word of its own.
      if (CAUSE.test(text.slice(m.end, Math.min(c.end, m.end + 40)))) continue;
      d = gap.length * 1.5 + 3 + (CLAUSE_BREAK.test(gap) ? 40 : 0) + (PURPOSE.test(text.slice(Math.max(0, c.start - 6), c.start)) ? 40 : 0);
    } else continue;
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  const from = clauseStartOf(text, a, m.start);
  // Share capital (رأس المال البالغ 600 مليون, 注册资本) is none of the metrics: a word before it is not the figure's.
  if (best && CAPITAL.test(text.slice(best.end <= m.start ? best.end : from, m.start))) best = null;
  // A total (總金額, 总额) whose clause follows one naming what is totalled (共3萬筆捐款，總金額達5億元) is that metric's.
  if (best?.metric === 'deal' && AGGREGATE.test(text.slice(best.start, best.end))) {
    const bs = best.start;
    const named = all.filter((c) => c.end <= bs && bs - c.end <= 30 && c.start >= a && !figureBetween(c.end, bs)).pop();
    if (named && named.metric !== 'deal' && !AGGREGATE.test(text.slice(named.start, named.end))) best = named;
  }
  // The cost of a deal (收购的整笔交易的成本, 交易之代价) is the deal's value.
  if (best?.metric === 'spending') {
    const i = all.indexOf(best);
    const head = all[i - 1];
    if (head?.metric === 'deal' && /^\s?[的之]\s?$/u.test(text.slice(head.end, best.start))) best = head;
  }
  // The cost of a contract or a tender (وقّع عقدا … بتكلفة 126 مليون ريال, 签订合同，工程造价3亿元) is the contract's value.
  if (best?.metric === 'spending' && CONTRACT_COST.test(text.slice(best.start, best.end))) {
    const bs = best.start;
    const deal = all.filter((c) => c.metric === 'deal' && c.start >= from && c.end <= bs && !figureBetween(c.end, bs)).pop();
    if (deal) best = deal;
  }
  if (best?.metric === 'budget' && SURPLUS_BEFORE.test(text.slice(Math.max(a, best.start - 30), best.start))) best = null;
  // The budget's revenue, spending or deficit (إيرادات الموازنة, استخدامات الموازنة, عجز الموازنة) is that metric.
  if (best?.metric === 'budget') {
    const i = all.indexOf(best);
    const head = all[i - 1];
    if (head && OF_BUDGET.has(head.metric) && /^\s{1,2}(?:ال)?$/u.test(text.slice(head.end, best.start))) best = head;
  }
  // Money set aside (مخصصات, 拨款) is a budget, whatever it is for (دعم السلع, رواتب).
  // … but not the budget's own revenue or spending (预算支出, 预算收入).
  if (best && best.metric !== 'budget') {
    const bs = best.start;
    const alloc = cues.in(a, b).find((c) => c.metric === 'budget' && c.start >= from && c.end <= m.start && ALLOCATION.test(text.slice(c.start, c.end)) && !(OF_BUDGET.has(best!.metric) && /^\s{0,1}$/u.test(text.slice(c.end, bs))));
    if (alloc) best = alloc;
  }
  if (m.per === 'share' || inSpan) {
    // 末期息每股0.5港元, توزيعات … للسهم: a dividend or earnings word in the clause says what the per-share figure is.
    // … or in the clause before, when this one restates it per share (صافي الأرباح 22 مليار، أو ما يقدر بـ4.99 دولار لكل سهم).
    const restating = /^\s{0,2}(?:أو|أي|或|即|相当于|相當於)/u.test(text.slice(from, m.start));
    // توزيع ريالين للسهم: a distribution per share is a dividend, whatever word names the profits before it.
    const paid = /(?:^|\s)(?<w>توزيع|بتوزيع|وتوزيع)\s{1,2}$/u.exec(text.slice(Math.max(a, m.start - 8), m.start));
    if (paid) return { metric: 'dividend', start: m.start - paid[0].length + paid[0].indexOf(paid.groups?.w as string), end: m.start - paid[0].length + paid[0].indexOf(paid.groups?.w as string) + (paid.groups?.w as string).length };
    const other = cues.in(a, b).filter((c) => (c.metric === 'dividend' || c.metric === 'profit') && c.start >= (restating ? a : from) && c.end <= m.start).pop();
    if (other) return other;
  }
  if (best && best.metric !== 'price' && m.amount < 10_000 && !/[万萬亿億兆]|مليون|مليار|ألف|آلاف|ملايين|ملايير|مليارات/u.test(m.text)) {
    // A small unscaled amount with a price word in its clause is a price (سعر السهم … عند 32 ريالا).
    const price = cues.in(a, b).filter((c) => c.metric === 'price' && c.start >= from && c.end <= m.start).pop();
    if (price) best = price;
  }
  if ((m.per === 'share' || inSpan) && best?.metric !== 'dividend' && best?.metric !== 'profit') {
    return { metric: 'price', start: best?.metric === 'price' ? best.start : m.start, end: best?.metric === 'price' ? best.end : m.end };
  }
  if (best?.metric === 'price' && m.amount >= 10_000_000) {
    // "以7.4亿美元的价格收购": the price of a company is the deal's value.
    const deal = cues.in(a, b).find((c) => c.metric === 'deal');
    if (deal) return deal;
    // "توزيع أرباح نقدية بواقع ريال للسهم، بإجمالي مبلغ مليار ريال": the total of a per-share payout is the dividend's.
    const payout = cues.in(a, b).filter((c) => c.metric === 'dividend' && c.end <= m.start).pop();
    if (payout) return payout;
  }
  // A collection from taxes or tariffs (جمعت 600 مليار دولار من الرسوم الجمركية, 从关税中征收) is tax, whatever verb brings it.
  const fromTax = FROM_TAX.exec(text.slice(m.end, m.end + 30));
  if (fromTax && best?.metric !== 'tax') {
    const start = m.end + fromTax.index + fromTax[0].length - (fromTax.groups?.w as string).length;
    return { metric: 'tax', start, end: start + (fromTax.groups?.w as string).length };
  }
  // A figure per kilo, per metre or per 斤 (31.95元/500克, 200 جنيه للكيلو) with no word of its own is a price.
  if (!best && m.per === 'unit') return { metric: 'price', start: m.start, end: m.end };
  // Money returned to shareholders (أعادت 25 مليار دولار إلى المساهمين, 回馈股东) is a payout.
  const holders = SHAREHOLDERS_AFTER.exec(text.slice(m.end, m.end + 24));
  if (holders && !CLAUSE_BREAK.test(text.slice(m.end, m.end + holders.index))) {
    const w = (holders.groups?.w ?? holders.groups?.w2) as string;
    const start = m.end + holders.index + holders[0].length - w.length;
    return { metric: 'dividend', start, end: start + w.length };
  }
  // A payment in exchange (تعاقد … مع اللاعب … مقابل 60 مليون يورو) with no metric word near is the transaction's.
  if (!best && /مقابل\s?$/u.test(text.slice(Math.max(a, m.start - 8), m.start))) {
    const deal = all.filter((c) => c.metric === 'deal' && c.end <= m.start).pop();
    if (deal) return deal;
  }
  // … also when the receiving verb opens the clause and the word follows the figure (获得来自…的4亿美元股权投资).
  if (best?.metric === 'investment' && best.start >= m.end && RECEIVES.test(text.slice(from, m.start))) return { ...best, metric: 'funding' };
  if (best?.metric === 'investment' && RECEIVES.test(text.slice(Math.max(a, best.start - 12), best.start))) {
    // "获得4亿美元投资", "حصلت على استثمار": money the subject receives is funding.
    return { ...best, metric: 'funding' };
  }
  return best;
}

/** A clause that is only a verb of amount before the figure: it continues the metric word of the clause before. */
const REACHES = /^\s{0,2}(?:و|ف)?(?:بلغت|بلغ|تبلغ|يبلغ|لتبلغ|ليبلغ|وصلت|وصل|لتصل|ليصل|قدرها|قدره|قدرت|قدّرت|تقدر|ناهزت|ناهز|تجاوزت|تجاوز)\s{0,2}(?:(?:إلى|الى|ب|بـ|نحو|حوالي|حوالى|قرابة|أكثر من|ما يقارب|ما يزيد على|ما يزيد عن)\s{0,2})?$|^\s{0,2}(?:高达|高達|达到|達到|达|達|合共|共计|共計)\s{0,2}(?:约|約|近|逾|超过|超過)?\s{0,2}$/u;

/** Where the last clause break between `from` and `to` is (just after it), or `from`. */
function lastBreak(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (isBreak(text, i)) return i + 1;
  return from;
}

/** Metrics a budget has (its revenue, spending, deficit, borrowing). */
const OF_BUDGET: ReadonlySet<Metric> = new Set(['revenue', 'spending', 'deficit', 'debt']);
/** Share capital, named between a metric word and the figure. */
const CAPITAL = /(?:رأس|راس)\s?(?:ال)?مال|رأسمال|راسمال|注册资本|註冊資本|实收资本|實收資本/u;
/** A cause after a figure: what drove it, not what it is. */
const CAUSE = /مدفوع|بدعم\s|بفضل|نتيجة|بسبب|جراء|得益于|得益於|受益于|受益於|带动|帶動|拉动|拉動|由于|由於/u;
/** A surplus (فائض الموازنة, 财政盈余) is none of the metrics (convention 4), whatever budget word follows it. */
const SURPLUS_BEFORE = /(?:فائض|الفائض)[^،,.؛]{0,24}$/u;
/** A purpose before a cue word: a fused ل (لشراء, للتعاقد) or 用于. */
const PURPOSE = /(?:(?<![\p{L}\p{M}])ل|لل|(?<![\p{L}\p{M}])من\s(?:ال)?|用于|用於|用来|用來|用作)$/u;

/** Cash as a means of payment, after the word: 现金支付, 现金方式. */
const PAID_IN = /^\s?(?:支付|付款|结算|結算|方式|形式)/u;
/** Shareholders receiving the figure, just after it: إلى المساهمين, 给股东. */
const SHAREHOLDERS_AFTER = /^[^،,，。.]{0,4}?(?:إلى|الى|على|ل)\s?(?<w>(?:ال)?مساهمين)|^[^،,，。.]{0,4}?(?:给|予|向|回馈|回饋|返还|返還)(?<w2>股东|股東)/u;

/** Just after a figure, the taxes it was collected from: من الرسوم الجمركية, من الضرائب. */
const FROM_TAX = /^\s{0,2}(?:من|عن)\s(?:ال)?(?<w>(?:رسوم|تعريفات|تعريفة|تعرفة|ضرائب|ضريبة)(?:\s(?:ال)?(?:جمركية|الجمارك))?)(?![\p{L}\p{M}])/u;
/** Before a tax word, what makes it a qualifier of the figure: 含税, 不含稅, 未税, 除税. */
const TAX_QUALIFIER_BEFORE = /[含未除]$/u;
/** After a price word, a rate of money (سعر الفائدة, أسعار الصرف, سعر صرف الدولار): no price of goods. */
const RATE_OF_MONEY = /^\s?(?:ال)?(?:فائدة|صرف)/u;
/** Cost words that a contract's value is told with. */
const CONTRACT_COST = /^(?:بتكلفة|بكلفة|تكلفة|كلفة|تكلفته|تكلفتها|造价|造價|工程款)$/u;

/** Words for a total that take the metric word before them. */
const AGGREGATE = /^(?:总金额|總金額|总额|總額|金额|金額|总值|總值|إجمالي|قيمة)$/u;
/** What names a tax before a metric word (ضريبة الدخل, ضرائب الأرباح), or makes the word a qualifier (قبل احتساب الضرائب). */
const TAX_OF = /(?:(?:ضريبة|ضرائب)\s(?:على\s)?|(?:قبل|بعد)\s(?:احتساب|خصم|اقتطاع|دفع)\s)(?:ال)?$/u;

/** Words between two figures that compare them (the second has the first's metric). */
const COMPARED = /^[^。.!?！？؟\n]{0,30}?(?:مقارنة|مقابل|قياسا|بالمقارنة|من\s|较|較|比|相比|同比|对比|對比|增至|增加至|升至|降至|减至|減至|从|從|إلى|الى|لتصل|ليصل)/u;

/** Latin-script words that are no one's name. */
const NOT_NAMES = new Set(['GDP', 'CEO', 'CFO', 'IPO', 'AI', 'USD', 'HKD', 'RMB', 'CNY', 'EUR', 'HK', 'US', 'UK', 'EU', 'EBITDA', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'PMI', 'CPI', 'ETF', 'A', 'B', 'H', 'M', 'IT', 'App', 'APP', 'PC', 'ESG', 'M2', 'LPR', 'AIGC', 'AGI', 'GPU', 'CPU', 'LLM', 'API', 'SaaS', 'IoT', 'VR', 'AR', 'EV', 'GMV', 'ARR', 'EPS', 'ROE', 'NFT', 'OTA', 'IPO', 'AUM', 'FDI', 'GNP', 'VAT', 'NASDAQ', 'Nasdaq', 'SZ', 'SH', 'SS', 'TW', 'TWO', 'SI', 'KS', 'HKG', 'NYSE', 'HKEX', 'SGX', 'TWSE', 'LSE', 'SSE', 'SZSE', 'TSE']);

/**
 * The article's main entity: a Latin-script name said at least twice (xAI,
 * OpenAI), the title's first if several tie; else null.
 */
function mainEntity(text: string, title: readonly [number, number] | null): { text: string; start: number; end: number } | null {
  const counts = new Map<string, { n: number; start: number; inTitle: boolean }>();
  for (const m of text.matchAll(/(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9&.-]*[A-Za-z0-9](?![A-Za-z0-9])/gu)) {
    const w = m[0];
    if (!/[A-Z]/u.test(w) || NOT_NAMES.has(w) || /^[A-Z][a-z]+$/u.test(w) && w.length < 3) continue;
    const at = m.index as number;
    const c = counts.get(w) ?? { n: 0, start: at, inTitle: false };
    c.n++;
    if (title && at >= title[0] && at < title[1]) c.inTitle = true;
    counts.set(w, c);
  }
  let best: [string, { n: number; start: number; inTitle: boolean }] | null = null;
  for (const e of counts) {
    if (e[1].n < 2) continue;
    if (!best || e[1].n > best[1].n || (e[1].n === best[1].n && e[1].inTitle && !best[1].inTitle)) best = e;
  }
  return best ? { text: best[0], start: best[1].start, end: best[1].start + best[0].length } : null;
}

/** The named subject of one of the two sentences before `a` (联发科发布年报。2024年公司实现营收…), or null. */
function previousSubject(text: string, a: number, sentences: Sentences): { text: string; start: number; end: number } | null {
  for (let k = 0, at = a; k < 2 && at > 0; k++) {
    const [s, e] = sentences.range(at - 1);
    if (a - s > LOOK_BACK) break;
    const got = subjectOf(text, s, Math.max(s, e - 1), null);
    if (got && !GENERIC.test(got.text)) return got;
    at = s;
  }
  return null;
}

/**
 * A price has no subject unless the seller is named (小米將SU7售價定為…, حددت أرامكو سعر…) or it is a
 * share's (سعر سهم أرامكو): the good the price word is of (門票售價, سعر البنزين) is none.
 */
function seller(text: string, cue: Cue, subject: { text: string; start: number; end: number } | null): { text: string; start: number; end: number } | null {
  if (!subject) return null;
  // The good right before the price word (門票售價, 豬肉價格) or right after it (سعر البنزين, أسعار الذهب).
  if (subject.end <= cue.start && cue.start - subject.end <= 1 && /^\p{Script=Han}+$/u.test(subject.text)) return null;
  const share = /^(?:سهم|أسهم|السهم|للسهم)/u;
  if (subject.start >= cue.end && subject.start - cue.end <= 2 && !share.test(text.slice(cue.start, cue.end)) && !share.test(text.slice(cue.end, cue.end + 8).trim())) return null;
  return subject;
}

/** Words of a share's price: its company is its subject even when the sentence does not name it. */
const SHARE_PRICE = /股|NASDAQ|NYSE|纳斯达克|納斯達克|开盘|開盤|报收|報收|收市|收盘|收盤|涨停|漲停|跌停|破发|破發|盘中|盤中|سهم|السهم|للسهم|أسهم/u;

/** Authorities that impose fines: never the party fined. */
const AUTHORITY = /(?:监管|監管|证监会|證監會|金管会|金管會|法院|市场监管|市場監管|监督管理|監督管理|委员会|委員會|署|局|厅|廳|هيئة|الهيئة|وزارة|الوزارة|المحكمة|محكمة|البنك المركزي|المصرف المركزي|السلطات|سلطة|جهاز|الجهاز|المفوضية|مفوضية|النيابة|الاتحاد|اتحاد|لجنة|اللجنة)/u;

/** The party a fine is imposed on, in the figure's clause: على X after the figure or its word, 对X罚款 / 向X开出 before it. */
function finedParty(text: string, a: number, b: number, m: MoneyFact, subject: { text: string; start: number; end: number } | null): { text: string; start: number; end: number } | null {
  const from = clauseStartOf(text, a, m.start);
  const after = text.slice(m.end, Math.min(b, m.end + 60));
  const on = /^[^،,؛.\n]{0,30}?(?<![\p{L}])على\s(?<who>(?:ال)?[\p{L}\p{M}]{2,}(?:\s(?:ال)[\p{L}\p{M}]{2,}){0,2})/u.exec(after);
  if (on?.groups?.who) {
    const at = m.end + (on.index as number) + on[0].length - on.groups.who.length;
    const np = trimArPhrase(text, at, at + on.groups.who.length);
    if (np) return np;
  }
  // … or the one a court orders to pay (قضت المحكمة بتغريم المتهم 50 ألف دينار).
  const fined = /(?<![\p{L}\p{M}])(?:ب|و)?تغريم\s/u.exec(text.slice(from, m.start));
  if (fined) {
    const np = nounPhrase(text, from + fined.index + fined[0].length, m.start);
    if (np && !AUTHORITY.test(np.text)) return np;
  }
  const zh = /(?:对|對|向)(?<who>[^，,。、对對向]{1,16}?)(?:处以|處以|作出|作出|开出|開出|罚款|罰款|罚|罰)/u.exec(text.slice(from, m.start));
  if (zh?.groups?.who) {
    const at = from + (zh.index as number) + 1;
    const who = zh.groups.who.trim();
    if (who.length >= 1) return { text: who, start: at, end: at + who.length };
  }
  return subject && AUTHORITY.test(subject.text) ? null : subject;
}

/**
 * A subject named after the figure, or as the giver before a gift received: a donation received from X
 * (接受X两亿元捐赠), money given by X (…，由X出资; …قدمتها شركة X), or the organisation a result is
 * attributed to at the end of its sentence (…، حسبما قال المصرف في بيان). Null when none is said.
 */
function subjectAfter(text: string, a: number, b: number, m: MoneyFact, cue: Cue | null): { text: string; start: number; end: number } | null {
  const from = clauseStartOf(text, a, m.start);
  if (cue?.metric === 'donation' && cue.start >= m.end) {
    const got = ZH_GIVER_BEFORE.exec(text.slice(from, m.start));
    if (got?.groups?.who) {
      const raw = got.groups.who;
      const who = raw.trim();
      const at = from + (got.index as number) + got[0].lastIndexOf(raw) + raw.indexOf(who);
      return { text: who, start: at, end: at + who.length };
    }
  }
  const rest = text.slice(m.end, Math.min(b, m.end + 160));
  const zh = ZH_BY_AFTER.exec(rest);
  if (zh?.groups?.who) {
    const at = m.end + (zh.index as number) + zh[0].indexOf(zh.groups.who, zh[0].indexOf('由'));
    return { text: zh.groups.who, start: at, end: at + zh.groups.who.length };
  }
  const ar = AR_BY_AFTER.exec(rest);
  if (ar) {
    const np = nounPhrase(text, m.end + (ar.index as number) + ar[0].length, Math.min(b, m.end + 160), true);
    // (after a bare بحسب / وفقا لـ only a company or a bank speaks of its own figure: هيئة الإحصاء is a source.)
    const bare = /(?:بحسب|وفقا\sل|وفقاً\sل)$/u.test(ar[0]);
    if (np && AR_ORG_HEAD.test(np.text) && (!bare || AR_COMPANY_HEAD.test(np.text))) return np;
  }
  return null;
}

/** A gift received, its giver before the figure: 接受X…, 收到X的…. */
const ZH_GIVER_BEFORE = /(?:接受|收到)(?:了)?(?<who>[^，,。、；;的\d]{2,20}?)(?:的)?\s{0,2}$/u;
/** Who put the money up, after the figure in its clause: …，由X出资 / 提供 / 捐赠. */
const ZH_BY_AFTER = /^[^。；;！？]{0,30}?由(?<who>[\p{Script=Han}A-Za-z]{2,16}?)(?:全额|全額|独家|獨家|共同)?(?:出资|出資|提供|捐赠|捐贈|捐出|资助|資助|承担|承擔|支付)/u;
/** Who gave it, or who the result is attributed to, after the figure: قدمتها, حسبما قال, بحسب, وفقا لـ. */
const AR_BY_AFTER = /^[^.؟!]{0,100}?(?<![\p{L}\p{M}])(?:قدمها|قدمتها|دفعها|دفعتها|ضخها|ضختها|حسبما\s(?:قال|قالت|أعلن|أعلنت|ذكر|ذكرت|أفاد|أفادت|أوضح|أوضحت)|بحسب\sما\s(?:أعلن|أعلنت|ذكر|ذكرت)|بحسب|وفقا\sل|وفقاً\sل)(?![\p{L}\p{M}])/u;

/** How far back a generic word (该公司, الشركة) looks for the name it stands for. */
const LOOK_BACK = 300;

/** The last organisation named in [from, to) by its own name (not a generic word): 东京海上控股公司, بنك قطر الدولي الإسلامي. */
function namedBefore(text: string, from: number, to: number): { text: string; start: number; end: number } | null {
  if (/\p{Script=Arabic}/u.test(text.slice(Math.max(from, to - 20), to))) {
    const orgs = [...text.slice(from, to).matchAll(AR_ORG)];
    for (let k = orgs.length - 1; k >= 0; k--) {
      const o = orgs[k] as RegExpMatchArray;
      const s = from + (o.index as number) + o[0].length - (o[1] as string).length;
      const named = lastArOrg(text, s, s + (o[1] as string).length);
      if (named && named.text.includes(' ') && !GENERIC.test(named.text)) return named;
    }
    return null;
  }
  // Not a kind of company (一家大模型独角兽公司, 这家初创企业): that is a description, no name.
  const org = zhOrgs(text.slice(from, to)).filter((o) => !GENERIC.test(o.text) && !ZH_CLASS.test(o.text)).pop();
  return org ? { text: org.text, start: from + org.start, end: from + org.end } : null;
}

/** Budget words that set money aside. */
const ALLOCATION = /مخصصات|تخصيص|خصص|رصد|اعتمادات|拨款|撥款|拨付|撥付|预算|預算/u;

/** Words before an investment that make it money received: 获得…投资. */
const RECEIVES = /获得|獲得|获|獲|引入|吸引|取得|完成|حصلت|حصل|تلقت|تلقى|جذبت|جذب/u;

/** Generic words for an entity the text names elsewhere: 公司, الشركة. */
const GENERIC = /^其$|^(?:该|該|本|这家|這家|其)?(?:公司|集团|集團|企业|企業|银行|銀行|平台|該行|该行)$|^(?:ال)?(?:شركة|الشركة|المجموعة|البنك|المصرف|الصندوق)$/u;

/** Words that end a Chinese subject: verbs and time words that follow it. */
const ZH_STOP = /(?:[今昨前明]\s?[(（]\d{1,2}[)）]\s?日|[(（]|首日|同意|决定|決定|近日|日前|今日|昨日|昨天|今天|当天|當天|捐|直接|创办|創辦|旗下|成立|推出|发布|發布|通过|通過|成功|按|相当|相當|这笔|這筆|该笔|該筆|实现|實現|录得|錄得|宣布|宣佈|表示|称|稱|获得|獲得|完成|将|將|拟|擬|计划|計劃|预计|預計|以|向|在|于|於|对|對|共|累计|累計|再|已|为|為|达|達|的|今年|去年|明年|本年|上半年|下半年|前|全年|第|共计|共計|合计|合計|总计|總計|近|约|約|超|逾|获|獲|将会|將會|正|也|还|還|则|則|又|均|都|各|分别|分別|同比|环比|較|较|比|与|與|和|及|斥资|斥資|出资|出資|投资|投資|募|融资|融資|有|是|曾经|曾經|曾|从|從|联合|聯合|共同|(?:报|報)(?:收)?\s?(?=\d)|\d)/u;
const ZH_LEAD = /^(?:因此|所以|因而|于是|於是|根据|根據|按照|通过|通過|尽管|盡管|虽然|雖然|如果|因为|因為|由于|由於|随着|隨著|对于|對於|[据據]|另外|此外|其中|同时|同時|而|但|并|並|且|目前|截至|截止|报道|報道|消息|据悉|據悉|另|再者|不过|不過|至于|至於|对此|對此|日前|近日|今日|昨日|本报讯|本報訊)+/u;

/**
 * Whose amount: in Chinese the clause's opening noun phrase (科大讯飞2024年…实现营收);
 * in Arabic the noun after the metric word (أرباح الشركة) or after a clause's first
 * verb (حققت أرامكو). The caller puts a name in place of a generic word (公司, الشركة).
 */
function subjectOf(text: string, a: number, at: number, cue: Cue | null): { text: string; start: number; end: number } | null {
  return /\p{Script=Arabic}/u.test(text.slice(a, at)) ? arSubject(text, a, at, cue) : zhSubject(text, a, at);
}

function zhSubject(text: string, a: number, at: number): { text: string; start: number; end: number } | null {
  // Clauses of the sentence before the figure, nearest first; the sentence's first clause last.
  const before = text.slice(a, at);
  const starts = [0];
  for (let i = 0; i < before.length; i++) if (isBreak(before, i)) starts.push(i + 1);
  for (let k = starts.length - 1; k >= 0; k--) {
    const from = starts[k] as number;
    const clause = before.slice(from);
    // What opens a clause before its subject: a dateline (中新网昆明3月31日电 (记者)), 据悉, a time (2024年, 近日).
    let lead = 0;
    for (let n = -1; n !== lead; ) {
      n = lead;
      if (k === 0 && from === 0) lead += ZH_DATELINE.exec(clause.slice(lead))?.[0].length ?? ZH_OUTLET.exec(clause.slice(lead))?.[0].length ?? 0;
      // Where the figure comes from (据国家统计局数据, 根据彭博计算, 據路透社報道): a source, never whose amount it is.
      lead += ZH_SOURCE.exec(clause.slice(lead))?.[0].length ?? 0;
      lead += ZH_LEAD.exec(clause.slice(lead))?.[0].length ?? 0;
      lead += ZH_TIME_LEAD.exec(clause.slice(lead))?.[0].length ?? 0;
    }
    let rest = clause.slice(lead);
    // A description before a name is not part of it: 电动汽车制造商极星, 芯片巨头英伟达, 中国"AIGC第一股"出门问问.
    const described = ZH_DESCRIPTOR.exec(rest);
    if (described) {
      lead += described[0].length;
      rest = rest.slice(described[0].length);
    }
    // A clause that opens with a verb, an adverb, a means (成功获得…, 预计今年…, 通过各种渠道…) or the metric
    // itself (代价合共…) has no subject of its own.
    // Its own (其营收, 其營業額): a pronoun, which the caller resolves to the organisation named before.
    if (/^其\s?$/u.test(rest.slice(0, 1)) && ZH_BY_FIRST.get(rest[1] as string)?.some((w) => rest.startsWith(w, 1))) {
      const at2 = a + from + lead;
      return { text: '其', start: at2, end: at2 + 1 };
    }
    if (ZH_NO_SUBJECT.test(rest) || ZH_MEANS.test(clause) || ZH_BY_FIRST.get(rest[0] as string)?.some((w) => rest.startsWith(w))) continue;
    // A name has two characters at least: a stop word is looked for after them (比亚迪 is no 比), or after a Latin name (X還).
    const skip = /^[A-Za-z][A-Za-z0-9&.-]*/u.exec(rest)?.[0].length ?? 2;
    const stop = ZH_STOP.exec(rest.slice(skip));
    // A name with its stock code (英伟达(NASDAQ: NVDA), 盛京银行(02066.HK)) ends at the code, whatever its characters.
    const coded = ZH_CODED.exec(rest)?.[1];
    let name = (coded ?? (stop ? rest.slice(0, stop.index + skip) : '')).replace(/[\s"“”「」『』《》]+$/u, '');
    // A name the metric follows at once (科大讯飞研发投入为…) ends at the metric word.
    let owns = coded !== undefined;
    for (let i = 2; i < name.length; i++) {
      if (ZH_FIRST[name.charCodeAt(i)] && ZH_BY_FIRST.get(name[i] as string)?.some((w) => name.startsWith(w, i))) {
        name = name.slice(0, i);
        owns = i <= 8;
        break;
      }
    }
    const trimmed = name.replace(/^[\s"“”「」『』《》]+/u, '');
    const len = [...trimmed].length;
    if ((len >= 2 || /^[A-Z]$/u.test(trimmed)) && len <= 24 && /^[\p{Script=Han}A-Za-z]/u.test(trimmed) && !/^(?!日(?:本|立|产|產))\p{Script=Han}?[年月日]/u.test(trimmed) && !/[，,、：:（）()]/u.test(trimmed) && !NOT_NAMES.has(trimmed) && (owns || looksLikeName(trimmed, text, rest.slice(rest.indexOf(trimmed) + trimmed.length)))) {
      const start = a + from + lead + rest.indexOf(trimmed);
      // A regulator approving another's move (投審會通過英商X以…增資): the one it approves.
      // (only an authority approves: 邵逸夫先生通过基金会向…捐款 gives through it.)
      const approved = ZH_AUTHORITY_END.test(trimmed) ? ZH_APPROVED.exec(before.slice(start - a + trimmed.length)) : null;
      if (approved?.groups?.who) {
        const at2 = start + trimmed.length + (approved[0].length - approved.groups.who.length);
        return { text: approved.groups.who, start: at2, end: at2 + approved.groups.who.length };
      }
      return { text: trimmed, start, end: start + trimmed.length };
    }
  }
  // An organisation named before the figure in its sentence, the nearest: 国侨办, 和記黃埔, 上海煙草集团 (not a source: 据X统计).
  const sources = [...before.matchAll(ZH_SOURCE_G)].map((x) => [x.index as number, (x.index as number) + x[0].length] as const);
  const org = zhOrgs(before).filter((o) => !sources.some(([s0, e0]) => o.start >= s0 && o.start < e0)).pop();
  if (org) return { text: org.text, start: a + org.start, end: a + org.end };
  // A Latin name before the figure: xAI, OpenAI.
  const latin = [...before.matchAll(/[A-Z][A-Za-z0-9&.-]{1,20}|[a-z]+[A-Z][A-Za-z0-9]*/gu)].filter((x) => !NOT_NAMES.has(x[0]) && !sources.some(([s0, e0]) => (x.index as number) >= s0 && (x.index as number) < e0)).pop();
  if (latin?.index !== undefined) return { text: latin[0], start: a + latin.index, end: a + latin.index + latin[0].length };
  return null;
}

/**
 * A source a clause opens with: 据国家统计局数据, 根据中国半导体行业协会的初步统计, 據彭博報道, 另根据X的分析显示,
 * 國家統計局發布的數據顯示, X发布的《…报告》显示: a clause of its own, up to its comma.
 * (Not a company's own filing, 据公司公告: that names whose figure it is.)
 */
const ZH_SOURCE_BODY = '(?:另|此外|而)?(?:据|據|根据|根據|依据|依據|援引)[^，,。；;：:]{1,40}?(?:的)?(?:初步|最新|不完全)?(?:统计|統計|数据|數據|计算|計算|测算|測算|估算|估计|估計|调查|調查|调研|調研|报道|報道|報導|报导|消息|资料|資料|研究|监测|監測|分析)(?:显示|顯示|称|稱|指出|表明)?|[^，,。；;：:]{2,60}?(?:发布|發布|公布|公佈)的(?:最新)?(?:统计|統計|数据|數據|报告|報告|《[^》]{1,40}》)\\s{0,2}(?:显示|顯示|称|稱|指出|表明)';
const ZH_SOURCE = new RegExp(`^(?:${ZH_SOURCE_BODY})(?=\\s{0,2}(?:[，,：:]|$))`, 'u');
const ZH_SOURCE_G = new RegExp(`(?:${ZH_SOURCE_BODY})(?=\\s{0,2}(?:[，,：:]|$))`, 'gu');
/** A dateline opening a report: 中新网昆明3月31日电 (赵书勇), 本报北京5月16日讯, 新華社香港9月2日電. */
const ZH_DATELINE = /^[^，,。\s]{0,14}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|電|讯|訊)\s{0,2}(?:[(（][^)）]{1,16}[)）])?\s{0,2}/u;
/** A time opening a clause before its subject: 2024年, 2025年第一季度, 今年上半年, 近日, 昨天下午5时. */
const ZH_TIME_LEAD = /^(?:\s{0,2}(?:\d{2,4}|[〇零一二三四五六七八九]{4})\s?年\s?(?:第?[一二三四1-4]\s?季度?|[上下]半年|前三季度|首季|\d{1,2}月(?:\d{1,2}日)?)?|(?:今|去|明|本|上|同)年(?:度)?|[上下]半年|第?[一二三四1-4]\s?季度?|前三季度|近日|日前|近期|近年|近几年|近幾年|昨天|昨日|今天|今日|当天|當天|[上下]午|晚间|晚間|[今昨前明]\s?[(（]\d{1,2}[)）]\s?日|\d{1,2}[时時点點]){1,6}/u;
/** The date rules of a window counted from the page's day (../date/zh/rules.ts, ../date/ar/rules.ts: *.date.span). */
const ROLLING_WINDOW = /\.date\.span$/u;
/** A clause opening with these has no subject of its own: 成功获得…, 预计今年…, 同比增长…, 是第二大…, 占总营收的…, a market move (跌不足1點), a personal pronoun (他与夫人将捐…: no name to quote). */
const ZH_NO_SUBJECT = /^(?:占|佔|平均|最新|最终|最終|当前|當前|目前|全年|年度|整体|整體|合共|总体|總體|计有|計有|共有|有意|预计|預計|预期|預期|同比|环比|環比|成功|正式|顺利|順利|将|將|拟|擬|已|再|还|還|也|则|則|是|更|实现|實現|录得|錄得|累计|累計|合计|合計|其中|较|較|相当于|相當於|按|超过|超過|达到|達到|增长|增長|下降|上涨|上漲|下跌|净利|淨利|营收|營收|获得|獲得|完成|之后|之後|以来|以來|此前|随后|隨後|跌|涨|漲|他|她|它|计划|計劃|計畫)/u;
/** A kind of company, not a name: 独角兽公司, 初创企业, 上市公司, 一家保险公司. */
const ZH_CLASS = /(?:独角兽|獨角獸|初创|初創|新创|新創|巨头|巨頭|龙头|龍頭|上市|母|子|这家|這家|该|該|一家|多家|其|科技|保险|保險|投资|投資|贸易|貿易|外资|外資|民营|民營|国有|國有|家族)(?:公司|集团|集團|企业|企業)$/u;

/** A name and its stock code: 英伟达(NASDAQ: NVDA), 盛京银行(02066.HK), 台積電（2330）. */
const ZH_CODED = /^([^，,。()（）\s]{2,16})\s?[(（](?:[A-Za-z]{2,8}\s?[:：]\s?)?[A-Z0-9]{2,8}(?:\.[A-Z]{1,3})?[)）](?!\s?日)/u;
/** An outlet's tag opening a report: 【财华社讯】. */
const ZH_OUTLET = /^【[^】]{1,12}】\s{0,2}/u;
/** A regulator's approval and the one approved, up to how it invests: 通過英商X以…, 核准陸資Y向…. */
const ZH_APPROVED = /^(?:通过|通過|核准|批准|同意)(?:了)?\s?(?:[英美日韩韓德法港台陆陸中外星新马馬澳加荷瑞]商|外资|外資|陆资|陸資|港资|港資|中资|中資)?(?<who>[^，,。；;、以向在于於]{2,60}?)\s?(?=以|向|在|于|於|斥资|斥資|出资|出資)/u;

/** How an authority's name ends (投審會, 证监会, 商务部, 市政府), or the case it approved (第一件, 第二案): only it approves another's move. */
const ZH_AUTHORITY_END = /(?:会|會|局|署|部|委|院|府|厅|廳|办|辦|件|案)$/u;
/** A clause opening with a means (通过各种渠道捐赠…): what follows is no subject. */
const ZH_MEANS = /^(?:通过|通過|经由|經由|借助|透过|透過)/u;
/** A description before a name: 电动汽车制造商极星, 芯片巨头英伟达, 运动品牌安踏. */
const ZH_DESCRIPTOR = /^(?:[^，,。"“”「」]{1,12}?(?:制造商|製造商|厂商|廠商|车企|車企|运营商|營運商|开发商|開發商|供应商|供應商|服务商|服務商|巨头|巨頭|龙头|龍頭|独角兽|獨角獸|品牌|新贵|新貴)(?:之一|公司|企业|企業)?|[^，,。"“”「」]{1,16}之一|[^，,。"“”「」]{0,8}["“「][^"“”「」，,。]{1,12}["”」])\s{0,2}(?=[\p{Script=Han}A-Za-z]{2})/u;

/** Organisations named in a Chinese text, in order: a run of name characters up to its last org ending (国侨办, 和記黃埔集团). */
function zhOrgs(s: string): Array<{ text: string; start: number; end: number }> {
  const got: Array<{ text: string; start: number; end: number }> = [];
  // (以 splits a run, but not 以上 / 以下: 規模以上工業企業 is one name.)
  for (const m of s.matchAll(/(?:[^\s的在与與和及向以对對从從为為由被把将將于於、，,。：:（(“"「」）)》《\d通透]|以(?=[上下])|[通透](?![过過])){2,14}/gu)) {
    const end = ZH_ORG_SUFFIX_AT(m[0]);
    // Not a publication's title (《2024年人工智能指数报告》).
    if (end <= 1 || s[(m.index as number) - 1] === '《') continue;
    let name = m[0].slice(0, end);
    // A name after a copula is the one named (案例是东京海上控股公司).
    const copula = /^.*(?:是|乃)/u.exec(name);
    let lead = copula && [...name.slice(copula[0].length)].length >= 2 ? copula[0].length : 0;
    lead += ZH_LEAD.exec(name.slice(lead))?.[0].length ?? 0;
    // Not the tail of a date (2023 年公司 → 公司), not a verb's object (成功登陆香港交易所).
    lead += /^(?:[年月日号號]份?|份)/u.exec(name.slice(lead))?.[0].length ?? 0;
    // (nor the object of a deal's verb: 加速收购外国企业, 入股一家公司.)
    if (ZH_NO_SUBJECT.test(name.slice(lead)) || ZH_DEAL_VERB.test(name.slice(lead))) continue;
    // (nor the one money goes to or comes from: 向世博会中国馆捐赠, 从多家银行获得贷款, 通过基金会捐款.)
    if (lead === 0 && ZH_OBJECT_BEFORE.test(s.slice(Math.max(0, (m.index as number) - 2), m.index as number))) continue;
    name = name.slice(lead);
    const start = (m.index as number) + lead;
    if ([...name].length >= 2) got.push({ text: name, start, end: start + name.length });
  }
  return got;
}

/** A preposition or verb whose object is the one money goes to, comes from or passes through (向X捐, 从X获得, 通过X): no owner. */
const ZH_OBJECT_BEFORE = /(?:向|给|給|为|為|从|從|通过|通過|经由|經由|透过|透過)$/u;
/** A deal's verb opening a run of text: what follows is its object, not an organisation acting. */
const ZH_DEAL_VERB = /^(?:加速|加快|正在|收购|收購|并购|併購|入股|参股|參股|入主|出售|买入|買入|增持|减持|減持)/u;
/** Endings of Chinese organisation names. */
const ZH_ORG_END = /(?:公司|金控|集团|集團|银行|銀行|科技|股份|控股|基金|证券|證券|保险|保險|汽车|汽車|电子|電子|航空|地产|地產|置业|置業|医药|醫藥|政府|港府|局|署|部|委员会|委員會|协会|協會|法院|大学|大學|医院|醫院|办|辦|(?:协|協|商|工|学|學|委员|委員|理事|董事|联合|聯合|总|總|议|議|审|審|博|红十字|紅十字|奥委|奧委)(?:会|會)|院|厂|廠|企业|企業|机构|機構|中资|中資|资本|資本|能源|电力|電力|石油|石化|电信|電信|移动|移動|国际|國際|实业|實業|指数|指數|交易所|央行|财团|財團|基金会|基金會)$/u;
/** Where an organisation's name ends in a run of text (after its last org ending), or 0. */
function ZH_ORG_SUFFIX_AT(run: string): number {
  let end = 0;
  for (let i = 2; i <= run.length; i++) if (ZH_ORG_END.test(run.slice(0, i))) end = i;
  return end;
}

/** Verbs a Chinese subject is followed by at once. */
const ZH_SUBJECT_VERB = /^(?:(?:从|從)(?![\d一二三四五六七八九十两兩零〇])|通过|通過|联合|聯合|共同|第|上半年|下半年|前三季度|全年|首季|共|捐|近日|日前|今日|今天|昨日|昨天|[今昨明][(（]|公布|直接|宣布|宣佈|表示|称|稱|实现|實現|录得|錄得|发布|發布|公布|将|將|拟|擬|向|以|对|對|在|首日|斥资|斥資|出资|出資|捐|获得|獲得|计划|計劃|预计|預計|同意|决定|決定|完成|收购|收購|投资|投資|今年|去年|\d)/u;

/** A Chinese subject candidate is a name: an organisation's, one the text repeats, one in Latin letters, or a short one a verb follows. */
function looksLikeName(name: string, text: string, after: string): boolean {
  // (a person named with an honorific: 邵逸夫先生, 陈女士.)
  if (ZH_ORG_END.test(name) || /^[A-Za-z]/u.test(name) || /^\p{Script=Han}{1,4}(?:先生|女士|夫人|博士|教授)$/u.test(name)) return true;
  if (text.indexOf(name) !== text.lastIndexOf(name)) return true;
  // (not a demonstrative's noun: 该股, 這家: no name.)
  return [...name].length <= 5 && !/^(?:该|該|这|這|此|其|本|金额|金額|总额|總額|规模|規模|总值|總值|数额|數額)/u.test(name) && ZH_SUBJECT_VERB.test(after);
}

const AR_STOP = new Set(['البالغ', 'البالغة', 'المقدر', 'المقدرة', 'المتوقع', 'المتوقعة', 'المسجل', 'المسجلة', 'صافي', 'إجمالي', 'اجمالي', 'مجموع', 'حجم', 'قيمة', 'نسبة', 'في', 'خلال', 'إلى', 'الى', 'من', 'على', 'عن', 'مع', 'بعد', 'قبل', 'منذ', 'حتى', 'بنسبة', 'بقيمة', 'بمبلغ', 'قدرها', 'قدره', 'بلغت', 'بلغ', 'لتصل', 'ليصل', 'مقارنة', 'مقابل', 'نحو', 'حوالي', 'التي', 'الذي', 'الذين', 'أن', 'إن', 'بأن', 'أي', 'ما', 'هو', 'هي', 'كما', 'أيضا', 'أيضاً', 'عند', 'لدى', 'بين', 'ضمن', 'إلا', 'أو', 'ثم', 'لكن', 'قد', 'لم', 'لن', 'سوف', 'عام', 'العام', 'الربع', 'النصف', 'السنة', 'الفترة', 'الشهر', 'الأسبوع', 'اليوم', 'أمس',
  // Time words and adverbs that follow a verb or a name (أعلنت أبل بالأمس, تعاقد أول أمس الأربعاء, عبر تاريخها): never part of a subject.
  'للحصول', 'الحصول', 'بهدف', 'بغية', 'لتمويل',
  'بالأمس', 'الأمس', 'أول', 'عبر', 'غير', 'حاليا', 'حالياً', 'مؤخرا', 'مؤخراً', 'سابقا', 'سابقاً', 'لاحقا', 'لاحقاً', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'يوم', 'مساء', 'صباح']);
/**
 * Verbal nouns a verb of intention takes as its object (تتوقع استرداد…, تعتزم طرح…, تخطط لجمع…): an action, no one's name.
 */
const AR_MASDAR = /^(?:[وبلف])?(?:ال)?(?:استرداد|استرجاع|تحقيق|جمع|ضخ|إنفاق|انفاق|استثمار|زيادة|خفض|رفع|توزيع|طرح|إصدار|اصدار|شراء|بيع|دفع|سداد|تسجيل|تخصيص|رصد|اقتراض|إقراض|تمويل|توفير|صرف|تقديم|منح)$/u;
/** Verbs of amount that follow a metric word ("خسارة تتجاوز", "إيرادات بلغت"): never its owner. */
const AR_QUANTITY_VERB = /^(?:و|ف|ل)?(?:ت|ي)?(?:تجاوز|بلغ|صل|فوق|زيد|قارب|ناهز|قدر|تخطى|تخط|رتفع|ارتفع|نخفض|انخفض|راجع|تراجع|سجل|حقق|صلت|وصل|تصل|يصل|تبلغ|يبلغ|تزيد|يزيد)(?:ت|ا|وا|ان)?$/u;
const AR_VERB = /^(?:و|ف)?(?:حدد|حقق|سجل|أعلن|اعلن|جمع|ضخ|خصص|رصد|وقع|أنفق|انفق|تكبد|دفع|حصل|استحوذ|باع|اشترى|منح|قدم|فرض|أقر|اقر|وافق|طرح|أصدر|اصدر|استثمر|ربح|خسر|قدر|توقع|تتوقع|يتوقع|رفع|خفض|بلغ|ارتفع|انخفض|تراجع|قفز|نمت|نما|زاد|تجاوز|أقرض|اقترض|تلقى|تلقت|أودع|سدد|صرف|أطلق|تبرع|كلف|تعتزم|يعتزم|تخطط|يخطط|توصل|اتفق|كشف|قال|أفاد|افاد|أظهر|اظهر|أوضح|اوضح|ذكر|أكد|اكد)(?:ت|ا|وا|ن)?$/u;

function arSubject(text: string, a: number, at: number, cue: Cue | null): { text: string; start: number; end: number } | null {
  // 0. A state's accounts (موازنة مصر, الميزانية العامة السعودية, الإيرادات الفعلية للمملكة): the state.
  if (cue && STATE_METRICS.has(cue.metric)) {
    const state = stateOwner(text, a, at, cue);
    if (state) return state;
  }
  // 1. The noun after the metric word: "أرباح الشركة", "إيرادات أرامكو", "صافي ربح البنك".
  // (after a gift, a fused ل or لصالح names its recipient: منحة للأردن, تبرع لصالح المستشفى; the giver is the verb's.)
  if (cue && cue.end <= at) {
    const np = nounPhrase(text, cue.end, at);
    if (np && !(cue.metric === 'donation' && recipient(np.text))) return np;
  }
  // 2. After the first verb of the figure's clause: "حققت أرامكو أرباحا"; then, when that names no one,
  // after the first verb of its sentence ("كشفت مجموعة الإمارات، المالكة لـ…، عن أرباحها التي بلغت").
  const from = clauseStartOf(text, a, at);
  const verb = firstVerb(text, from, at);
  if (verb !== null) {
    const np = nounPhrase(text, verb.end, at, true);
    if (np && (!verb.reports || AR_ORG_HEAD.test(np.text))) return np;
    // The subject before its verb (بيت التمويل الكويتي تبرع بـ…, xAI تنفق حاليا…, «الشركة حققت…»).
    // … also of a later verb, after a verb of saying (قال مسؤولون إن الشركة تنفق…).
    for (let v: typeof verb | null = verb, k = 0, prevEnd = from; v && k < 3; prevEnd = v.end, v = firstVerb(text, v.end, at), k++) {
      const pre = subjectBefore(text, prevEnd, v.start);
      if (pre && (!v.reports || AR_ORG_HEAD.test(pre.text))) return pre;
    }
  }
  if (from > a) {
    const first = firstVerb(text, a, from);
    const np = first && nounPhrase(text, first.end, from, true);
    // A speaker is the owner only when it is an organisation (قالت المجموعة إن أرباحها…), not a minister.
    if (np && first && (!first.reports || AR_ORG_HEAD.test(np.text))) return np;
  }
  // 3. An organisation named before the figure in its sentence: "شركة أرامكو", "الحكومة الليبية".
  return lastArOrg(text, a, at);
}

/** A recipient with its fused preposition: للأردن, لصالح المستشفى, لمصر, لشركة X (لبنان is a name, not ل + بنان). */
function recipient(np: string): boolean {
  const w = np.split(' ')[0] as string;
  return /^(?:لل|لصالح)/u.test(w) || /^ل(?:شركة|مجموعة|بنك|مصرف|حكومة|وزارة|هيئة|صندوق|مؤسسة)/u.test(w) || AR_STATES.test(w.slice(1));
}

/** Where the first verb of [from, to) ends (حققت, أعلن, قالت), and whether it only reports; or null. */
function firstVerb(text: string, from: number, to: number): { start: number; end: number; reports: boolean } | null {
  for (const m of text.slice(from, to).matchAll(/[\p{L}\p{M}]+/gu)) {
    // Vowel marks and shadda (سجّلت) are not letters of the word.
    const w = m[0].replace(/\p{M}/gu, '');
    if (AR_VERB.test(w) || AR_PRESENT.test(w)) return { start: from + (m.index as number), end: from + (m.index as number) + m[0].length, reports: AR_REPORT.test(w) };
  }
  return null;
}

/** Present-tense verbs of money news (تحقق, ينفق, ستضخ): a headline's or a quote's verb after its subject. */
const AR_PRESENT = /^(?:و|ف)?(?:س)?(?:ت|ي)(?:حقق|سجل|جمع|نفق|ضخ|خصص|رصد|ستثمر|ربح|خسر|تكبد|دفع|حصل|بيع|شتري|منح|قدم|طرح|علن|قترض|سدد|صرف|تبرع|ستحوذ|وقع|رفع|خفض)(?:ان|ون)?$/u;

/**
 * A subject that comes before its verb: the noun phrase that ends where the verb starts, opening
 * the clause or following أن / إن or a quotation mark (xAI تنفق…, "بيت التمويل الكويتي تبرع…").
 */
function subjectBefore(text: string, from: number, verbStart0: number): { text: string; start: number; end: number } | null {
  // A particle before the verb (بيت التمويل قد تبرع, الشركة لقد حققت) is no part of its subject.
  const particle = /\s(?:و|ف)?(?:قد|لقد)\s*$/u.exec(text.slice(from, verbStart0));
  const verbStart = particle ? verbStart0 - particle[0].length : verbStart0;
  const s = text.slice(from, verbStart);
  if (!/\S/u.test(s)) return null;
  // Where the phrase may start: after the last quotation mark or function word before the verb.
  // (a closing quotation mark, after a letter, ends the name: "بيت التمويل" قد تبرع.)
  let start = from;
  for (const m of s.matchAll(/[\p{L}\p{M}]+|["“”«»:]/gu)) {
    const w = m[0].replace(/^[وف](?=\p{L}{2})/u, '');
    const closing = /^["“”«»]$/u.test(m[0]) && /[\p{L}\p{M}]/u.test(s[(m.index as number) - 1] ?? '');
    if (/^["“”«»:]$/u.test(m[0]) && !closing || AR_STOP.has(m[0]) || AR_STOP.has(w) || /^(?:و|ف)?(?:إن|أن|ان|بأن|لأن|كما|حيث|بينما|فيما|لكن|وقد|فقد|كان|كانت)$/u.test(m[0])) start = from + (m.index as number) + m[0].length;
  }
  // The head opens a name (nounPhrase's test); the words after it up to the verb are its name or adjectives (التمويل الكويتي).
  const head = nounPhrase(text, start, verbStart);
  const words = text.slice(start, verbStart).replace(/["“”«»]/gu, '').trim().split(/\s+/u);
  // (each a definite word or an adjective: بالترتيب, بإجمالي, بعدما are no part of a name; after شركة / بنك its name.)
  const org = AR_ORG_HEAD.test(words[0] as string);
  const tail = (w: string, i: number) => /^ال/u.test(w) || /ي(?:ة)?$/u.test(w) || /^[A-Za-z]/u.test(w) || org && i === 1;
  if (!head || words.length > 4 || words.some((w, i) => !/^[\p{L}\p{M}A-Za-z]+$/u.test(w) || i === 0 && isMetricWord(w) || AR_VERB.test(w) || AR_QUANTITY_VERB.test(w) || i > 0 && !tail(w, i))) return null;
  let end = verbStart;
  while (end > head.start && /[\s"“”«»]/u.test(text[end - 1] as string)) end--;
  return trimArPhrase(text, head.start, end);
}

/** Verbs of saying: their subject is a speaker, the owner only when an organisation. */
const AR_REPORT = /^(?:و|ف)?(?:قال|أفاد|افاد|أظهر|اظهر|أوضح|اوضح|ذكر|أكد|اكد|كشف)(?:ت|وا)?$/u;
/** A company's or a bank's name (not an authority's): شركة, مجموعة, بنك, مصرف. */
const AR_COMPANY_HEAD = /^(?:ال)?(?:شركة|مجموعة|بنك|مصرف)/u;
/** An organisation's name starts with its kind (شركة, مجموعة الإمارات, البنك). */
const AR_ORG_HEAD = /^(?:ال)?(?:شركة|مجموعة|بنك|مصرف|حكومة|وزارة|هيئة|صندوق|مؤسسة|جهاز)/u;

/** Words that make the organisation after them the figure's source: وفقا لبيانات, بحسب تقرير, نقلا عن, إحصاءات. */
const AR_SOURCE_BEFORE = /(?:(?:وفقا|وفقاً|طبقا|طبقاً|استنادا|استناداً)\s(?:إلى\s|الى\s)?|(?<![\p{L}\p{M}])(?:ب)?حسب\s|نقلا\sعن\s|نقلاً\sعن\s|(?<![\p{L}\p{M}])(?:ل|ب)?(?:بيانات|إحصاءات|احصاءات|إحصائيات|احصائيات|تقديرات|تقرير|أرقام|دراسة|مسح)\s(?:صادرة\sعن\s|صادر\sعن\s|أصدرتها\s|أصدرها\s)?)(?:ل|لـ|ال)?$/u;
/** Arabic organisations: the kind word and up to three words of its name (بنك قطر الدولي الإسلامي). */
const AR_ORG = /(?<![\p{L}\p{M}])(?:[وبلف])?((?:شركة|مجموعة|بنك|مصرف|البنك|الحكومة|حكومة|وزارة|هيئة|صندوق|مؤسسة|جهاز)(?:\s[«"“]?[\p{L}\p{M}]+[»"”]?){0,3})/gu;

/** The last organisation named in [from, to), its name cut at a function word, a verb or a metric word. */
function lastArOrg(text: string, from: number, to: number): { text: string; start: number; end: number } | null {
  const orgs = [...text.slice(from, to).matchAll(AR_ORG)];
  // Not the source of the figure (وفقا لبيانات هيئة الإحصاء, بحسب تقرير لوكالة بلومبرغ): it reports it, it does not own it.
  let last = orgs.pop();
  while (last?.index !== undefined && AR_SOURCE_BEFORE.test(text.slice(Math.max(from, from + last.index - 30), from + last.index + last[0].length - (last[1] as string).length))) last = orgs.pop();
  if (last?.index === undefined) return null;
  const s = from + last.index + last[0].length - (last[1] as string).length;
  const words = (last[1] as string).split(' ');
  let keep = 1;
  for (; keep < words.length; keep++) {
    const w = (words[keep] as string).replace(/[«"“»"”]/gu, '');
    if (AR_STOP.has(w) || isMetricWord(w) && !/^ال/u.test(w) || AR_VERB.test(w) || AR_QUANTITY_VERB.test(w) || /^(?:ب|ل)?(?:مبلغ|قيمة)/u.test(w) || /[^ا](?:ه|ها|هم)$/u.test(w)) break;
  }
  return trimArPhrase(text, s, s + words.slice(0, keep).join(' ').length);
}

/** Metrics of a state's accounts: the state is their subject when the sentence names its budget. */
const STATE_METRICS: ReadonlySet<Metric> = new Set(['revenue', 'spending', 'deficit', 'budget', 'debt']);
/** Arab states and the words for "the state", as budget news names them. */
const AR_STATES = /^(?:مصر|السعودية|المملكة|الدولة|الكويت|الإمارات|قطر|عمان|عُمان|البحرين|الأردن|لبنان|سوريا|سورية|العراق|المغرب|الجزائر|تونس|ليبيا|السودان|اليمن|فلسطين|موريتانيا)$/u;
const AR_BUDGET = /(?<![\p{L}\p{M}])(?:[وبلف])?(?:ال)?(?:موازنة|ميزانية)(?![\p{L}\p{M}])/gu;

/**
 * The state whose accounts a fiscal figure is: named after the budget word or the metric word,
 * past adjectives (العامة, الفعلية), as a noun (موازنة مصر), a fused ل (للدولة → الدولة) or a
 * country adjective (الميزانية السعودية → السعودية).
 */
function stateOwner(text: string, a: number, at: number, cue: Cue): { text: string; start: number; end: number } | null {
  const heads = [cue.end];
  AR_BUDGET.lastIndex = 0;
  const s = text.slice(a, at);
  for (let m = AR_BUDGET.exec(s); m; m = AR_BUDGET.exec(s)) heads.push(a + m.index + m[0].length);
  for (const head of heads) {
    const re = /\s*([\p{L}\p{M}]+)/uy;
    let i = head;
    for (let k = 0; k < 3 && i < at; k++) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (!m) break;
      const w = m[1] as string;
      const ws = i + m[0].length - w.length;
      i = re.lastIndex;
      if (AR_STATES.test(w)) return { text: w, start: ws, end: ws + w.length };
      // للدولة, للمملكة: the state without its fused preposition.
      if (/^لل/u.test(w) && AR_STATES.test(`ال${w.slice(2)}`)) return { text: `ال${w.slice(2)}`, start: ws + 1, end: ws + w.length };
      // Past the adjectives of the budget or the metric (العامة, الفعلية, الجديدة) and للعام المالي.
      if (!/^ال[\p{L}]+(?:ة|ي|ية)$/u.test(w)) break;
    }
  }
  return null;
}

const AR_METRIC_WORD = new RegExp(`^(?:[وبلفك]{1,2})?(?:ال)?(?:${[...AR_WORDS.keys()].sort(byLength).map(escape).join('|')})(?:ها|ه|هم)?$`, 'u');
function isMetricWord(w: string): boolean {
  return AR_METRIC_WORD.test(w);
}

/** One to three words from `from` (after spaces), stopping at a function word, a number or punctuation. */
function nounPhrase(text: string, from: number, limit: number, afterVerb = false): { text: string; start: number; end: number } | null {
  let i = from;
  while (i < limit && /\s/u.test(text[i] as string)) i++;
  // A preposition with its pronoun after a verb (حصلت عليه xAI, قدمها له البنك) is no part of the subject.
  const pp = afterVerb ? AR_PREP_PRONOUN.exec(text.slice(i, Math.min(limit, i + 12))) : null;
  if (pp) i += pp[0].length;
  // A description before a person's name (رجل الأعمال محمد العبار, الملياردير X) is not part of it.
  const described = AR_DESCRIPTOR.exec(text.slice(i, Math.min(limit, i + 24)));
  if (described) i += described[0].length;
  const start = i;
  let end = i;
  let words = 0;
  const re = /[\p{L}\p{M}]+/uy;
  while (words < 3 && i < limit) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m || AR_STOP.has(m[0]) || /^[وف]/u.test(m[0]) && AR_STOP.has(m[0].slice(1)) || AR_QUANTITY_VERB.test(m[0]) || isMetricWord(m[0]) || /^(?:ب|ل)?(?:قيمة|مبلغ)/u.test(m[0]) || !/\p{Script=Arabic}|[A-Za-z]/u.test(m[0])) break;
    if (words > 0 && !/^(?:ال)/u.test(m[0]) && !/ي(?:ة)?$/u.test(m[0]) && words >= 1 && AR_VERB.test(m[0])) break;
    // After a definite word the phrase goes on only with definite words or adjectives (الحكومة الليبية, البنك الأهلي):
    // an indefinite word is the predicate's (حققت الشركة أفضل إيرادات); after شركة, بنك its name (شركة أبل).
    if (words > 0 && /^(?:[وبلف])?ال/u.test(text.slice(start, start + 3)) && !/^(?:[وبف]?ال|لل|[A-Za-z])/u.test(m[0]) && !/ي(?:ة)?$/u.test(m[0])) break;
    end = i + m[0].length;
    words++;
    i = end;
    if (text[i] !== ' ') break;
    i++;
  }
  if (end <= start) return null;
  const first = /^[^\s]+/u.exec(text.slice(start, end))?.[0] ?? '';
  // After a verb, a fused ل (يسدد لمصرف قطر, دفعت للشركة) marks the one paid, not the subject.
  if (afterVerb && /^ل(?:ل|(?:شركة|مجموعة|بنك|مصرف|حكومة|وزارة|هيئة|صندوق|مؤسسة))/u.test(first)) return null;
  // An owner is a definite noun (الشركة, البنك) or a name in Latin letters (xAI), not an adjective (صافية, النقدي).
  const definite = /^(?:[وبلف])?ال/u.test(first) && !/(?:ي|ية|يه|يين|يون)$/u.test(first) && !AR_DEFINITE_ADJECTIVE.test(first);
  // Right after a verb an indefinite word is its subject's name (سجلت أبل), unless it is an adverb or object (أرباحا).
  // Right after a metric word too, a name (أرباح أرامكو), but not an adjective (أرباح صافية, خسائر كبيرة).
  const named = !/^(?:[وبلف])?ال/u.test(first) && !/(?:اً|ًا|ا|ة|ي|ى)$/u.test(first) && first.length >= 3 || afterVerb && !/^ال/u.test(first) && !/(?:اً|ًا|ا)$/u.test(first) && first.length >= 3;
  // (a state whose name looks like an adjective, السعودية, is a name.)
  if (!/^[A-Za-z]/u.test(first) && !definite && !named && !AR_STATES.test(first)) return null;
  // (an action, تتوقع استرداد 650 مليون, or an accounting term, خسائر EBITDA, names no one.)
  if (AR_MASDAR.test(first) || NOT_NAMES.has(first)) return null;
  return trimArPhrase(text, start, end);
}

/** Descriptions before a person's name: رجل الأعمال, سيدة الأعمال, الملياردير, المستثمر. */
const AR_DESCRIPTOR = /^(?:رجل\sالأعمال|رجل\sالاعمال|سيدة\sالأعمال|الملياردير|المليونير|المستثمر|المحسن)\s(?=[\p{L}])/u;

/** Adjectives with the article that follow a metric word (التقييم الضخم, الأرباح الكبيرة): no owner. */
const AR_DEFINITE_ADJECTIVE = /^(?:[وبلف])?ال(?:ضخم|ضخمة|كبير|كبيرة|هائل|هائلة|جديد|جديدة|أخير|أخيرة|متوقع|متوقعة|مقترح|مقترحة|قياسية)$/u;

const AR_PREP_PRONOUN = /^(?:علي|لدي|من|عن|إلي|الي|في|ل|مع|عند|به)(?:ه|ها|هم|هما)\s/u;

function trimArPhrase(text: string, start: number, end: number): { text: string; start: number; end: number } | null {
  const t = text.slice(start, end).trim();
  if (t.length < 2) return null;
  return { text: t, start, end: start + t.length };
}

/** A stake named after the percentage: 51%的股份, 10% من رأس المال, 5% من أسهم الشركة. */
const STAKE_AFTER = /^\s{0,2}(?:的\s{0,2})?(?:股份|股权|股權|股本|权益|權益)|^\s{0,2}من\s(?:رأس\s?(?:ال)?مال|رأسمال|أسهم|الأسهم|حصة)/u;
/** People or a count: what a share or a change of them is, is no money metric. */
const COUNTED = /毕业生|畢業生|应届生|應屆生|员工|員工|受访者|受訪者|人数|人數|户数|戶數|家数|家數|件数|件數|人次|(?<![\p{L}\p{M}])(?:[وب]?(?:ال)?(?:أعداد|عدد|عاملين|موظفين|سياح|زوار|مستفيدين))(?![\p{L}\p{M}])/u;
/** A stake in a company: its percentage measures none of the metrics. */
const STAKE = /持股|股权|股權|股份|股本|股比|占股|佔股|权益|權益|控股|حصة|حصته|حصتها|ملكية|يملك|تملك|الأسهم/u;

/**
 * A span of months that is a half or a quarter of one year, as the ISO part (2020-01/2020-06 → 2020-H1,
 * 2024-07/2024-09 → 2024-Q3, 2023-01/2023-12 → 2023): الستة أشهر الأولى من السنة is the year's first half;
 * other spans of quarters as their months (2024-Q1/2024-Q3 → 2024-01/2024-09).
 */
function partOf(v: string): string {
  const s = /^(\d{4})-(\d{2}|Q[1-4])\/(\d{4})-(\d{2}|Q[1-4])$/u.exec(v);
  if (!s || s[1] !== s[3] || (s[2] as string).startsWith('Q') !== (s[4] as string).startsWith('Q')) return v;
  // (quarters as their months: 前三季度 2024-Q1/2024-Q3 → 2024-01/2024-09.)
  const q = (s[2] as string).startsWith('Q');
  const from = q ? Number((s[2] as string).slice(1)) * 3 - 2 : Number(s[2]);
  const to = q ? Number((s[4] as string).slice(1)) * 3 : Number(s[4]);
  if (from === 1 && to === 12) return s[1] as string;
  if (to - from === 5 && from % 6 === 1) return `${s[1]}-H${(from + 5) / 6}`;
  if (to - from === 2 && from % 3 === 1) return `${s[1]}-Q${(from + 2) / 3}`;
  return q ? `${s[1]}-${String(from).padStart(2, '0')}/${s[1]}-${String(to).padStart(2, '0')}` : v;
}

/** A date fact whose value is given as the ISO part it spans (see partOf). */
function asPart(d: DateFact | null): DateFact | null {
  if (!d?.value) return d;
  const v = partOf(d.value);
  return v === d.value ? d : { ...d, value: v };
}

/** Two consecutive years as one (موازنة 2022/2023, 2024-25): a fiscal year. */
function splitYear(v: string): boolean {
  const m = /^(\d{4})\/(\d{4})$/u.exec(v);
  return m !== null && Math.abs(Number(m[2]) - Number(m[1])) === 1;
}

/** A fiscal year's words. */
const FISCAL = /مالي|مالية|财年|財年|财政年度|財政年度|FY/u;
/** The value of a plan or proposal someone put forward (提出了总值2兆美元的计划, اقترح خطة بقيمة …): no period yet. */
const PROPOSED_BEFORE = /提出|提议|提議|推出|公布了|اقترح|اقترحت|طرح|طرحت/u;
const PLAN_AFTER = /^\s{0,2}(?:的)?[^，,。；;、]{0,14}?(?:计划|計劃|計畫|方案|提案|法案|草案)/u;
const PLAN_BEFORE = /(?:خطة|مقترح|مشروع قانون|مشروع)\s(?:[\p{L}\p{M}]+\s){0,4}(?:بقيمة|بكلفة|بتكلفة|قيمتها|قيمته)\s{0,2}$/u;
/** A change told as the difference of two dated figures (…إلى 131 ريالا بتاريخ…، أي بزيادة مقدارها 46 ريالا): a span, not the later date. */
const CHANGE = /(?:أي|ما يعني)\s(?:بزيادة|بارتفاع|بانخفاض|بتراجع|بنقص)|(?:即|也就是|亦即)(?:增加|增长|增長|减少|減少|下降|上涨|上漲|下跌|上升)了?/u;
/** Metrics that run over a period: a day is not theirs. */
const FLOWS: ReadonlySet<Metric> = new Set(['revenue', 'profit', 'loss', 'spending', 'trade', 'deficit', 'budget', 'salary', 'tax', 'dividend']);

/** Words that place a figure in another period than the one before it: 去年同期, العام الماضي. */
const OTHER_PERIOD = /بعد ذلك|قبل أن|لاحقا|لاحقاً|随后|隨後|此后|此後|后来|後來|الأشهر|أشهر|前[一二三四五六七八九十\d]{1,2}个?月|首[一二三四五六七八九十\d]{1,2}个?月|去年|上年|同期|同比|上季|前年|全年|整年|للسنة كاملة|للعام كاملا|للعام بأكمله|السنة الكاملة|العام الكامل|العام الماضي|العام السابق|السنة الماضية|الفترة نفسها|الفترة ذاتها|الفترة المماثلة|الربع السابق|نفس الفترة/u;

/** Words that tell a later event than the date before them: بعد ذلك, قبل أن, 随后, 后来. */
const LATER = /بعد ذلك|قبل أن|لاحقا|لاحقاً|随后|隨後|此后|此後|后来|後來|之后又|之後又/u;

/** Words that make a figure a running total: 至今, 以来, منذ. */
const CUMULATIVE = /至今|迄今|以来|以來|حتى الآن|منذ/u;

const CUMULATIVE_G = new RegExp(CUMULATIVE.source, 'gu');
/** As-of words: the figure is a level at that date (截至3月底, حتى نهاية يونيو). */
const AS_OF = /截至|截止|حتى نهاية|حتى تاريخ|كما في/u;
/** Words that give a figure a span or a rate of its own, which no date fact says. */
const OWN_SPAN = /全年|整年|每月|每年|每天|每日|每周|每週|平均每|شهريا|شهرياً|سنويا|سنوياً|يوميا|يومياً|الأشهر|أشهر/u;

/** Metrics of one-off transactions: their period is the date of the event. */
const TRANSACTIONS: ReadonlySet<Metric> = new Set(['deal', 'investment', 'donation', 'fine', 'funding']);

/** An agreement signed (订立认购协议, 签署了合作协议, وقعت الشركة اتفاقية, أبرمت عقدا): what it provides for is no plan. */
const AGREED = /(?:订立|訂立|签订|簽訂|签署|簽署|订定|訂定)了?[^，,。；;]{0,16}(?:协议|協議|合同|合約|协定|協定|契约|契約)|(?<![\p{L}\p{M}])(?:وقعت|وقّعت|وقع|وقّع|أبرمت|أبرم)\s[^،,.؛]{0,40}(?:اتفاقية|اتفاقا|اتفاقًا|عقدا|عقدًا|صفقة)/u;
/** A clause that gives an agreement's terms: it opens with the intent word (拟向…发行, 将以…支付; تقضي بأن, بموجبها). */
const AGREED_TERMS = /^\s{0,2}(?:据此|據此|其中)?[^，,。；;]{0,6}?(?:拟|擬|将|將)|^\s{0,2}(?:تقضي|ينص|تنص|بموجبها|بموجبه)/u;

/** Words that make a figure's clause an intention or a comparison: its date is not its period. */
const INTENT = /将|將|拟|擬|计划|計劃|预计|預計|有意|打算|准备|準備|تخطط|يخطط|تعتزم|يعتزم|سوف|من المتوقع|يتوقع|تتوقع|ستقوم|سيتم/u;
/**
 * Where the comparison word that brings a figure in starts, or -1: only right after the figure it is
 * compared with (…780 مليون دولار مقارنة بـ1,05 مليار; 营收120亿元，相比110亿元); مقابل 94 مليون يورو alone is a price paid.
 */
function comparedFrom(text: string, m: MoneyFact, a: number, moneyAt: ReadonlyArray<readonly [number, number]>): number {
  const compared = COMPARED_FIGURE.exec(text.slice(Math.max(a, m.start - 24), m.start));
  if (!compared) return -1;
  const self = firstAtOrAfter(moneyAt, m.start);
  const other = self > 0 ? (moneyAt[self - 1] as readonly [number, number]) : null;
  const at = m.start - compared[0].length;
  return other && other[1] >= a && at - other[1] <= 30 ? at : -1;
}

/** A comparison word just before a figure, with what may stand between (较去年同期的, مقارنة بـ, مقابل). */
const COMPARED_FIGURE = /(?:(?<![\p{L}\p{M}])(?:و|ف)?(?:بال)?مقارنة\s?(?:ب|مع)?ـ?|(?<![\p{L}\p{M}])مقابل|较|較|相比|对比|對比|比)\s{0,2}(?:去年|上年|前年)?(?:同期)?\s{0,2}(?:的)?\s{0,2}$/u;
const COMPARE_BEFORE = /(?:较|較|比|与|與|相比|同比|对比|對比|مقارنة\s?(?:ب|مع)?ـ?|مقابل|عن)\s{0,2}$/u;

/** The date the figure refers to: one in its clause (before it first), or leading its sentence. */
function periodOf(
  m: MoneyFact, metric: Metric | null, text: string, a0: number, b: number, dates: readonly DateFact[],
  dateAt: ReadonlyArray<readonly [number, number]>, moneyAt: ReadonlyArray<readonly [number, number]>, sentences: Sentences,
): DateFact | null {
  // Sentences joined by a semicolon (2024年第一季度实现营收36.46亿元；实现净亏损3亿元) share their date.
  let a = a0;
  for (let k = 0; k < 2 && a > 0 && /[;；]\s*$/u.test(text.slice(Math.max(0, a - 3), a)); k++) a = sentences.range(a - 1)[0];
  const joined = a;
  const clauseStart = clauseStartOf(text, a, m.start);
  // A transaction only planned has no date yet (a forecast of revenue or loss keeps its year).
  // (… but the terms of an agreement signed in the sentence are not a plan: 于2025年1月14日，该公司与要约人订立认购协议，拟向其发行…票据.)
  if (metric !== null && TRANSACTIONS.has(metric) && INTENT.test(text.slice(clauseStart, m.start)) && !(AGREED.test(text.slice(a, clauseStart)) && AGREED_TERMS.test(text.slice(clauseStart, m.start)))) return null;
  // A change told as the difference of two dated figures (…，即增加了60亿元; أي بزيادة مقدارها) is of neither date.
  const self = firstAtOrAfter(moneyAt, m.start);
  if (self > 0 && (moneyAt[self - 1] as readonly [number, number])[1] >= a && CHANGE.test(text.slice((moneyAt[self - 1] as readonly [number, number])[1], m.start))) return null;
  // Nor the value of a plan put forward (剛提出了總值2兆美元的基礎設施計畫, اقترحت الحكومة خطة بقيمة 5 مليارات).
  if (PROPOSED_BEFORE.test(text.slice(clauseStart, m.start)) && (PLAN_AFTER.test(text.slice(m.end, m.end + 20)) || PLAN_BEFORE.test(text.slice(Math.max(clauseStart, m.start - 60), m.start)))) return null;
  // A running total (自2023年成立至今累计…, منذ تأسيسها) has no one period.
  // … unless an as-of date follows it (自2023年成立至今累计融资140亿美元，但截至3月底现金仅剩40亿美元).
  const run = [...text.slice(a, m.start).matchAll(CUMULATIVE_G)].pop();
  // A date the running total starts from is its period (今年迄今, 今年以来: year to date).
  if (run && !AS_OF.test(text.slice(a + (run.index as number), m.start))) {
    const j = firstAtOrAfter(dateAt, a + (run.index as number)) - 1;
    const since = j >= 0 ? (dates[j] as DateFact) : null;
    if (!since || since.start < a || a + (run.index as number) - since.end > 1 || since.grain !== 'year' || !/今年|本年|هذا العام|العام الحالي/u.test(since.text)) return null;
    return since;
  }
  // A whole year or nine months said without the year (全年, للسنة كاملة, الأشهر التسعة الأولى) is of the year the sentence gives.
  // (… or of the sentence before it in its paragraph: …في الربع الثالث من عام 2025. على مدى الأشهر التسعة الأولى، بلغ…)
  const before = a0 > 0 ? sentences.range(a0 - 1)[0] : a0;
  const spanned = m.per ? null : spanOfYear(m, text, a0, b, dates, dateAt, moneyAt, before < a0 && !text.slice(before, a0).includes('\n') ? before : a0);
  if (spanned) return spanned;
  // A clause with a span or a rate of its own (全年预计支出, 平均每月消耗, خلال الأشهر التسعة) takes a date only from itself.
  if (OWN_SPAN.test(text.slice(clauseStart, m.start))) a = clauseStart;
  // A rate (每月消耗10億美元) takes a date only from its own clause.
  if (m.per === 'month' || m.per === 'day' || m.per === 'week' || m.per === 'year') a = clauseStart;
  // … or from a clause that is only a date, which sets the period of its sentence (2023年一季度，…平均薪酬为10101元/月).
  if (a === clauseStart && clauseStart > a0) {
    const j = firstAtOrAfter(dateAt, a0);
    let t = j < dates.length ? (dates[j] as DateFact) : null;
    const t0 = t;
    // (the last year of a list that opens the sentence: 2008、2009年，…)
    for (let k = j + 1; t && k < dates.length && (dates[k] as DateFact).end <= clauseStart && t.grain === 'year' && (dates[k] as DateFact).grain === 'year' && YEAR_JOIN.test(text.slice(t.end, (dates[k] as DateFact).start)); k++) t = dates[k] as DateFact;
    if (t && t0 && t.end <= clauseStart && t.value && TOPIC_BEFORE.test(text.slice(clauseStartOf(text, a0, t0.start), t0.start)) && /^\s{0,2}[，,،]/u.test(text.slice(t.end, t.end + 3)) && t.grain !== 'day' && t.grain !== 'hour' && t.grain !== 'minute' && t.grain !== 'second') {
      const listed = yearList(t, text, dates, dateAt);
      return listed ? samePeriod(listed, text, a0, dates, j) : null;
    }
  }
  // A figure brought in as the comparison (مقارنة بـ1,05 مليار دولار في الفترة ذاتها من العام الماضي, 较去年同期的40亿元)
  // is of another period than the one its sentence opened with: it takes a date only from after the comparison word.
  const compared = comparedFrom(text, m, a, moneyAt);
  if (compared >= 0) a = Math.max(a, compared);
  const perYear = PER_YEAR_AFTER.test(text.slice(m.end, m.end + 14)) || /كل\s(?:عام|سنة)|سنويا|每年/u.test(m.text);
  let best: DateFact | null = null;
  // An event's date (a deal signed, a price set) may open a long sentence: 于2025年8月4日，要约人…代价合共约10.84亿港元.
  let bestD = metric !== null && (TRANSACTIONS.has(metric) || metric === 'price') ? 200 : 90;
  const from = firstAtOrAfter(dateAt, a);
  for (let i = from; i < dates.length && (dates[i] as DateFact).start < b; i++) {
    const d0 = dates[i] as DateFact;
    // The day a reporting span ends (截至2020年6月30日止六个月, الأشهر الستة المنتهية في 30 يونيو) gives the span.
    const span = d0.grain === 'day' || d0.grain === 'month' ? endingSpan(d0, text) : null;
    // The end of a span whose start is another date (من أول يناير حتى آخر مايو, 自年初至5月底) gives the span, or nothing.
    const from = span ? undefined : spanStart(i, text, dates);
    // (its start alone is not the period: the span is.)
    if (from === null || (i + 1 < dates.length && spanStart(i + 1, text, dates) !== undefined)) continue;
    // (… and so does a range of days that runs over whole months: 1月1日至6月30日 → 2024-H1.)
    const months = d0.grain === 'day' && d0.value ? wholeMonths(d0.value) : null;
    const d: DateFact = span ? { ...d0, value: span, grain: 'month' } : from ? { ...d0, start: from.start, value: from.value, grain: 'month' } : months ? { ...d0, value: months, grain: 'month' } : d0;
    if (d.value === null || d.end > b) continue;
    // A time of day (截至昨天下午5时) is a moment, no period of a figure; بالأمس القريب is "lately", no day.
    if (d.grain === 'hour' || d.grain === 'minute' || d.grain === 'second' || /^\s?القريب/u.test(text.slice(d.end, d.end + 8))) continue;
    // A date after a comparison word is the compared figure's (较2022年四季度的10558元): the figure's own when it follows at once.
    if (COMPARE_BEFORE.test(text.slice(Math.max(a, d.start - 6), d.start)) && !(d.end <= m.start && /^\s?(?:同期)?\s?[的之]?\s?$/u.test(text.slice(d.end, m.start)))) continue;
    // A date that modifies another noun (2025年12月公布的方案, 2020年上市的公司) is that event's.
    if (d.end <= m.start && OTHER_EVENT.test(text.slice(d.end, d.end + 8))) continue;
    // A year in an event's or a plan's name (2010年上海世博会, 2030愿景, رؤية 2030, كأس العالم 2022) is no period of a figure.
    if (d.grain === 'year' && (EVENT_AFTER.test(text.slice(d.end, d.end + 10)) || EVENT_BEFORE.test(text.slice(Math.max(0, d.start - 16), d.start)))) continue;
    // A rate per year (ثلاثة مليارات كل عام, 每年10亿元) takes no month or day.
    if (perYear && d.grain !== 'year') continue;
    // A fiscal year the text does not bound (السنة المالية 2022-2023, 2025财年) is no period a reader can place.
    // … or a part of one that spans two calendar years (النصف الأول من السنة المالية 2025-2026).
    // A fiscal year named by one year (للعام المالي 2026, 2025财年) is that year, as the text files it.
    if ((FISCAL.test(d.text) && /\d{4}\s?[-/]\s?\d{2,4}/u.test(text.slice(d.start, d.end + 6))) || splitYear(d.value)) continue;
    // A window counted back or ahead from the page's day (过去五年, 未來四年, الأشهر الستة الأخيرة) is no period of
    // the calendar: a total over it (过去五年累计投资…) has no period a reader could file it under.
    if (ROLLING_WINDOW.test(d.rule)) continue;
    // A day is the date of an event (a deal signed, a price set, cash as of): not the period of a flow (revenue, a loss).
    if (d.grain !== 'year' && d.grain !== 'half' && d.grain !== 'quarter' && d.grain !== 'month' && d.grain !== 'week' && (metric === null || FLOWS.has(metric))) continue;
    // A dateline (本报北京5月16日讯) dates the report, not its figures.
    if (/^\s{0,2}(?:讯|訊|电|電|消息|报道|報道|報導|报导|获悉|獲悉|\/?واس|\(رويترز\)|\(أ ف ب\))/u.test(text.slice(d.end, d.end + 8))) continue;
    let dist: number;
    if (d.end <= m.start) {
      const gap = text.slice(d.end, m.start);
      // A date right after another figure is that figure's ("من 51 مليار دولار نهاية 2024 إلى 80 مليار").
      const j = firstAtOrAfter(moneyAt, d.start) - 1;
      const owner = j >= 0 ? (moneyAt[j] as readonly [number, number]) : null;
      // (… unless it modifies this one at once: 从2023年的500亿元增至2024年的560亿元.)
      if (owner && owner[0] !== m.start && owner[1] >= a && d.start - owner[1] <= 12 && !CLAUSE_BREAK.test(text.slice(owner[1], d.start)) && !/^\s?[的之]\s?$/u.test(gap)) continue;
      // A week or day when something was said (一周前，OpenAI宣布其收入突破…) is not the period of a flow it reports.
      if ((d.grain === 'week' || d.relative && d.grain === 'day') && (metric === null || FLOWS.has(metric)) && SAID.test(gap)) continue;
      // A figure in an aside in brackets takes no date from outside it (2017年…略高于2.9亿美元(未将…以463亿美元收购…计算在内)).
      if (/[(（][^)）]{4,}$/u.test(gap)) continue;
      // A later event told after the date (…عام 2009 مقابل 94 مليون يورو… قبل أن ينضم بعد ذلك إلى يوفنتوس مقابل 100 مليون; 随后) is not of that date.
      if (LATER.test(gap)) continue;
      dist = gap.length + (CLAUSE_BREAK.test(gap) ? 25 : 0);
    } else if (d.start >= m.end) {
      const gap = text.slice(m.end, d.start);
      // A date after another figure is that one's (… 1,76 مليار مقارنة بـ2,04 مليار في الفترة ذاتها من العام الماضي).
      const k = firstAtOrAfter(moneyAt, m.end);
      // … nor one past the end of a quotation (……”云南省民政厅今日通报称): the quote is over.
      // … nor one inside an aside in brackets after it (22 مليون ريال (هذه التوزيعات تخص أرباح النصف الثاني من 2021)).
      if (CLAUSE_BREAK.test(gap) || /[”」』…]/u.test(gap) || /[(（][^)）]{4,}$/u.test(gap) || (k < moneyAt.length && (moneyAt[k] as readonly [number, number])[1] <= d.start)) continue;
      dist = gap.length * 1.5 + 2;
    } else continue;
    if (dist < bestD) {
      // A date that restates the one before it (الربع الأول 2020 المالية، والذي يعد الربع الأخير من 2019; 2025财年一季度(即2024年10月至12月))
      // gives the period as the text first filed it.
      best = restated(i, text, dates) ?? d;
      bestD = dist;
    }
  }
  const listed = best ? yearList(best, text, dates, dateAt) : null;
  return listed ? samePeriod(listed, text, joined, dates, firstAtOrAfter(dateAt, joined)) : null;
}

/** A date's words that end a span (حتى آخر مايو, 至5月底) and the words that open it (من أول يناير, 自年初). */
const SPAN_END = /^\s{0,3}(?:حتى|إلى|الى|لغاية|ولغاية|至|到)\s{0,2}$/u;
const SPAN_FROM = /(?:من|منذ|从|從|自)\s{0,2}$/u;

/**
 * For the i-th date: undefined when it ends no span; when it ends one from an earlier date of the same clause, that
 * span at month grain (من أول يناير حتى آخر مايو → 2024-01/2024-05) with its start, or null when the start has no month
 * a reader can take (自年初至5月底: the figure is no more May's than the year's).
 */
function spanStart(i: number, text: string, dates: readonly DateFact[]): { start: number; value: string } | null | undefined {
  const d = dates[i] as DateFact;
  const e = i > 0 ? (dates[i - 1] as DateFact) : null;
  if (!e || e.end > d.start || !SPAN_END.test(text.slice(e.end, d.start)) || !SPAN_FROM.test(text.slice(Math.max(0, e.start - 6), e.start))) return undefined;
  // (the start of a year, 年初 / بداية العام, is its January.)
  const a = e.grain === 'year' && /初|بداية|مطلع|أول/u.test(e.text) && /^\d{4}$/u.test(e.value ?? '') ? [e.value, `${e.value}-01`] : /^(\d{4}-\d{2})/u.exec(e.value ?? '');
  const b = /^(\d{4}-\d{2})/u.exec(d.value ?? '');
  if (!a || !b || (e.grain !== 'day' && e.grain !== 'month' && e.grain !== 'year') || (d.grain !== 'day' && d.grain !== 'month') || (a[1] as string) > (b[1] as string)) return null;
  return { start: e.start, value: partOf(`${a[1]}/${b[1]}`) };
}

/** A range of days over whole months as those months (2024-01-01/2024-06-30 → 2024-H1), or null. */
function wholeMonths(v: string): string | null {
  const r = /^(\d{4})-(\d{2})-01\/(\d{4})-(\d{2})-(\d{2})$/u.exec(v);
  if (!r) return null;
  const last = new Date(Date.UTC(Number(r[3]), Number(r[4]), 0)).getUTCDate();
  return Number(r[5]) === last ? partOf(`${r[1]}-${r[2]}/${r[3]}-${r[4]}`) : null;
}

/** What stands between a date and the same period said again: والذي يعد, أي, 即, 也就是. */
const RESTATE = /^\s{0,2}(?:المالية|المالي|财年|財年)?\s{0,2}[،,，(（]?\s{0,2}(?:و?(?:الذي|التي)\s(?:يُعد|يعد|يُعتبر|يعتبر|تُعد|تعد|تُعتبر|تعتبر|يوافق|توافق|يقابل|تقابل|يمثل|تمثل)|أي|وهو|وهي|即|亦即|也即|也就是)\s{0,2}$/u;

/** The date the i-th date restates, when it does and that one has a value a reader can file; else null. */
function restated(i: number, text: string, dates: readonly DateFact[]): DateFact | null {
  const d = dates[i] as DateFact;
  const e = i > 0 ? (dates[i - 1] as DateFact) : null;
  if (!e?.value || e.end > d.start || d.start - e.end > 40 || !RESTATE.test(text.slice(e.end, d.start))) return null;
  if (splitYear(e.value) || (FISCAL.test(e.text) && /\d{4}\s?[-/]\s?\d{2,4}/u.test(text.slice(e.start, e.end + 6)))) return null;
  return e;
}

/** What joins the years of a list: 2008、2009年, عامي 2008 و2009, 2016 and 2017. */
const YEAR_JOIN = /^\s{0,2}(?:[、,，和及与與]|و|and)\s{0,2}$/u;

/**
 * A year said as one of a list of years (2008、2009年，…平均交易价格近7.4亿美元): the figure is of the span they make
 * when they follow one another (2008/2009); of none a reader could file it under when they do not (2008、2010年).
 */
function yearList(d: DateFact, text: string, dates: readonly DateFact[], dateAt: ReadonlyArray<readonly [number, number]>): DateFact | null {
  if (d.grain !== 'year' || !d.value || !/^\d{4}$/u.test(d.value)) return d;
  const i = firstAtOrAfter(dateAt, d.start);
  let first = d;
  let last = d;
  for (let k = i - 1; k >= 0; k--) {
    const e = dates[k] as DateFact;
    if (e.grain !== 'year' || !e.value || !/^\d{4}$/u.test(e.value) || !YEAR_JOIN.test(text.slice(e.end, first.start))) break;
    first = e;
  }
  for (let k = i + 1; k < dates.length; k++) {
    const e = dates[k] as DateFact;
    if (e.grain !== 'year' || !e.value || !/^\d{4}$/u.test(e.value) || !YEAR_JOIN.test(text.slice(last.end, e.start))) break;
    last = e;
  }
  if (first === last) return d;
  const from = Number(first.value);
  const to = Number(last.value);
  const n = dates.slice(firstAtOrAfter(dateAt, first.start), firstAtOrAfter(dateAt, last.start) + 1).length;
  if (to - from !== n - 1) return null;
  return { ...d, start: first.start, end: last.end, text: text.slice(first.start, last.end), value: `${first.value}/${last.value}` };
}

/** Metrics an opening date carries to: events (a deal, a round, a price, a value) and flows over a reporting period. */
const CARRIED: ReadonlySet<Metric> = new Set(['deal', 'investment', 'donation', 'fine', 'funding', 'valuation', 'market-value', 'price', 'revenue', 'profit', 'loss', 'spending', 'trade']);
/** Words that move a sentence off the opening date: a plan, a running total, now, later, another period. */
const OFF_OPENING = /最近|近日|日前|近期|近来|近來|不仅如此|不僅如此|另一方面|مؤخرا|مؤخراً|في وقت سابق|目前|现在|現在|如今|当前|當前|至今|迄今|以来|以來|此后|此後|随后|隨後|后来|後來|之后|之後|此前|早前|未来|未來|حاليا|حالياً|الآن|حتى الآن|منذ|بعد ذلك|لاحقا|لاحقاً|ثم|سابقا|سابقاً|قبل ذلك|المقبل|القادم/u;
/** An opening date that is a founding or a birth, not a period for what follows. */
const FOUNDED = /^[^。.!?！？؟]{0,30}?(?:成立|创立|創立|创办|創辦|创建|創建|出生|تأسست|تأسس|أسست|أسس|ولد|وُلد)/u;
/** Sentences back an opening date reaches. */
const OPENING_REACH = 3;

/**
 * The date that opens the paragraph, up to OPENING_REACH sentences before the figure's sentence, as a clause
 * of its own (今年3月，…; 4月24日，…; في الربع الأول من 2020، …), when no date comes between and the figure's
 * sentence names none: a report's later sentences go on about that moment or period.
 */
function openingDate(
  m: MoneyFact, metric: Metric, text: string, a: number, b: number, dates: readonly DateFact[],
  dateAt: ReadonlyArray<readonly [number, number]>, sentences: Sentences,
): DateFact | null {
  if (!CARRIED.has(metric) || a === 0 || text.charCodeAt(a - 1) === 10) return null;
  const own = firstAtOrAfter(dateAt, a);
  if (own < dates.length && (dates[own] as DateFact).start < b) return null;
  const clause = text.slice(a, m.end + 12);
  if (OFF_OPENING.test(clause) || INTENT.test(clause) || AS_OF.test(clause) || OWN_SPAN.test(clause) || OTHER_PERIOD.test(clause) || RATE_WORDS.test(clause)) return null;
  let s = a;
  for (let k = 0; k < OPENING_REACH && s > 0 && text.charCodeAt(s - 1) !== 10; k++) {
    const ps = sentences.range(s - 1)[0];
    const j = firstAtOrAfter(dateAt, ps);
    if (j >= dates.length || (dates[j] as DateFact).start >= s) {
      s = ps;
      continue;
    }
    // The sentence with a date must be the one it opens: any other date between is the later sentences' own.
    const d = dates[j] as DateFact;
    if (!d.value || !TOPIC_BEFORE.test(text.slice(ps, d.start)) || !/^\s{0,2}[，,،]/u.test(text.slice(d.end, d.end + 3))) return null;
    if (d.grain === 'week' || d.grain === 'hour' || d.grain === 'minute' || d.grain === 'second' || ROLLING_WINDOW.test(d.rule) || splitYear(d.value) || FISCAL.test(d.text)) return null;
    // (a flow takes a reporting period, not the day something happened.)
    if (FLOWS.has(metric) && d.grain === 'day') return null;
    if (FOUNDED.test(text.slice(d.end, s))) return null;
    return d;
  }
  return null;
}

/** A whole year or its first nine months said without the year (全年, 前三季度, للسنة كاملة, الأشهر التسعة الأولى). */
const YEAR_SPAN = /全年度|全年|整年|全财年|للسنة كاملة|للسنة بأكملها|للعام كامل(?:ا|اً|ًا)?|للعام بأكمله|العام بأكمله|السنة الكاملة|العام الكامل|(?<nine>前三季度|前三季|首三季|首九个月|首九個月|前九个月|前九個月|الأشهر التسعة الأولى|التسعة أشهر الأولى|الشهور التسعة الأولى)/gu;

const YEAR_SPAN_ONE = new RegExp(YEAR_SPAN.source, 'u');

/**
 * The year such a span is of: the year of the nearest date before the figure in its sentence, or in the
 * sentence before it in its paragraph, from `lead` on
 * (…2025年第三季度…，全年预计…; …في الربع الثالث من عام 2025، لكن خسائر الأشهر التسعة الأولى…).
 * The span word must be in the figure's clause, before it or just after it with no other figure between.
 */
function spanOfYear(
  m: MoneyFact, text: string, a: number, b: number, dates: readonly DateFact[],
  dateAt: ReadonlyArray<readonly [number, number]>, moneyAt: ReadonlyArray<readonly [number, number]>, lead: number,
): DateFact | null {
  let from = clauseStartOf(text, a, m.start);
  // … or in a short clause of its own that opens the sentence, with no figure (على مدى الأشهر التسعة الأولى، بلغ…).
  if (from > a && from - a <= 40 && firstAtOrAfter(moneyAt, a) === firstAtOrAfter(moneyAt, from) && YEAR_SPAN_ONE.test(text.slice(a, from))) from = a;
  let to = m.end;
  while (to < b && to - m.end < 40 && !isBreak(text, to)) to++;
  const next = firstAtOrAfter(moneyAt, m.end);
  if (next < moneyAt.length && (moneyAt[next] as readonly [number, number])[0] < to) to = (moneyAt[next] as readonly [number, number])[0];
  let word: RegExpExecArray | null = null;
  let wordD = Infinity;
  YEAR_SPAN.lastIndex = 0;
  const clause = text.slice(from, to);
  for (let w = YEAR_SPAN.exec(clause); w; w = YEAR_SPAN.exec(clause)) {
    const at = from + w.index;
    // A span before another figure in the clause is that one's.
    if (at < m.start && firstAtOrAfter(moneyAt, at) < firstAtOrAfter(moneyAt, m.start)) continue;
    const d = at < m.start ? m.start - at : at - m.end;
    if (d < wordD) {
      word = w;
      wordD = d;
    }
  }
  if (!word) return null;
  // A year the span is compared with (较去年全年) is not its own.
  if (/去年|上年|前年|الماضي|السابق/u.test(text.slice(from + word.index - 4, from + word.index + word[0].length + 8))) return null;
  for (let i = firstAtOrAfter(dateAt, m.start) - 1; i >= 0; i--) {
    const d = dates[i] as DateFact;
    if (d.start < lead) break;
    // (from the sentence before, only a reporting part of a year: 2024年第三季度, الربع الثالث من 2025; not 2023年成立.)
    if (d.start < a && d.grain !== 'quarter' && d.grain !== 'half') continue;
    // (a day is when something was said or done, not which year is meant: 6月3日公布，全年营收…).
    if (d.end > m.start || !d.value || d.grain === 'day' || d.grain === 'hour' || d.grain === 'minute' || d.grain === 'second' || ROLLING_WINDOW.test(d.rule) || COMPARE_BEFORE.test(text.slice(Math.max(a, d.start - 6), d.start))) continue;
    const y = /^(\d{4})(?![\d/])/u.exec(d.value);
    if (!y || d.relative && /去年|上年|الماضي|السابق/u.test(d.text)) return null;
    return { ...d, value: word.groups?.nine ? `${y[1]}-01/${y[1]}-09` : y[1] as string, grain: word.groups?.nine ? 'month' : 'year' };
  }
  return null;
}

const ZH_ENDING = /^\s{0,2}(?:止|为止|為止)?\s{0,2}(?:的)?\s{0,2}(?:(?<n>六|6|三|3|九|9|十二|12)\s{0,2}(?:个|個)?月|(?<y>年度|财政年度|財政年度|财年|財年|全年|一年))/u;
const AR_ENDING = /(?:(?:(?:ال)?أشهر|(?:ال)?شهور)\s(?<n1>ال?ستة|ال?ثلاثة|ال?تسعة|ال?اثني عشر)|(?<n2>ال?ستة|ال?ثلاثة|ال?تسعة|ال?اثني عشر)\s(?:(?:ال)?أشهر|(?:ال)?شهور)|(?<y>(?:ال)?سنة المالية|(?:ال)?عام المالي|(?:ال)?سنة|(?:ال)?عام)|(?<q>(?:ال)?ربع))(?:\s(?:الأولى|الأخيرة))?\s(?:ال)?منتهي(?:ة)?\s(?:في|ب|بـ)\s{0,2}$/u;
const AR_MONTHS: Record<string, number> = { ستة: 6, ثلاثة: 3, تسعة: 9, 'اثني عشر': 12 };
const ZH_MONTHS: Record<string, number> = { 六: 6, '6': 6, 三: 3, '3': 3, 九: 9, '9': 9, 十二: 12, '12': 12 };

/**
 * The span a reporting period names by the day it ends: 截至2020年6月30日止六个月 → 2020-H1,
 * السنة المالية المنتهية في 31 مارس 2023 → 2022-04/2023-03, التسعة أشهر المنتهية في 30 سبتمبر → 2025-01/2025-09.
 */
function endingSpan(d: DateFact, text: string): string | null {
  const v = /^(\d{4})-(\d{2})/u.exec(d.value ?? '');
  if (!v) return null;
  let n = 0;
  const zh = ZH_ENDING.exec(text.slice(d.end, d.end + 12));
  if (zh) n = zh.groups?.y ? 12 : ZH_MONTHS[zh.groups?.n as string] ?? 0;
  else {
    const ar = AR_ENDING.exec(text.slice(Math.max(0, d.start - 40), d.start));
    if (ar) {
      const w = (ar.groups?.n1 ?? ar.groups?.n2 ?? '').replace(/^ال/u, '');
      n = ar.groups?.y ? 12 : ar.groups?.q ? 3 : AR_MONTHS[w] ?? 0;
    }
  }
  if (!n) return null;
  const y = Number(v[1]);
  const mo = Number(v[2]);
  if (n === 12 && mo === 12) return String(y);
  if (n === 6 && mo % 6 === 0) return `${y}-H${mo / 6}`;
  if (n === 3 && mo % 3 === 0) return `${y}-Q${mo / 3}`;
  const s = mo - n + 1;
  const [sy, sm] = s >= 1 ? [y, s] : [y - 1, s + 12];
  return `${sy}-${String(sm).padStart(2, '0')}/${y}-${String(mo).padStart(2, '0')}`;
}

/** Words that make a figure a rate: كل عام, شهريا, 每年. */
const RATE_WORDS = /كل\s(?:عام|سنة|شهر|يوم|أسبوع)|سنويا|شهريا|يوميا|每年|每月|每天|每日/u;

/** Verbs of saying between a date and a figure. */
const SAID = /宣布|宣佈|表示|[^声聲]称|[^声聲]稱|公布|公佈|透露|披露|指出|أعلن|قال|ذكر|أفاد|أوضح|كشف/u;

/** What may open a clause that is only a date: nothing, 在 / 于, و / في / خلال (not 截至: an as-of point is no period of its sentence). */
const TOPIC_BEFORE = /^\s{0,2}(?:在|于|於|و?(?:في|خلال)\s|و)?\s{0,2}$/u;
/** A verb after a date that makes it another noun's modifier: 2025年12月公布的. */
const OTHER_EVENT = /^\s?(?:公布|发布|發布|宣布|宣佈|推出|提出|签署|簽署|签订|簽訂|披露|通过|通過|批准|成立|上市|创立|創立)的/u;
/** Events and plans named with their year, after it in Chinese (2010年上海世博会, 2030愿景) and before it in Arabic (رؤية 2030). */
const EVENT_AFTER = /^\s?(?:年\s?)?[^\s，,。；;、0-9]{0,5}?(?:世博|奥运|奧運|冬奥|冬奧|亚运|亞運|全运|全運|世界杯|世界盃|博览会|博覽會|峰会|峰會|愿景|願景|论坛|論壇|规划纲要|規劃綱要)/u;
const EVENT_BEFORE = /(?:رؤية|إكسبو|اكسبو|معرض إكسبو|كأس العالم|مونديال|أولمبياد|دورة الألعاب الأولمبية|استراتيجية|مئوية)\s{0,2}$/u;

/** A rate per year after the figure: كل عام, سنويا, 每年. */
const PER_YEAR_AFTER = /^\s{0,2}(?:(?:في\s)?كل\s(?:عام|سنة)|سنويا|سنوياً|في العام الواحد|每年|一年)/u;

/** A year said as the one before: 去年, 上年, العام الماضي, السنة السابقة. */
const LAST_YEAR = /去年|上年|上一年|الماضي|الماضية|السابق|السابقة|الفائت|الفائتة|المنصرم|المنصرمة/u;
/** "The same period of" a year: خلال نفس الفترة من العام السابق, للفترة نفسها من العام الماضي, النصف المماثل من, 去年同期. */
const SAME_PERIOD_BEFORE = /(?:(?:نفس|ذات)\s(?:ال)?(?:فترة|ربع|نصف|شهر)|(?:ال|لل|ل)(?:فترة|ربع|نصف|شهر)\s(?:نفسها|ذاتها|المماثلة|المقابلة|نفسه|ذاته|المماثل|المقابل))\s(?:من|في)\s?(?:عام\s|العام\s)?$/u;
const SAME_PERIOD_AFTER = /^\s?同期/u;

/**
 * A year said as "the same period of" it takes the part of the year the sentence named before
 * (بنهاية النصف الأول من 2010 … 272 مليون خلال نفس الفترة من العام السابق → 2009-H1; 一季度…去年同期 → 2024-Q1).
 */
function samePeriod(d: DateFact, text: string, a: number, dates: readonly DateFact[], from: number): DateFact | null {
  if (d.grain !== 'year' || !d.value || !/^\d{4}$/u.test(d.value)) return d;
  if (!SAME_PERIOD_BEFORE.test(text.slice(Math.max(a, d.start - 30), d.start)) && !SAME_PERIOD_AFTER.test(text.slice(d.end, d.end + 3))) return d;
  // The nearest such part before it.
  let part: ((year: string) => string) | null = null;
  let year = false;
  let anchor: DateFact | null = null;
  for (let i = from; i < dates.length && (dates[i] as DateFact).start < d.start; i++) {
    const e = dates[i] as DateFact;
    const ev = e.value ? partOf(e.value) : null;
    // (a span of months inside one year, بنهاية التسعة أشهر الأولى 2024 … خلال نفس الفترة من عام 2023 → 2023-01/2023-09.)
    const span = ev ? /^(\d{4})(-\d{2})\/\1(-\d{2})$/u.exec(ev) : null;
    if (ev && /^\d{4}-(?:Q[1-4]|H[12]|\d{2})$/u.test(ev) && (e.grain === 'quarter' || e.grain === 'half' || e.grain === 'month')) {
      const tail = ev.slice(4);
      part = (y) => y + tail;
    } else if (span && (e.grain === 'month' || e.grain === 'quarter')) part = (y) => `${y}${span[2]}/${y}${span[3]}`;
    else if (e.value && e.grain === 'year' && /^\d{4}$/u.test(e.value)) year = true;
    else continue;
    anchor = e;
  }
  // "Last year's same period" is the year before the one the sentence names (2024年上半年…较上年同期 → 2023-H1;
  // الربع الأول من 2024 … للفترة نفسها من العام الماضي → 2023-Q1), not the year before the page's.
  const value = anchor && !anchor.relative && d.relative && LAST_YEAR.test(d.text) ? String(Number((anchor.value as string).slice(0, 4)) - 1) : d.value;
  // (the same period as a part the sentence does not date, الستة أشهر الأولى من السنة, is no year: null.)
  return part ? { ...d, value: part(value) } : year ? { ...d, value } : null;
}

/** A lender giving a loan to someone: 为/向/給 Y (牵头)安排/提供/发放 … 贷款. */
const ZH_LENT_TO = /(?:为|為|向|给|給)(?<who>[\p{Script=Han}A-Za-z]{2,16}?)(?:牵头|牽頭|独家|獨家)?(?:提供|发放|發放|安排|批出|授出|批出了|提供了|安排了)[^，,。；;]{0,12}$/u;

/** … in Arabic: قرضا إلى/لصالح Y بقيمة, (على) منح Y قرضا (the masdar's object; after a verb منح X is the lender). */
const AR_LENT_TO = /(?:(?:قرضا|قرضًا|قرض|تمويلا|تمويلًا)\s(?:إلى|الى|لصالح)\s(?<who>[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,2}?)|(?<![\p{L}\p{M}])(?:على\s|ب)(?:منح|إقراض|اقراض)\s(?<who2>[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,2}?)\s(?:قرضا|قرضًا|قرض|تمويلا|تمويلًا))\s(?:[^،,.]{0,20}\s)?(?:بقيمة|قيمته|بمبلغ|قدره)\s{0,2}$/u;

/** The borrower a loan figure's clause names after a lender's verb, or null. */
function borrowerOf(text: string, a: number, m: MoneyFact): { text: string; start: number; end: number } | null {
  const from = clauseStartOf(text, a, m.start);
  const ar = AR_LENT_TO.exec(text.slice(from, m.start));
  const who = ar?.groups?.who ?? ar?.groups?.who2;
  if (ar && who) {
    const start = from + ar.index + ar[0].indexOf(who, 1);
    return { text: who, start, end: start + who.length };
  }
  const r = ZH_LENT_TO.exec(text.slice(from, m.start));
  if (!r?.groups?.who) return null;
  const start = from + r.index + r[0].indexOf(r.groups.who, 1);
  return { text: r.groups.who, start, end: start + r.groups.who.length };
}

/** The awarding verb of a tender (أرست, ترسية) in the figure's clause, and the winner after على; or null. */
function awardedTo(text: string, a: number, b: number, m: MoneyFact): { text: string; start: number; end: number } | null {
  const from = clauseStartOf(text, a, m.start);
  if (!AR_AWARDED.test(text.slice(from, m.start))) return null;
  const on = /^[^،,؛.\n]{0,30}?(?<![\p{L}\p{M}])على\s/u.exec(text.slice(m.end, Math.min(b, m.end + 60)));
  if (!on) return null;
  const at = m.end + on[0].length;
  const np = lastArOrg(text, at, Math.min(b, at + 60));
  return np && np.start - at <= 1 ? np : null;
}

/** The player a transfer names before the figure in its sentence (انتقال [اللاعب] [الأرجنتيني] X من/إلى), or null. */
function transferred(text: string, a: number, m: MoneyFact): { text: string; start: number; end: number } | null {
  const t = AR_TRANSFER.exec(text.slice(a, m.start));
  if (!t?.groups?.who) return null;
  const start = a + (t.index as number) + t[0].lastIndexOf(t.groups.who + (t.groups.tail as string));
  return trimArPhrase(text, start, start + t.groups.who.length);
}

/** انتقال, its role word and a nationality, then the player's name up to من / إلى / لـ. */
const AR_TRANSFER = /(?<![\p{L}\p{M}])(?:و|ب)?انتقال\s(?:(?:ال)?(?:لاعب|مهاجم|نجم|حارس|مدافع|جناح|قائد|صانع\sألعاب)\s)?(?:ال[\p{L}]+ي\s)?(?<who>[\p{L}]{2,}(?:\s[\p{L}]{2,}){0,2}?)(?<tail>\s(?:من|إلى|الى)\s)/u;

/** Awarding a tender: أرست / أرسى / رست (المناقصة), ترسية. */
const AR_AWARDED = /(?<![\p{L}\p{M}])(?:و|ف)?(?:أرست|أرسى|ارست|ارسى|رست|رسا|(?:ب|و)?ترسية)(?![\p{L}\p{M}])/u;

/** The second figure restates the first in brackets: "4亿美元(约合人民币27.86亿元)". */
function restates(text: string, prev: MoneyFact, m: MoneyFact): boolean {
  const gap = text.slice(prev.end, m.start);
  return gap.length <= 4 && /^[\s]*[(（][\s]*$/u.test(gap) || /^\s*[(（]\s*(?:约|約|合|约合|約合|折合|相当于|相當於|等于|等於|即|أي|ما يعادل|يعادل|نحو|حوالي)?\s*$/u.test(gap);
}

/** The index of the first span starting at or after `at` (spans sorted by start). */
function firstAtOrAfter(spans: ReadonlyArray<readonly [number, number]>, at: number): number {
  return countBelow(spans.length, (i) => (spans[i] as readonly [number, number])[0], at);
}
