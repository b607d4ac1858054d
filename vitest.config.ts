import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { loadScaled } from './tests/load.js';

const TESTS = 'tests/**/*.test.ts';
/**
 * The test files that replace a module or a global (vi.mock of node:fs and node:path, spies): each needs a module
 * cache of its own, in which the module under test loads the replacement.
 */
const REPLACING = readdirSync('tests', { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.test.ts'))
  .map((path) => join('tests', path))
  .filter((path) => /\bvi\.(mock|doMock|spyOn|stub\w*|useFakeTimers)\(/u.test(readFileSync(path, 'utf8')));

export default defineConfig({
  test: {
    // Scaled by the load when vitest starts (tests/load.ts): the cleaner's properties, 48 s at a load of 23 on 2 cores, had
    // passed 60 s beside other jobs.
    testTimeout: loadScaled(60_000),
    hookTimeout: loadScaled(120_000),
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup.ts'],
    // A test file per core. vitest's default is one core fewer, for its own process: on 2 cores (a CI runner) the
    // files ran one at a time while the other core waited, but for the CLI runs' threads (session 47, docs/test-suite-history.md).
    maxWorkers: availableParallelism(),
    // The CLI wraps its terminal text at COLUMNS when printing to a pipe (terminalWidth): a COLUMNS=20 the shell
    // exported failed 5 tests that read that text. Unset here, the CLIs the tests spawn print at 80 columns.
    env: { COLUMNS: '' },
    // The other files share a worker's module cache (isolate: false): src/ and its tables are loaded once per
    // worker, not once per file (session 48, docs/test-suite-history.md).
    projects: [
      { extends: true, test: { name: 'replacing', include: REPLACING } },
      { extends: true, test: { name: 'shared', include: [TESTS], exclude: REPLACING, isolate: false } },
    ],
  },
});
