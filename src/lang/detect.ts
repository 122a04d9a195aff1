import { franc } from 'franc';
import { iso6393To1 } from 'iso-639-3';
import { charClass, LETTER, SCRIPT_ARABIC, SCRIPT_HAN, SCRIPT_MASK } from '../util/chars.js';
import { countHanScripts } from './hanzi.js';

/** Language (BCP 47) and script (ISO 15924) of a text. */
export interface LangScript {
  /** "zh", "ar", "en", … or "und" when the text does not say clearly enough. */
  lang: string;
  /** "Hans", "Hant", "Hani" (Chinese, script not decidable), "Arab", "Latn", … or "Zyyy". */
  script: string;
}

type ScriptName = 'Han' | 'Kana' | 'Hangul' | 'Arabic' | 'Latin' | 'Cyrillic' | 'Other';

const ISO15924: Record<ScriptName, string> = {
  Han: 'Hani', Kana: 'Jpan', Hangul: 'Kore', Arabic: 'Arab', Latin: 'Latn', Cyrillic: 'Cyrl', Other: 'Zyyy',
};

// Letters Arabic uses and Persian/Urdu do not, and the reverse. franc's
// trigrams separate the three well on long text; on short text the letters
// decide: Persian and Urdu write ی and ک where Arabic writes ي and ك, and
// letters Arabic has not (پ چ ژ گ); Urdu also ٹ ڈ ڑ ں ے ہ ھ.
const codes = (chars: string) => new Set([...chars].map((c) => c.codePointAt(0) as number));
const ARABIC_ONLY = codes('ةىيكإأ');
const PERSIAN_URDU = codes('پچژگیکےٹڈڑں');
/** Of PERSIAN_URDU, and beside it, the letters only Urdu writes. */
const URDU_ONLY = codes('ٹڈڑںےہھۂۓ');
/** Letters of Pashto, Kurdish, Sindhi and Uyghur, which neither Arabic, Persian nor Urdu writes: left to franc. */
const OTHER_ARABIC_SCRIPT = codes('ټډړښږځڅګېۍڕڵۆێەڄٻڀٺٽڦڃڇڊڌڍڏڙڪڳڱڻۇۈۋݙ');
/** Arabic's article starting a word (Persian and Urdu take it only in set phrases). */
const ARABIC_WORDS = /(?:^|[\s،؛.,(«"])(?:[وفبل]{0,2})ال[\u0621-\u064A]{2}/gu;
/** Persian words with no tell-tale letter (است را از با تا خود داد شد بود در…), and the half-space of می‌. */
const PERSIAN_WORDS = /(?:^|\s)(?:است|آن|را|از|با|تا|خود|داد|دارد|شد|شده|شود|بود|باشد|در)(?=\s|$|،)|\u200c/gu;
/** Urdu postpositions and words with no tell-tale letter: کا کی کو اور پر تک جو. */
const URDU_WORDS = /(?:^|\s)(?:کا|کی|کو|اور|پر|تک|جو|تھا|تھی)(?=\s|$|،)/gu;
const SAMPLE = 4000;

const SCRIPT_NAMES: ScriptName[] = ['Other', 'Han', 'Kana', 'Hangul', 'Arabic', 'Latin', 'Cyrillic', 'Other'];

/** Counts letters per script (Han counted double: one Han character carries a word's worth). */
export function scriptCounts(text: string): Record<ScriptName, number> {
  // Indexed by the script bits; one pass, no callback per character.
  const by = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    const cls = charClass(cp);
    if (cls & LETTER) by[cls & SCRIPT_MASK] = (by[cls & SCRIPT_MASK] as number) + 1;
  }
  const counts: Record<ScriptName, number> = { Han: 0, Kana: 0, Hangul: 0, Arabic: 0, Latin: 0, Cyrillic: 0, Other: 0 };
  for (let s = 0; s < 8; s++) counts[SCRIPT_NAMES[s] as ScriptName] += s === SCRIPT_HAN ? 2 * (by[s] as number) : (by[s] as number);
  return counts;
}

function dominant(counts: Record<ScriptName, number>): { name: ScriptName; letters: number } {
  let name: ScriptName = 'Other';
  let best = 0;
  for (const [k, v] of Object.entries(counts) as Array<[ScriptName, number]>) {
    if (v > best) {
      best = v;
      name = k;
    }
  }
  return { name, letters: best };
}

// franc names individual languages; BCP 47 prefers the macrolanguage's
// two-letter code (Iranian Persian pes → fa). iso6393To1 has macrolanguages only.
const INDIVIDUAL_TO_MACRO: Readonly<Record<string, string>> = {
  cmn: 'zh', arb: 'ar', pes: 'fa', prs: 'fa', zsm: 'ms', ekk: 'et', lvs: 'lv', uzn: 'uz', azj: 'az', ydd: 'yi',
  pbu: 'ps', khk: 'mn', plt: 'mg', npi: 'ne', ory: 'or', swh: 'sw', gaz: 'om', als: 'sq', kmr: 'ku',
};

/** Maps an ISO 639-3 code from franc to BCP 47 (the 639-1 code where one exists). */
export function toBcp47(code: string): string {
  if (code === 'und') return 'und';
  return INDIVIDUAL_TO_MACRO[code] ?? iso6393To1[code] ?? code;
}

/** Detects the language and script of an article's cleaned text. */
export function detectLanguage(text: string, hint?: string | null): LangScript {
  const sample = text.slice(0, SAMPLE);
  const counts = scriptCounts(sample);
  const top = dominant(counts);
  const script = scriptOf(sample, top.name, counts);
  if (hint) return { lang: hint.split('-')[0]?.toLowerCase() || 'und', script: scriptFromHint(hint) ?? script };
  if (top.letters < 4) return { lang: 'und', script };
  switch (top.name) {
    case 'Han':
      // Kana among Han characters is Japanese; plain Han text is Chinese.
      return { lang: counts.Kana > counts.Han * 0.05 ? 'ja' : 'zh', script };
    case 'Kana':
      return { lang: 'ja', script };
    case 'Hangul':
      return { lang: 'ko', script };
    case 'Arabic':
      return { lang: arabicScriptLanguage(sample), script };
    default:
      return { lang: toBcp47(franc(sample, { minLength: 20 })), script };
  }
}

function scriptOf(sample: string, top: ScriptName, counts: Record<ScriptName, number>): string {
  if (top === 'Han' && counts.Kana <= counts.Han * 0.05) {
    const { hans, hant } = countHanScripts(sample);
    const total = hans + hant;
    if (total >= 3) {
      if (hans >= 0.7 * total) return 'Hans';
      if (hant >= 0.7 * total) return 'Hant';
    }
    return 'Hani';
  }
  return ISO15924[top];
}

function scriptFromHint(hint: string): string | null {
  const m = /-(Hans|Hant|Arab|Latn)\b/iu.exec(hint);
  if (!m) return null;
  const s = m[1] ?? '';
  return s[0]?.toUpperCase() + s.slice(1).toLowerCase();
}

/**
 * Arabic-script text: Arabic, Persian, Urdu, Pashto, Kurdish… Arabic is
 * decided by its letters when they are clear; otherwise franc among the
 * Arabic-script languages, and "und" when franc cannot tell.
 */
function arabicScriptLanguage(sample: string): string {
  // Counted in one pass, without an array of matches.
  let arabicOnly = 0;
  let persianUrdu = 0;
  let urdu = 0;
  let urduExtra = 0;
  let other = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const cp = sample.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    const cls = charClass(cp);
    if ((cls & SCRIPT_MASK) !== SCRIPT_ARABIC) continue;
    letters++;
    if (ARABIC_ONLY.has(cp)) arabicOnly++;
    else if (PERSIAN_URDU.has(cp)) persianUrdu++;
    if (URDU_ONLY.has(cp)) {
      urdu++;
      if (!PERSIAN_URDU.has(cp)) urduExtra++;
    } else if (OTHER_ARABIC_SCRIPT.has(cp)) other++;
  }
  const byLetters = lettersVerdict(sample, { arabicOnly, persianUrdu, urdu, urduExtra, other, letters });
  // Letters only Urdu, Pashto, Kurdish… write decide by themselves; between Arabic and Persian the words may turn them.
  return urdu || other ? byLetters : settleByWords(sample, byLetters);
}

interface LetterCounts {
  arabicOnly: number;
  persianUrdu: number;
  urdu: number;
  urduExtra: number;
  other: number;
  letters: number;
}

/** Arabic, Persian, Urdu or another language of the script, from the letters counted (and the words only each writes). */
function lettersVerdict(sample: string, { arabicOnly, persianUrdu, urdu, urduExtra, other, letters }: LetterCounts): string {
  if (persianUrdu <= letters * 0.003 && arabicOnly >= 1) return 'ar';
  if (!other) {
    // Short text, or Persian/Urdu letters among Arabic ones: the letters and words only each writes.
    const shared = persianUrdu + urduExtra;
    if (shared > arabicOnly) {
      if (urdu) return 'ur';
      const ur = count(sample, URDU_WORDS);
      return ur > count(sample, PERSIAN_WORDS) ? 'ur' : 'fa';
    }
    if (arabicOnly > shared) return 'ar';
    // As many of each (often none): the words only each writes.
    const ar = count(sample, ARABIC_WORDS);
    const fa = count(sample, PERSIAN_WORDS);
    const ur = count(sample, URDU_WORDS);
    if (fa > ar && fa >= ur) return 'fa';
    if (ur > ar && ur > fa) return 'ur';
    // None of the letters Persian and Urdu write in nearly every sentence: Arabic written without ي ك ة.
    if (ar > 0 || shared === 0) return 'ar';
  }
  const guess = franc(sample, { minLength: 20, only: ['arb', 'pes', 'prs', 'urd', 'pbu', 'ckb', 'snd', 'uig', 'skr'] });
  if (guess === 'arb' && persianUrdu > arabicOnly) return 'und';
  return toBcp47(guess);
}

/**
 * Arabic typed on a Persian keyboard writes ی and ک for ي and ك (فی, الحکومة: Iranian outlets'
 * Arabic pages), and older Persian pages write ي and ك (كرد, براي): the letters then point the
 * wrong way, and the words decide. Arabic's little words and its ة; Persian's, in either spelling.
 * Names and words both share (علی the name, الی in "8 الی 10", بین, به) are left out of both.
 */
const ARABIC_TELLS = /(?:^|[\s،؛.,(«"])[وف]?(?:في|فی|على|إلى|الى|عن|التي|التی|الذي|الذی|الذين|الذین|هذا|هذه|أن|إن|قال|وقال|الیوم|اليوم|منذ|لدى)(?=[\s،؛.,)»":]|$)|ة/gu;
const PERSIAN_TELLS = /(?:^|[\s،؛.,(«"])(?:است|را|از|با|تا|در|برای|براي|های|هاي|نیز|نيز|شده|شود|باشد|بود|خود|دارد|کند|كند|کرد|كرد|کرده|كرده|که|كه|یک|يك|این|اين|گفت|داد|شد|داشته|یافت|يافت|یافته|يافته|امروز|امسال)(?=[\s،؛.,)»":\u200c]|$)/gu;
/** The letters' verdict between Arabic and Persian, turned when the words clearly say the other. */
function settleByWords(sample: string, byLetters: string): string {
  if (byLetters !== 'ar' && byLetters !== 'fa') return byLetters;
  const ar = count(sample, ARABIC_TELLS);
  const fa = count(sample, PERSIAN_TELLS);
  // Arabic's article, two words for one tell (Persian keeps a few: البته, الان).
  if (byLetters === 'fa' && ar + Math.floor(count(sample, ARABIC_WORDS) / 2) >= 2 * fa + 1) return 'ar';
  if (byLetters === 'ar' && fa >= 2 * ar + 1) return 'fa';
  return byLetters;
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/**
 * The language of one paragraph inside an article: the article's own unless
 * the paragraph is written in another script with enough letters to tell
 * (an English quote in a Chinese story; a line of Chinese in an Arabic one).
 * It decides which rules read the paragraph.
 */
export function paragraphLanguage(text: string, article: LangScript): string {
  const counts = scriptCounts(text);
  const top = dominant(counts);
  const articleScript = article.script === 'Hans' || article.script === 'Hant' ? 'Hani' : article.script;
  if (top.letters === 0 || ISO15924[top.name] === articleScript) return article.lang;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  // Chinese, Japanese, Korean and Arabic-script text says its language in a few letters; franc needs 30.
  const fewLetters = top.name === 'Latin' || top.name === 'Cyrillic' || top.name === 'Other' ? 30 : 4;
  if (top.letters < fewLetters || top.letters < 0.8 * total) return article.lang;
  return detectLanguage(text).lang;
}
