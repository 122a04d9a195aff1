import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import type { DateExample, MoneyExample, MoneyListExample, PercentExample } from '../../src/extract/corpus.js';
import { ZH_PERCENT_EXAMPLES, ZH_PERCENT_NEGATIVES } from '../../src/extract/percent/zh/corpus.js';
import { AR_PERCENT_EXAMPLES, AR_PERCENT_NEGATIVES } from '../../src/extract/percent/ar/corpus.js';
import { ZH_MONEY_EXAMPLES, ZH_MONEY_LISTS, ZH_MONEY_NEGATIVES } from '../../src/extract/money/zh/corpus.js';
import { AR_MONEY_EXAMPLES, AR_MONEY_LISTS, AR_MONEY_NEGATIVES } from '../../src/extract/money/ar/corpus.js';
import { ZH_DATE_EXAMPLES, ZH_DATE_NEGATIVES, ZH_DATE_REF } from '../../src/extract/date/zh/corpus.js';
import { AR_DATE_EXAMPLES, AR_DATE_NEGATIVES, AR_DATE_REF } from '../../src/extract/date/ar/corpus.js';
import type { DateFact, MoneyFact, PercentFact } from '../../src/article/schema.js';

// Each phrase is run as a whole article body (clean: false), as the JSONL mode does.
function facts(phrase: string, lang: string, refDate: string | null = null, where: { url?: string; country?: string } = {}) {
  return extractArticle({ text: phrase, clean: false, lang, refDate, url: where.url ?? null, country: where.country ?? null }).facts;
}

function moneyTable(name: string, lang: string, examples: MoneyExample[], negatives: string[]) {
  describe(`${name} money examples`, () => {
    for (const ex of examples) {
      for (const phrase of ex.phrases) {
        const test = ex.todo ? it.skip : it;
        test(`${phrase} → ${ex.expect.amount} ${ex.expect.currency}`, () => {
          const money = facts(phrase, lang, null, ex).filter((f): f is MoneyFact => f.kind === 'money');
          expect(money).toHaveLength(1);
          const m = money[0] as MoneyFact;
          expect(m.exact).toBe(ex.expect.amount);
          expect(m.currency).toBe(ex.expect.currency);
          expect(m.qualifier).toBe(ex.expect.qualifier ?? 'exact');
          expect(m.per).toBe(ex.expect.per ?? null);
          if (ex.expect.max) expect(m.max).toBe(Number(ex.expect.max));
          if (ex.expect.currencySource !== undefined) expect(m.currencySource).toBe(ex.expect.currencySource);
          expect(m.amount).toBe(Number(ex.expect.amount));
        });
      }
    }
    for (const phrase of negatives) {
      it(`no money in: ${phrase}`, () => {
        expect(facts(phrase, lang).filter((f) => f.kind === 'money')).toEqual([]);
      });
    }
  });
}

function dateTable(name: string, lang: string, ref: string, examples: DateExample[], negatives: string[]) {
  describe(`${name} date examples (reference ${ref})`, () => {
    for (const ex of examples) {
      for (const phrase of ex.phrases) {
        const test = ex.todo ? it.skip : it;
        test(`${phrase} → ${ex.expect.value}`, () => {
          const dates = facts(phrase, lang, ref).filter((f): f is DateFact => f.kind === 'date');
          expect(dates.map((d) => d.value)).toEqual([ex.expect.value]);
          const d = dates[0] as DateFact;
          expect(d.grain).toBe(ex.expect.grain);
          expect(d.relative).toBe(ex.expect.relative ?? false);
        });
      }
    }
    for (const phrase of negatives) {
      it(`no date in: ${phrase}`, () => {
        expect(facts(phrase, lang, ref).filter((f) => f.kind === 'date')).toEqual([]);
      });
    }
  });
}

function moneyListTable(name: string, lang: string, examples: MoneyListExample[]) {
  describe(`${name} money figures that share a currency or a scale`, () => {
    for (const ex of examples) {
      for (const phrase of ex.phrases) {
        const { text, spans } = typeof phrase === 'string' ? { text: phrase, spans: null } : phrase;
        const test = ex.todo ? it.skip : it;
        test(`${text} → ${ex.expect.map((e) => `${e.amount} ${e.currency}`).join(', ')}`, () => {
          const money = facts(text, lang, null, ex).filter((f): f is MoneyFact => f.kind === 'money');
          expect(money.map((m) => [m.exact, m.currency, m.per])).toEqual(ex.expect.map((e) => [e.amount, e.currency, e.per ?? null]));
          if (spans) expect(money.map((m) => m.text)).toEqual(spans);
          ex.expect.forEach((e, i) => {
            const m = money[i] as MoneyFact;
            // Each member's span is its own figure: no separator or neighbour in it.
            if (lang === 'zh') expect(m.text).not.toMatch(/[、和及与與]|以及/u);
            if (e.text !== undefined) expect(m.text).toBe(e.text);
          });
        });
      }
    }
  });
}

moneyTable('zh', 'zh', ZH_MONEY_EXAMPLES, ZH_MONEY_NEGATIVES);
moneyListTable('zh', 'zh', ZH_MONEY_LISTS);
moneyTable('ar', 'ar', AR_MONEY_EXAMPLES, AR_MONEY_NEGATIVES);
moneyListTable('ar', 'ar', AR_MONEY_LISTS);
dateTable('zh', 'zh', ZH_DATE_REF, ZH_DATE_EXAMPLES, ZH_DATE_NEGATIVES);
dateTable('ar', 'ar', AR_DATE_REF, AR_DATE_EXAMPLES, AR_DATE_NEGATIVES);

describe('a range whose first end carries a bracketed conversion', () => {
  it('is one range from the first end to the second, its bounds in the first currency', () => {
    const money = facts('售价在30万新币(约合人民币160万)到40万新币(约合人民币210万)之间', 'zh').filter((f): f is MoneyFact => f.kind === 'money');
    expect(money.map((m) => [m.qualifier, m.min, m.max, m.currency])).toEqual([['range', 300000, 400000, 'SGD'], ['approx', null, null, 'CNY']]);
  });
});

describe('money without a currency word', () => {
  const money = (text: string) => facts(text, 'zh').filter((f): f is MoneyFact => f.kind === 'money');
  it('takes the currency the rest of its sentence names', () => {
    const got = money('总市值1.12万亿元，较去年高点蒸发逾3000亿。');
    expect(got.map((m) => [m.exact, m.currency])).toEqual([['1120000000000', 'CNY'], ['300000000000', 'CNY']]);
  });
  it('stays null when the sentence names none, or two', () => {
    expect(money('研发投入为186亿。').map((m) => m.currency)).toEqual([null]);
    const mixed = money('营收50亿美元，利润30亿港元，研发投入超10亿。');
    expect(mixed.map((m) => m.currency)).toEqual(['USD', 'HKD', null]);
  });
  it('does not cross a sentence end', () => {
    expect(money('营收50亿美元。研发投入为10亿。').map((m) => m.currency)).toEqual(['USD', null]);
  });
});

describe('relative dates without a reference', () => {
  it('keep relative: true and value null, never a guessed year', () => {
    const [d] = facts('去年营收增长', 'zh', null).filter((f): f is DateFact => f.kind === 'date');
    expect(d).toMatchObject({ text: '去年', value: null, relative: true });
    const [a] = facts('ارتفعت الإيرادات العام الماضي', 'ar', null).filter((f): f is DateFact => f.kind === 'date');
    expect(a).toMatchObject({ value: null, relative: true });
  });
  it('同年 takes the year named before it', () => {
    const dates = facts('去年6月,公司宣布计划。同年9月,项目上线。', 'zh', '2025-06-19').filter((f): f is DateFact => f.kind === 'date');
    expect(dates.map((d) => d.value)).toEqual(['2024-06', '2024-09']);
  });
});

function percentTable(name: string, lang: string, examples: PercentExample[], negatives: string[]) {
  describe(`${name} percent examples`, () => {
    for (const ex of examples) {
      for (const phrase of ex.phrases) {
        const test = ex.todo ? it.skip : it;
        const e = ex.expect;
        test(`${phrase} → ${e.value}${e.unit === 'points' ? ' points' : '%'} ${e.direction ?? ''} ${e.basis ?? ''}`, () => {
          const pct = facts(phrase, lang).filter((f): f is PercentFact => f.kind === 'percent');
          expect(pct).toHaveLength(1);
          const p = pct[0] as PercentFact;
          expect({ exact: p.exact, unit: p.unit, direction: p.direction, basis: p.basis, qualifier: p.qualifier, max: p.max }).toEqual({
            exact: e.value, unit: e.unit ?? 'percent', direction: e.direction ?? null, basis: e.basis ?? null,
            qualifier: e.qualifier ?? 'exact', max: e.max === undefined ? null : Number(e.max),
          });
          expect(p.value).toBe(Number(e.value));
          if (e.metric !== undefined) expect(p.metric).toBe(e.metric);
        });
      }
    }
    for (const phrase of negatives) {
      it(`no percentage in: ${phrase}`, () => {
        expect(facts(phrase, lang).filter((f) => f.kind === 'percent')).toEqual([]);
      });
    }
  });
}

percentTable('zh', 'zh', ZH_PERCENT_EXAMPLES, ZH_PERCENT_NEGATIVES);
percentTable('ar', 'ar', AR_PERCENT_EXAMPLES, AR_PERCENT_NEGATIVES);

describe('a currency declared for what follows', () => {
  const money = (text: string) => facts(text, 'zh').filter((f): f is MoneyFact => f.kind === 'money');
  it('新臺幣(下同) names the currency of every bare 元 after it, to the end of the text', () => {
    const got = money('香港商人遭罰新臺幣(下同)30萬元。另一名負責人被罰5萬元。\n\n法院另判賠償200萬元。');
    expect(got.map((m) => [m.exact, m.currency])).toEqual([['300000', 'TWD'], ['50000', 'TWD'], ['2000000', 'TWD']]);
  });
  it('not the bare 元 before it', () => {
    const got = money('香港特區政府撥款2億元。台北市另編列新臺幣（下同）3000萬元，每人補助1萬元。');
    expect(got.map((m) => [m.exact, m.currency])).toEqual([['200000000', 'HKD'], ['30000000', 'TWD'], ['10000', 'TWD']]);
  });
  it('a named currency before a range gives a bare 元 after it that currency', () => {
    const got = money('依法可處澳門幣五萬元至60萬元罰款。');
    expect(got.map((m) => [m.exact, m.currency, m.max])).toEqual([['50000', 'MOP', 600000]]);
  });
});

describe('the span of a spoken price', () => {
  const money = (text: string) => facts(text, 'zh').filter((f): f is MoneyFact => f.kind === 'money');
  it('takes 钱 after 角/毛 as it does after 块 or a lone 毛 (三块五毛钱, 五毛钱)', () => {
    expect(money('一份报纸卖三块五毛钱。').map((m) => [m.text, m.exact])).toEqual([['三块五毛钱', '3.5']]);
    expect(money('一份報紙賣三塊五毛錢。').map((m) => [m.text, m.exact])).toEqual([['三塊五毛錢', '3.5']]);
    expect(money('馒头涨了五毛钱。').map((m) => m.text)).toEqual(['五毛钱']);
  });
  it('takes 人民币 and 整 around a subunit with no 元 (人民币伍角整, 人民币壹仟零伍角)', () => {
    expect(money('收据写明人民币伍角整。').map((m) => [m.text, m.exact])).toEqual([['人民币伍角整', '0.5']]);
    expect(money('货款人民币壹仟零伍角。').map((m) => [m.text, m.exact])).toEqual([['人民币壹仟零伍角', '1000.5']]);
  });
});
