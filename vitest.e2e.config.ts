// End-to-end tests: the built extension (.output/) in Debian Chromium and firefox-esr, driven by
// puppeteer-core, against fixture pages served by tests/e2e/harness/server.ts.
// Run: `npm run test:e2e` (after `npm run build`). Harness API and a sample: tests/e2e/harness/index.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/fixtures/global-setup.ts', 'tests/e2e/harness/global-setup.ts'],
    setupFiles: ['tests/e2e/harness/setup.ts'],
    // One browser at a time: the machine has two cores, and the fixture server's route table is shared.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // A failed e2e test is a real failure: no retries that could hide flakiness.
    retry: 0,
  },
});
