/**
 * Character classes by code point, looked up in a table instead of testing
 * Unicode-property regexes per character (the hottest loops of cleaning and
 * language detection walk every character). Built once, on first use, from
 * the same regexes it replaces, so the answers are the regexes' answers.
 */

/** Script, in the low 3 bits. */
export const SCRIPT_NONE = 0;
export const SCRIPT_HAN = 1;
export const SCRIPT_KANA = 2;
export const SCRIPT_HANGUL = 3;
export const SCRIPT_ARABIC = 4;
export const SCRIPT_LATIN = 5;
export const SCRIPT_CYRILLIC = 6;
export const SCRIPT_MASK = 7;
/** \p{L} */
export const LETTER = 8;
/** \p{N} */
export const NUMBER = 16;
/** \p{M} (combining marks: Arabic harakat, tatweel is a letter) */
export const MARK = 32;

const SCRIPTS: Array<[number, RegExp]> = [
  [SCRIPT_HAN, /\p{Script=Han}/u],
  [SCRIPT_KANA, /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  [SCRIPT_HANGUL, /\p{Script=Hangul}/u],
  [SCRIPT_ARABIC, /\p{Script=Arabic}/u],
  [SCRIPT_LATIN, /\p{Script=Latin}/u],
  [SCRIPT_CYRILLIC, /\p{Script=Cyrillic}/u],
];
const IS_LETTER = /\p{L}/u;
const IS_NUMBER = /\p{N}/u;
const IS_MARK = /\p{M}/u;

function classify(ch: string): number {
  let c = 0;
  for (const [s, re] of SCRIPTS) {
    if (re.test(ch)) {
      c = s;
      break;
    }
  }
  if (IS_LETTER.test(ch)) c |= LETTER;
  else if (IS_NUMBER.test(ch)) c |= NUMBER;
  else if (IS_MARK.test(ch)) c |= MARK;
  return c;
}

let bmp: Uint8Array | null = null;
const astral = new Map<number, number>();

/** The class bits of every BMP code point (surrogates: 0), built on first use. */
export function bmpClasses(): Uint8Array {
  if (!bmp) {
    bmp = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) bmp[c] = classify(String.fromCharCode(c));
  }
  return bmp;
}

/** The class bits of a code point (script | LETTER | NUMBER). */
export function charClass(cp: number): number {
  if (cp < 0x10000) return (bmp ?? bmpClasses())[cp] as number;
  let c = astral.get(cp);
  if (c === undefined) {
    c = classify(String.fromCodePoint(cp));
    astral.set(cp, c);
  }
  return c;
}

/** The code point that ends just before `index` (a surrogate pair read as one). */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const lo = text.charCodeAt(index - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && index >= 2) {
    const hi = text.charCodeAt(index - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
  }
  return lo;
}

/**
 * Persian ی and ک as Arabic ي and ك, one character for one (offsets stay): Arabic typed on a
 * Persian keyboard (الحکومة, ملیار, ینایر) then reads like any Arabic. Only the text rules scan is
 * folded; facts quote the text as written.
 */
export function foldKeyboardLetters(text: string): string {
  // A string with nothing to fold comes back as it is.
  return text.replace(PERSIAN_KEYS, (c) => (c === '\u06cc' ? '\u064a' : '\u0643'));
}
const PERSIAN_KEYS = /[\u06cc\u06a9]/gu;
