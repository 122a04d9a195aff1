import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The stages in the order data flows through them (see README "How it works"):
// a module may import its own stage and earlier ones, never a later one.
const STAGES: ReadonlyArray<readonly string[]> = [
  ['util', 'numerals', 'calendar', 'types'],
  ['ingest', 'input.ts'],
  ['lang'],
  ['clean'],
  ['facts'],
  ['extract'],
  ['article'],
  ['pipeline.ts', 'index.ts'],
  ['diff'],
  ['cli'],
];
const SRC = resolve(__dirname, '../src');

/** The stage of a path under src/ (its first folder, or its file name at the top). */
function stageOf(path: string): number {
  const top = relative(SRC, path).split(/[\\/]/u)[0] as string;
  const i = STAGES.findIndex((s) => s.includes(top.replace(/\.js$/u, '.ts')));
  if (i < 0) throw new Error(`src/${top} is in no stage: add it to STAGES`);
  return i;
}

/** Every relative import (static, dynamic, type-only) of a source file, resolved. */
function importsOf(file: string, source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/gu)) out.push(resolve(dirname(file), m[1] as string));
  return out;
}

/** The imports of `file` that run back up the stages, as "from → to". */
function backwardImports(file: string, source: string): string[] {
  const own = stageOf(file);
  return importsOf(file, source)
    .filter((target) => stageOf(target) > own)
    .map((target) => `src/${relative(SRC, file)} → src/${relative(SRC, target)}`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.ts$/u.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('imports follow the stages', () => {
  it('no module imports a later stage (clean and facts never import extract)', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const backward = files.flatMap((f) => backwardImports(f, readFileSync(f, 'utf8')));
    expect(backward).toEqual([]);
  });

  it('the check sees an import back up the stages, type-only and dynamic ones too', () => {
    expect(backwardImports(join(SRC, 'facts/x.ts'), "import type { Span } from '../extract/types.js';")).toEqual(['src/facts/x.ts → src/extract/types.js']);
    expect(backwardImports(join(SRC, 'clean/x.ts'), "const m = await import('../extract/date/common.js');")).toHaveLength(1);
    expect(backwardImports(join(SRC, 'calendar/x.ts'), "import { LANGUAGES } from '../extract/languages.js';")).toHaveLength(1);
    expect(backwardImports(join(SRC, 'extract/x.ts'), "import { Sentences } from '../facts/sentences.js';")).toEqual([]);
  });
});
