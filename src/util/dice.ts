import { collapseSpaces } from './spaces.js';

/**
 * Dice's coefficient on character bigrams, as natural's diceCoefficient
 * computes it (lower-cased, white space collapsed and trimmed, distinct
 * bigrams), split in two so a text's bigrams are built once and compared many
 * times: cleaning compares each long block with up to 200 others.
 * tests/util/dice.test.ts checks it against natural on random texts.
 */
export function bigrams(text: string): Uint32Array {
  let s = collapseSpaces(text.toLowerCase());
  if (s.length === 1) s += ' ';
  // A bigram of two UTF-16 units as one number, sorted and distinct, so two
  // texts compare by one merge: no string and no hashing per bigram.
  const all = new Uint32Array(Math.max(0, s.length - 1));
  for (let i = 0; i < all.length; i++) all[i] = s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
  all.sort();
  let k = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[k - 1]) all[k++] = all[i] as number;
  return all.subarray(0, k);
}

export function dice(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}

/**
 * The characters of a text (white space aside, lower-cased) as a 1,024-bit
 * set. Two texts whose Dice coefficient on bigrams is at least d differ in at
 * most (1 - d)·(|a| + |b|) characters (a character in one text only puts at
 * least one bigram in that text only), and each bit set in one signature and
 * not the other stands for at least one such character: so
 * signatureDistance(a, b) > (1 - d)·(a.length + b.length) proves the
 * coefficient is below d without building and sorting any bigrams.
 */
export function charSignature(text: string): Uint32Array {
  const sig = new Uint32Array(32);
  const s = text.toLowerCase();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000) continue;
    const bit = (c * 0x9e3779b1) >>> 22;
    sig[bit >>> 5] = (sig[bit >>> 5] as number) | (1 << (bit & 31));
  }
  return sig;
}

/** How many bits two signatures do not share. */
export function signatureDistance(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < 32; i++) {
    let x = ((a[i] as number) ^ (b[i] as number)) >>> 0;
    while (x) {
      x &= x - 1;
      n++;
    }
  }
  return n;
}
