import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/global-setup.ts'],
    // A test file per core. vitest's default is one core fewer, for its own process: on 2 cores (a CI runner) the
    // files ran one at a time while the other core waited, but for the CLI runs' threads (session 47, docs/contributing.md).
    maxWorkers: availableParallelism(),
    // The CLI wraps its terminal text at COLUMNS when printing to a pipe (terminalWidth): a COLUMNS=20 the shell
    // exported failed 5 tests that read that text. Unset here, the CLIs the tests spawn print at 80 columns.
    env: { COLUMNS: '' },
  },
});
