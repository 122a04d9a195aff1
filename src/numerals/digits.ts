/**
 * Folds the digit and separator characters of other scripts to ASCII, one
 * UTF-16 unit for one, so the folded string has the same offsets as the
 * original: full-width ０-９, Arabic-Indic ٠-٩, Extended Arabic-Indic ۰-۹,
 * the Arabic decimal separator ٫ (→ .) and thousands separator ٬ (→ ,),
 * full-width ．and small ﹒ full stops (→ .) when between digits, and the
 * full-width comma ，(→ ,) when it groups full-width digits in threes
 * (１２，３４５．６７万元): one to three of them before it, exactly three after.
 */
export function foldDigits(text: string): string {
  // One native scan; a string with nothing to fold comes back as it is. (A
  // loop adding one character at a time built a rope of one-character
  // strings: a sixth of everything the pipeline allocated.)
  return text.replace(FOLDABLE, foldOne);
}

/** Every character foldDigits may change; full stops are checked by their neighbours in foldOne. */
// A full-width comma only after a full-width digit: Chinese text is full of commas, and a text with none to fold stays as it is.
const FOLDABLE = /[\uff10-\uff19\u0660-\u0669\u06f0-\u06f9\u066b\u066c\uff0e\ufe52]|(?<=[\uff10-\uff19])\uff0c/gu;

function foldOne(ch: string, at: number, text: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xff10 + 48);
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48);
  if (c === 0x066b) return '.';
  if (c === 0x066c) return ',';
  if (c === 0xff0c) return groupsThousands(text, at) ? ',' : ch;
  // ．or ﹒: a decimal point only between digits (of any of these scripts, as written).
  return isDigitAt(text, at - 1) && isDigitAt(text, at + 1) ? '.' : ch;
}

/** A full-width comma between full-width digits, one to three before it and exactly three after: "１２，３４５", not "２０２３，２０２４". */
function groupsThousands(text: string, at: number): boolean {
  let before = 0;
  while (before < 4 && isFullWidthDigitAt(text, at - 1 - before)) before++;
  if (before === 0 || before > 3) return false;
  for (let k = 1; k <= 3; k++) if (!isFullWidthDigitAt(text, at + k)) return false;
  return !isDigitAt(text, at + 4);
}

function isFullWidthDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xff10 && c <= 0xff19;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}
