import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';

/** Extensions read from folders; files named on the command line are read whatever their name. */
const INPUT_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.xhtml', '.shtml', '']);

/** One file to extract, with the name recorded in `source.file`. */
export interface InputFile {
  path: string;
  /** Path relative to the folder named on the command line (or the file's own name). */
  name: string;
  /** Real path of that folder (symbolic links in it are followed only inside it); null for a file named itself. */
  root: string | null;
}

/**
 * Expands files and folders into input files in a stable order. Folders are
 * walked recursively; hidden entries and other extensions are skipped.
 */
export function collectInputs(args: string[]): { files: InputFile[]; missing: string[] } {
  const files: InputFile[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    let st;
    try {
      st = statSync(arg);
    } catch {
      missing.push(arg);
      continue;
    }
    if (st.isDirectory()) {
      const root = realpathSync(arg);
      for (const path of walk(arg)) files.push({ path, name: relative(arg, path).split(sep).join('/'), root });
    } else files.push({ path: arg, name: basename(arg), root: null });
  }
  return { files, missing };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop() as string;
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      // Anything else with a page's extension is an input; a symlink, FIFO or
      // device among them is reported by the extractor, not skipped in silence.
      else if (INPUT_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(p);
    }
  }
  return out.sort();
}

/**
 * "a/b/000_x.txt" → "000_x.json"; a name taken twice gets its folder path in
 * front: "a__b__000_x.json"; still the same (one relative name under two
 * folders on the command line), a hash of the path as given: "000_x~1a2b3c4d.json".
 * Names are compared as a case-insensitive file system (macOS, Windows) sees
 * them: Page and page, or é composed and decomposed, are the same name.
 * A name can still be taken twice (an input named like another's hashed
 * name): `nameCollisions` finds those.
 */
export function outputNames(files: InputFile[]): string[] {
  const stem = (f: InputFile) => basename(f.name).replace(/\.[^.]*$/u, '');
  const counts = new Map<string, number>();
  for (const f of files) counts.set(nameKey(stem(f)), (counts.get(nameKey(stem(f))) ?? 0) + 1);
  const names = files.map((f) => {
    const base = (counts.get(nameKey(stem(f))) ?? 0) > 1 ? f.name.replace(/\.[^.]*$/u, '').split('/').join('__') : stem(f);
    return safeName(base);
  });
  // The same relative name under two folders named on the command line (or
  // two names that become one once made safe): the path as given tells them apart.
  const seen = new Map<string, number>();
  for (const n of names) seen.set(nameKey(n), (seen.get(nameKey(n)) ?? 0) + 1);
  return names.map((n, i) => `${(seen.get(nameKey(n)) ?? 0) > 1 ? `${n}~${stableHash((files[i] as InputFile).path)}` : n}.json`);
}

/** For each output name already taken by an earlier input, the index of that input: two inputs never share an output. */
export function nameCollisions(names: string[]): Map<number, number> {
  const first = new Map<string, number>();
  const taken = new Map<number, number>();
  names.forEach((n, i) => {
    const holder = first.get(nameKey(n));
    if (holder === undefined) first.set(nameKey(n), i);
    else taken.set(i, holder);
  });
  return taken;
}

/** A name as a case-insensitive, normalizing file system compares it. */
function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * Keeps a file name inside its folder: no separators, no "..", no control
 * characters, bounded length; never "x.new" or "_run", which would read
 * as a pending change or the run summary; and never a name Windows refuses or
 * changes (CON, nul, COM1…; trailing dots and spaces, which it drops).
 */
export function safeName(name: string): string {
  let s = name.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/gu, '_').replace(/^\.+/u, '_').replace(/\.new$/iu, '_new').replace(/^_run\b/u, '__run');
  s = s.replace(/[. ]+$/u, (m) => '_'.repeat(m.length));
  if (/^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?:\.|$)/iu.test(s)) s = `_${s}`;
  if (Buffer.byteLength(s) > 200) s = `${Buffer.from(s).subarray(0, 180).toString('utf8').replace(/\uFFFD+$/u, '')}~${stableHash(name)}`;
  return s || '_';
}

/** FNV-1a, 32 bits: a stable hash of a name (the same on every run and machine). */
export function fnv1a(seed: string): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619) >>> 0;
  return h;
}

// Stable: derived from the name, so re-runs write the same file.
function stableHash(seed: string): string {
  return fnv1a(seed).toString(16).padStart(8, '0');
}

/** Writes a file atomically: a temporary file in the same folder, then a rename. */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * `mkdir -p` that fails with a reason: Node's recursive mkdir loops forever
 * at full CPU where it cannot create a folder and gets EEXIST (under /proc).
 * Finds the nearest folder that exists, then makes each missing one in turn.
 * Returns the folders it made, outermost first; they are also added to
 * `made` as it goes, so a caller knows them when it throws half-way.
 */
export function makeFolder(dir: string, made: string[] = []): string[] {
  const missing: string[] = [];
  for (let d = resolve(dir); ; ) {
    let st;
    try {
      st = statSync(d);
    } catch (e) {
      const up = dirname(d);
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || up === d) throw e;
      missing.push(d);
      d = up;
      continue;
    }
    if (!st.isDirectory()) throw Object.assign(new Error(`${d} is not a folder`), { code: 'ENOTDIR' });
    break;
  }
  for (const d of missing.reverse()) {
    mkdirSync(d);
    made.push(d);
  }
  return made;
}

/**
 * A file name or message as one safe terminal line: control characters (ESC,
 * CR, LF…) and bidi overrides are written as \u escapes, so a crafted name can
 * neither move the cursor nor forge a "newsfacts:" line of its own.
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
