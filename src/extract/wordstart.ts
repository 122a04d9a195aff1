import { charClass, codePointBefore, LETTER, MARK } from '../util/chars.js';

/**
 * A global regex that begins with a word-start look-behind,
 * `(?<![\p{L}\p{M}\d])` or the same with a few more characters
 * (`(?<![\p{L}\p{M}\d.,])`), run without it. V8 evaluates that Unicode
 * look-behind slowly at every position it tries (4–6× the rest of the
 * pattern on Arabic text); finding the pattern and checking the character
 * before it, and when that fails searching again one position on, finds
 * exactly the matches the look-behind would.
 */
export interface WordStartRegex {
  re: RegExp;
  /** Characters (besides letters, marks and 0-9) that may not come just before; null when the pattern had no such look-behind. */
  also: string | null;
}

const LEADING = /^\(\?<!\[\\p\{L\}\\p\{M\}\\d([.,\-]*)\]\)/u;
const cache = new WeakMap<RegExp, WordStartRegex>();

export function splitWordStart(re: RegExp): WordStartRegex {
  let w = cache.get(re);
  if (!w) {
    const m = LEADING.exec(re.source);
    w = m ? { re: new RegExp(re.source.slice(m[0].length), re.flags), also: (m[1] as string).replace(/\\/gu, '') } : { re, also: null };
    cache.set(re, w);
  }
  return w;
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
    if (w.also !== null && !atWordStart(text, m.index, w.also)) {
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
