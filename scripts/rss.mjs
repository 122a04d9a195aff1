// Runs the CLI and reports its peak resident set size (worker threads
// included) on stderr as "BENCH-RSS <KB>", for scripts/bench.mjs. On Linux it
// reads VmHWM, which starts afresh at exec; getrusage's maxRSS would also
// count the pages of the benchmark process that spawned this one.
import { readFileSync } from 'node:fs';

const { main } = await import('../dist/cli/main.js');
const code = await main(process.argv.slice(2));
let kb = process.resourceUsage().maxRSS;
try {
  kb = Number(/VmHWM:\s+(\d+) kB/u.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? kb);
} catch {
  // not Linux: getrusage it is
}
process.stderr.write(`\nBENCH-RSS ${kb}\n`);
process.exit(code);
