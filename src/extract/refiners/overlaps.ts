import type { Refiner } from '../types.js';
import { countBelow } from '../../util/search.js';

/**
 * Keeps the longest of overlapping spans (then the earliest); spans of
 * different kinds never compete. n·log n: a span overlaps a kept one exactly
 * when some kept span starting before its end ends after its start, so a
 * Fenwick tree of the largest kept end, indexed by the rank of its start,
 * answers each question in log n (comparing every span with every kept one
 * took 41 s on 350k characters of 5元。).
 */
export function dropOverlaps<T extends { start: number; end: number }>(spans: T[]): T[] {
  const order = spans.filter((s) => s.end > s.start).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const starts = Int32Array.from(new Set(order.map((s) => s.start))).sort();
  const tree = new Int32Array(starts.length + 1).fill(-1);
  const kept: T[] = [];
  for (const s of order) {
    let maxEnd = -1;
    for (let i = rankBelow(starts, s.end); i > 0; i -= i & -i) maxEnd = Math.max(maxEnd, tree[i] as number);
    if (maxEnd > s.start) continue;
    kept.push(s);
    for (let i = rankBelow(starts, s.start) + 1; i < tree.length; i += i & -i) tree[i] = Math.max(tree[i] as number, s.end);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** How many of the sorted `values` are below `x`. */
function rankBelow(values: Int32Array, x: number): number {
  return countBelow(values.length, (i) => values[i] as number, x);
}

/** 2025年3月5日 is also 3月5日 and 2025年3月: the longest candidate stays, in text order after it. */
export const dropOverlapsRefiner: Refiner<{ start: number; end: number }> = {
  name: 'drop-overlaps',
  refine: (spans) => dropOverlaps(spans),
};
