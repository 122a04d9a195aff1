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
 * A sentence with several money figures that share a currency or a scale (a list, an ellipsis, a change): each must
 * yield `facts` in text order, each with the amount and currency given, and a span that is its own figure (`text`).
 */
export interface MoneyListExample {
  expect: ReadonlyArray<{ amount: string; currency: string | null }>;
  /** Each sentence, with the span of each fact in order. */
  phrases: ReadonlyArray<{ text: string; spans: readonly string[] }>;
  todo?: string;
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
