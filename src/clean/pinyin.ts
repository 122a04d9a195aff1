/**
 * Some converters print the pinyin of a character after it: 務(wù), 現(xiàn).
 * A gloss is a parenthesised syllable of lowercase letters with a tone mark,
 * right after a Han character; English in parentheses never has tone marks.
 */
const GLOSS =
  /(?<=[\u3400-\u9fff\uf900-\ufaff])[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]{0,5}[)）]/gu;

/** Removes pinyin glosses; everything else is left as it is. */
export function removePinyinGlosses(text: string): string {
  // Every gloss has a parenthesis; most text has none.
  if (text.indexOf('(') < 0 && text.indexOf('（') < 0) return text;
  return text.replace(GLOSS, '');
}
