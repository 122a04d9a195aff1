// Runs the CLI and reports on stderr, for scripts/bench.mjs, its peak resident
// set size (worker threads included) as "BENCH-RSS <KB>" and the CPU time of
// all its threads (V8's compiler and GC helpers too) as "BENCH-CPU <s>". On
// Linux the peak is VmHWM, which starts afresh at exec; getrusage's maxRSS
// would also count the pages of the benchmark process that spawned this one.
import { readFileSync } from 'node:fs';

const { main } = await import('../dist/cli/main.js');
const code = await main(process.argv.slice(2));
let kb = process.resourceUsage().maxRSS;
try {
  kb = Number(/VmHWM:\s+(\d+) kB/u.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? kb);
} catch {
  // not Linux: getrusage it is
}
const cpu = process.cpuUsage();
process.stderr.write(`\nBENCH-RSS ${kb}\nBENCH-CPU ${((cpu.user + cpu.system) / 1e6).toFixed(3)}\n`);
process.exit(code);
