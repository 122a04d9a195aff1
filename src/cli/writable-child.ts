// Run as a child process by writable.ts, so a file system that never answers
// (a hung network mount, a FIFO, /proc) can only cost the parent its time limit.
// argv: <folder> <"create" | "exists">. Prints nothing and exits 0 when the
// folder can be written; otherwise prints the error code (ENOTDIR, EACCES…)
// on stderr, exits 1, and removes the folders it made.
import { rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeFolder } from './io.js';

const [dir, mode] = process.argv.slice(2) as [string, string];
const made: string[] = [];
try {
  if (mode === 'create') makeFolder(dir, made);
  const probe = join(dir, `.newsfacts-probe.${process.pid}.tmp`);
  writeFileSync(probe, '');
  rmSync(probe);
} catch (e) {
  for (const d of made.reverse()) {
    try {
      rmdirSync(d);
    } catch {
      // Made by us, but someone put something in it meanwhile: leave it.
    }
  }
  process.stderr.write((e as NodeJS.ErrnoException).code ?? (e as Error).message);
  process.exitCode = 1;
}
