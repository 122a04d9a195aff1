// For scripts/bench.mjs: the pipeline over the pages of one folder, in
// memory (no file I/O, no threads, no coordination): one pass to warm up,
// then PASSES timed passes. Prints the timed seconds as "BENCH-LOOP <s>".
// Run alone and as two copies at once, it shows what this machine gives
// two independent copies of the work itself.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { extractArticle } from '../dist/index.js';

const [dir, passes = '2'] = process.argv.slice(2);
const pages = readdirSync(dir)
  .sort()
  .map((f) => ({ file: f, bytes: readFileSync(join(dir, f)), format: extname(f) === '.html' ? 'html' : 'text' }));
const pass = () => {
  for (const p of pages) {
    try {
      JSON.stringify(extractArticle({ bytes: p.bytes, file: p.file, format: p.format }, { refDate: '2025-06-19' }));
    } catch {
      // a page the pipeline refuses costs what it costs
    }
  }
};
pass();
const begin = performance.now();
for (let i = 0; i < Number(passes); i++) pass();
process.stdout.write(`BENCH-LOOP ${((performance.now() - begin) / 1000).toFixed(3)}\n`);
