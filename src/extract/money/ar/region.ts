/**
 * The family of a bare Arabic currency noun (ريال, جنيه, دينار, درهم, ليرة,
 * سنتيم): which currency it means is decided from the country the text is
 * about by ../../refiners/currency.ts (see ../../country/families.ts).
 */
const NOUN_FAMILIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/ريال/u, 'riyal'],
  [/جنيه/u, 'pound'],
  [/دينار|دنانير/u, 'dinar'],
  [/درهم|دراهم/u, 'dirham'],
  [/ليرة|ليرات/u, 'lira'],
  [/سنتيم/u, 'centime'],
];

/** The family of a bare currency noun, or null for a noun that names one currency. */
export function arBareFamily(noun: string): string | null {
  return NOUN_FAMILIES.find(([re]) => re.test(noun))?.[1] ?? null;
}
