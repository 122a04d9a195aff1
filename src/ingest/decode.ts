/**
 * Bytes → text. Order of evidence: a byte-order mark (UTF-8, UTF-16, UTF-32;
 * a UTF-16 mark on UTF-8 bytes is ignored), then the charset the
 * page declares (HTTP header hint, `<meta charset>`, http-equiv), checked
 * against the bytes, then a guess among UTF-8, GB18030, Big5 and
 * windows-1256 scored on how plausible each decoding reads.
 */

/** How the encoding was chosen. */
export type EncodingSource = 'bom' | 'declared' | 'guessed' | 'default';

export interface Decoded {
  text: string;
  /** WHATWG encoding name actually used, e.g. "utf-8", "gb18030", "big5". */
  encoding: string;
  encodingSource: EncodingSource;
  /** The charset the page declared, when it declared one. */
  declared: string | null;
  /** True when bytes could not be decoded and were replaced by U+FFFD. */
  invalidBytes: boolean;
}

export interface DecodeOptions {
  /** A charset from outside the bytes (an HTTP Content-Type header). */
  charsetHint?: string | null;
}

const CANDIDATES = ['gb18030', 'big5', 'windows-1256'] as const;

/** Maps a charset label to the WHATWG encoding name Node knows, or null. */
export function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/** Finds `<meta charset>` or http-equiv Content-Type in the first 4 KiB. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]{0,200}?charset\s{0,5}=\s{0,5}["']?\s{0,5}([A-Za-z0-9_.:-]{1,40})/iu.exec(head);
  return m?.[1] ?? null;
}

/** Decodes bytes, choosing the encoding as described above. */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    const rest = bytes.subarray(bom.length);
    if (bom.encoding.startsWith('utf-16') && utf8NotUtf16(rest)) {
      // A UTF-16 mark on UTF-8 bytes (an editor's doing): read as UTF-16 it is CJK-looking garbage.
      return { text: strictUtf8(rest) as string, encoding: 'utf-8', encodingSource: 'guessed', declared: null, invalidBytes: false };
    }
    const text = bom.encoding.startsWith('utf-32') ? decodeUtf32(rest, bom.encoding === 'utf-32le') : new TextDecoder(bom.encoding).decode(rest);
    return { text, encoding: bom.encoding, encodingSource: 'bom', declared: null, invalidBytes: text.includes('\uFFFD') };
  }
  const declaredLabel = declaredCharset(bytes) ?? options.charsetHint ?? null;
  const declared = declaredLabel ? canonicalEncoding(declaredLabel) : null;
  // Valid UTF-8 is settled by one native strict decode (its text is kept);
  // only invalid bytes need the byte-by-byte count.
  const strict = strictUtf8(bytes);
  const valid = strict !== null;
  const decoded = new Map<string, string>(strict !== null ? [['utf-8', strict]] : []);
  const as = (enc: string) => {
    let text = decoded.get(enc);
    if (text === undefined) {
      text = decode(bytes, enc);
      decoded.set(enc, text);
    }
    return text;
  };
  const result = (enc: string, source: EncodingSource): Decoded => {
    const text = as(enc);
    return { text, encoding: enc, encodingSource: source, declared: declaredLabel, invalidBytes: text.includes('\uFFFD') };
  };

  if (declared) {
    // A page that says UTF-8 and is UTF-8, or says a legacy charset and has no
    // valid multi-byte UTF-8 in it, is taken at its word.
    if (declared === 'utf-8' && valid) return result('utf-8', 'declared');
    if (declared !== 'utf-8' && declared !== 'utf-16le' && declared !== 'utf-16be') {
      const looksUtf8 = valid && strict.length < bytes.length;
      const score = looksUtf8 ? 0 : plausibility(as(declared), declared);
      // A label for a script this tool does not read (shift_jis, euc-kr…) must also read better
      // than each encoding it does: GBK, Big5 and windows-1256 bytes labelled shift_jis are
      // common, and their shift_jis decoding is a plausible-looking mix of kanji.
      const ours = declared === 'gbk' || (CANDIDATES as readonly string[]).includes(declared);
      if (score > 0.5 && (ours || CANDIDATES.every((enc) => plausibility(as(enc), enc) < score))) return result(declared, 'declared');
    }
    // Otherwise the declaration lies; fall through to the guess.
  }
  if (valid) return result('utf-8', declared ? 'guessed' : 'default');

  let best: { enc: string; score: number } = { enc: 'utf-8', score: utf8Plausibility(utf8Stats(bytes)) };
  for (const enc of CANDIDATES) {
    const score = plausibility(as(enc), enc);
    if (score > best.score) best = { enc, score };
  }
  return result(best.enc, 'guessed');
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes as UTF-8 when they are valid UTF-8 (a BOM, if any, dropped as the default decoder does), else null. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Node's "gbk" decoder (ICU's) reads two-byte GBK only: a GB18030 four-byte
 * sequence (•, an emoji, a rare character) becomes U+FFFD and leaves its
 * ASCII digit bytes in the text, next to the figure that follows
 * (投资•5亿元 → 投资�6�15亿元, 1.5e9 for 5e8). The Encoding Standard decodes
 * every GBK label (gbk, gb2312, x-gbk, chinese…) with the GB18030 decoder, a
 * superset; so does this. The encoding is still reported as "gbk".
 */
function decode(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding === 'gbk' ? 'gb18030' : encoding).decode(bytes);
}

function bomEncoding(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  // Before UTF-16LE, whose mark begins the UTF-32LE one.
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return { encoding: 'utf-32le', length: 4 };
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * True when bytes after a UTF-16 mark are UTF-8 instead: valid UTF-8 with no
 * NUL or other control byte. UTF-16 text has them (the high byte of every
 * character below U+2000: Latin, Arabic, spaces, line breaks), and UTF-16 of
 * Chinese alone is almost never valid UTF-8.
 */
function utf8NotUtf16(rest: Uint8Array): boolean {
  if (rest.length < 2) return false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i] as number;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return strictUtf8(rest) !== null;
}

/** UTF-32, which TextDecoder does not read: four bytes a code point; anything else is U+FFFD. */
function decodeUtf32(b: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let out = '';
  let points: number[] = [];
  for (let i = 0; i + 4 <= b.length; i += 4) {
    const c = view.getUint32(i, littleEndian);
    points.push(c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff) ? 0xfffd : c);
    if (points.length === 4096) {
      out += String.fromCodePoint(...points);
      points = [];
    }
  }
  if (b.length % 4) points.push(0xfffd);
  return out + String.fromCodePoint(...points);
}

function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
}

interface Utf8Stats {
  multibyte: number;
  invalid: number;
}

/** Counts valid multi-byte sequences and invalid bytes in one pass. */
function utf8Stats(b: Uint8Array): Utf8Stats {
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < b.length; ) {
    const c = b[i] ?? 0;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < b.length + 0;
    for (let k = 1; ok && k <= need; k++) ok = ((b[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/** A mostly valid UTF-8 file with a few bad bytes still reads best as UTF-8. */
function utf8Plausibility(s: Utf8Stats): number {
  const total = s.multibyte + s.invalid;
  return total === 0 ? 0 : (s.multibyte - 4 * s.invalid) / total;
}

// The most frequent characters of running text in each writing system. A wrong
// decoding of Chinese bytes yields rare characters; of Arabic bytes, CJK or
// Latin-1 noise.
const COMMON_HAN = new Set(
  '的一是不了在人有我他中大上国國们們这這个個时時会會来來说說到以地为為和年要就出也可对對生能而子那得于於着著下自之过過发發后後作里裡用道行所然家种種事成方多经經去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心本前开開但因只从從想实實日者意无無力它与與长長把机機十民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問很最重并並物手应應战戰向头頭文体體政美相见見被利什二等产產或新己制身果加西月话話合回特代内信表化老给給世位次度门門任常先海通教儿兒原东東声聲提立及比员員解水名真论論处處走义義各入几幾口认認条條平系气氣题題活更别別打女变變四神总總何电電数數安少报報才结結反受目太量再感建务務做接必场場件计計管期市直资資元亿億万萬美股司'
);

/** COMMON_HAN as a table by UTF-16 unit (all of them are single units), built on first use. */
let commonHan: Uint8Array | null = null;
function isCommonHan(c: number): boolean {
  if (!commonHan) {
    commonHan = new Uint8Array(0x10000);
    for (const ch of COMMON_HAN) commonHan[ch.charCodeAt(0)] = 1;
  }
  return c < 0x10000 && commonHan[c] === 1;
}

function plausibility(text: string, encoding: string): number {
  let nonAscii = 0;
  let good = 0;
  let bad = 0;
  const arabic = encoding === 'windows-1256';
  // By code point, as for…of would go, without a string per character.
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i) as number;
    if (c > 0xffff) i++;
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd) bad++;
    else if (arabic) {
      if (c >= 0x0621 && c <= 0x064a) good++;
    } else if (isCommonHan(c)) good++;
    else if (c >= 0x3000 && c <= 0x303f) good += 0.5; // CJK punctuation
    else if (c >= 0x3041 && c <= 0x30ff) good++; // kana: a page that is Japanese indeed
    // Full-width ASCII and signs; not half-width katakana (U+FF61–FF9F), which
    // is what Chinese or Arabic bytes read as shift_jis mostly turn into.
    else if ((c >= 0xff01 && c <= 0xff5e) || (c >= 0xffe0 && c <= 0xffe6)) good += 0.5;
  }
  if (nonAscii === 0) return 0;
  // Arabic letters are a small alphabet, every one of them common; Han text
  // draws from thousands, so a lower share of "common" characters is normal.
  const weight = encoding === 'windows-1256' ? 1 : 2.5;
  return Math.min(1, (weight * good) / nonAscii) - (4 * bad) / nonAscii;
}
