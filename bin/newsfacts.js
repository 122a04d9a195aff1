#!/usr/bin/env node
// Entry point: the CLI is compiled to dist/ by `npm ci` (the "prepare" script) or `npm run build`.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('newsfacts: not built yet; run "npm run build" (npm ci does it for you)\n');
  process.exit(2);
}
// A reader that stops early (`newsfacts diff … | head`) is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
