import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AR_MONEY, arMoneyRule } from '../../src/extract/money/ar/rules.js';
import { borrowSentenceCurrency } from '../../src/extract/money/zh/rules.js';
import { dropOverlaps } from '../../src/extract/refiners/overlaps.js';
import { KINDS, type Kind } from '../../src/extract/kinds.js';
import { LANGUAGES } from '../../src/extract/languages.js';
import { findSpans, runRefiners, runRules } from '../../src/extract/run.js';
import type { ExtractContext, Language, MoneySpan, Span } from '../../src/extract/types.js';
import { Sentences } from '../../src/facts/sentences.js';
import { extractArticle } from '../../src/pipeline.js';
import { fromInt } from '../../src/util/decimal.js';

// Work is counted, never timed: the same step on n and on 4n spans. Linear or
// n·log n work grows about 4–5 times; comparing every span with every other, 16.
const N = 1_000;
const GROWTH = 6;

/** Spans whose property reads are counted: the work of a step that only reads them. */
function counted<T extends object>(items: T[]): { items: T[]; reads: () => number } {
  let reads = 0;
  const handler: ProxyHandler<T> = {
    get(target, key, receiver) {
      reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  };
  return { items: items.map((s) => new Proxy(s, handler)), reads: () => reads };
}

const money = (start: number, end: number, currency: string | null): MoneySpan => ({
  kind: 'money', start, end, rule: currency ? 'zh.money.suffix' : 'zh.money.no-currency',
  amount: fromInt(5), currency, qualifier: 'exact', min: null, max: null, per: null,
});

/** The definition: longest first (then earliest), kept unless it overlaps one kept already. */
function dropOverlapsByDefinition<T extends { start: number; end: number }>(spans: T[]): T[] {
  const order = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const s of order) if (s.end > s.start && kept.every((k) => s.end <= k.start || s.start >= k.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

it('overlap removal keeps exactly what its definition keeps', () => {
  const span = fc.record({ start: fc.nat(60), len: fc.integer({ min: -1, max: 12 }), id: fc.nat() }).map(({ start, len, id }) => ({ start, end: start + len, id }));
  fc.assert(fc.property(fc.array(span, { maxLength: 40 }), (spans) => {
    expect(dropOverlaps(spans)).toEqual(dropOverlapsByDefinition(spans));
  }), { seed: 17, numRuns: 2_000 });
});

describe('extraction steps grow linearly or n·log n with the number of spans', () => {
  it('overlap removal', () => {
    // Disjoint spans (all kept, the case that compared each with all kept) and as many overlapping ones.
    const work = (n: number) => {
      const spans = counted(Array.from({ length: 2 * n }, (_, i) => (i % 2 ? { start: 5 * (i >> 1) + 1, end: 5 * (i >> 1) + 3 } : { start: 5 * (i >> 1), end: 5 * (i >> 1) + 4 })));
      expect(dropOverlaps(spans.items)).toHaveLength(n);
      return spans.reads();
    };
    expect(work(4 * N) / work(N)).toBeLessThan(GROWTH);
  });

  it('currency borrowing within a sentence', () => {
    // 营收1亿，营收1亿元，… with no sentence break: half the figures lack a currency.
    const work = (n: number) => {
      const text = '营收1亿，营收1亿元，'.repeat(n);
      const spans = counted(Array.from({ length: 2 * n }, (_, i) => (i % 2 ? money(11 * (i >> 1) + 7, 11 * (i >> 1) + 10, 'CNY') : money(11 * (i >> 1) + 2, 11 * (i >> 1) + 4, null))));
      const out = borrowSentenceCurrency(new Sentences(text), spans.items);
      // Every figure but the first, which no currency comes before.
      expect(out.filter((s) => s.currency === 'CNY')).toHaveLength(2 * n - 1);
      return spans.reads();
    };
    expect(work(4 * N) / work(N)).toBeLessThan(GROWTH);
  });

  describe('text scanned for a bare currency noun', () => {
    afterEach(() => vi.restoreAllMocks());
    it('the country of a bare ريال is counted once per text, not once per figure', () => {
      // Characters of the strings regular expressions were run over from their start (a
      // scan of the whole text for the countries it names) while extracting n bare-ريال figures.
      const work = (n: number) => {
        const text = `قالت وزارة المالية في الرياض إن الحكومة دفعت ${'5 ريالات، '.repeat(n)}`;
        let scanned = 0;
        const exec = RegExp.prototype.exec;
        vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, s: string) {
          if (this.lastIndex === 0) scanned += s.length;
          return exec.call(this, s);
        });
        const ctx: ExtractContext = { text, scan: text, lang: 'ar', script: 'Arab', refDate: null, url: null, country: null, sentences: new Sentences(text) };
        const spans = runRefiners([...(AR_MONEY.joiners ?? []), ...AR_MONEY.refiners], runRules([arMoneyRule], ctx), ctx);
        vi.restoreAllMocks();
        expect(spans).toHaveLength(n);
        expect(spans[0]?.currency).toBe('SAR');
        return scanned;
      };
      expect(work(4 * N) / work(N)).toBeLessThan(GROWTH);
    });
  });

  it('the rules stop past maxSpans of a kind, so a page of figures is refused without making them all', () => {
    for (const [text, lang, script] of [['5元，2025年，'.repeat(10_000), 'zh', 'Hans'], ['5 مليار دولار عام 2025، '.repeat(10_000), 'ar', 'Arab']] as const) {
      const language = LANGUAGES.find((l) => l.code === lang);
      const ctx: ExtractContext = { text, scan: text, lang, script, refDate: null, url: null, country: null, sentences: new Sentences(text), maxSpans: 100 };
      const accepted = [{ language: language as Language, keep: null }];
      const [money, dates] = ['money', 'date'].map((k) => findSpans(KINDS.find((x) => x.name === k) as Kind<Span>, accepted, ctx));
      expect(money?.length, lang).toBe(101);
      expect(dates?.length, lang).toBe(101);
      expect(findSpans(KINDS.find((x) => x.name === 'money') as Kind<Span>, accepted, { ...ctx, maxSpans: undefined }).length, lang).toBe(10_000);
    }
  });

  it('150k figures are refused as too many, not a stack overflow (push(...spans))', () => {
    expect(() => extractArticle({ text: '5元，'.repeat(150_000), clean: false })).toThrow(expect.objectContaining({ code: 'too-many-facts' }));
  }, 60_000);
});
