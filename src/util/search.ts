/**
 * Binary search over anything sorted by a number: how many of the first `n`
 * items have a key below `x`, which is the index of the first item whose key is
 * `x` or more (`n` when none is). `keyAt(i)` must not decrease with `i`.
 * Figures, dates and sentence starts are all looked up this way.
 */
export function countBelow(n: number, keyAt: (i: number) => number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyAt(mid) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
