import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance.js';

/**
 * The valid word nearest to a mistyped one, or null when none is near:
 * nearest("--versoin", ["--help", "--version"]) → "--version". A swap of two
 * neighbours counts as one edit; leading dashes are compared too, so
 * "-version" finds "--version". Near means at most 2 edits, and fewer than
 * half the word's letters (so "-x" suggests nothing).
 */
export function nearest(word: string, valid: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const letters = word.replace(/^-+/u, '').length;
  for (const v of valid) {
    const d = DamerauLevenshteinDistance(word, v);
    if (d < bestDistance) {
      best = v;
      bestDistance = d;
    }
  }
  return bestDistance <= 2 && bestDistance * 2 < Math.max(letters, 1) + 1 ? best : null;
}

/** "unknown option --versoin; did you mean --version?" (without the question when nothing is near). */
export function unknown(what: string, word: string, valid: readonly string[]): string {
  const near = nearest(word, valid);
  return `unknown ${what} ${word}${near ? `; did you mean ${near}?` : ''}`;
}
