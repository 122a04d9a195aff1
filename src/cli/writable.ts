import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** How long a folder may take to say whether it can be written. */
const PROBE_MS = 15_000;

const REASONS: Record<string, string> = {
  ENOTDIR: 'not a directory',
  EEXIST: 'a file of that name is in the way',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOENT: 'cannot be created there (no such file or directory)',
  ENAMETOOLONG: 'name too long',
  ELOOP: 'too many symbolic links',
  EISDIR: 'is a directory',
};

/**
 * Whether a file can be written in `dir`, found before a run starts: the
 * folder is made when `create` (mkdir -p), a probe file written and removed.
 * This is done in a child process with a time limit, so a folder that never
 * answers is a reason, not a hang. Resolves to null when it can, else the
 * reason in a few plain words ("not a directory (a file is on its path)").
 * When it cannot, the folders made for it are removed again.
 */
export function cannotWrite(dir: string, create: boolean): string | null {
  const child = fileURLToPath(new URL('./writable-child.js', import.meta.url));
  const r = spawnSync(process.execPath, [child, dir, create ? 'create' : 'exists'], { encoding: 'utf8', timeout: PROBE_MS, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return `no answer within ${PROBE_MS / 1000} s`;
  if (r.error) return r.error.message;
  if (r.status === 0) return null;
  const code = r.stderr.trim();
  return REASONS[code] ?? (code || `the check ended with ${r.signal ?? `exit code ${r.status}`}`);
}
