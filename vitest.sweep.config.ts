import { defineConfig } from 'vitest/config';

// `npm run test:sweep`: every corpus page in both browsers (tests/e2e/sweep/). Kept out of the
// normal e2e run, which checks a fast subset (tests/e2e/real-pages.e2e.ts).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/sweep/**/*.sweep.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
