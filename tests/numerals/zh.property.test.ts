import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseZhNumber } from '../../src/numerals/zh.js';
import { toExactString } from '../../src/util/decimal.js';
import { extractArticle } from '../../src/pipeline.js';
import type { MoneyFact } from '../../src/article/schema.js';

/**
 * A small writer of Chinese numerals, independent of the parser: the forms news
 * uses for one value (Simplified and Traditional, capitals, 两, 一十, 〇, 兆,
 * digits with scale words), so the parser is checked over the whole kind.
 */
interface Style {
  digits: readonly string[];
  units: readonly string[]; // '', 十, 百, 千
  wan: string;
  yi: string;
  /** 兆 for 10^12 (Taiwan), else the 亿 group grows past 万 (一万二千亿). */
  zhao: boolean;
  /** 十二 at the head, as speech; 一十二 in formal copy and capitals. */
  tenShort: boolean;
  liang?: boolean;
  zero?: string;
}
const SIMPLE = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const STYLES: Record<string, Style> = {
  simplified: { digits: SIMPLE, units: ['', '十', '百', '千'], wan: '万', yi: '亿', zhao: false, tenShort: true },
  traditional: { digits: SIMPLE, units: ['', '十', '百', '千'], wan: '萬', yi: '億', zhao: true, tenShort: true },
  liang: { digits: SIMPLE, units: ['', '十', '百', '千'], wan: '万', yi: '亿', zhao: false, tenShort: true, liang: true },
  formal: { digits: SIMPLE, units: ['', '十', '百', '千'], wan: '万', yi: '亿', zhao: false, tenShort: false },
  circle: { digits: SIMPLE, units: ['', '十', '百', '千'], wan: '萬', yi: '億', zhao: false, tenShort: true, zero: '〇' },
  capitals: { digits: ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'], units: ['', '拾', '佰', '仟'], wan: '万', yi: '亿', zhao: false, tenShort: false },
  capitalsHant: { digits: ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'], units: ['', '拾', '佰', '仟'], wan: '萬', yi: '億', zhao: true, tenShort: false },
};

function section(n: number, st: Style, head: boolean): string {
  const ds = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let gap = false;
  let started = false;
  ds.forEach((d, i) => {
    if (d === 0) {
      gap ||= started;
      return;
    }
    if (gap) out += st.zero ?? st.digits[0];
    gap = false;
    out += i === 2 && d === 1 && !started && head && st.tenShort ? st.units[1] : `${st.digits[d]}${st.units[3 - i]}`;
    started = true;
  });
  return out;
}

function write(n: bigint, st: Style, head = true): string {
  const steps: Array<[bigint, string]> = st.zhao ? [[10n ** 12n, '兆'], [10n ** 8n, st.yi], [10n ** 4n, st.wan]] : [[10n ** 8n, st.yi], [10n ** 4n, st.wan]];
  for (const [p, name] of steps) {
    if (n < p) continue;
    const rest = n % p;
    const tail = rest === 0n ? '' : (rest < p / 10n ? (st.zero ?? st.digits[0]) : '') + write(rest, st, false);
    return write(n / p, st, head) + name + tail;
  }
  return section(Number(n), st, head);
}

function numerals(n: bigint, st: Style): string {
  const s = write(n, st);
  // 两 for a 2 before 千, 百, 万, 亿 at the head of a group (两千, 一万两千), not after 十 (十二万).
  return st.liang ? s.replace(/(^|[零万亿])二(?=[千百万亿])/gu, '$1两') : s;
}

/** Digits with the scale words between groups: 1亿2345万6789, 12万3000. */
function digitGroups(n: bigint): string | null {
  const yi = n / 10n ** 8n;
  const wan = (n / 10n ** 4n) % 10000n;
  const one = n % 10000n;
  let out = '';
  if (yi > 0n) out += `${yi}亿`;
  if (wan > 0n) out += `${yi > 0n && wan < 1000n ? '零' : ''}${wan}万`;
  else if (yi > 0n && one > 0n) out += '零';
  if (one > 0n) out += `${(yi > 0n || wan > 0n) && wan > 0n && one < 1000n ? '零' : ''}${one}`;
  return out || null;
}

/** Values from 1 to 10^13, with runs of zeros as often as not (10500, 100050000). */
const VALUE = fc
  .array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: 13 })
  .chain((ds) => fc.integer({ min: 1, max: 9 }).map((lead) => BigInt(`${lead}${ds.join('')}`)));

describe('Chinese numerals against a writer of them', () => {
  it('reads every style of numeral for values from 1 to 10^13', () => {
    fc.assert(
      fc.property(VALUE, fc.constantFrom(...Object.keys(STYLES)), (n, style) => {
        const text = numerals(n, STYLES[style] as Style);
        expect(toExactString(parseZhNumber(text)!.value), text).toBe(n.toString());
      }),
      { seed: 19, numRuns: 3000 },
    );
  });

  it('reads digits with scale words between the groups, and decimals before one scale word', () => {
    fc.assert(
      fc.property(VALUE, (n) => {
        const groups = digitGroups(n);
        if (groups) expect(toExactString(parseZhNumber(groups)!.value), groups).toBe(n.toString());
        // 1.2345亿, 12,345.67万 as news rounds them: up to four decimals
        for (const [exp, word] of [[4, '万'], [8, '亿']] as const) {
          const scaled = n.toString().padStart(exp + 1, '0');
          const whole = scaled.slice(0, -exp);
          const frac = scaled.slice(-exp).replace(/0+$/u, '');
          if (n < 10n ** BigInt(exp) || frac.length > 4) continue;
          const text = `${whole}${frac ? `.${frac}` : ''}${word}`;
          expect(toExactString(parseZhNumber(text)!.value), text).toBe(n.toString());
        }
      }),
      { seed: 19, numRuns: 2000 },
    );
  });

  it('finds the whole figure in money frames of both scripts, span included', () => {
    const frames: Array<[string, (x: string) => string, string, string]> = [
      ['simplified', (x) => `合同金额为人民币${x}元整。`, '人民币{}元整', 'CNY'],
      ['capitals', (x) => `合同金额为人民币${x}元整。`, '人民币{}元整', 'CNY'],
      ['liang', (x) => `该公司被罚款${x}元。`, '{}元', 'CNY'],
      ['traditional', (x) => `依法處新臺幣${x}元罰鍰。`, '新臺幣{}元', 'TWD'],
      ['capitalsHant', (x) => `港府撥款港幣${x}元正。`, '港幣{}元正', 'HKD'],
      ['circle', (x) => `特區政府撥款${x}澳門元。`, '{}澳門元', 'MOP'],
    ];
    fc.assert(
      fc.property(VALUE, fc.constantFrom(...frames), (n, [style, frame, span, currency]) => {
        const x = numerals(n, STYLES[style] as Style);
        const { facts } = extractArticle({ text: frame(x), clean: false, lang: 'zh', refDate: null, url: null, country: null });
        const money = facts.filter((f): f is MoneyFact => f.kind === 'money');
        expect(money.map((m) => [m.exact, m.currency, m.text]), frame(x)).toEqual([[n.toString(), currency, span.replace('{}', x)]]);
      }),
      { seed: 19, numRuns: 300 },
    );
  });
});
