import type { Article } from '../article/schema.js';

/** The article as written to disk: 2-space JSON, keys in schema order, final newline. */
export function serialize(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}

/**
 * JSON text made safe as one line of JSON Lines. JSON.stringify leaves
 * U+2028, U+2029 and U+0085 raw inside strings, where they are valid JSON but
 * line breaks to Python's str.splitlines(), to JavaScript before ES2019 and
 * to some log tools: escaped, every record stays on its line. (They can only
 * stand inside strings in JSON text, so escaping them changes no value.)
 */
export function oneLine(json: string): string {
  return json.replace(/[\u2028\u2029\u0085]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
