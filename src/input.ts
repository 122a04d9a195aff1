import type { RefDate } from './extract/types.js';

// The two pieces of the pipeline's contract that the CLI needs before it
// loads the pipeline itself (checking --ref-date), kept apart so it need not.

/** A problem with one input, with a stable code. */
export class InputError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Parses YYYY-MM-DD; throws InputError on anything else. */
export function parseRefDate(s: string): RefDate {
  // A batch passes the same reference date for every article.
  if (s === lastRef?.text) return { ...lastRef.ref };
  const ref = readRefDate(s);
  lastRef = { text: s, ref: { ...ref } };
  return ref;
}

let lastRef: { text: string; ref: RefDate } | null = null;

function readRefDate(s: string): RefDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s.trim());
  const ref = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
  if (!ref || ref.month < 1 || ref.month > 12 || ref.day < 1 || ref.day > new Date(Date.UTC(ref.year, ref.month, 0)).getUTCDate()) {
    throw new InputError('bad-ref-date', `reference date ${JSON.stringify(s)} is not a calendar date YYYY-MM-DD`);
  }
  return ref;
}
