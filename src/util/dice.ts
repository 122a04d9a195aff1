/**
 * Dice's coefficient on character bigrams, as natural's diceCoefficient
 * computes it (lower-cased, white space collapsed and trimmed, distinct
 * bigrams), split in two so a text's bigrams are built once and compared many
 * times: cleaning compares each long block with up to 200 others.
 * tests/util/dice.test.ts checks it against natural on random texts.
 */
export function bigrams(text: string): Set<string> {
  let s = text.toLowerCase().replace(/\s+/gu, ' ').replace(/^\s+|\s+$/gu, '');
  if (s.length === 1) s += ' ';
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  return out;
}

export function dice(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const g of small) if (large.has(g)) common++;
  return (2 * common) / (a.size + b.size);
}
