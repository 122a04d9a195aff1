import { compare, mulPow10, type Decimal } from '../../../util/decimal.js';
import { parseZhNumber } from '../../../numerals/zh.js';
import type { ExtractContext, MoneySpan, Refiner } from '../../types.js';
import type { Per } from '../fact.js';
import { listPair } from './ranges.js';
import { COUNTER_AFTER, type ZhFigure } from './rules.js';

/**
 * Between two figures of a list: 、, 和, 及, 与, 以及, and 後者 when copy pairs 前者 with it
 * (1.2、3.4和5.6亿元; 3萬、後者5萬元). 或 and 至 are a range's (./ranges.ts).
 */
const LIST_SEP = /^\s{0,2}(?:(?:、\s{0,2}(?:以及|和|及|与|與)?|以及|和|及|与|與|跟)\s{0,2}(?:(?:后者|後者)(?:则为|則為|为|為|是)?)?|[，,]\s{0,2}(?:后者|後者)(?:则|則)?(?:为|為|是)?)\s{0,2}$/u;
/** What may follow a figure for it to start or go on with a list: kept by the rule for this refiner (see mayList). */
const LIST_NEXT = /^\s{0,2}(?:(?:、|以及|和|及|与|與|跟)\s{0,2}(?:后者|後者)?|[，,]\s{0,2}(?:后者|後者)(?:则|則)?(?:为|為|是)?)\s{0,2}[\d一二两兩三四五六七八九十]/u;
/**
 * The verb of a change between two figures, then 至/到/为: 由3万增至5万元, 从3万元降到2万, 由原來的300萬調高至500萬元.
 * At least one word before 至/到: "由3万至5万元" alone is a range.
 */
const CHANGE_SEP = /^\s{0,2}(?:[增降涨漲升跌减減提调調上下攀飙飆回缩縮扩擴翻加跃躍骤驟暴大猛][^\d\s,，.。;；、:：!?！？]{0,3}?)了?\s{0,2}(?:至|到|为|為|成)\s{0,2}$/u;
/** A change's first figure follows 由/从 in its clause: 由3万, 从每坪50萬元, 由原來的300萬. */
const CHANGE_FROM = /(?:由|从|從)(?:原来|原來|原本|原先|之前|此前|去年|目前|现在|現在|现行|現行|过去|過去|原)?的?(?:每[^\d\s,，。;；、]{1,3})?\s{0,2}$/u;
/** Words that say the figures after them are a list, one for each thing named: 分别为, 依次为, 各为. */
const LIST_CUE = /分别|分別|依次|依序|各为|各為|各自|相应|相應|先后|先後|逐年/u;
/** A figure in digits alone, which may take the closing figure's scale (1.2、3.4和5.6亿元: 1.2亿). */
const DIGITS = /^\d[\d,]*(?:\.\d+)?$/u;
/** The scale a closing figure in digits ends with, for the members before it: 5.6亿, 12.98万, 8千, 1.2万亿. */
const CLOSING_SCALE = /^\d[\d,]*(?:\.\d+)?([千仟]?[万萬亿億兆]{1,2}|[千仟])$/u;

/** Whether the rule should keep a figure with no currency for this refiner: a list or a change goes on after it. */
export function mayList(scan: string, end: number): boolean {
  const next = scan.slice(end, end + 10);
  if (LIST_NEXT.test(next)) return true;
  const at = next.search(/[至到为為成]/u);
  return at > 0 && CHANGE_SEP.test(next.slice(0, at + 1));
}

/**
 * Figures that share the scale and currency of the figure that closes their list:
 * "营收分别为1.2、3.4和5.6亿元" (1.2亿元, 3.4亿元, 5.6亿元), "分別獲撥款3億、5億和7億港元",
 * "前者售價3萬、後者5萬元"; a currency named at the start of a list is every later member's
 * (人民币3亿、5亿及7亿; 新臺幣100萬、200萬與300萬元: TWD throughout). A change from one figure
 * to another reads the same way: "成本由3万增至5万元" (3万元, 5万元). Each member keeps its
 * own span; one with its own scale keeps it. A member in digits alone takes the closing
 * scale only under a list word (分别, 依次, 各为), in a list of three or more, or with a
 * decimal point, and only when that puts it within a thousandfold of the closing figure.
 * Not lists: figures with a count after them (3、5和7名, 3家和5亿元), a list that closes with
 * no currency (5.6萬人次), "3、4千元" (a range, ./ranges.ts).
 */
export const zhLists: Refiner<MoneySpan> = {
  name: 'zh.money.lists',
  refine(spans, ctx) {
    const figures = (spans as ZhFigure[]).slice();
    for (let i = 0; i < figures.length - 1; i++) {
      let j = i;
      while (j + 1 < figures.length && LIST_SEP.test(ctx.scan.slice((figures[j] as ZhFigure).end, (figures[j + 1] as ZhFigure).start))) j++;
      if (j > i) {
        shareList(ctx, figures, i, j);
        i = j;
        continue;
      }
      changePair(ctx, figures, i);
    }
    sharePer(ctx, figures);
    return figures;
  },
};

/**
 * What may stand between one unit price and the next in a price list: 、, an item's name, a grade
 * (92號汽油每公升29.5元、95號31元; 猪肉每斤15元、牛肉40元). No 每 (the next has its own), no total.
 */
const PRICE_LIST_NEXT = /^、[^\d\s每,，.。;；:：!?！？全共合总總均平]{0,6}(?:\d{2,3}[號号][^\d\s每,，.。;；:：!?！？]{0,4})?$/u;

/** "19.35元(每公斤，下同)": the unit declared for the price before it and every one after it in the text. */
const PER_SAME_BELOW = /[(（]\s?每\s?(股|[^\d\s,，、;；()（）]{1,4}|\d{1,4}\s?[克公千升斤][^\s,，、;；()（）]{0,2})\s?[,，、;；]\s?下同\s?[)）]/u;

/** What a declared 每 is per, when not a unit of goods. */
const DECLARED_PER: Readonly<Record<string, Per>> = { 股: 'share', 人: 'person', 名: 'person', 位: 'person', 户: 'person', 戶: 'person', 月: 'month', 年: 'year', 天: 'day', 日: 'day' };

/**
 * A unit price after another in a list, with no per-marker of its own, is per the same unit; so is
 * every price from a "(每公斤，下同)" declaration on (the price it follows included).
 */
function sharePer(ctx: ExtractContext, figures: ZhFigure[]): void {
  const decl = ctx.scan.includes('下同') ? PER_SAME_BELOW.exec(ctx.scan) : null;
  const declared = decl ? DECLARED_PER[decl[1] as string] ?? 'unit' : null;
  let prev: ZhFigure | null = null;
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k] as ZhFigure;
    if (!f.hasCurrency) continue;
    // The price the declaration follows takes it over whatever its clause said (周均价26.5元(每公斤，下同)).
    const touching = decl !== null && f.end <= decl.index && decl.index - f.end <= 1;
    if (decl && declared && (touching || (!f.per && f.end >= decl.index - 1))) figures[k] = { ...f, per: declared };
    else if (prev && prev.per === 'unit' && !f.per && PRICE_LIST_NEXT.test(ctx.scan.slice(prev.end, f.start))) figures[k] = { ...f, per: 'unit' };
    prev = figures[k] as ZhFigure;
  }
}

/** figures[from..to] are a list: each member with no currency takes the closing one's, or the first's. */
function shareList(ctx: ExtractContext, figures: ZhFigure[], from: number, to: number): void {
  const run = figures.slice(from, to + 1);
  // "3、4千元" is a range: leave it to the range refiner.
  if (run.length === 2 && listPair(ctx.scan, run[0] as ZhFigure, run[1] as ZhFigure)) return;
  const [a] = ctx.sentences.bounds((run[0] as ZhFigure).start, (run[0] as ZhFigure).end);
  const cued = LIST_CUE.test(ctx.scan.slice(Math.max(a, (run[0] as ZhFigure).start - 24), (run[0] as ZhFigure).start));
  const named = run.find((f) => f.hasCurrency && !f.isBare && !f.bare && f.currency !== null);
  // The nearest member with a currency after each one, and before it: one pass each way (a list may be long).
  const after: Array<ZhFigure | undefined> = new Array(run.length);
  for (let k = run.length - 2, next: ZhFigure | undefined; k >= 0; k--) {
    const f = run[k + 1] as ZhFigure;
    if (f.hasCurrency) next = f;
    after[k] = next;
  }
  let before: ZhFigure | undefined;
  for (let k = 0; k < run.length; k++) {
    const member = run[k] as ZhFigure;
    if (k > 0 && (run[k - 1] as ZhFigure).hasCurrency) before = run[k - 1] as ZhFigure;
    if (member.hasCurrency || member.signed) continue;
    const closing = after[k];
    if (closing) {
      const source = closing.isBare && closing.bare === 'yuan' && named && named.start < member.start ? named : closing;
      const widened = borrow(member, closing, cued || run.length >= 3);
      if (widened) figures[from + k] = withCurrency(widened, source);
      continue;
    }
    // 人民币3亿、5亿及7亿, 人民币3000元、5000元和8000: a currency named before the list and none after;
    // members written like the one before, with no count after them (人民币3000元和8000人).
    const source = before && (!before.isBare || !named || named.start > member.start) ? before : named;
    if (source && source.currency !== null && !source.isBare && !source.bare && member.scaled === (before ?? source).scaled &&
      !COUNTER_AFTER.test(ctx.scan.slice(member.end, member.end + 4))) {
      figures[from + k] = withCurrency(member, source);
    }
  }
  if (!run.some((f) => f.hasCurrency)) noCurrencyList(ctx, figures, from, to, cued);
  // 新臺幣100萬、200萬與300萬元: a bare 元 closing a list that named its currency first is that currency.
  const last = run[run.length - 1] as ZhFigure;
  if (named && named !== last && last.isBare && last.bare === 'yuan') figures[to] = withCurrency(last, named);
  // 营收分别约为3亿、5亿和7亿元: under a list word, the first member's 约 is every member's.
  if (cued && (figures[from] as ZhFigure).qualifier === 'approx') {
    for (let k = from + 1; k <= to; k++) {
      const f = figures[k] as ZhFigure;
      if (f.hasCurrency && f.qualifier === 'exact') figures[k] = { ...f, qualifier: 'approx' };
    }
  }
  // 每人派發5000、3000澳門元: a per-marker before the list is every member's.
  const per = (figures[from] as ZhFigure).per;
  if (per) for (let k = from + 1; k <= to; k++) if (!(figures[k] as ZhFigure).per) figures[k] = { ...(figures[k] as ZhFigure), per };
}

/**
 * A list of 万/亿 figures with no currency word at all: money or not as one. A count after the last makes
 * them all counts (游客分别为3亿、5亿和7亿人次); a member the sentence makes money (分別超支約16.1億、31.6億及19.5億,
 * where the money word is too far from the last) makes the others money too, and under a list word its 約 is theirs.
 */
function noCurrencyList(ctx: ExtractContext, figures: ZhFigure[], from: number, to: number, cued: boolean): void {
  const last = figures[to] as ZhFigure;
  const counted = COUNTER_AFTER.test(ctx.scan.slice(last.end, last.end + 4));
  const money = !counted && figures.slice(from, to + 1).some((f) => f.scaledOnly);
  const approx = cued && (figures[from] as ZhFigure).qualifier === 'approx';
  for (let k = from; k <= to; k++) {
    const f = figures[k] as ZhFigure;
    if (!f.scaled || f.signed) continue;
    figures[k] = { ...f, scaledOnly: money, ...(money && approx && f.qualifier === 'exact' ? { qualifier: 'approx' as const } : {}) };
  }
}

/** 由3万增至5万元: the first figure of a change takes the second's currency (and scale, as in a list). */
function changePair(ctx: ExtractContext, figures: ZhFigure[], i: number): void {
  const x = figures[i] as ZhFigure;
  const y = figures[i + 1] as ZhFigure;
  if (x.hasCurrency || x.signed || !y.hasCurrency) return;
  if (!CHANGE_SEP.test(ctx.scan.slice(x.end, y.start)) || !CHANGE_FROM.test(ctx.scan.slice(Math.max(0, x.start - 12), x.start))) return;
  const widened = borrow(x, y, true);
  if (widened) figures[i] = withCurrency(widened, y);
}

/**
 * The member as an amount of the closing figure's scale: 1.2 before 5.6亿元 is 1.2亿. A member with
 * its own scale keeps it; one in digits alone takes the scale when `allowed` and that puts it within a
 * thousandfold of the closing figure, else stays as written when that is (5000、8000和1万元: 5000);
 * null when the member cannot be read as one of the list.
 */
function borrow(member: ZhFigure, closing: ZhFigure, allowed: boolean): ZhFigure | null {
  if (member.scaled) return member;
  // A closing figure in cents, 毛 or k (30、50美分) counts in a unit the bare member does not show.
  if ((!allowed && !member.core.includes('.')) || !sameAsWritten(closing)) return null;
  const scale = closing.scaled ? CLOSING_SCALE.exec(closing.core)?.[1] : undefined;
  if (scale && DIGITS.test(member.core)) {
    const amount = parseZhNumber(member.core.replace(/,/gu, '') + scale)?.value;
    if (amount && near(amount, closing)) return { ...member, amount, scaled: true, unit: closing.unit };
  }
  return near(member.amount, closing) ? member : null;
}

/** Within a thousandfold of the closing figure, either way. */
function near(amount: Decimal, closing: ZhFigure): boolean {
  return compare(mulPow10(amount, 3), closing.amount) >= 0 && compare(amount, mulPow10(closing.amount, 3)) <= 0;
}

/** Whether a figure's amount is its number as written (no cents, 毛 or k after it changed it). */
function sameAsWritten(f: ZhFigure): boolean {
  const v = parseZhNumber(f.core.replace(/,/gu, ''))?.value;
  return v !== undefined && compare(v, f.amount) === 0;
}

function withCurrency(member: ZhFigure, source: ZhFigure): ZhFigure {
  return {
    ...member, currency: source.currency, hasCurrency: true, isBare: source.isBare, bare: source.bare ?? null, scaledOnly: false,
    rule: member.scaled ? 'zh.money.scaled' : 'zh.money.plain',
    ...(source.currencySource !== undefined ? { currencySource: source.currencySource } : {}),
  };
}
