import { countBelow } from '../util/search.js';

/**
 * The one sentence splitter: the rules that look at a figure's sentence (a
 * currency borrowed from it, a money word in it) and the output's `sentence`
 * read the same sentences. A sentence ends after a run of 。!?！？؟;； or line
 * breaks, or at a "." before a space or the end (not a decimal point).
 */
export class Sentences {
  /** Start of each sentence, ascending; sentence i is [starts[i], starts[i + 1] or the text's end). */
  private readonly starts: Int32Array;

  constructor(readonly text: string) {
    const starts: number[] = [0];
    const re = /[。!?！？؟;；\n]+|\.(?=\s|$)/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (end < text.length) starts.push(end);
    }
    this.starts = Int32Array.from(starts);
  }

  /** [start, end) of the sentence that holds offset `at` (an offset at the text's end: the last sentence). */
  range(at: number): [number, number] {
    const starts = this.starts;
    // The last sentence that starts at or before `at` (the first always starts at 0).
    const lo = Math.max(0, countBelow(starts.length, (i) => starts[i] as number, at + 1) - 1);
    return [this.starts[lo] as number, lo + 1 < this.starts.length ? (this.starts[lo + 1] as number) : this.text.length];
  }

  /**
   * What a span at [start, end) reads as its sentence: the sentence that holds
   * it, or, when that is longer than SENTENCE_MAX, the SENTENCE_WINDOW units on
   * each side of the span (never splitting a surrogate pair). The rules that
   * look at a figure's sentence read these bounds too, so the work per figure
   * stays bounded however long the sentence.
   */
  bounds(start: number, end: number): [number, number] {
    const [a, b] = this.range(start);
    if (b - a <= SENTENCE_MAX || this.text.slice(a, b).trim().length <= SENTENCE_MAX) return [a, b];
    let from = Math.max(a, start - SENTENCE_WINDOW);
    let to = Math.min(b, Math.max(end, start) + SENTENCE_WINDOW);
    if (from > a && isLowSurrogate(this.text.charCodeAt(from))) from++;
    if (to < b && isLowSurrogate(this.text.charCodeAt(to))) to--;
    return [from, to];
  }

  /** The output's `sentence` of a span at [start, end): its bounds (above), trimmed. Always verbatim text. */
  of(start: number, end: number): string {
    if (start >= this.text.length) return '';
    const [a, b] = this.bounds(start, end);
    return this.text.slice(a, b).trim();
  }
}

/**
 * A sentence longer than this (UTF-16 units) is not copied whole into each of
 * its facts: text with no sentence break (5元，5元，… for a megabyte) would
 * otherwise repeat the whole text once per figure, output quadratic in input.
 */
export const SENTENCE_MAX = 400;
/** What a fact keeps of a longer sentence: this many units before the span and after it. */
export const SENTENCE_WINDOW = 100;

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
