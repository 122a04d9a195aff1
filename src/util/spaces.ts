/**
 * White space as JavaScript's `\s` and `String#trim` see it: the ASCII
 * controls \t \n \v \f \r, the space, U+00A0, U+1680, U+2000–U+200A, the
 * line and paragraph separators, U+202F, U+205F, U+3000 and U+FEFF.
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `s.replace(/\s+/gu, sep)` without a regex, and without a copy when there
 * is nothing to replace. With `trim`, runs at either end are removed rather
 * than replaced (as `.trim()` after the replace).
 */
export function squeezeSpaces(s: string, sep: ' ' | '', trim: boolean): string {
  let out = '';
  let from = 0;
  let changed = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    if (!isSpaceCode(s.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < n && isSpaceCode(s.charCodeAt(j))) j++;
    const atEdge = trim && (i === 0 || j === n);
    const put = atEdge ? '' : sep;
    // A single plain space that stays a space changes nothing.
    if (!(put === ' ' && j === i + 1 && s.charCodeAt(i) === 32)) {
      out += s.slice(from, i) + put;
      from = j;
      changed = true;
    }
    i = j - 1;
  }
  if (!changed) return s;
  return out + s.slice(from);
}

/** `s.replace(/\s+/gu, ' ').trim()`. */
export const collapseSpaces = (s: string): string => squeezeSpaces(s, ' ', true);

/** `s.replace(/\s+/gu, '').length`, without building the string. */
export function countNonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) n++;
  return n;
}
