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
