import type { ExtractContext } from '../types.js';

// Words that place a Chinese article in one of the three 元-using regions.
const CUES: ReadonlyArray<readonly [string, RegExp]> = [
  ['HKD', /香港|港府|特區|特区|立法會|港股|恒指|恒生指數|港交所|港人/gu],
  ['TWD', /台灣|臺灣|台北|臺北|新北|高雄|台中|立法院|行政院|新台幣|台股|金管會|央行總裁楊金龍/gu],
  ['CNY', /人民币|人民幣|国务院|國務院|北京|上海|深圳|A股|央行|发改委|發改委|财政部|財政部|全国|全國/gu],
];

/**
 * The currency that a bare 元 / ¥ means in this article. Simplified text is
 * mainland copy (CNY). Traditional text is Hong Kong, Taiwan or converted
 * mainland copy: the region named most often decides, and with no cue at all
 * the currency stays unknown (null) rather than guessed.
 */
export function yuanCurrency(ctx: ExtractContext): string | null {
  if (ctx.script === 'Hans') return 'CNY';
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, re] of CUES) {
    const n = (ctx.text.match(re) ?? []).length;
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  return best ?? (ctx.script === 'Hani' ? 'CNY' : null);
}
