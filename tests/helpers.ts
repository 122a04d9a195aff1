import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of a file in the repository. */
export function repoPath(rel: string): string {
  return fileURLToPath(new URL(`../${rel}`, import.meta.url));
}

export function readFixture(rel: string): string {
  return readFileSync(repoPath(`tests/fixtures/${rel}`), 'utf8');
}
