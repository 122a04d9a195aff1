/**
 * Dice's coefficient on character bigrams, as natural's diceCoefficient
 * computes it (lower-cased, white space collapsed and trimmed, distinct
 * bigrams), split in two so a text's bigrams are built once and compared many
 * times: cleaning compares each long block with up to 200 others.
 * tests/util/dice.test.ts checks it against natural on random texts.
 */
export function bigrams(text: string): Set<number> {
  let s = text.toLowerCase().replace(/\s+/gu, ' ').replace(/^\s+|\s+$/gu, '');
  if (s.length === 1) s += ' ';
  // A bigram of two UTF-16 units as one number: no string per bigram.
  const out = new Set<number>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1));
  return out;
}

export function dice(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const g of small) if (large.has(g)) common++;
  return (2 * common) / (a.size + b.size);
}
