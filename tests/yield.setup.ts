import { beforeEach } from 'vitest';

// Vitest's worker reports each finished test to the runner process and waits
// at most 60 s (a fixed timeout, no option) for the answer. It runs one test
// after another without giving the event loop a turn, so a file of tests that
// start the CLI with spawnSync (two minutes of blocking on a busy machine)
// never reads the answer in time: every test passes and the run fails with
// "Timeout calling onTaskUpdate". One turn of the loop before each test reads
// the answers that came in while the previous test held it.
beforeEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
