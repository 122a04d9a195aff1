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
 * them. Pure and deterministic; the pieces joined without the deletions are
 * the new text, without the insertions the old one.
 */
export function wordDiff(was: string, now: string, lang: string): WordEdit[] {
  const a = words(was, lang);
  const b = words(now, lang);
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  let ea = a.length;
  let eb = b.length;
  while (ea > lo && eb > lo && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
  }
  const out: WordEdit[] = [];
  const push = (op: WordEdit['op'], text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  push('same', a.slice(0, lo).join(''));
  const n = ea - lo;
  const m = eb - lo;
  if (n * m > LCS_CELLS) {
    push('del', a.slice(lo, ea).join(''));
    push('ins', b.slice(lo, eb).join(''));
  } else {
    // table[i][j]: LCS length of a[lo+i..ea) and b[lo+j..eb)
    const w = m + 1;
    const table = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        table[i * w + j] = a[lo + i] === b[lo + j] ? (table[(i + 1) * w + j + 1] as number) + 1 : Math.max(table[(i + 1) * w + j] as number, table[i * w + j + 1] as number);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[lo + i] === b[lo + j]) {
        push('same', a[lo + i] as string);
        i++;
        j++;
      } else if (j >= m || (i < n && (table[(i + 1) * w + j] as number) >= (table[i * w + j + 1] as number))) push('del', a[lo + i++] as string);
      else push('ins', b[lo + j++] as string);
    }
  }
  push('same', a.slice(ea).join(''));
  return out;
}
