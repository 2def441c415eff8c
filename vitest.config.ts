import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * Files that start processes (they import test/helpers/cli.ts) go first, longest first once vitest
 * has timed them: they wait on their children, so the other worker's in-process files fill the
 * cores meanwhile, and no long CLI file is left to run alone at the end. (Without timings, as in a
 * fresh clone, vitest would order by file size, which puts the examples test, small and long, late.)
 */
class ProcessesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const spawns = new Set(
      sorted.filter((f) => readFileSync(f.moduleId, 'utf8').includes('/helpers/cli.js')),
    );
    return [...sorted.filter((f) => spawns.has(f)), ...sorted.filter((f) => !spawns.has(f))];
  }
}

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
    sequence: { sequencer: ProcessesFirst },
  },
});
