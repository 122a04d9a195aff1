// natural's full entry point loads every module it has (and prints dotenv
// notices on stdout); we load the one function we use, by path.
declare module 'natural/lib/natural/distance/dice_coefficient.js' {
  /** Dice coefficient of two strings over character bigrams, 0..1. */
  export default function diceCoefficient(a: string, b: string): number;
}
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  /** Edits (insert, delete, substitute, swap two neighbours) that turn `source` into `target`. */
  export function DamerauLevenshteinDistance(source: string, target: string, options?: { restricted?: boolean }): number;
}
