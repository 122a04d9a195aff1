/** Types of the example tables that live beside each language's rules. */

/** What a money phrase must produce. `amount` is the exact decimal string. */
export interface MoneyExpect {
  amount: string;
  currency: string | null;
  qualifier?: 'exact' | 'approx' | 'over' | 'under' | 'range';
  per?: 'share' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'person' | 'unit' | null;
  /** For ranges. */
  max?: string;
  /** How the currency is decided (explicit, text, url, given), when the example is about that. */
  currencySource?: 'explicit' | 'text' | 'url' | 'given' | null;
}

export interface MoneyExample {
  expect: MoneyExpect;
  /** Sentences as news writes them; each must yield exactly one money fact with `expect`. */
  phrases: string[];
  /** A known gap: the case is kept, and the test reports it instead of failing. */
  todo?: string;
  /** The page's address, for examples whose currency the address decides. */
  url?: string;
  /** The country the user gives (--country), for examples about it. */
  country?: string;
}

/**
 * Several figures in one sentence that share what the last (or first) one names (a list, an
 * ellipsis, a change): each phrase must yield exactly these money facts, in text order, each with
 * its own span: the figure and what touches it, never the list's separators. The span is given per
 * fact (`text`), or per phrase where the phrases differ in wording (`{ text, spans }`).
 */
export interface MoneyListExample {
  expect: ReadonlyArray<MoneyExpect & { text?: string }>;
  phrases: ReadonlyArray<string | { text: string; spans: readonly string[] }>;
  todo?: string;
  url?: string;
  country?: string;
}

/** What a date phrase must produce, against the table's reference date. */
export interface DateExpect {
  value: string | null;
  grain: string;
  relative?: boolean;
}

export interface DateExample {
  expect: DateExpect;
  phrases: string[];
  todo?: string;
}

/** What a percentage phrase must produce. `value` is the exact decimal string (the lower bound of a range). */
export interface PercentExpect {
  value: string;
  unit?: 'percent' | 'points';
  direction?: 'up' | 'down' | null;
  basis?: 'yoy' | 'qoq' | 'mom' | null;
  qualifier?: 'exact' | 'approx' | 'over' | 'under' | 'range';
  /** For ranges. */
  max?: string;
  /** What it is of (the measure linker's metric), when the example is about that. */
  metric?: string | null;
}

export interface PercentExample {
  expect: PercentExpect;
  /** Sentences as news writes them; each must yield exactly one percent fact with `expect`. */
  phrases: string[];
  todo?: string;
}
