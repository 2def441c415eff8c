import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // The test files share their workers' module cache rather than each importing src/ afresh:
    // no test stubs a module or the environment, and importing was a third of the suite's time.
    isolate: false,
    // Two workers on two cores: a worker waiting on a CLI child process leaves its core to the other
    // (vitest's default is one worker fewer than the cores, which is one here).
    maxWorkers: 2,
  },
});
