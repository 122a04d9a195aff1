import { defineConfig } from 'vitest/config';

// Many tests start the CLI as a process (or several), and CI may run on a
// slow machine with another build beside it: vitest's 5-second default
// failed four of them there. Two minutes holds under load; a test that hangs
// still fails, and nothing here asserts on speed.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    setupFiles: ['tests/yield.setup.ts'],
  },
});
