/**
 * Arabic month names → month number. Three naming systems are in use:
 * Egyptian/Gulf (transliterated), Levantine/Iraqi (Syriac), and Maghreb
 * (from French). Writers often give two at once: "آب/أغسطس".
 */
export const AR_MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['إبريل', 4], ['ابريل', 4], ['مايو', 5], ['يونيو', 6],
  ['يونيه', 6], ['يوليو', 7], ['يوليه', 7], ['أغسطس', 8], ['اغسطس', 8], ['سبتمبر', 9], ['أكتوبر', 10], ['اكتوبر', 10],
  ['نوفمبر', 11], ['ديسمبر', 12],
  ['كانون الثاني', 1], ['شباط', 2], ['آذار', 3], ['اذار', 3], ['نيسان', 4], ['أيار', 5], ['ايار', 5], ['حزيران', 6],
  ['تموز', 7], ['آب', 8], ['اب', 8], ['أيلول', 9], ['ايلول', 9], ['تشرين الأول', 10], ['تشرين الاول', 10],
  ['تشرين الثاني', 11], ['كانون الأول', 12], ['كانون الاول', 12],
  ['جانفي', 1], ['فيفري', 2], ['أفريل', 4], ['افريل', 4], ['ماي', 5], ['جوان', 6], ['جويلية', 7], ['أوت', 8], ['اوت', 8],
  // Levantine spellings without the second article or with a final ى, and more hamza spellings.
  ['كانون ثاني', 1], ['كانون الثانى', 1], ['تشرين أول', 10], ['تشرين اول', 10], ['تشرين ثاني', 11], ['تشرين الثانى', 11],
  ['كانون أول', 12], ['كانون اول', 12], ['الكانون الثاني', 1], ['الكانون الأول', 12], ['التشرين الأول', 10], ['التشرين الثاني', 11], ['أذار', 3], ['آيار', 5], ['إيلول', 9], ['جويليه', 7],
  // Moroccan (from French, as Moroccan papers write them).
  ['يوليوز', 7], ['غشت', 8], ['شتنبر', 9], ['نونبر', 11], ['دجنبر', 12],
];

/** A table of month names: a lookup that tolerates any run of spaces, and a RegExp alternation, longest first. */
function monthNames(table: ReadonlyArray<readonly [string, number]>) {
  const byName = new Map(table);
  const lookup = (name: string): number | undefined => byName.get(name.replace(/\s+/gu, ' '));
  const pattern = [...byName.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/ /gu, '\\s')).join('|');
  return { lookup, pattern };
}

const GREGORIAN = monthNames(AR_MONTHS);
/** The month number for a name, or undefined. */
export const arMonth = GREGORIAN.lookup;
/** Alternation of all names, longest first, for use inside a RegExp. */
export const AR_MONTH_PATTERN = GREGORIAN.pattern;

/** Hijri month names → month number, with the spellings news uses. */
export const HIJRI_MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['محرم', 1], ['صفر', 2], ['ربيع الأول', 3], ['ربيع الاول', 3], ['ربيع الآخر', 4], ['ربيع الاخر', 4],
  ['ربيع الثاني', 4], ['جمادى الأولى', 5], ['جمادى الاولى', 5], ['جمادى الأول', 5], ['جمادى الآخرة', 6], ['جمادى الاخرة', 6],
  ['جمادى الثانية', 6], ['جمادى الآخر', 6], ['رجب', 7], ['شعبان', 8], ['رمضان', 9], ['شوال', 10], ['ذو القعدة', 11],
  ['ذي القعدة', 11], ['ذو الحجة', 12], ['ذي الحجة', 12],
];
const HIJRI = monthNames(HIJRI_MONTHS);
export const hijriMonth = HIJRI.lookup;
export const HIJRI_MONTH_PATTERN = HIJRI.pattern;
