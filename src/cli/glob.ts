/** A shell-style pattern (`*`, `?`) as a test on whole names: "00*" matches "001_x". */
export function globMatcher(pattern: string): (name: string) => boolean {
  const src = [...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/gu, '\\$&'))).join('');
  const re = new RegExp(`^${src}$`, 'u');
  return (name) => re.test(name);
}
