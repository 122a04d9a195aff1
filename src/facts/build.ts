import type { Fact } from './schema.js';

/** All facts of an article sorted by start, then end, then kind. */
export function sortFacts(facts: Fact[]): Fact[] {
  return facts.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
}
