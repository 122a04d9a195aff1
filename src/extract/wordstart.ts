import { charClass, codePointBefore, LETTER, MARK } from '../util/chars.js';

/**
 * A global regex that begins with a one-class negative look-behind
 * (`(?<![\p{L}\p{M}\d])`, `(?<![\d年])`…), run without it. V8 evaluates
 * such a look-behind at every position it tries, which on Arabic text costs
 * 4–6× the rest of the pattern; finding the pattern, then checking the one
 * character before it, and when that fails searching again one position on,
 * finds exactly the matches the look-behind would.
 */
export interface WordStartRegex {
  re: RegExp;
  /** What may not come just before a match; null when the pattern had no leading look-behind. */
  before: ((text: string, index: number) => boolean) | null;
}

/** A leading one-class negative look-behind: (?<![…]). */
const LEADING = /^\(\?<!\[((?:\\.|[^\]\\])*)\]\)/u;
const WORDLIKE = String.raw`\p{L}\p{M}\d`;
const cache = new WeakMap<RegExp, WordStartRegex>();

export function splitWordStart(re: RegExp): WordStartRegex {
  let w = cache.get(re);
  if (!w) {
    const m = LEADING.exec(re.source);
    if (!m) w = { re, before: null };
    else {
      const body = m[1] as string;
      const rest = body.startsWith(WORDLIKE) ? body.slice(WORDLIKE.length) : null;
      // The common word-start class goes through the character table; any other class is tested as written.
      const before =
        rest !== null && /^[.,]*$/u.test(rest)
          ? (text: string, index: number) => !atWordStart(text, index, rest)
          : classBefore(new RegExp(`[${body}]`, 'u'));
      w = { re: new RegExp(re.source.slice(m[0].length), re.flags), before };
    }
    cache.set(re, w);
  }
  return w;
}

function classBefore(cls: RegExp): (text: string, index: number) => boolean {
  return (text, index) => {
    const cp = codePointBefore(text, index);
    return cp >= 0 && cls.test(String.fromCodePoint(cp));
  };
}

/** True when nothing word-like (\p{L}, \p{M}, 0-9, or one of `also`) ends just before `index`. */
export function atWordStart(text: string, index: number, also = ''): boolean {
  const cp = codePointBefore(text, index);
  if (cp < 0) return true;
  if (cp >= 48 && cp <= 57) return false;
  if (also && also.includes(String.fromCharCode(cp))) return false;
  return (charClass(cp) & (LETTER | MARK)) === 0;
}

/** Every match of a global regex over `text`, as `exec` would give them, with a leading word-start look-behind checked by hand. */
export function* matchAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  const w = splitWordStart(re);
  const r = w.re;
  r.lastIndex = 0;
  for (let m = r.exec(text); m; m = r.exec(text)) {
    if (w.before?.(text, m.index)) {
      r.lastIndex = nextIndex(text, m.index);
      continue;
    }
    yield m;
    if (m[0].length === 0) r.lastIndex++;
  }
}

/** The index one code point after `i`. */
export function nextIndex(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
}
