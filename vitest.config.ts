import { defineConfig } from 'vitest/config';

// Unit and integration tests: shared/, db/, host/, cli/, electron/ helpers (Node),
// and renderer components (jsdom). End-to-end journeys have their own config.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/renderer/**/*.test.tsx'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
