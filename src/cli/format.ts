import type { Article } from '../facts/schema.js';

/** The article as written to disk: 2-space JSON, keys in schema order, final newline. */
export function serialize(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}
