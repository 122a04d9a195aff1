import { describe, expect, it } from 'vitest';
import { parseRefDate } from '../../src/input.js';

// A reference date as crawlers record it: a date, or a date-time whose day (as written) is taken.
describe('parseRefDate', () => {
  const day = { year: 2025, month: 6, day: 19 };
  it.each([
    '2025-06-19',
    ' 2025-06-19 ',
    '2025-06-19T08:00',
    '2025-06-19 08:00',
    '2025-06-19T08:00:59',
    '2025-06-19T08:00:00.123Z',
    '2025-06-19t08:00:00z',
    '2025-06-19T23:59+08:00',
    '2025-06-19T00:30-0500',
    '2025-06-19T00:30+05',
    '2025-06-19T24:00',
    '2025-06-19T23:59:60Z',
  ])('%s → 2025-06-19 (the day written, whatever the offset)', (s) => {
    expect(parseRefDate(s)).toEqual(day);
  });

  it.each(['2025-06-19T', '2025-06-19T8:00', '2025-06-19T08', '2025-06-19T24:01', '2025-06-19T08:60', '2025-06-19T08:00+24:00', '2025-06-19T08:00+08:60', '2025-02-30T08:00', '2025-06-19T08:00 GMT', '19/06/2025'])(
    '%s is refused, naming the forms it takes',
    (s) => {
      expect(() => parseRefDate(s)).toThrow(/is not an ISO date or date-time \(2025-06-19, 2025-06-19T08:00/u);
    },
  );
});
