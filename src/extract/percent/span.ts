import type { Qualifier } from '../../facts/schema.js';
import type { Basis, Direction, PercentUnit } from './fact.js';
import type { Decimal } from '../../util/decimal.js';

/** A percentage found in the text: 26.27%, 百分之二十, 一成四, 0.5个百分点, 26 بالمئة, %26, 50 نقطة أساس. */
export interface PercentSpan {
  kind: 'percent';
  start: number;
  end: number;
  rule: string;
  /** In percent, or in percentage points (basis points are read as points: 50 → 0.5); for a range, the lower bound. */
  value: Decimal;
  unit: PercentUnit;
  direction: Direction | null;
  basis: Basis | null;
  qualifier: Qualifier;
  min: Decimal | null;
  max: Decimal | null;
}
