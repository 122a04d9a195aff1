// Runs the CLI and reports its peak resident set size (worker threads
// included) on stderr as "BENCH-RSS <KB>", for scripts/bench.mjs.
const { main } = await import('../dist/cli/main.js');
const code = await main(process.argv.slice(2));
process.stderr.write(`\nBENCH-RSS ${process.resourceUsage().maxRSS}\n`);
process.exit(code);
