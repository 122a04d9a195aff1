import { parseDay, type RefDate } from './calendar/index.js';

// The two pieces of the pipeline's contract that the CLI needs before it
// loads the pipeline itself (checking --ref-date), kept apart so it need not.

/** A problem with one input, with a stable code. */
export class InputError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Parses YYYY-MM-DD into a calendar day; throws InputError on anything else. */
export function parseRefDate(s: string): RefDate {
  const ref = parseDay(s);
  if (!ref) throw new InputError('bad-ref-date', `reference date ${JSON.stringify(s)} is not a calendar date YYYY-MM-DD`);
  return ref;
}
