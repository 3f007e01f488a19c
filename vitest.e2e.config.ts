import { defineConfig } from 'vitest/config';

// End-to-end journeys: the browser host started by bin/fieldbook, driven in
// Debian's Chromium by playwright-core. Run one file at a time: each starts
// its own host and browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll waits for the app to catch up (a save, a reload); on a busy 2-core CI machine that can take seconds.
    expect: { poll: { timeout: 15_000 } },
    fileParallelism: false,
    pool: 'forks',
  },
});
