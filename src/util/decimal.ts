/**
 * Exact decimal arithmetic for money amounts.
 *
 * Why: 224.6 亿 computed in floating point is 22459999999.999996. We carry the
 * value as an integer mantissa and a power-of-ten exponent, scale by powers of
 * ten exactly, and only turn it into a JS number at the very end (the nearest
 * double to the exact decimal string).
 */
export interface Decimal {
  /** signed integer mantissa */
  readonly n: bigint;
  /** value = n × 10^exp */
  readonly exp: number;
}

export const ZERO: Decimal = { n: 0n, exp: 0 };

/** Parses ASCII `-?digits(.digits)?`; thousands separators must be removed first. */
export function parseDecimal(s: string): Decimal | null {
  const m = /^(-?)(\d{1,40})(?:\.(\d{1,40}))?$/.exec(s);
  if (!m) return null;
  const frac = m[3] ?? '';
  const n = BigInt((m[2] ?? '0') + frac) * (m[1] ? -1n : 1n);
  return normalize({ n, exp: -frac.length });
}

/** Builds a decimal from a safe integer. */
export function fromInt(i: number | bigint): Decimal {
  return normalize({ n: BigInt(i), exp: 0 });
}

/** Strips trailing zeros from the mantissa so equal values compare equal. */
function normalize(d: Decimal): Decimal {
  if (d.n === 0n) return ZERO;
  let { n, exp } = d;
  while (n % 10n === 0n) {
    n /= 10n;
    exp += 1;
  }
  return { n, exp };
}

/** d × 10^k, exactly. */
export function mulPow10(d: Decimal, k: number): Decimal {
  return normalize({ n: d.n, exp: d.exp + k });
}

/** d × k for an integer k, exactly. */
export function mulInt(d: Decimal, k: bigint): Decimal {
  return normalize({ n: d.n * k, exp: d.exp });
}

/** a + b, exactly. */
export function add(a: Decimal, b: Decimal): Decimal {
  const exp = Math.min(a.exp, b.exp);
  const an = a.n * 10n ** BigInt(a.exp - exp);
  const bn = b.n * 10n ** BigInt(b.exp - exp);
  return normalize({ n: an + bn, exp });
}

/** a × b, exactly. */
export function mul(a: Decimal, b: Decimal): Decimal {
  return normalize({ n: a.n * b.n, exp: a.exp + b.exp });
}

export function negate(d: Decimal): Decimal {
  return { n: -d.n, exp: d.exp };
}

export function isZero(d: Decimal): boolean {
  return d.n === 0n;
}

/** The exact value as a plain decimal string: "22460000000", "-0.13", "3.68". */
export function toExactString(d: Decimal): string {
  if (d.n === 0n) return '0';
  const neg = d.n < 0n;
  const digits = (neg ? -d.n : d.n).toString();
  let out: string;
  if (d.exp >= 0) out = digits + '0'.repeat(d.exp);
  else {
    const point = digits.length + d.exp;
    out = point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${'0'.repeat(-point)}${digits}`;
  }
  return neg ? `-${out}` : out;
}

/** The nearest IEEE double to the exact value. */
export function toNumber(d: Decimal): number {
  return Number(toExactString(d));
}

/** Compares two decimals: negative, zero or positive. */
export function compare(a: Decimal, b: Decimal): number {
  const diff = add(a, negate(b)).n;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}
