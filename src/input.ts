import { parseDayTime, type RefDate } from './calendar/index.js';

// The two pieces of the pipeline's contract that the CLI needs before it
// loads the pipeline itself (checking --ref-date), kept apart so it need not.

/** A problem with one input, with a stable code. */
export class InputError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * Parses an ISO date or date-time (YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM])
 * into the calendar day written; throws InputError on anything else.
 */
export function parseRefDate(s: string): RefDate {
  const ref = parseDayTime(s);
  if (!ref) throw new InputError('bad-ref-date', `reference date ${JSON.stringify(s)} is not an ISO date or date-time (2025-06-19, 2025-06-19T08:00, 2025-06-19T08:00:00Z, 2025-06-19T08:00+08:00)`);
  return ref;
}
