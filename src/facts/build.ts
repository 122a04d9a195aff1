import type { FactBase } from './schema.js';

/** All facts of an article sorted by start, then end, then kind. */
export function sortFacts<F extends FactBase>(facts: F[]): F[] {
  return facts.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
}
