import diceCoefficient from 'natural/lib/natural/distance/dice_coefficient.js';

/** A paragraph of an article's text: its string and where it starts in `text`. */
export interface Para {
  text: string;
  start: number;
}

/** How an old paragraph relates to the new text. */
export type ParaLink =
  /** Same text in both runs (possibly at another offset, or moved elsewhere). */
  | { kind: 'same'; to: number }
  /** Edited in place: text changed, paired with the new paragraph that replaced it. */
  | { kind: 'edited'; to: number; prefix: number; suffix: number }
  | { kind: 'gone' };

/** Paragraphs whose texts are at least this similar (Dice on bigrams) count as one paragraph edited. */
const EDIT_SIMILARITY = 0.5;
/** Past this many cells the LCS table is not built; paragraphs then pair by equal text only. */
const LCS_CELLS = 4_000_000;

/**
 * Aligns the paragraphs of two runs of one article. Equal paragraphs in order
 * (longest common subsequence) are anchors; between two anchors, an old and
 * a new paragraph that are alike are one paragraph edited; a paragraph whose
 * exact text is found elsewhere has moved. Returns one link per old paragraph
 * and which new paragraphs no old one maps to.
 */
export function alignParagraphs(oldParas: Para[], newParas: Para[]): { links: ParaLink[]; unmatchedNew: boolean[] } {
  const links: ParaLink[] = oldParas.map(() => ({ kind: 'gone' }));
  const taken = newParas.map(() => false);
  const pairs = lcs(
    oldParas.map((p) => p.text),
    newParas.map((p) => p.text),
  );
  for (const [i, j] of pairs) {
    links[i] = { kind: 'same', to: j };
    taken[j] = true;
  }
  // Between consecutive anchors, pair the leftovers that look like one edited paragraph.
  const anchors: Array<[number, number]> = [[-1, -1], ...pairs, [oldParas.length, newParas.length]];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [i0, j0] = anchors[k] as [number, number];
    const [i1, j1] = anchors[k + 1] as [number, number];
    let j = j0 + 1;
    for (let i = i0 + 1; i < i1; i++) {
      const o = oldParas[i] as Para;
      for (let jj = j; jj < j1; jj++) {
        const n = newParas[jj] as Para;
        if (diceCoefficient(o.text, n.text) >= EDIT_SIMILARITY) {
          links[i] = { kind: 'edited', to: jj, ...commonEnds(o.text, n.text) };
          taken[jj] = true;
          j = jj + 1;
          break;
        }
      }
    }
  }
  // A paragraph that left one place and appears unchanged in another has moved.
  const byText = new Map<string, number[]>();
  newParas.forEach((p, j) => {
    if (!taken[j]) byText.set(p.text, [...(byText.get(p.text) ?? []), j]);
  });
  oldParas.forEach((p, i) => {
    if (links[i]?.kind !== 'gone') return;
    const j = byText.get(p.text)?.shift();
    if (j === undefined) return;
    links[i] = { kind: 'same', to: j };
    taken[j] = true;
  });
  return { links, unmatchedNew: taken.map((t) => !t) };
}

/** Lengths of the common prefix and suffix of two strings (not overlapping in the shorter one). */
export function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

/**
 * Index pairs of a longest common subsequence of equal strings, after trimming
 * common ends; past `cells` (the table between the ends) only the ends match.
 */
export function lcs(a: readonly string[], b: readonly string[], cells = LCS_CELLS): Array<[number, number]> {
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  let hiA = a.length;
  let hiB = b.length;
  while (hiA > lo && hiB > lo && a[hiA - 1] === b[hiB - 1]) {
    hiA--;
    hiB--;
  }
  const head: Array<[number, number]> = Array.from({ length: lo }, (_, i) => [i, i]);
  const tail: Array<[number, number]> = Array.from({ length: a.length - hiA }, (_, k) => [hiA + k, hiB + k]);
  const n = hiA - lo;
  const m = hiB - lo;
  const middle: Array<[number, number]> = [];
  if (n && m && n * m <= cells) {
    // table[i][j] = LCS length of a[lo+i..hiA) and b[lo+j..hiB)
    const w = m + 1;
    const table = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        table[i * w + j] = a[lo + i] === b[lo + j] ? (table[(i + 1) * w + j + 1] as number) + 1 : Math.max(table[(i + 1) * w + j] as number, table[i * w + j + 1] as number);
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[lo + i] === b[lo + j]) {
        middle.push([lo + i, lo + j]);
        i++;
        j++;
      } else if ((table[(i + 1) * w + j] as number) >= (table[i * w + j + 1] as number)) i++;
      else j++;
    }
  }
  return [...head, ...middle, ...tail];
}
