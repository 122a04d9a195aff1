import { lcs } from './align.js';

/** A piece of an edited paragraph: kept, or only in the old text (del), or only in the new one (ins). */
export interface WordEdit {
  op: 'same' | 'del' | 'ins';
  text: string;
}

/** Past this many cells (old words × new words between the common ends) the edit is shown as one replacement. */
const LCS_CELLS = 250_000;

/**
 * Words of a paragraph as Intl.Segmenter finds them for its language (ICU's
 * dictionary for Chinese, so 营业收入 is one or two words, not four
 * characters; spaces and punctuation for Arabic), spaces and punctuation
 * included, so the words joined are the text.
 */
export function words(text: string, lang: string): string[] {
  let seg: Intl.Segmenter;
  try {
    seg = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'word' });
  } catch {
    seg = new Intl.Segmenter(undefined, { granularity: 'word' });
  }
  return Array.from(seg.segment(text), (s) => s.segment);
}

/**
 * What changed between two versions of a paragraph, word by word: the common
 * words at both ends, then a longest common subsequence of the words between
 * them (align.ts's), each gap shown as what was removed, then what came in.
 * Pure and deterministic; the pieces joined without the deletions are
 * the new text, without the insertions the old one.
 */
export function wordDiff(was: string, now: string, lang: string): WordEdit[] {
  const a = words(was, lang);
  const b = words(now, lang);
  const out: WordEdit[] = [];
  const push = (op: WordEdit['op'], text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  // Between two kept words, what was removed, then what came in its place.
  let i = 0;
  let j = 0;
  for (const [ia, ib] of [...lcs(a, b, LCS_CELLS), [a.length, b.length] as const]) {
    push('del', a.slice(i, ia).join(''));
    push('ins', b.slice(j, ib).join(''));
    if (ia < a.length) push('same', a[ia] as string);
    i = ia + 1;
    j = ib + 1;
  }
  return out;
}
