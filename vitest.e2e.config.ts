import { defineConfig } from 'vitest/config';

// End-to-end journeys: the browser host started by bin/fieldbook, driven in
// Debian's Chromium by playwright-core. Run one file at a time: each starts
// its own host and browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
