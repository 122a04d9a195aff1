import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialize } from '../src/cli/format.js';
import { extractArticle } from '../src/pipeline.js';
import { repoPath } from './helpers.js';

// extracted/ is the committed output of the tool on corpus/: it must be what
// the code produces now (regenerate with `npm start`, review with git diff).
describe('golden snapshot', () => {
  const corpus = repoPath('corpus');
  for (const name of readdirSync(corpus).sort()) {
    it(`extracted/${name.replace(/\.[^.]+$/u, '')}.json is current`, () => {
      const bytes = readFileSync(join(corpus, name));
      const json = serialize(extractArticle({ bytes, file: name, format: 'text' }));
      const committed = readFileSync(repoPath(`extracted/${name.replace(/\.[^.]+$/u, '')}.json`), 'utf8');
      expect(json).toBe(committed);
    });
  }
});
