/**
 * Folds the digit and separator characters of other scripts to ASCII, one
 * UTF-16 unit for one, so the folded string has the same offsets as the
 * original: full-width ０-９, Arabic-Indic ٠-٩, Extended Arabic-Indic ۰-۹,
 * the Arabic decimal separator ٫ (→ .) and thousands separator ٬ (→ ,),
 * full-width ．and small ﹒ full stops (→ .) when between digits.
 */
export function foldDigits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
    else if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 48);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 48);
    else if (c === 0x066b) out += '.';
    else if (c === 0x066c) out += ',';
    else if ((c === 0xff0e || c === 0xfe52) && isDigitAt(text, i - 1) && isDigitAt(text, i + 1)) out += '.';
    else out += text[i];
  }
  return out;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}
