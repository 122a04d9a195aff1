import { setFlagsFromString } from 'node:v8';

/**
 * Compile regular expressions to machine code on their first use.
 *
 * By default V8 first runs a regex in its bytecode interpreter and compiles it
 * only once it proves hot ("tier-up"). The rules here are a few hundred large
 * patterns (alternations of month names, currency words, relative-date
 * phrases), each run once or twice per paragraph: in a long run most of their
 * executions stayed in the interpreter. With the profiler on the pipeline,
 * a third of the time was the interpreter running these patterns; turning
 * tier-up off removes most of it (see docs/benchmark.md). It changes no
 * result: the same patterns match the same text, only how they run differs.
 *
 * The flag is process-wide, so importing newsfacts sets it for the host
 * program as well; its only effect there is that regexes are compiled to
 * machine code at once. Node documents setFlagsFromString as unsafe in
 * general; this flag is read each time a regex is compiled, and a failure
 * to set it leaves V8's default.
 */
try {
  setFlagsFromString('--no-regexp-tier-up');
} catch {
  // Leave V8's default.
}
